"""Faust's own Prometheus sensors, counted cheaply on the four hooks every message passes through.

Faust's ``PrometheusMonitor`` does, for every message and every event, its base monitor's
bookkeeping (dictionaries, a state dictionary per event, clock reads), a stream label built with a
regular expression, and nine metric updates that each take a lock: about a tenth of the worker's
event loop on a backlog (py-spy, sampling the thread that holds the GIL). Here those four hooks,
and the end offset Faust's fetch loop tracks for every message, only add to plain counters, and
:meth:`LeanPrometheusMonitor.flush` (on the worker's timer, every two seconds) hands the sums to
the same metrics: the same series with the same values, at most one timer period late. Every
other hook (commits, sends, rebalances, tables) is Faust's own.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from faust.sensors.prometheus import PrometheusMonitor


class LeanPrometheusMonitor(PrometheusMonitor):
    def __init__(self, metrics: Any, **kwargs: Any) -> None:
        super().__init__(metrics, **kwargs)
        self._messages_in: Counter[Any] = Counter()  # per topic partition, since the last flush
        self._messages_out = 0
        self._events_in: Counter[Any] = Counter()  # per stream
        self._events_out = 0
        self._runtimes: list[float] = []  # seconds from an event in to its out
        self._labels: dict[Any, str] = {}  # a stream's label, built once
        # the last read and end offset of each partition, kept here: Faust may reset its own
        # dictionaries (a rebalance) between a hook and the flush
        self._read_offsets: dict[Any, int] = {}
        self._end_offsets: dict[Any, Any] = {}

    def on_message_in(self, tp: Any, offset: int, message: Any) -> None:
        self._messages_in[tp] += 1
        self._read_offsets[tp] = offset
        self.tp_read_offsets[tp] = offset

    def on_stream_event_in(self, tp: Any, offset: int, stream: Any, event: Any) -> Any:
        self._events_in[stream] += 1
        return time.perf_counter()

    def on_stream_event_out(self, tp: Any, offset: int, stream: Any, event: Any, state: Any = None) -> None:
        self._events_out += 1
        if state is not None:
            self._runtimes.append(time.perf_counter() - state)

    def on_message_out(self, tp: Any, offset: int, message: Any) -> None:
        self._messages_out += 1

    def track_tp_end_offset(self, tp: Any, offset: Any) -> None:
        """Called by Faust's fetch loop for every message, with its partition's high watermark."""
        self._end_offsets[tp] = offset
        self.tp_end_offsets[tp] = offset

    def flush(self) -> None:
        """Add what the hooks counted since the last flush to the metrics (and to the base
        monitor's own totals, which Faust's other views read)."""
        m = self._metrics
        messages_in, self._messages_in = self._messages_in, Counter()
        messages_out, self._messages_out = self._messages_out, 0
        events_in, self._events_in = self._events_in, Counter()
        events_out, self._events_out = self._events_out, 0
        runtimes, self._runtimes = self._runtimes, []
        ends, self._end_offsets = self._end_offsets, {}
        reads, self._read_offsets = self._read_offsets, {}
        for tp, end in ends.items():
            m.topic_partition_end_offset.labels(topic=tp.topic, partition=tp.partition).set(end)
        received = sum(messages_in.values())
        per_topic: Counter[str] = Counter()
        for tp, n in messages_in.items():
            per_topic[tp.topic] += n
            m.messages_received_per_topics_partition.labels(topic=tp.topic, partition=tp.partition).set(reads[tp])
        for topic, n in per_topic.items():
            m.messages_received_per_topics.labels(topic=topic).inc(n)
            self.messages_received_by_topic[topic] += n
        if received:
            m.messages_received.inc(received)
        if received != messages_out:
            m.active_messages.inc(received - messages_out)
        self.messages_received_total += received
        self.messages_active += received - messages_out
        events = sum(events_in.values())
        for stream, n in events_in.items():
            label = self._labels.get(stream)
            if label is None:
                label = self._labels[stream] = f"stream.{self._stream_label(stream)}.events"
            m.total_events_per_stream.labels(stream=label).inc(n)
        if events:
            m.total_events.inc(events)
        if events != events_out:
            m.total_active_events.inc(events - events_out)
        self.events_total += events
        self.events_active += events - events_out
        for seconds in runtimes:
            m.events_runtime_latency.observe(self.secs_to_ms(seconds))
        if runtimes:
            self.events_runtime.extend(runtimes)
