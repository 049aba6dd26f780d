"""The worker's engine room on the event loop: batches to core processes, outputs, offsets.

For each source partition the worker keeps, in offset order, the records read but not finished
(:class:`~agents.worker.offsets.PartitionTracker`), a batch being filled, and a queue of batches
handed to a core process. One task per partition takes the results in order, produces every output
of each record (the sanitized record to Hong Kong, or the original bytes to ``corridor.quarantine``
or ``corridor.retained``, and always an audit entry), and when every output of a record and of
every record before it was acknowledged, acks the Faust events in offset order, so that Faust
commits exactly the finished run.

Back-pressure: a partition with ``max_in_flight`` unfinished records stops taking events; Faust's
buffer then fills and it pauses fetching that partition. A slow Hong Kong or a slow batch never
blocks the event loop (fetching, heartbeats and the web server go on).

Core processes: ``processes`` single-process pools; a partition always goes to the same one, so
its batches are decoded and decided in order.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
import zlib
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from agents.settings import Settings
from agents.worker import audit, core_process, metrics
from agents.worker.core_process import QUARANTINE_TOPIC, RETAINED_TOPIC, QuotaDelta, RawRecord, Result
from agents.worker.offsets import REWIND_RETRY_S, PartitionTracker, Sequencer
from agents.worker.publish import Producers

log = logging.getLogger(__name__)

Acker = Callable[[list[Any]], None]


@dataclass
class _Partition:
    topic: str
    partition: int
    slot: int
    tracker: PartitionTracker[Any] = field(default_factory=PartitionTracker)
    queue: asyncio.Queue[tuple[list[RawRecord], asyncio.Future[list[Result]]]] = field(default_factory=asyncio.Queue)
    space: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None
    chain: audit.Chain | None = None
    sequencer: Sequencer = field(default_factory=Sequencer)  # no offset passed over unseen
    tail_suspect: int | None = None  # the expected offset Faust had read past, at the last check
    start_known: bool = False  # whether the group's commit (or the log's start) is the expected offset

    def start_at(self, committed: int | None) -> None:
        """Offsets are taken in order from the group's commit (None: from the first delivery);
        a delivery before it is finished already."""
        if committed is not None:
            self.sequencer.expected = committed
            self.tracker.committed = committed
            self.start_known = True


START_CHECK_TIMEOUT_S = 30.0  # asking the broker where a group starts a partition, at most this long
_PENDING_MAX = 100_000  # subjects waiting for one core process before it is sent the whole table


def _split(key: str) -> QuotaDelta:
    quota, year, subject = key.split("|", 2)
    return quota, int(year), subject


class QuotaLedger:
    """The subjects counted in Hong Kong: a Faust table (its changelog in Shenzhen, one key per
    quota, year and subject, so counting is a set insertion and a replay cannot count twice),
    the counts per quota and year, and what each core process has not yet been told."""

    def __init__(self, table: Any, slots: int) -> None:
        self.table = table
        self._pending: list[list[QuotaDelta]] = [[] for _ in range(slots)]
        self._seeded = [False] * slots
        self._counts: dict[tuple[str, int], int] | None = None

    @staticmethod
    def key(quota: str, year: int, subject: str) -> str:
        return f"{quota}|{year}|{subject}"

    def commit(self, quota: str, year: int, subject: str) -> None:
        """Count a subject whose record Hong Kong acknowledged (no-op when already counted)."""
        k = self.key(quota, year, subject)
        data = self.table.data
        if k in data:
            return
        counts = self.counts()  # before the key is in the table (a first count would see it)
        data[k] = 1
        self.table.send_changelog(0, k, 1)  # the table's one partition (a global table)
        counts[(quota, year)] = counts.get((quota, year), 0) + 1
        self._tell((quota, year, subject))

    def _tell(self, delta: QuotaDelta) -> None:
        for slot, pending in enumerate(self._pending):
            if not self._seeded[slot]:  # it gets the whole table with its first batch
                continue
            if len(pending) >= _PENDING_MAX:  # a process that takes no batches: it starts afresh
                self._seeded[slot] = False
                pending.clear()
            else:
                pending.append(delta)

    def learn(self, key: str) -> None:
        """A key read from the table's changelog (applied to the table after this call): counted
        when it is new here; this worker's own commits come back as known keys."""
        data = self.table.data
        if key in data:
            return
        counts = self.counts()
        data[key] = 1  # now, not when Faust applies its buffer: the same key twice counts once
        quota, year, subject = _split(key)
        counts[(quota, year)] = counts.get((quota, year), 0) + 1
        self._tell((quota, year, subject))

    def take(self, slot: int) -> list[QuotaDelta]:
        """What core process ``slot`` must add to its replica before its next batch: the whole
        table the first time (after recovery), then what was committed since."""
        if not self._seeded[slot]:
            self._seeded[slot] = True
            self._pending[slot] = []
            return list(self.items())
        out, self._pending[slot] = self._pending[slot], []
        return out

    def reseed(self, slot: int) -> None:
        """A restarted core process starts from the whole table again."""
        self._seeded[slot] = False

    def items(self) -> Iterable[QuotaDelta]:
        for k in list(self.table.data.keys()):
            yield _split(str(k))

    def counts(self) -> dict[tuple[str, int], int]:
        """Distinct subjects per quota and year: counted from the table once (after its
        recovery), then kept up to date by :meth:`commit`."""
        if self._counts is None:
            counts: dict[tuple[str, int], int] = {}
            for quota, year, _subject in self.items():
                counts[(quota, year)] = counts.get((quota, year), 0) + 1
            self._counts = counts
        return self._counts


