"""Faust's per-message sensors counted cheaply: after a flush, the same series with the same values
as Faust's own PrometheusMonitor given the same hook calls."""

from __future__ import annotations

import random
import re
from typing import Any

from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry, generate_latest

from agents.worker import metrics
from agents.worker.faust_sensors import LeanPrometheusMonitor


class _Message:
    time_in: float | None = None
    time_out: float | None = None
    time_total: float | None = None


class _Owner:
    pass


class _Stream:
    def __init__(self, topic: str) -> None:
        self.shortlabel = f"Stream: Topic: {topic}"
        self.task_owner = _Owner()


def _monitors() -> tuple[CollectorRegistry, PrometheusMonitor, CollectorRegistry, LeanPrometheusMonitor]:
    plain_registry, lean_registry = CollectorRegistry(), CollectorRegistry()
    plain = PrometheusMonitor(metrics=metrics.cached_faust_metrics(FaustMetrics.create(plain_registry, "t")))
    lean = LeanPrometheusMonitor(metrics=metrics.cached_faust_metrics(FaustMetrics.create(lean_registry, "t")))
    return plain_registry, plain, lean_registry, lean


def _drive(monitor: Any, seed: int) -> None:
    """Messages in, events in and out, messages out, interleaved, some left unfinished."""
    rng = random.Random(seed)
    streams = {t: _Stream(t) for t in ("sz.payments.v1", "sz.kyc.v1")}
    offsets: dict[TP, int] = {}
    open_messages: list[tuple[TP, int, _Message]] = []
    for _ in range(500):
        tp = TP(rng.choice(list(streams)), rng.randrange(3))
        offset = offsets[tp] = offsets.get(tp, 0) + rng.randrange(1, 3)
        message = _Message()
        monitor.track_tp_end_offset(tp, offset + rng.randrange(5))
        monitor.on_message_in(tp, offset, message)
        stream = streams[tp.topic]
        state = monitor.on_stream_event_in(tp, offset, stream, None)
        if rng.random() < 0.9:
            monitor.on_stream_event_out(tp, offset, stream, None, state)
        open_messages.append((tp, offset, message))
        if rng.random() < 0.7:
            monitor.on_message_out(*open_messages.pop(rng.randrange(len(open_messages))))


def _series(registry: CollectorRegistry) -> dict[str, float]:
    """Every sample but the runtime histogram's buckets and sum (clock readings)."""
    out = {}
    for line in generate_latest(registry).decode().splitlines():
        if line.startswith("#") or "events_runtime_ms_bucket" in line or "events_runtime_ms_sum" in line:
            continue
        name, value = line.rsplit(" ", 1)
        if re.search(r"_created(\{|$)", name):
            continue
        out[name] = float(value)
    return out


def test_after_a_flush_every_series_equals_faust_s_own_monitor() -> None:
    plain_registry, plain, lean_registry, lean = _monitors()
    _drive(plain, seed=3)
    _drive(lean, seed=3)
    lean.flush()
    expected, got = _series(plain_registry), _series(lean_registry)
    assert got == expected
    assert any("messages_received_per_topic" in k for k in got)  # the labelled series are there
    assert lean.messages_received_total == plain.messages_received_total
    assert lean.events_total == plain.events_total
    assert lean.messages_active == plain.messages_active


def test_flushing_twice_adds_only_what_came_in_between() -> None:
    plain_registry, plain, lean_registry, lean = _monitors()
    for seed in (1, 2):
        _drive(plain, seed=seed)
        _drive(lean, seed=seed)
        lean.flush()
        lean.flush()  # nothing new: nothing added
    assert _series(lean_registry) == _series(plain_registry)


def test_before_a_flush_the_hooks_touch_no_metric() -> None:
    _plain_registry, _plain, lean_registry, lean = _monitors()
    before = _series(lean_registry)
    _drive(lean, seed=5)
    assert _series(lean_registry) == before
    lean.flush()
    assert _series(lean_registry) != before


def test_a_reset_of_faust_s_own_offset_dicts_before_the_flush_loses_nothing() -> None:
    # Faust resets its monitor's dictionaries on a rebalance; a flush after it once raised KeyError
    # (on the worker's timer: the app crashed)
    _plain_registry, _plain, lean_registry, lean = _monitors()
    tp = TP("sz.kyc.v1", 0)
    lean.track_tp_end_offset(tp, 41)
    lean.on_message_in(tp, 40, _Message())
    lean.tp_end_offsets.clear()
    lean.tp_read_offsets.clear()
    lean.flush()
    text = generate_latest(lean_registry).decode()
    assert 't_topic_partition_end_offset{partition="0",topic="sz.kyc.v1"} 41.0' in text
    assert 't_messages_received_per_topics_partition{partition="0",topic="sz.kyc.v1"} 40.0' in text
