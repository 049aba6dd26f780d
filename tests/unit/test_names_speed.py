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
    one) leaves out only scanners that find nothing there. (The other mentions and the rows' heads
    added after the scanners, ``_zh_again``, are read from the findings: none where none is.)"""
    folded = zh_names.fold_t2s(text)
    everything = (
        zh_names.scan_zh_names(text, folded)
        + roman_names.scan_roman_names(text, folded)
        + zh_names.scan_zh_given_names(text, folded)
        + roman_names.scan_roman_given_names(text)
    )
    if names_anywhere.MAY_NAME_REFERENCE.search(text) is None:
        everything = []
    assert names_anywhere.scan_names_anywhere(text) == names_anywhere._zh_again(
        folded, names_anywhere._joined(everything)
    )


TRADITIONAL = "".join(sorted(chr(c) for c in zh_names._tables()[2]))


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(alphabet=st.sampled_from(TRADITIONAL + "陈中A1 ，"), max_size=30), ANY))
def test_when_traditional_is_folded_then_the_extension_gives_the_tables_answer(text: str) -> None:
    assert zh_names.fold_t2s(text) == zh_names.py_fold_t2s(text)


def test_when_the_extension_is_built_then_it_folds_traditional() -> None:
    """The native folder is the one in use (an older build of the extension is refused quietly,
    which would leave the Python one running unnoticed)."""
    assert zh_names._t2s_folder() is not None
    assert zh_names.fold_t2s("陳大文") == "陈大文"
    text = "nothing to fold"
    assert zh_names.fold_t2s(text) is text


LATIN_CJK = st.lists(st.sampled_from(["a", "Z", "hi", ",", ":", " ", "\t", "家", "輝", "明", "1", "，"]), max_size=16)


@settings(max_examples=500, deadline=None)
@given(st.one_of(LATIN_CJK.map("".join), ANY))
def test_when_latin_before_cjk_is_read_back_then_it_is_the_patterns_matches(text: str) -> None:
    expected = [m.span() for m in zh_names._LATIN_BEFORE_CJK.finditer(text)]
    assert zh_names._latin_before_cjk(text) == expected


COMMA_TEXTS = st.lists(
    st.sampled_from(["Lai", "CHAN", ",", " ", "\t", "Chi", "Keung", "tai-man", "Tai-man", "x"]), max_size=10
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(COMMA_TEXTS.map("".join), ANY))
def test_when_no_comma_precedes_a_capital_then_no_surname_comma_matches(text: str) -> None:
    if roman_names._COMMA_CAPITAL.search(text) is None:
        assert roman_names._SURNAME_COMMA.search(text) is None


def _by_text(texts: list[str]) -> list[list[tuple[str, int, int, float]]]:
    batch = names_anywhere.scan_batch(texts, [names_anywhere.MAY_NAME.search(t) for t in texts])
    return [[(f.entity_type, f.start, f.end, f.score) for f in found] for found in batch]


def _each(texts: list[str]) -> list[list[tuple[str, int, int, float]]]:
    alone = [names_anywhere.scan_names_anywhere(t) for t in texts]
    return [[(f.entity_type, f.start, f.end, f.score) for f in found] for found in alone]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(TEXTS, ANY), max_size=8))
def test_when_a_batch_is_scanned_a_scanner_a_pass_then_each_text_has_its_own_findings(texts: list[str]) -> None:
    assert _by_text(texts) == _each(texts)


def test_when_the_development_texts_are_scanned_as_one_batch_then_each_has_its_own_findings() -> None:
    # every kind of text the batch sorts: Chinese only, romanised only, both, neither (a code, a
    # number), and names written with their marks removed; in one batch, in a mixed order
    from names_dev import DEV, strip

    texts = [strip(t)[0] for group in DEV.values() for t in group]
    texts += ["cross_border_payment", "2026-01", "", "客户Eric 陳大文 paid", "mr wong paid", "thx kelvin"]
    # a romanised name's word again in a text with Chinese ("Thanks! Jimmy", "Oyelaran 確認")
    texts += ["From: Jimmy Wong 付款 HKD 500. Thanks! Jimmy", "Mr Oyelaran 已付款, Oyelaran 確認"]
    texts = texts[::2] + texts[1::2]
    found = _by_text(texts)
    assert found == _each(texts)
    assert sum(map(len, found)) > len(texts) // 2  # names were found: the comparison read something


# the sign-off's and the greeting's patterns, each word's first letter in its case forms, against the
# IGNORECASE alternations they replace
_SIGNED_REFERENCE = re.compile(
    r"(?<![A-Za-z])(?i:love|regards|best regards|kind regards|warm regards|best wishes|best|cheers|thanks|"
    r"many thanks|thank you|sincerely|yours|yours sincerely|hugs)[,!.]?[ \t]*+\n?[ \t]*+"
    r"([A-Z][a-z]{1,11})(?![A-Za-z'’-])(?=[ \t]*+(?:[.!。！~\n|]|$))"
)
_GREETED_REFERENCE = re.compile(
    r"(?<![A-Za-z])(?i:hi|hey|hello|dear|morning)[ \t]++([A-Z][a-z]{1,11})(?![A-Za-z'’-])(?=[ \t]*+[,，!！:：])"
)
SIGN_PIECES = st.sampled_from(
    [
        "Love",
        "LOVE",
        "love",
        "Regards",
        "Best",
        "best wishes",
        "Thanks",
        "thank you",
        "Yours",
        "Hugs",
        "Hi",
        "hey",
        "HELLO",
        "Dear",
        "Morning",
        ", ",
        " ",
        "\n",
        ".",
        "|",
        "Xinyi",
        "Wei",
        "Wong",
        "a",
        "x",
        "ſincerely",
        "Kind regards",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(SIGN_PIECES, max_size=12).map("".join), ANY))
def test_when_sign_offs_and_greetings_are_searched_then_they_are_the_alternations_matches(text: str) -> None:
    assert [m.span(1) for m in roman_names._SIGNED.finditer(text)] == [
        m.span(1) for m in _SIGNED_REFERENCE.finditer(text)
    ]
    assert [m.span(1) for m in roman_names._GREETED_SYLLABLE.finditer(text)] == [
        m.span(1) for m in _GREETED_REFERENCE.finditer(text)
    ]
