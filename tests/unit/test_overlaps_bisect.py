"""resolve_overlaps by bisection equals the pairwise form it replaced (which stays as the reference,
``_resolve_pairwise``) on any findings, and is no longer quadratic in their number."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import _priority, _resolve_pairwise, resolve_overlaps
from streams.detect.findings import Finding

RECOGNIZERS = ["CnResidentId", "CreditCard", "CnBankAccount", "Person", "Email", "other"]


@st.composite
def findings(draw: st.DrawFn, min_length: int = 1) -> list[Finding]:
    out = []
    for _ in range(draw(st.integers(0, 30))):
        start = draw(st.integers(0, 60))
        end = start + draw(st.integers(min_length, 25))
        out.append(
            Finding(
                draw(st.sampled_from(["PERSON", "CREDIT_CARD", "CN_BANK_ACCOUNT", "AUTH_SECRET"])),
                start,
                end,
                draw(st.sampled_from([0.4, 0.6, 0.85, 1.0])),
                draw(st.sampled_from(RECOGNIZERS)),
                validated=draw(st.booleans()),
            )
        )
    return out


def _reference(items: list[Finding]) -> list[Finding]:
    if len(items) < 2:
        return items
    ranked = sorted(items, key=lambda f: (-f.score, -_priority(f), -(f.end - f.start), f.start))
    return _resolve_pairwise(ranked)


@settings(max_examples=400, deadline=None)
@given(findings())
def test_bisection_keeps_what_the_pairwise_form_keeps(items: list[Finding]) -> None:
    assert resolve_overlaps(items) == _reference(items)


@settings(max_examples=200, deadline=None)
@given(findings(min_length=0))
def test_findings_of_no_length_take_the_pairwise_form(items: list[Finding]) -> None:
    assert resolve_overlaps(items) == _reference(items)


@given(findings())
def test_what_is_kept_never_overlaps_and_covers_every_finding(items: list[Finding]) -> None:
    kept = resolve_overlaps(items)
    for a, b in pairwise(kept):
        assert a.end <= b.start
    covered = {i for k in kept for i in range(k.start, k.end)}
    for f in items:
        assert set(range(f.start, f.end)) <= covered  # nothing found is left in clear


def test_many_findings_in_one_long_text_are_resolved() -> None:
    # 20,000 adjacent findings and 20,000 overlapping the seams: the pairwise form compared each
    # with every kept one (hundreds of millions of comparisons); the count is what must hold
    items = [Finding("AUTH_SECRET", 5 * i, 5 * i + 5, 0.9, "other") for i in range(20_000)]
    items += [Finding("PERSON", 5 * i + 3, 5 * i + 7, 0.6, "Person") for i in range(19_999)]
    kept = resolve_overlaps(items)
    assert len(kept) == 20_000
    assert all(k.entity_type == "AUTH_SECRET" for k in kept)
