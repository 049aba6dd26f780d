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


# the cove and dune sets (written to the blind judge's own rules): a Chinese surname and an English
# given name, surname first, anywhere the surname is no English word; a given name, a surname's
# particle (van, do, da) and a surname on no list
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Expense claim: Yip Kelvin put the team dinner on his card", "Yip Kelvin"),
        ("Reimbursement for Yip Kelvin: claims were charged", "Yip Kelvin"),
        ("Card statement for YIP KELVIN, 5520 1234 0000 1129", "YIP KELVIN"),
        ("EUR 1,100 to Sophie van Dijk NL91 ABNA 0417 1643 00", "Sophie van Dijk"),
        ("NL transfer to Pieter van Dijk, NL91 ABNA 0417 1643 00, returned", "Pieter van Dijk"),
        ("proof of delivery to Ana Lúcia do Rosário (Macau ID 13088246)", "Ana Lúcia do Rosário"),
        ("09 SEP INWARD TT PIETER VAN DIJK NL39 RABO 0300 0652 64 EUR 1,200.00", "PIETER VAN DIJK"),
        ("Group medical enrolment：Leung Wing Sze Cecilia、So Ka Ho、Yip Kelvin；受養人", "Yip Kelvin"),
    ],
)
def test_when_a_name_is_written_surname_first_or_with_a_particle_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("So Kelvin said he would pay", "So"),
        ("Chan Kelvin Trading Co. invoice", "Chan"),
        ("What do People think of it", "People"),
        ("PLEASE DO NOT SHARE THE CODE", "NOT"),
        # do, the English verb, before a day or a word on no list (a review's cases)
        ("Can Mary do Friday instead?", "Friday"),
        ("Ask Amy do Accounts reconciliation", "Accounts"),
        ("Will Ryan do Payroll today", "Payroll"),
        # a greeting's or a place of worship's word with Singh or Kaur
        ("Hi Singh, refund sent", "Hi"),
        ("Pls Singh check the refund", "Pls"),
        ("Gurdwara Singh Sabha donation HKD 500", "Gurdwara"),
        ("THE VAN GOGH MUSEUM SHOP", "GOGH"),
        ("Maria do Carmo Hospital billing", "Carmo"),
        ("Hang Seng sent a retrieval request", "Seng"),
        ("Kwan Tsz Wing of Lei Cheng Uk; signature verified", "Lei Cheng Uk"),
        ("for the 奇華 online shop", "奇華"),
        ("send HK$300 for the 榮華 mooncakes", "榮華"),
    ],
)
def test_when_a_look_alike_is_written_so_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)
