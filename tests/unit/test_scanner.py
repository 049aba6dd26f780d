"""The native scanner finds what Python's ``re`` finds, match for match.

The recognizer patterns are written once, as Python regular expressions; the native scanner runs
their translation (``streams.detect.scanner``). These tests hold the two equal on texts built to
tempt every recognizer, on arbitrary Unicode, and on the characters where the two engines' ideas
of a digit, a space or a case-insensitive letter part (full-width digits, U+001C, the Kelvin sign,
the dotless i); and they check that a construct the translation does not know is refused.
"""

from __future__ import annotations

import re

import corridor_native
import pytest
from detect_texts import FIELD
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import Detector, longest_digit_run
from streams.detect.names import NAME_PATTERNS
from streams.detect.patterns import ID_RECOGNIZERS
from streams.detect.scanner import (
    NativeScanner,
    TranslationError,
    core_of,
    native_available,
    python_scan,
    strip_lookarounds,
    to_rust,
    translate,
)
from streams.synthetic import Synth

PATTERNS = [(r.pattern, r.group) for r in ID_RECOGNIZERS] + [(p, 1) for p, _name in NAME_PATTERNS]
# with each recognizer's digit floor: a pattern is skipped on a text whose longest run is shorter
NATIVE = NativeScanner(PATTERNS, [r.min_digits for r in ID_RECOGNIZERS])
# characters where Unicode's and Python's classes could part: non-ASCII digits and spaces, the
# information separators Python calls white space, letters that fold to ASCII under IGNORECASE
EDGES = "０１٣߀\u1040\U0001d7ce\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000\u200b\u180eKıİſ\u017f"
ARBITRARY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def test_the_extension_is_built() -> None:
    # `make test` builds it; without it every test here would compare re with itself
    assert native_available()
    assert Detector().scanner == "native"
    assert len(NativeScanner(PATTERNS)._scanner) == len(PATTERNS)


@settings(max_examples=500, deadline=None)
@given(FIELD)
def test_native_matches_are_python_matches_on_tempting_texts(text: str) -> None:
    assert NATIVE.scan([text]) == [python_scan(PATTERNS, text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FIELD, ARBITRARY, st.text(st.sampled_from(EDGES + "1234567890 -()+KkIiSs")))))
def test_native_matches_are_python_matches_on_any_text(texts: list[str]) -> None:
    assert NATIVE.scan(texts) == [python_scan(PATTERNS, t) for t in texts]


# built once: a detector keeps no memory of the texts it reads, and building a native one compiles the
# scanner (about half a second: 300 examples each building one took two minutes)
_NATIVE_DETECTOR = Detector(scanner="native")
_PYTHON_DETECTOR = Detector(scanner="python")


@settings(max_examples=300, deadline=None)
@given(st.lists(FIELD, max_size=6))
def test_a_native_detector_finds_what_a_python_one_finds(texts: list[str]) -> None:
    native, python = _NATIVE_DETECTOR, _PYTHON_DETECTOR
    assert native.analyze_batch(texts) == python.analyze_batch(texts)
    assert native.analyze_fields(texts) == python.analyze_fields(texts)


@pytest.mark.parametrize("pattern", [r"\d", r"\s", r"[^\s]", r"(?i:k)", r"(?i:i)", r"(?i:s)", r"(?i:[ks])"])
def test_classes_are_the_characters_python_gives_them(pattern: str) -> None:
    compiled = re.compile(pattern)
    text = EDGES + "09azAZ \t\n"
    assert NativeScanner([(compiled, 0)]).scan([text]) == [python_scan([(compiled, 0)], text)]
    assert python_scan([(compiled, 0)], text)  # something to compare


def test_offsets_are_code_points_after_chinese_text() -> None:
    card = Synth(seed=5).card()[1]
    text = f"客户王伟卡号{card}，谢谢"
    found = NATIVE.scan([text])[0]
    assert found == python_scan(PATTERNS, text)
    assert any(text[start:end] == card for _i, start, end, _gs, _ge in found)


def test_a_lone_surrogate_is_scanned_by_re_instead() -> None:
    texts = ["tel 13800138000 \ud800", "卡号" + Synth(seed=6).card()[1]]
    assert NATIVE.scan(texts) == [python_scan(PATTERNS, t) for t in texts]


def test_a_pattern_that_gives_up_raises_rather_than_answering() -> None:
    # exponential backtracking once the look-ahead fails: the detector's caller quarantines
    spec = {"pattern": "(?:a|aa)*(?=b)c", "core": "(?:a|aa)*c", "group": 0, "behind": 0, "guard": ""}
    scanner = corridor_native.Scanner([{**spec, "edges": None, "min_digits": 0}], "[0-9]")
    with pytest.raises(RuntimeError, match="gave up"):
        scanner.scan(["a" * 40 + "c"])


