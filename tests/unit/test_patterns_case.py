"""The context words' patterns in their case-free form (patterns.case_free_source,
patterns.word_start_source) match what the case-insensitive alternations they replace match, at the
same places: the characters each first character stands for, checked against every code point, and
the patterns compared on random texts built from their own words."""

from __future__ import annotations

import random
import re
import sys

import pytest

from streams.detect import patterns
from streams.detect.patterns import case_forms, literals

# every code point but the surrogates, once
_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
# a branch's leading literal in the case-free form: the start of the source or a "|", one (escaped)
# character, then the case-insensitive group of the rest
_LEADING = re.compile(r"(?:^|(?<=\|))(\\?.)(?=\(\?i:|\(\?<!\(\?i:)")


def _module_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the patterns module, at module level or in a recognizer's fields."""
    found: dict[int, re.Pattern[str]] = {}
    for value in vars(patterns).values():
        if isinstance(value, re.Pattern):
            found[id(value)] = value
        elif isinstance(value, patterns.Recognizer):
            for field_value in vars(value).values():
                if isinstance(field_value, re.Pattern):
                    found[id(field_value)] = field_value
    return list(found.values())


def _leading_characters() -> set[str]:
    out: set[str] = set()
    for pattern in _module_patterns():
        if pattern.flags & re.IGNORECASE:
            continue
        for m in _LEADING.finditer(pattern.pattern):
            out.add(m.group(1)[-1])
    return out


def test_the_case_free_patterns_are_found() -> None:
    """The walk below reads the context words' patterns (a form it no longer recognised would
    leave the next test with nothing to check)."""
    leading = _leading_characters()
    assert {"a", "A", "t", "T", "账", "電"} <= leading
    assert "\u212a" in leading  # the Kelvin sign leads the k words' branch


def test_case_forms_are_every_character_re_matches() -> None:
    """For each character that leads a branch of a case-free pattern (every first character of
    every context word), the characters ``re`` matches against it under IGNORECASE, all code points
    tried: the forms the pattern's branches are led by."""
    for char in sorted(_leading_characters()):
        expected = sorted(set(re.findall(re.escape(char), _EVERY_CHARACTER, re.IGNORECASE)))
        assert case_forms(char) == expected, char


def _reference(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)


def _random_texts(words: list[str], extra: str, count: int, seed: int) -> list[str]:
    """Texts of random characters from the words, their case forms and ``extra``, with whole words
    (as written, in capitals or in title case) put in."""
    rng = random.Random(seed)
    alphabet = sorted({c for w in words for c in w + w.upper()} | set(extra))
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        for word in rng.sample(words, min(3, len(words))):
            if rng.random() < 0.6:
                form = rng.choice((word, word.upper(), word.title(), word.swapcase()))
                at = rng.randint(0, len(text))
                text = text[:at] + form + text[at:]
        texts.append(text)
    return texts


def _same_matches(new: re.Pattern[str], old: re.Pattern[str], texts: list[str], seed: int) -> None:
    rng = random.Random(seed)
    for text in texts:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], text
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        a, b = new.search(text, start, end), old.search(text, start, end)
        assert (a and a.span()) == (b and b.span()), (text, start, end)
        c, d = new.match(text, start, end), old.match(text, start, end)
        assert (c and c.span()) == (d and d.span()), (text, start, end)


# word lists with the hard cases: a one-letter word, words that are prefixes of others, words led by
# letters re folds with other characters (s, k, i), words in CJK and with signs
_WORD_LISTS = [
    ["account", "acct", "a/c", "a", "账号", "帳戶", "户号"],
    ["skip", "s", "sk", "kilo", "k", "ink", "i", "id", "IBAN", "ſ"],
    ["tel", "text me", "t", "电话", "電話", "hp", "'s number", "’s number"],
]


@pytest.mark.parametrize("words", _WORD_LISTS)
def test_literals_match_as_the_case_insensitive_alternation(words: list[str]) -> None:
    texts = _random_texts(words, " .:\u017f\u212a\u0130\u0131KSI", 3000, seed=len(words))
    _same_matches(literals(words, re.IGNORECASE), _reference(words), texts, seed=1)


def test_the_context_word_patterns_match_as_before() -> None:
    """Each recognizer's case-insensitive word list, in its case-free form, against the alternation
    it replaced (the words are read back from the case-free source)."""
    for pattern in (patterns.CN_ACCOUNT_WORDS, patterns.CARD_CONTEXT, patterns.HKID_CONTEXT):
        words = _words_of(pattern.pattern)
        assert len(words) >= 3
        _same_matches(pattern, _reference(words), _random_texts(words, " :#", 1500, seed=7), seed=2)


def _words_of(source: str) -> list[str]:
    """The words of a case-free source, each once (its branches repeat them for each case form)."""
    words: dict[str, None] = {}
    for branch in re.finditer(r"(\\?.)\(\?i:((?:\\.|[^|)\\])*(?:\|(?:\\.|[^|)\\])*)*)\)(?:\||$)", source):
        first = branch.group(1)[-1]
        if not first.isascii() and first.lower() != first.upper():
            continue  # a fold of an ASCII letter's branch (the Kelvin sign's, the long s's)
        first = first.lower()
        for tail in re.split(r"(?<!\\)\|", branch.group(2)):
            words[first + re.sub(r"\\(.)", r"\1", tail)] = None
    return list(words)


