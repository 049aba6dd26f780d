"""Romanised names without a title or a model (streams.detect.roman_names), table-driven: Pinyin,
Hong Kong and Macao Cantonese in either order with hyphenated or spaced given names and capitalised
surnames, an English given name before a surname, mixed forms; and look-alikes (districts, shops,
brands, words like Chargeback or KYC L1, order numbers) that must not be found."""

from __future__ import annotations

import pytest
from names_dev import EN, EN_NEG, strip

from streams.detect.engine import Detector
from streams.detect.roman_names import scan_roman_names

DETECTOR = Detector(entities=["PERSON"])


@pytest.mark.parametrize("marked", EN)
def test_names_are_found_exactly(marked: str) -> None:
    text, truth = strip(marked)
    assert [(f.start, f.end) for f in scan_roman_names(text)] == truth
    assert [(f.start, f.end) for f in DETECTOR.analyze(text)] == truth


@pytest.mark.parametrize("text", EN_NEG)
def test_look_alikes_are_not_names(text: str) -> None:
    assert scan_roman_names(text) == []
    assert DETECTOR.analyze(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paid Liu Wei", "Liu Wei"),
        ("Huang Zixuan paid", "Huang Zixuan"),
        ("from Ka-ming Wong", "Ka-ming Wong"),
        ("LEUNG Wai-man refund", "LEUNG Wai-man"),
        ("Tse Mei Ling rent", "Tse Mei Ling"),
        ("Kelvin Yip split", "Kelvin Yip"),
        ("Au Yeung Chun-kit loan", "Au Yeung Chun-kit"),
        ("Eric 陳 交咗按金", "Eric 陳"),
        ("司徒 Ka Lok 轉賬", "司徒 Ka Lok"),
    ],
)
def test_each_class(text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in scan_roman_names(text)] == [name]


def test_without_a_model_and_merged_with_one() -> None:
    """The pattern finding stands without NER; with a backend, an overlapping NER span is merged
    (one finding survives overlap resolution)."""
    text = "Refund LEUNG Wai-man HKD 300"

    def ner(texts: list[str]) -> list[list[tuple[int, int, str]]]:
        return [[(7, 20, "PERSON")] for _ in texts]

    with_ner = Detector(entities=["PERSON"], ner=ner, ner_name="fake")
    found = with_ner.analyze(text)
    assert len(found) == 1 and (found[0].start, found[0].end) == (7, 20)
