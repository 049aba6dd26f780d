"""The name scanners' shortcuts find what the plain forms find.

Speed work on ``names_anywhere``, ``zh_names`` and ``roman_names`` rewrote some searches (a
pattern that starts with one character class, a candidate search before an alternation, a gate
on what every match must hold); these tests hold each equal to the form it replaced, on texts
built from the characters the patterns read and on arbitrary Unicode.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect import names_anywhere, roman_names, zh_names
from streams.detect.zh_surnames import COMPOUND, SINGLE

# capitals, small letters, blanks, CJK (surnames, compound surnames' characters, others), digits
PIECES = st.sampled_from(
    [
        *("A", "Z", "b", "Ka", "CHAN", " ", "\t", "-", "_", "1"),
        *("中", "陳", "陈", "王", "欧", "阳", "司", "徒", "上", "官"),
        *SINGLE[:40],
        *COMPOUND[:10],
    ]
)
TEXTS = st.lists(PIECES, max_size=24).map("".join)
ANY = st.text(max_size=40)


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXTS, ANY), st.integers(0, 5))
def test_when_may_name_searches_then_it_finds_what_the_alternatives_find(text: str, pos: int) -> None:
    assert _span(names_anywhere.MAY_NAME.search(text, pos)) == _span(
        names_anywhere.MAY_NAME_REFERENCE.search(text, pos)
    )


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXTS, ANY))
def test_when_surnames_are_listed_then_they_are_the_alternations_matches(text: str) -> None:
    expected = [m.span() for m in zh_names._SURNAME.finditer(text)]
    assert zh_names._surnames(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXTS, ANY))
def test_when_a_text_is_scanned_then_the_findings_are_the_scanners_own(text: str) -> None:
    """scan_names_anywhere's routing (no Latin letter: no romanised scanner; ASCII: no Chinese
    one) leaves out only scanners that find nothing there."""
    folded = zh_names.fold_t2s(text)
    everything = (
        zh_names.scan_zh_names(text, folded)
        + roman_names.scan_roman_names(text, folded)
        + zh_names.scan_zh_given_names(text, folded)
        + roman_names.scan_roman_given_names(text)
    )
    if names_anywhere.MAY_NAME_REFERENCE.search(text) is None:
        everything = []
    assert names_anywhere.scan_names_anywhere(text) == names_anywhere._joined(everything)
