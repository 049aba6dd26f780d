"""Classes of names the scanners find without a title or a model, and their look-alikes,
table-driven with examples of our own (not the corpus's): given names of other languages before a
surname from Faker's lists or of a surname's shape, Malay patronymics, Vietnamese order, the
Hokkien and Teochew spellings of Chinese surnames, given names alone after a verb or in Chinese
text, Chinese names with less common surnames, after payment and company-role words, before dates,
and Chinese look-alikes (a classifier, a particle, a place word that holds a surname)."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.names import judge_capitalised
from streams.detect.names_anywhere import scan_names_anywhere
from streams.detect.roman_names import scan_roman_given_names, scan_roman_names
from streams.detect.zh_names import scan_zh_names

DETECTOR = Detector(entities=["PERSON"])


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in DETECTOR.analyze(text)]


ROMAN_HITS = [
    ("Wire from Sophie Harrison, ref 2231", "Sophie Harrison"),  # listed given name and surname
    ("Beneficiary Giulia Ferrari, Milan", "Giulia Ferrari"),
    ("paid by Olga Petrovic yesterday", "Olga Petrovic"),  # a surname's shape: -ovic
    ("Refund to Sean O'Brien today", "Sean O'Brien"),
    ("Remit to Omar Al-Hashimi in Dubai", "Omar Al-Hashimi"),
    ("Mary Anne Smith signed the form", "Mary Anne Smith"),  # a middle name
    ("Salary for Nur Aisyah binti Rahman, HKD 5,000", "Nur Aisyah binti Rahman"),  # a patronymic
    ("Pay Tran Van Long for the repairs", "Tran Van Long"),  # Vietnamese, surname first
    ("Le Thi Mai paid the deposit", "Le Thi Mai"),  # a surname also Chinese, a Vietnamese middle name
    ("Hannah Lim sent the invoice", "Hannah Lim"),  # a Hokkien spelling
    ("Deborah Ong will settle it", "Deborah Ong"),
    ("Ah-ming Cheung's rent for May", "Ah-ming Cheung"),  # Ah- and a possessive
    ("Payee Linghu Chong, Hangzhou", "Linghu Chong"),  # a Pinyin compound surname
    ("transfer to Bosco Tsang", "Bosco Tsang"),  # an English name favoured in Hong Kong
    ("Deposit from Kim Min-jun, Seoul", "Kim Min-jun"),  # Korean, surname first
    ("CHAN TAI MAN HKD 500", "CHAN TAI MAN"),  # in capitals
    ("MARIA SANTOS 4111", "MARIA SANTOS"),
]

ROMAN_LOOKALIKES = [
    "Morgan Stanley wire received",
    "Louis Vuitton bag refund",
    "Grace Period ends Friday",
    "Will Transfer tomorrow morning",
    "Jordan Road branch closed",
    "Victoria Park carnival ticket",
    "Kennedy Town flat deposit",
    "Payment via Apple Pay declined",
    "Hong Kong Monetary Authority notice",
    "Mark Six lottery winnings",
    "Tai Kwun visit",
    "Customer Service Hotline updated",
    "Sunny Bay transfer",
    "Stanley Market stall rent",
    "Chung Yeung holiday schedule",
    "KYC L1 review done, Chargeback pending",
    "Shin Kong Life policy",  # a business word inside the run
    "Cho Yang Shipping invoice",
    "CN_MAINLAND",
    "UNIONPAY",
    "HKD CNY",
]


@pytest.mark.parametrize(("text", "name"), ROMAN_HITS)
def test_when_a_romanised_name_of_a_class_then_found(text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in scan_roman_names(text)] == [name]
    assert _found(text) == [name]


@pytest.mark.parametrize("text", ROMAN_LOOKALIKES)
def test_when_a_place_brand_or_phrase_then_no_name(text: str) -> None:
    assert scan_names_anywhere(text) == []
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Payment from Chow Sang Sang Holdings for the cabinets", 13, 36),
        ("delivery to Tseung Kwan O today", 12, 23),
        ("Paid to Kowloon Motor Bus", 8, 25),
        ("From Victoria Harbour cruise", 5, 21),
        ("refund from Grab Pay", 12, 20),
    ],
)
def test_when_a_business_or_place_follows_a_role_word_then_no_context_name(text: str, start: int, end: int) -> None:
    assert judge_capitalised(text, start, end) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("payee Wong Kar Wai at Nathan Road", 6, 18),
        ("wire from Anand Krishnan, Chennai", 10, 24),  # a listed surname, the given name unlisted
        ("to Carlos Santos", 3, 16),
    ],
)
def test_when_a_name_follows_a_role_word_then_the_context_name_stands(text: str, start: int, end: int) -> None:
    found = judge_capitalised(text, start, end)
    assert found is not None and (found.start, found.end) == (start, end)


def test_when_a_verb_in_lower_case_follows_a_name_then_it_is_no_business() -> None:
    text = "幫 Tsang Wing Yan pay 咗學費"
    assert [text[f.start : f.end] for f in scan_roman_names(text)] == ["Tsang Wing Yan"]


GIVEN_HITS = [
    ("please tell Hannah the rent is in", "Hannah"),
    ("ask Ivan to call back", "Ivan"),
    ("收到 Joyce 嘅轉賬未", "Joyce"),
    ("俾 Kelvin 三百蚊", "Kelvin"),
    ("阿Wing 已經俾咗", "阿Wing"),
]
GIVEN_LOOKALIKES = [
    "Apple 嘅新手機",
    "paid Mark Six winnings",
    "please pay Bill online",
    "tell Customer Service",
    "用 Visa 俾錢",
    "ask Team lead",
]


@pytest.mark.parametrize(("text", "name"), GIVEN_HITS)
def test_when_a_given_name_alone_has_a_cue_then_found(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in scan_roman_given_names(text)]


@pytest.mark.parametrize("text", GIVEN_LOOKALIKES)
def test_when_a_word_like_a_given_name_has_no_person_then_not_found(text: str) -> None:
    assert scan_roman_given_names(text) == []


def test_when_a_given_name_and_a_chinese_surname_before_a_verb_then_found() -> None:
    text = "Peter 黃講咗今日俾"
    assert "Peter 黃" in [text[f.start : f.end] for f in scan_roman_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("Kelly 區嘉雯 paid", "Kelly 區嘉雯"), ("Eric 陳大文俾錢", "Eric 陳大文"), ("Ivan 何志明的學費", "Ivan 何志明")],
)
def test_when_two_scanners_see_parts_of_one_name_then_one_finding_covers_it(text: str, name: str) -> None:
    """The detector keeps one of overlapping findings: a part of the name left to the other would
    cross in clear."""
    assert [text[f.start : f.end] for f in scan_names_anywhere(text)] == [name]
    assert _found(text) == [name]


def test_when_a_brand_follows_a_given_name_then_no_mixed_name() -> None:
    assert scan_roman_names("Kevin 王府井分店") == []


ZH_HITS = [
    ("由佘婉儀支付登記費", "佘婉儀"),  # surnames outside the hundred commonest
    ("卫志强的房租已收", "卫志强"),
    ("转账给甄美玲，备注学费", "甄美玲"),
    ("代发王秀英五月工资", "王秀英"),  # a payroll verb, a date after
    ("代发赵强三月工资", "赵强"),
    ("钱转到李建华那个账户", "李建华"),  # a verb of transfer, a demonstrative after
    ("法定代表人陈国强。", "陈国强"),  # a company role
    ("請搵黃家豪，佢係收款人", "黃家豪"),  # a Cantonese verb of contacting
]
ZH_LOOKALIKES = [
    "同一张卡刷了两次",  # 张 a classifier
    "我收到钱啦",  # a particle
    "地址乌鲁木齐市天山区",  # a place word that holds a surname's character
    "张卡号 6222 0212 3456 7890",  # a field label
    "那张单已作废",
]


@pytest.mark.parametrize(("text", "name"), ZH_HITS)
def test_when_a_chinese_name_of_a_class_then_found(text: str, name: str) -> None:
    assert name in [text[f.start : f.end] for f in scan_zh_names(text)]
    assert name in _found(text)


@pytest.mark.parametrize("text", ZH_LOOKALIKES)
def test_when_a_chinese_look_alike_then_no_name(text: str) -> None:
    assert scan_zh_names(text) == []
    assert _found(text) == []
