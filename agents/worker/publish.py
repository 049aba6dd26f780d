"""The worker's producers: Hong Kong (sanitized records) and Shenzhen (quarantine, retained, audit).

Both are confluent-kafka producers, idempotent with ``acks=all``, polled from the event loop
itself every few milliseconds: their delivery reports run on the loop, in one go per poll. (A
thread of their own, polling and handing each batch of reports over with
``call_soon_threadsafe``, cost the loop the GIL each time it woke, and a self-pipe write a batch.)
A delivery that fails (after librdkafka's own retries) is produced again after a back-off: a
record is never dropped, and the offsets behind it wait (the commit point cannot pass it).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from confluent_kafka import KafkaError, KafkaException, Producer

from agents.settings import ClusterSettings
from agents.worker import metrics

log = logging.getLogger(__name__)

Headers = Sequence[tuple[str, bytes]]
Done = Callable[[], None]


def producer_conf(cluster: ClusterSettings, linger_ms: int, **extra: Any) -> dict[str, Any]:
    conf: dict[str, Any] = {
        **cluster.kafka_conf(),
        "enable.idempotence": True,
        "acks": "all",
        "linger.ms": linger_ms,
        "batch.num.messages": 10_000,
        "compression.type": "lz4",
        "queue.buffering.max.messages": 200_000,
        # librdkafka retries in order, under idempotence, for as long as it takes: a delivery is
        # never given up on behind the records sent after it (which would reorder a partition)
        "message.timeout.ms": 0,
    }
    conf.update(extra)
    return conf


class Producers:
    """The two producers, polled from the event loop; ``linger_ms`` per cluster ("hk", "sz")."""

    def __init__(
        self,
        sz: ClusterSettings,
        hk: ClusterSettings,
        loop: asyncio.AbstractEventLoop,
        linger_ms: dict[str, int] | None = None,
        retry_backoff_s: float = 1.0,
        max_bytes: int = 1_000_000,
        poll_interval_s: float = 0.005,
    ) -> None:
        self.loop = loop
        self.retry_backoff_s = retry_backoff_s
        lingers = {"hk": 20, "sz": 100, **(linger_ms or {})}
        self.clusters = {
            # message.max.bytes: the client never refuses what the topics accept (quarantine copies
            # are as large as the largest source record; see topics.max_message_bytes)
            name: Producer(
                producer_conf(
                    cluster,
                    lingers[name],
                    logger=logging.getLogger(f"corridor.librdkafka.{name}"),
                    **{"message.max.bytes": max_bytes},
                )
            )
            for name, cluster in (("hk", hk), ("sz", sz))
        }
        self.poll_interval_s = poll_interval_s
        # delivery reports gathered by a poll (on the loop) or by a flush (in a thread of its own,
        # at a stop), run on the loop in one go
        self._reports: deque[tuple[KafkaError | None, str, str, dict[str, Any], Done]] = deque()
        self._lock = threading.Lock()
        self.failures = 0
        self.on_fatal: Callable[[str], None] = lambda what: log.critical("%s", what)
        self._pump = loop.create_task(self._poll(), name="corridor-producer-poll")

    async def _poll(self) -> None:
        producers = list(self.clusters.values())
        while True:
            try:
                for p in producers:
                    p.poll(0)
                if self._reports:
                    self._run_reports()
            except Exception as exc:  # no reports come any more: stop, committing nothing past them
                self.on_fatal(f"polling the producers failed ({type(exc).__name__})")
                return
            await asyncio.sleep(self.poll_interval_s)

    def _run_reports(self) -> None:
        with self._lock:
            reports, self._reports = self._reports, deque()
        for err, cluster, topic, kwargs, on_done in reports:
            try:
                self._reported(err, cluster, topic, kwargs, on_done)
            except Exception as exc:  # one report's failure must not strand the others
                self.on_fatal(f"a delivery report of {topic} failed ({type(exc).__name__})")

    async def produce(
        self,
        cluster: str,
        topic: str,
        value: bytes | None,
        key: bytes | None,
        partition: int | None,
        headers: Headers,
        on_done: Done,
    ) -> None:
        """Hand one record to a producer; ``on_done`` runs on the event loop once it is acknowledged
        (after as many attempts as it takes)."""
        producer = self.clusters[cluster]
        kwargs: dict[str, Any] = {"value": value, "key": key, "headers": list(headers)}
        if partition is not None:
            kwargs["partition"] = partition

        def report(err: KafkaError | None, _msg: Any) -> None:
            with self._lock:
                self._reports.append((err, cluster, topic, kwargs, on_done))

        kwargs["on_delivery"] = report
        try:
            producer.produce(topic, **kwargs)
        except BufferError:
            await self._send(producer, topic, kwargs)
        except KafkaException as exc:
            self._refused(topic, exc)

    async def _send(self, producer: Producer, topic: str, kwargs: dict[str, Any]) -> None:
        while True:
            try:
                producer.produce(topic, **kwargs)
                return
            except BufferError:  # the local queue is full: wait for deliveries (back-pressure)
                await asyncio.sleep(0.01)
            except KafkaException as exc:
                self._refused(topic, exc)
                return

    def _refused(self, topic: str, exc: KafkaException) -> None:
        """The producer refused a record outright (too large, unknown partition, a fatal error):
        the record stays unfinished, nothing behind it is committed, and the worker stops."""
        err = exc.args[0] if exc.args and isinstance(exc.args[0], KafkaError) else None
        self.on_fatal(f"the producer refused a record for {topic} ({err.name() if err else type(exc).__name__})")

    def _reported(
        self, err: KafkaError | None, cluster: str, topic: str, kwargs: dict[str, Any], on_done: Done
    ) -> None:
        if err is None:
            on_done()
            return
        self.failures += 1
        metrics.DELIVERY_ERRORS.labels(topic).inc()
        if err.fatal() or not err.retriable():  # retrying cannot help: stop, commit nothing past it
            self.on_fatal(f"delivery to {cluster} {topic} failed for good ({err.name()})")
            return
        # the error's name and code only: a broker's message never quotes a record, but stay sure
        log.warning(
            "delivery to %s %s failed (%s); retrying in %.1fs", cluster, topic, err.name(), self.retry_backoff_s
        )

        async def again() -> None:
            await asyncio.sleep(self.retry_backoff_s)
            await self._send(self.clusters[cluster], topic, kwargs)

        self.loop.create_task(again())

    def pending(self) -> int:
        return sum(len(p) for p in self.clusters.values())

    def flush(self, timeout_s: float) -> int:
        """Wait for every delivery (blocking); the number still undelivered."""
        return sum(p.flush(timeout_s) for p in self.clusters.values())

    def close(self) -> None:
        """Stop polling (after the worker's loop has ended, when it is closed: nothing to stop)."""
        if not self._pump.done() and not self.loop.is_closed():
            self._pump.cancel()
