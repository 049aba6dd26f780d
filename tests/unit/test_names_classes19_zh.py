"""Classes of Chinese-script names (the nineteenth round, from the development set ``lane``): a
form's or a letter's sign-off with the surname alone (制表：宁, 人力资源部 蒋, ——蒲); more staff jobs before
a nickname or a given name (客服兰兰, 维修师傅老黄, 行政部小苗).
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


# class 2: more staff jobs before the nickname or the given name they are called by: a shop's or a
# platform's service desk (客服), the office (行政部, HR), a tradesman (师傅)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("退货申请已受理，客服婷婷处理中，请耐心等待", "婷婷"),
        ("空调坏了，物业叫了维修师傅老罗下午过来", "老罗"),
        ("请假条已收到｜登记：行政部小薛", "小薛"),
        ("入职材料请交给HR小孔，谢谢", "小孔"),
        ("工资条有问题的找HR老方，分机 8021", "老方"),
    ],
)
def test_when_a_staff_job_stands_before_a_nickname_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("客服小姐说三天内退款 199", "小姐"),
        ("请拨打客服电话咨询退款进度", "电话"),
        ("师傅小心点，箱子里是玻璃", "小心"),
        ("行政部门统一采购办公用品 2,300", "门统"),
        ("HR变动通知：薪资下月调整", "变动"),
        ("HR小组周会改到周四", "小组"),
        ("维修师傅老家在湖南，下周回去", "老家"),
    ],
)
def test_when_a_staff_job_stands_before_a_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))
