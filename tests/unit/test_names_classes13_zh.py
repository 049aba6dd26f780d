"""Classes of Chinese-script names (issue #11, the thirteenth round): a given name before an elder's
kinship title (惠珍姨, 国豪叔叔), a given name that is a word before 哥/姐 (建国哥), and a given name after
a verb of giving with its aspect (给过强哥, 畀咗志明). One table per class: names that must be found,
and texts of the same shape where nothing of the named part may be reported as a PERSON. The names
and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: a given name before an elder's kinship title, single or doubled (姨, 叔, 伯, 婶, 嫂: 秀芬姨,
# 志明伯伯), or before 哥/姐 though the given name is a word (建国哥, 海燕姐), after punctuation or a
# word that introduces a person; a verb of giving with its aspect introduces one (给过, 畀咗, 交咗).
# A relative's word (老伯, 表叔, 师姐), a kinship word doubled (叔叔) and a title inside a word are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("红包已经转给秀芬姨，佢话收到", "秀芬"),
        ("，志明伯伯话下个月先还", "志明"),
        ("房租今个月交咗俾丽华婶", "丽华"),
        ("姐，建国哥讲周五先过数", "建国"),
        ("麻烦畀咗美玲嫂未？", "美玲"),
        ("押金我上个月已经给过伟强叔了", "伟强"),
        ("海燕姐话得闲再约饮茶", "海燕"),
        ("呢份礼金係俾淑仪姨姨嘅", "淑仪"),
        ("利是畀咗俊杰哥，唔使再俾", "俊杰"),
    ],
)
def test_when_a_kinship_title_follows_a_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("我叔叔话下个月先还", "叔叔"),
        ("，老伯话唔记得密码", "老伯"),
        ("表叔已经转咗钱", "表叔"),
        ("今天姐姐来了", "今天"),
        ("沙特阿拉伯的客户汇款", "拉伯"),
        ("，大伯母说会还", "大伯"),
        ("我俾咗钱未？", "钱未"),
        ("畀咗钱未呀", "钱未"),
        ("已经给过方便面钱了", "方便"),
        ("交咗张单俾师姐", "师姐"),
    ],
)
def test_when_a_kinship_title_follows_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
