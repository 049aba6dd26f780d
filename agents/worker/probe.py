"""Which offsets of a source partition hold records, read from the broker itself.

The worker asks when Faust delivers an offset past the one it expected (see
:class:`~agents.worker.offsets.Sequencer`): the offsets in between are either empty (transaction
markers, compaction, retention) or records Faust passed over. One consumer, outside any group,
reads the range with the isolation level Faust reads with (uncommitted: aborted records are
delivered to the agents too), in a thread.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any

from confluent_kafka import Consumer, KafkaError, TopicPartition

log = logging.getLogger(__name__)


class ProbeFailed(Exception):
    """The range could not be read to its end in time (the caller treats it as holding records)."""


class OffsetProbe:
    def __init__(self, conf: Mapping[str, Any], timeout_s: float = 10.0) -> None:
        self._conf = {
            **conf,
            "group.id": f"corridor-probe-{uuid.uuid4().hex[:8]}",  # never joins: assign() only
            "enable.auto.commit": False,
            "enable.partition.eof": True,
            "auto.offset.reset": "earliest",
            "isolation.level": "read_uncommitted",
            "fetch.max.bytes": 1 << 20,
        }
        self._timeout_s = timeout_s
        self._consumer: Consumer | None = None
        self._lock = threading.Lock()

    def present(self, topic: str, partition: int, start: int, end: int) -> list[int]:
        """The offsets in ``[start, end)`` that hold a record (blocking: call it in a thread)."""
        if end <= start:
            return []
        with self._lock:
            if self._consumer is None:
                self._consumer = Consumer(self._conf)
            consumer = self._consumer
            consumer.assign([TopicPartition(topic, partition, start)])
            try:
                found: list[int] = []
                deadline = time.monotonic() + self._timeout_s
                while time.monotonic() < deadline:
                    msg = consumer.poll(0.2)
                    if msg is None:
                        continue
                    err = msg.error()
                    if err is not None:
                        if err.code() == KafkaError._PARTITION_EOF:  # noqa: SLF001 -- librdkafka's own name for it
                            return found
                        raise ProbeFailed(f"{topic}[{partition}]: {err.name()}")
                    offset = msg.offset() or 0
                    if offset >= end:
                        return found
                    if offset >= start:
                        found.append(offset)
                raise ProbeFailed(f"{topic}[{partition}] offsets {start}..{end - 1} not read in time")
            finally:
                consumer.unassign()

    def start_of(self, topic: str, partition: int, group: str) -> int:
        """Where ``group`` reads ``partition`` from: its committed offset, or, with none, the
        log's first offset (the worker's consumers reset to the earliest). Blocking: call it in a
        thread. A read of the commit only: this consumer never joins the group."""
        tp = TopicPartition(topic, partition)
        consumer = Consumer({**self._conf, "group.id": group})
        try:
            (got,) = consumer.committed([tp], timeout=self._timeout_s)
            if got.error is not None:
                raise ProbeFailed(f"{topic}[{partition}]: commit not read ({got.error.name()})")
            if got.offset >= 0:
                return int(got.offset)
            low, _high = consumer.get_watermark_offsets(tp, timeout=self._timeout_s)
            return int(low)
        finally:
            consumer.close()

    def close(self) -> None:
        with self._lock:
            if self._consumer is not None:
                self._consumer.close()
                self._consumer = None
