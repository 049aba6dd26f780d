"""Nothing but an Outcome comes out of Pipeline.process: every error inside the core becomes a
quarantine that names the error's type, never its message (messages can quote values)."""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agents.cli.policy import Pipelines, build_engine, read_policy
from agents.settings import PROJECT_ROOT, get_settings
from streams.pipeline import Outcome, Pipeline
from streams.policy import RecordMeta
from streams.synthetic import Synth

TOPIC = "sz.payments.v1"
# a reason a safety net adds: its rule, then the error's type name alone
_ERROR_REASON = re.compile(r"^defaults\.(decide|transform)_error: [A-Za-z_][A-Za-z0-9_]*$")


@functools.cache
def _pipeline() -> Pipeline:
    s = get_settings()
    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", s)
    return Pipelines(build_engine(policy, s), s, ner=None).for_topic(TOPIC)


def _check(outcome: Outcome) -> None:
    assert isinstance(outcome, Outcome)
    d = outcome.decision
    assert d.action in ("retain", "quarantine", "transform", "forward")
    if d.rule in ("defaults.decide_error", "defaults.transform_error"):
        assert outcome.record is None and d.route is None and not d.quota_uses
        assert any(_ERROR_REASON.match(r) for r in d.reasons), d.reasons
    if not d.crosses:
        assert outcome.record is None


@pytest.mark.parametrize("timestamp", [10**20, -(10**20), 2**63, -(2**63) - 1, 253_402_300_800_000])
def test_a_timestamp_out_of_range_is_quarantined_not_raised(timestamp: int) -> None:
    record = Synth(seed=5).card_payment()
    outcome = _pipeline().process(record, RecordMeta(TOPIC, 0, 1, timestamp))
    assert outcome.decision.action == "quarantine"
    assert outcome.decision.rule == "defaults.decide_error"
    assert outcome.record is None
    _check(outcome)


class _Exploding:
    """A decider whose decide raises with a value in its message."""

    version = "test"
    transforms: ClassVar[dict[str, Any]] = {}

    def decide(self, *args: Any, **kwargs: Any) -> Any:
        raise KeyError("6222021234567890123")

    def commit(self, decision: Any) -> None:
        raise AssertionError("never committed")


def test_an_error_while_deciding_names_its_type_never_its_message() -> None:
    pipeline = Pipeline(_pipeline().sanitizer, _Exploding())
    outcome = pipeline.process(Synth(seed=6).card_payment(), RecordMeta(TOPIC, 0, 1, 1_780_000_000_000))
    assert outcome.decision.rule == "defaults.decide_error"
    assert outcome.decision.reasons == ("defaults.decide_error: KeyError",)
    assert outcome.decision.errors == (("decide", "KeyError"),)
    assert "6222021234567890123" not in repr(outcome.decision)


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.binary(max_size=20),
    st.sampled_from(["4111111111111111", "110101199003074477", "13800138000", "", " ", "\x00", "İ"]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def _field_names() -> list[str]:
    return [str(f["name"]) for f in _pipeline().sanitizer.schema["fields"]]


@st.composite
def _records(draw: st.DrawFn) -> dict[str, Any]:
    """A real record with some fields replaced, removed or added, or an arbitrary mapping."""
    if draw(st.booleans()):
        record: dict[str, Any] = Synth(seed=draw(st.integers(0, 50))).card_payment()
        names = _field_names()
        for _ in range(draw(st.integers(0, 4))):
            name = draw(st.sampled_from(names))
            if draw(st.booleans()):
                record[name] = draw(_VALUES)
            else:
                record.pop(name, None)
        if draw(st.booleans()):
            meta = record.get("_meta")
            if isinstance(meta, dict) and meta:
                record["_meta"] = {**meta, draw(st.sampled_from(sorted(meta))): draw(_VALUES)}
        return record
    return draw(st.dictionaries(st.text(max_size=10), _VALUES, max_size=6))


_METAS = st.builds(
    RecordMeta,
    topic=st.one_of(st.sampled_from([TOPIC, "sz.kyc.v1", "sz.remittances.v1"]), st.text(max_size=12)),
    partition=st.integers(),
    offset=st.integers(),
    timestamp_ms=st.one_of(
        st.integers(min_value=1_600_000_000_000, max_value=1_900_000_000_000),
        st.integers(min_value=-(2**66), max_value=2**66),
        st.sampled_from([0, -1, 10**15, -(10**15), 2**63, -(2**63) - 1]),
    ),
    headers=st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=2),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=_records(), meta=_METAS)
def test_pipeline_process_returns_an_outcome_for_any_record_and_meta(record: dict[str, Any], meta: RecordMeta) -> None:
    outcome = _pipeline().process(record, meta)
    _check(outcome)
