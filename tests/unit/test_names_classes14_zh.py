"""Classes of Chinese-script names (issue #11, the fourteenth round): a foreign name whose parts a dot
joins after a word that introduces a person (付款人约翰·史密斯, 观众米雪儿·张), where the name's start was
read inside that word or two words joined were taken for a place's heading; a minority's name of two
syllables after a word that introduces a person or a mark, before a title or a possessive
(我是格桑央金的女儿, 导师：乌云其木格教授); a full name before its bearer's relation in brackets, though its
surname begins a word (改为夏天佑（儿子）); a given name after 同/跟/和/与 before what the two say or do
together (我跟小雨说好了, 王芳和小敏负责); a full name after a sale's party (卖方谭伟业) though its given
name is a word.
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: a foreign name in Chinese characters whose parts a dot joins starts after a word that
# introduces a person inside the four characters before the dot (付款人 | 约翰·史密斯, 观众 | 玛丽·陈),
# not inside that word; two words joined (穆罕默德·阿里) are a name after such a word; a Hong Konger's
# English given name before a surname alone (米雪儿·张) is one before a mark or a blank. A place's
# heading (中国·深圳, 来到中国·深圳), a word before a surname alone, and a kinship word before the
# name are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("付款人约翰·史密斯，收款方为五金厂", "约翰·史密斯"),
        ("付款人穆罕默德·阿里，金额 USD 5,000", "穆罕默德·阿里"),
        ("汇款人彼得·帕克已确认到账", "彼得·帕克"),
        ("观众米雪儿·张 购买门票两张", "米雪儿·张"),
        ("退款：觀眾瑪麗·陳，兩張門票", "瑪麗·陳"),
        ("游客安娜·李 已退团", "安娜·李"),
        ("会员伊丽莎白·黄，积分到期", "伊丽莎白·黄"),
        ("客户艾哈迈德·汗的汇款已退回", "艾哈迈德·汗"),
        ("外佣玛利亚·桑托斯的工资已转", "玛利亚·桑托斯"),
    ],
)
def test_when_a_dotted_foreign_name_follows_a_party_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("付款人约翰·史密斯，收款方为五金厂", "款人"),
        ("欢迎来到中国·深圳", "中国·深圳"),
        ("活动地点：广州·天河区", "广州·天河区"),
        ("品牌·李 系列新品", "品牌"),
        ("母亲安娜·费尔南德斯是土生葡人", "母亲"),
        ("观众席上坐满了人", "观众席"),
        ("游客中心·南门", "游客中心"),
        ("中国·北京 2025年会", "中国·北京"),
        ("会展中心·一号馆", "中心·一号馆"),
        ("外傭瑪利亞·桑托斯嘅人工已過數", "外傭"),
    ],
)
def test_when_a_dot_joins_a_place_or_follows_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 2: a minority's name of two syllables or more (扎西顿珠, 乌云其木格, 阿依古丽) after a word that
# introduces a person or a mark, before a title, a possessive or whatever a name comes before, not only
# after a party's word or in quotes; a place or a company of such syllables, a greeting, and a run after
# a word that introduces none are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("您好，我是德吉卓玛的儿子，想查一下报销款", "德吉卓玛"),
        ("指导老师：乌兰其其格教授", "乌兰其其格"),
        ("请联系扎西顿珠老师确认", "扎西顿珠"),
        ("，阿依古丽的工资卡已更换", "阿依古丽"),
        ("谢谢巴图那日苏帮忙", "巴图那日苏"),
        ("我叫次仁拉姆，想问下退款", "次仁拉姆"),
    ],
)
def test_when_a_minority_name_follows_a_person_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("阿里巴巴集团的货款", "阿里巴巴"),
        ("乌兰察布市的分行", "乌兰察布"),
        ("我在拉萨说扎西德勒", "扎西德勒"),
        ("导师那边格桑花开了", "格桑花"),
        ("寄到乌鲁木齐的包裹", "乌鲁木齐"),
    ],
)
def test_when_minority_syllables_make_a_place_or_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 3: a full name right before its bearer's relation in brackets (（儿子）, （女儿）, (配偶), （母亲）),
# as a policy, a will or a form writes a beneficiary or a contact, though its surname begins a word
# (夏天, 高明, 金元) or 与/和 stands before it; a pronoun, a word, a kinship word or a surname with a
# character of no name before the brackets are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("受益人改为夏天明（儿子）与夏天慧（女儿），各半", "夏天明"),
        ("受益人改为夏天明（儿子）与夏天慧（女儿），各半", "夏天慧"),
        ("紧急联系人：高明轩(配偶)，电话见附件", "高明轩"),
        ("遺產受益人為金元昊（長子）及金元婷（次女）", "金元昊"),
        ("遺產受益人為金元昊（長子）及金元婷（次女）", "金元婷"),
        ("监护人：欧阳晓（母亲）", "欧阳晓"),
    ],
)
def test_when_a_relation_in_brackets_follows_a_full_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("紧急联系人：一家人（儿子）", "一家人"),
        ("，我们（儿子）都同意", "我们"),
        ("联系人：姐姐（儿子）", "姐姐"),
        ("受益人：法定（配偶）", "法定"),
        ("，黄金（女儿）那份", "黄金"),
        ("，高兴（儿子）考上了", "高兴"),
    ],
)
def test_when_a_relation_in_brackets_follows_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 4: a given name of two characters after and/with (同, 跟, 和, 与) before what the two then say or
# do together (说, 讲, 说好, 会, 一起, 负责, 商量): 小 with a name's character (小雨, 小敏), or two a
# name's characters though they make a word (建军, 建华); 和 and 与 name someone only so. Words, kinship
# words, nicknames that are words and things there are none (跟银行说, 和小孩说, 收入和支出都, 我和老公说好).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我跟小娟说好了，周末再转", "小娟"),
        ("你先别跟建华说，等我确认", "建华"),
        ("家明和小慧负责收会费", "小慧"),
        ("听日我同嘉敏会早啲去银行", "嘉敏"),
        ("志强与丽娟一起付的首期", "丽娟"),
        ("，阿梅跟海燕商量过，下月再还", "海燕"),
    ],
)
def test_when_a_given_name_is_with_someone_before_a_shared_verb_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("我跟银行说了三次", "银行"),
        ("我跟客服讲咗好多次", "客服"),
        ("不要和小孩说密码", "小孩"),
        ("收入和支出都要核对", "支出"),
        ("我和老公说好了", "老公"),
        ("产品和服务说明见附件", "服务"),
        ("同事和领导说过了", "领导"),
        ("跟小姐说一声", "小姐"),
    ],
)
def test_when_a_word_is_with_someone_before_a_shared_verb_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 5: a full name after a sale's party (买方, 卖方, 買方, 賣方), as after a payee's word, though its given
# name is a word (伟业, 建国, 国庆); the party's clause that names no one (卖方声明, 买方须于, 卖方王府井) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("物业成交：卖方郑伟业，楼价面议", "郑伟业"),
        ("賣方何建國，買方區國慶（聯名）", "何建國"),
        ("賣方何建國，買方區國慶（聯名）", "區國慶"),
        ("卖方为梁振华，订金已付", "梁振华"),
    ],
)
def test_when_a_sale_party_comes_before_a_full_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("卖方声明如下", "声明"),
        ("买方须于三日内付清", "须于"),
        ("卖方王府井店", "王府井"),
        ("买方付款后放行", "付款"),
    ],
)
def test_when_a_sale_party_comes_before_a_phrase_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
