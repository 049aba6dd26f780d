"""The demo path end to end: Shenzhen Avro in, sanitized Avro in Hong Kong that a standard
Confluent deserializer reads with the schema registered in the Hong Kong registry."""

from __future__ import annotations

import uuid

from agents import kafka_io
from agents.demo import run_demo
from agents.settings import Settings


def _total(settings: Settings, topic: str) -> int:
    from confluent_kafka.admin import AdminClient

    if topic not in AdminClient({"bootstrap.servers": settings.sz.bootstrap}).list_topics(timeout=10).topics:
        return 0
    return sum(tp.offset for tp in kafka_io.end_offsets(settings.sz, [topic]))


def test_when_the_demo_runs_then_hong_kong_holds_sanitized_records_only(live_stack: Settings) -> None:
    start = kafka_io.end_offsets(live_stack.hk, ["hk.payments.v1"]) if _exists(live_stack) else None
    kept = {t: _total(live_stack, t) for t in ("corridor.retained", "corridor.quarantine")}
    assert run_demo(count=60, seed=99, keep_running=True) == 0
    # the demo varies three envelopes: one important-data record (retained), two the policy quarantines
    assert _total(live_stack, "corridor.retained") - kept["corridor.retained"] == 1
    assert _total(live_stack, "corridor.quarantine") - kept["corridor.quarantine"] == 2
    if start is None:
        start = kafka_io.end_offsets(live_stack.hk, ["hk.payments.v1"])
        for tp in start:
            tp.offset = 0
    records = [
        value
        for _topic, value in kafka_io.consume_avro(
            live_stack.hk, ["hk.payments.v1"], f"it-{uuid.uuid4().hex[:8]}", expected=20, start=start
        )
    ]
    assert len(records) == 20
    for r in records:
        assert r["cardholder_id_number"].startswith("tok_")
        assert set(r["cardholder_name"]) <= {"*", " "}  # masked, shape kept
        assert r["cvv"] is None
        digits = r["card_number"].replace(" ", "").replace("-", "")
        from stdnum import luhn

        assert not luhn.is_valid(digits)  # a token, never a usable card number


def _exists(settings: Settings) -> bool:
    from confluent_kafka.admin import AdminClient

    return "hk.payments.v1" in AdminClient({"bootstrap.servers": settings.hk.bootstrap}).list_topics(timeout=10).topics
