"""Schema evolution over the real clusters (issue 13): a producer registers a new version of the
payments schema in Shenzhen with an optional, declared field; the worker decodes both versions side
by side, registers the new sanitized version in Hong Kong under BACKWARD compatibility, and a
consumer still reading with the old sanitized schema keeps working. (A new field nobody classified
is schema drift: tests/integration/test_poison.py.)"""

from __future__ import annotations

import json
import time

from confluent_kafka.schema_registry import Schema
from confluent_kafka.schema_registry.avro import AvroDeserializer
from confluent_kafka.serialization import MessageField, SerializationContext
from workers import (
    KEPT,
    PAYMENTS,
    ROUTES,
    Payments,
    Worker,
    account,
    decided,
    read_from,
    record_figures,
    sender,
    sources,
)

from agents import kafka_io
from agents.settings import Settings

ALIASES = ("Chan Tai Man", "Wong Siu Ming", "Lee Ka Yan", "Ho Wing Sze", "Cheung Chi Keung")
ALIAS = {
    "name": "payer_alias",
    "type": ["null", "string"],
    "default": None,
    "classification": "pi",
    "pii": "PERSON",
    "doc": "the name the payer goes by (added in version 2)",
}


def test_a_new_schema_version_crosses_beside_the_old_one_and_old_readers_keep_working(
    live_stack: Settings, worker: Worker
) -> None:
    route = ROUTES[PAYMENTS]
    hk_start = kafka_io.end_offsets(live_stack.hk, ROUTES.values())
    kafka_io.ensure_topics(live_stack.sz, KEPT)
    sz_start = kafka_io.end_offsets(live_stack.sz, KEPT)
    p = Payments(live_stack)
    hk_registry = kafka_io.registry(live_stack.hk)
    _producer, produced, send_kind = sender(live_stack)
    versions: dict[str, int] = {}

    def send(value: bytes, version: int, planted: tuple[str, ...] = ()) -> None:
        versions[send_kind(value, f"v{version}", planted)] = version

    try:
        for _ in range(10):
            send(p.encode(p.event()), 1)
        deadline = time.monotonic() + 120
        while decided(worker) < 10:
            assert time.monotonic() < deadline
            time.sleep(0.5)
        v2 = p.with_field(ALIAS)
        for i in range(30):  # the two versions side by side, interleaved
            if i % 2:
                alias = ALIASES[i % len(ALIASES)]
                send(p.encode(p.event(payer_alias=alias), v2), 2, (alias,))
            else:
                send(p.encode(p.event()), 1)

        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing
        assert result.leaked == 0, "a payer alias crossed in clear"
        hk = [m for m in read_from(live_stack.hk, hk_start) if sources([m])[0] in produced]
        by_version: dict[int, set[int]] = {1: set(), 2: set()}
        for m in hk:
            by_version[versions[sources([m])[0]]].add(int.from_bytes(m.value()[1:5], "big"))
        assert by_version[1] and by_version[2], "both versions crossed"
        assert not by_version[1] & by_version[2], "the new version has a sanitized schema of its own"
        assert hk_registry.get_compatibility(f"{route}-value") == "BACKWARD"

        ctx = SerializationContext(route, MessageField.VALUE)
        new_reader = AvroDeserializer(hk_registry)
        # a consumer that stays on the sanitized schema of the version-1 records
        (old_id,) = by_version[1]
        old_reader = AvroDeserializer(hk_registry, schema_str=hk_registry.get_schema(old_id).schema_str)
        for m in hk:
            as_old = old_reader(m.value(), ctx)
            assert isinstance(as_old, dict) and "payer_alias" not in as_old and as_old["_meta"]
            if versions[sources([m])[0]] == 2:
                as_new = new_reader(m.value(), ctx)
                assert isinstance(as_new, dict) and as_new.get("payer_alias") not in (None, *ALIASES)
        # the version-2 records' sanitized schema has the new field and is a version of the subject
        (new_id,) = by_version[2]
        new_schema = hk_registry.get_schema(new_id)
        assert "payer_alias" in {f["name"] for f in json.loads(new_schema.schema_str)["fields"]}
        assert hk_registry.lookup_schema(f"{route}-value", new_schema).schema_id == new_id
    finally:
        p.registry.close()
        hk_registry.close()
    record_figures(
        live_stack,
        "schema_evolution",
        {
            **result.figures(),
            "hk_schema_ids_v1": sorted(by_version[1]),
            "hk_schema_ids_v2": sorted(by_version[2]),
            "old_reader_decoded": len(hk),
        },
    )


