"""Which source offsets may be committed: the contiguous run of finished records per partition.

A record is *finished* once every output it has (the Hong Kong record, a Shenzhen quarantine or
retained copy, its audit entry) was acknowledged by its broker. A partition's commit point is the
offset after the last record of the unbroken run of finished records from the oldest one still
tracked: a finished record behind an unfinished one waits (faust-streaming commits past records
still in flight when acks come out of order, issue 606, so the worker acks only what this
tracker releases, in offset order).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class _Pending(Generic[T]):
    item: T
    timestamp_ms: int
    outputs: int = 0
    done: bool = False


@dataclass
class PartitionTracker(Generic[T]):
    """Records of one partition in offset order, from the oldest not yet released."""

    pending: OrderedDict[int, _Pending[T]] = field(default_factory=OrderedDict)
    committed: int | None = None  # the next offset to read after the released run

    def add(self, offset: int, item: T, timestamp_ms: int) -> None:
        if offset in self.pending:
            raise ValueError(f"offset {offset} is tracked already")
        if self.pending and offset < next(reversed(self.pending)):
            raise ValueError(f"offset {offset} arrived after a later one")
        self.pending[offset] = _Pending(item, timestamp_ms)

    def take(self, offset: int, item: T, timestamp_ms: int) -> str:
        """A record read from the broker, which may be one read before: Faust seeks back to the
        committed offset when it recovers tables or rebalances, and delivers records again.

        ``"added"``: a new record. ``"replaced"``: a record still in flight; it is not taken twice,
        but its item becomes the new one (the broker's new delivery is what gets acked).
        ``"finished"``: a record released already; the caller acks the new delivery at once."""
        entry = self.pending.get(offset)
        if entry is not None:
            entry.item = item
            return "replaced"
        if self.committed is not None and offset < self.committed:
            return "finished"
        self.add(offset, item, timestamp_ms)
        return "added"

    def expect(self, offset: int, outputs: int) -> None:
        """The record at ``offset`` has ``outputs`` more deliveries to wait for."""
        self.pending[offset].outputs += outputs

    def delivered(self, offset: int) -> None:
        """One output of the record at ``offset`` was acknowledged."""
        entry = self.pending[offset]
        entry.outputs -= 1
        if entry.outputs < 0:
            raise ValueError(f"offset {offset}: more acknowledgements than outputs")

    def finish(self, offset: int) -> None:
        """Every output of the record was handed over; it is done when all were acknowledged."""
        self.pending[offset].done = True

    def release(self) -> list[T]:
        """The items of the unbroken run of finished records from the oldest, removed, in order."""
        out: list[T] = []
        while self.pending:
            offset, entry = next(iter(self.pending.items()))
            if not entry.done or entry.outputs > 0:
                break
            self.pending.popitem(last=False)
            self.committed = offset + 1
            out.append(entry.item)
        return out

    def oldest_timestamp_ms(self) -> int | None:
        """The source timestamp of the oldest record not yet released (replication lag)."""
        for entry in self.pending.values():
            return entry.timestamp_ms
        return None

    def __len__(self) -> int:
        return len(self.pending)


REWIND_RETRY_S = 10.0  # a rewind whose first record has not come back by then is sought again


@dataclass
class Sequencer:
    """Which deliveries of one partition to take, so that no offset is passed over unseen.

    Faust can pass over a record: its fetch loop gives up handing a message to a full stream
    queue when the flow is suspended for a rebalance, and still moves its read offset past it; its
    commit then steps over a one-offset hole (a minimum acked offset one past the committed one
    counts as contiguous). An offset that is not delivered is either empty on the broker (a
    transaction marker, compaction, retention) or skipped. The worker takes offsets in order from
    the group's committed offset: a delivery past the next expected offset is a *gap*, which the
    caller probes on the broker; an empty gap is stepped over (:meth:`skip_to`), a gap holding
    records is read again (:meth:`rewind`, then a seek): deliveries past the expected offset are
    dropped, neither taken nor acked, until the expected one comes back.
    """

    expected: int | None = None  # the next offset to take; None until the first is known
    rewinding_since: float | None = None
    # whether the rewind's gap is known to hold records (a probe found them); the timer's rewind of a
    # partition's last offsets is not: its expected offset may be empty (a transaction marker), and a later
    # delivery is then a gap to probe, not one to drop until the expected one comes back (it never would)
    proven: bool = True

    def check(self, offset: int, now: float) -> str:
        """``"take"``, ``"behind"`` (delivered again: the tracker decides), ``"gap"`` (probe
        ``expected..offset-1``), ``"drop"`` (rewinding: it comes again) or ``"reseek"`` (the
        rewind did not bring the expected offset back in time: seek again, then drop)."""
        if self.expected is None or offset == self.expected:
            return "take"
        if offset < self.expected:
            return "behind"
        if self.rewinding_since is None or not self.proven:
            return "gap"
        if now - self.rewinding_since > REWIND_RETRY_S:
            self.rewinding_since = now
            return "reseek"
        return "drop"

    def taken(self, offset: int) -> None:
        """The record at ``offset`` was taken (or was delivered again)."""
        if self.expected is None or offset >= self.expected:
            self.expected = offset + 1
            self.rewinding_since = None

    def skip_to(self, offset: int) -> None:
        """The offsets before ``offset`` from the expected one hold no records."""
        if self.expected is not None and offset > self.expected:
            self.expected = offset

    def rewind(self, now: float, proven: bool = True) -> None:
        """The gap holds records (``proven``; or may: the timer's read past a partition's last offsets):
        they are to be read again from :attr:`expected`."""
        self.rewinding_since = now
        self.proven = proven
