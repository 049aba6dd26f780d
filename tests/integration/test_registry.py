"""The registries under faults (issue 13): schemas and their ids survive a restart (each Apicurio
keeps them in a journal topic on its own cluster); with the Shenzhen registry down, schemas the
worker has cached keep working and a record of an unknown schema waits, then is quarantined; with
the Hong Kong registry down, a record whose sanitized schema cannot be registered is held back,
never dropped, and crosses once the registry is back."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from confluent_kafka import Producer, TopicPartition
from confluent_kafka.schema_registry import Schema
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
from workers import (
    KEPT,
    ROUTES,
    SOURCES,
    Payments,
    account,
    decided,
    read_from,
    record_figures,
    sender,
    sources,
    start_worker,
)

from agents import kafka_io
from agents.local import stack
from agents.local.generator import start_group_at_end
from agents.settings import Settings


def _restart(settings: Settings, *names: str, down_s: float = 0.0) -> None:
    for name in names:
        service = next(s for s in stack.SERVICES if s.name == name)
        proc = stack.running_process(service, settings)
        assert proc is not None, f"{name} is not running under this run directory"
        assert stack.stop_process(proc)
    time.sleep(down_s)
    stack.start(settings, log=lambda _m: None)


def _stop(settings: Settings, name: str) -> None:
    service = next(s for s in stack.SERVICES if s.name == name)
    proc = stack.running_process(service, settings)
    assert proc is not None, f"{name} is not running under this run directory"
    assert stack.stop_process(proc)


def test_schemas_and_their_ids_survive_a_registry_restart(live_stack: Settings) -> None:
    tag = uuid.uuid4().hex[:8]
    topic = f"corridor.it.registry.{tag}"
    kafka_io.ensure_topics(live_stack.sz, [topic])
    schema = {
        "type": "record",
        "name": f"Probe{tag}",
        "namespace": "corridor.it",
        "fields": [{"name": "n", "type": "long"}, {"name": "s", "type": "string"}],
    }
    ids: dict[str, int] = {}
    for name, cluster in (("sz", live_stack.sz), ("hk", live_stack.hk)):
        with kafka_io.registry(cluster) as client:
            ids[name] = client.register_schema(f"{topic}-value", Schema(json.dumps(schema), "AVRO"))
    values = [{"n": i, "s": f"value {i}"} for i in range(5)]
    with kafka_io.registry(live_stack.sz) as client:
        serializer = AvroSerializer(client, json.dumps(schema), conf={"auto.register.schemas": False})
        ctx = SerializationContext(topic, MessageField.VALUE)
        producer = Producer({**live_stack.sz.kafka_conf(), "acks": "all"})
        for v in values:
            producer.produce(topic, value=serializer(v, ctx))
        assert producer.flush(30) == 0

    _restart(live_stack, "sz-registry", "hk-registry")

    for name, cluster in (("sz", live_stack.sz), ("hk", live_stack.hk)):
        with kafka_io.registry(cluster) as client:  # a new client: nothing cached
            assert json.loads(client.get_schema(ids[name]).schema_str)["name"] == schema["name"]
            assert client.register_schema(f"{topic}-value", Schema(json.dumps(schema), "AVRO")) == ids[name]
    with kafka_io.registry(live_stack.sz) as client:
        deserializer = AvroDeserializer(client)
        got = [
            deserializer(m.value(), SerializationContext(topic, MessageField.VALUE))
            for m in read_from(live_stack.sz, [TopicPartition(topic, p, 0) for p in range(3)])
        ]
    assert sorted(got, key=lambda v: v["n"]) == values


def test_when_a_registry_is_down_cached_schemas_work_unknown_ones_wait_and_nothing_is_dropped(
    live_stack: Settings, tmp_path: Path
) -> None:
    hk_start = kafka_io.end_offsets(live_stack.hk, ROUTES.values())
    kafka_io.ensure_topics(live_stack.sz, KEPT)
    sz_start = kafka_io.end_offsets(live_stack.sz, KEPT)
    group = f"corridor-registry-{uuid.uuid4().hex[:8]}"
    start_group_at_end(live_stack, group, SOURCES)
    worker = start_worker(live_stack, group, tmp_path / "worker.log", CORRIDOR_SZ_REGISTRY_WAIT_S="15")
    p = Payments(live_stack)
    _producer, produced, send = sender(live_stack)
    figures: dict[str, Any] = {}
    try:
        for _ in range(10):
            send(p.encode(p.event()), "cached")
        deadline = time.monotonic() + 120
        while decided(worker) < 10:
            assert time.monotonic() < deadline
            time.sleep(0.5)

        # Shenzhen: a schema registered but never seen by the worker, then the registry goes away
        tag = uuid.uuid4().hex[:6]
        unseen = p.encode(
            p.event(),
            p.with_field(
                {"name": f"ref_{tag}", "type": ["null", "string"], "default": None, "classification": "free_text"}
            ),
        )
        _stop(live_stack, "sz-registry")
        try:
            cached = [send(p.encode(p.event()), "cached") for _ in range(20)]
            unknown = send(unseen, "unknown")
            deadline = time.monotonic() + 120
            while decided(worker) < 30:  # the cached ones are decided with the registry down
                assert time.monotonic() < deadline, "records of a cached schema waited for the registry"
                time.sleep(0.5)
            waited = time.monotonic()
            while dict(_where(live_stack, hk_start, sz_start)).get(unknown) is None:
                assert time.monotonic() - waited < 120, "the record of an unknown schema never came out"
                time.sleep(1)
            figures["sz_unknown_schema_waited_s"] = round(time.monotonic() - waited, 1)
        finally:
            stack.start(live_stack, log=lambda _m: None)
        where = dict(_where(live_stack, hk_start, sz_start))
        assert where[unknown] == "decode.registry_unavailable"
        assert all(where.get(src) == "hk" for src in cached)

        # Hong Kong: a new sanitized schema to register while the registry is away: held back
        tag = uuid.uuid4().hex[:6]
        new_field = {"name": f"memo2_{tag}", "type": ["null", "string"], "default": None, "classification": "free_text"}
        fresh = p.encode(p.event(), p.with_field(new_field))  # the Shenzhen registry is back
        _stop(live_stack, "hk-registry")
        try:
            held = [send(fresh, "held") for _ in range(3)]
            time.sleep(10)  # several retries of the worker
            assert worker.process.poll() is None, "the worker stopped"
            where = dict(_where(live_stack, hk_start, sz_start))
            assert not any(src in where for src in held), "a record was decided without its schema registered"
            assert worker.metrics()[("corridor_records_in_flight", ())] >= len(held)
        finally:
            stack.start(live_stack, log=lambda _m: None)
        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing and result.leaked == 0
        where = dict(_where(live_stack, hk_start, sz_start))
        assert all(where[src] == "hk" for src in held), "held-back records did not cross once the registry was back"
        assert worker.stop() == 0
    finally:
        if worker.process.poll() is None:
            worker.stop()
        p.registry.close()
    record_figures(live_stack, "registry_outages", {**result.figures(), **figures})


def _where(settings: Settings, hk_start: Any, sz_start: Any) -> list[tuple[str, str]]:
    """Each source record seen so far: ``hk``, or the rule it was kept in Shenzhen under."""
    out = [(src, "hk") for src in sources(read_from(settings.hk, hk_start))]
    for m in read_from(settings.sz, sz_start):
        headers = dict(m.headers() or [])
        out.append((headers["corridor-source"].decode(), headers["corridor-rule"].decode()))
    return out
