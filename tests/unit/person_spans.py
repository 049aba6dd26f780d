"""PERSON spans of the default detector, for the tables of name classes (phrasing and field)."""

from __future__ import annotations

from streams.detect.engine import Detector
from streams.detect.findings import Finding
from streams.detect.names_anywhere import scan_names_anywhere

DETECTOR = Detector()


def persons(text: str) -> list[Finding]:
    return [f for f in DETECTOR.analyze(text) if f.entity_type == "PERSON"]


def covered(text: str, name: str) -> bool:
    """Every character of ``name`` (its first occurrence in ``text``) lies in a PERSON finding."""
    start = text.index(name)
    found = persons(text)
    return all(any(f.start <= k < f.end for f in found) for k in range(start, start + len(name)))


def touched(text: str, part: str) -> list[str]:
    """The PERSON findings that overlap ``part`` (its first occurrence in ``text``)."""
    start = text.index(part)
    end = start + len(part)
    return [text[f.start : f.end] for f in persons(text) if f.start < end and start < f.end]


def spans(text: str) -> list[tuple[int, int]]:
    """The PERSON findings' offsets."""
    return [(f.start, f.end) for f in persons(text)]


def at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    """Where the ``nth`` (0-based) mention of ``word`` stands in ``text``."""
    where = -1
    for _ in range(nth + 1):
        where = text.index(word, where + 1)
    return where, where + len(word)


def hit(found: list[tuple[int, int]], where: tuple[int, int]) -> bool:
    """Whether one span holds all of ``where``."""
    return any(a <= where[0] and where[1] <= b for a, b in found)


def touch(found: list[tuple[int, int]], where: tuple[int, int]) -> bool:
    """Whether a span overlaps ``where``."""
    return any(a < where[1] and where[0] < b for a, b in found)


def anywhere(text: str) -> list[tuple[int, int]]:
    """The offsets the names-anywhere scanner finds alone."""
    return [(f.start, f.end) for f in scan_names_anywhere(text)]


def found_by_both(text: str, word: str) -> None:
    """Assert that one PERSON span of the detector, and one of the names-anywhere scanner alone, holds
    all of ``word`` (its first mention in ``text``)."""
    where = at(text, word)
    assert hit(spans(text), where), (text, spans(text))
    assert hit(anywhere(text), where), (text, anywhere(text))


def found_whole_by_both(text: str, name: str) -> None:
    """Assert that one PERSON finding of the detector is exactly ``name`` (its first mention in ``text``),
    and that the names-anywhere scanner alone holds all of it too."""
    where = at(text, name)
    assert where in spans(text), (text, [text[a:b] for a, b in spans(text)])
    found_by_both(text, name)


def left_by_both(text: str, word: str) -> None:
    """Assert that neither the detector's PERSON spans nor the names-anywhere scanner's touch ``word``
    (its first mention in ``text``)."""
    where = at(text, word)
    assert not touch(spans(text), where), (text, spans(text))
    assert not touch(anywhere(text), where), (text, anywhere(text))


def found_names(text: str) -> list[str]:
    """The texts of the detector's PERSON findings in ``text``, for an assertion's message."""
    return [text[f.start : f.end] for f in persons(text)]
