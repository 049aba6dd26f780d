"""The worker's quota ledger over a stand-in for the Faust table (a dict and a changelog list):
subjects committed here and subjects learnt from other workers' changelog entries are counted once,
and every core process is told of each exactly once (or gets the whole table)."""

from __future__ import annotations

from typing import Any

from agents.worker.runtime import QuotaLedger


class _Table:
    def __init__(self) -> None:
        self.data: dict[str, int] = {}
        self.changelog: list[tuple[int, str, int]] = []

    def send_changelog(self, partition: int, key: str, value: int) -> None:
        self.changelog.append((partition, key, value))


def _ledger(slots: int = 2) -> tuple[QuotaLedger, Any]:
    table = _Table()
    return QuotaLedger(table, slots), table


def test_a_subject_committed_twice_is_counted_and_written_once() -> None:
    ledger, table = _ledger()
    ledger.commit("q1", 2026, "tok_a")
    ledger.commit("q1", 2026, "tok_a")
    assert ledger.counts() == {("q1", 2026): 1}
    assert len(table.changelog) == 1


def test_a_subject_learnt_from_another_worker_counts_and_reaches_every_core_process() -> None:
    ledger, table = _ledger()
    assert ledger.take(0) == [] and ledger.take(1) == []  # both seeded with the (empty) table
    ledger.commit("q1", 2026, "tok_a")
    ledger.learn("q1|2026|tok_b")  # another worker's commit, read from the changelog
    ledger.learn("q1|2026|tok_b")  # the same entry again (a buffer applied later): once
    ledger.learn("q1|2026|tok_a")  # this worker's own entry coming back: known already
    assert ledger.counts() == {("q1", 2026): 2}
    assert ledger.take(0) == [("q1", 2026, "tok_a"), ("q1", 2026, "tok_b")]
    assert ledger.take(1) == [("q1", 2026, "tok_a"), ("q1", 2026, "tok_b")]
    assert ledger.take(0) == []
    assert len(table.changelog) == 1  # learning writes nothing


def test_a_core_process_not_yet_seeded_gets_the_whole_table_once() -> None:
    ledger, _table = _ledger(slots=1)
    ledger.learn("q2|2025|x")  # during the table's recovery, before any batch
    ledger.commit("q2", 2025, "y")
    assert sorted(ledger.take(0)) == [("q2", 2025, "x"), ("q2", 2025, "y")]
    ledger.learn("q2|2025|z")
    assert ledger.take(0) == [("q2", 2025, "z")]
    assert ledger.counts() == {("q2", 2025): 3}
