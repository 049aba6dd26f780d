"""Issue 11, what the support-ticket set showed: security questions' answers (quoted, after "with",
in capitals after "security answer", after the question's words), one-time codes of capitals and
digits, a code named by a purpose holding an amount ("OTP for the payment of HKD 2,300.00 ... is
381 904"), a PIN read out digit by digit, "sec code", lists of backup codes. Near misses: a quoted
question, a state, quotes with no security question near, promo, error, booking and product codes,
a code word with no secret's cue, amounts and durations after "for ... is"."""

from __future__ import annotations

import pytest
from format_tables import secrets

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


# (text, the secrets as reported)
HITS = [
    (
        'caller answered "mother\'s maiden name" with Fung and "first school" with St. Paul\'s Convent',
        ["Fung", "St. Paul's Convent"],
    ),
    ("Verified by video call, security answer Lagos Island. Backup codes to follow", ["Lagos Island"]),
    (
        "Security answers on file: favourite teacher = Miss Pereira; first car = Corolla 1998.",
        ["Miss Pereira", "Corolla 1998"],
    ),
    ('the security answer you gave ("Batangas") does not match', ["Batangas"]),
    ("安全问题“母亲的姓名”回答“刘秀英”，与预留一致。", ["刘秀英"]),
    ("保安問題「第一間小學」答案「聖保祿學校」，同紀錄相符。", ["聖保祿學校"]),
    ('Security Q "first pet" 答 "Lucky"，match。', ["Lucky"]),
    ("your new PIN is 552901 and the one-time activation code is K7P-2QX-9LM.", ["552901", "K7P-2QX-9LM"]),
    ("Issued one-time bypass token BYP-4Q7M-X2RT-88LZ, valid 15 min.", ["BYP-4Q7M-X2RT-88LZ"]),
    ("use code TR6-55W to reset your password", ["TR6-55W"]),
    ("Your verification code: AB12CD", ["AB12CD"]),
    ("Initial passcode: Vx!93kdQ-2m / Username: hlau2", ["Vx!93kdQ-2m"]),
    ("Your OTP for the payment of HKD 2,300.00 to SHANGRI-LA HOTEL is 381 904. It expires soon.", ["381 904"]),
    ("the PIN for card ending 1234 is 4821", ["4821"]),
    ("BOT: key in your 6-digit phone banking PIN. CALLER: 9 1 3 3 7 2. BOT: Thank you.", ["9 1 3 3 7 2"]),
    ("exp 02/28, sec code 045 given by the customer", ["045"]),
    ("Backup codes issued: 3f9k-27qd 8m2x-61rv c4t7-90wa. Thanks", ["3f9k-27qd 8m2x-61rv c4t7-90wa"]),
    ("佢 send 咗兩個 2FA backup codes 7741-0923 同 5520-1184 俾我哋。", ["7741-0923 同 5520-1184"]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_a_ticket_records_a_code_or_answer_then_it_is_found(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected, text


NEAR_MISSES = [
    "Security answer: Incorrect",
    'answered "first school" with nothing',
    'He answered "yes" to the survey',
    'Customer replied "OK" and hung up',
    'The answer is "Lucky" said the quiz',
    "security answers on file",
    "promo code SAVE20 valid till June",
    "error code E1234, please log in again",
    "booking code X7Y8Z9",
    "product code AB-1234",
    "Code HK2026 applies",
    "Use code SUMMER24 at checkout",
    "Ref INC-448977, priority P2.",
    "OTP for orders over HKD 500 is required",
    "OTP for the payment of HKD 2,300.00 is 10 minutes",
    "backup codes were regenerated on 2026-11-30",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_ticket_only_names_a_code_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == [], text