class Runtime:
    """Everything between Faust's events and the two clusters."""

    def __init__(
        self, settings: Settings, producers: Producers, ledger: QuotaLedger, audit_partitions: int, acker: Acker
    ) -> None:
        self.settings = settings
        self.acker = acker  # acks finished events, in offset order
        self.producers = producers
        self.ledger = ledger
        self.audit_partitions = audit_partitions
        self.slots = _processes(settings)
        ctx = multiprocessing.get_context("spawn")
        self.pools = [ProcessPoolExecutor(1, mp_context=ctx, initializer=core_process.init) for _ in range(self.slots)]
        self._generation = [0] * self.slots  # how often each core process was replaced
        self.partitions: dict[tuple[str, int], _Partition] = {}
        self._buffers: list[list[tuple[_Partition, RawRecord]]] = [[] for _ in range(self.slots)]
        self._flush: list[asyncio.Handle | None] = [None] * self.slots
        self._busy = [0] * self.slots  # batches handed to each core process and not yet returned
        self.heads: dict[str, audit.Chain] = {}
        self.head_loader: Callable[[list[str]], dict[str, audit.Chain]] | None = None
        self.on_fatal: Callable[[str], None] = lambda what: log.critical("%s", what)
        # where the group's commit stands for a partition, the offsets of a range that hold records
        # (read from the broker, blocking), and a seek of Faust's consumer: see Sequencer
        self.committed_of: Callable[[str, int], int | None] = lambda topic, partition: None
        self.probe: Callable[[str, int, int, int], list[int]] | None = None
        # where the group reads a partition from, asked of the broker when Faust knows no commit
        self.start_of: Callable[[str, int], int] | None = None
        self.seeker: Callable[[str, int, int], Awaitable[None]] | None = None
        self.hk_limits: dict[str, int] = {}  # the largest record each Hong Kong topic accepts
        # the offset after each partition's released run, kept after a rebalance takes it away
        # (Faust commits on a revocation: never past what was released)
        self.released: dict[tuple[str, int], int | None] = {}
        self._acknowledged: dict[int, _Partition] = {}  # partitions with deliveries not yet released
        self.stopping = False
        self.in_flight = 0
        self.done = 0

    def _task_done(self, task: asyncio.Task[None]) -> None:
        """A partition's task never ends but by cancellation (a rebalance, a stop): any other end
        leaves its records unfinished for good, so the worker stops (nothing past them is committed)."""
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self.on_fatal(f"{task.get_name()} failed ({type(exc).__name__})")

    async def warm(self) -> None:
        """Start every core process and wait until each has loaded the detector and the policy,
        so the first records do not wait for it."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(pool, core_process.ready) for pool in self.pools))

    # -- taking events --------------------------------------------------------------------------

    def _partition(self, topic: str, partition: int) -> _Partition:
        key = (topic, partition)
        part = self.partitions.get(key)
        if part is None:
            slot = zlib.crc32(f"{topic}/{partition}".encode()) % self.slots
            part = self.partitions[key] = _Partition(topic, partition, slot)
            committed = self.committed_of(topic, partition)
            part.start_at(committed)
            log.info("%s[%d] taken from offset %s", topic, partition, committed)
            part.space.set()
            part.task = asyncio.get_running_loop().create_task(self._drain(part), name=f"corridor-{topic}-{partition}")
            part.task.add_done_callback(self._task_done)
        return part

    async def submit(self, record: tuple[Any, RawRecord]) -> None:
        """Take one source record, in the order read, with the item :attr:`acker` gets back once
        it is finished; waits while its partition has ``max_in_flight`` unfinished records."""
        item, raw = record
        if self.stopping:  # draining for a stop: take nothing more (it is read again after a restart)
            await asyncio.Event().wait()
        topic, partition, offset, timestamp_ms = raw[0], raw[1], raw[2], raw[3]
        part = self.partitions.get((topic, partition)) or self._partition(topic, partition)
        while len(part.tracker) >= self.settings.max_in_flight:
            self._dispatch(part.slot)
            part.space.clear()
            await part.space.wait()
        if self.partitions.get((topic, partition)) is not part:  # revoked while it waited for space
            return  # not taken and not acked: its next owner reads it from the commit
        if not await self._in_sequence(part, offset):
            return  # not taken and not acked: it is delivered again after the rewind
        taken = part.tracker.take(offset, item, timestamp_ms)
        part.sequencer.taken(offset)
        if taken != "added":  # delivered again after a seek: in flight already, or finished
            log.info("%s[%d] offset %d delivered again (%s)", topic, partition, offset, taken)
            if taken == "finished":
                self.acker([item])
            return
        self.in_flight += 1
        slot = part.slot
        buffer = self._buffers[slot]
        buffer.append((part, raw))
        if len(buffer) >= self.settings.batch_size:
            self._dispatch(slot)
        elif self._flush[slot] is None and not self._busy[slot]:
            # an idle core process gets a partial batch after a short wait for the rest of the fetch;
            # a busy one gets everything gathered meanwhile as soon as it returns (see _returned)
            loop = asyncio.get_running_loop()
            self._flush[slot] = loop.call_later(self.settings.batch_linger_ms / 1000, self._dispatch, slot)

    async def _in_sequence(self, part: _Partition, offset: int) -> bool:
        """Whether to take this delivery now (see :class:`Sequencer`): a delivery past the next
        expected offset is taken only when the broker holds nothing in between; otherwise Faust is
        sought back to the expected offset and deliveries are dropped until it comes again. A
        rewind that did not bring it back in time probes again (the range may have emptied:
        retention, compaction, a probe that failed before) and seeks again."""
        topic, partition, seq = part.topic, part.partition, part.sequencer
        if not part.start_known and self.start_of is not None:
            # Faust knows no commit: its first delivery is not taken on trust as the start (the
            # first records could be the ones passed over); the broker says where the group starts
            try:
                start = await asyncio.wait_for(
                    asyncio.to_thread(self.start_of, topic, partition), timeout=START_CHECK_TIMEOUT_S
                )
            except Exception as exc:
                # fail closed: nothing of this partition is taken (and so nothing committed) until
                # its start is known; this delivery comes again after a back-off and a seek
                log.warning("%s[%d] start not read (%s); asking again", topic, partition, type(exc).__name__)
                await asyncio.sleep(self.settings.retry_backoff_s)
                if self.partitions.get((topic, partition)) is part:
                    await self._seek(part, offset)
                return False
            if self.partitions.get((topic, partition)) is not part:  # a rebalance took it meanwhile
                return False
            part.start_known = True
            if seq.expected is None:
                part.start_at(start)
                log.info("%s[%d] no commit known to Faust; the group starts at %d", topic, partition, start)
        verdict = seq.check(offset, time.monotonic())
        if verdict in ("take", "behind"):
            return True
        if verdict == "drop":
            return False
        assert seq.expected is not None
        expected = seq.expected
        present: list[int] | None = None
        if self.probe is not None:
            try:
                present = await asyncio.to_thread(self.probe, topic, partition, expected, offset)
            except Exception as exc:  # unknown: treated as records passed over
                log.warning("%s[%d] offsets %d..%d not probed (%s)", topic, partition, expected, offset - 1, exc)
        if self.partitions.get((topic, partition)) is not part:  # a rebalance took it meanwhile
            return False
        if present == []:
            log.info("%s[%d] offsets %d..%d hold no records", topic, partition, expected, offset - 1)
            seq.skip_to(offset)
            seq.rewinding_since = None
            return True
        if present:  # the empty offsets before the first record are stepped over
            seq.skip_to(present[0])
            expected = present[0]
        log.warning(
            "%s[%d] offsets %d..%d were passed over (%s); reading them again",
            topic,
            partition,
            expected,
            offset - 1,
            verdict,
        )
        seq.rewind(time.monotonic())
        await self._seek(part, expected)
        return False

    async def _seek(self, part: _Partition, offset: int) -> None:
        metrics.REWINDS.labels(part.topic).inc()
        if self.seeker is None:
            return
        try:
            await self.seeker(part.topic, part.partition, offset)
        except Exception as exc:  # unassigned meanwhile, or a stopping consumer: the next delivery retries
            log.warning("%s[%d] seek to %d failed (%s)", part.topic, part.partition, offset, type(exc).__name__)

    async def check_tails(self, read_offset_of: Callable[[str, int], int | None]) -> None:
        """A record Faust passed over is found when a later one arrives; the last one of a
        partition has none after it. On the worker's timer: a partition with nothing in flight
        whose expected offset Faust has read past, at two checks in a row, is read again from it;
        a rewind that has waited past its time on a quiet partition is sought again."""
        now = time.monotonic()
        for part in list(self.partitions.values()):
            seq = part.sequencer
            if seq.rewinding_since is not None and seq.expected is not None:
                if now - seq.rewinding_since > REWIND_RETRY_S:
                    log.warning(
                        "%s[%d] offset %d still missing; seeking again", part.topic, part.partition, seq.expected
                    )
                    seq.rewind(now, seq.proven)
                    await self._seek(part, seq.expected)
                continue
            read = read_offset_of(part.topic, part.partition)
            idle = len(part.tracker) == 0
            if seq.expected is None or read is None or read < seq.expected or not idle:
                part.tail_suspect = None
                continue
            if part.tail_suspect != seq.expected:
                part.tail_suspect = seq.expected
                continue
            part.tail_suspect = None
            log.warning(
                "%s[%d] offset %d was read but not delivered; reading it again",
                part.topic,
                part.partition,
                seq.expected,
            )
            # (not proven: the expected offset may hold no record, and the next delivery is probed as a gap)
            seq.rewind(now, proven=False)
            await self._seek(part, seq.expected)

    def _dispatch(self, slot: int) -> None:
        """Send a core process the records gathered for it, from all its partitions, in one call
        (a call costs a round trip: batches of a few records each were most of the time); each
        partition's queue gets its own records and a future of their results, in order."""
        handle = self._flush[slot]
        if handle is not None:
            handle.cancel()
            self._flush[slot] = None
        gathered, self._buffers[slot] = self._buffers[slot], []
        if not gathered:
            return
        future = self._run(slot, [raw for _part, raw in gathered])
        self._busy[slot] += 1
        generation = self._generation[slot]
        future.add_done_callback(lambda _done: self._returned(slot, generation))
        loop = asyncio.get_running_loop()
        shares: dict[int, tuple[_Partition, list[int], asyncio.Future[list[Result]]]] = {}
        for i, (part, _raw) in enumerate(gathered):
            if id(part) not in shares:
                shares[id(part)] = (part, [], loop.create_future())
            shares[id(part)][1].append(i)
        for part, indices, share in shares.values():
            part.queue.put_nowait(([gathered[i][1] for i in indices], share))

        def split(done: asyncio.Future[list[Result]]) -> None:
            for _part, indices, share in shares.values():
                if share.done():
                    continue
                if done.cancelled():
                    share.cancel()
                elif done.exception() is not None:
                    share.set_exception(done.exception())  # type: ignore[arg-type]
                else:
                    results = done.result()
                    share.set_result([results[i] for i in indices])

        future.add_done_callback(split)

    def _returned(self, slot: int, generation: int) -> None:
        """A batch came back from core process ``slot`` (or failed): what gathered while it was
        busy goes now, in one batch, rather than after a linger (its records waited already)."""
        if generation != self._generation[slot]:  # a replaced process's batch: _restart reset the count
            return
        self._busy[slot] = max(0, self._busy[slot] - 1)
        if not self._busy[slot]:
            self._dispatch_soon(slot)

    def _dispatch_soon(self, slot: int) -> None:
        """The records gathered for core process ``slot`` go on the loop's next turn (unless a
        dispatch is due already)."""
        if self._buffers[slot] and self._flush[slot] is None:
            self._flush[slot] = asyncio.get_running_loop().call_soon(self._dispatch, slot)

    def _run(self, slot: int, batch: list[RawRecord]) -> asyncio.Future[list[Result]]:
        """The results of a batch from core process ``slot``; a record over ``max_record_bytes``
        is quarantined here, undecoded (its cost is bounded before the core sees it)."""
        limit = self.settings.max_record_bytes
        large = {i for i, raw in enumerate(batch) if raw[5] is not None and len(raw[5]) > limit}
        if not large:
            return self._call(slot, batch)
        rest = [raw for i, raw in enumerate(batch) if i not in large]
        inner = self._call(slot, rest) if rest else None

        async def merged() -> list[Result]:
            results = iter(await inner if inner is not None else [])
            return [_too_large(batch[i], limit) if i in large else next(results) for i in range(len(batch))]

        return asyncio.ensure_future(merged())

    def _call(self, slot: int, batch: list[RawRecord]) -> asyncio.Future[list[Result]]:
        loop = asyncio.get_running_loop()
        try:
            return loop.run_in_executor(self.pools[slot], core_process.run_batch, batch, self.ledger.take(slot))
        except (BrokenProcessPool, RuntimeError):  # its process died while idle: a new one, then again
            log.error("core process %d was gone; starting a new one", slot)
            self._restart(slot)
            return loop.run_in_executor(self.pools[slot], core_process.run_batch, batch, self.ledger.take(slot))

    # -- results, in order per partition ---------------------------------------------------------

    async def _drain(self, part: _Partition) -> None:
        while True:
            batch, future = await part.queue.get()
            results = await self._results(part, batch, future)
            i = 0
            held_since: float | None = None  # the record at i was first held back then
            while i < len(batch):
                result = results[i]
                if result.action == "retry":  # held back (a registry not answering): again, in order
                    now = time.monotonic()
                    held_since = held_since if held_since is not None else now
                    if not _gives_up(result, now - held_since, self.settings.sz_registry_wait_s):
                        await asyncio.sleep(self.settings.retry_backoff_s)
                        rest = batch[i:]
                        results = [*results[:i], *await self._results(part, rest, self._run(part.slot, rest))]
                        continue
                    log.warning("%s[%d] offset %d: the Shenzhen registry did not answer; quarantined", *batch[i][:3])
                    result = results[i] = _unreadable(result)  # the records held with it give up with it
                else:
                    held_since = None
                results[i] = await self._publish(part, batch[i], result)
                i += 1
            self._count(part.topic, results)
            self._release(part)

    async def _results(
        self, part: _Partition, batch: list[RawRecord], future: asyncio.Future[list[Result]]
    ) -> list[Result]:
        generation = self._generation[part.slot]
        try:
            return await future
        except Exception as exc:  # the core process died (killed, a crash in native code)
            log.error("core process %d failed (%s); its batch is tried once more", part.slot, type(exc).__name__)
            if self._generation[part.slot] == generation:  # not restarted meanwhile for another batch
                self._restart(part.slot)
        if self.stopping:  # a stop killed it: leave the batch unfinished, it is read again
            await asyncio.Event().wait()
        try:
            return await self._run(part.slot, batch)
        except Exception as exc:  # twice: something in this batch kills the core, fail closed
            log.error(
                "core process %d failed twice on a batch of %s[%d]; quarantined", part.slot, part.topic, part.partition
            )
            self._restart(part.slot)
            return [
                Result(
                    "quarantine",
                    "worker.core_failed",
                    ("worker.core_failed",),
                    reason=type(exc).__name__,
                    violation="detector_error",
                )
                for _ in batch
            ]

    def _restart(self, slot: int) -> None:
        self._generation[slot] += 1
        self._busy[slot] = 0  # the old process's batches are tried again by their partitions
        self._dispatch_soon(slot)  # what waited for a batch that failed
        old = self.pools[slot]
        old.shutdown(wait=False, cancel_futures=False)
        ctx = multiprocessing.get_context("spawn")
        self.pools[slot] = ProcessPoolExecutor(1, mp_context=ctx, initializer=core_process.init)
        self.ledger.reseed(slot)

    async def _publish(self, part: _Partition, raw: RawRecord, result: Result) -> Result:
        """Produce every output of a record; the result it was published as (a sanitized record
        too large for Hong Kong becomes a quarantine: counted as one)."""
        topic, partition, offset, timestamp_ms, key, value = raw
        tracker = part.tracker
        source = f"{topic}/{partition}/{offset}".encode()
        headers = [
            ("corridor-source", source),
            ("corridor-policy", result.policy_version.encode()),
            ("corridor-rule", result.rule.encode()),
        ]
        outputs: list[
            tuple[str, str, bytes | None, bytes | None, int | None, list[tuple[str, bytes]], Callable[[], None]]
        ] = []
        if result.payload is not None and result.route is not None:
            size = len(result.payload) + len(result.key or b"") + sum(len(k) + len(v) for k, v in headers)
            limit = self.hk_limits.get(result.route)
            if limit is not None and size + 512 > limit:  # Hong Kong's broker would refuse it for good
                log.warning("%s[%d] offset %d: %d bytes, too large for Hong Kong", topic, partition, offset, size)
                result = Result(
                    "quarantine",
                    "publish.too_large",
                    (*result.matched, "publish.too_large"),
                    result.policy_version,
                    findings=result.findings,
                    reason=f"sanitized record of {size} bytes over {result.route}'s limit of {limit}",
                    violation="decode_error",
                )
        if result.payload is not None and result.route is not None:
            uses = result.quota_uses

            def to_hk() -> None:
                for quota, year, subject, _new in uses:
                    # every use, not only those the core saw as new: its replica counts a subject
                    # when it decides a record, so a second record of the subject is "not new" even
                    # when the first never reached Hong Kong; commit is idempotent
                    self.ledger.commit(quota, year, subject)
                metrics.E2E_LATENCY.observe(max(0.0, time.time() - timestamp_ms / 1000))
                self._delivered(part, offset)

            outputs.append(("hk", result.route, result.payload, result.key, partition, headers, to_hk))
        else:
            target = RETAINED_TOPIC if result.action == "retain" else QUARANTINE_TOPIC
            kept = [
                *headers,
                ("corridor-action", result.action.encode()),
                ("corridor-reason", result.reason[:256].encode()),
            ]
            outputs.append(("sz", target, value, key, None, kept, lambda: self._delivered(part, offset)))
        chain = part.chain or await self._load_chain(part)
        entry = audit.make_entry(
            topic=topic,
            partition=partition,
            offset=offset,
            timestamp_ms=timestamp_ms,
            action=result.action,
            rule=result.rule,
            matched=result.matched,
            policy_version=result.policy_version,
            findings=result.findings,
            route=result.route,
            reason=result.reason if result.payload is None else "",
        )
        body = chain.append(entry)
        chain_key = audit.chain_key(topic, partition)
        outputs.append(
            (
                "sz",
                audit.AUDIT_TOPIC,
                body,
                chain_key.encode(),
                audit.partition_for(chain_key, self.audit_partitions),
                [("corridor-source", source)],
                lambda: self._delivered(part, offset),
            )
        )
        tracker.expect(offset, len(outputs))
        start = time.perf_counter()
        for cluster, target_topic, out_value, out_key, out_partition, out_headers, done in outputs:
            await self.producers.produce(cluster, target_topic, out_value, out_key, out_partition, out_headers, done)
        metrics.child(metrics.STAGE_SECONDS, "publish").observe(time.perf_counter() - start)
        tracker.finish(offset)
        return result

    async def _load_chain(self, part: _Partition) -> audit.Chain:
        """The head of the partition's audit chain, read from the audit topic in a thread (the
        loop goes on meanwhile); tried again until it can be read."""
        key = audit.chain_key(part.topic, part.partition)
        chain = self.heads.get(key)
        while chain is None and self.head_loader is not None:
            try:
                chain = (await asyncio.to_thread(self.head_loader, [key])).get(key) or audit.Chain()
            except Exception as exc:
                log.warning("audit head of %s not read (%s); trying again", key, type(exc).__name__)
                await asyncio.sleep(self.settings.retry_backoff_s)
        part.chain = self.heads[key] = chain or audit.Chain()
        return part.chain

    def _delivered(self, part: _Partition, offset: int) -> None:
        """One output acknowledged: its partition is released once, after the poll's other reports
        (each record has two or more outputs, and a poll brings hundreds)."""
        part.tracker.delivered(offset)
        if not self._acknowledged:
            asyncio.get_running_loop().call_soon(self._release_acknowledged)
        self._acknowledged[id(part)] = part

    def _release_acknowledged(self) -> None:
        parts, self._acknowledged = self._acknowledged, {}
        for part in parts.values():
            self._release(part)

    def _release(self, part: _Partition) -> None:
        items = part.tracker.release()
        self.released[(part.topic, part.partition)] = part.tracker.committed
        if items:
            self.in_flight -= len(items)
            self.done += len(items)
            self.acker(items)
            part.space.set()

    def _count(self, topic: str, results: list[Result]) -> None:
        """The metrics of a batch, added up first (a labelled child lookup per record adds up)."""
        actions: Counter[str] = Counter()
        findings: Counter[str] = Counter()
        rules: Counter[str] = Counter()
        violations: Counter[str] = Counter()
        stages: dict[str, list[float]] = {}
        for r in results:
            actions[r.action] += 1
            findings.update(entity_type for entity_type, _path in r.findings)
            rules.update(r.matched)
            if r.violation:
                violations[r.violation] += 1
            for stage, seconds in r.stages.items():
                stages.setdefault(stage, []).append(seconds)
        for action, n in actions.items():
            metrics.child(metrics.RECORDS, topic, action).inc(n)
        for entity_type, n in findings.items():
            metrics.child(metrics.FINDINGS, topic, entity_type).inc(n)
        for rule, n in rules.items():
            metrics.child(metrics.RULE_HITS, rule).inc(n)
        for kind, n in violations.items():
            metrics.child(metrics.VIOLATIONS, kind).inc(n)
        for stage, values in stages.items():
            histogram = metrics.child(metrics.STAGE_SECONDS, stage)
            for seconds in values:
                histogram.observe(seconds)

    # -- observing --------------------------------------------------------------------------------

    def oldest_unfinished_ms(self) -> dict[str, int]:
        """Per source topic, the timestamp of the oldest record not yet finished."""
        out: dict[str, int] = {}
        for (topic, _p), part in self.partitions.items():
            ts = part.tracker.oldest_timestamp_ms()
            if ts is not None and (topic not in out or ts < out[topic]):
                out[topic] = ts
        return out

    # -- stopping -------------------------------------------------------------------------------------

    async def drain(self, timeout_s: float) -> bool:
        """Send every partial batch, wait until every record read is finished (or the timeout)."""
        self.stopping = True
        for slot in range(self.slots):
            self._dispatch(slot)
        deadline = time.monotonic() + timeout_s
        while self.in_flight > 0 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        return self.in_flight == 0

    async def drain_partitions(self, keys: Iterable[tuple[str, int]], timeout_s: float) -> None:
        """Before a rebalance hands partitions away: finish what was read of them."""
        parts = [self.partitions[k] for k in keys if k in self.partitions]
        for slot in {p.slot for p in parts}:
            self._dispatch(slot)
        deadline = time.monotonic() + timeout_s
        while any(len(p.tracker) for p in parts) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        for part in parts:
            if part.task is not None:
                part.task.cancel()
            self.partitions.pop((part.topic, part.partition), None)
            self.heads.pop(audit.chain_key(part.topic, part.partition), None)

    def close(self) -> None:
        for pool in self.pools:
            pool.shutdown(wait=True, cancel_futures=True)


