"""Issue 11, thirteenth round: ways of writing a secret that the login set (secrets as customers and
staff tell, share and paste them) showed missed, as classes. A configuration key in quotes (HCL, JSON,
PHP); a login's "pass" said to be the value; an old password ("it used to be", 以前用); a security
answer before "or"; an administrator's user and password; a login said to be a pair; a Wi-Fi key
after its network; a code given away (gave, provided, 提供咗); a security answer after its setter
(答案我设的是), scored above a name; a memorable word or a code word in Chinese (記憶字, 暗号); the
numbers on a card's back. Each table holds hits and near misses of the same shape. The values are made
up. Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a configuration key in quotes
        ('plan output: + "db_password" = "Gq7#pL2!xR9w" (sensitive)', "Gq7#pL2!xR9w"),
        ("$cfg = ['smtp_pass' => 'Mx81!relay', 'port' => 25];", "Mx81!relay"),
        ('{"admin_pwd": "Vt5$kQ8zz"}', "Vt5$kQ8zz"),
        # a login's pass said to be the value
        ("reset done by phone, temp pass was Rk#4410, asked him to change it", "Rk#4410"),
        ("the wifi pass is Harbour!2290 for today", "Harbour!2290"),
        # an old password
        ("Our ex-staff took the portal password. It used to be BlueOcean77. Please reset.", "BlueOcean77"),
        ("網上銀行密碼唔記得咗，以前用 Mandy0812，而家登入唔到", "Mandy0812"),
        # an answer before "or"
        ('security question ("first pet"): I think it was Coco or maybe coco-bean', "Coco"),
        # an administrator's user and its password
        ('photo of a sticky note: "admin / W3lcome#1 - back office"', "W3lcome#1"),
        ("便條寫住「root / Srv@7731」，已經撕走", "Srv@7731"),
        # a login said to be a pair
        ("For the December run the admin login is payroll_ops / Dec$Run-2025 (monthly).", "Dec$Run-2025"),
        # a code given away
        ("Scammer asked for the one-time code. Customer gave 581204 before hanging up.", "581204"),
        # a security answer after its setter, over a name's reading
        ("我的安全问题是“父亲的姓名”，答案我设的是 陈建国，系统却说不对", "陈建国"),
        # a memorable word or an agreed code word in Chinese
        ("事主提供咗驗證碼同埋記憶字 叉燒包。帳戶已凍結", "叉燒包"),
        ("汇款人与收款人约定取款暗号：“木棉花”。", "木棉花"),
        # the numbers on a card's back
        ("card 4111 1111 1111 1111, expiry 04/28 and the 3 numbers on the back 482.", "482"),
    ],
)
def test_when_secret_written_so_then_found(detector: Detector, text: str, value: str) -> None:
    assert value in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # a configuration key in quotes naming a property of the password
        '{"password_policy": "strict", "password_expiry_days": "90"}',
        # "pass" of a boarding pass, a pass that is a verb
        "the boarding pass was AB12C at gate 5",
        "we will pass the file to ops",
        # an old password's cue with a state after it
        "the portal password used to be required weekly",
        # an administrator's word and a slash with no password after it
        "escalate to admin / finance team",
        "admin / HR",
        # a Wi-Fi network and its key's word with no value
        "guest Wi-Fi open, no key.",
        "SSID BOC-Guest, key: none",
        # a code's word and "gave" with a count or an amount after it
        "the OTP page gave 3 attempts only",
        "Customer asked about the OTP fee; the shop gave 500 HKD back",
        # a code word's name with a state, a change or a question after it
        "暗号已经改了",
        "暗號係咩？",
        "記憶字錯誤，請再試",
    ],
)
def test_when_nothing_secret_then_none(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# the second part: a door's, a locker's, a supervisor's code; a remittance's test question; an
# authenticator's setup key; backup codes in Chinese; a password chosen or typed
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("locker code changed to 7-2-5-8 after someone saw it. old one was 3391", "7-2-5-8"),
        ("locker code changed to 7-2-5-8 after someone saw it. old one was 3391", "3391"),
        ("Branch handover: back door code 4 8 1 6 #, alarm set at 19:00", "4 8 1 6"),
        ("the terminal wants the supervisor code for voids. It's 5582 (not the default).", "5582"),
        ('Sender gave the test question "favourite fruit", answer mango. Receiver must show ID.', "mango"),
        ("I kept the setup key on paper: M3QX 7TRA P5ZD 8KLN. Can I restore it?", "M3QX 7TRA P5ZD 8KLN"),
        ("備用碼我抄低咗：6620 1839、4471 0925。", "6620 1839、4471 0925"),
        ("Her new password was refused (it holds her name). She then chose Mei!Garden_52 instead.", "Mei!Garden_52"),
        ('App 話 "密碼錯誤"，我 type 咗 Sunny2025home 三次都唔得', "Sunny2025home"),
    ],
)
def test_when_code_or_key_named_so_then_found(detector: Detector, text: str, value: str) -> None:
    assert value in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # an error's code after a code's word
        'login page says "Incorrect OTP (code 1102)", please check',
        "手机银行登录密码提示错误，错误码 1003，请协助",
        'App 提示 "密碼錯誤 (code 401)"',
        # a password rule's length range
        "密码规则：8-20位，必须包含字母和数字",
        # a negation after the password's word
        "the password isn't working on the app",
        # a bracketed abbreviation or a quoted question after an answer's word
        "We may ask for 2 characters of your memorable word (e.g. the 3rd and 5th).",
        'I forgot the answer to my security question ("name of your first pet").',
        # a setup key's name with no key after it, or a key of letters only
        "secret key: see vault",
        "the setup key: ABCD EFGH IJKL MNOP",
        # a door's word with a count or a time after it
        "door code reset 3 times today",
    ],
)
def test_when_code_word_names_nothing_secret_then_none(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# track 2 data without its start sentinel; a code's digits glued to a letter
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "DLP: log line contains track2 4000001234567899=28102011000012300000. Severity HIGH.",
            "4000001234567899=28102011000012300000",
        ),
        ("swipe dump: 5555555555554444=29012010000000000", "5555555555554444=29012010000000000"),
    ],
)
def test_when_track2_without_sentinel_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # the number before "=" fails its check
        "x 4000001234567898=28102011000012300000",
        # too few digits after "="
        "id=4000001234567899=2810",
        # an approval code glued to a letter after a code's word
        "Receipt: Auth code 06411Z. Terminal 80012234.",
    ],
)
def test_when_no_track_or_code_then_no_secret(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# a password after its word, a few words and a comma, ending its clause; a code asked to be sent
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('She wrote: "then he asked my password for the laptop, lam1956."', "lam1956"),
        ("Caller also gave the passcode for the app, Kt77pw!", "Kt77pw!"),
        ("a buyer asked me to send the code from PayMe to 'verify'. I sent 381 276.", "381 276"),
    ],
)
def test_when_password_after_comma_or_code_sent_then_secret(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # the value does not end its clause
        "password reset for the user, abc123 tried again",
        # a word with no digit or sign, a reference after it
        "password expired yesterday, Ref A12345.",
        "the password for the HK portal, see vault.",
        # another code's word before the code sent
        "please send the promo code 4821 to all",
    ],
)
def test_when_comma_or_send_names_no_secret_then_none(detector: Detector, text: str) -> None:
    assert found(detector, text) == []
