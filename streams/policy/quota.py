"""Yearly quotas: distinct data subjects sent across per calendar year, as the CAC thresholds count.

The year is the record's own timestamp in Asia/Shanghai time (UTC+8 without daylight saving since
1991, so a fixed offset is exact for any record this corridor sees), so a late record of 31 December
counts toward the year it happened in, not the year it arrived in.

Memory: a quota keeps the 64-bit digests of its subjects, exactly, until its count passes the largest
threshold; after that it only knows "more than the largest threshold", which every rule comparing
against those thresholds decides identically. At about 70 bytes per subject in a Python set, the
default policy's largest limit (1,000,000 non-sensitive subjects) is at most ~70 MB per year kept;
two years (the current and the previous) are kept. Two distinct subjects share a 64-bit digest with
probability about n^2 / 2^65 (3e-8 at a million): negligible next to the thresholds' own precision.
A hot reload hands the store the new policy's caps (:meth:`QuotaStore.set_caps`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from streams.policy.cel import day

_YEARS_KEPT = 2


def year_of(timestamp_ms: int) -> int:
    """The calendar year of an epoch-milliseconds timestamp in Asia/Shanghai time."""
    return int(day(timestamp_ms)[:4])


def digest(subject: str) -> int:
    """A 64-bit digest of a subject key (the key itself is already a keyed hash)."""
    return int.from_bytes(hashlib.blake2b(subject.encode(), digest_size=8).digest(), "big")


class QuotaStore(Protocol):
    """Where subjects are counted. The runtime backs it with a Faust table; tests use memory.

    Reading (:meth:`count`, :meth:`seen`) never changes the store: only :meth:`add` (a record that
    crossed) and :meth:`preload` make a year, so a record's timestamp alone cannot push the years
    kept out (a record far from now is quarantined before it is decided: see
    :class:`streams.pipeline.Pipeline`).
    """

    def count(self, quota: str, year: int) -> int:
        """Distinct subjects counted so far (saturates one past the quota's cap)."""
        ...

    def seen(self, quota: str, year: int, subject: str) -> bool:
        """Whether this subject was already counted this year (``True`` once saturated)."""
        ...

    def add(self, quota: str, year: int, subject: str) -> None:
        """Count this subject (no-op when already counted or saturated)."""
        ...

    def set_caps(self, caps: Mapping[str, int]) -> None:
        """Take a new policy's caps (its quotas' largest thresholds), at a hot reload's swap."""
        ...


@dataclass
class _Year:
    digests: set[int] = field(default_factory=set)
    preloaded: int = 0  # subjects counted elsewhere (a seeded count), not individually known

    @property
    def count(self) -> int:
        return self.preloaded + len(self.digests)


class InMemoryQuotaStore:
    """Exact counts up to ``cap`` subjects per quota and year, then saturated.

    Saturated (one past the cap), a year stops recording subjects and only knows "more than the
    cap", which every rule comparing against thresholds up to the cap decides identically.

    :param caps: per quota, the largest number of subjects counted exactly (its largest threshold).
        A quota without a cap is exact and unbounded.
    """

    def __init__(self, caps: Mapping[str, int] | None = None) -> None:
        self.caps = dict(caps or {})
        self._years: dict[str, dict[int, _Year]] = {}
        self._last: tuple[str, int] = ("", 0)  # the last subject's digest: one record asks several quotas

    def _digest(self, subject: str) -> int:
        if self._last[0] != subject:
            self._last = (subject, digest(subject))
        return self._last[1]

    def _find(self, quota: str, year: int) -> _Year | None:
        years = self._years.get(quota)
        return None if years is None else years.get(year)

    def _year(self, quota: str, year: int) -> _Year:
        """The year's bucket, made when missing (writes only); the oldest years beyond the two
        most recent are dropped."""
        years = self._years.get(quota)
        if years is None:
            years = self._years[quota] = {}
        bucket = years.get(year)
        if bucket is None:
            bucket = years[year] = _Year()
            for old in sorted(years)[:-_YEARS_KEPT]:
                del years[old]
        return bucket

    def _saturated(self, quota: str, bucket: _Year) -> bool:
        cap = self.caps.get(quota)
        return cap is not None and bucket.count > cap

    def count(self, quota: str, year: int) -> int:
        bucket = self._find(quota, year)
        return 0 if bucket is None else bucket.count

    def seen(self, quota: str, year: int, subject: str) -> bool:
        bucket = self._find(quota, year)
        if bucket is None:
            return False
        return self._saturated(quota, bucket) or self._digest(subject) in bucket.digests

    def add(self, quota: str, year: int, subject: str) -> None:
        bucket = self._year(quota, year)
        if not self._saturated(quota, bucket):
            bucket.digests.add(self._digest(subject))

    def set_caps(self, caps: Mapping[str, int]) -> None:
        """Take a new policy's caps; the counts carry over.

        Under a raised cap, a year that had not passed the old one counts on exactly from where it
        stands. A year already saturated under the old cap stopped recording subjects there, so its
        true count is unknown past it: it fails closed, saturated under the new cap too (it reads as
        past every threshold until the year ends). A quota new to the store gets its cap; a lowered
        cap saturates a year already past it.
        """
        for quota, years in self._years.items():
            old, new = self.caps.get(quota), caps.get(quota)
            if old is None or new is None or new <= old:
                continue
            for bucket in years.values():
                if bucket.count > old:
                    bucket.preloaded = new + 1 - len(bucket.digests)
        self.caps = dict(caps)

    def preload(self, quota: str, year: int, count: int) -> None:
        """Start a year at ``count`` subjects counted elsewhere (policy test cases, restores)."""
        self._year(quota, year).preloaded = count
