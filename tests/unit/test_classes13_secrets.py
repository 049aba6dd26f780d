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
