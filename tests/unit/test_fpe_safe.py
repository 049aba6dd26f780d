"""The card token is safe: neither the whole token nor any prefix of it that the detector's card
recognizers could read as a card (13 to 19 digits) passes Luhn, so verify never reads a token as a
card followed by digits (issue #11: seed 231, a 19-digit card written 4-4-4-4-3 whose token's
first sixteen digits passed Luhn, quarantined as an egress leak). The token stays one-to-one over
the cards of a BIN, last four and length, and the extension's equals the Python reference's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyrings import KEYRING
from stdnum import luhn

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.engine import Detector
from streams.native import extension
from streams.sanitize import Sanitizer
from streams.synthetic import EVENT_KINDS, Synth
from streams.transform import fpe_digits, luhn_breaking, mask_value

DETECTOR = Detector()
DIGITS = "0123456789"
# issuer prefixes of the networks the detector lists (UnionPay, Visa, Mastercard, Amex, JCB,
# Discover, Maestro, MIR, Troy, Hipercard), of the live ranges it reads with no card word (RuPay,
# Elo, Verve) and of none (read as a card after a card word): each completed to a BIN at random
PREFIXES = (
    "62", "4", "51", "55", "2221", "2720", "34", "37", "3528", "6011", "65", "644", "5018", "6759",
    "2200", "9792", "606282", "60", "81", "508", "5067", "5061", "36", "1", "7", "",
)  # fmt: skip
# texts a card crosses in (verify scans each string alone); no digit stands next to the card
CONTEXTS = (
    "{}",
    "Refund to card {} for order",
    "card {} paid",
    "卡号{}，CVV 已删除",
    "visa {} charged twice",
    "paid by credit card {}.",
)
SEPARATORS = (" ", "-", ".", "  ", "\t", "/", " - ")


def _passing_card_lengths(number: str) -> list[int]:
    """The lengths at which a card token must fail Luhn (13 to 19, and the whole) where it passes."""
    n = len(number)
    return [k for k in range(13, n + 1) if (k <= 19 or k == n) and luhn.is_valid(number[:k])]


def _written(pan: str, layout: str, sep: str) -> str:
    """The card as a person writes it: one run, groups of four, 4-6-rest, 4-4-4-4-rest."""
    if layout == "run":
        return pan
    if layout == "4-6":
        return sep.join(g for g in (pan[:4], pan[4:10], pan[10:]) if g)
    if layout == "4x4":
        return sep.join(g for g in (pan[:4], pan[4:8], pan[8:12], pan[12:16], pan[16:]) if g)
    return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))


@st.composite
def cards(draw: st.DrawFn) -> tuple[str, int, int]:
    """A Luhn-valid card of 13 to 19 digits, and kept ends that leave six hidden digits or more."""
    length = draw(st.integers(13, 19))
    prefix = draw(st.sampled_from(PREFIXES))
    body = prefix + draw(st.text(DIGITS, min_size=length - 1 - len(prefix), max_size=length - 1 - len(prefix)))
    keep_prefix, keep_suffix = draw(
        st.sampled_from([(6, 4), (6, 4), (4, 3), (2, 4), (0, 4), (6, 0), (4, 2)]).filter(
            lambda ends: length - sum(ends) >= 6
        )
    )
    return body + luhn.calc_check_digit(body), keep_prefix, keep_suffix


def _card_findings(*strings: str) -> list[str]:
    """The recognizers that read a card in any of the strings, each scanned alone as verify does."""
    found = DETECTOR.analyze_fields(list(strings))
    return [f.recognizer for findings in found for f in findings if f.entity_type == "CREDIT_CARD"]


def test_when_seed_231_is_sanitized_then_its_card_token_is_no_egress_leak() -> None:
    schema = event_schemas(Settings().schemas_dir)[EVENT_KINDS["remittance"]]
    result = Sanitizer(schema, DETECTOR, KEYRING).sanitize(Synth(seed=231).event("remittance"))
    assert result.violations == []


@settings(max_examples=400, deadline=None)
@given(
    cards(),
    st.sampled_from(["run", "4s", "4-6", "4x4"]),
    st.sampled_from(SEPARATORS),
    st.sampled_from(CONTEXTS),
)
def test_when_a_card_is_tokenised_then_the_verifier_reads_no_card_in_its_token(
    card: tuple[str, int, int], layout: str, sep: str, context: str
) -> None:
    pan, keep_prefix, keep_suffix = card
    value = _written(pan, layout, sep)
    token = fpe_digits(KEYRING, value, keep_prefix, keep_suffix)
    digits = "".join(c for c in token if c.isdecimal())
    assert len(token) == len(value) and digits[:keep_prefix] == pan[:keep_prefix] and digits != pan
    assert [c for c in token if not c.isdecimal()] == [c for c in value if not c.isdecimal()]
    assert _passing_card_lengths(digits) == []
    # as verify scans it: the field alone, and the text it crossed in
    assert _card_findings(token, context.format(token)) == []
    # the extension and the Python reference agree (non-ASCII digits take the Python way)
    cipher = KEYRING.ff3(None).tweaked(pan[:keep_prefix], pan[len(pan) - keep_suffix :])
    middle = pan[keep_prefix : len(pan) - keep_suffix]
    reference = luhn_breaking(pan[:keep_prefix], middle, pan[len(pan) - keep_suffix :], cipher.encrypt)
    assert cipher.card_middle(pan[:keep_prefix], middle, pan[len(pan) - keep_suffix :]) == reference
    assert reference == digits[keep_prefix : len(digits) - keep_suffix]


BINS = st.sampled_from(PREFIXES).flatmap(
    lambda prefix: st.text(DIGITS, min_size=6 - len(prefix), max_size=6 - len(prefix)).map(prefix.__add__)
)


@settings(max_examples=60, deadline=None)
@given(
    BINS,
    st.integers(16, 19),
    st.text(DIGITS, min_size=4, max_size=4),
    st.lists(st.integers(0, 10**8), min_size=2, max_size=60, unique=True),
)
def test_when_cards_share_their_bin_last_four_and_length_then_their_tokens_differ(
    bin_: str, length: int, last_four: str, stems: list[int]
) -> None:
    tokens: dict[str, str] = {}
    for n in stems:
        stem = f"{n % 10 ** (length - 11):0{length - 11}d}"
        body = bin_ + stem
        for check in DIGITS:  # the one check digit that makes the whole a card
            pan = body + check + last_four
            if luhn.is_valid(pan):
                break
        token = fpe_digits(KEYRING, pan, 6, 4)
        assert token not in tokens or tokens[token] == pan, "two cards share a token"
        tokens[token] = pan
        assert _passing_card_lengths(token) == []


@pytest.mark.skipif(extension is None or not hasattr(extension, "Ff3"), reason="the extension is not built")
def test_when_the_kept_head_passes_luhn_then_both_ways_mask_the_card_whole() -> None:
    head = "6011000000000004"  # sixteen kept digits, a Discover number themselves
    value = f"{head} 123456 7890"
    assert luhn.is_valid(head)
    assert fpe_digits(KEYRING, value, 16, 4) == mask_value(value)
    cipher = KEYRING.ff3(None).tweaked(head, "7890")
    assert cipher.card_middle(head, "123456", "7890") is None
    assert cipher._native is not None and cipher._native.card_middle(cipher._tweak_bytes, head, "123456", "7890") == ""
    assert luhn_breaking(head, "123456", "7890", cipher.encrypt) is None
