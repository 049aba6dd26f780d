"""Classes of Chinese-script names (the sixteenth round, from the development set ``kin``): a name
or nickname found once named again bare in the same text (转给小雪了 ... 小雪说); the head of a row of a
list of people (1. 王姐 草莓2盒 2. 胖虎 草莓1盒); role words before a name (被告人, 出差人, 摊主, 群主) and a
surname before a head's title (姚书记, 王校长); a name beside a pronoun and a kinship word (小军他爸, 他爸小军); a name
before its share (晓峰那份) or its payment app or fee (欣怡的支付宝).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import at as _at
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import spans as _spans
from person_spans import touched as _touched


# class 1: once a given name or nickname of two characters is found as a person in a text, its
# other bare mentions there are that person too: before punctuation, a particle, a word a name comes
# before (说, 的) or a pronoun and a kinship word (他妈). Not inside a word, a shop's name or a place.
@pytest.mark.parametrize(
    ("text", "name", "nth"),
    [
        ("学费我已经转给小涵了，小涵说收到了", "小涵", 1),
        ("学费我已经转给小涵了，小涵说收到了", "小涵", 0),
        ("我跟佩琪商量了就包 1000 吧，佩琪她妈说另外给", "佩琪", 1),
        ("给婷婷的奶茶钱 18，婷婷说下次她请", "婷婷", 1),
        ("表妹晓彤的学费还差 2000，晓彤他爸说月底还", "晓彤", 1),
        ("群里：俊豪 200，雅琪 200；俊豪说他替雅琪付", "俊豪", 1),
        ("姑媽：俊傑嘅人情我俾咗，俊傑同阿詩都收到", "俊傑", 1),
    ],
)
def test_when_a_found_name_is_said_again_bare_then_that_mention_is_found(text: str, name: str, nth: int) -> None:
    assert _at(text, name, nth) in _spans(text), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part", "nth"),
    [
        ("晓彤你别急，钱转你了，晓彤小馆的账另算", "晓彤", 1),
        ("给晓彤转了 60，晓彤酒家的账另算", "晓彤", 1),
        ("跟晓彤说一声，晓彤路那家店关门了", "晓彤", 1),
        ("给小雪转了 60，外面小雪花飘着", "小雪", 1),
    ],
)
def test_when_a_found_names_characters_stand_in_a_word_or_a_shop_then_that_mention_is_not_found(
    text: str, part: str, nth: int
) -> None:
    a, b = _at(text, part, nth)
    assert all(e <= a or s >= b for s, e in _spans(text)), (text, _found(text))


def test_when_nothing_is_found_then_no_mention_is_added() -> None:
    assert _touched("外面下小雨了，小雨天别出门", "小雨") == []


# class 2: the head of a row of a list or a roster (after the start, a line, a bullet's number, a
# separator, or an amount and a blank) before an amount, a count or an item and an amount, in a list
# another head of which is a person found: a nickname, a doubled given name, a surname and a name's
# given characters. Items, fees, rooms and places at a row's head are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("接龙：1. 张姐 苹果2斤 2. 晓雯 橙子1箱 3. 小峰 苹果1斤", "晓雯"),
        ("接龙：1. 张姐 苹果2斤 2. 晓雯 橙子1箱 3. 小峰 苹果1斤", "小峰"),
        ("份子钱：孙大伟 800 金满满 666 何小兵 1000", "金满满"),
        ("手气：欧阳乐乐 8.88 / 小萌萌 0.52 / 陈大力 3.10", "小萌萌"),
        ("水电分摊 ｜王子涵 主卧 300 ｜梓琪 次卧 200 ｜宇轩 次卧 180", "梓琪"),
        ("兼职工时：小橙 40h，糖糖 36h，婉清 52h", "糖糖"),
        ("赊账：刘四 烟一条 150｜阿旺 酒两瓶 60", "阿旺"),
    ],
)
def test_when_a_rows_head_stands_in_a_list_of_people_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("接龙：1. 张姐 苹果2斤 2. 香蕉 3斤 3. 橙子 1箱", "香蕉"),
        ("水电分摊 ｜子涵 300 ｜主卧 2500 ｜次卧 2000", "主卧"),
        ("兼职工时：小橙 40h，合计 128h，时薪 22", "合计"),
        ("新村2025年分红名单：曾大山 6,200元；曾小河 3,100元", "新村"),
        ("份子钱：孙大伟 800 红包 666 礼金 1000", "红包"),
        ("接龙：1. 张姐 苹果2斤 2. 大杯 3杯", "大杯"),
    ],
)
def test_when_a_rows_head_is_an_item_or_a_place_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 3: role words before a name (a judgment's defendant, an expense claim's traveller, a stall's
# or a chat group's keeper: 被告人, 出差人, 摊主, 群主) and a surname before the title of a party's, a
# school's, a team's or a village's head (王书记, 李校长). Their look-alikes: the words without a person
# (被告知, 群主要), and the titles alone or inside words.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("判决书：被告人邱小军、何伟提供银行卡 9 张", "邱小军"),
        ("差旅报销：出差人文远航，广州—香港，高铁票 ¥68", "文远航"),
        ("夜市“老街烧烤”收款码被换，摊主郑金水报案", "郑金水"),
        ("团购的钱都转给群主小吴", "小吴"),
        ("报销单审批人：冯书记", "冯"),
        ("学费明细已交给何校长，请查收", "何"),
        ("村里的补贴由李队长统一发放", "李"),
    ],
)
def test_when_a_role_word_or_a_heads_title_frames_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("原告人数众多，被告知悉后未回应", "被告知"),
        ("群主要求大家按时交费", "群主要"),
        ("党委书记办公室的报销单已审", "书记"),
        ("校长办公室通知：学费下周截止", "校长"),
        ("出差人员的补贴按天计算", "出差人员"),
    ],
)
def test_when_a_role_word_or_a_title_has_no_name_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 4: a given name or nickname alone before a pronoun and a kinship word (小斌他爸, 佳佳她妈), or
# after them (他哥志刚, 她妈晓丽也知道): the person's relative named. Their look-alikes: words and kinship
# before or after the pronoun (同学他爸, 他爸爸), an oath (他妈的).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("借了我 3000，小斌他爸说月底还", "小斌"),
        ("佳佳她妈说学费交了", "佳佳"),
        ("对了，子健他爸刚转了 800", "子健"),
        ("这事她妈晓丽也知道", "晓丽"),
        ("钱给了他哥志刚，说好下月还", "志刚"),
    ],
)
def test_when_a_name_stands_beside_a_pronoun_and_a_kinship_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("同学他爸付的学费", "同学"),
        ("他爸爸也来了，钱已付", "爸爸"),
        ("他妈的，又扣了 30 手续费", "他妈的"),
        ("大家他妈的都没收到", "大家"),
        ("老师她妈妈住院了，大家凑了 500", "老师"),
    ],
)
def test_when_a_word_stands_beside_a_pronoun_and_a_kinship_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 5: a given name or nickname alone before 那份/那笔/嗰份 (the person's share of a bill or a gift),
# after a clause's start, a word that introduces a person, 和 or 说. Their look-alikes: words before it
# (今天那份, 上次那笔, 工资那份).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("婉清说思琪那份她一起付了", "思琪"),
        ("我转你 120 了，志远和美琳那份他们自己转", "美琳"),
        ("礼金我出了，晓东那份单独给", "晓东"),
        ("附言：俾家樂交學費，詩敏嗰份下星期先俾", "詩敏"),
    ],
)
def test_when_a_name_stands_before_its_share_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("今天那份外卖 36 块我付了", "今天"),
        ("上次那笔钱还没到账", "上次"),
        ("我说工资那份明天发", "工资"),
        ("他说房租那笔已经转了", "房租"),
    ],
)
def test_when_a_word_stands_before_a_share_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 6: a given name or nickname alone before 的/嘅 and a payment app, an account or a fee (欣怡的支付宝,
# 思思的钢琴课费, 秋霞嘅工资). Their look-alikes: words and roles before it (公司的账户, 孩子的学费, 大家的红包).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("钱是她垫的，雨欣的支付宝是她男朋友的手机号", "雨欣"),
        ("爸，妍妍的钢琴课费 2400 我已交", "妍妍"),
        ("新同事春生、秋菊今日報到，秋菊嘅工資戶口係中銀", "秋菊"),
        ("给小贝的学费已经转了", "小贝"),
    ],
)
def test_when_a_name_owns_a_payment_app_or_a_fee_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("公司的账户余额不足", "公司"),
        ("孩子的学费下周交", "孩子"),
        ("大家的红包都发了", "大家"),
        ("这个月的工资还没到", "这个月"),
        ("上周的手续费退回来了", "上周"),
    ],
)
def test_when_a_word_owns_a_payment_app_or_a_fee_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