def _gives_up(result: Result, waited_s: float, sz_wait_s: float) -> bool:
    """A record whose writer schema the Shenzhen registry could not give is held back for
    ``sz_wait_s`` (cached schemas go on working meanwhile), then quarantined undecoded; one the
    Hong Kong registry could not register is held back for as long as it takes (never dropped)."""
    return result.rule.startswith("sz_registry.") and waited_s >= sz_wait_s


def _unreadable(held: Result) -> Result:
    rule = "decode.registry_unavailable"
    return Result(
        "quarantine",
        rule,
        (rule,),
        held.policy_version,
        reason=f"writer schema not fetched: {held.reason}"[:256],
        violation="decode_error",
    )


def _too_large(raw: RawRecord, limit: int) -> Result:
    size = len(raw[5] or b"")
    return Result(
        "quarantine",
        "decode.too_large",
        ("decode.too_large",),
        reason=f"record of {size} bytes over max_record_bytes ({limit})",
        violation="decode_error",
    )


def _processes(settings: Settings) -> int:
    if settings.worker_processes > 0:
        return settings.worker_processes
    return max(1, len(_cpus()))


def _cpus() -> set[int]:
    import os

    try:
        return os.sched_getaffinity(0)
    except AttributeError:  # pragma: no cover - not Linux
        return set(range(os.cpu_count() or 1))
