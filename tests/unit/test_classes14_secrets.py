"""Issue 11, fourteenth round: ways of writing a secret that the pin set (short everyday texts of
retail customers and staff) showed missed, as classes. A money transfer's control number (MTCN,
监控号); a phone's or a tablet's lock (unlock code, phone lock, pattern to unlock, 解锁图案); a password
typed, answered, tried or said (I typed ..., I answered ... but, 我話 ...); a pronoun's contraction is
no password (the password they'll ask is ...); a code word (密语); a security answer after 答案 and a
blank; a mask's last digits are no code (sent to ***-****-6612); a referred value's closing quote is
no part of it. Each table holds hits and near misses of the same shape. The values are made up. Both
scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a money transfer's control number
        ("Receiver Wong Siu Ling, MTCN 512 774 0391, amount CNY 5,000. Bring ID.", "512 774 0391"),
        ("money sent via Western Union, MTCN 7730152846, collect in Futian", "7730152846"),
        ("妹，西联汇款的监控号（MTCN）是 6604 218 935，带身份证去取", "6604 218 935"),
        # a phone's or a tablet's lock
        ("the unlock code for grandma's phone is 271828, please keep it safe", "271828"),
        ("is it the same as my phone lock? phone lock is 660913", "660913"),
        ("Uncle the pattern to unlock the tablet is 3-5-7-8-9 (Z shape).", "3-5-7-8-9"),
        ("妈，手机解锁图案是 1-4-7-8，别再画错了", "1-4-7-8"),
        # a password typed, answered, tried or said
        ("He asked for my e-banking password and I typed Tiger2024hk.", "Tiger2024hk"),
        ("security question 'first school' and I answered Maryknoll but it says incorrect.", "Maryknoll"),
        ("it asks for my memorable word but I never set one, tried dragonfly, moon", "dragonfly"),
        ("騙徒問我網上銀行密碼，我話 wong1959。", "wong1959"),
        # the password's value after a pronoun's contraction
        ("the pickup password they'll ask is jasmine, cousin will collect", "jasmine"),
        # a code word, a security answer after 答案 and a blank
        ('表妹去取钱，密语 "木棉"，记得带身份证。', "木棉"),
        ('客户设置安全问题 "父亲姓氏" 答案 黄... 已经 escalated', "黄"),
    ],
)
def test_when_secret_written_so_then_found(detector: Detector, text: str, value: str) -> None:
    assert value in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # a control number's word with no ten digits after it
        "MTCN not received yet, please check with the agent",
        "control number 12345 is an order's",
        # a lock's words with no code after them
        "the phone lock screen broke after 3 days",
        "unlock code sent 2 times today",
        # a typed or answered word with no password's or question's word before it
        "I typed Hello2024 into the search box",
        # a mask's last digits
        'it just says "Enter the code sent to ***-****-6612" and the timer runs',
        "OTP sent to ***8821 just now",
        # a security answer's word with a state after it
        "安全问题答案 错误",
    ],
)
def test_when_nothing_secret_then_none(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


def test_when_value_quoted_then_closing_quote_outside(detector: Detector) -> None:
    text = 'Caller forgot the password, I typed "Lucky2026mox". Reset done.'
    assert found(detector, text) == ["Lucky2026mox"]


# the second part: a security answer in the next turn, quoted Q and A, a code set or replied, a
# password asked about (係咪 ... 定係 ...), 密碼做, a key in hex
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("CSR: can you confirm your memorable word? | CALLER: kingfisher... sorry, with an s", "kingfisher"),
        ('Security set-up: Q "Name of your first school?" A "Ying Wa". Customer asked us to note it', "Ying Wa"),
        ("my tpin is 4 digits right? i set 7264 years ago. pls call me", "7264"),
        ('scammer asked for the code you just received. Victim replied "530817". Then the card was used.', "530817"),
        ("bro 我忘記咗 AlipayHK 個 password，係咪 Kit_0918？定係 kit0918？", "kit0918"),
        ("Handover: 今日改咗 UAT account 密碼做 Hk@Uat2026!, 聽日 rotate。", "Hk@Uat2026!"),
        (
            "the HSM test key for LMK pair 1 (UAT) = 89AB CDEF 0123 4567 FEDC BA98 7654 3210. Use the vault.",
            "89AB CDEF 0123 4567 FEDC BA98 7654 3210",
        ),
    ],
)
def test_when_answer_code_or_key_given_so_then_found(detector: Detector, text: str, value: str) -> None:
    assert value in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # a reply word, not an answer
        "CSR: can you confirm your memorable word? | CALLER: sure, hold on a sec",
        # a key's name with no hex digits, or digits only
        "the master key: see the key ceremony log",
        "AES key version = 2024 0001 0002 0003",
        # a code received whose word names another code
        "I received the promo code 4821 today",
        # a quoted question with no answer's quote
        'Q "Name of your first pet?" A: not set',
    ],
)
def test_when_no_answer_code_or_key_then_none(detector: Detector, text: str) -> None:
    assert found(detector, text) == []
