"""Running ``corridor worker`` against the real clusters, and reading what it did: the helpers of
the integration tests (worker, reliability)."""

from __future__ import annotations

import copy
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
from prometheus_client.parser import text_string_to_metric_families

from agents import kafka_io
from agents.schema_files import event_schemas
from agents.settings import ClusterSettings, Settings
from streams.synthetic import EVENT_KINDS, Synth

SOURCES = list(EVENT_KINDS.values())
ROUTES = {t: "hk." + t.split(".", 1)[1] for t in SOURCES}
KEPT = ("corridor.quarantine", "corridor.retained")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    group: str
    port: int
    log: Path

    def metrics(self) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/metrics", timeout=5) as resp:
            text = resp.read().decode()
        out = {}
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                out[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
        return out

    def stop(self, timeout: float = 60.0) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            return -9


def start_worker(settings: Settings, group: str, log: Path, level: str = "INFO", **env_extra: str) -> Worker:
    """``corridor worker`` in a consumer group of its own, ready (assigned, metrics up);
    ``env_extra``: more settings, by environment variable."""
    port = free_port()
    env = {
        **os.environ,
        "CORRIDOR_WORKER_ID": group,
        "CORRIDOR_METRICS_PORT": str(port),
        "CORRIDOR_WORKER_PROCESSES": "1",
        "CORRIDOR_DEMO_MODE": "true",
        "CORRIDOR_LOG_LEVEL": level,  # the worker's level (its -l sets the CLI's own)
        **env_extra,
    }
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "agents.cli", "-l", level, "worker"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    w = Worker(proc, group, port, log)
    deadline = time.monotonic() + 120
    while True:
        if proc.poll() is not None:
            pytest.fail(f"worker exited early:\n{log.read_text()[-3000:]}")
        try:
            if w.metrics().get(("corridor_worker_up", ())) == 1.0 and assigned(settings, group):
                return w
        except OSError:
            pass
        if time.monotonic() > deadline:
            w.stop()
            pytest.fail(f"worker not ready:\n{log.read_text()[-3000:]}")
        time.sleep(0.5)


def assigned(settings: Settings, group: str) -> bool:
    from confluent_kafka.admin import AdminClient

    admin = AdminClient(settings.sz.kafka_conf())
    desc = admin.describe_consumer_groups([group])[group].result(timeout=10)
    return sum(len(m.assignment.topic_partitions) for m in desc.members) >= len(SOURCES)


def membership(settings: Settings, group: str) -> list[int]:
    """Source partitions each member of the group holds, most first."""
    from confluent_kafka.admin import AdminClient

    admin = AdminClient(settings.sz.kafka_conf())
    desc = admin.describe_consumer_groups([group])[group].result(timeout=10)
    counts = [sum(1 for tp in m.assignment.topic_partitions if tp.topic in SOURCES) for m in desc.members]
    return sorted(counts, reverse=True)


def read_from(cluster: ClusterSettings, start: list[TopicPartition], timeout_s: float = 5.0) -> list[Any]:
    """Every message from ``start`` to the current end of each partition."""
    conf = {**cluster.kafka_conf(), "group.id": f"it-read-{uuid.uuid4().hex[:6]}"}
    consumer = Consumer({**conf, "enable.auto.commit": False})
    ends = {(tp.topic, tp.partition): tp.offset for tp in kafka_io.end_offsets(cluster, {tp.topic for tp in start})}
    todo = {(tp.topic, tp.partition) for tp in start if ends[(tp.topic, tp.partition)] > tp.offset}
    consumer.assign(start)
    out = []
    deadline = time.monotonic() + timeout_s + 30
    while todo and time.monotonic() < deadline:
        msg: Any = consumer.poll(0.5)
        if msg is None or msg.error():
            continue
        out.append(msg)
        if msg.offset() + 1 >= ends[(msg.topic(), msg.partition())]:
            todo.discard((msg.topic(), msg.partition()))
    consumer.close()
    return out


def sources(messages: list[Any]) -> list[str]:
    return [dict(m.headers() or [])["corridor-source"].decode() for m in messages]


def committed(settings: Settings, group: str) -> dict[tuple[str, int], int]:
    consumer = Consumer({**settings.sz.kafka_conf(), "group.id": group, "enable.auto.commit": False})
    try:
        tps = [TopicPartition(tp.topic, tp.partition) for tp in kafka_io.end_offsets(settings.sz, SOURCES)]
        return {(tp.topic, tp.partition): tp.offset for tp in consumer.committed(tps, timeout=10)}
    finally:
        consumer.close()


def decided(w: Worker) -> int:
    return int(sum(v for (name, _l), v in w.metrics().items() if name == "corridor_records_total"))


def counted(w: Worker) -> dict[str, float]:
    return {
        dict(labels)["quota"]: v for (name, labels), v in w.metrics().items() if name == "corridor_transfer_subjects"
    }


def changelog_keys(settings: Settings, group: str) -> set[bytes]:
    topic = f"{group}-corridor-quota-subjects-changelog"
    return {m.key() for m in read_from(settings.sz, [TopicPartition(topic, 0, 0)])}


def rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the worker and its core processes)."""
    total = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError):
            continue
    return total / 1024


@dataclass
class Accounting:
    """Where each source record went, by ``corridor-source``, and any planted value in Hong Kong."""

    sent: int
    to_hk: int
    retained: int
    quarantined: int
    duplicates: int
    missing: list[str]
    leaked: int

    def figures(self) -> dict[str, int]:
        return {
            "sent": self.sent,
            "delivered": self.to_hk,
            "duplicates": self.duplicates,
            "retained": self.retained,
            "quarantined": self.quarantined,
            "lost": len(self.missing),
            "leaked": self.leaked,
        }


def account(
    settings: Settings,
    produced: dict[str, Any],
    hk_start: list[TopicPartition],
    sz_start: list[TopicPartition],
    timeout_s: float = 180.0,
) -> Accounting:
    """Waits (up to ``timeout_s``) until every produced record is somewhere, then counts."""
    deadline = time.monotonic() + timeout_s
    while True:
        hk = read_from(settings.hk, hk_start)
        kept = read_from(settings.sz, sz_start)
        hk_seen = Counter(s for s in sources(hk) if s in produced)
        kept_by_topic = {
            t: Counter(s for m in kept if m.topic() == t for s in sources([m]) if s in produced) for t in KEPT
        }
        seen = hk_seen + kept_by_topic[KEPT[0]] + kept_by_topic[KEPT[1]]
        if set(seen) == set(produced) or time.monotonic() > deadline:
            break
        time.sleep(2)
    planted = {v for s in produced.values() for v in s.planted}
    blob = hk_bytes(hk)
    return Accounting(
        sent=len(produced),
        to_hk=len(hk_seen),
        retained=len(kept_by_topic[KEPT[1]]),
        quarantined=len(kept_by_topic[KEPT[0]]),
        duplicates=sum(n - 1 for n in seen.values()),
        missing=sorted(set(produced) - set(seen)),
        leaked=sum(1 for v in planted if v.encode() in blob),
    )


def hk_bytes(messages: list[Any]) -> bytes:
    """Every byte of the messages: keys, values, header names and values."""
    return b"\n".join(
        (m.key() or b"")
        + b"\x00"
        + (m.value() or b"")
        + b"\x00"
        + b"".join(k.encode() + v for k, v in m.headers() or [])
        for m in messages
    )


def record_figures(settings: Settings, scenario: str, figures: dict[str, Any]) -> None:
    """The figures of a reliability scenario's last run, for the README's table (``make chaos``
    prints them): under the run directory, never in the source tree."""
    out = settings.run_dir / "reliability"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{scenario}.json").write_text(json.dumps({"scenario": scenario, **figures}, indent=1) + "\n")


PAYMENTS = "sz.payments.v1"


class Payments:
    """Payment records under the corridor's schema, or under a producer's changed one."""

    def __init__(self, settings: Settings) -> None:
        self.registry = kafka_io.registry(settings.sz)
        self.schema = event_schemas(settings.schemas_dir)[PAYMENTS]
        self.synth = Synth(seed=97)
        self.ctx = SerializationContext(PAYMENTS, MessageField.VALUE)
        self._serializers: dict[str, AvroSerializer] = {}

    def event(self, **changes: Any) -> dict[str, Any]:
        event = self.synth.event("payment")
        event.update(changes)
        return event

    def encode(self, event: dict[str, Any], schema: dict[str, Any] | None = None) -> bytes:
        """In the Confluent wire format; a schema used before is not looked up again (its
        serializer keeps its id: this works with the registry away)."""
        text = json.dumps(schema or self.schema)
        serializer = self._serializers.get(text)
        if serializer is None:
            serializer = self._serializers[text] = AvroSerializer(
                self.registry, text, conf={"auto.register.schemas": True}
            )
        out = serializer(event, self.ctx)
        assert out is not None
        return out

    def with_field(self, field: dict[str, Any]) -> dict[str, Any]:
        schema = copy.deepcopy(self.schema)
        schema["fields"].insert(-1, field)  # before _meta
        return schema


def sender(settings: Settings) -> tuple[Any, dict[str, Any], Callable[..., str]]:
    """A producer to the payments topic, what it sent (by ``corridor-source``), and ``send(value,
    kind, planted=())``, which waits for each record's delivery."""
    producer = Producer({**settings.sz.kafka_conf(), "acks": "all"})
    produced: dict[str, Any] = {}

    def send(value: bytes, kind: str, planted: tuple[str, ...] = ()) -> str:
        reports: list[tuple[Any, Any]] = []
        producer.produce(PAYMENTS, value=value, on_delivery=lambda err, msg: reports.append((err, msg)))
        producer.flush(30)
        err, msg = reports[0]
        assert err is None, err
        src = f"{msg.topic()}/{msg.partition()}/{msg.offset()}"
        produced[src] = SimpleNamespace(planted=planted, kind=kind)
        return src

    return producer, produced, send
