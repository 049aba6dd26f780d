"""Classes of names from the mesa development set (the first blind judge, read from 3 December 2026):
Hong Kong's spelling of 華 as a given syllable (Ho Kin Wah, Wah-ming), a Chinese surname and an English
given name, surname first, before a number or Chinese (Yip Kelvin 28h;, Yip Kelvin 嘅), Portuguese given
names with a particle before the surname (Maria de Fatima Noronha), a statement's all-capital TO after
Chinese as the preposition (轉賬 TO HO KIN WAH), the Cantonese surname 招 (客戶招志明), and a shop's
name after Ah (Ah Wah Seafood) as none. One table of names that must be found whole and one of
look-alikes of the same shape, through the whole detector and the names scanner alone. The names and
sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import found_whole_by_both
from person_spans import left_by_both as _left


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refund to Lo Kin Wah, card ending 4421", "Lo Kin Wah"),
        ("12JUN FPS TO LAI SIU WAH REF 8822910348 HKD 3,500.00", "LAI SIU WAH"),
        ("referee Ho Kin-wah signed the form", "Ho Kin-wah"),
        ("Wah Ming Chan paid the deposit", "Wah Ming Chan"),
        ("Casual wages: LAM Siu Fong 32h; Yip Kelvin 28h; Mohammed Rafiq 40h.", "Yip Kelvin"),
        ("Chan Kelvin 3000, Lee Grace 2000", "Chan Kelvin"),
        ("Yip Kelvin 嘅 whatsapp 係 +852 5611 2087", "Yip Kelvin"),
        ("08/06 INWARD TT MARIA DE FATIMA NORONHA MOP 5,150.00 CR", "MARIA DE FATIMA NORONHA"),
        ("Maria da Conceicao Pereira signed the form", "Maria da Conceicao Pereira"),
        ("06/14 轉賬 TO HO KIN WAH 2,000.00 DR", "HO KIN WAH"),
        ("06/14 转账 TO CHAN TAI MAN 2,000.00 DR", "CHAN TAI MAN"),
        ("客戶招志明補交副本", "招志明"),
        ("收款人招詠欣，金額 HKD 800", "招詠欣"),
    ],
)
def test_when_a_name_of_these_classes_stands_then_it_is_found_whole(text: str, name: str) -> None:
    found_whole_by_both(text, name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("06/14 轉賬 TO HO KIN WAH 2,000.00 DR", "TO"),
        ("Tsui Wah ordered 3 sets", "Tsui Wah"),
        ("Ah Wah Seafood: ok approved, 2 crab", "Ah Wah"),
        ("Ah Ming Noodles: order ready", "Ah Ming"),
        ("Paid to Maria de Fatima Hospital", "Maria"),
        ("Chan Kelvin Trading 200", "Chan"),
        ("So Kelvin 200 units", "Kelvin"),
        ("公司招聘会计，月薪面议", "招聘"),
        ("请招呼客人入座", "招呼"),
        ("招商银行转账 800", "招商"),
    ],
)
def test_when_a_look_alike_of_these_classes_stands_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)
