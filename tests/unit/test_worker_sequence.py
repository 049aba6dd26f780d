"""No offset is passed over: the runtime's sequencing of what Faust delivers, against a simulated
broker log (with empty offsets: transaction markers) and a simulated Faust that passes over some
deliveries (as its fetch loop does when a rebalance suspends the flow while a queue is full) and
goes on delivering what it had fetched after a seek."""

from __future__ import annotations

import asyncio
import random
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.settings import Settings
from agents.worker.offsets import REWIND_RETRY_S, Sequencer
from agents.worker.runtime import QuotaLedger, Runtime, _Partition


class _Faust:
    """Delivers the log's records from a position; after a seek, up to ``stale`` records fetched
    before it still come; passes over the offsets in ``skip`` the first time it reaches them."""

    def __init__(self, log: list[int], start: int, skip: set[int], stale: int) -> None:
        self.log = log
        self.position = start
        self.skip = set(skip)
        self.stale = stale
        self.pending_seek: int | None = None
        self.seeks: list[int] = []
        self.stale_left = 0

    def next(self) -> int | None:
        if self.pending_seek is not None and self.stale_left == 0:
            self.position, self.pending_seek = self.pending_seek, None
        while True:
            following = [o for o in self.log if o >= self.position]
            if not following and self.pending_seek is not None:  # what it had fetched is used up
                self.position, self.pending_seek, self.stale_left = self.pending_seek, None, 0
                continue
            if not following:
                return None
            offset = following[0]
            self.position = offset + 1
            if self.stale_left:
                self.stale_left -= 1
            if offset in self.skip:
                self.skip.discard(offset)
                continue  # passed over: never handed to the agent, the read position moves on
            return offset

    async def seek(self, topic: str, partition: int, offset: int) -> None:
        self.seeks.append(offset)
        self.pending_seek = offset
        self.stale_left = self.stale


def _runtime(log: list[int], committed: int | None) -> Runtime:
    rt = Runtime(Settings(worker_processes=1), cast(Any, None), QuotaLedger(None, 1), 1, lambda items: None)
    present = set(log)
    rt.probe = lambda topic, partition, start, end: [o for o in range(start, end) if o in present]
    rt.committed_of = lambda topic, partition: committed
    return rt


async def _consume(rt: Runtime, faust: _Faust, part: _Partition, limit: int = 10_000) -> list[int]:
    """The offsets taken as new records, in order (what the core would process)."""
    rt.seeker = faust.seek
    added: list[int] = []
    for _ in range(limit):
        offset = faust.next()
        if offset is None:  # the worker's timer looks for a last record read but not delivered
            seeks = len(faust.seeks)
            for _check in range(2):
                await rt.check_tails(lambda topic, partition: faust.position - 1)
            if len(faust.seeks) == seeks:
                return added
            continue
        if not await rt._in_sequence(part, offset):
            continue
        taken = part.tracker.take(offset, offset, 0)
        part.sequencer.taken(offset)
        if taken == "added":
            added.append(offset)
            part.tracker.expect(offset, 0)
            part.tracker.finish(offset)
            part.tracker.release()
    raise AssertionError("the simulated worker did not reach the end of the log")


def _part(rt: Runtime) -> _Partition:
    part = _Partition("t", 0, 0)  # as the runtime makes one, without its drain task
    part.start_at(rt.committed_of("t", 0))
    rt.partitions[("t", 0)] = part
    return part


def test_when_faust_passes_over_a_record_then_it_is_read_again_before_anything_after_it() -> None:
    log = list(range(0, 40))
    faust = _Faust(log, 0, skip={7}, stale=5)
    rt = _runtime(log, committed=0)
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log
    assert faust.seeks == [7]


def test_when_the_gap_is_transaction_markers_then_it_is_stepped_over_without_a_seek() -> None:
    log = [o for o in range(0, 40) if o not in (5, 6, 19, 30)]
    faust = _Faust(log, 0, skip=set(), stale=0)
    rt = _runtime(log, committed=0)
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log
    assert faust.seeks == []


def test_when_faust_skips_the_first_record_after_the_commit_then_it_is_read_again() -> None:
    log = list(range(100, 130))
    faust = _Faust(log, 100, skip={100}, stale=3)
    rt = _runtime(log, committed=100)
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log


