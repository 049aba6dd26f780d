"""Issue 11, a phone number's extension: its digits reach one person's desk and stayed in clear
after the number's span ("2123 4567 ext. 12", "+852 2123 4567 x123", "(0755) 2688 1234 轉 806").
Near misses: a count after "x" ("x 3"), a dimension, a number that is no phone, a bare number with
no phone word before it."""

from __future__ import annotations

import pytest
from format_tables import phones

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


HITS = [
    ("call 2123 4567 ext. 12", ["2123 4567 ext. 12"]),
    ("Tel: +852 2123 4567 x123", ["+852 2123 4567 x123"]),
    ("office (0755) 2688 1234 轉 806", ["(0755) 2688 1234 轉 806"]),
    ("電話 2123 4567 內線 88", ["2123 4567 內線 88"]),
    ("phone +1 415 555 0100 ext 4410", ["+1 415 555 0100 ext 4410"]),
    ("call 2123 4567x12", ["2123 4567x12"]),
    ("tel5590 3318 ext.7", ["5590 3318 ext.7"]),
    ("Tel: 2123 4567 ext 12, thanks", ["2123 4567 ext 12"]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_a_phone_has_an_extension_then_the_extension_is_in_its_span(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert phones(detector, text) == expected, text


NEAR_MISSES = [
    ("call 2123 4567 x 3 times", ["2123 4567"]),
    ("order 2123 4567 x 3", []),
    ("order 1234 5678 x12", []),
    ("size 1200 x 800", []),
    ("ref 2026-1130 ext. 3", []),
    ("order 2123 4567 x3", []),
    ("A1234567 ext 1", []),
    # 轉/转 also means a transfer: a time, an amount or a decimal after it is no extension
    ("tel 2123 4567 转 500元", ["2123 4567"]),
    ("call 2123 4567 轉 10:30", ["2123 4567"]),
    ("tel 2123 4567 转 10点", ["2123 4567"]),
    ("tel 2123 4567 x 2.5", ["2123 4567"]),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_when_no_extension_follows_a_phone_then_none_is_taken_in(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert phones(detector, text) == expected, text
