"""Classes of Chinese-script names (issue #11, the fifteenth round): a given name alone after a verb of
giving (给, 转给, 交给, 付给, 还给, 俾) before what the payment is for, an amount or a transfer of one
(给家豪的结婚礼金, 给小宝500, 给小雨转本学期学费), with less evidence than an address needs, for the
phrasing names a payee; the family's gifts of money (压岁钱, 利是, 零花钱) are what a payment is for;
a full name that is a word after the field of a policy's, a case's or a course's party (被保险人蓝天，,
事主方圆。, 学员江河；), before punctuation; a doubled nickname after punctuation or at the start,
before an amount or what a payment is for (、乐乐500, 妈：佳佳的学费).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: a given name of two characters alone after a verb of giving, before 的/嘅 and what the
# payment is for, before an amount, or before 转/汇 and an amount or a payment's purpose; in both
# scripts. Words that name a person by role or kinship (孩子, 老师, 宝宝, 细佬), institutions (公司,
# 物业, 学校) and pronouns there are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给家豪的结婚礼金1500，已经转了", "家豪"),
        ("今年给小宝300、给思琪300", "小宝"),
        ("今年给小宝300、给思琪300", "思琪"),
        ("给小雨转下学期学费9800元", "小雨"),
        ("给子豪的生日红包，666元", "子豪"),
        ("转给志轩2000，买电脑用", "志轩"),
        ("給子軒的壓歲錢200", "子軒"),
        ("俾家豪嘅利是已經包好", "家豪"),
        ("还给俊杰的房租3200", "俊杰"),
        ("交给小敏三月学费", "小敏"),
    ],
)
def test_when_a_given_name_follows_a_verb_of_giving_before_a_payment_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("给孩子的红包都准备好了", "孩子"),
        ("给老师的学费下周交", "老师"),
        ("给宝宝的压岁钱存起来", "宝宝"),
        ("给大家的红包已发群里", "大家"),
        ("给新娘的礼金放在桌上", "新娘"),
        ("给小孩500当零花", "小孩"),
        ("交给物业的押金还没退", "物业"),
        ("给学校的学费分两期", "学校"),
        ("给朋友转500应急", "朋友"),
        ("俾细佬嘅利是唔好唔记得", "细佬"),
        ("给公司500作为押金", "公司"),
        ("给中介的定金已经付了", "中介"),
    ],
)
def test_when_a_word_follows_a_verb_of_giving_before_a_payment_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 2: a full name whose given name is a word (蓝天, 方圆, 江河, 夏天) after the field of a policy's, a
# case's or a course's party (被保险人, 投保人, 受益人, 参保人, 事主, 当事人, 学生, 学员), before
# punctuation or the end, a colon between or not; both scripts. What such a party's field holds that is
# no person (方面, 双方, 姓名, 人数, 宿舍) and a word after it before a verb are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("意外险：被保险人蓝天，2023年在郊野公园扭伤", "蓝天"),
        ("事主方圆。案发时间：晚上九点", "方圆"),
        ("投保人：夏天，保单号待补", "夏天"),
        ("参保人江河；险种：医疗", "江河"),
        ("学员蓝天，课时费1200", "蓝天"),
        ("被保險人藍天，已理賠", "藍天"),
        ("事主金山，报案时间下午三点", "金山"),
        ("当事人司马长风，已签字", "司马长风"),
    ],
)
def test_when_a_wordy_name_fills_a_partys_field_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("投保人方面，没有异议", "方面"),
        ("事主方面，暂无补充", "方面"),
        ("当事人双方，均已到场", "双方"),
        ("投保人姓名，请用正楷", "姓名"),
        ("学生人数，按月统计", "人数"),
        ("学生宿舍。热水坏了", "宿舍"),
        ("学生高中毕业，成绩优秀", "高中"),
        ("被保险人金额，按合同", "金额"),
        ("学生王府井，研学活动", "王府井"),
        ("学员手册。请先阅读", "手册"),
        ("事主报警，民警到场", "报警"),
        ("当事人陈述，记录在案", "陈述"),
    ],
)
def test_when_a_partys_field_holds_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 3: a doubled nickname (乐乐, 佳佳, 豆豆) at the start or after punctuation, before an amount or
# (的/嘅 and) what a payment is for; both scripts. Doubled words and adverbs there (天天, 刚刚, 明明,
# 常常, 慢慢, 宝宝) and a count's doubling (笔笔) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("压岁钱：给阿强200、乐乐200，其余下次", "乐乐"),
        ("妈：佳佳的学费交了没", "佳佳"),
        ("豆豆300，另一份年后给", "豆豆"),
        ("晚饭AA：婷婷85、我85", "婷婷"),
        ("爸：樂樂嘅利是包咗未", "樂樂"),
        ("。萌萌的零花钱这周停", "萌萌"),
    ],
)
def test_when_a_doubled_nickname_comes_before_an_amount_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("、天天500，连续一周", "天天"),
        ("刚刚500块到账", "刚刚"),
        ("明明500就够了", "明明"),
        ("常常的学费都迟交", "常常"),
        ("：宝宝的红包放抽屉", "宝宝"),
        ("、笔笔500，共三笔", "笔笔"),
        ("慢慢的租金就涨了", "慢慢"),
        ("人人500，不多不少", "人人"),
    ],
)
def test_when_a_doubled_word_comes_before_an_amount_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
