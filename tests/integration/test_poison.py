"""Poison input through the running worker (issue 13): every kind is quarantined in Shenzhen with
a reason header and counted in ``corridor_violations_total``; none reaches Hong Kong; the worker
stays up and goes on deciding the good records sent after it."""

from __future__ import annotations

import copy
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, AlterConfigOpType, ConfigEntry, ConfigResource
from workers import (
    KEPT,
    ROUTES,
    SOURCES,
    Payments,
    account,
    decided,
    read_from,
    record_figures,
    sources,
    start_worker,
)

from agents import kafka_io
from agents.local.generator import MixedStream, start_group_at_end
from agents.settings import Settings

TOPIC = "sz.payments.v1"
BIG = 10 * 1024 * 1024


def _raise_limit(settings: Settings, topic: str, limit: int | None) -> None:
    """The topic's own record size limit (None: back to the broker's)."""
    admin = AdminClient({"bootstrap.servers": settings.sz.bootstrap})
    op = AlterConfigOpType.SET if limit else AlterConfigOpType.DELETE
    entry = ConfigEntry("max.message.bytes", str(limit or ""), incremental_operation=op)
    resource = ConfigResource(ConfigResource.Type.TOPIC, topic, incremental_configs=[entry])
    for future in admin.incremental_alter_configs([resource]).values():
        future.result(timeout=30)


