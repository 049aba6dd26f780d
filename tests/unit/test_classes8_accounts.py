"""Issue 11, eighth round: mainland accounts as the inbox set wrote them, missed on its first reading:
after the Traditional account words with 賬 (收款賬號, 賬戶), with the bank's name right after the
number and no account word ("Pay to 4420 ..., China Construction Bank", "入 4000 ... 工商银行"), and an
account word naming a 19-digit number that a Visa's shape and Luhn would have made a card. Hits and
near misses; both scanners."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("收款賬號4405 0158 2100 0036 1192，用途：醫療費", "4405 0158 2100 0036 1192"),
        ("佢個賬戶 4420150380005201773 收唔到錢", "4420150380005201773"),
        ("Pay to 4420 1503 8000 5201 7736, China Construction Bank Futian sub-branch.", "4420 1503 8000 5201 7736"),
        ("转账 RMB 120,000 到 4430 6650 1018 1700 29384 (交通银行).", "4430 6650 1018 1700 29384"),
        ("salary 入 4000 0236 0920 0458 871 工商银行.", "4000 0236 0920 0458 871"),
        ("已打入工商银行账户4000 0213 0910 0872 346。", "4000 0213 0910 0872 346"),
        ("refund to 3100 2218 4410 9920 Bank of Communications", "3100 2218 4410 9920"),
    ],
)
def test_when_mainland_account_named_or_bank_follows_then_account(detector: Detector, text: str, value: str) -> None:
    assert ("CN_BANK_ACCOUNT", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "business registration 71024583-000 (not an ID). Bank: Hang Seng branch",
        "order 20261130123456 bank transfer pending",
        "ref 4420150380005201 then call the bank",
        "invoice 44201503800052 sent. Bank holiday tomorrow",
        "amount 1234567890.00 银行",
        "tracking 4405 0158 2100 0036 1192, bank courier",
    ],
)
def test_when_bank_word_names_no_account_then_no_account(detector: Detector, text: str) -> None:
    assert [t for t, _ in found(detector, text) if t == "CN_BANK_ACCOUNT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Visa card 4000 0213 0910 0872 346 declined",
        "card 4000021309100872346 charged twice",
        "卡号 4000 0213 0910 0872 346",
    ],
)
def test_when_card_word_names_the_19_digit_number_then_card(detector: Detector, text: str) -> None:
    assert [t for t, _ in found(detector, text)] == ["CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("转账 9.8 万到 6230 5820 0001 2345 67，实为诈骗账号，已止付", "6230 5820 0001 2345 67"),
        ("转 4430665010181700 这个账户", "4430665010181700"),
        ("钱打去 4420 1503 8000 5201 的账号", "4420 1503 8000 5201"),
        ("匯咗去 4405015821000036 嗰個賬戶", "4405015821000036"),
    ],
)
def test_when_account_word_follows_the_number_then_account(detector: Detector, text: str, value: str) -> None:
    assert ("CN_BANK_ACCOUNT", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "订单号 1234567890123，账户已冻结",
        "单号 20261130123456 的账户",
        "个人社保编号 4406 2018 0035，原单位",
        "医保号 4406201800351 已登记",
        "公积金账号以外的编号 4406201800351。账户正常",
        "电话 13812345678 的账户",
    ],
)
def test_when_number_is_another_kind_then_no_account(detector: Detector, text: str) -> None:
    assert [t for t, _ in found(detector, text) if t == "CN_BANK_ACCOUNT"] == []
