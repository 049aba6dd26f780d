"""Issue 11, card networks the acquirers' public test-card lists print and the tables did not know:
Hipercard's 6370 block (637095, 637568, 637599, 637609, 637612). A valid number of a listed network is a
card with no card word before it; a number just outside those ranges, or one with a wrong check digit,
is not. JCB's old ranges below 3528 and Switch's and Solo's 6331-6334 stay off the list (no card issued
in them for decades; mainland accounts start with them): their numbers are cards after a card word only.
And a card in any grouping followed by its expiry as MM/YY. Both scanners run every table (the
``detector`` fixture)."""

from __future__ import annotations

import pytest

from streams.detect import validators as v
from streams.detect.engine import Detector


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("pan", "network"),
    [
        ("6370950000000005", "HIPERCARD"),
        ("6375681234567890", "HIPERCARD"),
    ],
)
def test_when_a_pan_is_in_a_listed_range_then_its_network_is_known(pan: str, network: str) -> None:
    assert v.card_network(pan) == network
    assert v.card_class(pan) == v.LISTED_CARD


@pytest.mark.parametrize(
    "pan",
    # just outside the ranges (6370 94, 6375 67), and the old JCB and Switch ranges left off the list
    ["6370941234567899", "6375671234567899", "3088000000000017", "6331101999990016"],
)
def test_when_a_pan_is_outside_the_ranges_then_no_network_is_known(pan: str) -> None:
    assert v.card_network(pan) is None


@pytest.mark.parametrize(
    "value",
    ["6370950000000005", "6370 9500 0000 0005", "6375-6812-3456-7890"],
)
@pytest.mark.parametrize("context", ["Chargeback filed for {}.", "{} declined at POS", "Refund to {} done"])
def test_when_a_listed_range_card_stands_without_a_card_word_then_it_is_found(
    detector: Detector, value: str, context: str
) -> None:
    text = context.format(value)
    assert cards(detector, text) == [value], (text, cards(detector, text))


@pytest.mark.parametrize(
    "value",
    # a wrong check digit, and a number outside the ranges
    ["6370950000000008", "6370 9500 0000 0008", "3088 0000 0000 0017", "6331 1019 9999 0016"],
)
@pytest.mark.parametrize("context", ["Chargeback filed for {}.", "{} declined at POS", "Refund to {} done"])
def test_when_a_near_miss_stands_without_a_card_word_then_no_card_is_found(
    detector: Detector, value: str, context: str
) -> None:
    text = context.format(value)
    assert cards(detector, text) == [], (text, cards(detector, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a card in any grouping the general pattern takes, its expiry after a blank (the shoal set)
        ("[21:14] Jenny: ok card for the flights 4539 77062145 0188 05/28 294 thx", "4539 77062145 0188"),
        ("card 45397706 21450188 05/28", "45397706 21450188"),
        ("card 4539 7706 2145 0188 05/2028 ok", "4539 7706 2145 0188"),
        ("pls charge 4539770621450188  12/27", "4539770621450188"),
    ],
)
def test_when_an_expiry_follows_a_card_in_any_grouping_then_the_card_is_found(
    detector: Detector, text: str, value: str
) -> None:
    assert cards(detector, text) == [value], (text, cards(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check digit, a month that is none (13), and a date's day-month (a run that is no card)
        "card for the flights 4539 77062145 0189 05/28 294",
        "card 4539 77062145 0188 13/28",
        "ref 3283 4139 4266 5635 6527 61 01/12",
    ],
)
def test_when_an_expiry_follows_a_number_that_is_no_card_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == [], (text, cards(detector, text))
