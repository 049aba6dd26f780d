"""``corridor worker``: the Faust app, one agent per routed Shenzhen topic.

The consumer group, the quota table and Faust's internal topics live in Shenzhen. Values are read
as raw bytes and decoded by the core in a core process (:mod:`agents.worker.runtime`). The agents
never ack an event themselves (``noack``): the runtime acks finished records in offset order, so
the offset Faust commits never passes a record whose outputs were not all acknowledged.

``/metrics`` on the worker's web port (127.0.0.1 unless ``CORRIDOR_METRICS_HOST`` says otherwise)
serves the corridor's metrics beside Faust's own sensors.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import signal
import sys
import time
from collections.abc import Iterable
from typing import Any

import faust
from confluent_kafka import Consumer, TopicPartition
from faust.types import TP

from agents.reach import check_reachable
from agents.settings import ClusterSettings, Settings
from agents.worker import audit, metrics
from agents.worker.core_process import QUARANTINE_TOPIC, RETAINED_TOPIC, RawRecord
from agents.worker.faust_sensors import LeanPrometheusMonitor
from agents.worker.policy_holder import observe_policy, start_watch
from agents.worker.probe import OffsetProbe
from agents.worker.publish import Producers
from agents.worker.runtime import QuotaLedger, Runtime
from agents.worker.topics import ensure_sz_topics, max_message_bytes_of, mirror_topics
from streams.policy.quota import year_of

log = logging.getLogger(__name__)

_HEADROOM = 65_536  # bytes of key, headers and batch framing beside a record's value

# loggers that write record contents at DEBUG: aiokafka's protocol responses hold the raw fetched
# records (a DEBUG run wrote resident ID numbers from Shenzhen into the log); Faust's topic and
# producer log each key and value they send ("send: topic=... k=... v=...": the quota table's
# subject pseudonyms). Never below INFO.
PAYLOAD_LOGGERS = ("aiokafka", "faust.transport.drivers.aiokafka", "faust.topics")


def quiet_payload_loggers(level: str = "INFO") -> None:
    """Set on the loggers themselves, so that a root logger at DEBUG does not reach them, and as a
    filter on the root logger's handlers (whatever sets a level on one of them later)."""
    wanted = logging.getLevelName(level.upper())
    floor = max(logging.INFO, wanted if isinstance(wanted, int) else logging.INFO)
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(floor)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, _PayloadFilter) for f in handler.filters):
            handler.addFilter(_PayloadFilter())


class _PayloadFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.INFO:
            return True
        return not any(record.name == n or record.name.startswith(n + ".") for n in PAYLOAD_LOGGERS)


QUOTA_TABLE = "corridor-quota-subjects"


def tune_fetch(min_bytes: int, max_wait_ms: int, thread_class: Any = None) -> None:
    """Faust's consumer fetches with aiokafka's ``fetch_min_bytes=1`` and a wait of its own choice,
    neither of them a setting: at a steady rate every fetch then brings a few records, and each one
    costs the Shenzhen broker a request (measured on the local stack: producing 1,000 records/s,
    a consumer at 1 byte cost the broker about twice the CPU of one at 32 KB or 100 ms). The
    worker's consumers are made with these two values instead (for this process: one app runs in
    it). Should aiokafka rename them, Faust's own values stay, with a warning."""
    if thread_class is None:
        from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread as thread_class
    # the one place Faust makes the worker's aiokafka consumer
    original = getattr(thread_class, "_corridor_create", None) or thread_class._create_worker_consumer  # noqa: SLF001

    def create(self: Any, transport: Any) -> Any:
        consumer = original(self, transport)
        if hasattr(consumer, "_fetch_min_bytes") and hasattr(consumer, "_fetch_max_wait_ms"):
            consumer._fetch_min_bytes = min_bytes  # noqa: SLF001 -- read when the consumer starts
            consumer._fetch_max_wait_ms = max_wait_ms  # noqa: SLF001
        else:
            log.warning("aiokafka's consumer has no fetch settings to tune; Faust's are used")
        return consumer

    thread_class._corridor_create = original  # noqa: SLF001
    thread_class._create_worker_consumer = create  # noqa: SLF001