def test_with_no_commit_a_first_record_faust_passes_over_is_read_again_from_the_log_start() -> None:
    log = list(range(50, 80))  # retention removed 0..49
    faust = _Faust(log, 50, skip={50, 51}, stale=2)
    rt = _runtime(log, committed=None)
    asked: list[tuple[str, int]] = []

    def start_of(topic: str, partition: int) -> int:
        asked.append((topic, partition))
        return 50  # no commit on the broker: the log's first offset

    rt.start_of = start_of
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log
    assert asked == [("t", 0)]  # asked once


def test_with_no_commit_known_to_faust_a_commit_on_the_broker_is_where_taking_starts() -> None:
    log = list(range(0, 30))
    faust = _Faust(log, 0, skip=set(), stale=0)  # Faust reads from 0, though the group committed 20
    rt = _runtime(log, committed=None)
    rt.start_of = lambda topic, partition: 20
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == list(range(20, 30))  # 0..19 were finished before the commit: not taken again


def test_while_the_start_cannot_be_read_nothing_is_taken_and_records_faust_passed_over_are_read_later() -> None:
    log = list(range(0, 20))
    faust = _Faust(log, 0, skip={0, 1}, stale=0)  # the first two are passed over
    rt = _runtime(log, committed=None)
    rt.settings = Settings(worker_processes=1, retry_backoff_s=0.001)
    answers = iter([OSError("coordinator loading"), OSError("coordinator loading")])
    taken_before_start: list[int] = []

    def start_of(topic: str, partition: int) -> int:
        taken_before_start.append(len(rt.partitions[("t", 0)].tracker))
        answer = next(answers, None)
        if answer is not None:
            raise answer
        return 0  # no commit on the broker: the log's first offset

    rt.start_of = start_of
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log  # 0 and 1 read back once the start was known
    assert len(taken_before_start) == 3 and set(taken_before_start) == {0}  # nothing taken meanwhile
    assert len(faust.seeks) >= 2  # each failed answer sought the delivery back


def test_when_the_probe_fails_then_the_gap_is_read_again_not_stepped_over() -> None:
    log = [o for o in range(0, 20) if o != 10]  # a marker at 10, but the broker cannot be asked
    faust = _Faust(log, 0, skip=set(), stale=0)
    rt = _runtime(log, committed=0)

    def broken(topic: str, partition: int, start: int, end: int) -> list[int]:
        raise OSError("broker unreachable")

    rt.probe = broken
    part = _part(rt)
    taken = asyncio.run(_consume(rt, faust, part, limit=60))
    assert taken == list(range(10))  # stays before the gap: nothing past it is taken unproven
    assert part.sequencer.expected == 10


def test_when_the_last_record_is_passed_over_then_the_timer_reads_it_again() -> None:
    log = list(range(0, 10))
    faust = _Faust(log, 0, skip={9}, stale=0)
    rt = _runtime(log, committed=0)
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log
    assert faust.seeks == [9]


def test_when_the_last_record_after_an_empty_offset_is_passed_over_then_the_timer_reads_it_again() -> None:
    """The timer's rewind from the expected offset, which is empty (a transaction marker at 8): the
    delivery of 9 after it is probed as a gap, not dropped while waiting for 8 (Hypothesis found it)."""
    log = [o for o in range(0, 10) if o != 8]
    faust = _Faust(log, 0, skip={9}, stale=0)
    rt = _runtime(log, committed=0)
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == log


def test_a_partition_with_records_in_flight_is_not_read_again_by_the_timer() -> None:
    rt = _runtime(list(range(10)), committed=0)
    part = _part(rt)
    part.tracker.add(0, 0, 0)  # in flight: Faust's later reads wait in its queue
    part.sequencer.taken(0)
    seeks: list[int] = []

    async def seek(topic: str, partition: int, offset: int) -> None:
        seeks.append(offset)

    rt.seeker = seek
    for _ in range(3):
        asyncio.run(rt.check_tails(lambda topic, partition: 5))
    assert seeks == []


def test_when_a_rewind_does_not_bring_the_record_back_then_it_seeks_again() -> None:
    seq = Sequencer(expected=5)
    assert seq.check(7, now=0.0) == "gap"
    seq.rewind(now=0.0)
    assert seq.check(8, now=1.0) == "drop"
    assert seq.check(9, now=REWIND_RETRY_S + 1) == "reseek"
    assert seq.check(9, now=REWIND_RETRY_S + 2) == "drop"
    assert seq.check(4, now=REWIND_RETRY_S + 2) == "behind"
    assert seq.check(5, now=REWIND_RETRY_S + 2) == "take"
    seq.taken(5)
    assert seq.rewinding_since is None and seq.expected == 6


