"""Issue 11, two cards pasted back to back with nothing between them ("two cards added:
40000566556655564242424242424242"): one run of digits that no card pattern takes. The run is two cards,
each a finding of its own, when exactly one place parts it into two listed networks' numbers that each
pass Luhn and a card word stands before it; a reference, an order or an account of that length, a run
with a wrong check digit in either half, and a run with no card word are not. Both scanners run every
table (the ``detector`` fixture)."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.patterns import glued_cards_split


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


# (first, second): Visa + Visa, Amex + Mastercard, UnionPay's nineteen + JCB, Discover + Diners
PAIRS = [
    ("4000056655665556", "4242424242424242"),
    ("378282246310005", "5555555555554444"),
    ("6222021234567890128", "3566002020360505"),
    ("6011111111111117", "36227206271667"),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_when_two_cards_are_glued_then_the_run_parts_between_them(first: str, second: str) -> None:
    assert glued_cards_split(first + second) == len(first)


@pytest.mark.parametrize(("first", "second"), PAIRS)
@pytest.mark.parametrize(
    "context",
    [
        "Two cards added within a minute: {} (pasted back to back), same device.",
        "customer pasted both cards {} into one field",
        "卡号 {} 两张卡连在一起了",
        "PAN list from the merchant: {}",
        "cards on file:{}",
    ],
)
def test_when_two_glued_cards_follow_a_card_word_then_each_is_found(
    detector: Detector, first: str, second: str, context: str
) -> None:
    text = context.format(first + second)
    assert cards(detector, text) == [first, second], (text, cards(detector, text))


@pytest.mark.parametrize(
    "context",
    [
        # no card word before it
        "Two entries added within a minute: {} (pasted back to back), same device.",
        "trace id {} from the gateway",
        # an account's, an order's or a reference's word after the card word, right before it
        "card payment failed, order no {}",
        "card refund, ref {}",
        "card linked to account {}",
    ],
)
def test_when_a_glued_run_has_no_card_word_or_another_name_then_no_card_is_found(
    detector: Detector, context: str
) -> None:
    text = context.format("40000566556655564242424242424242")
    assert cards(detector, text) == [], (text, cards(detector, text))


@pytest.mark.parametrize(
    "run",
    [
        # a wrong check digit in either half
        "40000566556655574242424242424242",
        "40000566556655564242424242424243",
        # halves of no listed network (a 9... and a 1...), each passing Luhn
        "90000566556655511000000000000009",
        # three cards glued (48 digits): longer than any two cards
        "400005665566555642424242424242425555555555554444",
        # a card and twelve more digits: no second card's length
        "4000056655665556424242424242",
    ],
)
def test_when_a_glued_run_is_not_two_valid_cards_then_no_card_is_found(detector: Detector, run: str) -> None:
    text = f"Two cards added within a minute: {run} (pasted back to back)."
    assert cards(detector, text) == [], (text, cards(detector, text))
