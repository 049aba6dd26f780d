"""Classes of Chinese-script names (the eighteenth round, from the development sets ``clan`` and
``hearth``): surnames outside the built lists (康, 荣, 卜, 逄, 訾, 笪).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: surnames outside the built lists, read like the wordy ones (a likelier given name): 康 and
# 荣, of the commonest three hundred, 卜, and the rarer 逄, 訾, 笪; the words they begin or end
# (康复, 健康, 光荣, 荣誉, 卜卦) are none
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("转账给康丽萍 500，备注房租", "康丽萍"),
        ("收款人荣志强，备注：装修尾款", "荣志强"),
        ("付款人卜晓燕 转入 1,200.00", "卜晓燕"),
        ("03-05 转出 -800.00 逄国栋 摘要：还款", "逄国栋"),
        ("03-06 转出 -600.00 訾秀英 摘要：礼金", "訾秀英"),
        ("借款人笪海涛，借款金额两万元", "笪海涛"),
    ],
)
def test_when_a_name_bears_a_surname_outside_the_built_lists_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("康复治疗费 800元已付", "康复"),
        ("祝您身体健康平安，红包 200", "康平"),
        ("光荣军属慰问金 1,000 已发放", "荣军"),
        ("卜卦算命费 50，不可信", "卜卦"),
        ("荣誉证书工本费 20元", "荣誉"),
        ("康师傅方便面一箱 45", "康师傅"),
        ("小区健康讲座报名费 30", "康讲"),
    ],
)
def test_when_such_a_surnames_character_is_in_a_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))
