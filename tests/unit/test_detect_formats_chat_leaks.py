"""Issue 11, the chat development set's last misses as classes: a one-time code in two groups of
three after a Chinese code word with a measure word after it ("俾咗個碼402 771個自稱..."); a Hong Kong
mobile in 4+4 glued to a Chinese word before it ("華姐本人9380 1125"). Near misses: amounts, counts,
dates, times, batches, order numbers glued to Chinese, an amount's sign in the same sentence."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def found(detector: Detector, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == entity]


# a code's context: the code word after it names the secret ("唔會問你攞驗證碼")
_CUE = "，我哋唔會問你攞驗證碼。"

CODE_CASES = [
    ("我啱啱俾咗個碼402 771個自稱係職員嘅人" + _CUE, ["402 771"]),
    ("我俾咗个码402-771个自称系职员的人，验证码。", ["402-771"]),
    ("我俾咗個碼402 771 個人" + _CUE, ["402 771"]),
    # near misses: an amount, a count in one run, an order's number
    ("我俾咗個碼402 771蚊" + _CUE, []),
    ("我俾咗個碼402771個人" + _CUE, []),
    ("我俾咗張單號402 771個" + _CUE, []),
]


@pytest.mark.parametrize(("text", "expected"), CODE_CASES)
def test_when_a_grouped_code_is_followed_by_a_measure_word_then_it_is_a_code(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "AUTH_SECRET") == expected, text


GLUED_CASES = [
    ("【街坊群】華姐：聽日收錢，每戶$50。華姐本人9380 1125", ["9380 1125"]),
    ("有嘢搵我9123 4567", ["9123 4567"]),
    # near misses: a batch, a count, an amount, an order, a date, a time, a unit after it, an
    # amount's sign in the same sentence
    ("批次5123 4567", []),
    ("5123 4567個包裹", []),
    ("收錢9380 1125", []),
    ("訂單9380 1125", []),
    ("日期2024 0315", []),
    ("時間0930 1130", []),
    ("本人9380 1125元", []),
    ("每戶$50，華姐本人9380 1125", []),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_CASES)
def test_when_a_mobile_is_glued_to_a_chinese_word_then_it_is_a_phone(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PHONE_NUMBER") == expected, text
