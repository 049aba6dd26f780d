"""Issue 11, a card and its details in one run, as tickets and call notes take them down: the
expiry (MMYY, MM/YY, MM YY, MMYYYY) and the code after any card's groups (4-4-4-4, UnionPay's
4-4-4-4-3, Amex 4-6-5), parted by blanks, hyphens or slashes; a card glued to its detail words
("4111111111111111exp0927cvv123"). The card is a CREDIT_CARD, the code after its expiry an
AUTH_SECRET. Near misses: a wrong check digit (nothing at all), a month 13, an order or reference
word before the run, a year where the expiry would be."""

from __future__ import annotations

import pytest
from format_tables import card, secrets, wrong_check_digit

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


VISA = "4111 1111 1111 1111"
AMEX = "3782 822463 10005"
UNIONPAY = card("6222", 19)
UNIONPAY_GROUPS = " ".join((UNIONPAY[0:4], UNIONPAY[4:8], UNIONPAY[8:12], UNIONPAY[12:16], UNIONPAY[16:]))

# (text, the card, the code reported as a secret)
HITS = [
    (f"Amex {AMEX} 1126 1234", AMEX, ["1234"]),
    (f"UnionPay {UNIONPAY_GROUPS} 0927 123", UNIONPAY_GROUPS, ["123"]),
    (f"UnionPay {UNIONPAY_GROUPS} exp 09/27 123", UNIONPAY_GROUPS, ["123"]),
    ("4111-1111-1111-1111-09/27-123", "4111-1111-1111-1111", ["123"]),
    (f"{VISA}-0927-123", VISA, ["123"]),
    (f"card {VISA} 09 27 123", VISA, ["123"]),
    (f"Card number {VISA} 12 27 123", VISA, ["123"]),
    (f"{VISA} 122027 123", VISA, ["123"]),
    (f"Visa {VISA} 1228 123", VISA, ["123"]),
    ("4111111111111111exp0927cvv123", "4111111111111111", []),
    ("card4111111111111111exp0927", "4111111111111111", []),
]


@pytest.mark.parametrize(("text", "pan", "codes"), HITS)
def test_when_a_card_and_its_details_share_a_run_then_the_card_and_code_are_found(
    detector: Detector, text: str, pan: str, codes: list[str]
) -> None:
    assert cards(detector, text) == [pan], text
    assert secrets(detector, text) == codes, text


WRONG = wrong_check_digit("4111111111111111")
WRONG_GROUPS = " ".join((WRONG[0:4], WRONG[4:8], WRONG[8:12], WRONG[12:16]))
NEAR_MISSES = [
    # a wrong check digit: no card, no code
    f"Visa {WRONG_GROUPS} 1228 123",
    f"{WRONG_GROUPS}-09/27-123",
    f"card {WRONG_GROUPS} 09 27 123",
    "Amex 3782 822463 10006 1126 1234",
    f"UnionPay {' '.join(wrong_check_digit(UNIONPAY)[i : i + 4] for i in range(0, 19, 4))} 0927 123",
    f"{WRONG}exp0927cvv123",
    # a month 13: no expiry, and the run is no card's
    f"card {WRONG_GROUPS} 1328 123",
    # a reference's or an order's run of groups
    f"ref {VISA} 1228 123",
    f"order no. {VISA} 09 27 123",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_the_run_holds_no_valid_card_then_nothing_is_found(detector: Detector, text: str) -> None:
    found = [f.entity_type for f in detector.analyze(text) if f.entity_type in ("CREDIT_CARD", "AUTH_SECRET")]
    assert found == [], text


def test_when_a_year_follows_the_card_then_no_code_is_reported(detector: Detector) -> None:
    text = f"card {VISA} 2027 555"
    assert secrets(detector, text) == []
