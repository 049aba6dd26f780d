"""PERSON spans of the default detector, for the tables of name classes (phrasing and field)."""

from __future__ import annotations

from streams.detect.engine import Detector
from streams.detect.findings import Finding

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
