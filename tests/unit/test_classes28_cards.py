"""Issue 11, the reef set's card classes: a card as an EMV chip's data dump prints it (tag 5A, length
08, the sixteen digits in pairs), and Vietnam's domestic network (NAPAS, 9704, sixteen and nineteen
digits) among the listed ones; a card read out after a card word that follows an order's word
("calling about the order, the card is 49 16 22 ..."); a card in groups parted by slashes, dots or
two blanks with its expiry after it and no card word ("notes: 5200/8271/3309/4485 02/26 907"). Hits
and near misses of the same shape; the numbers are made up with a Luhn digit. Both scanners run
every table (the ``detector`` fixture)."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "EMV TLV dump (ARQC): 9F02 06 000000004500 5A 08 45 38 21 06 74 90 31 23 5F24 03 290331 5F34 01 00",
            "45 38 21 06 74 90 31 23",
        ),
        # the next tag glued on, or digits too: the length byte says where the number ends
        ("tags: 5A08453821067490312357 13 4538", "4538210674903123"),
        ("EMV dump 5A 08 45 38 21 06 74 90 31 23 57 13", "45 38 21 06 74 90 31 23"),
        ("5A 08 4538210674903123 5F24 03 290331", "4538210674903123"),
        ("thanh toan the Napas 9704 1800 3321 5567 nhe", "9704 1800 3321 5567"),
        ("NAPAS card 9704360123456789017 declined", "9704360123456789017"),
        # groups parted unusually, an expiry after them (a number after a blank, which no longer joins them)
        ("cant find my wallet but i saved it in notes: 5200/8271/3309/4485 02/26 907", "5200/8271/3309/4485"),
        ("backup: 4538.2106.7490.3123 11/29", "4538.2106.7490.3123"),
        # the next step's number after it in a list of steps
        (
            "Steps: 1) enter 4012 2577 3309 8416 2) exp 12/28 3) cvc 318 4) submit",
            "4012 2577 3309 8416",
        ),
        # the card's number named as an agent asks for it on a call
        (
            "AGENT: and the long number across the front please? CALLER: ok it's 5 1 7 3 2 2 0 4 9 1 8 6 3 5 0 6",
            "5 1 7 3 2 2 0 4 9 1 8 6 3 5 0 6",
        ),
        ("the number on the front is 4 5 3 8 2 1 0 6 7 4 9 0 3 1 2 3", "4 5 3 8 2 1 0 6 7 4 9 0 3 1 2 3"),
        # an order's, a phone's or an account's word before the card word, not after it
        ("calling about the order, the card is 49 16 22 01 73 34 55 95 expiry 03 27", "49 16 22 01 73 34 55 95"),
        ("re your account: card number 4 5 3 8 2 1 0 6 7 4 9 0 3 1 2 3 thanks", "4 5 3 8 2 1 0 6 7 4 9 0 3 1 2 3"),
    ],
)
def test_when_a_card_is_written_as_the_reef_set_writes_it_then_it_is_found(
    detector: Detector, text: str, value: str
) -> None:
    assert cards(detector, text) == [value], (text, cards(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # a wrong Luhn digit, another tag's length, no network, seven pairs, seven and a half
        "EMV dump 5A 08 45 38 21 06 74 90 31 24 5F24 03 290331",
        "EMV dump 5A 07 45 38 21 06 74 90 31 23 5F24",
        "EMV dump 5A 08 12 38 21 06 74 90 31 27 5F24",
        "EMV dump 5A 08 45 38 21 06 74 90 31 5F24",
        "EMV dump 5A 08 45 38 21 06 74 90 3 5F24",
        # a list of steps whose number fails its check, or whose run with the step's number is a card
        "Steps: 1) enter 4012 2577 3309 8419 2) exp 12/28",
        # the long number read out with a wrong Luhn digit, or an order's number after it
        "the long number please? it's 5 1 7 3 2 2 0 4 9 1 8 6 3 5 0 7",
        "the long number please? the order is 5 1 7 3 2 2 0 4 9 1 8 6 3 5 0 6",
        # unusual groups with a number after them that is no expiry (13/26, a longer run, a third part)
        "notes: 5200/8271/3309/4485 13/26",
        "row 5200/8271/3309/4485 02 77",
        "notes: 5200/8271/3309/4485 02/26/2031",
        # a card word, then an order's or an account's word before the digits read out
        "the card is fine, the order is 49 16 22 01 73 34 55 95",
        "card on file; account 4 5 3 8 2 1 0 6 7 4 9 0 3 1 2 3",
        # NAPAS: a wrong Luhn digit, seventeen digits
        "the Napas 9704 1800 3321 5568",
        "ref 97041800332155671",
    ],
)
def test_when_a_number_of_those_shapes_is_no_card_then_none_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == [], (text, cards(detector, text))
