"""Thin confluent-kafka helpers: topics, Avro producers and consumers on one cluster."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from agents.settings import ClusterSettings
from streams.schemas import JsonSchema


def ensure_topics(cluster: ClusterSettings, topics: Iterable[str], partitions: int = 3) -> list[str]:
    """Create the topics that do not exist yet; return the ones created."""
    admin = AdminClient(cluster.kafka_conf())
    existing = set(admin.list_topics(timeout=10).topics)
    missing = [t for t in dict.fromkeys(topics) if t not in existing]
    if not missing:
        return []
    futures = admin.create_topics([NewTopic(t, num_partitions=partitions, replication_factor=1) for t in missing])
    for future in futures.values():
        try:
            future.result(timeout=30)
        except KafkaException as exc:
            if "TOPIC_ALREADY_EXISTS" not in str(exc):
                raise
    _wait_for_leaders(admin, missing)
    return missing


def _wait_for_leaders(admin: AdminClient, topics: list[str], timeout_s: float = 30.0) -> None:
    """A created topic answers produce and offset requests only once each partition has a leader."""
    deadline = time.monotonic() + timeout_s
    while True:
        md = admin.list_topics(timeout=10)
        pending = [
            t
            for t in topics
            if t not in md.topics
            or not md.topics[t].partitions
            or any(p.leader < 0 for p in md.topics[t].partitions.values())
        ]
        if not pending:
            return
        if time.monotonic() > deadline:
            raise KafkaException(f"no leader after {timeout_s:.0f}s for {', '.join(pending)}")
        time.sleep(0.2)


def end_offsets(cluster: ClusterSettings, topics: Iterable[str]) -> list[TopicPartition]:
    """Each partition of the topics at its current end: where records produced from now on start."""
    consumer = Consumer({**cluster.kafka_conf(), "group.id": "corridor-offsets"})
    try:
        out = []
        for topic in topics:
            for partition in consumer.list_topics(topic, timeout=10).topics[topic].partitions:
                high = _high_watermark(consumer, TopicPartition(topic, partition))
                out.append(TopicPartition(topic, partition, high))
        return out
    finally:
        consumer.close()


_LEADERSHIP_CODES = frozenset(
    {KafkaError.NOT_LEADER_FOR_PARTITION, KafkaError.LEADER_NOT_AVAILABLE, KafkaError.UNKNOWN_TOPIC_OR_PART}
)


def _high_watermark(consumer: Consumer, tp: TopicPartition, timeout_s: float = 30.0) -> int:
    """The partition's end offset; retried while the broker says so (a leader still being elected)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            _low, high = consumer.get_watermark_offsets(tp, timeout=10)
            return int(high)
        except KafkaException as exc:
            err = exc.args[0]
            if not (err.retriable() or err.code() in _LEADERSHIP_CODES) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def registry(cluster: ClusterSettings) -> SchemaRegistryClient:
    return SchemaRegistryClient(cluster.registry_conf())


def producer(cluster: ClusterSettings, **extra: Any) -> Producer:
    conf = {
        **cluster.kafka_conf(),
        "enable.idempotence": True,
        "acks": "all",
        "linger.ms": 5,
        "compression.type": "lz4",
    }
    conf.update(extra)
    return Producer(conf)


@dataclass
class ProduceReport:
    produced: int = 0
    failed: int = 0
    seconds: float = 0.0


def produce_avro(
    cluster: ClusterSettings,
    topic: str,
    schema: JsonSchema,
    records: Iterable[dict[str, Any]],
    rate: float | None = None,
    on_record: Callable[[], None] | None = None,
) -> ProduceReport:
    """Serialize records with the registry's Avro serializer and produce them; wait for every ack."""
    with registry(cluster) as client:
        serializer = AvroSerializer(client, json.dumps(schema), conf={"auto.register.schemas": True})
        return _produce(cluster, topic, serializer, records, rate, on_record)


def _produce(
    cluster: ClusterSettings,
    topic: str,
    serializer: AvroSerializer,
    records: Iterable[dict[str, Any]],
    rate: float | None,
    on_record: Callable[[], None] | None,
) -> ProduceReport:
    prod = producer(cluster)
    report = ProduceReport()

    def delivered(err: Any, _msg: Any) -> None:
        if err is None:
            report.produced += 1
        else:
            report.failed += 1

    start = time.monotonic()
    for i, record in enumerate(records):
        if rate:
            wait = start + i / rate - time.monotonic()
            if wait > 0:
                time.sleep(wait)
        value = serializer(record, SerializationContext(topic, MessageField.VALUE))
        key = str(record.get("event_id", i)).encode()
        while True:
            try:
                prod.produce(topic, value=value, key=key, on_delivery=delivered)
                break
            except BufferError:
                prod.poll(0.1)
        prod.poll(0)
        if on_record:
            on_record()
    remaining = prod.flush(60)
    report.failed += remaining
    report.seconds = time.monotonic() - start
    return report


def consume_avro(
    cluster: ClusterSettings,
    topics: list[str],
    group: str,
    expected: int,
    timeout_s: float = 60.0,
    start: list[TopicPartition] | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Read ``expected`` Avro records from ``start`` (default: the beginning), or until the timeout."""
    client = registry(cluster)
    deserializer = AvroDeserializer(client)
    consumer = Consumer(
        {
            **cluster.kafka_conf(),
            "group.id": group,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    if start:
        consumer.assign(start)
    else:
        consumer.subscribe(topics)
    seen = 0
    deadline = time.monotonic() + timeout_s
    try:
        while seen < expected and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                raise KafkaException(msg.error())
            topic = msg.topic() or ""
            value = deserializer(msg.value(), SerializationContext(topic, MessageField.VALUE))
            seen += 1
            yield topic, value
    finally:
        consumer.close()
        client.close()
