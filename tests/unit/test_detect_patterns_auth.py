"""Authentication secrets in free phrasing (issue 11): PINs, OTPs, CVVs and passwords named by a
keyword a few words before the value, or changed into another, in English, Chinese and Cantonese;
and what is no secret though it stands near such a keyword (amounts, counts, ranges, a card's last
four digits, a password's state). Only the value is a secret, never the keyword."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param, names_anywhere=False)


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


FREE_PHRASING: list[tuple[str, list[str]]] = [
    # a few words of the same clause between the keyword and the value
    ("the CVV on the back is 317 I think", ["317"]),
    ("she tried to set the PIN to 8830 yesterday", ["8830"]),
    ("agent wrote the customer's PIN in the notes (2580), redact", ["2580"]),
    ("cvc2 printed on his card reads 042", ["042"]),
    ("the one-time code she got was 771204", ["771204"]),
    ("customer read the OTP back to me: 093311", ["093311"]),
    ("一次性密碼，之後又話收到咗：662301。", ["662301"]),
    ("佢話個驗證碼應該係 551920，叫我幫佢入", ["551920"]),
    ("客户说短信验证码刚收到，是 320581", ["320581"]),
    ("交易密码他告诉了客服，为 904417", ["904417"]),
    # a code sent by SMS, named by "code" and "SMS" in either order
    ("read out the code from an old SMS: 482913", ["482913"]),
    ("SMS code 553201 was used twice", ["553201"]),
    ("the text message with the code said 771135", ["771135"]),
    ("短信里的码是 662014", ["662014"]),
    # a six-digit code in two halves: both halves
    ("验证码 123 456 请勿泄露", ["123 456"]),
    ("OTP is 845-102.", ["845-102"]),
    # a code changed into another: both are secrets
    ("客戶話 PIN 係 7731，佢要改做 2468，已 reject", ["7731", "2468"]),
    ("PIN was 1190, then she changed it to 5521", ["1190", "5521"]),
    ("密码本来是 330921，后来改成 118204", ["330921", "118204"]),
    # a code entered, the keyword in this sentence or the one before
    ("The PIN kept failing. Then she used 4471 instead", ["4471"]),
    ("OTP rejected; she typed 882 931 twice", ["882 931"]),
    ("客户说密码不对，然后输入了 551234", ["551234"]),
    ("個 PIN 唔啱，佢之後入咗 9931", ["9931"]),
]

NOT_SECRETS: list[tuple[str, list[str]]] = [
    # amounts, counts, durations, dates, times, ranges, addresses
    ("OTP for HKD 5000 payment failed", []),
    ("PIN locked after 3 attempts", []),
    ("OTP valid for 300 seconds only", []),
    ("密码错误 5 次，已锁定", []),
    ("PIN reset requested on 2024-05-01", []),
    ("PIN changed in 2023 by the branch", []),
    ("the OTP arrived at 10:45 today", []),
    ("PIN mailer sent to Flat 1203, Block B", []),
    ("drop a pin at 123 Nathan Road", []),
    ("CVV 000 to 040 tried from one IP", []),
    # a card's last four digits, an order number named between the keyword and the number
    ("the PIN for card ending 4421 is wrong", []),
    ("OTP for order 882341 expired", []),
    ("验证码已发到尾号 8866 的手机", []),
    # a phone number is no code
    ("OTP sent to +852 9123 4567", []),
    # "code" without SMS is a code of anything; "pin" inside a word is no keyword
    ("promo code for the 2025 sale", []),
    ("shopping 1234 items", []),
    # a change word with no authentication keyword in the window
    ("delivery address changed to 1203 Nathan Road", []),
    ("订单号改成 882341", []),
    ("delivery used 2000 points", []),
    ("PIN ok; customer entered 300 HKD as the amount", []),
]


@pytest.mark.parametrize(("text", "expected"), FREE_PHRASING + NOT_SECRETS)
def test_when_a_code_is_named_in_free_phrasing_then_only_the_code_is_a_secret(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected, text


PASSWORDS: list[tuple[str, list[str]]] = [
    ("password: Hunter2!", ["Hunter2!"]),
    ("pwd=abc123", ["abc123"]),
    ("password hunter2 ok", ["hunter2"]),
    ("the password was hunter2", ["hunter2"]),
    ("password is sunshine", ["sunshine"]),
    ("password for his HSBC app is Sunny2024, told him to change it", ["Sunny2024"]),
    ("密码已经改成abc123了", ["abc123"]),
    ("登录密码：Qwer!234，唔好話俾人知", ["Qwer!234"]),
    ("password=reset", ["reset"]),  # after "=", a word is a value
    # the word after "password" names something else, or says what state it is in
    ("password reset link sent", []),
    ("Password Reset Link", []),
    ("the password is reset", []),
    ("password: expired", []),
    ("password of this account is weak", []),
    ("客户话 password reset link 去咗 spam", []),
    ("密碼 reset 咗", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSWORDS)
def test_when_a_password_is_named_then_its_value_and_no_state_word_is_a_secret(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected, text
