"""Issue 11, thirteenth round: ways of writing a card that a probe of the card's forms showed missed,
as classes. A card read out digit by digit with hyphens inside its groups; a card, its expiry and its
code in one run of digits after a card word (the code was reported, the card crossed); the expiry's
month and year parted by a comma in a spreadsheet's row, then the code; groups parted by em dashes.
Each table holds hits and near misses of the same shape. The numbers are public test numbers or
made up. Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


# class 1: read out digit by digit, hyphens between a group's digits, a blank between groups
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Used my mom's Visa, 4-0-0-0 0-5-6-6 5-5-6-6 5-5-5-6", "4-0-0-0 0-5-6-6 5-5-6-6 5-5-5-6"),
        ("CALLER read the card as 5-5-5-5-5-5-5-5-5-5-5-5-4-4-4-4.", "5-5-5-5-5-5-5-5-5-5-5-5-4-4-4-4"),
        ("信用卡號 4-0-1-2 8-8-8-8 8-8-8-8 1-8-8-1 已凍結", "4-0-1-2 8-8-8-8 8-8-8-8 1-8-8-1"),
    ],
)
def test_when_card_read_out_with_hyphens_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # no card word
        "Steps taken: 4-0-0-0 0-5-6-6 5-5-6-6 5-5-5-6",
        # a wrong check digit
        "Used my mom's Visa, 4-0-0-0 0-5-6-6 5-5-6-6 5-5-5-7",
        # an order's word before it
        "card order ref 4-0-0-0 0-5-6-6 5-5-6-6 5-5-5-6",
    ],
)
def test_when_hyphenated_digits_are_no_card_then_nothing(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 2: the card, its expiry (MMYY or MMYYYY) and its code in one run, after a card's word
@pytest.mark.parametrize(
    ("text", "card", "code"),
    [
        ("card 40000566556655561227123", "4000056655665556", "123"),
        ("dump line: Visa 40000566556655561227123 (fresh)", "4000056655665556", "123"),
        ("cc 55555555555544440928456.", "5555555555554444", "456"),
        ("Amex 37828224631000511261234", "378282246310005", "1234"),
    ],
)
def test_when_card_expiry_and_code_in_one_run_then_both(detector: Detector, text: str, card: str, code: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [card]
    assert found(detector, text, "AUTH_SECRET") == [code]


@pytest.mark.parametrize(
    "text",
    [
        # no card's word: a reference's length
        "batch 40000566556655561227123 settled",
        # a reference's word before it
        "card payment ref 40000566556655561227123",
        # a wrong check digit
        "card 40000566556655571227123",
        # no month in the expiry's place
        "card 40000566556655561327123",
    ],
)
def test_when_run_holds_no_card_then_no_card(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 3: a spreadsheet's row, the expiry's month and year parted by commas, then the code
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("4000056655665556,12,2027,123", "123"),
        ("row 7: 5555555555554444, 09, 28, 731, Lee", "731"),
    ],
)
def test_when_code_follows_comma_parted_expiry_then_secret(detector: Detector, text: str, code: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [code]


@pytest.mark.parametrize(
    "text",
    [
        # an amount, not an expiry and a code
        "card 4000056655665556, 12,500 HKD charged",
        # a wrong check digit before it
        "4000056655665557,12,2027,123",
        # no month
        "4000056655665556,13,2027,123",
    ],
)
def test_when_comma_parted_numbers_are_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 4: groups parted by em dashes
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("card no 4000—0566—5566—5556", "4000—0566—5566—5556"),
        ("Please refund to 5555 — 5555 — 5555 — 4444 asap", "5555 — 5555 — 5555 — 4444"),
    ],
)
def test_when_groups_parted_by_em_dashes_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check digit
        "card no 4000—0566—5566—5557",
        # part of a longer run
        "card no 4000—0566—5566—5556—1234",
        # a range of years
        "statements 2019—2020—2021—2022",
    ],
)
def test_when_em_dashed_groups_are_no_card_then_nothing(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 5: an ISO 8583 message's field 2, its two-digit length glued before the PAN
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ISO8583 dump MTI=0200 DE2=164029310000010019 DE3=000000", "4029310000010019"),
        ("F002=165555555555554444 F004=000000012500", "5555555555554444"),
        ("field 2 (PAN) = 164000056655665556", "4000056655665556"),
        ("de 2: 15378282246310005, de 4: 100", "378282246310005"),
    ],
)
def test_when_iso_field2_holds_length_and_pan_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # the length is not the PAN's
        "DE2=154029310000010019 DE3=000000",
        # a wrong check digit
        "DE2=164029310000010018 DE3=000000",
        # another field
        "DE12=164029310000010019",
        "DE32=164029310000010019",
    ],
)
def test_when_iso_field_holds_no_pan_then_no_card(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 6: a card read out in words after a card word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "CALLER: my card number is four zero zero zero, zero five six six, five five six six, five five five six.",
            "four zero zero zero, zero five six six, five five six six, five five five six",
        ),
        (
            "Caller read the Visa as five-five-five-five five-five-five-five five-five-five-five four-four-four-four",
            "five-five-five-five five-five-five-five five-five-five-five four-four-four-four",
        ),
        (
            "AGENT: and the credit card? CUST: Four oh one two, eight eight eight eight, eight eight eight eight, "
            "one eight eight one",
            "Four oh one two, eight eight eight eight, eight eight eight eight, one eight eight one",
        ),
    ],
)
def test_when_card_read_out_in_words_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check digit
        "card: four zero zero zero zero five six six five five six six five five five seven",
        # no card word
        "steps: four zero zero zero zero five six six five five six six five five five six",
        # an account's word before it
        "card holder's account number is four zero zero zero zero five six six five five six six five five five six",
        # too few words
        "card PIN is four zero zero zero",
    ],
)
def test_when_words_hold_no_card_then_no_card(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 7: groups parted by a form's or a URL's encoded blank
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("POST /charge card_number=4111+1111+1111+1111&exp=12%2F27", "4111+1111+1111+1111"),
        ("GET /pay?pan=5555%205555%205555%204444&cvv=123", "5555%205555%205555%204444"),
    ],
)
def test_when_groups_parted_by_encoded_blanks_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a sum, a wrong check digit, a longer run
        "calc: 1234+5678+9012+3456",
        "card_number=4111+1111+1111+1112",
        "card_number=4111+1111+1111+1111+2222",
        "q=4111%201111%201111%201111%202222",
    ],
)
def test_when_encoded_groups_hold_no_card_then_nothing(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 8: a card taken down as it is read out: groups parted by commas, or digits in pairs
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CALL NOTE: cust read card 4111, 1111, 1111, 1111 then hung up", "4111, 1111, 1111, 1111"),
        ("Visa card no. 4012,8888,8888,1881 (reported lost)", "4012,8888,8888,1881"),
        ("Amex card 3782, 822463, 10005 on file", "3782, 822463, 10005"),
        ("agent: card number? caller: 55 55 55 55 55 55 44 44", "55 55 55 55 55 55 44 44"),
    ],
)
def test_when_card_read_out_in_commas_or_pairs_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # no card word: a list of four-digit numbers
        "PINs tried: 4111, 1111, 1111, 1111",
        # a wrong check digit, an order's word
        "card 41 11 11 11 11 11 11 12",
        "card order 41 11 11 11 11 11 11 11",
        # a longer list
        "card 4111, 1111, 1111, 1111, 2222",
    ],
)
def test_when_commas_or_pairs_hold_no_card_then_nothing(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


# class 9: a card as an OCR reads it, a zero as O and a one as l or I
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("OCR of card photo: card no. 4OOO O566 5566 5556 exp l2/27", "4OOO O566 5566 5556"),
        ("scanned card image, Visa 4O12 8888 8888 l88l approved", "4O12 8888 8888 l88l"),
    ],
)
def test_when_card_read_by_ocr_then_card(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == [value]


@pytest.mark.parametrize(
    "text",
    [
        # letters for most digits, a wrong check digit, no card word
        "card 4III IIII IIII IIII",
        "card IOIO IOIO IOIO IOIO",
        "card 4OOO O566 5566 5557",
        "scan: 4OOO O566 5566 5556",
    ],
)
def test_when_ocr_letters_hold_no_card_then_nothing(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []
