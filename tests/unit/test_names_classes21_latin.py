"""Classes of names in Latin letters (the twenty-first round, from the development set ``shoal``): a
given name after a card's or a transfer's party abbreviated (CH Rahul Mehta, benef Ayesha Arif, card
member Gareth Llewellyn). One table of names that must be found and one of look-alikes of the same shape,
through the whole detector and the names scanner alone. The names and sentences are made up for these
tests."""

from __future__ import annotations

import pytest
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Diners dispute, CH Rahul Mehta +852 6520 1187, double billed", "Rahul"),
        ("cash HKD 25,000 to PK18 MEZN 0002 1007 9913 6620 benef Ayesha Arif (sister)", "Ayesha"),
        ("Amex dispute card member Gareth Llewellyn g.llewellyn@example.co.uk", "Gareth"),
        ("bene Priscilla Tam, HSBC", "Priscilla"),
    ],
)
def test_when_a_given_name_follows_a_partys_abbreviation_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("CH Grace period applies to this card", "Grace"),
        ("member May promotion ends today", "May"),
        ("benef Bank of China", "Bank"),
    ],
)
def test_when_a_thing_follows_a_partys_abbreviation_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)
