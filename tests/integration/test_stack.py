"""The local stack against itself: real brokers, real registries, real processes and ports."""

from __future__ import annotations

import json
import uuid

from confluent_kafka import Consumer, Producer
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient

from agents import kafka_io
from agents.local import stack
from agents.settings import ClusterSettings, Settings
from streams.synthetic import Synth


def _roundtrip(cluster: ClusterSettings) -> list[bytes]:
    topic = f"it-{cluster.name}-{uuid.uuid4().hex[:10]}"
    kafka_io.ensure_topics(cluster, [topic], partitions=1)
    prod = Producer({"bootstrap.servers": cluster.bootstrap, "enable.idempotence": True})
    sent = [f"{cluster.name}-{i}".encode() for i in range(20)]
    for value in sent:
        prod.produce(topic, value)
    assert prod.flush(30) == 0
    consumer = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": topic, "auto.offset.reset": "earliest"})
    consumer.subscribe([topic])
    got: list[bytes] = []
    for _ in range(120):
        msg = consumer.poll(0.5)
        if msg is not None and not msg.error():
            got.append(msg.value())
        if len(got) == len(sent):
            break
    consumer.close()
    return got


def test_when_producing_on_each_cluster_then_the_records_read_back_in_order(live_stack: Settings) -> None:
    for cluster in (live_stack.sz, live_stack.hk):
        assert _roundtrip(cluster) == [f"{cluster.name}-{i}".encode() for i in range(20)]


def test_when_a_schema_is_registered_then_each_registry_returns_it(live_stack: Settings) -> None:
    schema = {
        "type": "record",
        "name": f"Probe{uuid.uuid4().hex[:8]}",
        "namespace": "corridor.it",
        "fields": [{"name": "x", "type": "long"}],
    }
    for cluster in (live_stack.sz, live_stack.hk):
        with SchemaRegistryClient(cluster.registry_conf()) as client:
            subject = f"it-{uuid.uuid4().hex[:8]}-value"
            schema_id = client.register_schema(subject, Schema(json.dumps(schema), "AVRO"))
            fetched = client.get_schema(schema_id)
            assert json.loads(fetched.schema_str)["name"] == schema["name"]
            assert client.get_latest_version(subject).schema_id == schema_id


def test_when_generated_events_go_through_the_sz_registry_then_they_decode(live_stack: Settings) -> None:
    from agents.schema_files import event_schemas

    topic = f"it-payments-{uuid.uuid4().hex[:8]}"
    kafka_io.ensure_topics(live_stack.sz, [topic], partitions=1)
    synth = Synth(seed=3)
    records = [synth.card_payment() for _ in range(25)]
    report = kafka_io.produce_avro(
        live_stack.sz, topic, event_schemas(live_stack.schemas_dir)["sz.payments.v1"], records
    )
    assert report.produced == 25 and report.failed == 0
    back = [v for _t, v in kafka_io.consume_avro(live_stack.sz, [topic], topic, expected=25)]
    assert [r["event_id"] for r in back] == [r["event_id"] for r in records]
    assert back[0]["card_number"] == records[0]["card_number"]


def test_when_up_runs_twice_then_the_same_processes_keep_running(live_stack: Settings) -> None:
    before = {s.service.name: s.pid for s in stack.status(live_stack)}
    messages: list[str] = []
    after = {s.service.name: s.pid for s in stack.up(live_stack, log=messages.append)}
    assert before == after
    assert all(pid is not None for pid in after.values())
    assert messages == ["stack already running"]


def test_when_down_then_no_process_and_no_port_is_left_and_up_restores(live_stack: Settings) -> None:
    pids = [s.pid for s in stack.status(live_stack)]
    assert all(pids)
    stack.down(live_stack, log=lambda _m: None)
    for pid in pids:
        assert pid is not None and not stack._pid_alive(pid)
    for service in stack.SERVICES:
        assert not stack.port_in_use(service.port)
        assert not stack.port_in_use(service.aux_port)
        assert not service.pid_file(live_stack).exists()
    states = stack.up(live_stack, log=lambda _m: None)
    assert all(s.ready for s in states)