def faust_broker(cluster: ClusterSettings) -> dict[str, Any]:
    """Faust's ``broker`` and ``broker_credentials`` for a cluster (TLS and SASL as configured)."""
    conf: dict[str, Any] = {"broker": ";".join(f"kafka://{h}" for h in cluster.bootstrap.split(","))}
    protocol = cluster.security_protocol.upper()
    if protocol == "PLAINTEXT":
        return conf
    import ssl

    context = ssl.create_default_context(cafile=str(cluster.ssl_ca_location) if cluster.ssl_ca_location else None)
    if protocol.startswith("SASL"):
        password = cluster.sasl_password.get_secret_value() if cluster.sasl_password else ""
        conf["broker_credentials"] = faust.SASLCredentials(
            username=cluster.sasl_username or "",
            password=password,
            mechanism=cluster.sasl_mechanism or "PLAIN",
            ssl_context=context if protocol == "SASL_SSL" else None,
        )
    else:
        conf["broker_credentials"] = faust.SSLCredentials(context)
    return conf


class CorridorWorker:
    """The app, its agents and timers, and the runtime behind them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        # the policy the worker starts with, and the watch its timer keeps on the file (the core
        # processes' registries are never scraped: the policy metrics are set here)
        self._policy_watch = start_watch(settings.policy_file, settings)
        policy = self._policy_watch.engine.policy
        self.routes = dict(policy.routes)
        self.quota_limits = {name: q.thresholds[-1] for name, q in policy.quotas.items()}
        for name, limit in self.quota_limits.items():
            metrics.QUOTA_LIMIT.labels(name).set(limit)
        # a fetch must hold the largest source record whole (aiokafka steps over a record larger
        # than its partition fetch size: the worker would rewind to it again and again)
        self.source_limit = _largest_record(settings.sz, list(self.routes))
        tune_fetch(settings.fetch_min_bytes, settings.fetch_max_wait_ms)
        self.app = faust.App(
            settings.worker_id,
            consumer_max_fetch_size=self.source_limit + _HEADROOM,
            **faust_broker(settings.sz),
            store="memory://",
            value_serializer="raw",
            key_serializer="raw",
            web_enabled=True,
            web_host=settings.metrics_host,
            web_bind=settings.metrics_host,  # where it listens (web_host is only the advertised name)
            web_port=settings.metrics_port,
            web_in_thread=False,
            # commits on a clock, not per record: broker_commit_every counts acks, and Faust's fetch
            # loop awaits the commit it triggers before it hands on the next record, so at 1 (as it
            # was) every record waited for an OffsetCommit round trip to Shenzhen; a crash reads
            # again at most this interval's records (at-least-once either way)
            broker_commit_interval=settings.commit_interval_s,
            broker_commit_every=1_000_000,
            # a worker that dies (kill -9, a lost machine) keeps its partitions this long
            broker_session_timeout=settings.session_timeout_s,
            broker_heartbeat_interval=min(3.0, settings.session_timeout_s / 3),
            # Faust would wait, with no limit, for every event it handed out to be acked, on a stop
            # and on a rebalance; the runtime drains those itself, bounded by drain_timeout_s
            stream_wait_empty=False,
            stream_buffer_maxsize=4096,
            consumer_auto_offset_reset="earliest",
            topic_replication_factor=settings.replication_factor,
            datadir=str(settings.run_dir / "faust"),  # Faust's table data, never the working directory
            web_tables_enabled=False,  # /table would answer "was this subject sent this year?"
            web_router_enabled=False,
            topic_allow_declare=True,
            table_standby_replicas=0,
            producer_acks=-1,
        )
        from faust.sensors.prometheus import setup_prometheus_sensors

        setup_prometheus_sensors(self.app, name_prefix="faust")  # Faust's metrics and its /metrics page
        # the same metrics, counted cheaply per message (faust_sensors) and their labelled
        # children looked up once per label set
        made: Any = self.app.monitor  # the PrometheusMonitor just made
        faust_metrics = metrics.cached_faust_metrics(made._metrics)  # noqa: SLF001 -- Faust's own sensors
        self.monitor = LeanPrometheusMonitor(metrics=faust_metrics)
        self.app.monitor = self.monitor
        # one partition, read by every worker (a global table): the counts are the whole corridor's
        self.table = self.app.GlobalTable(
            QUOTA_TABLE,
            key_type=str,
            value_type=int,
            default=int,
            partitions=1,
            recovery_buffer_size=20_000,
            on_changelog_event=self._learn,
        )
        # the subjects counted, by this worker and (through the table's changelog) by the others
        self.ledger = QuotaLedger(self.table, _processes_of(settings))
        self.runtime: Runtime | None = None
        self.producers: Producers | None = None
        self._streams: dict[str, Any] = {}
        for source in self.routes:
            self._agent(source)
        self.app.timer(2.0)(self._observe)
        self.app.on_partitions_revoked.connect(self._revoked)  # type: ignore[arg-type]
        self._lag_consumer: Consumer | None = None
        self._probe: OffsetProbe | None = None
        self.hk_limits: dict[str, int] = {}  # the largest record each Hong Kong topic accepts
        self.max_bytes = 1_000_000
        self._loop_lag_task: asyncio.Task[None] | None = None
        self.exit_code = 1

    # -- start ----------------------------------------------------------------------------------

    def prepare(self) -> None:
        """Before the app starts: topics in both clusters (Hong Kong mirrors the sources)."""
        s = self.settings
        mirror_topics(s.sz, s.hk, self.routes, replication=s.replication_factor)
        # a quarantined or retained copy is as large as its source record, with a few headers more
        largest = max(max_message_bytes_of(s.sz, self.routes).values())
        if largest > self.source_limit:  # created or raised since the app was made
            log.warning("a source topic takes records of %d bytes; restart the worker to fetch them", largest)
        kept_limit = largest + _HEADROOM
        ensure_sz_topics(s.sz, [QUARANTINE_TOPIC, RETAINED_TOPIC], 3, s.replication_factor, kept_limit)
        ensure_sz_topics(s.sz, [audit.AUDIT_TOPIC], 3, s.replication_factor)
        self.hk_limits = max_message_bytes_of(s.hk, self.routes.values())
        self.max_bytes = max(kept_limit, *self.hk_limits.values()) + _HEADROOM

    def _make_runtime(self) -> Runtime:
        if self.runtime is None:
            loop = asyncio.get_running_loop()
            s = self.settings
            lingers = {"hk": s.hk_linger_ms, "sz": s.sz_linger_ms}
            self.producers = Producers(s.sz, s.hk, loop, lingers, s.retry_backoff_s, self.max_bytes)
            partitions = _partition_count(s.sz, audit.AUDIT_TOPIC)
            runtime = Runtime(s, self.producers, self.ledger, partitions, self._ack)
            runtime.head_loader = lambda keys: audit.load_heads(s.sz.kafka_conf(), keys, partitions)
            runtime.on_fatal = self._fatal
            runtime.hk_limits = self.hk_limits
            self._probe = OffsetProbe(s.sz.kafka_conf())
            runtime.probe = self._probe.present
            runtime.start_of = functools.partial(self._probe.start_of, group=self.app.conf.id)  # Faust's group
            runtime.committed_of = self._committed_of
            runtime.seeker = self._seek
            self.guard_commits()  # before the runtime takes its first record (an agent may make it)
            self.runtime = runtime
        return self.runtime

    async def _learn(self, event: Any) -> None:
        """A subject another worker counted (its changelog entry, read by this worker's replica of
        the global table): the counts and the core processes' replicas learn it too."""
        key = event.key
        self.ledger.learn(key.decode() if isinstance(key, bytes) else str(key))

    def _committed_of(self, topic: str, partition: int) -> int | None:
        """Where the group's commit stands, as Faust's consumer knows it after its seek (Faust
        keeps no commit at offset 0: None, and the first delivery is taken as the start)."""
        known = getattr(self.app.consumer, "_committed_offset", {})
        committed = known.get(TP(topic, partition))
        return int(committed) if committed is not None else None

    def _read_offset_of(self, topic: str, partition: int) -> int | None:
        """The last offset Faust's fetch loop read of a partition (handed to the agent or not)."""
        read = getattr(self.app.consumer, "_read_offset", {}).get(TP(topic, partition))
        return int(read) if read is not None else None

    async def _observe_policy(self) -> None:
        """The policy metrics: the same check of the same file as the core processes make."""
        try:
            await asyncio.to_thread(observe_policy, self._policy_watch)
        except Exception as exc:  # the core processes keep their policy; this is only the metrics
            log.warning("policy file not checked (%s)", type(exc).__name__)

    async def _seek(self, topic: str, partition: int, offset: int) -> None:
        await self.app.consumer.seek(TP(topic, partition), offset)

    def guard_commits(self) -> None:
        """Faust commits what it computes from its acks and its own gap records; the runtime's
        trackers say what is finished. Faust's offset is clamped to the tracker's: after the
        runtime seeks a partition back, Faust's fetch loop goes on through the batch it holds,
        records a "gap" from the sought offset to the next stale record, and would commit across
        records still in flight once the sought one is acked."""
        consumer: Any = self.app.consumer
        original = consumer._new_offset  # noqa: SLF001 -- the one place Faust decides an offset

        def clamped(tp: Any) -> int | None:
            return clamp_commit(original(tp), self.runtime, tp.topic, tp.partition)

        consumer._new_offset = clamped  # noqa: SLF001

    async def started(self) -> None:
        """Once Faust has recovered its tables and is ready (called by the worker)."""
        quiet_payload_loggers(self.settings.log_level)  # again: Faust's logging set-up has run
        await self._make_runtime().warm()
        self._loop_lag_task = asyncio.get_running_loop().create_task(self._loop_lag())
        metrics.WORKER_UP.set(1)
        log.warning(
            "corridor worker: %d source topics, %d core processes, metrics on http://%s:%d/metrics",
            len(self.routes),
            self._make_runtime().slots,
            self.settings.metrics_host,
            self.settings.metrics_port,
        )

    def _agent(self, source: str) -> None:
        topic = self.app.topic(source, key_type=bytes, value_type=bytes, allow_empty=True)

        async def corridor(stream: Any) -> None:
            runtime = self._make_runtime()
            manual = stream.noack()
            self._streams[source] = manual
            # events one by one: Faust's take_events() acks every event of a batch once the loop
            # body returns, whatever noack() says, which would commit records still in flight
            async for event in manual.events():
                await runtime.submit(((manual, event), _raw(event.message)))

        corridor.__name__ = f"corridor_{source.replace('.', '_')}"
        self.app.agent(topic, name=f"corridor.{source}", concurrency=1)(corridor)

    def _ack(self, items: list[Any]) -> None:
        async def ack_all() -> None:
            for stream, event in items:
                await stream.ack(event)

        asyncio.get_running_loop().create_task(ack_all())

    def _fatal(self, what: str) -> None:
        """Something the worker cannot go on past (a producer's fatal error, a dead partition
        task): stop without committing what is unfinished; it is read again after a restart."""
        log.critical("stopping: %s", what)
        metrics.WORKER_UP.set(0)
        self.exit_code = 3
        self.app.loop.call_soon(lambda: self.app.loop.create_task(self.app.stop()))

    # -- rebalance and stop -----------------------------------------------------------------------

    async def _revoked(self, app: Any, revoked: Iterable[Any], **_: Any) -> None:
        if self.runtime is not None:
            await self.runtime.drain_partitions(
                [(tp.topic, tp.partition) for tp in revoked], self.settings.drain_timeout_s
            )

    async def graceful_stop(self) -> bool:
        """Stop taking events, finish what was read, flush both producers, commit."""
        if self.runtime is None:
            return True
        metrics.WORKER_UP.set(0)
        drained = await self.runtime.drain(self.settings.drain_timeout_s)
        assert self.producers is not None
        left = await asyncio.to_thread(self.producers.flush, 10.0)
        await asyncio.sleep(0.1)  # the acks of the last deliveries run on the loop
        try:
            await self.app.consumer.commit()
        except Exception as exc:
            log.error("final commit failed (%s): those records will be read again", type(exc).__name__)
        log.warning("stopped: drained=%s, undelivered=%d, finished=%d", drained, left, self.runtime.done)
        return drained and left == 0

    # -- observing ----------------------------------------------------------------------------------

    async def _observe(self) -> None:
        try:
            self.monitor.flush()
        except Exception as exc:  # Faust's own metrics only: never a reason to stop the worker
            log.warning("Faust's sensors not flushed (%s)", type(exc).__name__)
        runtime = self.runtime
        if runtime is None:
            return
        metrics.IN_FLIGHT.set(runtime.in_flight)
        await runtime.check_tails(self._read_offset_of)
        await self._observe_policy()
        now_ms = time.time() * 1000
        oldest = runtime.oldest_unfinished_ms()
        for topic in self.routes:
            ts = oldest.get(topic)
            metrics.REPLICATION_LAG.labels(topic).set(max(0.0, (now_ms - ts) / 1000) if ts is not None else 0.0)
        year = year_of(int(now_ms))
        for quota in self.quota_limits:
            metrics.TRANSFER_SUBJECTS.labels(quota).set(runtime.ledger.counts().get((quota, year), 0))
        try:
            lags = await asyncio.to_thread(self._consumer_lag)
        except Exception as exc:
            log.info("consumer lag not read (%s)", type(exc).__name__)
            return
        for (topic, partition), lag in lags.items():
            metrics.CONSUMER_LAG.labels(topic, str(partition)).set(lag)

    def _consumer_lag(self) -> dict[tuple[str, int], int]:
        """High watermark minus the group's committed offset, from the brokers themselves."""
        if self._lag_consumer is None:
            self._lag_consumer = Consumer(
                {**self.settings.sz.kafka_conf(), "group.id": self.settings.worker_id, "enable.auto.commit": False}
            )
        c = self._lag_consumer
        tps = []
        for topic in self.routes:
            md = c.list_topics(topic, timeout=5).topics.get(topic)
            if md is not None:
                tps += [TopicPartition(topic, p) for p in md.partitions]
        out = {}
        for tp in c.committed(tps, timeout=5):
            low, high = c.get_watermark_offsets(tp, timeout=5)
            start = tp.offset if tp.offset >= 0 else low
            out[(tp.topic, tp.partition)] = max(0, high - start)
        return out

    async def _loop_lag(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(0.25)
            metrics.EVENT_LOOP_LAG.set(max(0.0, loop.time() - before - 0.25))

    def close(self) -> None:
        if self.runtime is not None:
            self.runtime.close()
        if self.producers is not None:
            self.producers.close()
        if self._lag_consumer is not None:
            self._lag_consumer.close()
        if self._probe is not None:
            self._probe.close()


def clamp_commit(offset: int | None, runtime: Runtime | None, topic: str, partition: int) -> int | None:
    """The offset to commit for a partition: Faust's, never past what the runtime released
    (a source partition the runtime does not hold, or another topic: Faust's)."""
    if offset is None or runtime is None:
        return offset
    part = runtime.partitions.get((topic, partition))
    released = part.tracker.committed if part is not None else runtime.released.get((topic, partition))
    if part is None and (topic, partition) not in runtime.released:
        return offset
    return None if released is None else min(offset, released)


def _largest_record(cluster: ClusterSettings, topics: list[str]) -> int:
    """The largest record the source topics accept (the broker's default for one not created yet)."""
    try:
        return max(max_message_bytes_of(cluster, topics).values())
    except Exception as exc:  # a topic not there yet: prepare() creates it with the default
        log.info("source topics' record size not read (%s)", type(exc).__name__)
        return 1_048_588


def _raw(msg: Any) -> RawRecord:
    return (msg.topic, msg.partition, msg.offset, int((msg.timestamp or time.time()) * 1000), msg.key, msg.value)


def _processes_of(settings: Settings) -> int:
    from agents.worker.runtime import _processes

    return _processes(settings)


def _partition_count(cluster: ClusterSettings, topic: str) -> int:
    from confluent_kafka.admin import AdminClient

    md = AdminClient(dict(cluster.kafka_conf())).list_topics(topic, timeout=10).topics[topic]
    return max(1, len(md.partitions))


class _Worker(faust.Worker):
    """Faust's worker, with SIGTERM and SIGINT draining the corridor before the app stops."""

    corridor: CorridorWorker
    _draining = False

    async def on_startup_finished(self) -> None:
        await super().on_startup_finished()
        await self.corridor.started()

    def _on_sigterm(self) -> None:
        self._graceful(signal.SIGTERM)

    def _on_sigint(self) -> None:
        self._graceful(signal.SIGINT)

    def _graceful(self, signum: signal.Signals) -> None:
        if self._draining:
            return
        self._draining = True

        async def stop() -> None:
            try:
                ok = await self.corridor.graceful_stop()
                self.corridor.exit_code = 0 if ok else 1
            except Exception as exc:  # the app still stops; what was not committed is read again
                log.error("graceful stop failed (%s)", type(exc).__name__)
                self.corridor.exit_code = 1
            finally:
                if signum == signal.SIGTERM:
                    super(_Worker, self)._on_sigterm()
                else:
                    super(_Worker, self)._on_sigint()

        self.loop.create_task(stop())


def run_worker(settings: Settings) -> int:
    """Run until SIGTERM or SIGINT; 0 when everything read was finished and committed. Refuses
    to start (exit 2) with development or short keys unless ``CORRIDOR_DEMO_MODE`` says so."""
    import faust.streams

    if faust.streams._CStreamIterator is None:  # noqa: SLF001 -- a check on Faust itself
        # Faust's pure-Python iterator acks events it skips during a rebalance, after it cleared
        # its committed offset: it could commit past records still in flight
        print("corridor: faust-streaming's compiled stream iterator is missing (NO_CYTHON?)", file=sys.stderr)
        return 2
    from streams.native import extension

    if extension is None:
        # the pure-Python fallbacks are held equal to it in the tests, but fastavro reads a negative
        # enum or union index from the end of the list: a corrupt record would decode to a plausible one
        print("corridor: the native extension (native/, built by make) is missing", file=sys.stderr)
        return 2
    problems = settings.key_problems()
    if problems and not settings.demo_mode:
        for problem in problems:
            print(f"corridor: {problem}; set real keys (or CORRIDOR_DEMO_MODE=true for a demo)", file=sys.stderr)
        return 2
    cleartext = settings.sz.cleartext_credentials() + settings.hk.cleartext_credentials()
    if cleartext and not settings.demo_mode:
        for problem in cleartext:
            print(f"corridor: {problem}", file=sys.stderr)
        return 2
    # both clusters and registries accept the worker's addresses, certificates and credentials:
    # otherwise one line naming the cluster and the kind of failure (UnreachableError, exit 2),
    # never clients retrying in the background while nothing crosses
    check_reachable(settings.sz, settings.hk, timeout_s=settings.connect_check_s)
    quiet_payload_loggers(settings.log_level)
    corridor = CorridorWorker(settings)
    corridor.prepare()
    worker = _Worker(corridor.app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False)
    worker.corridor = corridor
    try:
        worker.execute_from_commandline()
    except SystemExit:
        pass
    finally:
        corridor.close()
    return corridor.exit_code
