"""``make demo``: the local stack, generated events produced through the Shenzhen registry, read back."""

from __future__ import annotations

import collections
import time
import uuid

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
    for topic, value in kafka_io.consume_avro(settings.sz, topics, group, expected=count, timeout_s=120):
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
    console.print("[green]demo ok[/green]" if ok else "[red]demo incomplete[/red]")
    return 0 if ok else 1
