"""Faults the corridor must survive, over the real clusters (issue 13): a worker killed with -9
mid-stream, and Hong Kong down for 30 s. Every source record ends up in Hong Kong, retained or
quarantined at least once; duplicates are counted; nothing planted reaches Hong Kong. Each test
writes its figures under the run directory for the README's Reliability table."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
from workers import (
    KEPT,
    ROUTES,
    SOURCES,
    Worker,
    account,
    changelog_keys,
    committed,
    counted,
    decided,
    free_port,
    membership,
    record_figures,
    rss_mb,
    start_worker,
)

from agents import kafka_io
from agents.local import prometheus, stack
from agents.local.generator import MixedStream, StreamReport, start_group_at_end
from agents.settings import Settings
from agents.worker import audit


def _produce_in_background(stream: MixedStream, count: int, rate: float) -> tuple[threading.Thread, list[StreamReport]]:
    out: list[StreamReport] = []
    thread = threading.Thread(target=lambda: out.append(stream.run(count=count, rate=rate)), daemon=True)
    thread.start()
    return thread, out


def _wait_committed_to_end(settings: Settings, group: str, timeout_s: float) -> None:
    ends = {(tp.topic, tp.partition): tp.offset for tp in kafka_io.end_offsets(settings.sz, SOURCES)}
    deadline = time.monotonic() + timeout_s
    while committed(settings, group) != ends:
        assert time.monotonic() < deadline, "the group's commit did not reach the end of the source topics"
        time.sleep(1)


def _new_group(settings: Settings, name: str) -> str:
    """A consumer group of the worker's own, starting at the current end of the source topics."""
    group = f"corridor-{name}-{uuid.uuid4().hex[:8]}"
    start_group_at_end(settings, group, SOURCES)
    return group


def _starts(settings: Settings) -> tuple[Any, Any]:
    kafka_io.ensure_topics(settings.hk, ROUTES.values())
    kafka_io.ensure_topics(settings.sz, KEPT)
    return kafka_io.end_offsets(settings.hk, ROUTES.values()), kafka_io.end_offsets(settings.sz, KEPT)


def test_when_the_worker_is_killed_mid_stream_then_every_record_ends_up_somewhere_and_no_subject_counts_twice(
    live_stack: Settings, tmp_path: Path
) -> None:
    hk_start, sz_start = _starts(live_stack)
    group = _new_group(live_stack, "crash")
    first = start_worker(live_stack, group, tmp_path / "worker-1.log")
    stream = MixedStream(live_stack, seed=41, poison_every=25, contract_party=False)  # records count to quotas
    thread, reports = _produce_in_background(stream, count=900, rate=150)
    deadline = time.monotonic() + 120
    while decided(first) < 200:
        assert time.monotonic() < deadline, "the worker decided too few records before the kill"
        time.sleep(0.1)
    in_flight = first.metrics()[("corridor_records_in_flight", ())]
    os.kill(first.process.pid, signal.SIGKILL)  # mid-stream: records in flight, batches in core processes
    first.process.wait(10)
    thread.join(120)
    stream.close()
    assert reports and reports[0].failed == 0
    produced = {f"{s.topic}/{s.partition}/{s.offset}": s for s in reports[0].delivered}
    assert len(produced) == 900

    second = start_worker(live_stack, group, tmp_path / "worker-2.log")
    try:
        _wait_committed_to_end(live_stack, group, 240)
        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing, f"{len(result.missing)} records lost, e.g. {result.missing[:3]}"
        assert result.leaked == 0
        time.sleep(3)  # the gauges are refreshed every 2 s
        keys = changelog_keys(live_stack, group)
        assert keys, "nothing was counted: the records should count toward the quotas"
        assert sum(counted(second).values()) == len(keys)  # each subject once, whoever counted it
    finally:
        assert second.stop() == 0
    verdict = audit.verify(audit.read_all(live_stack.sz.kafka_conf()))
    assert verdict.ok, verdict.breaks[:3]
    record_figures(
        live_stack,
        "worker_crash",
        {**result.figures(), "in_flight_at_kill": int(in_flight), "quota_subjects": len(keys)},
    )


