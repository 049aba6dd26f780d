"""Issue 11, secrets as people write them: two codes in one phrase ("PINs 4821 and 9930"), a code
before its name ("4821 is your OTP", "739021是验证码"), more names of codes (pass code, 2FA/MFA/login/
access codes, 口令, 保安編碼), passwords after "pw" or "pass:" and in Chinese quotes, numeric
passwords, vendors' key shapes (AWS, Google, Slack, OpenAI, GitLab, SendGrid, JSON web tokens) and
base64 secrets after a key word. Each table holds hits and near misses."""

from __future__ import annotations

import pytest
from format_tables import secrets

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


HITS = [
    # lists
    ("PINs 4821 and 9930", ["4821", "9930"]),
    ("PINs: 4821, 9930", ["4821", "9930"]),
    ("OTPs 482913 / 553201", ["482913", "553201"]),
    ("PIN 4821或9930", ["4821", "9930"]),
    ("PIN 1111, 2222 and 3333", ["1111", "2222", "3333"]),
    ("the OTP was 739105 but it expired, tried 1948 and 2203 as PIN too", ["739105", "1948", "2203"]),
    # the code before its name
    ("4821 is your OTP", ["4821"]),
    ("482913 is your verification code", ["482913"]),
    ("660134 is the code, she just sent it", ["660134"]),
    ("739021是验证码 快点发我", ["739021"]),
    ("604118呢個係一次性密碼", ["604118"]),
    ("482913係你嘅驗證碼", ["482913"]),
    ("【银行】482913（动态验证码）", ["482913"]),
    # more names of codes
    ("pass code 7788", ["7788"]),
    ("2FA code 482913", ["482913"]),
    ("MFA code: 482913", ["482913"]),
    ("login code 482913", ["482913"]),
    ("access code 4821", ["4821"]),
    ("口令：8830", ["8830"]),
    ("保安編碼447120都俾咗職員", ["447120"]),
    ("the password: 12345678", ["12345678"]),
    ("PIN: 4-8-2-1", ["4-8-2-1"]),
    ("pin 4 8 2 1", ["4 8 2 1"]),
    ("the six-digit code 482913", ["482913"]),
    ("security token code 482913", ["482913"]),
    ("G-482913 is your Google verification code", ["482913"]),
    ("[HSBC] 482913 is your one-time password", ["482913"]),
    # passwords
    ("new pw Tam!2026hk is not accepted", ["Tam!2026hk"]),
    ("pin is 5521 and pw sunflower88 pls", ["5521", "sunflower88"]),
    ("pw係HappyCat_99", ["HappyCat_99"]),
    ("pass: s3cr3t!", ["s3cr3t!"]),
    ("PW: Hello2024", ["Hello2024"]),
    ("密碼：「Chan2024」", ["Chan2024"]),
    # keys and tokens
    ("key AKIAIOSFODNN7EXAMPLE", ["AKIAIOSFODNN7EXAMPLE"]),
    ("AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe leaked", ["AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"]),
    (
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        ["xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"],
    ),
    ("sk-proj-abc123DEF456ghi789JKL012mno345", ["sk-proj-abc123DEF456ghi789JKL012mno345"]),
    ("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_a_secret_is_written_in_a_usual_phrasing_then_it_is_found(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected


NEAR_MISSES = [
    # numbers in a list that are no codes
    "OTP sent at 1530 and 1545",
    "PIN pad model 3000 and 4000",
    "SKU 1234 and 5678 are PIN pads",
    "Rooms 1203 and 1204 are booked",
    "Paid HKD 1,200, 3,400 and 5,600 today",
    "invoice 4821 and 9930 paid",
    # a number before a code's name that is something else
    "Case 12345 (OTP issue) escalated",
    "ticket 998877 - OTP not received",
    "Error 4001: OTP invalid",
    "Order 482913 is your OTP order",
    "1234 is the postal code",
    "2024 was the year the PIN policy changed",
    "信用卡4556 7375 8689 9809校驗碼唔啱",
    "PIN pad 1 2 3 ready",
    "the six-digit code was sent",
    "482913 is your Google order",
    # names of features, masked values, remarks, abbreviations
    "MFA 100% rollout",
    "TAC 2024 meeting",
    "验证码已发送至138****8000",
    "password: ********",
    "pw: (see vault)",
    "pw = pending withdrawal",
    "boarding pass 12A",
    "pass the ball",
    # words shaped like a vendor's prefix
    "xoxo-thanks-2024-see-you-soon",
    "desk-booking-system-2024-v2-final-release",
    "ref ASIA-PACIFIC-2024-Q3",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_number_or_word_only_looks_like_a_secret_then_none_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []
