"""Issue 11, phones as chats and call-centre notes write them: groups parted by dots, slashes or two
blanks, glued to the phone word, a country code without its "+" in one run, a "+" glued to a word,
an extension after the number. Hits and near misses: the same shapes with no phone word (a decimal,
a ratio, a date), letters of an identifier glued to the digits, numbers no plan allocates."""

from __future__ import annotations

import pytest
from format_tables import phones

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


# (text, the phone's span as reported)
HITS = [
    ("call me on 138.1234.5678 tonight", "138.1234.5678"),
    ("call 9123.4567 tonight", "9123.4567"),
    ("pls cb Mdm Fong tel 9271.5530 re std order", "9271.5530"),
    ("or hse 2712/4406 after 7pm", "2712/4406"),
    ("電話2712  4406（屋企）", "2712  4406"),
    ("电话186.2077.1134 说他", "186.2077.1134"),
    # an extension is in the span since PHONE_EXTENSION (its digits reach one desk: they crossed in
    # clear after the number alone); test_detect_formats_phone_extensions.py holds its near misses
    ("tel5590 3318 ext.7", "5590 3318 ext.7"),
    ("tel9654-1288", "9654-1288"),
    ("FPS9123 8876 唔該", "9123 8876"),
    ("ok 我 PayMe 6288 9910", "6288 9910"),
    ("whatsapp 85291234567", "85291234567"),
    ("phone 852-9123 4567", "852-9123 4567"),
    ("phone 00852 9123 4567", "00852 9123 4567"),
    ("phone 853 6612 3456", "853 6612 3456"),
    # a hyphenated extension, or one after x, ext., 轉 or 分机, is taken in with the number
    ("office 2123-4567-123", "2123-4567-123"),
    ("office 2123 4567 x123", "2123 4567 x123"),
    ("tel 2123 4567 轉12", "2123 4567 轉12"),
    ("her number 9123-4567", "9123-4567"),
    ("office 2123 4567 ext. 12", "2123 4567 ext. 12"),
    ("电话 0755-2688 1234 分机 8012", "0755-2688 1234 分机 8012"),
    ("mob+91 98450 12763 disc", "+91 98450 12763"),
    ("tel+234 803 123 4567", "+234 803 123 4567"),
    ("Tel.9123.4567", "9123.4567"),
]


@pytest.mark.parametrize(("text", "phone"), HITS)
def test_when_a_phone_is_written_in_a_hurry_then_it_is_found(detector: Detector, text: str, phone: str) -> None:
    assert phones(detector, text) == [phone], text


NEAR_MISSES = [
    # no phone word: a decimal, a ratio, a date
    "price 9123.4567 tonight",
    "ratio 2712/4406 ok",
    "rate 138.1234.5678",
    "version 2024.0315 shipped",
    # letters of an identifier, not a phone word, glued to the digits
    "ref G23456789 tel",
    "tel is below: AB91234567",
    # "no" or "number" glued to the digits names no phone by itself
    "no91234567",
    "ref no9123 4567",
    # numbers no plan allocates, with the word
    "tel 1234.5678",
    "call 0000/1111",
    # a longer run the groups belong to
    "tel 9123.4567.8901",
    "tel 12.9123.4567",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_hurried_phone_shape_is_something_else_then_no_phone_is_found(detector: Detector, text: str) -> None:
    assert phones(detector, text) == [], text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("ph. 2123 4567", "2123 4567"),
        ("tel.91234567", "91234567"),
        ("Mr Wong's number, 9123 4567", "9123 4567"),
        ("Ms Lee’s mobile 6123 4567", "6123 4567"),
    ],
)
def test_when_a_phone_is_named_by_a_dotted_label_or_whose_it_is_then_it_is_found(
    detector: Detector, text: str, phone: str
) -> None:
    assert phones(detector, text) == [phone], text


@pytest.mark.parametrize("text", ["ph. 1234 5678", "Mr Wong's order, 9123 4567 HKD", "pH 7.4 at 2123 4567"])
def test_when_a_dotted_label_or_a_person_names_no_phone_then_none_is_found(detector: Detector, text: str) -> None:
    assert phones(detector, text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("85291234567", ["85291234567"]),
        ("reach him at 85291234567", ["85291234567"]),
        # a fixed line, an order, a card word, a number no plan allocates: none
        ("85221234567", []),
        ("order 85291234567", []),
        ("card 85291234567", []),
        ("85211234567", []),
    ],
)
def test_when_852_and_a_mobile_number_stand_in_one_run_then_it_is_a_phone(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert phones(detector, text) == expected, text