# the phone words' pattern as it was written before its case-free form, with the phone words of the
# module (PHONE_CONTEXT's first alternatives)
_PHONE_EXTRA = (
    r"|(?<![a-z])text(?![a-z])|(?<![a-z])(?:mob|cell|hp|hse)(?![a-z])"
    r"|(?<![a-z])(?:t|m|ph|h|o|w)\.?[ \t]?[:：]"
    r"|(?<![a-z])(?:ph|tel|mob|cell)\.[ \t]*+\Z"
    r"|(?<![a-z])(?:ph|home|office)[ \t]*+\Z"
    r"|(?:打|加我|(?<![a-z])pm ?我|(?<![a-z])send ?去)[ \t]*+\Z"
)


def test_phone_context_matches_as_the_case_insensitive_pattern() -> None:
    source = patterns.PHONE_CONTEXT.pattern
    words_source = source[: source.index("|t(?<!")]  # the words' branches come first
    words = _words_of(words_source)
    assert {"tel", "phone", "电话", "whatsapp"} <= set(words)
    old = re.compile(_reference(words).pattern + _PHONE_EXTRA, re.IGNORECASE)
    pieces = [*words, "text", "mob", "cell", "hp", "hse", "t:", "M. ", "ph.", "tel.", "ph ", "home", "office "]
    pieces += ["打 ", "加我", "pm 我", "send去"]
    texts = _random_texts(pieces, " \t.:：x\u212a\u017f", 4000, seed=11)
    # ends of texts matter (\Z): each text also ends right after a piece
    texts += [t + random.Random(i).choice(pieces) for i, t in enumerate(texts[:1500])]
    _same_matches(patterns.PHONE_CONTEXT, old, texts, seed=3)


# patterns.grouped_source: alternatives that are patterns, at a word's start and end or not, against
# the case-insensitive alternation they replace; the module's own lists and lists with the hard cases
# (one-letter alternatives, prefixes of others, letters re folds with other characters)
_ALTERNATIVE_LISTS = [
    patterns.GENERIC_ID_WORDS,
    patterns.NOT_AN_ID_WORDS,
    patterns.NOT_A_PHONE_WORDS,
    patterns.NOT_A_CODE_BETWEEN_WORDS,
    patterns.SECRET_CUE_WORDS,
    patterns._NETWORK_NAMES,
    ("paid", "pay", "payment", "charged?", "refund(?:ed)?", "purchase"),
    ("account", "acct", "a/c"),
    ("visa", "master ?card", "amex", "unionpay", "pan"),
    ("timestamp", "time", "date", "epoch", "utc", "balance", "amount"),
    ("s", "sk", "skip", "k", "kilo", "i", "id ?no", "ink"),
]


def _examples(alternatives: tuple[str, ...]) -> list[str]:
    """A few strings each alternative matches (its optional parts taken or not)."""
    out = []
    for alternative in alternatives:
        plain = re.sub(r"\(\?:([^)|]*)\|[^)]*\)", r"\1", alternative)  # a group's first choice
        for form in (re.sub(r"\\(.)|.\?", lambda m: m.group(1) or "", plain), re.sub(r"[?\\]", "", plain)):
            out.append(form.replace("(?:", "").replace(")", ""))
    return out


@pytest.mark.parametrize("alternatives", _ALTERNATIVE_LISTS)
@pytest.mark.parametrize(("word_start", "word_end"), [(True, True), (False, False), (True, False)])
def test_grouped_source_matches_as_the_case_insensitive_alternation(
    alternatives: tuple[str, ...], word_start: bool, word_end: bool
) -> None:
    new = re.compile(patterns.grouped_source(alternatives, word_start, word_end))
    old = re.compile(
        "(?i:"
        + ("(?<![a-z])" if word_start else "")
        + "(?:"
        + "|".join(alternatives)
        + ")"
        + ("(?![a-z])" if word_end else "")
        + ")"
    )
    pieces = _examples(alternatives)
    texts = _random_texts(pieces, " .:#-x\u017f\u212a\u0130\u0131KSIé", 2500, seed=len(alternatives))
    _same_matches(new, old, texts, seed=5)


def test_grouped_source_refuses_an_alternative_led_by_no_letter() -> None:
    with pytest.raises(ValueError, match="led by no letter"):
        patterns.grouped_source(("3-d secure",))


def test_bank_after_matches_as_the_case_insensitive_pattern() -> None:
    """The bank's name after an account number, in its case-free form, against the pattern it replaced."""
    old = re.compile(
        r"(?:[ \t,，(（]*+(?:"
        + "|".join(re.escape(name) for name in patterns._BANK_NAMES)
        + "|(?i:"
        + "|".join(patterns._BANK_ENGLISH_NAMES)
        + r"|(?<![a-z])bank(?![a-z]))|银行|銀行)"
        r"|[^0-9。.!?！？;；\n]{0,8}?(?:账号|账户|帐号|帐户|帳號|帳戶|賬號|賬戶))",
        re.IGNORECASE,
    )
    pieces = [*patterns._BANK_NAMES, *patterns._BANK_ENGLISH_NAMES, "bank", "Bank", "银行", "账号", "帳戶"]
    texts = _random_texts(pieces, " \t,，(（x\u212a\u017f0", 3000, seed=13)
    _same_matches(patterns._BANK_AFTER, old, texts, seed=6)
