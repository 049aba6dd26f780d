"""Classes of Chinese-script names (the nineteenth round, from the development set ``lane``): a
form's or a letter's sign-off with the surname alone (制表：宁, 人力资源部 蒋, ——蒲).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: the one who drew up, checked or approved a form signs it with the surname alone at its end:
# after the role's label and a colon, after the department's word and a blank, or after a dash
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加班费汇总｜张三 12小时｜李四 8小时｜制表：韩", "韩"),
        ("差旅费合计 3,460.00 元｜核算：邓", "邓"),
        ("银行卡变更已处理，旧卡已注销｜财务确认：谭", "谭"),
        ("季度奖金 一组 8,000 二组 7,500\u3000部门签字：欧阳", "欧阳"),
        ("请各位于周五前提交报销单，逾期不候。行政部 龚", "龚"),
        ("小刘，押金下周退你，钥匙放门口。——葛", "葛"),
        ("库存盘点表\n纸箱 120\n胶带 40\n盘点：汤\n", "汤"),
    ],
)
def test_when_a_surname_alone_signs_off_a_form_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("付款申请单｜金额 2,000｜审批：同意", "同意"),
        ("报销单已提交｜审核：通过", "通过"),
        ("证件复印件｜确认：是", "是"),
        ("员工信息｜性别：男｜签名：无", "无"),
        ("本月房租已收讫。——完", "完"),
        ("会议室预订：第三会议室 全", "全"),
        ("资料已寄出，请查收。销售部 安", "安"),
        ("备注：周", "周"),
    ],
)
def test_when_a_forms_last_field_is_no_surname_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))
