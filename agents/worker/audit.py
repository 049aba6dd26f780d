"""The audit trail: one entry per source record, hash-chained per source partition.

An entry says where the record came from (topic, partition, offset), what was decided (action,
deciding rule, every matching rule, policy version) and what was found (entity types and field
paths): never a value. Each entry carries the SHA-256 of the previous entry of its chain (one chain
per source topic-partition, the audit record's key), so a removed, reordered or edited entry
breaks the chain at that point; ``corridor audit verify`` names the first break.

A replay after a crash (at-least-once) writes a second entry for the same source offset; it links
to the entry before it like any other, and ``verify`` counts such repeats without calling them
breaks.
"""

from __future__ import annotations

import hashlib
import json
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64
AUDIT_TOPIC = "corridor.audit"


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes that are hashed and written: sorted keys, no spaces, UTF-8."""
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def chain_key(topic: str, partition: int) -> str:
    return f"{topic}/{partition}"


@dataclass
class Chain:
    """The head of one chain: the hash of its last entry and how many entries it has."""

    head: str = GENESIS
    seq: int = 0

    def append(self, entry: dict[str, Any]) -> bytes:
        """Link ``entry`` to the head; the bytes to write."""
        entry["prev"] = self.head
        entry["seq"] = self.seq
        body = canonical(entry)
        self.head = entry_hash(body)
        self.seq += 1
        return body


def make_entry(
    *,
    topic: str,
    partition: int,
    offset: int,
    timestamp_ms: int,
    action: str,
    rule: str,
    matched: Sequence[str],
    policy_version: str,
    findings: Iterable[tuple[str, str]],
    route: str | None,
    reason: str = "",
) -> dict[str, Any]:
    """An entry before it is linked: coordinates, decision, finding types and paths."""
    return {
        "source": {"topic": topic, "partition": partition, "offset": offset, "timestamp_ms": timestamp_ms},
        "action": action,
        "rule": rule,
        "matched": list(matched),
        "policy": policy_version,
        "findings": sorted({f"{entity_type}@{path}" for entity_type, path in findings}),
        "route": route,
        "reason": reason,
    }


@dataclass
class VerifyReport:
    entries: int = 0
    chains: int = 0
    replays: int = 0
    breaks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.breaks


def verify(entries: Iterable[tuple[str, int, bytes]]) -> VerifyReport:
    """Check chains from ``(chain key, audit offset, entry bytes)`` in audit-topic order.

    A chain's first entry links to :data:`GENESIS` or, when the topic was truncated by retention,
    to anything (its ``seq`` says where it starts); every later one to the hash of the one before.
    """
    report = VerifyReport()
    heads: dict[str, tuple[str, int]] = {}
    seen: dict[str, set[int]] = {}
    for key, audit_offset, body in entries:
        report.entries += 1
        try:
            entry = json.loads(body)
            prev, seq, offset = entry["prev"], int(entry["seq"]), int(entry["source"]["offset"])
        except (ValueError, KeyError, TypeError):
            report.breaks.append(f"{key}: audit offset {audit_offset}: not an audit entry")
            continue
        if canonical(entry) != body:
            report.breaks.append(f"{key}: audit offset {audit_offset}: not in canonical form (edited?)")
        last = heads.get(key)
        if last is None:
            report.chains += 1
            if seq == 0 and prev != GENESIS:
                report.breaks.append(f"{key}: audit offset {audit_offset}: first entry does not start the chain")
        elif prev != last[0] or seq != last[1] + 1:
            report.breaks.append(
                f"{key}: audit offset {audit_offset}: links to {prev[:12]}… seq {seq}, "
                f"the entry before is {last[0][:12]}… seq {last[1]}"
            )
        offsets = seen.setdefault(key, set())
        if offset in offsets:
            report.replays += 1
        offsets.add(offset)
        heads[key] = (entry_hash(body), seq)
    return report


def partition_for(key: str, partitions: int) -> int:
    """The audit partition of a chain: chosen here, not by a client's partitioner, so the worker
    knows where to look for a chain's head after a restart."""
    return zlib.crc32(key.encode()) % max(1, partitions)


def load_heads(conf: Mapping[str, Any], keys: Iterable[str], partitions: int, window: int = 2000) -> dict[str, Chain]:
    """The head of each chain, read from the end of its audit partition backwards, ``window``
    records at a time, until every chain asked for is found or the partition's start is reached
    (a chain with no entry starts at :data:`GENESIS`)."""
    from confluent_kafka import Consumer, TopicPartition

    wanted: dict[int, set[str]] = {}
    for key in keys:
        wanted.setdefault(partition_for(key, partitions), set()).add(key)
    heads: dict[str, Chain] = {}
    consumer = Consumer({**conf, "group.id": "corridor-audit-heads", "enable.auto.commit": False})
    try:
        for partition, missing in wanted.items():
            tp = TopicPartition(AUDIT_TOPIC, partition)
            low, high = consumer.get_watermark_offsets(tp, timeout=10)
            end = high
            while missing and end > low:
                start = max(low, end - window)
                found = _read_range(consumer, partition, start, end)
                for key, _offset, body in reversed(found):
                    if key in missing:
                        entry = json.loads(body)
                        heads[key] = Chain(entry_hash(body), int(entry["seq"]) + 1)
                        missing.discard(key)
                end = start
    finally:
        consumer.close()
    return heads


def _read_range(
    consumer: Any, partition: int, start: int, end: int, timeout_s: float = 30.0
) -> list[tuple[str, int, bytes]]:
    """Records ``start``..``end`` (exclusive) of one audit partition as ``(key, offset, body)``."""
    from confluent_kafka import TopicPartition

    consumer.assign([TopicPartition(AUDIT_TOPIC, partition, start)])
    out: list[tuple[str, int, bytes]] = []
    deadline = time.monotonic() + timeout_s
    next_offset = start
    while next_offset < end:
        if time.monotonic() > deadline:
            raise TimeoutError(f"reading {AUDIT_TOPIC}[{partition}] {start}..{end} timed out")
        msg = consumer.poll(0.5)
        if msg is None or msg.error():
            continue
        next_offset = msg.offset() + 1
        if msg.offset() < end:
            out.append(((msg.key() or b"").decode(), msg.offset(), msg.value() or b""))
    return out


def read_all(conf: Mapping[str, Any], timeout_s: float = 120.0) -> Iterator[tuple[str, int, bytes]]:
    """Every audit record, partition by partition, as ``(chain key, offset, body)``."""
    from confluent_kafka import Consumer, TopicPartition

    consumer = Consumer({**conf, "group.id": "corridor-audit-verify", "enable.auto.commit": False})
    try:
        md = consumer.list_topics(AUDIT_TOPIC, timeout=10).topics.get(AUDIT_TOPIC)
        if md is None or md.error is not None:
            return
        for partition in sorted(md.partitions):
            low, high = consumer.get_watermark_offsets(TopicPartition(AUDIT_TOPIC, partition), timeout=10)
            yield from _read_range(consumer, partition, low, high, timeout_s)
    finally:
        consumer.close()
