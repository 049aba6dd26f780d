"""Classes of names in Latin letters (the seventeenth round, from the development set ``kin``): an
English given name after a Chinese verb of transfer (转 Linda 支付宝, 匯Kevin 500). One table of names
that must be found and one of look-alikes of the same shape that must give no PERSON finding, through
the whole detector and through the names scanner alone. The names and sentences are made up for these
tests."""

from __future__ import annotations

import pytest
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


# class 7: a listed English given name right after 转/汇 (one blank between at most) is the payee;
# a month's name, a thing's given name and a brand there are none (转 Jan 月, 转 Visa 卡, 转 Apple 的钱).
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("拼单奶茶：每人 32，转 Natalie 微信", "Natalie"),
        ("房租我已经转Derek了，水电下周再算", "Derek"),
        ("記得匯 Brandon 1,200 做訂金", "Brandon"),
        ("汇Melissa 800 是代购的钱", "Melissa"),
        ("團購：每份 $95，轉 Gordon PayMe", "Gordon"),
    ],
)
def test_when_a_given_name_follows_a_transfer_verb_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("信用卡还款转 Visa 卡那张", "Visa"),
        ("账单先转 Jan 月的报表", "Jan"),
        ("我先转 Apple 的钱再说", "Apple"),
        ("转 May 月的账单给会计", "May"),
    ],
)
def test_when_a_thing_or_a_month_follows_a_transfer_verb_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)
