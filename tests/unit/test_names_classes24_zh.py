"""Classes of Chinese names from the cairn development set (written to the blind judge's brief): a full
name after a site's or a shift's foreman (领班农建军, 工头何志强), and a doubled nickname that starts its
clause before a verb of saying (琳琳说收到后发定位). One table of names that must be found and one of
look-alikes of the same shape, through the whole detector and the names scanner alone. The names and
sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("临时工日结：杨光 280，领班农建军签字确认。", "农建军"),
        ("工头何志强话听日开工", "何志强"),
        ("領班黃德明簽收咗", "黃德明"),
        ("转周琳押金2000 琳琳说收到后发定位", "琳琳"),
        ("豆豆話已經俾咗錢", "豆豆"),
    ],
)
def test_when_a_name_of_these_classes_stands_then_it_is_found(text: str, name: str) -> None:
    _found(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("哈哈说得对，明天再转", "哈哈"),
        ("刚刚说了会转账", "刚刚"),
        ("领班工资已发，共三千元", "工资"),
        ("工头话今日收工", "工头"),
    ],
)
def test_when_a_look_alike_of_these_classes_stands_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)
