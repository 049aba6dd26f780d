"""Issue 11, seventh round: North American numbers as forms and people write them, which a public
phone suite written by others showed (the area code, a blank and seven digits; ten digits in one
run). Our own numbers (the 555-01xx fictional block and real area codes). Hits need a phone word;
an order's, an account's or a reference's number of the same shape stays unreported. Both scanners
(native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def phones(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"]


NUMBERS = ["212 5550147", "2125550147", "416 5550188", "4165550188", "1 212 5550147"]


@pytest.mark.parametrize("number", NUMBERS)
@pytest.mark.parametrize(
    "template",
    [
        "my phone number is {v}",
        "Tel: {v}",
        "call me on {v} after six",
        "US mobile {v}, thanks",
        "cell {v}",
    ],
)
def test_when_nanp_number_plain_after_phone_word_then_phone(detector: Detector, number: str, template: str) -> None:
    assert phones(detector, template.format(v=number)) == [number]


@pytest.mark.parametrize("number", NUMBERS[:2])
@pytest.mark.parametrize(
    "template",
    [
        # no phone word
        "{v}",
        "paid 30/11 ref {v}",
        # a phone word, but an order's, an account's or a reference's word names the number
        "phone order {v}",
        "call centre ref {v}",
        "phone bill, account {v}",
        "tel: invoice {v}",
        # a count or more digits after it
        "phone {v}5",
    ],
)
def test_when_plain_ten_digits_are_no_phone_then_none(detector: Detector, number: str, template: str) -> None:
    assert phones(detector, template.format(v=number)) == []


@pytest.mark.parametrize(
    "number",
    [
        # an area code or an exchange that cannot start with 0 or 1
        "1125550147",
        "2121550147",
        "012 5550147",
    ],
)
def test_when_not_a_north_american_number_then_none(detector: Detector, number: str) -> None:
    assert phones(detector, f"my phone number is {number}") == []
