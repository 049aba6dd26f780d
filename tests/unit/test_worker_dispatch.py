"""When the runtime hands records to a core process: after a short linger when the process is idle,
as soon as it returns when it is busy (its records waited already), at once when the batch is full.

The core processes are replaced by futures the test resolves; no process is started."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from agents.settings import Settings
from agents.worker.core_process import RawRecord, Result
from agents.worker.runtime import QuotaLedger, Runtime, _Partition


class _Core:
    """Stands in for the core processes: records each batch and leaves its result to the test."""

    def __init__(self) -> None:
        self.batches: list[tuple[int, list[int]]] = []
        self.futures: list[asyncio.Future[list[Result]]] = []

    def call(self, slot: int, batch: list[RawRecord]) -> asyncio.Future[list[Result]]:
        self.batches.append((slot, [raw[2] for raw in batch]))
        future: asyncio.Future[list[Result]] = asyncio.get_running_loop().create_future()
        self.futures.append(future)
        return future


def _runtime(**settings: Any) -> tuple[Runtime, _Core]:
    rt = Runtime(Settings(worker_processes=1, **settings), cast(Any, None), QuotaLedger(None, 1), 1, lambda items: None)
    core = _Core()
    rt._call = core.call  # type: ignore[method-assign]
    part = _Partition("t", 0, 0)  # as the runtime makes one, without its drain task
    part.start_at(0)
    part.start_known = True
    rt.partitions[("t", 0)] = part
    return rt, core


async def _submit(rt: Runtime, offsets: range) -> None:
    for offset in offsets:
        await rt.submit((offset, ("t", 0, offset, 0, None, b"v")))


def test_an_idle_core_gets_a_partial_batch_after_the_linger() -> None:
    async def scenario() -> list[tuple[int, list[int]]]:
        rt, core = _runtime(batch_linger_ms=20, batch_size=100)
        await _submit(rt, range(0, 3))
        assert core.batches == []  # lingering for more
        await asyncio.sleep(0.1)
        return core.batches

    assert asyncio.run(scenario()) == [(0, [0, 1, 2])]


def test_records_read_while_the_core_is_busy_go_together_as_soon_as_it_returns() -> None:
    async def scenario() -> list[tuple[int, list[int]]]:
        rt, core = _runtime(batch_linger_ms=10, batch_size=100)
        await _submit(rt, range(0, 2))
        await asyncio.sleep(0.05)  # the first batch went and is being worked on
        await _submit(rt, range(2, 7))
        await asyncio.sleep(0.1)  # far past the linger: nothing goes while the core is busy
        assert [offsets for _slot, offsets in core.batches] == [[0, 1]]
        core.futures[0].set_result([])
        await asyncio.sleep(0)  # the callbacks of the returned batch
        await asyncio.sleep(0)
        return core.batches

    assert [offsets for _slot, offsets in asyncio.run(scenario())] == [[0, 1], [2, 3, 4, 5, 6]]


def test_a_failed_batch_frees_the_core_for_what_waited() -> None:
    async def scenario() -> list[list[int]]:
        rt, core = _runtime(batch_linger_ms=10, batch_size=100)
        await _submit(rt, range(0, 1))
        await asyncio.sleep(0.05)
        await _submit(rt, range(1, 3))
        core.futures[0].set_exception(RuntimeError("core process died"))
        await asyncio.sleep(0.05)
        return [offsets for _slot, offsets in core.batches]

    assert asyncio.run(scenario()) == [[0], [1, 2]]


def test_a_full_batch_goes_at_once_even_while_the_core_is_busy() -> None:
    async def scenario() -> list[list[int]]:
        rt, core = _runtime(batch_linger_ms=10, batch_size=4)
        await _submit(rt, range(0, 1))
        await asyncio.sleep(0.05)
        await _submit(rt, range(1, 5))
        return [offsets for _slot, offsets in core.batches]

    assert asyncio.run(scenario()) == [[0], [1, 2, 3, 4]]


def test_every_record_goes_exactly_once_whatever_the_core_returns_when() -> None:
    async def scenario() -> list[int]:
        rt, core = _runtime(batch_linger_ms=1, batch_size=7)
        answered = 0
        for start in range(0, 200, 9):
            await _submit(rt, range(start, min(start + 9, 200)))
            await asyncio.sleep(0.002 * (start % 3))
            while answered < len(core.futures) - 1:  # the core answers, one batch behind
                core.futures[answered].set_result([])
                answered += 1
        for _ in range(50):
            for future in core.futures[answered:]:
                future.set_result([])
            answered = len(core.futures)
            await asyncio.sleep(0.005)
        return [offset for _slot, offsets in core.batches for offset in offsets]

    assert asyncio.run(scenario()) == list(range(200))
