"""Verify gains the names' recall: a Chinese (or romanised) name without a title or a context word,
left in a free-text field by a policy that forgot PERSON, is caught on egress."""

from __future__ import annotations

from typing import Any

import pytest
from deciders import FixedDecider
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.engine import Detector
from streams.pipeline import Pipeline
from streams.policy.engine import RecordMeta
from streams.sanitize import Sanitizer
from streams.synthetic import Synth
from streams.transform import DEFAULT_TRANSFORMS, TransformSpec

SCHEMA = event_schemas(Settings().schemas_dir)["sz.payments.v1"]
META = RecordMeta("sz.payments.v1", 0, 1, 1_780_000_000_000)
# the policy forgot names: it keeps them in text, and does not allow them to cross
FORGOT_PERSON = {**DEFAULT_TRANSFORMS, "PERSON": TransformSpec(op="keep")}


def _payment(memo: str) -> dict[str, Any]:
    record = Synth(seed=5).card_payment()
    record["memo"] = memo
    return record


MEMOS = ["汇款给刘思远，用途：货款", "轉賬俾陳大文，食飯錢", "Refund LEUNG Wai-man HKD 300"]


@pytest.mark.parametrize("memo", MEMOS)
def test_a_name_a_policy_forgot_is_an_egress_leak(memo: str) -> None:
    sanitizer = Sanitizer(SCHEMA, Detector(), KEYRING)
    outcome = Pipeline(sanitizer, FixedDecider("transform", FORGOT_PERSON)).process(_payment(memo), META)
    assert outcome.decision.action == "quarantine" and outcome.decision.rule == "verify.egress_leak"
    assert ("memo", "PERSON") in {(v.path, v.entity_type) for v in outcome.violations}
    assert outcome.record is None


@pytest.mark.parametrize("memo", MEMOS)
def test_without_names_anywhere_the_same_name_crossed(memo: str) -> None:
    """What the issue reported: the context-only recognizers let these names through."""
    sanitizer = Sanitizer(SCHEMA, Detector(names_anywhere=False), KEYRING)
    outcome = Pipeline(sanitizer, FixedDecider("transform", FORGOT_PERSON)).process(_payment(memo), META)
    assert ("memo", "PERSON") not in {(v.path, v.entity_type) for v in outcome.violations}