@pytest.mark.chaos
def test_when_hong_kong_is_down_for_30_s_then_fetching_pauses_nothing_is_lost_and_the_lag_recovers(
    live_stack: Settings, tmp_path: Path
) -> None:
    service = next(s for s in stack.SERVICES if s.name == "hk-kafka")
    if stack.running_process(service, live_stack) is None:
        pytest.fail("the Hong Kong broker of this stack is not running under our run directory")
    hk_start, sz_start = _starts(live_stack)
    group = _new_group(live_stack, "outage")
    # a low bound on records in flight, so that the outage reaches it and fetching must pause
    worker = start_worker(live_stack, group, tmp_path / "worker.log", CORRIDOR_MAX_IN_FLIGHT=str(_BOUND))
    # a real Prometheus scraping this worker with the project's alert rules (its own run directory
    # and port: the demo's is left alone)
    own = live_stack.model_copy(update={"run_dir": tmp_path / "run"})
    prom = prometheus.start(own, port=free_port(), target=f"127.0.0.1:{worker.port}", log=lambda _m: None)
    try:
        _outage(live_stack, worker, hk_start, sz_start, prom.url)
    finally:
        prom.stop()
        if worker.process.poll() is None:
            worker.stop()


_STALLED = "CorridorHongKongStalled"


def _firing(url: str, alert: str) -> bool:
    """Whether Prometheus has ``alert`` firing now (any topic)."""
    query = urllib.parse.urlencode({"query": f'ALERTS{{alertname="{alert}",alertstate="firing"}}'})
    with urllib.request.urlopen(f"{url}/api/v1/query?{query}", timeout=5) as resp:  # noqa: S310 - loopback
        return bool(json.load(resp)["data"]["result"])


_BOUND = 250


