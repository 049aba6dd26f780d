"""Classes of Chinese-script names (issue #11, the fifth round): false positives found by probe texts
written as an independent writer of payment, remittance, KYC, support and chat text would write them
(Simplified and Traditional/Cantonese), and misses of the same texts. One table per class: sentences
whose word must give no PERSON finding, and near misses (names that must still be found). Each class
says why a privacy engineer decides it so. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import persons as _persons
from person_spans import touched as _touched


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _persons(text)]


# class 1: common words that jieba's dictionary tags as personal names (温馨, 贺卡, 汤圆, 熊猫, 胡同,
# 许可, 宋体, 唐装): counted as names, they raised their second character's given-name score and were
# missing from the common words, so 温馨提示 at a notice's start was a name. A notice, a parcel or a
# dessert is nobody: masking them costs the reader the text and protects no one. Baidu's LAC,
# reading each such entry alone, tells the words from the names (agents/local/zh_nr_words.txt).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("温馨提示：请勿向陌生人透露验证码。", "温馨"),
        ("溫馨提示：唔好話俾人知驗證碼。", "溫馨"),
        ("贺卡已寄出，请注意查收。", "贺卡"),
        ("汤圆一盒已付款。", "汤圆"),
        ("熊猫基地门票两张，共110元。", "熊猫"),
        ("雷雨天气暂停户外服务。", "雷雨"),
        ("雷雨警告生效中，分行暫停營業。", "雷雨"),
        ("胡同口的便利店可以代收快递。", "胡同"),
        ("许可证编号已过期，请重新申请。", "许可"),
        ("合同请使用宋体小四号字。", "宋体"),
        ("唐装租赁押金300元。", "唐装"),
        ("本季度毛利率下降两个百分点。", "毛利"),
        ("华为手机支付设置方法。", "华为"),
        ("叶子红了，周末去看。", "叶子"),
    ],
)
def test_when_a_word_jieba_calls_a_name_stands_alone_then_it_is_no_name(text: str, word: str) -> None:
    assert _touched(text, word) == [], (text, _found(text))


# near misses: a name that begins with such a word (叶子晴, 赵国庆: 叶子 and 赵国 are words of that
# kind) and a name after thanks (谢谢小刘), which the word 谢谢 must not swallow
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客户叶子晴说app显示KYC未通过。", "叶子晴"),
        ("客人葉子晴話個app顯示未通過", "葉子晴"),
        ("给父母赵国庆、孙桂兰的生活费各3000元", "赵国庆"),
        ("没有了谢谢小刘", "小刘"),
        ("收款人许可欣，账号见附件。", "许可欣"),
        ("麻烦转给温馨怡，备注房租。", "温馨怡"),
    ],
)
def test_when_a_name_begins_with_such_a_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, name, _found(text))
