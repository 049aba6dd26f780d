"""Classes of Chinese-script names (issue #11, the twelfth round): a full name right after a customer's,
a user's, a new hire's or a victim's word, of a rarer surname too (褚, 付, 单于). One table per class:
names that must be found, and texts of the same shape where nothing of the named part may be
reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: a full name right after a customer's, a user's, a new hire's or a victim's word (客户, 用户,
# 新员工, 事主, 当事人), of a surname outside the commonest too (佘, 褚, 付, 单于): the word says a person
# follows. What follows such a word and is a word, a payment's verb or a time is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("请回访客户佘志军，确认地址变更", "佘志军"),
        ("用户付丽娟反映转账一直显示处理中", "付丽娟"),
        ("新员工单于明今天办理入职手续", "单于明"),
        ("投诉人称客户褚国平的卡被锁定", "褚国平"),
        ("事主冯秀兰报称被冒充客服骗走积蓄", "冯秀兰"),
        ("当事人甄家俊已在调解书上签字", "甄家俊"),
        ("工资单：员工禤志文 本月加班18小时", "禤志文"),
        ("核实后由持卡人付建国本人到柜台办理", "付建国"),
    ],
)
def test_when_a_customer_or_party_word_comes_before_a_full_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("用户付款失败，请稍后重试", "付款"),
        ("客户付清了全部尾款", "付清"),
        ("新员工单位宿舍已安排好", "单位"),
        ("事主方面称暂不追究", "方面"),
        ("客户方便时请回电", "方便"),
        ("申请人周末来补材料", "周末"),
        ("当事人单位盖章后再交", "单位"),
        ("客户付费升级了会员", "付费"),
        ("员工工资已于月初发放", "工资"),
        ("用户褚色外套订单已退款", "褚色"),
    ],
)
def test_when_a_customer_or_party_word_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
