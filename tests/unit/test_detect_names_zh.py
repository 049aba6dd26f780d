"""Chinese names without a title or a context word (streams.detect.zh_names), table-driven: each
class of the issue (after payment verbs and prepositions, before nouns, after residency words, in
parentheses and lists, two and three characters, compound surnames, Simplified and Traditional),
and look-alikes (brands, shops, places, common words that start with a surname) that must not be
found. The texts are tests/unit/names_dev.py's; ``⟦...⟧`` marks a name, exactly."""

from __future__ import annotations

import pytest
from names_dev import MIXED, ZH_HANS, ZH_HANT, ZH_NEG, strip

from streams.detect.engine import Detector
from streams.detect.zh_names import fold_t2s, scan_zh_names

DETECTORS = {name: Detector(entities=["PERSON"], scanner=name) for name in ("python", "auto")}


def _names(text: str, scanner: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in DETECTORS[scanner].analyze(text)]


@pytest.mark.parametrize("scanner", sorted(DETECTORS))
@pytest.mark.parametrize("marked", ZH_HANS + ZH_HANT + MIXED)
def test_names_are_found_exactly(marked: str, scanner: str) -> None:
    text, truth = strip(marked)
    assert _names(text, scanner) == truth


@pytest.mark.parametrize("text", ZH_NEG)
def test_look_alikes_are_not_names(text: str) -> None:
    assert scan_zh_names(text) == []
    assert _names(text, "auto") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("汇款给刘伟", "刘伟"),  # two characters, end of text
        ("由欧阳娜娜支付", "欧阳娜娜"),  # compound surname, two given
        ("歐陽震華學費", "歐陽震華"),
        ("上官靜生活費", "上官靜"),
        ("司徒詠儀租金", "司徒詠儀"),
        ("香港居民何嘉欣", "何嘉欣"),
        ("澳門居民鄭少秋開戶", "鄭少秋"),
        ("（经办：杜海涛）", "杜海涛"),
        ("轉賬俾陳大文", "陳大文"),
        ("向陈静还款", "陈静"),
        ("为王小红代付", "王小红"),
    ],
)
def test_each_class(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scan_zh_names(text)]
    assert found == [name]


def test_traditional_folds_one_for_one() -> None:
    text = "轉賬俾陳大文，食飯錢"
    folded = fold_t2s(text)
    assert len(folded) == len(text) and folded.startswith("转账俾陈大文")


def test_texts_without_chinese_cost_nothing() -> None:
    assert scan_zh_names("Paid 500 HKD, ref 88231") == []
