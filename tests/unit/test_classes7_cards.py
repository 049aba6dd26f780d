"""Issue 11, seventh round: classes of cards that public suites written by others showed (an
independent view of the recognizers; none of their strings is here, only the ways of writing a value
they exercise, in our own words and digits). Each table holds hits and near misses: a card whose Luhn
digit is wrong is never reported, and order, reference and phone numbers stay unreported. Both
scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest
from format_tables import card as _card
from format_tables import wrong_check_digit as _wrong

from streams.detect.engine import Detector


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


def grouped(pan: str, sep: str) -> str:
    return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))


# Maestro's ranges (5018, 5020, 5038, 5893, 6304, 6759, 6761-6763) run from 12 digits
MAESTRO_12 = [_card(prefix, 12) for prefix in ("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")]
# a Luhn-valid number of no network the tables list (35 but outside JCB's 3528-3589)
UNLISTED = _card("3509", 16)


@pytest.mark.parametrize("pan", MAESTRO_12)
@pytest.mark.parametrize(
    "template",
    [
        "What is the spending limit on card {v}?",
        "Please block my debit card {v} today",
        "card no. {v} was swallowed by the ATM",
        "Maestro card: {v}, thanks",
        "bill it to my cc {v} please",
        "卡号 {v}",
    ],
)
@pytest.mark.parametrize("sep", ["", " ", "-"])
def test_when_twelve_digit_maestro_after_card_word_then_card(
    detector: Detector, pan: str, template: str, sep: str
) -> None:
    value = grouped(pan, sep)
    assert cards(detector, template.format(v=value)) == [value]


@pytest.mark.parametrize("pan", MAESTRO_12[:3])
@pytest.mark.parametrize(
    "template",
    [
        # no card word
        "{v}",
        "Order {v} shipped",
        "invoice {v} due 30/11",
        "tracking number {v}",
        # a card word, but the number is named by an order, reference or phone word
        "card order {v} is on its way",
        "card replacement ref {v}",
        "card hotline tel {v}",
        # a count glued to the run, a longer run
        "card {v}12",
    ],
)
def test_when_twelve_digits_without_card_word_then_no_card(detector: Detector, pan: str, template: str) -> None:
    assert cards(detector, template.format(v=pan)) == []


@pytest.mark.parametrize("pan", MAESTRO_12)
def test_when_twelve_digit_maestro_has_wrong_check_digit_then_no_card(detector: Detector, pan: str) -> None:
    assert cards(detector, f"card number {_wrong(pan)}") == []


@pytest.mark.parametrize("prefix", ["4111", "3782", "6011", "3000", "5555"])
def test_when_twelve_digits_of_other_range_then_no_card(detector: Detector, prefix: str) -> None:
    # only Maestro's ranges hold twelve-digit cards
    assert cards(detector, f"card {_card(prefix, 12)}") == []


@pytest.mark.parametrize(
    "template",
    [
        "please send the last billed amount for cc {v}",
        "CC {v} declined",
        "cc# {v}",
        "cc: {v}",
        "Paid by CC {v} at 10:30",
    ],
)
def test_when_unlisted_issuer_after_cc_then_card(detector: Detector, template: str) -> None:
    assert cards(detector, template.format(v=UNLISTED)) == [UNLISTED]


@pytest.mark.parametrize(
    "template",
    [
        # "cc" inside a word names nothing
        "access {v}",
        "success {v}",
        "Acc {v}",
        # carbon copy of a mail, then an order's number
        "cc accounts team, order {v}",
        # a wrong check digit after cc
        "cc {w}",
    ],
)
def test_when_unlisted_issuer_without_card_word_then_no_card(detector: Detector, template: str) -> None:
    assert cards(detector, template.format(v=UNLISTED, w=_wrong(UNLISTED))) == []
