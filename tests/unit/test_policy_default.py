"""The default policy on records the case format cannot hold, and on what crosses (values)."""

from __future__ import annotations

import json

import pytest

from agents.cli.policy import Case, Pipelines, build_engine, load_cases, read_policy, run_case
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


def test_identifiers_in_free_text_are_redacted_to_their_type_not_given_their_field_token(
    pipelines: Pipelines,
) -> None:
    # RULES.md R15 and T07: the payer's resident ID in the remark is redacted; the field keeps a token
    payer = str(BASES["remittance"].record["payer_id_number"])
    out = crossed(pipelines, {"remark": f"payer ID {payer}; Passport G55799065"}, base="remittance")
    remark, field = str(out["remark"]), str(out["payer_id_number"])
    assert field.startswith("tok_")
    assert payer not in remark and field not in remark and "tok_" not in remark
    assert remark == "payer ID [CN_RESIDENT_ID]; Passport [CN_PASSPORT]"


def test_a_rule_operator_without_in_text_keeps_the_policy_text_redaction() -> None:
    from streams.policy.engine import _with_text_operator
    from streams.transform import TransformSpec

    default = TransformSpec(op="hmac", in_text=TransformSpec(op="mask"))
    kept = _with_text_operator(TransformSpec(op="keep"), default)
    assert kept.op == "keep" and kept.in_text == TransformSpec(op="mask")
    dropped = _with_text_operator(TransformSpec(op="drop"), default)
    assert dropped == TransformSpec(op="drop")
