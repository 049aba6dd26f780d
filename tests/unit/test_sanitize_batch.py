"""A batch of records through the sanitizer (one detector call for classify's texts, one for
verify's strings) gives each record what it gets alone: the same output, findings, transforms,
unclassified fields and violations, leaks planted in tagged fields, in the envelope and in a
record repeated within the batch."""

from __future__ import annotations

from typing import Any

import pytest
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.engine import Detector
from streams.sanitize import Sanitized, Sanitizer
from streams.synthetic import EVENT_KINDS, Synth

DETECTOR = Detector()


def _sanitizer(topic: str) -> Sanitizer:
    return Sanitizer(event_schemas(Settings().schemas_dir)[topic], DETECTOR, KEYRING)


def _records(kind: str, seed: int, sanitizer: Sanitizer) -> list[dict[str, Any]]:
    synth = Synth(seed=seed)
    tagged = [info.name for info, _ in sanitizer._whole_fields]
    records: list[dict[str, Any]] = []
    for n in range(24):
        record = synth.event(kind)
        if n % 3 == 0:  # a value that fails its check, or another type's, in a tagged field
            record[tagged[n % len(tagged)]] = ["A1234567", "13800138000", "王伟", "91440300MA5FXXXX1X"][n % 4]
        if n % 4 == 1 and isinstance(record.get("_meta"), dict):  # an identifier in the envelope
            record["_meta"]["purpose"] = f"refund to {synth.ric()}"
        records.append(record)
    records.append(records[1])  # the same values twice in one batch
    return records


def _as_tuple(result: Sanitized) -> tuple[Any, ...]:
    return (result.record, result.findings, result.applied, result.unclassified, result.violations)


@pytest.mark.parametrize("kind", sorted(EVENT_KINDS))
@pytest.mark.parametrize("seed", range(2))
@pytest.mark.parametrize("allowed", [None, frozenset(), frozenset({"CN_USCC", "PERSON"})])
def test_when_records_are_sanitized_in_a_batch_then_each_gets_what_it_gets_alone(
    kind: str, seed: int, allowed: frozenset[str] | None
) -> None:
    alone = _sanitizer(EVENT_KINDS[kind])
    batched = _sanitizer(EVENT_KINDS[kind])
    records = _records(kind, seed, alone)
    one_at_a_time = [alone.sanitize(record, allowed=allowed) for record in records]
    in_a_batch = batched.sanitize_batch(records, allowed=allowed)
    assert [_as_tuple(r) for r in in_a_batch] == [_as_tuple(r) for r in one_at_a_time]
    # the planted leaks are found (the comparison is not between two empty answers)
    assert sum(bool(r.violations) for r in one_at_a_time) >= 3
    # and a second batch, with the memory of clean values filled by the first, the same again
    again = batched.sanitize_batch(records, allowed=allowed)
    assert [_as_tuple(r) for r in again] == [_as_tuple(r) for r in one_at_a_time]


def test_when_a_batch_is_classified_then_each_record_gets_what_classify_gives_it() -> None:
    sanitizer = _sanitizer(EVENT_KINDS["payment"])
    records = _records("payment", 7, sanitizer)
    assert sanitizer.classify_batch(records) == [sanitizer.classify(r) for r in records]
    assert any(f.recognizer.startswith("gc_") for found, _ in sanitizer.classify_batch(records) for f in found)
