"""The card and account judges' first rejections (issue #11's core speed) agree with the full
judges: every candidate of gc_card, gc_card_run, gc_card_dashed, gc_card_short and
gc_cn_bank_account, on hits, near misses and refused candidates of every shape, gets the same
verdict with and without them.

The full judges are the code before the first rejections: :func:`_card_value_full` below is
``patterns._card_value`` as it read, and the account judge runs with ``_refused_bare`` switched off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from streams.detect import patterns as p
from streams.detect import validators as v
from streams.detect.findings import Finding
from streams.synthetic import Synth

CARD_RECOGNIZERS = (p.CARD, p.CARD_RUN, p.CARD_DASHED, p.CARD_SHORT)


def _card_value_full(value: str) -> bool:
    """``patterns._card_value`` without its first rejections (the oracle)."""
    value = p._card_form(value)
    if not p.card_grouping(value):
        return p._SPELT.fullmatch(value) is not None and v.card_class(value) == v.LISTED_CARD
    kind = v.card_class(value)
    return kind == v.LISTED_CARD or (kind == v.UNLISTED_CARD and p._unlisted_card(value))


# hits, near misses and refused candidates of every shape the four patterns match
TEXTS = (
    # hits
    "卡号 4111 1111 1111 1111 已冻结",
    "card 4111-1111-1111-1111 exp 12/27",
    "paid with 4111111111111111 today",
    # (a run beside a blank and a digit: gc_card_run's)
    "card 4111111111111111 2 times",
    "cards 2 4012888888881881 declined",
    "visa 4111.1111.1111.1111",
    "卡号 6222 0212 3456 7890 123",
    "CALLER: 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 card",
    "账号 6222021234567890123 请转账",
    "account 12345678901234 at BOCHK",
    "acct 004-123-456789-001",
    "证件号码 7559 1266 3310 902",
    "7559 1266 3310 902",
    "收款账户：6217 0000 1234 5678 9",
    "card 6011 0009 9013 9424",
    "rupay 6070 0000 0000 0006",
    "6070000000000006 paid",
    "cc 5018 0000 0009",
    "cc 501800000009 paid",
    "cc 5018 0000 0008",
    "order 5018 0000 0009",
    "card 4222222222222",
    "card 4222-2222-22222",
    "account no. 8800 1234 5678 9012 34 (see below)",
    "号码 123456789012345678",
    # near misses: a wrong check digit, a digit more or less, an order or amount word, a bill
    "卡号 4111 1111 1111 1112",
    "card 4111111111111112 2 times",
    "card 4111 1111 1111 1111 2",
    "订单号 6222021234567890123",
    "账户余额 12345678901.00",
    "账户于20241130153000冻结",
    "交电费 户号0301882245",
    "account order no. 12345678901234",
    "报警回执号 4403052026113000123",
    "GB81 BARC 2003 1234 5678 90",
    "merchant 8801 2233 4455 6677",
    "number 4111 1111 1111 111",
    # refused shapes: envelope ids, tokens, amounts, dates, short runs
    "CN_SCC-2026-9797",
    "HK-CS-20261130-0211",
    "registration 64812309-000-05-24-8",
    "ref 2026-1130-0441-12",
    "7318402291834471",
    "8823190456612093845",
    "txn 1234-567 and 9876-5432",
    "2026-11-30 12:00:00",
    "RC-20261130-0441",
    "+852 9123 4567 8888",
    "4111-1111",
    "１２３４５６７８９０１２３４５６",
    "卡号４１１１１１１１１１１１１１１１",
    "1234567890 1234567890 1234567890",
    "",
)


def _generated(count: int) -> list[str]:
    synth = Synth(seed=29)
    texts = [synth.memo().text for _ in range(count)]
    for _ in range(count // 4):
        record = synth.card_payment()
        texts.extend(str(value) for value in record.values() if isinstance(value, str))
    return texts


def _candidates(recognizer: p.Recognizer, text: str) -> Iterator[tuple[int, int, int]]:
    for m in recognizer.pattern.finditer(text):
        if m.group(recognizer.group) is not None:
            yield m.start(), m.start(recognizer.group), m.end(recognizer.group)


def _verdicts(texts: tuple[str, ...] | list[str]) -> list[tuple[str, str, int, Finding | None]]:
    out: list[tuple[str, str, int, Finding | None]] = []
    for recognizer in (*CARD_RECOGNIZERS, p.CN_ACCOUNT):
        for text in texts:
            for start, value_start, value_end in _candidates(recognizer, text):
                out.append((recognizer.name, text, start, recognizer.judge(text, start, value_start, value_end)))
    return out


def _full_verdicts(
    texts: tuple[str, ...] | list[str], monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, str, int, Finding | None]]:
    with monkeypatch.context() as m:
        m.setattr(p.AccountRecognizer, "_refused_bare", lambda *_args: False)
        full = (
            *(replace(r, validate=_card_value_full) for r in CARD_RECOGNIZERS),
            p.CN_ACCOUNT,
        )
        out: list[tuple[str, str, int, Finding | None]] = []
        for recognizer in full:
            for text in texts:
                for start, value_start, value_end in _candidates(recognizer, text):
                    out.append((recognizer.name, text, start, recognizer.judge(text, start, value_start, value_end)))
    return out


def test_when_table_texts_are_judged_then_first_rejections_change_no_verdict(monkeypatch: pytest.MonkeyPatch) -> None:
    fast, full = _verdicts(TEXTS), _full_verdicts(TEXTS, monkeypatch)
    assert fast == full
    # the table holds hits and refusals of each recognizer, and first rejections that fire
    for recognizer in (*CARD_RECOGNIZERS, p.CN_ACCOUNT):
        verdicts = [found for name, _text, _start, found in fast if name == recognizer.name]
        assert any(found is not None for found in verdicts), recognizer.name
        assert any(found is None for found in verdicts), recognizer.name


def test_when_generated_texts_are_judged_then_first_rejections_change_no_verdict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _generated(400)
    fast, full = _verdicts(texts), _full_verdicts(texts, monkeypatch)
    assert len(fast) == len(full) > 0
    assert fast == full


@pytest.mark.parametrize(
    "value",
    ["4111-1111", "2026-9797", "1234-567", "12345678901", "１２３４-５６７８", "4111.1111.1", "5018 0000 0"],
)
def test_when_a_candidate_is_shorter_than_twelve_then_the_full_card_check_refuses_it(value: str) -> None:
    assert len(value) < 12
    assert not _card_value_full(value)
    assert not p._card_value(value)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("7318402291834471", True),  # a whole field: no word before it
        ("txn ref 8823190456612093845 ok", True),
        ("账号 6222021234567890123", False),  # the account's word
        ("号码 123456789012345678", False),  # a generic word
        ("7559 1266 3310 902", False),  # the print form's bare score
    ],
)
def test_when_the_account_first_rejection_refuses_then_the_full_judge_refuses_too(text: str, refused: bool) -> None:
    (start, value_start, value_end), *_ = _candidates(p.CN_ACCOUNT, text)
    assert p.CN_ACCOUNT._refused_bare(text, start, value_start, value_end, ()) is refused
    if refused:
        assert p.Recognizer.judge(p.CN_ACCOUNT, text, start, value_start, value_end) is None


def test_when_a_value_has_no_blank_then_it_is_no_print_form() -> None:
    for value in ("7559126633109020", "7559-1266-3310-902", "7559\t1266\t3310\t902"):
        assert p._FOUR_GROUPS.fullmatch(value) is None
        assert not p._account_print_form(value)
    assert p._account_print_form("7559 1266 3310 902")
