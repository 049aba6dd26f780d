"""Issue 11, precision next to the new recall: identifiers' look-alikes that people write in the same
memos. A utility's or a property's account number after an account word (户号, 戶口編號, 物業編號 for
electricity, rates), a version number shaped like an IPv4 address, a range after a card's security
code word; and the non-Chinese Home Return Permit after its colloquial name (回鄉卡)."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type != "PERSON"]


CASES = [
    # a bill's account is no bank account; a bank's, with the same words around, still is
    ("顺便帮我交电费 户号0301882245", []),
    ("繳費 香港電燈 戶口編號 1234-5678-90", []),
    ("交埋差餉 物業編號 1-23-45-67890-12", []),
    ("electricity account 0301882245 due", []),
    ("工行账户 0301882245 收款", [("CN_BANK_ACCOUNT", "0301882245")]),
    ("户号0301882245 对公", [("CN_BANK_ACCOUNT", "0301882245")]),
    ("电费账号：0301882245", []),
    ("property account no. 0301882245", []),
    ("账户（电费）0301882245", []),
    # a bill paid into or from a bank account: the bill word names no account word (issue #11 review)
    ("管理费请转账至账户 0301882245", [("CN_BANK_ACCOUNT", "0301882245")]),
    ("电费代扣账号 0301882245", [("CN_BANK_ACCOUNT", "0301882245")]),
    ("FX rates apply; account 0301882245", [("CN_BANK_ACCOUNT", "0301882245")]),
    # versions shaped like addresses; addresses
    ("Deploy v2.4.10.3 to edge", []),
    ("版本1.10.2.8发布完成", []),
    ("release 5.1.3.2 deployed", []),
    ("login from 203.0.113.45 failed", [("IP_ADDRESS", "203.0.113.45")]),
    ("IP地址 198.51.100.7", [("IP_ADDRESS", "198.51.100.7")]),
    # a card security code is three or four digits: a range after its word is none
    ("41 attempts with CVV 000–040 on that BIN", []),
    ("CVV 000-040 tried", []),
    ("CVV 317 given", [("AUTH_SECRET", "317")]),
    ("OTP 123-456 given", [("AUTH_SECRET", "123-456")]),
    # the Home Return Permit by its colloquial name
    ("非中國籍永久居民回鄉卡HA2038471", [("CN_HOME_RETURN_PERMIT", "HA2038471")]),
    ("shipment HA2038471 left", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_when_a_look_alike_stands_in_a_memo_then_only_real_identifiers_are_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text) == expected