def _outage(live_stack: Settings, worker: Worker, hk_start: Any, sz_start: Any, prom_url: str) -> None:
    service = next(s for s in stack.SERVICES if s.name == "hk-kafka")
    stream = MixedStream(live_stack, seed=43, poison_every=30)
    thread, reports = _produce_in_background(stream, count=6000, rate=120)  # 50 s
    samples: list[dict[str, float]] = []

    def sample() -> None:
        m = worker.metrics()
        samples.append(
            {
                "t": time.monotonic(),
                "rss_mb": rss_mb(worker.process.pid),
                "in_flight": m.get(("corridor_records_in_flight", ()), 0.0),
                "replication_lag_s": max(
                    (v for (name, _l), v in m.items() if name == "corridor_replication_lag_seconds"), default=0.0
                ),
                "consumer_lag": sum(v for (name, _l), v in m.items() if name == "corridor_consumer_lag_records"),
                "alert": float(_firing(prom_url, _STALLED)),
                "loop_lag_s": m.get(("corridor_event_loop_lag_seconds", ()), 0.0),
            }
        )

    # the outage starts once records flow through the worker: a producer's first record of a kind
    # registers its schema, which a busy registry can take its 30 s timeout to answer (one run of
    # make chaos stopped Hong Kong while only one partition had records, and the lag stayed low)
    deadline = time.monotonic() + 120
    while decided(worker) < 300:
        assert time.monotonic() < deadline, "the worker decided too few records before the outage"
        time.sleep(0.5)
    for _ in range(10):  # Prometheus scrapes every 5 s: two scrapes of the healthy worker
        sample()
        time.sleep(1)
    before = samples[-1]["rss_mb"]
    assert not any(s["alert"] for s in samples), "the stall alert fired before the outage"
    proc = stack.running_process(service, live_stack)
    assert proc is not None
    assert stack.stop_process(proc)  # Hong Kong down
    down_at = time.monotonic()
    try:
        while time.monotonic() - down_at < 30:
            sample()
            time.sleep(1)
    finally:
        stack.start(live_stack, log=lambda _m: None)  # only what is not running: the Hong Kong broker
    up_at = time.monotonic()
    thread.join(120)
    stream.close()
    assert reports and reports[0].failed == 0
    produced = {f"{s.topic}/{s.partition}/{s.offset}": s for s in reports[0].delivered}
    deadline = time.monotonic() + 240
    while True:
        sample()
        if samples[-1]["replication_lag_s"] < 5 and samples[-1]["in_flight"] == 0 and not samples[-1]["alert"]:
            break
        assert time.monotonic() < deadline, f"the lag did not recover: {samples[-1]}"
        time.sleep(1)
    recovered_s = time.monotonic() - up_at
    _wait_committed_to_end(live_stack, worker.group, 240)
    result = account(live_stack, produced, hk_start, sz_start)
    assert not result.missing, f"{len(result.missing)} records lost, e.g. {result.missing[:3]}"
    assert result.leaked == 0
    during = [s for s in samples if down_at <= s["t"] <= up_at]
    peak_lag = max(s["replication_lag_s"] for s in during)
    assert peak_lag >= 20, f"the replication lag did not rise while Hong Kong was down: {during}"
    # the stall alert fired while Hong Kong was down (or in the seconds its backlog took to drain),
    # evaluated by a real Prometheus on the worker's scraped series, and resolved afterwards
    fired = [s["t"] - down_at for s in samples if s["alert"] and s["t"] >= down_at]
    assert fired, f"{_STALLED} never fired during a 30 s outage (peak lag {peak_lag:.1f} s)"
    # not long after: at most one more scrape, evaluation and `for:` after Hong Kong was back
    assert fired[0] <= up_at - down_at + 15, f"{_STALLED} fired {fired[0]:.0f} s after Hong Kong stopped"
    peak_in_flight = max(s["in_flight"] for s in samples)
    # back-pressure: records in flight stay under the bound per partition, memory with them, and
    # what is not taken waits in Shenzhen (the consumer lag rises: fetching paused)
    partitions = sum(1 for _ in kafka_io.end_offsets(live_stack.sz, SOURCES))
    assert peak_in_flight <= _BOUND * partitions
    peak_consumer_lag = max(s["consumer_lag"] for s in during)
    assert peak_consumer_lag > peak_in_flight, "nothing waited outside the worker: the bound was not reached"
    peak_rss = max(s["rss_mb"] for s in samples)
    assert peak_rss - before < 200, f"memory grew by {peak_rss - before:.0f} MB during the outage"
    assert worker.stop() == 0
    record_figures(
        live_stack,
        "hong_kong_outage_30s",
        {
            **result.figures(),
            "peak_replication_lag_s": round(peak_lag, 1),
            "peak_in_flight": int(peak_in_flight),
            "in_flight_bound": _BOUND * partitions,
            "peak_consumer_lag": int(peak_consumer_lag),
            "rss_mb_before": round(before),
            "rss_mb_peak": round(peak_rss),
            "recovered_after_s": round(recovered_s, 1),
            "stall_alert_fired_after_s": round(fired[0], 1),
        },
    )


def _wait_members(settings: Settings, group: str, members: int, partitions: int, timeout_s: float) -> list[int]:
    """Until ``members`` workers share every source partition, each holding some (Faust's assignor
    spreads co-partitioned topics together: 6 and 3 of 9, not 5 and 4)."""
    deadline = time.monotonic() + timeout_s
    while True:
        got = membership(settings, group)
        if len(got) == members and sum(got) == partitions and min(got) > 0:
            return got
        assert time.monotonic() < deadline, f"partitions per worker {got}, expected {members} workers"
        time.sleep(1)


