"""The worker over the real clusters: every source record accounted for, nothing planted in Hong Kong,
the audit chain intact, the metrics in agreement, and offsets that wait for Hong Kong."""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from confluent_kafka import Consumer
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import MessageField, SerializationContext
from workers import (
    KEPT,
    ROUTES,
    SOURCES,
    Worker,
    changelog_keys,
    committed,
    counted,
    decided,
    hk_bytes,
    read_from,
    sources,
    start_worker,
)

from agents import kafka_io
from agents.local import stack
from agents.local.generator import MixedStream
from agents.settings import Settings
from agents.worker import audit
from streams.synthetic import EVENT_KINDS


def test_every_record_is_accounted_for_once_and_nothing_planted_reaches_hong_kong(
    live_stack: Settings, worker: Worker
) -> None:
    kafka_io.ensure_topics(live_stack.hk, ROUTES.values())
    kafka_io.ensure_topics(live_stack.sz, KEPT)
    hk_start = kafka_io.end_offsets(live_stack.hk, ROUTES.values())
    sz_start = kafka_io.end_offsets(live_stack.sz, KEPT)
    stream = MixedStream(live_stack, seed=31, poison_every=20)
    report = stream.run(count=300)
    stream.close()
    assert report.failed == 0
    produced = {f"{s.topic}/{s.partition}/{s.offset}": s for s in report.delivered}
    assert len(produced) == 300

    deadline = time.monotonic() + 180
    while True:
        hk = read_from(live_stack.hk, hk_start)
        kept = read_from(live_stack.sz, sz_start)
        seen = Counter(s for s in sources(hk) + sources(kept) if s in produced)
        if set(seen) == set(produced) or time.monotonic() > deadline:
            break
        time.sleep(2)
    missing = set(produced) - set(seen)
    assert not missing, f"{len(missing)} source records neither in Hong Kong nor kept in Shenzhen"
    assert all(n == 1 for n in seen.values()), "a record was delivered twice without a restart"

    # poison is quarantined with its reason; nothing poisoned reaches Hong Kong
    by_source = {dict(m.headers())["corridor-source"].decode(): m for m in kept}
    hk_sources = set(sources(hk))
    for src, sent in produced.items():
        if sent.kind not in EVENT_KINDS:
            assert src in by_source and src not in hk_sources, sent.kind
            headers = dict(by_source[src].headers())
            assert headers["corridor-action"] == b"quarantine"
            assert headers["corridor-rule"].startswith(b"decode.")

    # Hong Kong records decode with the standard deserializer against the Hong Kong registry
    ours = [m for m in hk if dict(m.headers())["corridor-source"].decode() in produced]
    assert ours, "nothing crossed"
    with kafka_io.registry(live_stack.hk) as client:
        deserializer = AvroDeserializer(client)
        for m in ours:
            value = deserializer(m.value(), SerializationContext(m.topic(), MessageField.VALUE))
            assert isinstance(value, dict) and value["_meta"]

    # no planted value in any byte of Hong Kong: keys, values, headers
    planted = {v for s in produced.values() for v in s.planted}
    assert len(planted) > 300
    blob = hk_bytes(hk)
    leaked = [v for v in planted if v.encode() in blob]
    assert not leaked, f"{len(leaked)} planted values reached Hong Kong"

    # the metrics agree with what was delivered
    metrics = worker.metrics()
    by_action: Counter[str] = Counter()
    for (name, labels), value in metrics.items():
        if name == "corridor_records_total":
            by_action[dict(labels)["action"]] += int(value)
    kept_ours = [m for m in kept if dict(m.headers())["corridor-source"].decode() in produced]
    assert by_action["forward"] + by_action["transform"] == len(ours)
    assert by_action["quarantine"] == sum(1 for m in kept_ours if m.topic() == "corridor.quarantine")
    assert by_action["retain"] == sum(1 for m in kept_ours if m.topic() == "corridor.retained")
    assert metrics[("corridor_violations_total", (("kind", "decode_error"),))] == 15

    assert worker.stop() == 0
    verdict = audit.verify(audit.read_all(live_stack.sz.kafka_conf()))
    assert verdict.ok, verdict.breaks[:3]
    assert verdict.entries >= 300


