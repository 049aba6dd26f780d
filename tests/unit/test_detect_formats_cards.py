"""Issue 11, cards and mainland accounts as people write them: networks beyond Visa, Mastercard and
UnionPay's 62 (Mir, Maestro's other ranges, Troy, Hipercard), any issuer's number
after a card word, dotted groups; and the look-alikes of a mainland account (a card of a network no
table lists, timestamps, order and tracking numbers named after the account word). Each table holds
hits and near misses (the same number with a wrong check digit is never reported)."""

from __future__ import annotations

import pytest
from format_tables import card as _card
from format_tables import wrong_check_digit as _wrong
from stdnum import luhn

from streams.detect.engine import Detector
from streams.detect.validators import card_network, is_valid_card, py_is_valid_card


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def _fours(pan: str, sep: str = " ") -> str:
    return sep.join(pan[i : i + 4] for i in range(0, len(pan), 4))


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type != "PERSON"]


# (network, prefix, length): numbers of networks the extension's table does not list
OTHER_NETWORKS = [
    ("MIR", "2200", 16),
    ("MIR", "2204", 19),
    ("MAESTRO", "6304", 16),
    ("MAESTRO", "5018", 16),
    ("MAESTRO", "6763", 19),
    ("TROY", "9792", 16),
    ("HIPERCARD", "606282", 16),
]


@pytest.mark.parametrize(("network", "prefix", "length"), OTHER_NETWORKS)
def test_when_a_card_of_another_network_is_written_then_it_is_found_without_a_card_word(
    detector: Detector, network: str, prefix: str, length: int
) -> None:
    pan = _card(prefix, length)
    assert card_network(pan) == network
    assert is_valid_card(pan) and py_is_valid_card(pan)
    for written in (pan, _fours(pan), _fours(pan, "-")):
        text = f"paid with {written} yesterday"
        assert found(detector, text) == [("CREDIT_CARD", written)], text
    # the same number with a wrong check digit: nothing, not even an account in print form
    bad = _fours(_wrong(pan))
    assert not is_valid_card(bad)
    assert found(detector, f"card {bad} yesterday") == []
    assert found(detector, f"paid with {bad} yesterday") == []


# any issuer's Luhn-valid number after a card word (a legacy domestic 9... BIN, a network no table
# lists); the same number without a card word, after an order or account word, or failing Luhn, is none
UNLISTED = _card("9307", 16)
# a Hong Kong account in its bank-code form whose digits happen to pass Luhn
HK_ACCOUNT = next(f"004-123-4567{i:03d}0" for i in range(1000) if luhn.is_valid(f"0041234567{i:03d}0"))
ELO = _card("6362", 16)
UNLISTED_CASES = [
    (f"BC card {_fours(UNLISTED)} declined", [("CREDIT_CARD", _fours(UNLISTED))]),
    (f"信用卡 {UNLISTED}", [("CREDIT_CARD", UNLISTED)]),
    (f"debit card no. {UNLISTED}", [("CREDIT_CARD", UNLISTED)]),
    (f"Elo card {_fours(ELO)}", [("CREDIT_CARD", _fours(ELO))]),
    (f"shipment {UNLISTED} left", []),
    (f"credit card repayment to {HK_ACCOUNT}", [("HK_BANK_ACCOUNT", HK_ACCOUNT)]),
    (f"card order {UNLISTED}", []),
    (f"card {_fours(_wrong(UNLISTED))}", []),
    (f"信用卡 {_wrong(UNLISTED)}", []),
]


@pytest.mark.parametrize(("text", "expected"), UNLISTED_CASES)
def test_when_a_card_word_stands_before_a_luhn_number_of_any_issuer_then_it_is_a_card(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text) == expected


VISA = "4111111111111111"
UNIONPAY = _card("6230", 19)
DOTTED = [
    (f"card {_fours(VISA, '.')} charged", [("CREDIT_CARD", _fours(VISA, "."))]),
    (f"银联 {_fours(UNIONPAY, '.')}。", [("CREDIT_CARD", _fours(UNIONPAY, "."))]),
    (f"card {_fours(_wrong(VISA), '.')} charged", []),
    # a version or a dotted reference is no card
    ("build 4111.1111.1111 shipped", []),
    (f"card {_fours(VISA, '.')}.5 charged", []),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED)
