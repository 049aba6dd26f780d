"""Pipeline.process times its stages into a dict when given one (the worker reports them as
corridor_stage_seconds{stage}), and the outcome is the same with or without it."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from agents.cli.policy import Pipelines, build_engine, read_policy
from agents.settings import PROJECT_ROOT, get_settings
from streams.detect.findings import Finding
from streams.pipeline import Pipeline
from streams.policy import RecordMeta
from streams.policy.engine import Decision
from streams.synthetic import Synth
from streams.transform import DEFAULT_TRANSFORMS, TransformSpec

TOPIC = "sz.payments.v1"
META = RecordMeta(TOPIC, 0, 1, 1_780_000_000_000)
STAGES = {"classify", "decide", "transform", "verify"}


@functools.cache
def _pipeline() -> Pipeline:
    s = get_settings()
    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", s)
    return Pipelines(build_engine(policy, s), s, ner=None).for_topic(TOPIC)


class _Transform:
    """Transforms every record with the default operators, the ``keep`` types allowed."""

    version = "test"

    @property
    def transforms(self) -> Mapping[str, TransformSpec]:
        return DEFAULT_TRANSFORMS

    def decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Iterable[str] = (),
        detector_error: bool = False,
    ) -> Decision:
        kept = frozenset(t for t, s in DEFAULT_TRANSFORMS.items() if s.op == "keep")
        return Decision("transform", "test", ("test",), "test", (), "hk", DEFAULT_TRANSFORMS, kept)

    def commit(self, decision: Decision) -> None:
        pass


def test_the_four_stages_are_timed_when_a_dict_is_given() -> None:
    pipeline = Pipeline(_pipeline().sanitizer, _Transform())
    record = Synth(seed=11).card_payment()
    timings: dict[str, float] = {}
    timed = pipeline.process(record, META, timings)
    assert set(timings) == STAGES
    assert all(isinstance(t, float) and 0.0 <= t < 60.0 for t in timings.values())
    assert timed.decision.action == "transform" and timed.record is not None
    untimed = pipeline.process(record, META)
    assert untimed.decision == timed.decision
    assert untimed.violations == timed.violations


def test_a_record_that_does_not_cross_has_no_transform_or_verify_time() -> None:
    record = Synth(seed=12).card_payment()
    timings: dict[str, float] = {}
    outcome = _pipeline().process(record, RecordMeta(TOPIC, 0, 1, 10**20), timings)  # undecidable
    assert outcome.decision.rule == "defaults.decide_error"
    assert set(timings) == {"classify"}