def test_when_hong_kong_holds_back_then_the_committed_offset_waits_for_it(live_stack: Settings, worker: Worker) -> None:
    hk_broker = stack.running_process(next(s for s in stack.SERVICES if s.name == "hk-kafka"), live_stack)
    if hk_broker is None:
        pytest.fail("the Hong Kong broker of this stack is not running under our run directory")
    kafka_io.ensure_topics(live_stack.hk, ROUTES.values())
    hk_start = kafka_io.end_offsets(live_stack.hk, ROUTES.values())
    os.kill(hk_broker.pid, signal.SIGSTOP)  # Hong Kong stops answering: nothing is acknowledged there
    try:
        stream = MixedStream(live_stack, seed=5, poison_every=0)
        report = stream.run(count=60)
        stream.close()
        time.sleep(6)  # several commit intervals of the worker
        held = committed(live_stack, worker.group)
        assert worker.metrics()[("corridor_records_in_flight", ())] > 0
    finally:
        os.kill(hk_broker.pid, signal.SIGCONT)
    deadline = time.monotonic() + 120
    ends = {(tp.topic, tp.partition): tp.offset for tp in kafka_io.end_offsets(live_stack.sz, SOURCES)}
    while committed(live_stack, worker.group) != ends:
        assert time.monotonic() < deadline, "the commit did not catch up after Hong Kong came back"
        time.sleep(1)
    # which of the records went to Hong Kong: none of them may have been committed while it was held
    produced = {f"{s.topic}/{s.partition}/{s.offset}" for s in report.delivered}
    crossed = [src for src in sources(read_from(live_stack.hk, hk_start)) if src in produced]
    assert len(crossed) > 30
    first_crossing: dict[tuple[str, int], int] = {}
    for src in crossed:
        topic, partition, offset = src.rsplit("/", 2)
        key = (topic, int(partition))
        first_crossing[key] = min(first_crossing.get(key, int(offset)), int(offset))
    for key, first in first_crossing.items():
        assert held[key] <= first, f"{key}: committed {held[key]} past {first}, which Hong Kong had not acknowledged"


def test_quota_subjects_are_counted_once_even_when_the_records_are_replayed(
    live_stack: Settings, worker: Worker, tmp_path: Path
) -> None:
    start = kafka_io.end_offsets(live_stack.sz, SOURCES)
    stream = MixedStream(live_stack, seed=77, poison_every=0, contract_party=False)  # not exempt: they count
    report = stream.run(count=60)
    stream.close()
    deadline = time.monotonic() + 120
    while decided(worker) < len(report.delivered):
        assert time.monotonic() < deadline
        time.sleep(0.5)
    time.sleep(3)  # the gauges are refreshed every 2 s
    before = counted(worker)
    assert sum(before.values()) > 0, "nothing was counted: the test's records should count toward the quotas"
    keys = changelog_keys(live_stack, worker.group)
    assert len(keys) == sum(before.values())
    assert all(not any(v.encode() in k for v in s.planted) for k in keys for s in report.delivered)
    assert worker.stop() == 0
    # a replay: the group's offsets go back to before the records, and a new worker reads them again
    consumer = Consumer({"bootstrap.servers": live_stack.sz.bootstrap, "group.id": worker.group})
    consumer.commit(offsets=start, asynchronous=False)
    consumer.close()
    again = start_worker(live_stack, worker.group, tmp_path / "worker-again.log")
    try:
        # until the group has committed its way to the end again (the replayed records are read,
        # decided and acknowledged once more)
        ends = {(tp.topic, tp.partition): tp.offset for tp in kafka_io.end_offsets(live_stack.sz, SOURCES)}
        deadline = time.monotonic() + 120
        while committed(live_stack, again.group) != ends:
            assert time.monotonic() < deadline, "the replay did not reach the end of the topics"
            time.sleep(0.5)
        assert decided(again) > 0
        time.sleep(3)
        assert counted(again) == before  # recovered from the table, and the replay added nobody
        assert changelog_keys(live_stack, worker.group) == keys
    finally:
        assert again.stop() == 0
