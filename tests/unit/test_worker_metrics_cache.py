"""Faust's Prometheus sensors behind the children cache: same series, same values, removals honoured."""

from __future__ import annotations

from faust.sensors.prometheus import FaustMetrics
from prometheus_client import CollectorRegistry, generate_latest

from agents.worker import metrics


def _fresh() -> tuple[CollectorRegistry, FaustMetrics, FaustMetrics]:
    registry = CollectorRegistry()
    plain = FaustMetrics.create(registry, "t")
    return registry, plain, metrics.cached_faust_metrics(plain)


def test_every_labelled_metric_is_cached_and_the_others_are_the_metrics_themselves() -> None:
    _registry, plain, cached = _fresh()
    for name, metric in plain._asdict().items():
        wrapped = getattr(cached, name)
        if getattr(metric, "_labelnames", ()):
            assert isinstance(wrapped, metrics.CachedLabels)
        else:
            assert wrapped is metric


def test_a_child_is_looked_up_once_and_counts_land_in_the_registry() -> None:
    registry, plain, cached = _fresh()
    first = cached.messages_received_per_topics.labels(topic="sz.payments.v1")
    assert cached.messages_received_per_topics.labels(topic="sz.payments.v1") is first
    first.inc()
    cached.messages_received_per_topics.labels(topic="sz.payments.v1").inc(2)
    cached.messages_received_per_topics_partition.labels(topic="sz.payments.v1", partition=2).set(41)
    text = generate_latest(registry).decode()
    assert 't_messages_received_per_topic_total{topic="sz.payments.v1"} 3.0' in text
    assert 't_messages_received_per_topics_partition{partition="2",topic="sz.payments.v1"} 41.0' in text
    assert plain.messages_received_per_topics.labels(topic="sz.payments.v1") is first


def test_faust_clearing_topic_metrics_after_a_rebalance_drops_the_cached_children() -> None:
    registry, _plain, cached = _fresh()
    old = cached.messages_received_per_topics.labels(topic="sz.kyc.v1")
    old.inc()
    cached.topic_partition_end_offset.labels(topic="sz.kyc.v1", partition=0).set(9)
    cached.clear_topic_related_metrics()  # what Faust's monitor does when partitions are revoked
    text = generate_latest(registry).decode()
    assert "sz.kyc.v1" not in text
    new = cached.messages_received_per_topics.labels(topic="sz.kyc.v1")
    assert new is not old
    new.inc()
    assert 't_messages_received_per_topic_total{topic="sz.kyc.v1"} 1.0' in generate_latest(registry).decode()


def test_the_worker_s_own_counts_look_their_children_up_once_through_the_same_cache() -> None:
    from prometheus_client import Counter

    registry = CollectorRegistry()
    counter = Counter("t_records", "records", ["source_topic", "action"], registry=registry)
    first = metrics.child(counter, "sz.payments.v1", "forward")
    assert metrics.child(counter, "sz.payments.v1", "forward") is first
    assert first is counter.labels("sz.payments.v1", "forward")
    first.inc(3)
    assert 't_records_total{action="forward",source_topic="sz.payments.v1"} 3.0' in generate_latest(registry).decode()
