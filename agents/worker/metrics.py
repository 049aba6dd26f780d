"""The Prometheus metrics of the corridor (names are a contract: dashboards and alerts use them).

Labels carry topics, actions, rule ids, entity types and kinds: never a value from a record.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import Counter, Gauge, Histogram

RECORDS = Counter("corridor_records", "Records decided, by source topic and action", ["source_topic", "action"])
FINDINGS = Counter("corridor_findings", "PII findings by source topic and type", ["source_topic", "entity_type"])
RULE_HITS = Counter("corridor_rule_hits", "Records each policy rule matched", ["rule"])
VIOLATIONS = Counter(
    "corridor_violations",
    "Records stopped by a safety net: egress_leak|schema_drift|decode_error|detector_error|quota",
    ["kind"],
)
STAGE_SECONDS = Histogram(
    "corridor_stage_seconds",
    "Time per record in each stage",
    ["stage"],
    buckets=(0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25),
)
E2E_LATENCY = Histogram(
    "corridor_end_to_end_latency_seconds",
    "Source record timestamp to its Hong Kong acknowledgement",
    # close bounds around the 250 ms target, so p50 and p99 are read from near buckets
    buckets=(
        *(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75),
        *(1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
    ),
)
CONSUMER_LAG = Gauge(
    "corridor_consumer_lag_records",
    "High watermark minus the group's committed offset, per source partition",
    ["topic", "partition"],
)
REPLICATION_LAG = Gauge(
    "corridor_replication_lag_seconds", "Age of the oldest source record not yet finished (0 when none)", ["topic"]
)
IN_FLIGHT = Gauge("corridor_records_in_flight", "Records read from Shenzhen and not yet finished")
EVENT_LOOP_LAG = Gauge("corridor_event_loop_lag_seconds", "How late the worker's event loop woke from a sleep")
WORKER_UP = Gauge("corridor_worker_up", "1 while the worker takes records")
DELIVERY_ERRORS = Counter(
    "corridor_hk_delivery_errors", "Deliveries that failed and were retried (Hong Kong or Shenzhen)", ["topic"]
)
TRANSFER_SUBJECTS = Gauge("corridor_transfer_subjects", "Distinct data subjects sent this year, per quota", ["quota"])
QUOTA_LIMIT = Gauge("corridor_quota_limit", "The largest threshold of each quota", ["quota"])

POLICY_RELOADS = Counter(
    "corridor_policy_reloads", "Policy file changes seen: ok (swapped in) or invalid (kept the running one)", ["result"]
)
POLICY_INVALID = Gauge(
    "corridor_policy_invalid", "1 while the policy file on disk is invalid and an older policy keeps running"
)
POLICY_VERSION = Gauge("corridor_policy_info", "The running policy version (value 1)", ["version", "role"])
SHADOW_DIFF = Counter(
    "corridor_policy_shadow_diff",
    "Records the candidate policy would decide differently from the active one",
    ["active_action", "candidate_action"],
)
SHADOW_RECORDS = Counter("corridor_policy_shadow_records", "Records the candidate policy was evaluated on")
REWINDS = Counter(
    "corridor_rewinds",
    "Times a source partition was read again from an offset Faust had passed over (see Sequencer)",
    ["topic"],
)


class CachedLabels:
    """A labelled metric whose children are looked up once per label set, for Faust's Prometheus
    sensors: they look one up for every message and event (``labels()`` checks its arguments and
    takes a lock each time). Everything else is the metric's own; a removal forgets the cache."""

    def __init__(self, metric: Any) -> None:
        self._metric = metric
        self._children: dict[tuple[Any, ...], Any] = {}

    def labels(self, *values: Any, **named: Any) -> Any:
        key = (values, tuple(sorted(named.items())))
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = self._metric.labels(*values, **named)
        return found

    def remove(self, *values: Any) -> None:
        self._children.clear()
        self._metric.remove(*values)

    def clear(self) -> None:
        self._children.clear()
        self._metric.clear()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._metric, name)


_cached: dict[int, CachedLabels] = {}


def child(metric: Counter | Histogram, *labels: str) -> Any:
    """``metric.labels(*labels)``, looked up once (:class:`CachedLabels`), for the worker's own
    per-batch counts. Only for metrics whose children are never removed (a removal made on the
    metric itself, not through the cache, would leave the cache pointing at a removed child)."""
    cached = _cached.get(id(metric))
    if cached is None:
        cached = _cached[id(metric)] = CachedLabels(metric)
    return cached.labels(*labels)


def cached_faust_metrics(faust_metrics: Any) -> Any:
    """Faust's metrics (a named tuple) with each labelled one behind :class:`CachedLabels`; the
    registry keeps the metrics themselves, so what ``/metrics`` shows is unchanged."""
    labelled = {
        name: CachedLabels(metric)
        for name, metric in faust_metrics._asdict().items()
        if getattr(metric, "_labelnames", ())
    }
    return faust_metrics._replace(**labelled)