def _poison(p: Payments) -> dict[str, Callable[[], bytes]]:
    good = p.encode(p.event())

    def invalid_utf8() -> bytes:
        marker = "Q" * 48
        raw = p.encode(p.event(memo=marker))
        return raw.replace(marker.encode(), b"\xff\xfe" * 24)

    def null_where_forbidden() -> bytes:
        # a producer's schema that lets the cardholder's name be null, and a record with null there
        schema = copy.deepcopy(p.schema)
        for f in schema["fields"]:
            if f["name"] == "cardholder_name":
                f["type"] = ["null", "string"]
                f["default"] = None
        return p.encode(p.event(cardholder_name=None), schema)

    def huge_array() -> bytes:
        # a schema with an array, and a body whose array claims 2**40 items
        schema = p.with_field({"name": "tags", "type": {"type": "array", "items": "string"}, "default": []})
        raw = p.encode(p.event(tags=["T" * 16]), schema)
        # the one-item block (count 1 = 0x02, then length 16 = 0x20, then the item) gets a count of 2**40
        item = b"\x02\x20" + b"T" * 16
        assert raw.count(item) == 1
        return raw.replace(item, _zigzag(2**40) + b"\x20" + b"T" * 16)

    def deep_map() -> bytes:
        nested: dict[str, Any] = {"type": "map", "values": "string"}
        for _ in range(80):
            nested = {"type": "map", "values": nested}
        schema = p.with_field({"name": "extra", "type": nested, "default": {}})
        return p.encode(p.event(extra={}), schema)

    return {
        "random_bytes": lambda: bytes(range(7, 150)),
        "wrong_magic": lambda: b"\x07" + good[1:],
        "unknown_schema": lambda: b"\x00\x7f\xff\xff\xf0" + good[5:],
        "truncated": lambda: good[: len(good) // 2],
        "trailing_bytes": lambda: good + b"\x00\x01\x02",
        "schema_drift": lambda: p.encode(
            p.event(nickname="Ah Wai"), p.with_field({"name": "nickname", "type": "string", "default": ""})
        ),
        "ten_megabytes": lambda: p.encode(p.event(memo="x" * BIG)),
        "invalid_utf8": invalid_utf8,
        "null_where_forbidden": null_where_forbidden,
        "huge_array": huge_array,
        "deep_map": deep_map,
    }


def _zigzag(n: int) -> bytes:
    z = n << 1
    out = bytearray()
    while True:
        b = z & 0x7F
        z >>= 7
        if z:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def test_every_kind_of_poison_is_quarantined_with_a_reason_and_counted_while_the_worker_goes_on(
    live_stack: Settings, tmp_path: Path
) -> None:
    _raise_limit(live_stack, TOPIC, BIG + 1024 * 1024)  # before the worker starts: it sizes its topics
    hk_start = kafka_io.end_offsets(live_stack.hk, ROUTES.values())
    kafka_io.ensure_topics(live_stack.sz, KEPT)
    sz_start = kafka_io.end_offsets(live_stack.sz, KEPT)
    group = f"corridor-poison-{uuid.uuid4().hex[:8]}"
    start_group_at_end(live_stack, group, SOURCES)
    worker = start_worker(live_stack, group, tmp_path / "worker.log")
    p = Payments(live_stack)
    try:
        kinds = _poison(p)
        producer = Producer({**live_stack.sz.kafka_conf(), "message.max.bytes": BIG * 2, "acks": "all"})
        sent: dict[str, str] = {}
        errors: list[str] = []

        def send(kind: str, value: bytes) -> None:
            reports: list[tuple[Any, Any]] = []
            producer.produce(TOPIC, value=value, on_delivery=lambda err, msg: reports.append((err, msg)))
            producer.flush(60)
            err, msg = reports[0]
            if err is not None:
                errors.append(f"{kind}: {err}")
            else:
                sent[f"{msg.topic()}/{msg.partition()}/{msg.offset()}"] = kind

        for kind, make in kinds.items():
            send(kind, make())
        # a text built to make a regex backtrack: a valid record, decided like any other
        long_memo = ("1-" * 20_000) + ("a@" * 10_000) + ("13" * 10_000)
        send("backtrack", p.encode(p.event(memo=long_memo)))
        assert not errors, errors
        assert len(sent) == len(kinds) + 1
        before = decided(worker)
        stream = MixedStream(live_stack, seed=61, poison_every=0)  # good records after the poison
        started = time.monotonic()
        report = stream.run(count=300)
        stream.close()
        produced: dict[str, Any] = {f"{s.topic}/{s.partition}/{s.offset}": s for s in report.delivered}
        deadline = time.monotonic() + 240
        while decided(worker) < before + len(produced):
            assert worker.process.poll() is None, "the worker stopped"
            assert time.monotonic() < deadline, "the worker did not go on after the poison"
            time.sleep(0.5)
        good_seconds = time.monotonic() - started

        kept = read_from(live_stack.sz, sz_start)
        hk = read_from(live_stack.hk, hk_start)
        hk_sources = set(sources(hk))
        quarantined = {
            dict(m.headers())["corridor-source"].decode(): dict(m.headers())
            for m in kept
            if m.topic() == "corridor.quarantine"
        }
        outcome: dict[str, str] = {}
        for src, kind in sent.items():
            assert src not in hk_sources or kind == "backtrack", f"{kind} reached Hong Kong"
            if kind == "backtrack":
                outcome[kind] = "hong kong" if src in hk_sources else "quarantine"
                continue
            assert src in quarantined, f"{kind} was not quarantined"
            headers = quarantined[src]
            assert headers["corridor-reason"], kind
            outcome[kind] = headers["corridor-rule"].decode()
        # the large record is kept whole, so it can be looked at or replayed
        big = next(
            m for m in kept if dict(m.headers())["corridor-source"].decode() in quarantined and len(m.value()) > BIG
        )
        assert big is not None
        violations = Counter(
            {
                dict(labels)["kind"]: v
                for (name, labels), v in worker.metrics().items()
                if name == "corridor_violations_total"
            }
        )
        assert sum(violations.values()) >= len(kinds)
        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing and result.leaked == 0
        assert worker.stop() == 0
    finally:
        if worker.process.poll() is None:
            worker.stop()
        p.registry.close()
    record_figures(
        live_stack,
        "poison_input",
        {
            **result.figures(),
            "poison_sent": len(kinds),
            "poison_quarantined": len(kinds),
            "rules": outcome,
            "violations": dict(violations),
            "good_records_after_poison_s": round(good_seconds, 1),
        },
    )


@pytest.fixture(autouse=True)
def _restore_limit(live_stack: Settings) -> Any:
    yield
    _raise_limit(live_stack, TOPIC, None)