def test_when_a_card_is_grouped_by_dots_then_it_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text) == expected


ACCOUNT_LOOK_ALIKES = [
    # accounts, with their words
    ("账号 6222 0212 3456 7894 12", [("CN_BANK_ACCOUNT", "6222 0212 3456 7894 12")]),
    ("对公账户 1234567890123456789", [("CN_BANK_ACCOUNT", "1234567890123456789")]),
    ("account 7559 1266 3310 902", [("CN_BANK_ACCOUNT", "7559 1266 3310 902")]),
    # timestamps after an account word
    ("账户于20241130153000冻结", []),
    ("账号更新时间 202411301530", []),
    ("account timestamp 1732950000123", []),
    # an order, a serial or tracking number named between the account word and the number
    ("账户的订单号 123456789012345", []),
    ("account locked, order no. 123456789012", []),
    ("账户流水号 2024113012345678", []),
    # an amount after the account word
    ("账户余额 12345678901.00", []),
    ("account balance 12345678901 HKD", []),
    ("账户余额 12345678901 元", []),
    ("账户金额：12345678901元", []),
    ("account, amount 12345678901 USD", []),
    # a currency after the number alone is no amount: an account is often written before its
    # currency (issue #11 review), so this one is an account
    ("账户 12345678901 元", [("CN_BANK_ACCOUNT", "12345678901")]),
    # the word names the number (attached), not a remark between the account word and the number
    ("账号 订单号：123456789012345", []),
    ("account, phone no. 123456789012", []),
    ("账户（手机银行）123456789012345", [("CN_BANK_ACCOUNT", "123456789012345")]),
    # a timestamp's shape right after the account word is the account; after a word between, a time
    ("账号 20240101120000123", [("CN_BANK_ACCOUNT", "20240101120000123")]),
    ("账户于20240101120000123冻结", []),
    ("编号 20241130153000", []),
    # a card number of no listed network, in an account's print form, after a card word
    (f"card {_fours(_wrong(UNLISTED))}", []),
]


@pytest.mark.parametrize(("text", "expected"), ACCOUNT_LOOK_ALIKES)
def test_when_a_number_after_an_account_word_is_something_else_then_no_account_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text) == expected


# card details listed without words: the card, an expiry date, the security code
CARD_THEN_CODE = [
    ("card 4111 1111 1111 1111 123 exp 12/27", [("CREDIT_CARD", "4111 1111 1111 1111"), ("AUTH_SECRET", "123")]),
    ("Card: 4111 1111 1111 1111, 12/27, 123", [("CREDIT_CARD", "4111 1111 1111 1111"), ("AUTH_SECRET", "123")]),
    ("card 4111111111111111 123", [("CREDIT_CARD", "4111111111111111"), ("AUTH_SECRET", "123")]),
    ("4111-1111-1111-1111 12/27 123", [("CREDIT_CARD", "4111-1111-1111-1111"), ("AUTH_SECRET", "123")]),
    ("Amex 3782 822463 10005 exp 09/26 1234", [("CREDIT_CARD", "3782 822463 10005"), ("AUTH_SECRET", "1234")]),
    # four digits with no date before them may be a longer number's last group, three before a word
    # a count: no code, but the valid card before them is reported (issue #11 review: it crossed)
    ("card 4111 1111 1111 1111 1234", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    ("card 4111 1111 1111 1111 123 times", [("CREDIT_CARD", "4111 1111 1111 1111")]),
    # the longer run a valid card itself: that card, not its prefix
    ("card 4111 1111 1111 1111 110", [("CREDIT_CARD", "4111 1111 1111 1111 110")]),
    # a wrong check digit: neither
    ("card 4111 1111 1111 1112 123", []),
    # a UnionPay number and three digits is a 19-digit card's shape (a near miss when its check fails)
    (f"paid {_fours(_wrong(UNIONPAY))}", []),
    ("6222 0212 3456 7894 123", []),
]


@pytest.mark.parametrize(("text", "expected"), CARD_THEN_CODE)
def test_when_a_card_is_followed_by_its_code_then_both_are_found_apart(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text) == expected
