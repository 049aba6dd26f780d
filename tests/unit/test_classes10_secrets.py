"""Issue 11, tenth round: ways of writing a secret or a card that the development sets still showed
missed, as classes. A security question's answer written without quotes ("the answer is ...", "first
pet Mochi" on file); a code sent again ("new one 228971", "another one: 551902"); a password given in
a reply after words that describe it ("it's my dog's name plus 2 digits, biscuit07"); a password typed
as a chat turn of its own; a card of a network's longer lengths (Diners' sixteen digits, Maestro's 67
block), a card after "PAN" or before its expiry date; a Hong Kong account in its bank-code form that has
a card's length. Each table holds hits and near misses of the same shape. The values are made up.
Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


# class 1: a security question's answer, unquoted after "the answer is" (in English or Chinese), or
# after the question's words and a blank when the record names the question ("on file", "security Q")
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: please confirm your security question. Caller: sure, the answer is Kowloon Tong", "Kowloon Tong"),
        ("Verified DOB and security answer. The answer was Bubbles7 as on file.", "Bubbles7"),
        ("Security question (first school) - customer said the answer is St Mary's", "St Mary's"),
        ("保安問題：第一間學校，客人答案係 Heep Yunn", "Heep Yunn"),
        ("安全问题答对了，答案是 Xiamen1990", "Xiamen1990"),
        ("memorable word check: answer: Lighthouse", "Lighthouse"),
        ("On file: first pet Biscuit. Customer answered wrong.", "Biscuit"),
        ("security Q on file - mother's maiden name Tsang", "Tsang"),
        ("Customer could not answer the security question; the answer on file is Rosary Hill", "Rosary Hill"),
        ("security question reset; the answer was tommy2019 before", "tommy2019"),
    ],
)
def test_when_security_answer_is_unquoted_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The answer is No, she did not call us.",
        "Security question passed. The answer is correct.",
        "the answer is Tuesday's batch, not Monday's.",
        "first pet Mochi",
        "Her first school St Paul's was closed.",
        "Security question failed. Answer: Incorrect",
        "the answer is Visa Platinum, per the product FAQ",
        "答案是 Apple Pay，唔係信用卡",
    ],
)
def test_when_answer_is_no_security_answer_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 2: a code sent again, named as "new one", "another one" or "the next code", a bare "code"
# said to expire before it
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bot: Codes expire after 5 minutes. Customer: new one 228971 Bot: enter it on the page", "228971"),
        ("OTP didn't work. Sent another one: 551902, expires in 5 min", "551902"),
        ("the code expired so I asked for another one, 730214", "730214"),
        ("驗證碼過期咗, the new one is 662091", "662091"),
    ],
)
def test_when_code_is_sent_again_then_secret(detector: Detector, text: str, value: str) -> None:
    assert value in found(detector, text, "AUTH_SECRET")


@pytest.mark.parametrize(
    "text",
    [
        "our order 4410 was shipped, the new one 5521 is pending",
        "OTP sent; the new one 4 times",
        "promo code expired; another one 5521 goes live on Monday",
        "the card expired, the new one 2027 edition arrives next week",
    ],
)
def test_when_new_number_is_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 3: a password given in the reply to a password's question, after words that describe it and a
# comma; class 4: a password typed as a chat turn of its own after a password's word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Agent: what's the password you set? Customer: it's my cat's name plus the year, tommy2019.", "tommy2019"),
        ("Agent: passcode? Caller: it's the usual one, Hk2026!", "Hk2026!"),
        ("pw for the wifi? Amy: it is the shop name again, Sunrise#88", "Sunrise#88"),
        ("Dad: I forgot the netbanking password again / Mum: the one with the dog / Dad: Lucky1958?", "Lucky1958"),
        ("Ops: what's the staging password\nDev: stg_2026pass\nOps: thx", "stg_2026pass"),
        ("Mum: which password did you set for the app? | Ken: chan8899 | Mum: ok", "chan8899"),
    ],
)
def test_when_password_is_given_in_a_reply_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Agent: password reset? Customer: it's done, don't post it",
        "Agent: password? Customer: it's my cat's name, I won't say it here",
        "Ops: reset the password for the build box / Dev: done, ticket INC20261 / Ops: thx",
        "password reset done / Winnie: ok / Dad: version2 installed",
        "Dad: booking ref abc12345 / Winnie: ok",
    ],
)
def test_when_reply_holds_no_password_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 5: cards of the networks' longer lengths (Diners' sixteen digits, as the test-card lists print
# them; Maestro's 67 block), and a Luhn-valid number of no listed network after "PAN" or before an
# expiry date
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PAN 3056 9300 0902 0004 exp 09/28", "3056 9300 0902 0004"),
        ("refund to 3056930009020004 today", "3056930009020004"),
        ("Diners 3056 9300 0902 0005 declined", None),
        ("Maestro 6771 7980 2100 0008 on file", "6771 7980 2100 0008"),
        ("PAN 6331101999990016 in the log", "6331101999990016"),
        ("refund to 6331101999990016 exp 09/28", "6331101999990016"),
        ("charged to 6331 1019 9999 0016, valid thru 12/2027", "6331 1019 9999 0016"),
    ],
)
def test_when_card_is_of_a_longer_length_or_named_by_pan_or_expiry_then_card(
    detector: Detector, text: str, value: str | None
) -> None:
    cards = found(detector, text, "CREDIT_CARD")
    if value is None:
        # (a number the Luhn check refuses: no card whatever its words)
        assert cards == []
    else:
        assert cards == [value]


@pytest.mark.parametrize(
    "text",
    [
        "ref 6331101999990016 exp 09/28",
        "order 6331101999990016 on 09/28",
        "PAN 3056 9300 0902 0005 exp 09/28",
        "Beneficiary acct 388-001-20416630. Stopped, police informed",
        "paid to 388-001-20416630 on Monday",
        "Peter Pan 6331 1019 9999 0017 tickets",
    ],
)
def test_when_number_is_no_card_then_no_card(detector: Detector, text: str) -> None:
    assert found(detector, text, "CREDIT_CARD") == []


def test_when_hk_account_has_a_cards_length_then_account(detector: Detector) -> None:
    text = "Beneficiary acct 388-001-20416630. Stopped, police informed"
    assert found(detector, text, "HK_BANK_ACCOUNT") == ["388-001-20416630"]


# class 6: a password pasted as typed in a connection string, "#" and "@" in it unescaped; the host
# follows the last "@"; a link's user alone holds no password
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "conn string in the log was postgresql://settle_app:Gx7#wQ2m!Lp9@db-settle-02:5432/ledger, scrub it",
            "Gx7#wQ2m!Lp9",
        ),
        ("连接串：mysql://pay_rw:Pay@2026!sz@rm-szpay.example.cn:3306/orders，请立即修改密码。", "Pay@2026!sz"),
        ("redis://:s3cr3t@cache-01:6379/0", "s3cr3t"),
        ("amqp://mq:R@bbit#1@mq-01.example.net/vhost", "R@bbit#1"),
    ],
)
def test_when_url_password_holds_hash_or_at_then_whole_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [value]
    assert not any("@" in e and value.startswith(e.split("@")[0]) for e in found(detector, text, "EMAIL_ADDRESS"))


@pytest.mark.parametrize(
    "text",
    [
        "ssh://git@git.example.com:22/repo",
        "see https://example.com/a:b/c@d for more",
        "postgres://app:****@db.example.com/pay",
    ],
)
def test_when_url_holds_no_password_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 7: a code asked for and read out in the next turn, digit by digit or in Chinese numerals, or a
# bare code said to be texted; a slip said again ("no sorry", 唔系), a code said, read out or told
# (She said, 读咗, 我把 ... 告诉)
@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Agent: And the three digits on the back? Caller: 7 1 9. Agent: Thank you", ["7 1 9"]),
        ("Agent: and the code we just texted you? Caller: 3384... no sorry, 3348.", ["3384", "3348"]),
        ("職員：背面三個字呢？客人：五八二。職員：多謝。", ["五八二"]),
        ("Agent: 好，请问背面三个字？/ 客户: 六四二... 唔系，642 / Agent: 多谢", ["六四二", "642"]),
        ('Kaur: "Please confirm the PIN for verification." She said 2580. Bank ref FR-3318.', ["2580"]),
        ("您的动态密码是否已泄露？客户：我把908 771告诉了别人。", ["908 771"]),
        ("佢收到 OTP 之后，有人打嚟问，佢读咗 550311 出嚟", ["550311"]),
    ],
)
def test_when_code_is_read_out_or_said_again_then_secret(detector: Detector, text: str, values: list[str]) -> None:
    assert found(detector, text, "AUTH_SECRET") == values


@pytest.mark.parametrize(
    "text",
    [
        "Agent: how many items? Customer: 3 4 5 boxes",
        "客服：背面三个字？客户：一百二十",
        "客服：背后三个字？客户：我不知道",
        "PIN reset. She said 3 times she never shared it",
        "验证码发了，我把 5000 元转给他",
        "OTP sent. I mean 2 minutes ago",
        "Order 4410 shipped. She said 2580 was the parcel count",
    ],
)
def test_when_reply_or_said_number_is_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 8: a password given with the Cantonese or Chinese "it is" (係, 是), and a login's other field
# named where a password's value would stand is none
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ah Keung：邊個記得portal個admin password？/ Carrie：係Portal!2026，不過應該要改", "Portal!2026"),
        ("新嘅 wifi password？阿明：就係 Tea#House88", "Tea#House88"),
        ("密码是多少？小李：是 Sz2026!pay", "Sz2026!pay"),
        # (a user's word before the colon names whose password follows, not the value)
        ("password for user: Abc123!", "Abc123!"),
    ],
)
def test_when_password_given_with_chinese_it_is_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "[INFO] password changed user=fin_ops by Nicole Tang ; [INFO] MFA enrolled",
        "Merchant portal 密码 reset 请求：user finance@example.com",
        "password reset by admin, login: jchan",
        "password? Ken: 是 abc",
    ],
)
def test_when_login_field_stands_for_the_value_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text, "AUTH_SECRET") == []


# class 9: a Hong Kong number after a contact's name and a comma (a referee's, a debtor's line), or
# after a voicemail's words
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Referee Kenneth Lo, 9034 2187.", "9034 2187"),
        ("Left voicemail on 2891 4420 (office). Debt HKD 18,340", "2891 4420"),
        ("收數公司備註：債務人蔡生（蔡家明，6321 7788）答應下星期還", "6321 7788"),
        ("追數 note：debtor Ah Fai 阿輝，6398 0123 no answer", "6398 0123"),
        ("Guardian Mary Chan, 5123 4567, mother", "5123 4567"),
        ("Could you confirm? Grace (Ethan's mum), 6987 2214", "6987 2214"),
        ("電郵簽名：客戶服務主任 直線2838 1122", "2838 1122"),
        ("Regards ／ Customer Experience ／ 直線 2523 8866 ／ kathy@example.com.hk", "2523 8866"),
    ],
)
def test_when_number_follows_a_contacts_name_then_phone(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "批次，5123 4567",
        "（批次，5123 4567）",
        "Shipped Nov 12, 5123 4567 units",
        "Invoice Total, 9123 4567",
        "Order Ref, 2891 4420",
        "Batch (Nov), 5123 4567 units",
    ],
)
def test_when_number_follows_no_name_then_no_phone(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == []
