"""Issue 11, eighth round: a card read out digit by digit turns after the card was asked for, as a
call transcript writes it (the desk set showed it missed: the card word stood 140 characters before
the digits). Hits and near misses; both scanners."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


SPELT = "4 5 1 2 7 7 0 3 6 6 1 8 4 0 2 7"  # Luhn-valid, a Visa
SPELT_MC = "5 5 5 5 5 5 5 5 5 5 5 5 4 4 4 4"
FILLER = "AGENT: I'm getting an invalid number, could you read it again slowly, one digit at a time please? "


@pytest.mark.parametrize(
    "text",
    [
        f"CUST: the card number is the one on the front. {FILLER}CUST: sorry, {SPELT}, the card is worn.",
        f"Agent asked for the Visa number. {FILLER}Caller: {SPELT}.",
        f"AGENT: card number please? {FILLER}CALLER: ok it's {SPELT}",
        f"客戶要取消信用卡. {FILLER}CUST: {SPELT}",
        f"Caller wants the Mastercard blocked. {FILLER}Caller read: {SPELT_MC}",
        f"PAN confirmation call. {FILLER}Digits given: {SPELT_MC}.",
    ],
)
def test_when_card_read_out_digit_by_digit_turns_later_then_card(detector: Detector, text: str) -> None:
    found = cards(detector, text)
    assert len(found) == 1 and found[0] in (SPELT, SPELT_MC)


@pytest.mark.parametrize(
    "text",
    [
        # no card word in the 160 characters before
        f"Caller called about the bill. {FILLER}CUST: {SPELT}",
        # an order's or a reference's word right before
        f"the card number is on file. {FILLER}order {SPELT}",
        f"the card number is on file. {FILLER}ref no. {SPELT}",
        # a wrong Luhn digit
        f"card number please? {FILLER}CUST: 4 5 1 2 7 7 0 3 6 6 1 8 4 0 2 8",
        # twelve digits only
        f"card number please? {FILLER}CUST: 4 5 1 2 7 7 0 3 6 6 1 8",
        # the card word far beyond 160 characters
        "card number please? " + FILLER * 3 + f"CUST: {SPELT}",
    ],
)
def test_when_spelt_digits_have_no_card_word_near_then_no_card(detector: Detector, text: str) -> None:
    assert cards(detector, text) == []
