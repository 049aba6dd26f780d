"""Issue 11, one-time codes, PINs and passwords as SMS notifications and chats word them: a bare
"code" that is someone's or a secret's (valid, expires, don't share), a code said by what it is for
("use 482913 to verify"), a keyword a few more words away, codes in groups of 4-2, a code before a
bracketed or longer name, answers to security questions, Cantonese question forms. Hits and near
misses: other codes (promo, postal, area, error, bank), amounts, years, ranges, order, merchant and
registration numbers near such words."""

from __future__ import annotations

import pytest
from format_tables import secrets

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


# (text, the secrets as reported)
HITS = [
    ("Your code is 705218. Valid for 10 min.", ["705218"]),
    ("Your code: 580 226 (valid 5 min). Staff will never ask for this code.", ["580 226"]),
    ("【PayMe】Your PayMe code: 4471 20. Don't share it with anyone", ["4471 20"]),
    ("asked Mr Cheung for his code and got 740092; he lost HKD 48,000", ["740092"]),
    ("收到, code 係 731 509. 客服: Thanks, verified.", ["731 509"]),
    ("Hang Seng: use 884107 to log in. Don't share.", ["884107"]),
    ("Use 482913 to verify your login", ["482913"]),
    ("enter 4821 when asked", ["4821"]),
    ("key in 553 201 to sign in", ["553 201"]),
    ("请输入482913完成验证", ["482913"]),
    ("Your OTP for adding payee LEE Chun Kit is 519083. Ignore if this wasn't you.", ["519083"]),
    ("OTP 4471 20", ["4471 20"]),
    ("771402（校验码）用于绑定银联卡，10分钟内有效。", ["771402"]),
    ("552 019 為閣下嘅 e-Banking 登入驗證碼, 有效期 5 min.", ["552 019"]),
    ("Password: Sunny-Day-2026 Security answer: mrwhiskers1999", ["Sunny-Day-2026", "mrwhiskers1999"]),
    ("安全問題 security Q 答案: dimsum1997", ["dimsum1997"]),
    ("客戶：個App密碼係咪hk2026abc呀？", ["hk2026abc"]),
    ("驗證碼：482913（5分鐘內有效）", ["482913"]),
    ("482913 is your one-time code", ["482913"]),
    ("codes 482913 and 739021 are your OTPs", ["482913", "739021"]),
    ("482913 and 739021 are your one-time codes", ["482913", "739021"]),
    ("Use 482913 or 739021 to verify", ["482913", "739021"]),
    ("Use 482913, 553201 or 739021 to verify", ["482913", "553201", "739021"]),
    ("您的验证码是：482913，5分钟内有效", ["482913"]),
    ("Please use the code 482913 to complete your payment", ["482913"]),
    ("Enter code 4821 at the ATM", ["4821"]),
    ("3-digit code 123", ["123"]),
    ("His PIN? 4821.", ["4821"]),
    ("OTP？482913", ["482913"]),
    ("your PIN, 4821, was reset", ["4821"]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_a_secret_is_worded_as_chats_word_it_then_it_is_found(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected, text


NEAR_MISSES = [
    # other codes, with a secret's cue near
    "promo code 2024 valid till June",
    "area code 852 is Hong Kong, verify the number",
    "your postal code 518000",
    "error code 5001, please log in again",
    "bank code 004 verified",
    "the code 404 means not found",
    "商業登記號碼 71234580，BR有效至2027年",
    "優惠碼 8888 有效至月底",
    # a bare code with no owner and no cue
    "code 5123 on the invoice",
    # numbers after an entering verb that are no code
    "use 2024 to 2026 data",
    "enter 1000 points to redeem",
    "order 48291345 use 4829 to track",
    "use 9123 4567 to call us",
    "enter 20240315 to confirm the date",
    # a long number near "your code": a card's, not a code
    "your code 1234 5678 9012 3456 is valid",
    # years and amounts listed for a purpose
    "use 2024 and 2025 to confirm the years",
    "order 1000 and 2000 to confirm",
    "1000 and 2000 are the order codes",
    "promo codes 2024 and 2025",
    "验证码已发送，金额 1,000 元",
    "What's the PIN? 2 attempts left",
    "area code? 852",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_number_near_a_code_word_is_something_else_then_no_secret_is_found(
    detector: Detector, text: str
) -> None:
    assert secrets(detector, text) == [], text


MERCHANT = "商戶名稱：周大福珠寶 商戶編號 8801223344 終端編號 T00918"


def test_when_a_merchant_number_follows_an_identity_word_then_it_is_no_mainland_account(detector: Detector) -> None:
    assert [f.entity_type for f in detector.analyze(MERCHANT) if f.entity_type == "CN_BANK_ACCOUNT"] == []
    # with an account word, the same number is one
    text = "收款账号 8801223344"
    assert [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CN_BANK_ACCOUNT"] == [
        "8801223344"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("卡号6222 0012 3456 78900（校验位不对）", []),
        ("call 0044 20 7946 0958 tonight", ["0044 20 7946 0958"]),
    ],
)
def test_when_00_opens_a_group_of_a_longer_run_then_it_is_no_international_number(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("rollback tag r10.24.3.117", []), ("build v2.4.10.3", []), ("client at 10.24.3.117", ["10.24.3.117"])],
)
def test_when_a_release_letter_is_joined_to_a_dotted_quad_then_it_is_no_address(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "IP_ADDRESS"] == expected


# a dialogue: the agent's turn names the code, the customer's turn opens with it
ANSWERS = [
    (
        "Agent: For security I'll send a code to your phone ending 88. Customer: got it, 263 771. Agent: verified.",
        "263 771",
    ),
    (
        "客户：短信让我把验证码发给客服，是你们吗？客服：我们绝不会索要验证码，请不要透露。客户：好险，我差点就发了402918。",
        "402918",
    ),
    ("Agent: Hi, 请确认一下你的 CVV? Customer: 417 Agent: 抱歉", "417"),
    ("Agent: 係你 6 位數嘅 login PIN，唔係 ATM PIN。Customer: oh ok 我諗係 882211 啦", "882211"),
]


@pytest.mark.parametrize(("text", "code"), ANSWERS)
def test_when_a_customer_answers_with_the_code_asked_for_then_it_is_found(
    detector: Detector, text: str, code: str
) -> None:
    assert secrets(detector, text) == [code], text


ANSWER_NEAR_MISSES = [
    "Agent: your PIN is locked, how much was the last payment? Customer: 3000",
    "Agent: please confirm the last 4 digits of the card for the OTP? Customer: 5678",
    "Agent: what is the OTP amount? Customer: 500 HKD",
    "Agent: is the promo code valid? Customer: 2024",
    "Agent: we sent an OTP. What's your phone? Customer: 9123 4567",
    "Agent: CVV please. Customer: 12345",
    "Agent: the branch opens at nine. Customer: 4821 then",
]


@pytest.mark.parametrize("text", ANSWER_NEAR_MISSES)
def test_when_a_customer_answers_with_another_number_then_no_secret_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == [], text
