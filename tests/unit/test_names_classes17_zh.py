"""Classes of Chinese-script names (the seventeenth round, from the development sets ``kin`` and
``hearth``): a shop's name built on a person's name and a trade (志强五金, 佳音琴行), whose name part is no
person said again; the surname said after 姓 (那个老板姓叶, 一名姓何的婦人); a given name that is a word,
addressed with 你 (宇航你还没转); a name after 替/帮/让/叫 before a payment (让晨曦一起转); 万 after a
number, a unit (30 萬轉去).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import at as _at
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import spans as _spans
from person_spans import touched as _touched


def _untouched(text: str, part: str, nth: int = 0) -> bool:
    """No PERSON finding overlaps the ``nth`` occurrence of ``part`` in ``text``."""
    a, b = _at(text, part, nth)
    return all(e <= a or s >= b for s, e in _spans(text))


# class 8: a shop's or a stall's name built on a person's name and its trade (…五金店, …水果摊, …琴行,
# …海味, …婚纱摄影): the person named elsewhere in the text is found, the shop's name part is not; a
# payment's purpose after a name (水果钱, 汽车贷款) leaves the name a name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给王丽芳水果钱 36，明天再算", "王丽芳"),
        ("还款人陈国栋汽车贷款逾期两期", "陈国栋"),
        ("收款人许海生，备注：买菜", "许海生"),
        ("转给邓美琪 300，是花店的定金", "邓美琪"),
    ],
)
def test_when_a_name_stands_before_a_purpose_not_a_trade_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part", "nth"),
    [
        ("店主龙俊杰说“俊杰五金店”这个月的租金已付", "俊杰", 1),
        ("持卡人蓝思琪称在“思琪琴行”被扣款两次", "思琪", 1),
        ("收款人韦振邦 与 商户“振邦海味”无关", "振邦", 1),
        ("对方户名：冼家明；商户：家明水果摊", "家明", 1),
        ("收款人潘美玲，商户“潘美玲婚纱摄影”另行结算", "潘美玲", 1),
        ("消费 建国汽车贸易有限公司 -8,000；转账 蒋建国 +8,000", "建国", 0),
    ],
)
def test_when_a_name_is_part_of_a_shops_name_with_its_trade_then_that_part_is_not_found(
    text: str, part: str, nth: int
) -> None:
    assert _untouched(text, part, nth), (text, _found(text))


# class 9: the surname said after 姓 (那个老板姓叶, 一名姓何的婦人, 房东姓欧阳): that person's mention,
# where a name may end after it; no one's surname in 百姓, 同姓, 冠夫姓, 贵姓, 姓名, a question's guess
# (係咪姓周？, 是不是姓王) nor a surname before 姓 (王姓业主).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上回那个房东姓叶，他说押金下周退", "叶"),
        ("一名姓龚的中年男子自称客服", "龚"),
        ("收款的师傅姓欧阳，电话打不通", "欧阳"),
        ("對方姓區嘅，話聽日先過數", "區"),
        ("姓孟的还欠我 300 块", "孟"),
    ],
)
def test_when_a_surname_is_said_after_xing_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("这是老百姓的血汗钱", "百姓"),
        ("他们两家同姓王，不是亲戚", "王"),
        ("请问您贵姓？", "贵姓"),
        ("你係咪姓周？個戶口名唔啱", "周"),
        ("收款人是不是姓蔡，我再核对一下", "蔡"),
        ("姓名栏请填写完整", "姓名"),
    ],
)
def test_when_xing_names_no_ones_surname_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 10: a given name that is also a dictionary word (燕子, 宇航, 建国), alone where its clause starts
# and addressed with 你 after it; a word one addresses anyone by (宝贝你, 师傅你, 兄弟你), a kinship word
# (老婆你), a time (明天你, 周末你) or a thing (东西你) there is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("房租我先垫了。海燕你记得转我一半", "海燕"),
        ("人均 98；航宇你还没转", "航宇"),
        ("建国你把上次的餐费结一下", "建国"),
        ("收到了，晨曦你跟佳琪也说一声", "晨曦"),
    ],
)
def test_when_a_word_named_given_name_is_addressed_with_ni_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("收到了，宝贝你转了吗", "宝贝"),
        ("明天你来拿一下发票", "明天"),
        ("好的，师傅你把收款码发我", "师傅"),
        ("谢谢，兄弟你太够意思了", "兄弟"),
        ("周末你有空把钱转我", "周末"),
        ("对了，东西你收到了吗", "东西"),
        ("老婆你转我 200", "老婆"),
    ],
)
def test_when_a_word_addressed_with_ni_is_no_name_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 11: a given name or nickname after 替/帮/让/叫 before a verb of paying, an adverb first at most
# (替梓萌付, 让晨曦一起转, 帮小红交学费), before 把 and a fee (让红梅把医药费先垫上) or 带 and cash; a word for
# people there is none (让大家转, 帮孩子交, 叫司机付, 帮小孩交, 帮忙交).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("俊豪说他替芷萱付", "芷萱"),
        ("明天让思彤一起转给你", "思彤"),
        ("上周帮小蕾交了补习费", "小蕾"),
        ("那就让玉芬把水电费先垫上", "玉芬"),
        ("我没零钱，让一鸣带现金过来", "一鸣"),
        ("叫志刚直接转我微信", "志刚"),
    ],
)
def test_when_a_name_follows_a_proxy_word_before_a_payment_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("群里让大家转给我就行", "大家"),
        ("我帮孩子交了书本费", "孩子"),
        ("到了叫司机付停车费", "司机"),
        ("顺路帮小孩交餐费", "小孩"),
        ("你能帮忙交一下物业费吗", "帮忙"),
        ("让我们先付定金", "我们"),
    ],
)
def test_when_a_proxy_words_object_is_no_name_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 12: 万 right after a number, a blank between at most, is its unit, never a name's surname
# (30 萬轉去, 10万丽江的房); 万 as a surname after a word or punctuation stays one (转给万丽, 收款人万家乐).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("转给万丽娟 300，是上次的饭钱", "万丽娟"),
        ("收款人：万家乐，金额 2,000", "万家乐"),
        ("已付 2 笔，万志宏那笔还没到", "万志宏"),
    ],
)
def test_when_wan_starts_a_name_after_a_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("騙徒叫佢將 45 萬轉去安全戶口", "萬轉"),
        ("首付凑了 10万丽江那套先不买", "万丽"),
        ("年终奖一共三十万晓得吧", "万晓"),
        ("合同金额伍拾万元整", "万元"),
    ],
)
def test_when_wan_follows_a_number_then_it_is_a_unit_not_a_name(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
