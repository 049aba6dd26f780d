"""Classes of Chinese-script names (issue #11, the fifteenth round): a given name alone after a verb of
giving (给, 转给, 交给, 付给, 还给, 俾) before what the payment is for, an amount or a transfer of one
(给家豪的结婚礼金, 给小宝500, 给小雨转本学期学费), with less evidence than an address needs, for the
phrasing names a payee; the family's gifts of money (压岁钱, 利是, 零花钱) are what a payment is for.
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
