"""Issue 11, sixth round: cards and secrets as English text writes them, and identifiers in any
context. Each table holds hits and near misses: a card with a wrong Luhn digit is never reported, and
amounts, dates, times, order and reference numbers, last fours, BINs and versions stay unreported.
Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest
from format_tables import card as _card
from format_tables import wrong_check_digit as _wrong

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type != "PERSON"]


def cards(detector: Detector, text: str) -> list[str]:
    return [value for kind, value in found(detector, text) if kind == "CREDIT_CARD"]


def grouped(pan: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(pan[i : i + size])
        i += size
    assert i == len(pan), (pan, sizes)
    return sep.join(parts)


VISA = grouped(_card("4", 16), (4, 4, 4, 4))
MASTERCARD = grouped(_card("55", 16), (4, 4, 4, 4))
AMEX = grouped(_card("37", 15), (4, 6, 5))
DINERS = grouped(_card("36", 14), (4, 6, 4))
UNIONPAY = grouped(_card("6228", 19), (4, 4, 4, 4, 3))
UNIONPAY_6_13 = grouped(_card("6228", 19), (6, 13))
VISA_RUN = _card("4", 16)
MASTERCARD_DASHED = grouped(_card("52", 16), (4, 4, 4, 4), "-")


def wrong(written: str) -> str:
    """The same grouping with a wrong Luhn digit."""
    return written[:-1] + _wrong(written.replace(" ", "").replace("-", ""))[-1]


# two cards of any shapes written back to back, parted by one blank: two cards (each its own span)
BACK_TO_BACK = [
    (VISA, AMEX),
    (AMEX, VISA),
    (VISA, UNIONPAY),
    (UNIONPAY, VISA),
    (AMEX, UNIONPAY),
    (DINERS, VISA),
    (VISA, DINERS),
    (VISA, VISA_RUN),
    (VISA, MASTERCARD_DASHED),
    (VISA, UNIONPAY_6_13),
    (UNIONPAY_6_13, VISA),
    (AMEX, AMEX),
    (UNIONPAY, UNIONPAY),
    (MASTERCARD, VISA),
]


@pytest.mark.parametrize(("first", "second"), BACK_TO_BACK)
def test_when_two_cards_of_any_shape_stand_back_to_back_then_both_are_found(
    detector: Detector, first: str, second: str
) -> None:
    for text in (f"cards {first} {second}", f"{first} {second} declined", f"Customer gave {first} {second}."):
        assert cards(detector, text) == [first, second], repr(text)
    # a wrong check digit in either: that one is never reported, the other is
    assert cards(detector, f"cards {wrong(first)} {second}") == [second]
    assert cards(detector, f"cards {first} {wrong(second)}") == [first]


# a card after a time, a date or an amount and a blank: the token before it holds signs no card
# number holds, so the card's run starts after it
AFTER_A_TOKEN = [
    "10:30 {} declined",
    "2026-11-30 10:32:05 {} DECLINED",
    "30/11 {} charged",
    "30/11/2026 {}",
    "$1,200.00 {} refund",
    "HK$1200 {}",
    "1,200.00 {}",
]


@pytest.mark.parametrize("template", AFTER_A_TOKEN)
@pytest.mark.parametrize("pan", [VISA, AMEX, UNIONPAY])
def test_when_a_time_date_or_amount_stands_before_a_card_then_the_card_is_found(
    detector: Detector, template: str, pan: str
) -> None:
    assert cards(detector, template.format(pan)) == [pan]
    assert cards(detector, template.format(wrong(pan))) == []


# runs that hold no card: a longer number in groups, a card's groups inside one
LONGER_RUNS = [
    "3283 4139 4266 5635 6527 61",
    f"1234 {VISA}",
    "ref 1234 5678 9012 3456 7890 1234 5678",
    f"{VISA} 5678 9012",
    f"99 {VISA} 1234 5678",
    f"{AMEX} 123456",
]


@pytest.mark.parametrize("text", LONGER_RUNS)
def test_when_card_shapes_sit_in_a_longer_run_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == []
