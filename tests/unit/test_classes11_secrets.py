"""Issue 11, eleventh round: ways of writing a secret that the vault set (written for cards and
secrets) showed missed, as classes. A card's code by where it is printed ("back code", "the code
behind", 背面三位数, 背面嗰三個字) and read digit by digit; a code given back after its question ("the
pin? its 602417") or as examples ("like 331904 and 870215"), a chat's turns between; a password
referred to after its word ("I think it was ...", "the new one should be ...", "changed from X to
Y") and a security question's answer after its words ("my first pet... it's Mochi"); a code or a key
named by a configuration key's last part ("card_cvc=915", "wechatpay.api_v3_key=..."); a security
question's answer in Chinese (答案填的是...); recovery codes after a sentence and a colon. Each table
holds hits and near misses of the same shape. The values are made up. Both scanners (native and
``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str = "AUTH_SECRET") -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


# class 1: a card's code named by where it is printed, in English and Chinese, read whole or digit by
# digit; after a card's expiry, the back's word before it
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("card 4539 1488 0343 6467 exp 11/27 back code 318 thanks", "318"),
        ("and the code behind is 5 0 7. please refund", "5 0 7"),
        ("the code on the back is 904", "904"),
        ("reverse side code: 2271", "2271"),
        ("佢叫我讲卡片背面的后三位，我讲咗 615", "615"),
        ("对方要了卡号和背面三位数 208，然后就扣款了", "208"),
        ("張卡背面嗰三個字係咪 774？", "774"),
        ("卡號 4539 1488 0343 6467 有效期 1127 背面 391", "391"),
        ("Visa 4539 1488 0343 6467 exp 11/27 behind 802 ok", "802"),
    ],
)
def test_when_a_code_is_named_by_the_cards_back_then_secret(detector: Detector, text: str, value: str) -> None:
    assert value in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "please come back code review at 3 pm, room 204",
        "背后三个人一起转了 500 元",
        "背面有 3 个划痕，退货单号 20418",
        "we are back 2 3 weeks later",
        "後面 218 號舖",
    ],
)
def test_when_back_words_name_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 2: a code given back after its question ("its", "it's"), a new one after an expired one a
# chat's turns later, codes given as examples ("like", "such as")
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Bot: card activated. Cust: u need the PIN? its 417730", ["417730"]),
        ("OTP please? Caller: it's 880 214", ["880 214"]),
        (
            "[09:01] agent: read me the 6 digit code we sent? [09:02] cust: 330127 [09:02] cust: hmm expired, "
            "new one is 902118",
            ["330127", "902118"],
        ),
        ("got 4 OTP sms this morning, like 551902 and 118437, not me!!", ["551902", "118437"]),
        ("the verification code should be 6 digits such as 204981", ["204981"]),
        ("my old pin didnt work, the new one should be 7391", ["7391"]),
        # a PIN may be a year: redacted whatever it is
        ("what was the PIN? it was 1984", ["1984"]),
    ],
)
def test_when_a_code_is_given_back_or_as_an_example_then_secret(
    detector: Detector, text: str, values: list[str]
) -> None:
    assert found(detector, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "PIN mailer issued in 2021, reprinted since 2023",
        "OTP delivery is slow, it's 10 minutes late",
        "PIN pad faulty, like 3 times this week",
        "Ticket OTP-5512 closed",
        "decline_code=do_not_honor latency_ms=812",
    ],
)
def test_when_a_number_near_a_code_word_is_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 3: a password referred to after its word, and a security question's answer after the
# question's words
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("I forgot my banking password. I think it was Dragon88! or maybe Dragon99!", ["Dragon88!", "Dragon99!"]),
        ("ATO: password changed from Shatin2001 to Qw#7781zz overnight", ["Shatin2001", "Qw#7781zz"]),
        ("password kept failing so I reset it to Lam@2026hk, still locked", ["Lam@2026hk"]),
        ("can I update my password here? the new one should be Maple#4471 / Agent: no", ["Maple#4471"]),
        ("the security question is my first pet... it's Biscuit. Agent: thanks", ["Biscuit"]),
        ("passcode for the app? it was 58213904", ["58213904"]),
    ],
)
def test_when_a_password_is_referred_to_then_secret(detector: Detector, text: str, values: list[str]) -> None:
    assert found(detector, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "the password? it's written on the card",
        "password reset done, it's fine now",
        "my first pet... it's a long story",
        "can I change my password here? thanks",
        "password policy changed from weekly to monthly",
        "security question reset, it's the same as before",
    ],
)
def test_when_a_password_word_refers_to_no_value_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 4: a code or a key named by a configuration key's last part
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('order_id=HK-1 card_exp=1128 card_cvc=482 holder="LEE"', "482"),
        ('{"payment.cvv2": "731"}', "731"),
        ("user_pin=4821 ts=1733100000", "4821"),
        ("sms_code: 553201", "553201"),
        ("alipay.app_v2_key=Lm4Qz8Rt2Wx6Yb1Nc9Vd3Fs7Gh5Jk0Pa", "Lm4Qz8Rt2Wx6Yb1Nc9Vd3Fs7Gh5Jk0Pa"),
        ("merchant_sign_secret = 9fK2mQ7xR4tB8wZ1nC6vL3pD", "9fK2mQ7xR4tB8wZ1nC6vL3pD"),
    ],
)
def test_when_a_config_key_names_a_code_or_key_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "pin_attempts=3 pin_length=6",
        "otp_ttl=300 otp_retries=5",
        "idempotency_key=8f14e45fceea167a5a36dedd4bea2543",
        "stripe.publishable_key=pk9a8b7c6d5e4f3a2b1c0d9e8f",
        "cache.partition_key=user42a9b8c7d6e5f4a3b2c1",
        "merchant_sign_key=ROTATE_ME_LATER",
    ],
)
def test_when_a_config_key_names_no_secret_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 5: a security question's answer in Chinese after 答案 and its link
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("用户说密保问题“小学老师姓什么”答案填的是陈老师，但提示错误", "陈老师"),
        ("安全問題答案係：九龍塘", "九龍塘"),
        ("密保问题答案是 Xiamen1990，请核实", "Xiamen1990"),
        ("預留問題：最喜歡的食物，答案寫的是蝦餃。", "蝦餃"),
    ],
)
def test_when_a_chinese_security_answer_is_given_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "密保问题答案是错误的，已锁定",
        "安全問題答案係唔知，轉介分行",
        "提示问题答案为空",
    ],
)
def test_when_a_chinese_answer_is_a_state_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# class 6: recovery codes after a few words of a sentence and a colon
def test_when_recovery_codes_follow_a_sentence_then_secret(detector: Detector) -> None:
    text = "Recovery codes I saved when setting up 2FA: 7kd2-m9qp 3hxa-20tc (one used)"
    assert found(detector, text) == ["7kd2-m9qp 3hxa-20tc"]


def test_when_recovery_words_name_no_codes_then_no_secret(detector: Detector) -> None:
    assert found(detector, "Recovery codes are stored in the vault: see the runbook") == []


# class 7: a password referred to in Chinese after its word (别再用, 仲用緊, 旧的是), and a security answer
# in brackets after its name, closing its clause
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("你把登录密码改一下吧，别再用qwe12345了", "qwe12345"),
        ("網銀密碼佢仲用緊 Lam0618，叫佢改", "Lam0618"),
        ("支付密码旧的是 Hk#2020，新的已经设好", "Hk#2020"),
        ("Verified by DOB + memorable word (lighthouse). Limit lifted.", "lighthouse"),
        ("security answer (Biscuit), ok to proceed", "Biscuit"),
        ("maiden name (Tsang) confirmed.", "Tsang"),
    ],
)
def test_when_a_password_or_answer_is_referred_to_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "密码别再用了，改用指纹",
        "memorable word (case sensitive): see the form",
        "memorable word (see file) verified",
        "security answer (new) required",
        "maiden name (optional)",
    ],
)
def test_when_no_value_is_referred_to_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []
