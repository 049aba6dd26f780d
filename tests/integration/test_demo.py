"""`make demo` end to end, shortened: the stack, Prometheus scraping the worker, a live stream with
poison, every record decided, the audit chain intact, and Hong Kong holding sanitized records only."""

from __future__ import annotations

import json
import urllib.request
import uuid

from confluent_kafka import TopicPartition
from stdnum import luhn

from agents import kafka_io
from agents.local import stack
from agents.local.demo import quantile, run_demo
from agents.settings import Settings


def test_when_the_demo_runs_then_every_record_is_decided_and_hong_kong_holds_sanitized_records(
    live_stack: Settings,
) -> None:
    kafka_io.ensure_topics(live_stack.hk, ["hk.payments.v1"])
    start = kafka_io.end_offsets(live_stack.hk, ["hk.payments.v1"])
    try:
        assert run_demo(seconds=8, rate=60, seed=99, keep_running=True, loglevel="INFO") == 0
        _check(live_stack, start)
    finally:  # --keep-running left the demo's Prometheus up: this test stops it, by its pid file
        proc = stack.running_process(stack.Service("prometheus", "prometheus", 9090, 9090), live_stack)
        if proc is not None:
            stack.stop_process(proc)


def _check(live_stack: Settings, start: list[TopicPartition]) -> None:
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
        assert not luhn.is_valid(r["card_number"].replace(" ", "").replace("-", ""))  # a token, never a card
    # Prometheus (left running by --keep-running) scraped the worker while it ran
    query = "http://127.0.0.1:9090/api/v1/query?query=max_over_time(corridor_worker_up[5m])"
    with urllib.request.urlopen(query, timeout=10) as resp:
        result = json.loads(resp.read())["data"]["result"]
    assert result and float(result[0]["value"][1]) == 1.0


def test_the_status_line_quantile_reads_cumulative_buckets() -> None:
    buckets = [(0.01, 10.0), (0.05, 90.0), (0.1, 99.0), (0.25, 100.0), (float("inf"), 100.0)]
    assert quantile(buckets, 0.5) == 0.05
    assert quantile(buckets, 0.99) == 0.1
    assert quantile([], 0.99) is None
