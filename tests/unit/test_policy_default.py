"""The default policy on records the case format cannot hold, and on what crosses (values)."""

from __future__ import annotations

import json

import pytest

from agents.policy_cli import Case, Pipelines, build_engine, load_cases, read_policy, run_case
from agents.settings import PROJECT_ROOT, get_settings

DEFAULT = PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml"
POLICY = read_policy(DEFAULT)
BASES, _ = load_cases(PROJECT_ROOT / "tests" / "policy_cases")
PERSONAL_USCC = "92440300MA5F3K7Q18"


@pytest.fixture(scope="module")
def pipelines() -> Pipelines:
    settings = get_settings()
    return Pipelines(build_engine(POLICY, settings), settings, ner=None)


def crossed(pipelines: Pipelines, record: dict[str, object], base: str = "payment") -> dict[str, object]:
    case = Case.model_validate({"name": "t", "base": base, "record": record, "expect": {"action": "transform"}})
    outcome = run_case(POLICY, pipelines, get_settings(), BASES, case)
    assert outcome.decision.action == "transform", outcome.decision.summary()
    assert outcome.record is not None
    return outcome.record


def test_an_individual_business_uscc_never_crosses_raw(pipelines: Pipelines) -> None:
    out = crossed(pipelines, {"merchant_uscc": PERSONAL_USCC, "memo": f"个体户 统一社会信用代码 {PERSONAL_USCC} 收款"})
    text = json.dumps(out, ensure_ascii=False, default=str)
    assert PERSONAL_USCC not in text
    assert str(out["merchant_uscc"]).startswith("tok_")
    company = crossed(pipelines, {"memo": "统一社会信用代码 914403036LX51LHX61"})
    assert "914403036LX51LHX61" in str(company["memo"]) and company["merchant_uscc"] == "914403036LX51LHX61"
