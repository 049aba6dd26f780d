"""The corpus scorer: a label is found when a report of its type overlaps it, and found whole when
reports of its type cover every letter and digit of it."""

from __future__ import annotations

from typing import Any

import pytest

from agents.bench.corpus import score
from streams.detect.findings import Finding


def _record(text: str, label: str, kind: str = "PERSON") -> dict[str, Any]:
    start = text.index(label)
    return {
        "id": "t-1",
        "lang": "en",
        "text": text,
        "spans": [{"start": start, "end": start + len(label), "type": kind, "text": label}],
    }


def _finding(text: str, part: str, kind: str = "PERSON") -> Finding:
    start = text.index(part)
    return Finding(kind, start, start + len(part), 0.9, "test", "", False)


TEXT = "paid to Chan Tai Man, card 4111 1111 1111 1111 today"


@pytest.mark.parametrize(
    ("label", "kind", "parts", "found", "whole"),
    [
        ("Chan Tai Man", "PERSON", ["Chan Tai Man"], 1, 1),
        ("Chan Tai Man", "PERSON", ["Chan", "Tai Man"], 1, 1),  # the space between needs no cover
        ("Chan Tai Man", "PERSON", ["Chan"], 1, 0),  # the given name left in clear
        ("Chan Tai Man", "PERSON", ["Chan Tai Man, card"], 1, 1),  # a wider report covers it
        ("4111 1111 1111 1111", "CREDIT_CARD", ["4111 1111 1111"], 1, 0),  # the last group in clear
        ("4111 1111 1111 1111", "CREDIT_CARD", ["4111 1111 1111 1111"], 1, 1),
        ("Chan Tai Man", "PERSON", [], 0, 0),
    ],
)
def test_found_and_whole(label: str, kind: str, parts: list[str], found: int, whole: int) -> None:
    result = score([_record(TEXT, label, kind)], [[_finding(TEXT, p, kind) for p in parts]])
    row = result["per_type"][kind]
    assert (row["found"], row["found_whole"]) == (found, whole)
    assert row["whole"] == float(whole)


def test_a_report_of_another_type_covers_nothing() -> None:
    findings = [_finding(TEXT, "Chan", "PERSON"), _finding(TEXT, "Tai Man", "LOCATION")]
    row = score([_record(TEXT, "Chan Tai Man")], [findings])["per_type"]["PERSON"]
    assert (row["found"], row["found_whole"]) == (1, 0)


def test_a_set_in_one_language_prints_its_language_only() -> None:
    """A set written in one language (delta, shoal) has no figures in the others: the bench's table
    prints its own language's line and skips the others (it once stopped on the empty ones)."""
    from io import StringIO

    from rich.console import Console

    from agents.bench.detect import _print_corpus_table

    found = [[_finding(TEXT, "Chan Tai Man")]]
    summary = score([_record(TEXT, "Chan Tai Man")], found)
    out = StringIO()
    _print_corpus_table(Console(file=out, width=200), summary, "one", "one.jsonl")
    lines = [line for line in out.getvalue().splitlines() if "all types" in line]
    assert lines == ["  all types, en: recall 1.000 precision 1.000"], out.getvalue()
