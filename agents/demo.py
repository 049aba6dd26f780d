"""``make demo``: the local stack, generated events produced through the Shenzhen registry, read back."""

from __future__ import annotations

import collections
import time
import uuid

from confluent_kafka import TopicPartition
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from agents import kafka_io, stack
from agents.schema_files import event_schemas
from agents.settings import get_settings
from streams.synthetic import EVENT_KINDS, Synth


def run_demo(count: int, seed: int, keep_running: bool) -> int:
    console = Console()
    settings = get_settings()
    was_running = all(stack.running_pid(s, settings) is not None for s in stack.SERVICES)
    console.print("[bold]1. local stack[/bold] (two Kafka clusters, two Apicurio registries)")
    stack.up(settings, log=console.print)
    try:
        return _demo(console, count, seed)
    finally:
        if not keep_running and not was_running:
            console.print("stopping the stack (use --keep-running to leave it up)")
            stack.down(settings, log=console.print)


def _demo(console: Console, count: int, seed: int) -> int:
    settings = get_settings()
    schemas = event_schemas(settings.schemas_dir)
    topics = list(EVENT_KINDS.values())
    created = kafka_io.ensure_topics(settings.sz, topics)
    console.print(f"[bold]2. topics[/bold] on Shenzhen: {', '.join(topics)} (created: {len(created)})")

    synth = Synth(seed=seed)
    kinds = list(EVENT_KINDS)
    batches: dict[str, list[dict[str, object]]] = {t: [] for t in topics}
    for i in range(count):
        kind = kinds[i % len(kinds)]
        batches[EVENT_KINDS[kind]].append(synth.event(kind))

    start_at = kafka_io.end_offsets(settings.sz, topics)
    console.print(f"[bold]3. produce[/bold] {count} generated events as Confluent Avro through the Shenzhen registry")
    produced = 0
    start = time.monotonic()
    with Progress(console=console) as progress:
        task = progress.add_task("producing", total=count)
        for topic, batch in batches.items():
            report = kafka_io.produce_avro(
                settings.sz, topic, schemas[topic], batch, on_record=lambda: progress.advance(task)
            )
            produced += report.produced
            if report.failed:
                console.print(f"[red]{report.failed} records failed on {topic}[/red]")
                return 1
    produce_s = time.monotonic() - start

    console.print("[bold]4. read back[/bold] with the registry's Avro deserializer")
    per_topic: collections.Counter[str] = collections.Counter()
    memos = 0
    group = f"corridor-demo-{uuid.uuid4().hex[:8]}"
    start = time.monotonic()
    for topic, value in kafka_io.consume_avro(
        settings.sz, topics, group, expected=count, timeout_s=120, start=start_at
    ):
        per_topic[topic] += 1
        memos += any(value.get(f) for f in ("memo", "remark", "notes"))
    read_s = time.monotonic() - start
    with kafka_io.registry(settings.sz) as client:
        subjects = client.get_subjects()

    table = Table(title="corridor demo summary")
    table.add_column("topic")
    table.add_column("produced", justify="right")
    table.add_column("read back", justify="right")
    for topic in topics:
        table.add_row(topic, str(len(batches[topic])), str(per_topic[topic]))
    console.print(table)
    console.print(
        f"produced {produced} in {produce_s:.1f}s, read {sum(per_topic.values())} in {read_s:.1f}s; "
        f"{memos} records carry free text; registry subjects: {', '.join(sorted(subjects))}"
    )
    ok = produced == count and sum(per_topic.values()) == count
    if ok:
        ok = _sanitize_to_hk(console, topics, count, start_at)
    console.print("[green]demo ok[/green]" if ok else "[red]demo incomplete[/red]")
    return 0 if ok else 1


def _sanitize_to_hk(console: Console, topics: list[str], count: int, start_at: list[TopicPartition]) -> bool:
    """The core offline over the Shenzhen topics: decode, sanitize, verify, encode, publish in HK.

    The streaming runtime (Faust agents, policy, metrics) comes with its own issue; this step shows
    the core on real bytes: Confluent wire format in, sanitized Avro registered in the HK registry out.
    """
    import json

    from confluent_kafka import Consumer
    from confluent_kafka.schema_registry import Schema

    from agents.engines import build_detector, keyring
    from streams import codec
    from streams.errors import DecodeError
    from streams.sanitize import Sanitizer

    settings = get_settings()
    console.print("[bold]5. sanitize[/bold] with the core and publish to the Hong Kong cluster")
    schemas = event_schemas(settings.schemas_dir)
    detector = build_detector(ner=None)
    keys = keyring(settings)
    sanitizers = {t: Sanitizer(schemas[t], detector, keys) for t in topics}
    hk_topics = {t: "hk." + t.split(".", 1)[1] for t in topics}
    kafka_io.ensure_topics(settings.hk, hk_topics.values())
    findings: collections.Counter[str] = collections.Counter()
    held: collections.Counter[str] = collections.Counter()
    sent = 0
    with kafka_io.registry(settings.sz) as sz_reg, kafka_io.registry(settings.hk) as hk_reg:
        cache = codec.SchemaCache(lambda sid: json.loads(sz_reg.get_schema(sid).schema_str))
        out_ids: dict[str, tuple[int, object]] = {}
        for t, sanitizer in sanitizers.items():
            derived = sanitizer.sanitized_schema()
            sid = hk_reg.register_schema(f"{hk_topics[t]}-value", Schema(json.dumps(derived), "AVRO"))
            out_ids[t] = (sid, codec.parse(derived))
        consumer = Consumer(
            {
                "bootstrap.servers": settings.sz.bootstrap,
                "group.id": f"corridor-demo-core-{uuid.uuid4().hex[:8]}",
                "auto.offset.reset": "earliest",
                "enable.auto.commit": False,
            }
        )
        consumer.assign(start_at)
        prod = kafka_io.producer(settings.hk)
        seen = 0
        deadline = time.monotonic() + 120
        start = time.monotonic()
        while seen < count and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None or msg.error():
                continue
            seen += 1
            topic = msg.topic() or ""
            try:
                decoded = codec.decode_confluent(msg.value(), cache)
            except DecodeError as exc:
                held[f"decode:{exc.reason}"] += 1
                continue
            result = sanitizers[topic].sanitize(decoded.record)
            findings.update(f.entity_type for f in result.findings)
            if result.violations or result.unclassified:
                held["verify" if result.violations else "unclassified"] += 1
                continue  # fail closed: never published
            sid, parsed = out_ids[topic]
            prod.produce(
                hk_topics[topic],
                codec.encode_confluent(result.record, sid, parsed),
                key=msg.key(),
                headers=[("corridor-source", f"{topic}/{msg.partition()}/{msg.offset()}".encode())],
            )
            prod.poll(0)
            sent += 1
        failed = prod.flush(60)
        consumer.close()
        elapsed = time.monotonic() - start
    table = Table(title="findings by entity type (types and counts only, never values)")
    table.add_column("entity type")
    table.add_column("findings", justify="right")
    for entity_type, n in findings.most_common():
        table.add_row(entity_type, str(n))
    console.print(table)
    console.print(
        f"sanitized {seen} records in {elapsed:.1f}s; published {sent} to "
        f"{', '.join(hk_topics.values())} with schemas in the HK registry; held back (fail closed): "
        f"{dict(held) or 0}"
    )
    return seen == count and failed == 0 and sent + sum(held.values()) == count
