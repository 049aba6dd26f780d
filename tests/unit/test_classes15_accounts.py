"""Issue 11, fifteenth round: a property company's corporate bank account named so (物业对公账户 ...) is a
bank account, though a property's or a bill's word stands before it, which otherwise names a bill's
account number (交电费 户号 ...); the clan set's one missed account. The numbers are made up. Both
scanners run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def accounts(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CN_BANK_ACCOUNT"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("物业费请转账至物业对公账户4000 0210 0920 0188 623（工行布吉支行）", "4000 0210 0920 0188 623"),
        ("管理费汇入物业公司银行账户 6222 0210 0112 3456 781", "6222 0210 0112 3456 781"),
    ],
)
def test_when_a_bills_payee_names_its_bank_account_then_it_is_found(detector: Detector, text: str, value: str) -> None:
    assert value in accounts(detector, text), (text, accounts(detector, text))


@pytest.mark.parametrize("text", ["交电费 户号0301882245", "香港電燈 戶口編號 0301882245 已扣款"])
def test_when_a_bill_word_names_the_account_then_it_is_no_bank_account(detector: Detector, text: str) -> None:
    assert accounts(detector, text) == []
