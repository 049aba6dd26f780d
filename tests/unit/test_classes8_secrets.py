"""Issue 11, eighth round: two ways of writing a code that probes written beside the corpora showed
missed. A PIN named by its channel (mPIN for a mobile app, TPIN for telephone banking, ePIN and iPIN
for internet banking), and a code read out digit by digit in free phrasing ("his PIN was 1 2 3 4").
Each table holds hits and near misses: a word that only ends in "pin", or single digits that are a
date, a step or a count, stay unreported. Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mpin 5520", "5520"),
        ("Customer's MPIN is 553201, please reset it", "553201"),
        ("TPIN 7781 set up for phone banking", "7781"),
        ("tpin: 0913", "0913"),
        ("ePIN: 8812 for e-banking", "8812"),
        ("her iPIN was 4410 until the reset", "4410"),
        ("IPIN = 2290", "2290"),
        ("新 MPIN 係 6621", "6621"),
    ],
)
def test_when_pin_named_by_its_channel_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "spin 4410 rpm",
        "Topin 2290 warehouse",
        "epinephrine 500 mg given",
        "TPIN2 form reset requested",
        "turnpin 7781",
        "mpin app version 5.5.20 released",
    ],
)
def test_when_word_only_ends_in_pin_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer said his PIN was 1 2 3 4", "1 2 3 4"),
        ("the OTP she read out was 4 8 2 9 1 3.", "4 8 2 9 1 3"),
        ("Caller gave the passcode slowly, 7-7-2-0, before I could stop him", "7-7-2-0"),
        ("the verification code on his phone: 5 5 0 1 9 8", "5 5 0 1 9 8"),
        ("she read the CVV to the agent as 3 1 7 9", "3 1 7 9"),
        ("OTP received, it says 9 0 4 4 1 2", "9 0 4 4 1 2"),
    ],
)
def test_when_code_read_out_digit_by_digit_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "PIN in step 1 2 3 of the guide",
        "PIN reset on 1 2 2026",
        "the OTP took 1 2 3 minutes",
        "PIN mailer batch 1 2 3 4 5 6 7 8 sent",
        "passcode rules: 1 2 3 are not allowed",
        "OTP delivery rate 9 8 %",
    ],
)
def test_when_single_digits_are_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


def emails(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("connection string postgres://app:S3cret!@db.example.com/pay", "S3cret!"),
        ("the customer pasted https://jchan:pa55word@example.com/login in chat", "pa55word"),
        ("DSN mysql://svc_pay:Tm2026hk@198.51.100.20:3306/ledger", "Tm2026hk"),
        ("cache at redis://:s3cr3t@203.0.113.9:6379 (no user)", "s3cr3t"),
        ("mongodb+srv://etl:Zx9%40pw@cluster0.example.net/db", "Zx9%40pw"),
        ("sftp://upload:letmein@files.example.org/inbox", "letmein"),
    ],
)
def test_when_url_holds_a_password_then_secret_and_no_email(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]
    assert emails(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ftp://user:****@198.51.100.7/ (masked in the ticket)",
        "see https://jchan@example.com/login for the profile",
        "open https://example.com:8443/pay in the browser",
        "the docs at http://example.com/a:b@c are wrong",
        "write to jchan@example.com please",
        "time 12:03@branch",
    ],
)
def test_when_url_holds_no_password_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Fraud team found dump 4111111111111111|12|27|123 on a forum", ["123"]),
        ("leaked: 5555555555554444|1227|321|SMITH/J", ["321"]),
        ("4012888888881881 | 09/28 | 456", ["456"]),
        ("row: 4111111111111111|12/27|737", ["737"]),
        ("4111 1111 1111 1111|0927|102|HK", ["102"]),
        ("paste 5555555555554444|11|29|909 seen twice", ["909"]),
    ],
)
def test_when_card_dump_lists_fields_between_bars_then_code(detector: Detector, text: str, codes: list[str]) -> None:
    assert secrets(detector, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        # a wrong check digit: no card, so no code after it
        "dump 4111111111111112|12|27|123",
        "ref 4111111111111111|2027|123",
        "| 4111111111111111 | 12 | 27 | 2026 |",
        "order 20261130|12|27|123",
        "4111111111111111|USD|120.00",
        "phone 91234567|12|27|123",
    ],
)
def test_when_bars_hold_no_card_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("his online banking PIN (6 digits) 882910", "882910"),
        ("OTP (valid 5 min): 482913", "482913"),
        ("CVV (for card ending 1881): 123", "123"),
        ("passcode (new): 7720", "7720"),
        ("the 3 digits at the back are 321", "321"),
        ("digits at the back of the card: 448", "448"),
    ],
)
def test_when_remark_in_brackets_or_code_at_the_back_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "PIN (see ticket 4821) reset",
        "OTP (sent 12:03) expired",
        "PIN (6 digits) required for login",
        "passcode (4 to 6 digits) is set in the app",
        "the 3 digits at the back are missing",
        "CVV (3 digits) not given",
    ],
)
def test_when_remark_in_brackets_and_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("login credentials: user jchan / Hk$2026pass", "Hk$2026pass"),
        ("creds: admin:admin123", "admin123"),
        ("sign-in: chan.tm@example.com | Tm!2026", "Tm!2026"),
        ("Sign-in details: wong.km / Wkm#2026", "Wkm#2026"),
        ("login info - username lee_ka_man, pw Lkm2026!!", "Lkm2026!!"),
        ("credentials: svc-batch / Q7v!x9Lm", "Q7v!x9Lm"),
    ],
)
def test_when_user_and_password_follow_login_word_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "login: jchan / Monday",
        "login time: 12:03:44",
        "login: user01 / 2026-11-30",
        "Sign-in: Google / Apple ID",
        "login page: https://example.com/login",
        "Login / Logout buttons",
        "login: jchan / ********",
    ],
)
def test_when_login_word_has_no_password_pair_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Leaked dump lists: kitty.lo@example.hk / kitty1234, finance@example.com / Tinhau#2019.",
            ["kitty1234", "Tinhau#2019"],
        ),
        ("combo list line raymond.yip@example.org / Ry@ipoh88 seen on a forum", ["Ry@ipoh88"]),
        ("credential stuffing hit: wong.km@example.net:Wkm2026hk", ["Wkm2026hk"]),
        ("user chan.tm@example.com.hk / Passw0rd! logged in from 203.0.113.9", ["Passw0rd!"]),
        ("reset both: a.lee@example.com / Summer#26 and b.ho@example.com / 88Winter!", ["Summer#26", "88Winter!"]),
        ("paste: mei@example.org:qwerty789", ["qwerty789"]),
    ],
)
def test_when_address_and_password_are_paired_then_secret(detector: Detector, text: str, values: list[str]) -> None:
    assert secrets(detector, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "E-mail karen@example.com.hk / Employer: Hang Lung Properties",
        "kelvin.tsang@example.com.hk / 18/F, Two Pacific Place",
        "email chan@example.com / +852 9123 4567",
        "contacts: chan@example.com / lee@example.org",
        "mail chan@example.com / 2026-11-30",
        "email chan@example.com / HR dept",
        "Best, Maggie | maggie.ho@example.com.hk | 18/F, 8 Des Voeux Road",
        "DSN postgres://gw_app:pG7!r2Qw8zLx@ledger-db.internal:5432/ledger",
    ],
)
def test_when_address_is_followed_by_no_password_then_no_paired_secret(detector: Detector, text: str) -> None:
    found = secrets(detector, text)
    # the connection string's password is AUTH_URL's, the one secret there
    assert found == (["pG7!r2Qw8zLx"] if "postgres" in text else [])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pickup code for Dewi is KJ4829, send to her only.", "KJ4829"),
        ("Pickup code PX77-2931 唔好 SMS 俾第三者", "PX77-2931"),
        ("pickup code: 482913", "482913"),
        ("the withdrawal code 7731 works at any ATM of the network", "7731"),
        ("pick-up code is 5520-118", "5520-118"),
        ("Her cash pickup code for the Manila agent is RM2026Q", "RM2026Q"),
    ],
)
def test_when_remittance_pickup_code_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "pickup point code HK-22",
        "promo code for new users is SAVE2026X",
        "booking code for the trip is HK2026A",
        "pickup time 14:30 at counter 3",
        "withdrawal limit 5000 a day",
        "pickup code sent by SMS",
    ],
)
def test_when_no_pickup_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("customer couldn't remember the PIN, tried 1357 then 1375 at the ATM", ["1357", "1375"]),
        ("OTP 482913 then 482931, both rejected", ["482913", "482931"]),
        ("系统显示您连续 3 次输错密码。客户：我输的是 201314 啊", ["201314"]),
        ("密碼錯咗，我輸嘅係 2580 喎", ["2580"]),
        ("支付密码不对，我按的是 906413", ["906413"]),
        ("PINs 4821 and 9930", ["4821", "9930"]),
    ],
)
def test_when_code_entered_or_listed_then_secret(detector: Detector, text: str, values: list[str]) -> None:
    assert secrets(detector, text) == values


@pytest.mark.parametrize(
    "text",
    [
        "Order 1357 then 1375 shipped",
        "我输的是 3 次",
        "room 1205 then 1207 for the PIN pad engineers",
        "我按的是 2026 年的版本",
        "tried 2024 then 2025 tax forms",
        "输的是金额 500 元",
    ],
)
def test_when_numbers_entered_or_listed_are_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("| id | pan | cvv | — 1 | 4000 0566 5566 5556 | 123 | TEST USER |", ["123"]),
        ("| 5200 8282 8282 8210 | 456 | Jenny Hui |", ["456"]),
        ("4111 1111 1111 1111 ; 737 ; 12/27", ["737"]),
        ("row 3: 6011 1111 1111 1117 | 789 |", ["789"]),
    ],
)
def test_when_code_in_the_column_after_a_card_then_secret(detector: Detector, text: str, codes: list[str]) -> None:
    assert secrets(detector, text) == codes


@pytest.mark.parametrize(
    "text",
    [
        "card 4111111111111111, 123 Main Street",
        "4111111111111111; 123 items",
        "| 4111111111111112 | 123 |",
        "card 4111 1111 1111 1111 123 times",
        "| 6222 0212 3456 7890 | 123 |",
    ],
)
def test_when_number_after_a_card_is_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The host is internal but the password is real.",
        "the password is visible in the log",
        "password was exposed in the ticket",
        "the password is plaintext there",
        "password: rotated",
        "password is hashed",
    ],
)
def test_when_password_is_said_to_be_in_a_state_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    "address",
    ["m.brunner@例子.测试", "jenny.oy@例子.测试", "chan@例子.測試", "lee@example.测试", "ho@測試.香港"],
)
@pytest.mark.parametrize("template", ["Email {v} (IDN)", "email {v}，已建议", "寄去 {v} 啦"])
def test_when_address_in_a_chinese_test_domain_then_email(detector: Detector, address: str, template: str) -> None:
    assert emails(detector, template.format(v=address)) == [address]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("阿ken: u got the new staging password? Support: it's Stg#Corridor2024, don't post it", "Stg#Corridor2024"),
        ("Agent: what's your PIN? CUST: it is 4821", "4821"),
        ("what is the wifi password?? Mei: its Tea4Two!", "Tea4Two!"),
        ("Did he say the passcode? Caller: it was 9931", "9931"),
        ("the new pw? Tom: it's Hk_2026_ok", "Hk_2026_ok"),
        ("Q: admin password for the POS? A: it's Pos#8821", "Pos#8821"),
    ],
)
def test_when_password_asked_and_given_in_next_turn_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Did you change the password? Customer: it's changed already",
        "password? it's Monday",
        "what pw? its in the vault",
        "Did you reset the PIN? Agent: it was 12:30 when I did",
        "forgot the password? it's okay, use the reset link",
        "which PIN? it's the one on the mailer",
    ],
)
def test_when_answer_is_no_password_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "I typed the wrong password 5 times and it locked. Last one I tried was Summer2026!hk if that helps",
            "Summer2026!hk",
        ),
        ("password changed twice, the new one is Tam#2027", "Tam#2027"),
        ("his pw expired; the new one: Lkm_2026x", "Lkm_2026x"),
        ("密码错了三次, the last one I typed was Chan1988!", "Chan1988!"),
        ("passcode reset. The old one was 88Winter", "88Winter"),
        ("Passwords on the list are all weak; the first one is Abc12345", "Abc12345"),
    ],
)
def test_when_password_is_one_of_several_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "my OTP never arrives / the new one is 6539 8812",
        "The password expired. The new one is in the vault.",
        "Dad: I forgot the netbanking password again.",
        "new card ordered, the old one was 4111",
        "password reset: the new one is pending",
        "the new one is Tam#2027 (a shop's wifi, no password word near)",
    ],
)
def test_when_one_of_several_is_no_password_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("老公: 背后三个字? / 我: 602 用完 delete 咗呢条 message", "602"),
        ("Agent: and the CVV? / Customer: 737", "737"),
        ("客服：请问验证码是多少？ 客户：482913", "482913"),
        ("Mum: what's the OTP?? Me: 553201", "553201"),
        ("asked for the 3 digits on the back, is that normal??? I gave her 412 before I realised", "412"),
        ("the PIN? he told them 2580 on the phone", "2580"),
    ],
)
def test_when_code_asked_and_given_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Agent: how many PIN attempts? CUST: 3 times",
        "OTP not received? Agent: 10:30 we resent",
        "密码对吗? 客户: 2026年换的",
        "the PIN reset, I gave her 500 dollars for it",
        "CVV? Customer: 2 tries left",
        "Any OTP issue? Ops: 120 tickets today",
    ],
)
def test_when_answer_is_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []
