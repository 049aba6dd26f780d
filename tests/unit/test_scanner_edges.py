"""The native scanner's look-around tables answer as the look-arounds' regexes do.

The extension answers a pattern's guard, its one- and two-character look-behinds and its
one-class look-aheads from tables for ASCII characters (asked of the regexes once, when the
pattern is compiled), and asks the regexes for any other character. These tests put every
printable ASCII character, and characters where Unicode's classes and Python's part, on both
sides of the digit runs, signs and brackets the recognizers' look-arounds read, and hold the
native matches equal to ``re``'s.
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.names import NAME_PATTERNS
from streams.detect.patterns import ID_RECOGNIZERS
from streams.detect.scanner import NativeScanner, python_scan

PATTERNS = [(r.pattern, r.group) for r in ID_RECOGNIZERS] + [(p, 1) for p, _name in NAME_PATTERNS]
NATIVE = NativeScanner(PATTERNS, [r.min_digits for r in ID_RECOGNIZERS])
# every printable ASCII character, and non-ASCII ones beside which a look-around must ask its regex
NEIGHBOURS = string.printable + "０１٣\u3000\xa0\u2010－（）＋卡号電話客户Kıſ"
RUNS = st.sampled_from(
    [
        "13800138000",
        "6225 8813 9677 0035 607",
        "2026-0916",
        "(852) 9791 2425",
        "+86 186 1933 1908",
        "440304195104050798",
        "A123456(7)",
        "91440304WFB36PUD98",
        "203.124.214.203",
        "024-008-54751779",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.text(NEIGHBOURS, max_size=3), RUNS, st.text(NEIGHBOURS, max_size=3)), max_size=4))
def test_native_matches_are_python_matches_with_any_neighbours(parts: list[tuple[str, str, str]]) -> None:
    text = "".join(before + run + after for before, run, after in parts)
    assert NATIVE.scan([text]) == [python_scan(PATTERNS, text)]


def test_every_ascii_character_before_and_after_a_phone() -> None:
    # the two-character look-behinds (a digit and a separator) and the one-class look-aheads, for
    # every pair of printable ASCII characters before the value and each one after it
    texts = [f"{a}{b}91234567{c}" for a in string.printable for b in " -+(" for c in string.printable]
    texts += [f"{a}{b}91234567" for a in "0123456789" for b in string.printable]
    found = NATIVE.scan(texts)
    assert found == [python_scan(PATTERNS, t) for t in texts]
    assert any(found)  # something to compare
