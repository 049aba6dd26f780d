"""Classes of names the scanners missed on the hand-written field set (issue #11), one table per
class: sentences that must give a PERSON finding over a name, and near misses (places, shops,
brands, words) that must give none. The names and sentences are made up for these tests, other
than those of the corpora."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.findings import Finding
from streams.detect.roman_names import fold_latin

_DETECTOR = Detector()


def _persons(text: str) -> list[Finding]:
    return [f for f in _DETECTOR.analyze(text) if f.entity_type == "PERSON"]


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _persons(text)]


def _covered(text: str, name: str) -> bool:
    """Every character of ``name`` (its first occurrence in ``text``) lies in a PERSON finding."""
    start = text.index(name)
    found = _persons(text)
    return all(any(f.start <= k < f.end for f in found) for k in range(start, start + len(name)))


def _touched(text: str, part: str) -> list[str]:
    """The PERSON findings that overlap ``part`` (its first occurrence in ``text``)."""
    start = text.index(part)
    end = start + len(part)
    return [text[f.start : f.end] for f in _persons(text) if f.start < end and start < f.end]


# class 1, a name form not covered: Latin letters with diacritics (Vietnamese, Portuguese,
# Spanish) were no word at all to the romanised scanner, which reads [A-Za-z]
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Remit to Trần Thị Mai Anh, HKD 2,000", "Trần Thị Mai Anh"),
        ("匯款俾 Phạm Văn Đức，purpose: tuition", "Phạm Văn Đức"),
        ("Beneficiary: Lê Văn Bình (VN)", "Lê Văn Bình"),
        ("BIR holder Inês Carvalho, Macao resident", "Inês Carvalho"),
        ("paid José Martínez for the Lisbon flat", "José Martínez"),
        ("refund to Zoë Müller via FPS", "Zoë Müller"),
    ],
)
def test_when_a_name_has_diacritics_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, name, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("lunch at Café Deco, HKD 480", "Café Deco"),
        ("Crème Brûlée x2 from the bakery", "Crème Brûlée"),
        ("transfer via Zürich Kantonalbank", "Zürich Kantonalbank"),
        ("São Paulo office rent, BRL 9,000", "São Paulo"),
        ("dessert: Pâtisserie Élysée, 2 boxes", "Pâtisserie Élysée"),
    ],
)
def test_when_accented_words_are_no_name_then_none_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Đức", "Nguyen Van Duc"),
        ("João Gonçalves", "Joao Goncalves"),
        ("no accents here", "no accents here"),
        ("陳大文 Zoë", "陳大文 Zoe"),
    ],
)
def test_when_latin_is_folded_then_offsets_stand(text: str, expected: str) -> None:
    folded = fold_latin(text)
    assert folded == expected
    assert len(folded) == len(text)
