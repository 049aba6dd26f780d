"""Issue 11, the delta set's secret classes: a parcel locker's pickup code (取件码, 取货码, 提货码), as
"pickup code" and "locker code" are; a code named by the keyword nearest it when an earlier keyword
stands further back with a count between ("OTP，再send咗一次，個code係 482913": 一次 counts the sends,
the nearest keyword names the code). Hits and near misses of the same shape on both scanners (the
``detector`` fixture); the codes are made up."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("快递员说放在丰巢柜了，取件码 835127，收件人自取", "835127"),
        ("取件碼：835127", "835127"),
        ("提货码 40213 请勿外传", "40213"),
        ("客人話收唔到OTP，再send咗一次，個code係 482913（唔好講俾人聽）", "482913"),
        ("OTP已发送3次，验证码 482913", "482913"),
        ("OTP，再發咗一次，code係 730155", "730155"),
        # an authenticator's seed right after its name (the cove set)
        ("the MFA seed JBSWY3DPEHPK3PXP was in the alert payload", "JBSWY3DPEHPK3PXP"),
        ("TOTP seed is JBSW Y3DP EHPK 3PXP", "JBSW Y3DP EHPK 3PXP"),
    ],
)
def test_when_a_code_is_named_so_then_it_is_found(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value], (text, secrets(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # an order's code word nearest the number, a count of sends and no code named after it
        "验证码已发送，订单码 88123456",
        "订单码 88123456",
        "OTP 已经发咗 3 次",
        "取件码已经发到你手机",
        "验证码发送了2次，订单号 88123456",
        "the MFA seed was rotated today",
        "random seed ABCD1234EFGH5678 for the test run",
    ],
)
def test_when_no_code_is_named_then_no_secret_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == [], (text, secrets(detector, text))