@pytest.mark.chaos
def test_when_one_of_two_workers_dies_the_other_takes_over_its_partitions_and_the_quota_state(
    live_stack: Settings, tmp_path: Path
) -> None:
    hk_start, sz_start = _starts(live_stack)
    partitions = sum(1 for _ in kafka_io.end_offsets(live_stack.sz, SOURCES))
    group = _new_group(live_stack, "scale")
    fast = {"CORRIDOR_SESSION_TIMEOUT_S": "8"}  # the takeover after a crash waits this long
    a = start_worker(live_stack, group, tmp_path / "worker-a.log", **fast)
    b = start_worker(live_stack, group, tmp_path / "worker-b.log", **fast)
    c: Worker | None = None
    try:
        _wait_members(live_stack, group, 2, partitions, 120)
        stream = MixedStream(live_stack, seed=53, poison_every=40, contract_party=False)
        thread, reports = _produce_in_background(stream, count=1500, rate=150)
        deadline = time.monotonic() + 120
        while decided(a) + decided(b) < 300:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        os.kill(a.process.pid, signal.SIGKILL)
        a.process.wait(10)
        killed_at = time.monotonic()
        _wait_members(live_stack, group, 1, partitions, 120)  # b holds every partition
        takeover_s = time.monotonic() - killed_at
        c = start_worker(live_stack, group, tmp_path / "worker-c.log", **fast)
        spread = _wait_members(live_stack, group, 2, partitions, 120)  # spread again
        thread.join(120)
        stream.close()
        assert reports and reports[0].failed == 0
        produced = {f"{s.topic}/{s.partition}/{s.offset}": s for s in reports[0].delivered}
        _wait_committed_to_end(live_stack, group, 240)
        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing, f"{len(result.missing)} records lost, e.g. {result.missing[:3]}"
        assert result.leaked == 0
        time.sleep(3)  # the gauges are refreshed every 2 s
        keys = changelog_keys(live_stack, group)
        assert keys
        # both survivors know every subject, whichever worker counted it
        assert sum(counted(b).values()) == len(keys)
        assert sum(counted(c).values()) == len(keys)
        assert b.stop() == 0 and c.stop() == 0
    finally:
        for w in (a, b, c):
            if w is not None and w.process.poll() is None:
                w.stop()
    record_figures(
        live_stack,
        "scale_out",
        {
            **result.figures(),
            "partitions": partitions,
            "takeover_s": round(takeover_s, 1),
            "partitions_per_worker_after_join": spread,
            "session_timeout_s": 8,
            "quota_subjects": len(keys),
        },
    )


def test_a_run_at_debug_level_writes_no_planted_value_and_no_key_to_its_log_or_metrics(
    live_stack: Settings, tmp_path: Path
) -> None:
    hk_start, sz_start = _starts(live_stack)
    group = _new_group(live_stack, "debug")
    log = tmp_path / "worker-debug.log"
    worker = start_worker(live_stack, group, log, level="DEBUG")
    try:
        stream = MixedStream(live_stack, seed=71, poison_every=15, contract_party=False)
        report = stream.run(count=300)
        stream.close()
        produced = {f"{s.topic}/{s.partition}/{s.offset}": s for s in report.delivered}
        result = account(live_stack, produced, hk_start, sz_start)
        assert not result.missing and result.leaked == 0
        metrics_text = "\n".join(f"{name} {labels}" for (name, labels) in worker.metrics())
        assert worker.stop() == 0
    finally:
        if worker.process.poll() is None:
            worker.stop()
    text = log.read_text(errors="replace")
    debug_lines = sum(1 for line in text.splitlines() if "[DEBUG]" in line)
    assert debug_lines > 100, "the log is not at DEBUG level"
    planted = {v for s in produced.values() for v in s.planted}
    in_log = sorted(v for v in planted if v in text)
    in_metrics = sorted(v for v in planted if v in metrics_text)
    keys = [
        live_stack.hmac_key.get_secret_value(),
        live_stack.fpe_key.get_secret_value(),
        live_stack.encrypt_key.get_secret_value(),
    ]
    assert not in_log, f"{len(in_log)} planted values in the DEBUG log"
    assert not in_metrics, f"{len(in_metrics)} planted values in metric names or labels"
    assert not [k for k in keys if k in text or k in metrics_text], "a key in the log or the metrics"
    # nor any record's key or value as a client sends it (Faust's "send: topic=... k=... v=...")
    assert "send: topic=" not in text, "a sent record's key and value in the log"
    record_figures(
        live_stack,
        "debug_log_no_leak",
        {**result.figures(), "debug_log_lines": debug_lines, "planted_values_checked": len(planted)},
    )
