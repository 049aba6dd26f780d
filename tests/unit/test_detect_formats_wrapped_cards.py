"""Issue 11, cards as e-mails, faxes and voice transcripts break them: wrapped across a line (a
quoted reply's "> " too), a gap of four to eight blanks between two groups (OCR of a fax), read
out digit by digit after a card word. Near misses: a column of four-digit numbers one a line, a
wrong check digit, a spelt-out number with no card word or after an order word."""

from __future__ import annotations

import pytest
from format_tables import wrong_check_digit

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


SPELT = " ".join("4111111111111111")
SPELT_WRONG = " ".join(wrong_check_digit("4111111111111111"))

# (text, the cards as reported)
HITS = [
    ("card 4111 1111\n1111 1111", ["4111 1111\n1111 1111"]),
    ("> card: 4111 1111 1111\n> 1111 thanks", ["4111 1111 1111\n> 1111"]),
    ("Amex 3782\n822463 10005", ["3782\n822463 10005"]),
    ("rejoined by OCR with the gap: 5555 5555 5555       4444 from the fax", ["5555 5555 5555       4444"]),
    (f"CALLER: my card is {SPELT}.", [SPELT]),
    (f"Visa {SPELT}", [SPELT]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_a_card_is_wrapped_gapped_or_spelt_then_it_is_found(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert cards(detector, text) == expected, text


NEAR_MISSES = [
    "amounts:\n4500\n1200\n3300\n2100",
    "card 4111 1111\n1111 1112",
    "card 5555 5555 5555       4445",
    f"card {SPELT_WRONG}",
    f"order {SPELT}",
    SPELT,
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_no_card_is_wrapped_or_spelt_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == [], text
