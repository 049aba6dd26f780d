"""Classes of names in Latin letters (issue #11, the thirteenth round), from the remit development
set's Hong Kong and mixed misses: a listed English given name in Chinese text after a staff label and a
colon (經辦：Jacky), after a call's opening interjection (喂Kelvin), or before a demonstrative or a
duty's verb (Mandy嗰邊, Sandy負責); the English given names of people born from the 1990s on, which the
older lists lacked (Raymond & Kayla); an invoice's label after a dash (— Bill to:); a surname and two
given names in capitals (SANTOS MARIA LUISA). One table per class, names that must be found and near
misses of the same shape that must give no PERSON finding, through the whole detector and through the
names scanner alone. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


# class 1: the member of staff a form or a note names after its label and a colon (經辦：Jacky, 處理職員:
# Yoyo, 負責人：Ivan, 客服主管： Winston) is a person, as after the role with no colon (客服 Cindy). Months,
# towns, brands and things after a label that is no role's (處理：May, 付款方式：Visa, 經辦：Octopus) are
# nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("退款已批。經辦：Jacky", "Jacky"),
        ("地址更改完成，處理職員：Yoyo", "Yoyo"),
        ("投訴個案已結。負責人：Ivan", "Ivan"),
        ("客服主管： Winston 已覆核", "Winston"),
        ("經辦人: Phoebe，覆核：Gordon", "Phoebe"),
        ("柜员：Rachel 已核对身份证", "Rachel"),
    ],
)
def test_when_a_staff_label_and_a_colon_come_before_a_given_name_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("處理：May 月結單", "May"),
        ("付款方式：Visa", "Visa"),
        ("經辦：Octopus 增值", "Octopus"),
        ("客户经理：Stanley 分行", "Stanley"),
        ("處理職員：Team A", "Team"),
    ],
)
def test_when_a_staff_label_and_a_colon_come_before_a_thing_then_nothing_is_found(text: str, word: str) -> None:
    _left(text, word)


# class 2: a listed given name after a call's opening interjection (喂Kelvin, 嗨 Joey), or before a
# demonstrative (Mandy嗰邊, Ivy那張單) or a duty's verb (Sandy負責覆核): the person addressed, whose side or
# task it is. A thing's or a brand's name there (喂Apple部機, Google嗰個account) is nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("喂Kelvin，張單你睇咗未？", "Kelvin"),
        ("嗨 Joey，收到錢未", "Joey"),
        ("你問下Mandy嗰邊過咗數未", "Mandy"),
        ("金額啱，Sandy負責覆核。", "Sandy"),
        ("Ivy那张单已经批了", "Ivy"),
        ("今日Gordon负责开柜", "Gordon"),
    ],
)
def test_when_a_greeting_a_demonstrative_or_a_duty_verb_stands_by_a_given_name_then_it_is_found(
    text: str, word: str
) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("喂Apple部機壞咗", "Apple"),
        ("用Google嗰個account登入", "Google"),
        ("PayMe那边未到账", "PayMe"),
        ("五月 May 嗰陣已經找數", "May"),
    ],
)
def test_when_a_greeting_or_a_demonstrative_stands_by_a_thing_then_nothing_is_found(text: str, word: str) -> None:
    _left(text, word)


# class 3: the English given names of people born from the 1990s on (Kayla, Megan, Ethan, Jayden), which
# the older lists lack and a romanised syllable's shape read as Cantonese (Kay-la, Me-gan): two of them
# joined by & or and are two people, as two older ones are (Raymond & Kayla). A road, a brand or a
# street named after one (Nathan Road, Ralph Lauren, Haley Street) is nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("did Raymond & Kayla pay u back for the tickets??", "Kayla"),
        ("Megan and Ethan split the deposit", "Megan"),
        ("Megan and Ethan split the deposit", "Ethan"),
        ("Jayden & Chloe still owe $200 each", "Jayden"),
        ("thanks Kaylee, got it", "Kaylee"),
        ("Nathan & Joyce sent the FPS already", "Nathan"),
    ],
)
def test_when_a_newer_english_given_name_stands_in_a_pair_or_after_a_cue_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Meet at the Nathan Road branch at 3pm", "Nathan"),
        ("Refund for the Ralph Lauren order is done", "Lauren"),
        ("Parcel sent to Haley Street office", "Haley"),
        ("Kyle Bay Resort deposit paid", "Kyle"),
    ],
)
def test_when_a_newer_english_given_name_names_a_road_or_a_brand_then_nothing_is_found(text: str, word: str) -> None:
    _left(text, word)


# class 4: an invoice's label after a dash (— Bill to:) says whom the bill goes to, whoever signs with a
# dash (— Grace, — Bill) is a person still.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thanks for the transfer — Bill", "Bill"),
        ("Noted, will pay Friday. — Grace", "Grace"),
    ],
)
def test_when_a_dash_signs_a_thing_named_given_name_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Invoice INV-0042 — Bill to: Harbour Dental Ltd", "Bill"),
        ("Statement — Bill to : Kowloon Motors", "Bill"),
    ],
)
def test_when_a_dash_comes_before_an_invoice_label_then_nothing_is_found(text: str, word: str) -> None:
    _left(text, word)


# class 5: a surname, then two given names, all in capitals (SANTOS MARIA LUISA, GARCIA JOSE ANTONIO): a
# Filipino or a Latin American helper's name as a payroll, an identity card or a contract prints it,
# surname first; an acronym may follow (HK$, HKD). Banks, roads, hotels and firms in capitals are nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("外傭薪金：SANTOS MARIA LUISA HK$4,700，經轉數快", "SANTOS MARIA LUISA"),
        ("Salary July: REYES ANNA MARIE HKD 4,990", "REYES ANNA MARIE"),
        ("Payee: GARCIA JOSE ANTONIO, a/c 012-345-678", "GARCIA JOSE ANTONIO"),
        ("僱傭合約：MENDOZA ROSA LINDA 簽署", "MENDOZA ROSA LINDA"),
    ],
)
def test_when_a_surname_and_two_given_names_stand_in_capitals_then_the_name_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bank: HANG SENG BANK", "HANG"),
        ("Correspondent: ROYAL BANK OF CANADA", "ROYAL"),
        ("Pick up at NATHAN ROAD BRANCH", "NATHAN"),
        ("Beneficiary: WELLS FARGO BANK NA", "WELLS"),
        ("Venue: GRAND HYATT HONG KONG", "GRAND"),
    ],
)
def test_when_words_in_capitals_name_a_bank_a_road_or_a_hotel_then_nothing_is_found(text: str, word: str) -> None:
    _left(text, word)