@pytest.mark.parametrize(
    ("pattern", "core"),
    [
        (r"(?<![0-9A-Za-z])\d{3}(?![0-9])", r"\d{3}"),
        (r"(?<![(])\((?!\))[)(]", r"\([)(]"),
        (r"a(?:b(?!c)|d)+", r"a(?:b|d)+"),
        (r"(?<=x\))y", "y"),
    ],
)
def test_the_core_is_the_pattern_without_its_look_arounds(pattern: str, core: str) -> None:
    assert strip_lookarounds(pattern) == core


@pytest.mark.parametrize(
    ("pattern", "core"),
    [
        (r"a*+b", "a*b"),
        (r"a++(?![0-9])", "a+"),
        (r"(?:x)?+\d{3,8}+", r"(?:x)?\d{3,8}"),
        (r"a+?b\+\+[+]+", r"a+?b\+\+[+]+"),
    ],
)
def test_the_core_of_a_possessive_pattern_is_greedy(pattern: str, core: str) -> None:
    # the regex crate has no possessive quantifiers; fancy-regex, which runs the pattern, has them
    assert core_of(pattern) == core
    assert "+" not in translate(re.compile(r"(?<!x)a[ \t]*+b"))["core"]
    assert translate(re.compile(r"(?<!x)a[ \t]*+b(?!c)"))["edges"] is None


@pytest.mark.parametrize("text", ["pin " + " " * 3000 + "123456789", "pin\t\t12345", "PIN is 1234 ", "a  b"])
def test_a_possessive_pattern_matches_alike_in_both_engines(text: str) -> None:
    patterns = [(re.compile(r"(?i:pin)[ \t]*+(?:(?:is|:)[ \t]*+)?(\d{3,8})(?![0-9])"), 1), (re.compile(r"a\s*+b"), 0)]
    assert NativeScanner(patterns).scan([text]) == [python_scan(patterns, text)]


@pytest.mark.parametrize(
    "pattern",
    [r"\bcard\b", r"\w+", r"a.c", r"^\d+$", r"(?P<n>\d)", r"(?i:[a-z])", r"(?i:é)", r"(?<!a{2})x", r"(?<!(a))x"],
)
def test_a_construct_the_translation_does_not_know_is_refused(pattern: str) -> None:
    with pytest.raises(TranslationError):
        translate(re.compile(pattern))
    with pytest.raises(TranslationError):
        to_rust("(a")


def test_flags_other_than_ignorecase_are_refused() -> None:
    with pytest.raises(TranslationError):
        translate(re.compile("a", re.MULTILINE))
    assert to_rust("a", ignorecase=True) == translate(re.compile("a", re.IGNORECASE))["pattern"] == "[\\x{41}\\x{61}]"


def test_a_bad_group_number_is_refused_by_the_extension() -> None:
    with pytest.raises(ValueError, match="group 2"):
        spec = {"pattern": "(a)", "core": "(a)", "group": 2, "behind": 0, "guard": "", "edges": None}
        corridor_native.Scanner([{**spec, "min_digits": 0}], "[0-9]")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="12٣ -ax\u3000", max_size=16))
def test_a_digit_floor_skips_a_pattern_exactly_when_the_longest_run_is_shorter(text: str) -> None:
    # the extension counts runs itself (a loop over ASCII bytes, a regex otherwise): a pattern
    # floored at k digits is searched for exactly when longest_digit_run says the text has k
    longest = longest_digit_run(text)
    for floor in (longest, longest + 1):
        scanner = NativeScanner([(re.compile("x"), 0)], [max(floor, 1)])
        assert bool(scanner.scan([text])[0]) == ("x" in text and longest >= max(floor, 1))


def test_only_look_behinds_a_middle_and_look_aheads_make_edges() -> None:
    edged = translate(re.compile(r"(?<![0-9])(?<![0-9][ -])\d{3}(?!x)"))["edges"]
    assert edged is not None
    behind, ahead = edged
    assert [(negative, width) for negative, width, _body in behind] == [(True, 1), (True, 2)]
    assert [negative for negative, _body in ahead] == [True]
    for shape in (r"a|(?<!x)b", r"(?<!x)a(?=b)c", r"(?:(?<!x)a)b", r"(?<!x)(?!y)"):
        assert translate(re.compile(shape))["edges"] is None, shape
