"""Issue 11, the shoal set's identifier classes: a mainland passport's number right after its holder's
name in Latin letters ("travel cover Zhao Lei EJ4418207"; not after a reference's words in capitals:
"Booking Ref EA1234568"); an airline card's shape (UATP: a 1 and fourteen digits) after an account's
word is the mainland account it names ("acct 1109 0836 1710 602"); a payment's destination names an
account ("pay to 4000 0276 1910 0338 215"); HSBC's and Hang Seng's account layout without the bank's
code is a Hong Kong account, not a mainland one ("HSBC account 123-456789-838"). Hits and near misses
on both scanners; the numbers are made up."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("travel cover Zhao Lei EJ4418207 & Zhao Xinyi, Japan 12-19 Jul", "CN_PASSPORT", "EJ4418207"),
        ("insured: Chen Mei Ling E12345678, trip to Osaka", "CN_PASSPORT", "E12345678"),
        ("settlement row 4471902 acct 1109 0836 1710 602 merchant ok", "CN_BANK_ACCOUNT", "1109 0836 1710 602"),
        ("UATP 1109 0836 1710 602 ticket refund", "CREDIT_CARD", "1109 0836 1710 602"),
        ("contact Peng Li, pay to 4000 0276 1910 0338 215, CNY 86,400.00 due 30/06", "CN_BANK_ACCOUNT", None),
        ("please remit to 6217 0012 3456 7890 12 by Friday", "CN_BANK_ACCOUNT", None),
        # HSBC's and Hang Seng's layout without the bank's code (the dune set): a Hong Kong account
        ("HSBC account 123-456789-838", "HK_BANK_ACCOUNT", "123-456789-838"),
        ("Passbook 2024-11-12 轉賬 何家樂 123-456789-838 HKD 3,600", "HK_BANK_ACCOUNT", "123-456789-838"),
        ("Hang Seng a/c 283-456789-001", "HK_BANK_ACCOUNT", "283-456789-001"),
        # a credit's and a statement's account (the fjord set)
        ("入账 4000 0212 0910 0012 345；附言 生日快乐", "CN_BANK_ACCOUNT", "4000 0212 0910 0012 345"),
        ("对账单 4102 0100 0400 12345 户名欧阳文杰", "CN_BANK_ACCOUNT", "4102 0100 0400 12345"),
        # a statement line's date glued to letters after the account is no group of it
        ("HSBC 004-668-112233-838 05MAY FPS CHEUNG KA YAN 2,000.00", "HK_BANK_ACCOUNT", "004-668-112233-838"),
    ],
)
def test_when_an_identifier_is_written_so_then_it_is_found(
    detector: Detector, text: str, kind: str, value: str | None
) -> None:
    expected = value or text.split(" to ", 1)[1].split(",")[0].split(" by")[0]
    assert found(detector, text, kind) == [expected], (text, detector.analyze(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Booking Ref EA1234568 confirmed", "CN_PASSPORT"),
        ("Order Number E12345678 shipped", "CN_PASSPORT"),
        ("acct 1109 0836 1710 602", "CREDIT_CARD"),
        ("pay to order 2024050112345678", "CN_BANK_ACCOUNT"),
        ("HSBC account 123-456789-838", "CN_BANK_ACCOUNT"),
        ("order 123-456789-838 shipped", "HK_BANK_ACCOUNT"),
        ("serial 123-456789-838-2 on the label", "HK_BANK_ACCOUNT"),
        # documents written in the same groups, and capitalised headings before a passport's shape (a
        # review's cases)
        ("Contract No. 123-456789-838", "HK_BANK_ACCOUNT"),
        ("Quotation 123-456789-838", "HK_BANK_ACCOUNT"),
        ("ISBN 978-316148-410", "HK_BANK_ACCOUNT"),
        ("保單 123-456789-838", "HK_BANK_ACCOUNT"),
        ("Shipping Label E12345678", "CN_PASSPORT"),
        ("Room Service Bill G12345678", "CN_PASSPORT"),
        ("Hong Kong SE1234567", "CN_PASSPORT"),
        ("Deposit Slip SE1234567", "CN_PASSPORT"),
    ],
)
def test_when_the_words_name_something_else_then_that_type_is_not_found(
    detector: Detector, text: str, kind: str
) -> None:
    assert found(detector, text, kind) == [], (text, detector.analyze(text))
