"""``make demo``: the local stack, generated events produced through the Shenzhen registry, read back."""

from __future__ import annotations

import collections
import time
import uuid
from typing import Any

from confluent_kafka import TopicPartition
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from agents import kafka_io, stack
from agents.process import settle_heap
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
        batches[EVENT_KINDS[kind]].append(_vary(synth.event(kind), i))

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


def _vary(event: dict[str, Any], i: int) -> dict[str, Any]:
    """A few envelopes the default policy stops, so the demo shows every action."""
    meta = event["_meta"]
    if i % 97 == 5:
        meta["classification"]["important_data"] = True  # R01: retained in the mainland
    elif i % 89 == 7:
        meta["consent"]["separate_xborder"] = False  # R12: quarantined
        meta["legal_basis"] = "consent"
    elif i % 83 == 11:
        meta["mechanism"]["filed_at"] = None  # R10/R17: quarantined
        meta["mechanism"]["type"] = "GBA_SC"
    return event


def _sanitize_to_hk(console: Console, topics: list[str], count: int, start_at: list[TopicPartition]) -> bool:
    """The core over the Shenzhen topics: decode, classify, decide by the residency policy,
    transform, verify, encode; publish what crosses to Hong Kong (sanitized schemas registered in
    the HK registry), and keep what does not on Shenzhen (``corridor.retained``,
    ``corridor.quarantine``: original bytes, rule and reason in headers, never values)."""
    import json

    from confluent_kafka import Consumer
    from confluent_kafka.schema_registry import Schema

    from agents.policy_cli import Pipelines, build_engine, read_policy
    from streams import codec
    from streams.errors import DecodeError
    from streams.policy import RecordMeta

    settings = get_settings()
    policy = read_policy(settings.policy_file, settings)
    console.print(
        f"[bold]5. decide and sanitize[/bold] with policy {settings.policy_file.name} (version {policy.version}, "
        f"{len(policy.rules)} rules); publish what crosses to Hong Kong"
    )
    engine = build_engine(policy, settings)
    pipelines = Pipelines(engine, settings, ner=None)
    kafka_io.ensure_topics(settings.hk, set(policy.routes.values()))
    kafka_io.ensure_topics(settings.sz, ["corridor.quarantine", "corridor.retained"])
    findings: collections.Counter[str] = collections.Counter()
    by_rule: collections.Counter[tuple[str, str]] = collections.Counter()
    kept_back = sent = 0
    with kafka_io.registry(settings.sz) as sz_reg, kafka_io.registry(settings.hk) as hk_reg:
        cache = codec.SchemaCache(lambda sid: json.loads(sz_reg.get_schema(sid).schema_str))
        out_ids: dict[str, tuple[int, object, codec.Layout]] = {}
        for t in topics:
            derived = pipelines.for_topic(t).sanitizer.sanitized_schema()
            sid = hk_reg.register_schema(f"{policy.routes[t]}-value", Schema(json.dumps(derived), "AVRO"))
            out_ids[t] = (sid, codec.parse(derived), codec.Layout(derived))
        settle_heap()  # detector, sanitizers, policy and schemas are loaded: now records flow
        consumer = Consumer(
            {
                "bootstrap.servers": settings.sz.bootstrap,
                "group.id": f"corridor-demo-core-{uuid.uuid4().hex[:8]}",
                "auto.offset.reset": "earliest",
                "enable.auto.commit": False,
            }
        )
        consumer.assign(start_at)
        hk, sz = kafka_io.producer(settings.hk), kafka_io.producer(settings.sz)
        seen = 0
        deadline = time.monotonic() + 120
        start = time.monotonic()
        while seen < count and time.monotonic() < deadline:
            msg = consumer.poll(0.5)
            if msg is None or msg.error():
                continue
            seen += 1
            topic = msg.topic() or ""
            source = f"{topic}/{msg.partition()}/{msg.offset()}".encode()
            try:
                decoded = codec.decode_confluent(msg.value(), cache)
            except DecodeError as exc:
                by_rule[("quarantine", f"decode.{exc.reason}")] += 1
                _keep(sz, "corridor.quarantine", msg, source, f"decode.{exc.reason}", policy.version)
                kept_back += 1
                continue
            meta = RecordMeta(topic, msg.partition() or 0, msg.offset() or 0, msg.timestamp()[1])
            outcome = pipelines.for_topic(topic).process(decoded.record, meta)
            findings.update(f.entity_type for f in outcome.findings)
            decision = outcome.decision
            if outcome.record is None or decision.route is None:
                by_rule[(decision.action, decision.rule)] += 1
                target = "corridor.retained" if decision.action == "retain" else "corridor.quarantine"
                _keep(sz, target, msg, source, decision.rule, policy.version)
                kept_back += 1
                continue
            sid, parsed, layout = out_ids[topic]
            try:
                payload = codec.encode_confluent(outcome.record, sid, parsed, layout, decoded.raw)
            except Exception:
                by_rule[("quarantine", "encode.error")] += 1
                _keep(sz, "corridor.quarantine", msg, source, "encode.error", policy.version)
                kept_back += 1
                continue
            hk.produce(
                decision.route,
                payload,
                key=msg.key(),
                headers=[
                    ("corridor-source", source),
                    ("corridor-policy", policy.version.encode()),
                    ("corridor-rule", decision.rule.encode()),
                ],
            )
            hk.poll(0)
            engine.commit(decision)
            by_rule[(decision.action, decision.rule)] += 1
            sent += 1
        failed = hk.flush(60) + sz.flush(60)
        consumer.close()
        elapsed = time.monotonic() - start
    table = Table(title="findings by entity type (types and counts only, never values)")
    table.add_column("entity type")
    table.add_column("findings", justify="right")
    for entity_type, n in findings.most_common():
        table.add_row(entity_type, str(n))
    console.print(table)
    table = Table(title=f"decisions by deciding rule (policy {policy.version})")
    for column in ("action", "rule", "records"):
        table.add_column(column, justify="right" if column == "records" else "left")
    for (action, rule), n in sorted(by_rule.items()):
        table.add_row(action, rule, str(n))
    console.print(table)
    console.print(
        f"decided {seen} records in {elapsed:.1f}s; published {sent} to "
        f"{', '.join(sorted(set(policy.routes.values())))} (schemas in the HK registry); kept in Shenzhen: "
        f"{kept_back} (corridor.retained / corridor.quarantine)"
    )
    return seen == count and failed == 0 and sent + kept_back == count


def _keep(producer: Any, topic: str, msg: Any, source: bytes, rule: str, version: str) -> None:
    """The original bytes on a Shenzhen topic, with where they came from and why (never values)."""
    producer.produce(
        topic,
        msg.value(),
        key=msg.key(),
        headers=[
            ("corridor-source", source),
            ("corridor-rule", rule.encode()),
            ("corridor-policy", version.encode()),
        ],
    )
    producer.poll(0)
