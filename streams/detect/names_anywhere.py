"""Names found without a title or a context word: Chinese (``zh_names``) and romanised
(``roman_names``), one call per text for the detector."""

from __future__ import annotations

from streams.detect.findings import Finding
from streams.detect.roman_names import scan_roman_names
from streams.detect.zh_names import scan_zh_names


def scan_names_anywhere(text: str) -> list[Finding]:
    """PERSON findings of both scanners in ``text``; overlaps are the detector's to resolve."""
    return scan_zh_names(text) + scan_roman_names(text)
