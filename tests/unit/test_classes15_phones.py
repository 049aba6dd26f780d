"""Issue 11, fifteenth round: a table pasted as text (a CSV's heading row, then its rows, parted by line
ends or bars): a Hong Kong number of eight digits in the phone column ("order_id,customer,phone,card |
70211,Lee Wai Ming,9123 4567,...", "日期,客人,電話,卡號 | ..."), which needs a phone's word, has its
column's heading for one. The numbers are made up. Both scanners run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.patterns import column_label


def phones(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("order_id,customer,phone,amount | 70211,Lee Wai Ming,9123 4567,388.00", "9123 4567", "phone"),
        ("日期,客人,電話,金額\n2024-11-02,Ms Lai,5533 8712,HK$1,120", "5533 8712", "電話"),
        ("name\tmobile no\tnote\nChan\t6188 0294\tok", "6188 0294", "mobile no"),
        # the value's place is counted before it: an amount's comma after it does not move it
        ("date,guest,tel,amount | 2024-11-03,Ho,9612 3345,HK$1,265", "9612 3345", "tel"),
    ],
)
def test_when_a_value_is_a_field_of_a_tables_row_then_its_column_heading_is_read(
    text: str, value: str, label: str
) -> None:
    start = text.index(value)
    assert column_label(text, start, start + len(value)) == label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # in the heading row itself, not a whole field, a heading row with digits, no second row
        ("phone,9123 4567 | a,b", "9123 4567"),
        ("name,phone | Lee,call 9123 4567", "9123 4567"),
        ("2024 report,phone | Lee,9123 4567", "9123 4567"),
        ("Lee,9123 4567", "9123 4567"),
    ],
)
def test_when_a_value_is_no_field_below_a_heading_then_it_has_no_column(text: str, value: str) -> None:
    start = text.index(value, text.index(",") if text.startswith("phone") else 0)
    assert column_label(text, start, start + len(value)) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("order_id,customer,phone,card,amount | 70211,Lee Wai Ming,9123 4567,4111 1111 1111 1111,388.00", "9123 4567"),
        ("日期,客人,電話,卡號,金額 | 2024-11-02,Ms Lai,5533 8712,5329 0017 6624 1138,HK$1,120", "5533 8712"),
        ("booking,guest,contact number\nB-1102,Tam,6054 7712", "6054 7712"),
    ],
)
def test_when_a_number_stands_in_a_phone_column_then_it_is_a_phone(detector: Detector, text: str, value: str) -> None:
    assert value in phones(detector, text), (text, phones(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # another column's number, and a number in a row with no heading
        "order_id,amount,ref | 70211,5533 8712,x",
        "order,ref,qty | 70211,6054 7712,3",
        "70211,Lee Wai Ming,3188 2211 | 70212,Wu,3188 2212",
    ],
)
def test_when_a_number_stands_in_no_phone_column_then_it_is_no_phone(detector: Detector, text: str) -> None:
    assert phones(detector, text) == []
