"""Pipeline.process_batch gives each record the outcome Pipeline.process gives it: under the
default policy, and when the detector or verify fails on one record of the batch (that record
alone is quarantined or decided as after a detector error, the others are not)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pytest
from deciders import FixedDecider
from keyrings import KEYRING

from agents.cli.policy import Pipelines, build_engine, read_policy
from agents.schema_files import event_schemas
from agents.settings import PROJECT_ROOT, Settings, get_settings
from streams.detect.engine import Detector
from streams.detect.findings import Finding
from streams.pipeline import Outcome, Pipeline
from streams.policy import RecordMeta
from streams.sanitize import Sanitizer
from streams.synthetic import EVENT_KINDS, Synth

TOPIC = EVENT_KINDS["payment"]
MARK = "BOOM-0042"


def _default_pipeline() -> Pipeline:
    s = get_settings()
    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", s)
    return Pipelines(build_engine(policy, s), s, ner=None).for_topic(TOPIC)


def _items(seed: int, n: int = 30) -> list[tuple[dict[str, Any], RecordMeta]]:
    synth = Synth(seed=seed)
    items = []
    for i in range(n):
        record = synth.card_payment()
        if i % 4 == 1:  # an identifier in the envelope: quarantined by verify
            record["_meta"]["pipia"]["ref"] = f"PIPIA {synth.ric()}"
        items.append((record, RecordMeta(TOPIC, 0, i, record["event_time"])))
    return items


@pytest.mark.parametrize("seed", range(3))
def test_when_a_batch_is_processed_then_each_record_gets_the_outcome_process_gives_it(seed: int) -> None:
    items = _items(seed)
    alone = _default_pipeline()
    one_at_a_time = [alone.process(record, meta) for record, meta in items]
    batched = _default_pipeline().process_batch(items)
    assert batched == one_at_a_time
    assert any(o.decision.rule == "verify.egress_leak" for o in batched)
    assert any(o.record is not None for o in batched)


class _Failing(Detector):
    """Fails on a text holding the mark, as a detector error would."""

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        if any(MARK in t for t in texts):
            raise RuntimeError("detector failed")
        return super().analyze_batch(texts)


class _FailingVerify(Sanitizer):
    """Fails verifying a record whose memo holds the mark."""

    def _strings_to_scan(
        self,
        sanitized: Mapping[str, Any],
        ok: frozenset[str],
        applied: Any,
        scanned: Mapping[str, tuple[str, list[Finding]]] | None,
    ) -> tuple[list[Finding], list[str], list[tuple[int, str, Any]]]:
        if MARK in str(sanitized.get("merchant_name")):
            raise RuntimeError("verify failed")
        return super()._strings_to_scan(sanitized, ok, applied, scanned)


def _pipeline(sanitizer_type: type[Sanitizer], detector: Detector) -> Pipeline:
    schema = event_schemas(Settings().schemas_dir)[TOPIC]
    return Pipeline(sanitizer_type(schema, detector, KEYRING), FixedDecider("transform"))


@pytest.mark.parametrize(
    ("sanitizer_type", "field"),
    # the detector fails on a memo (classify, then verify, which scans everything after a
    # detector error); verify fails on a record
    [(Sanitizer, "memo"), (_FailingVerify, "merchant_name")],
)
def test_when_one_record_of_a_batch_fails_then_it_alone_gets_the_error(
    sanitizer_type: type[Sanitizer], field: str
) -> None:
    items = _items(11, 12)
    items[5][0][field] = f"ref {MARK}"
    alone = [_pipeline(sanitizer_type, _Failing()).process(r, m) for r, m in items]
    batched: list[Outcome] = _pipeline(sanitizer_type, _Failing()).process_batch(items)
    assert batched == alone
    assert [i for i, o in enumerate(batched) if o.decision.rule == "defaults.transform_error"] == [5]
    assert batched[5].record is None
    assert any(o.record is not None for o in batched)


class _CountingDecider:
    """A quota of ``cap`` distinct subjects (the cardholder's name stands for the subject): a
    record crosses while its subject is counted or the count has room, and counts when committed."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.counted: set[str] = set()
        self.version = "test"

    def decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Sequence[str],
        detector_error: bool = False,
    ) -> Any:
        from deciders import KEPT

        from streams.policy.engine import Decision, QuotaUse
        from streams.transform import DEFAULT_TRANSFORMS

        subject = str(record["cardholder_name"])
        new = subject not in self.counted
        if new and len(self.counted) >= self.cap:
            return Decision("quarantine", "over", ("over",), "test", (), None, {}, KEPT)
        use = QuotaUse("q", 2026, subject, new)
        return Decision("transform", "send", ("send",), "test", (), "hk", DEFAULT_TRANSFORMS, KEPT, quota_uses=(use,))

    def commit(self, decision: Any) -> None:
        for use in decision.quota_uses:
            if use.new:
                self.counted.add(use.subject)


@pytest.mark.parametrize("seed", range(3))
def test_a_batch_decides_a_quota_as_one_record_at_a_time_does(seed: int) -> None:
    """Subjects repeat within the batch; the cap is reached inside it. One at a time, the caller
    commits each crossing record before the next is decided: the batch must not let more through."""
    synth = Synth(seed=seed)
    names = [synth.card_payment()["cardholder_name"] for _ in range(6)]
    items = []
    for i in range(40):
        record = synth.card_payment()
        record["cardholder_name"] = names[(i * 7 + seed) % len(names)]
        record["memo"] = None
        items.append((record, RecordMeta(TOPIC, 0, i, record["event_time"])))
    schema = event_schemas(get_settings().schemas_dir)[TOPIC]

    def pipeline(decider: _CountingDecider) -> Pipeline:
        return Pipeline(Sanitizer(schema, Detector(), KEYRING), decider)

    one = _CountingDecider(cap=3)
    single = pipeline(one)
    alone = []
    for record, meta in items:
        outcome = single.process(record, meta)
        if outcome.record is not None:
            one.commit(outcome.decision)
        alone.append(outcome.decision.action)
    batched = _CountingDecider(cap=3)
    together = [o.decision.action for o in pipeline(batched).process_batch(items)]
    assert together == alone
    assert alone.count("quarantine") > 0 and len(one.counted) == 3 == len(batched.counted)
