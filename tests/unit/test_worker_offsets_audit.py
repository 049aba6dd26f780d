"""The worker's pure parts: the contiguous-ack tracker and the audit hash chain."""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.worker import audit
from agents.worker.offsets import PartitionTracker


def test_when_a_later_record_finishes_first_then_nothing_is_released_until_the_earlier_does() -> None:
    t: PartitionTracker[int] = PartitionTracker()
    for offset in (10, 11, 12):
        t.add(offset, offset, 0)
        t.expect(offset, 2)
    for offset in (11, 12):
        t.delivered(offset)
        t.delivered(offset)
        t.finish(offset)
    assert t.release() == []
    assert t.committed is None
    t.delivered(10)
    t.finish(10)
    assert t.release() == []  # one output of 10 is still unacknowledged
    t.delivered(10)
    assert t.release() == [10, 11, 12]
    assert t.committed == 13


def test_when_outputs_are_acknowledged_before_finish_then_the_record_waits_for_finish() -> None:
    t: PartitionTracker[str] = PartitionTracker()
    t.add(0, "a", 5)
    t.expect(0, 1)
    t.delivered(0)
    assert t.release() == []
    assert t.oldest_timestamp_ms() == 5
    t.finish(0)
    assert t.release() == ["a"]
    assert t.oldest_timestamp_ms() is None


def test_when_offsets_go_backwards_or_repeat_then_the_tracker_refuses() -> None:
    t: PartitionTracker[int] = PartitionTracker()
    t.add(5, 5, 0)
    with pytest.raises(ValueError):
        t.add(5, 5, 0)
    with pytest.raises(ValueError):
        t.add(4, 4, 0)
    t.expect(5, 1)
    t.delivered(5)
    with pytest.raises(ValueError):
        t.delivered(5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=3), min_size=1, max_size=40), st.randoms(use_true_random=False))
def test_the_released_run_is_always_a_prefix_of_finished_records(outputs: list[int], rnd: random.Random) -> None:
    """Whatever order acknowledgements come in, what is released is exactly the longest prefix of
    records all of whose outputs were acknowledged, in offset order."""
    t: PartitionTracker[int] = PartitionTracker()
    events: list[tuple[int, str]] = []
    for offset, n in enumerate(outputs):
        t.add(offset, offset, 0)
        t.expect(offset, n)
        t.finish(offset)
        events += [(offset, "ack")] * n
    rnd.shuffle(events)
    acked = [0] * len(outputs)
    released: list[int] = t.release()
    for offset, _ in events:
        t.delivered(offset)
        acked[offset] += 1
        released += t.release()
        prefix = 0
        while prefix < len(outputs) and acked[prefix] == outputs[prefix]:
            prefix += 1
        assert released == list(range(prefix))
    assert released == list(range(len(outputs)))


def _chain(n: int, key: str = "sz.payments.v1/0") -> list[tuple[str, int, bytes]]:
    chain = audit.Chain()
    out = []
    for i in range(n):
        entry = audit.make_entry(
            topic="sz.payments.v1",
            partition=0,
            offset=i,
            timestamp_ms=1,
            action="transform",
            rule="R14",
            matched=["R14"],
            policy_version="v1",
            findings=[("PERSON", "memo")],
            route="hk.payments.v1",
        )
        out.append((key, i, chain.append(entry)))
    return out


def test_when_the_chain_is_intact_then_verify_passes_and_counts_replays() -> None:
    entries = _chain(5)
    report = audit.verify(entries)
    assert report.ok and report.entries == 5 and report.chains == 1 and report.replays == 0


@pytest.mark.parametrize("tamper", ["remove", "swap", "edit", "reformat"])
def test_when_an_entry_is_tampered_with_then_verify_names_the_first_break(tamper: str) -> None:
    entries = _chain(6)
    if tamper == "remove":
        del entries[2]
    elif tamper == "swap":
        entries[2], entries[3] = entries[3], entries[2]
    else:
        key, off, body = entries[2]
        doc = json.loads(body)
        doc["action"] = "forward"
        new = audit.canonical(doc) if tamper == "edit" else json.dumps(json.loads(body), indent=1).encode()
        entries[2] = (key, off, new)
    report = audit.verify(entries)
    assert not report.ok
    assert "audit offset" in report.breaks[0]


def test_an_audit_entry_carries_types_and_paths_never_values() -> None:
    entry = audit.make_entry(
        topic="t",
        partition=1,
        offset=2,
        timestamp_ms=3,
        action="quarantine",
        rule="verify.egress_leak",
        matched=["verify.egress_leak"],
        policy_version="v",
        findings=[("CN_RESIDENT_ID", "memo"), ("CN_RESIDENT_ID", "memo")],
        route=None,
    )
    assert entry["findings"] == ["CN_RESIDENT_ID@memo"]
    assert set(entry) == {"source", "action", "rule", "matched", "policy", "findings", "route", "reason"}


def test_the_audit_partition_of_a_chain_is_stable_and_in_range() -> None:
    keys = [f"sz.t/{p}" for p in range(50)]
    parts = [audit.partition_for(k, 3) for k in keys]
    assert parts == [audit.partition_for(k, 3) for k in keys]
    assert set(parts) == {0, 1, 2}


def test_when_a_record_is_delivered_again_then_it_is_taken_once_and_the_new_delivery_is_acked() -> None:
    """Faust seeks back to the committed offset after recovering a table or a rebalance."""
    t: PartitionTracker[str] = PartitionTracker()
    assert t.take(0, "first-0", 0) == "added"
    assert t.take(1, "first-1", 0) == "added"
    t.expect(0, 1)
    t.delivered(0)
    t.finish(0)
    assert t.release() == ["first-0"]
    assert t.take(0, "again-0", 0) == "finished"  # released already: the caller acks it at once
    assert t.take(1, "again-1", 0) == "replaced"  # in flight: not taken twice
    assert len(t) == 1
    t.expect(1, 1)
    t.delivered(1)
    t.finish(1)
    assert t.release() == ["again-1"]  # the new delivery is the one acked
    assert t.take(2, "first-2", 0) == "added"
