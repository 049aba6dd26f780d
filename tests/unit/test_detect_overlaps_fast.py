"""streams.detect.overlaps.resolve keeps what engine.resolve_overlaps keeps (hypothesis), in
O(n log n): every finding kept is disjoint from the others, so what is covered is a sorted list of
spans searched by bisection."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import _priority, resolve_overlaps
from streams.detect.findings import Finding
from streams.detect.overlaps import resolve

_RECOGNIZERS = ["gc_card", "gc_cn_bank_account", "gc_email", "gc_auth_password", "names", "spacy_ner"]


@st.composite
def _finding(draw: st.DrawFn) -> Finding:
    start = draw(st.integers(0, 60))
    end = start + draw(st.integers(0, 25))
    return Finding(
        draw(st.sampled_from(["CREDIT_CARD", "CN_BANK_ACCOUNT", "PERSON", "AUTH_SECRET"])),
        start,
        end,
        draw(st.sampled_from([0.5, 0.7, 0.8, 0.85, 1.0])),
        draw(st.sampled_from(_RECOGNIZERS)),
        validated=draw(st.booleans()),
    )


@settings(max_examples=400, deadline=None, database=None)
@given(findings=st.lists(_finding(), max_size=40))
def test_when_findings_overlap_then_the_fast_resolve_keeps_what_the_pairwise_one_keeps(
    findings: list[Finding],
) -> None:
    assert resolve(findings, _priority) == resolve_overlaps(findings)


@settings(max_examples=200, deadline=None, database=None)
@given(findings=st.lists(_finding().filter(lambda f: f.start < f.end), max_size=40))
def test_when_findings_are_resolved_then_the_kept_ones_are_disjoint_and_cover_every_character(
    findings: list[Finding],
) -> None:
    kept = resolve(findings, _priority)
    for a, b in itertools.pairwise(kept):
        assert a.end <= b.start
    covered = {i for f in kept for i in range(f.start, f.end)}
    assert covered == {i for f in findings for i in range(f.start, f.end)}


def test_when_many_findings_nest_then_each_is_cut_once() -> None:
    # a long finding over many short better ones keeps the gaps between them
    short = [Finding("CREDIT_CARD", i * 3, i * 3 + 2, 1.0, "gc_card") for i in range(2000)]
    long = Finding("PERSON", 0, 6000, 0.5, "names")
    kept = resolve([*short, long], _priority)
    assert len(kept) == 4000
    assert all(not f.validated for f in kept if f.entity_type == "PERSON")
