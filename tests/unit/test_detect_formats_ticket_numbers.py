"""Issue 11, the numbers a support ticket names that are no bank account and no card: a case's,
a merchant's or terminal's, a policy's, a claim's, a bill's number, a police receipt's 19 digits
that pass Luhn. Hits beside them: an account after its own word, a card after a card word."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def found(detector: Detector, text: str, *types: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type in types]


KINDS = ("CN_BANK_ACCOUNT", "CREDIT_CARD")
NEAR_MISSES = [
    "個案編號 HK-CS-20261130-0211｜客戶致電話張卡已停",
    "终端号 30018842 商户号 102440153112233 授权码 834121",
    "商户号 102440353990088。非个人信息。",
    "Merchant Tsui Wah Restaurant (MID 4458 0021 9930) reports terminal errors",
    "policy no. 4111 1111 2026, claim no. 5555-4444-1234",
    "交電費（bill no. 8812 3345 6678）。No PII",
    "是否报警：是（报警回执号 4403052026113000123）｜证件：护照",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_ticket_names_another_number_then_no_account_or_card_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text, *KINDS) == [], text


HITS = [
    ("账号 6222021234567894123 已冻结", [("CN_BANK_ACCOUNT", "6222021234567894123")]),
    ("卡号 4403052026113000123", [("CREDIT_CARD", "4403052026113000123")]),
    ("Visa 4111 1111 1111 1111 for the policy premium", [("CREDIT_CARD", "4111 1111 1111 1111")]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_its_own_word_names_the_number_then_it_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text, *KINDS) == expected, text


DOCUMENTS = [
    (
        "Home Return Permit and passport for the mainland director: H1234567801 (renewal 01) and more",
        [("CN_HOME_RETURN_PERMIT", "H1234567801")],
    ),
    (
        "CSV 导出：序号,姓名,证件号,手机 ; 1,郭静怡,320106199002146329 ; 2,杨晓燕,E12345678,+86",
        [("CN_PASSPORT", "E12345678")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_when_a_document_word_opens_the_sentence_then_its_number_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text, "CN_HOME_RETURN_PERMIT", "CN_PASSPORT") == expected, text


def test_when_the_document_word_is_far_off_then_the_shape_alone_is_not_reported(detector: Detector) -> None:
    text = "Home Return Permit: see the scan attached to the first e-mail of this thread, then H1234567801"
    assert found(detector, text, "CN_HOME_RETURN_PERMIT") == []