NOTE = {
    "name": "payer_note",
    "type": ["null", "string"],
    "default": None,
    "classification": "free_text",
    "doc": "a note from the payer (added in version 3)",
}


def test_a_sanitized_schema_hong_kongs_registry_refuses_is_quarantined_and_the_worker_goes_on(
    live_stack: Settings, worker: Worker
) -> None:
    """An operator's version in Hong Kong that no later sanitized schema can read under BACKWARD
    (a field's type changed): the worker's next sanitized version is refused with a 409; its records
    are kept in Shenzhen's quarantine (hk_registry.rejected, schema drift), never dropped, and the
    records whose sanitized schema is already registered go on crossing. The operator's version is
    deleted afterwards, whatever happens."""
    route = ROUTES[PAYMENTS]
    subject = f"{route}-value"
    hk_start = kafka_io.end_offsets(live_stack.hk, ROUTES.values())
    kafka_io.ensure_topics(live_stack.sz, KEPT)
    sz_start = kafka_io.end_offsets(live_stack.sz, KEPT)
    p = Payments(live_stack)
    hk_registry = kafka_io.registry(live_stack.hk)
    _producer, produced, send_kind = sender(live_stack)
    blocker_version: int | None = None
    try:
        for _ in range(5):  # the worker registers (or finds) the sanitized schema of version 1
            send_kind(p.encode(p.event()), "v1")
        deadline = time.monotonic() + 120
        while decided(worker) < 5:
            assert time.monotonic() < deadline
            time.sleep(0.5)
        latest = hk_registry.get_latest_version(subject)
        blocker = json.loads(latest.schema.schema_str)
        field = next(f for f in blocker["fields"] if f["type"] == "string")
        field["type"] = "boolean"
        blocker_schema = Schema(json.dumps(blocker), "AVRO")
        hk_registry.set_compatibility(subject, "NONE")  # the operator's own change goes in
        try:
            hk_registry.register_schema(subject, blocker_schema)
            blocker_version = hk_registry.lookup_schema(subject, blocker_schema).version
        finally:
            hk_registry.set_compatibility(subject, "BACKWARD")
        v3 = p.with_field(NOTE)
        refused, crossed = set(), set()
        for i in range(10):
            if i % 2:
                refused.add(send_kind(p.encode(p.event(payer_note="call me after 6"), v3), "v3"))
            else:
                crossed.add(send_kind(p.encode(p.event()), "v1"))
        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing, "a record was dropped"
        assert worker.process.poll() is None, "the worker stopped"
        hk_sources = set(sources([m for m in read_from(live_stack.hk, hk_start) if sources([m])[0] in produced]))
        assert crossed <= hk_sources, "records with a registered sanitized schema stopped crossing"
        assert not refused & hk_sources, "a record crossed without its sanitized schema registered"
        kept = [m for m in read_from(live_stack.sz, sz_start) if m.topic() == KEPT[0] and sources([m])[0] in refused]
        assert {sources([m])[0] for m in kept} == refused
        assert all(dict(m.headers() or [])["corridor-rule"] == b"hk_registry.rejected" for m in kept)
        drift = sum(
            v
            for (name, labels), v in worker.metrics().items()
            if name == "corridor_violations_total" and dict(labels).get("kind") == "schema_drift"
        )
        assert drift >= len(refused)
    finally:
        if blocker_version is not None:  # whatever happened: later workers register against the subject
            hk_registry.delete_version(subject, blocker_version)
            fresh = kafka_io.registry(live_stack.hk)  # no cached latest version
            try:
                assert fresh.get_latest_version(subject).version != blocker_version
            finally:
                fresh.close()
        p.registry.close()
        hk_registry.close()
