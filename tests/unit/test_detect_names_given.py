"""Given names and nicknames without a (listed) surname: 阿明, 明仔 / 玲姐, a given name after an
address word (同家輝講, thanks 家輝), a name with an unlisted surname after a strong context word
(收款人), Ah Keung, thanks Tiffany, May姐; and their look-alikes (kinship, districts, brands, common
words), which stay unreported. Examples written for these tests."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.names_anywhere import scan_names_anywhere
from streams.detect.roman_names import scan_roman_given_names
from streams.detect.zh_names import scan_zh_given_names

# (text, the name expected)
ZH_HITS = [
    # 阿 + a given-name character
    ("俾阿明500蚊", "阿明"),
    ("阿明转咗500", "阿明"),
    ("今日同阿玲食飯", "阿玲"),
    ("阿輝，記得交租", "阿輝"),
    # a given name and a Cantonese title-like suffix
    ("明仔交租", "明仔"),
    ("玲姐，多謝", "玲姐"),
    ("俾輝哥300", "輝哥"),
    # a given name alone after an address word
    ("多謝家輝", "家輝"),
    ("同家輝講聲", "家輝"),
    ("thanks 家輝 for lunch", "家輝"),
    ("叫志明交租", "志明"),
    ("Hi 美玲，收到", "美玲"),
    # an unlisted surname after a strong context word
    ("收款人：杭建华", "杭建华"),
    ("户名 笪志强，账号见附件", "笪志强"),
]
ZH_MISSES = [
    "阿姨好",
    "阿里巴巴集团",
    "去阿根廷旅行",
    "湾仔分行",
    "买牛仔裤",
    "小姐您好",
    "同事聚餐",
    "给家里寄钱",
    "请客户确认",
    "客户经理来电",
    "客户服务热线",
    "叫外卖",
    "和平安保险",
    "俾家姐",
    "同学会",
    "帮忙转账",
    "收款人：本人",
]
ROMAN_HITS = [
    ("Ah Keung paid the deposit", "Ah Keung"),
    ("lunch with Ah-Ming today", "Ah-Ming"),
    ("thanks Tiffany, received", "Tiffany"),
    ("Hi Kelvin: rent for May", "Kelvin"),
    ("payee: Ka-ming", "Ka-ming"),
    ("account holder Winnie", "Winnie"),
    ("交俾May姐", "May姐"),
    ("Ken仔 owes 200", "Ken仔"),
]
ROMAN_MISSES = [
    "Ah well, paid later",
    "Ah Sir checked it",
    "thanks Team",
    "Hi there",
    "customer Service hotline",
    "payee: Stanley Plaza",
    "Dear Sir",
    "thanks April",
]


@pytest.mark.parametrize(("text", "name"), ZH_HITS)
def test_zh_given_name_found(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scan_zh_given_names(text)]
    assert name in found


@pytest.mark.parametrize("text", ZH_MISSES)
def test_zh_look_alike_not_a_given_name(text: str) -> None:
    assert scan_zh_given_names(text) == []


@pytest.mark.parametrize(("text", "name"), ROMAN_HITS)
def test_roman_given_name_found(text: str, name: str) -> None:
    found = [text[f.start : f.end] for f in scan_roman_given_names(text)]
    assert name in found


@pytest.mark.parametrize("text", ROMAN_MISSES)
def test_roman_look_alike_not_a_given_name(text: str) -> None:
    assert scan_roman_given_names(text) == []


@pytest.mark.parametrize(("text", "name"), ZH_HITS + ROMAN_HITS)
def test_detector_reports_person(text: str, name: str) -> None:
    findings = Detector().analyze(text)
    start = text.index(name)
    assert any(f.entity_type == "PERSON" and f.start < start + len(name) and start < f.end for f in findings)


@pytest.mark.parametrize("text", ["cross_border_payment", "CN-GD-SZ", "2026-01", "m-772339", "hk-bank-001"])
def test_codes_have_no_names(text: str) -> None:
    assert scan_names_anywhere(text) == []


def test_full_name_wins_over_given_name_alone() -> None:
    text = "同陳家輝講"
    persons = [(f.start, f.end) for f in Detector().analyze(text) if f.entity_type == "PERSON"]
    assert persons == [(1, 4)]
