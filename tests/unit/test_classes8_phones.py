"""Issue 11, eighth round: a Hong Kong mobile number written in place of another a sentence names
as a phone ("9125 4867 no wait I mean 9128 4867", "電話 6123 4567 改為 6123 4576"), which the desk
set showed missed: the first number had its phone word, the correction had none near it. Hits and
near misses; both scanners."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def phones(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("pls call me back!!! 9125 4867 no wait I mean 9128 4867. thanks", ["9125 4867", "9128 4867"]),
        ("電話 6123 4567 改為 6123 4576", ["6123 4567", "6123 4576"]),
        ("mobile 9012 3456, actually 9012 3465 is the right one", ["9012 3456", "9012 3465"]),
        ("contact no. 5123 4567 -> 5123 4576 from today", ["5123 4567", "5123 4576"]),
        ("whatsapp 6234 5678 now 6234 5687 (new SIM)", ["6234 5678", "6234 5687"]),
        ("手機 9345 6789，新 9345 6798", ["9345 6789", "9345 6798"]),
    ],
)
def test_when_number_corrects_a_phone_then_phone(detector: Detector, text: str, numbers: list[str]) -> None:
    assert phones(detector, text) == numbers


@pytest.mark.parametrize(
    "text",
    [
        "batch 6123 4567 改為 6123 4576",
        "order 9125 4867 no wait I mean 9128 4867",
        "ref 5123 4567 -> 5123 4576",
        "invoice 6234 5678 now 6234 5687",
        "9012 3456 actually 9012 3465 units",
        "批次 9345 6789，新 9345 6798",
    ],
)
def test_when_first_number_is_no_phone_then_correction_is_none(detector: Detector, text: str) -> None:
    assert phones(detector, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("contact our credit controller at natalie.kwan@example.org / 2836 4410. Thanks", "2836 4410"),
        ("Best, Tom | tom.lee@example.com.hk | 3106 7788", "3106 7788"),
        ("reach me: mei@example.hk, 9123 4567", "9123 4567"),
        ("check with her son Ah Fai on 9438 2716", "9438 2716"),
        ("Call Mei on 9123 4567 tonight", "9123 4567"),
        ("ask Uncle Keung on 6123 4567 for the key", "6123 4567"),
    ],
)
def test_when_number_follows_an_address_or_a_name_then_phone(detector: Detector, text: str, number: str) -> None:
    assert phones(detector, text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Meeting on 9438 2716 rooms",
        "batch 2836 4410 shipped",
        "ref 2836 4410, order 5123 4567",
        "see 2836 4410 in the ledger",
        "Invoice Dated on 9438 2716",
        "Box 2836 4410",
    ],
)
def test_when_number_has_no_address_or_name_before_then_no_phone(detector: Detector, text: str) -> None:
    assert phones(detector, text) == []
