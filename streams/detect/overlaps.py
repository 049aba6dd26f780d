"""Resolving overlapping findings in O(n log n).

:func:`resolve` keeps what :func:`streams.detect.engine.resolve_overlaps` keeps, without comparing
each finding with every finding kept so far. Every finding kept is disjoint from every other (a
finding that overlaps a kept one is cut to the parts nobody covers), so what the kept findings
cover is a sorted list of disjoint intervals: a finding's uncovered parts are the gaps between the
intervals it meets, found by bisection, and once it is handled its whole span is covered, so the
intervals it met merge into one (each interval is made once and merged away at most once).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from streams.detect.findings import Finding


def resolve(findings: Iterable[Finding], priority: Callable[[Finding], int]) -> list[Finding]:
    """Keep the best of overlapping findings: higher score, then ``priority``, then length; a
    finding that loses keeps the parts nobody covers (not validated), sorted by offsets."""
    findings = list(findings)
    if len(findings) < 2:
        return findings
    ranked = sorted(findings, key=lambda f: (-f.score, -priority(f), -(f.end - f.start), f.start))
    if any(f.start >= f.end for f in ranked):
        return _resolve_pairwise(ranked)
    kept: list[Finding] = []
    # the covered spans: disjoint, none touching the next, ascending
    starts: list[int] = []
    ends: list[int] = []
    for f in ranked:
        lo = bisect_right(ends, f.start)  # the first span ending after f starts
        hi = bisect_left(starts, f.end, lo)  # the first span starting at or after f's end
        if lo == hi:
            kept.append(f)
        else:
            position = f.start
            for i in range(lo, hi):
                if starts[i] > position:
                    kept.append(f._replace(start=position, end=starts[i], validated=False))
                position = ends[i]
            if position < f.end:
                kept.append(f._replace(start=position, end=f.end, validated=False))
        # f's span is covered now: merge it with the spans it met and those it touches
        new_start = min(f.start, starts[lo]) if lo < hi else f.start
        new_end = max(f.end, ends[hi - 1]) if lo < hi else f.end
        if lo > 0 and ends[lo - 1] == new_start:
            lo -= 1
            new_start = starts[lo]
        if hi < len(starts) and starts[hi] == new_end:
            new_end = ends[hi]
            hi += 1
        starts[lo:hi] = [new_start]
        ends[lo:hi] = [new_end]
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def _resolve_pairwise(ranked: list[Finding]) -> list[Finding]:
    """The pairwise way, for findings that include an empty one (which no span records)."""
    kept: list[Finding] = []
    for f in ranked:
        over = [k for k in kept if not (f.end <= k.start or f.start >= k.end)]
        if not over:
            kept.append(f)
            continue
        pieces = [(f.start, f.end)]
        for k in over:
            pieces = [
                part
                for start, end in pieces
                for part in ((start, min(end, k.start)), (max(start, k.end), end))
                if part[0] < part[1]
            ]
        kept.extend(f._replace(start=start, end=end, validated=False) for start, end in pieces)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept
