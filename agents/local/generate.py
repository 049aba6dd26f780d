"""``corridor generate --topic``: generated events to Shenzhen topics as Confluent Avro."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.progress import Progress

from agents import kafka_io
from agents.schema_files import event_schemas
from agents.settings import get_settings
from streams.synthetic import EVENT_KINDS


def produce_generated(
    topic: str, kinds: list[str], records: Iterable[tuple[str, dict[str, Any]]], count: int, rate: float | None
) -> int:
    """Produce ``count`` records; ``topic='auto'`` sends each kind to its own ``sz.*`` topic."""
    settings = get_settings()
    schemas = event_schemas(settings.schemas_dir)
    if topic != "auto" and len(kinds) != 1:
        raise SystemExit("corridor: --topic NAME takes one --kind; use --topic auto for --kind all")
    by_topic: dict[str, list[dict[str, Any]]] = {}
    for kind, record in records:
        by_topic.setdefault(EVENT_KINDS[kind] if topic == "auto" else topic, []).append(record)
    kafka_io.ensure_topics(settings.sz, by_topic)
    failed = 0
    with Progress(transient=False) as progress:
        task = progress.add_task("producing", total=count)
        for name, batch in by_topic.items():
            schema_topic = name if name in schemas else EVENT_KINDS[kinds[0]]
            report = kafka_io.produce_avro(
                settings.sz,
                name,
                schemas[schema_topic],
                batch,
                rate=rate / len(by_topic) if rate else None,
                on_record=lambda: progress.advance(task),
            )
            failed += report.failed
    return 1 if failed else 0
