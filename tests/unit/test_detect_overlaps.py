"""resolve_overlaps fails closed: a finding that loses to one covering only part of it keeps the
parts nobody covers (they stayed in clear when it was dropped whole); one inside a better finding is
dropped; disjoint findings are all kept."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import resolve_overlaps
from streams.detect.findings import Finding


def _f(entity: str, start: int, end: int, score: float) -> Finding:
    return Finding(entity, start, end, score, f"test:{entity}", "", True)


def test_the_account_group_after_a_card_that_won_its_first_digits_is_still_found() -> None:
    text = "账号 6222 0212 3456 7894 12 已冻结"
    card = _f("CREDIT_CARD", 3, 22, 0.9)
    account = _f("CN_BANK_ACCOUNT", 3, 25, 0.8)
    kept = resolve_overlaps([account, card])
    assert [(f.entity_type, text[f.start : f.end]) for f in kept] == [
        ("CREDIT_CARD", "6222 0212 3456 7894"),
        ("CN_BANK_ACCOUNT", " 12"),
    ]
    assert not kept[1].validated  # a part: no check digit confirmed it


def test_a_finding_inside_a_better_one_is_dropped_and_disjoint_ones_are_kept() -> None:
    outer = _f("PERSON", 0, 10, 0.9)
    inner = _f("PERSON", 2, 5, 0.5)
    other = _f("PHONE_NUMBER", 12, 20, 0.7)
    assert resolve_overlaps([inner, other, outer]) == [outer, other]


def test_a_loser_covered_on_both_sides_keeps_its_middle() -> None:
    left, right = _f("A", 0, 4, 0.9), _f("B", 8, 12, 0.9)
    loser = _f("C", 2, 10, 0.5)
    kept = resolve_overlaps([loser, left, right])
    assert [(f.entity_type, f.start, f.end) for f in kept] == [("A", 0, 4), ("C", 4, 8), ("B", 8, 12)]


spans = st.tuples(st.integers(0, 40), st.integers(1, 15), st.floats(0.5, 1.0))


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, min_size=1, max_size=8))
def test_every_character_any_finding_covered_is_still_covered_and_nothing_overlaps(
    raw: list[tuple[int, int, float]],
) -> None:
    findings = [_f(f"T{i}", start, start + length, score) for i, (start, length, score) in enumerate(raw)]
    kept = resolve_overlaps(findings)
    covered = {i for f in findings for i in range(f.start, f.end)}
    assert {i for f in kept for i in range(f.start, f.end)} == covered
    ordered = sorted(kept, key=lambda f: f.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ordered))