@settings(max_examples=60, deadline=None)
@given(
    empty=st.sets(st.integers(1, 79), max_size=15),
    skip=st.sets(st.integers(0, 79), max_size=6),
    stale=st.integers(0, 8),
    seed=st.integers(0, 1000),
)
def test_every_record_of_the_log_is_taken_once_and_in_order(
    empty: set[int], skip: set[int], stale: int, seed: int
) -> None:
    log = [o for o in range(0, 80) if o not in empty]
    start = random.Random(seed).choice(log[:5])
    faust = _Faust(log, start, skip=skip, stale=stale)
    rt = _runtime(log, committed=start)
    added = asyncio.run(_consume(rt, faust, _part(rt)))
    assert added == [o for o in log if o >= start]


@pytest.mark.parametrize("offset", [0, 3])
def test_a_delivery_before_the_groups_commit_is_finished_already(offset: int) -> None:
    rt = _runtime(list(range(10)), committed=5)
    part = _part(rt)
    assert asyncio.run(rt._in_sequence(part, offset))
    assert part.tracker.take(offset, offset, 0) == "finished"


def _faust_consumer(committed: int) -> Any:
    """Faust's own commit arithmetic (its Consumer's _add_gap and _new_offset, unbound) on the
    state they read: acked offsets, gaps, the committed offset."""
    from collections import defaultdict
    from types import SimpleNamespace

    from intervaltree import IntervalTree

    return SimpleNamespace(
        _acked=defaultdict(list),
        _acked_index=defaultdict(set),
        _gap=defaultdict(IntervalTree),
        _committed_offset=defaultdict(lambda: None, {("t", 0): committed}),
    )


def test_after_a_seek_faust_would_commit_across_records_in_flight_and_the_clamp_stops_it() -> None:
    from faust.transport.consumer import Consumer

    from agents.worker.app import clamp_commit

    tp = ("t", 0)
    c = _faust_consumer(committed=11)
    # the runtime sought back to 11; Faust's fetch loop then handed a stale record at 40 and,
    # its read offset being 11, recorded 12..39 as a gap (they hold records, in flight)
    asyncio.run(Consumer._add_gap(c, tp, 12, 40))
    for offset in (11, 12, 13):  # the runtime finished and acked these, in order, Faust committing
        c._acked[tp].append(offset)
        c._acked_index[tp].add(offset)
        c._committed_offset[tp] = Consumer._new_offset(c, tp)
    assert c._committed_offset[tp] == 14
    rt = _runtime(list(range(60)), committed=11)
    part = _part(rt)
    for offset in (11, 12, 13, 14, 15):
        part.tracker.take(offset, offset, 0)
    for offset in (11, 12, 13):
        part.tracker.expect(offset, 0)
        part.tracker.finish(offset)
    part.tracker.release()
    faust_offset = Consumer._new_offset(c, tp)  # its next timer commit
    assert faust_offset == 41  # Faust alone: past 14..39, which hold records still in flight
    assert clamp_commit(faust_offset, rt, "t", 0) == 14
    assert clamp_commit(faust_offset, rt, "other", 0) == faust_offset  # not a partition it holds


def test_when_a_probe_fails_once_then_the_retry_probes_again_and_steps_over_an_empty_range(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import agents.worker.offsets as offsets

    monkeypatch.setattr(offsets, "REWIND_RETRY_S", 0.0)  # every later delivery is a retry
    log = [o for o in range(0, 20) if o != 10]  # a transaction marker at 10
    faust = _Faust(log, 0, skip=set(), stale=0)
    rt = _runtime(log, committed=0)
    calls = []

    def flaky(topic: str, partition: int, start: int, end: int) -> list[int]:
        calls.append((start, end))
        if len(calls) == 1:
            raise OSError("broker unreachable")
        return [o for o in range(start, end) if o in set(log)]

    rt.probe = flaky
    added = asyncio.run(_consume(rt, faust, _part(rt), limit=200))
    assert added == log
    assert len(calls) >= 2
