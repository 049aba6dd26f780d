"""The default policy against its example records, and the policy CLIs that run them."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

from agents.cli import main
from agents.cli.policy import Case, Expect, Pipelines, build_engine, check_steps, load_cases, read_policy, run_steps
from agents.settings import PROJECT_ROOT, get_settings
from streams.synthetic import Synth

DEFAULT = PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml"
CASES = PROJECT_ROOT / "tests" / "policy_cases"
POLICY = read_policy(DEFAULT)
BASES, ALL_CASES = load_cases(CASES)


@pytest.fixture(scope="module")
def pipelines() -> Pipelines:
    settings = get_settings()
    return Pipelines(build_engine(POLICY, settings), settings, ner=None)


@pytest.mark.parametrize(("file", "case"), ALL_CASES, ids=[f"{f}:{c.name}" for f, c in ALL_CASES])
def test_the_default_policy_decides_each_case_as_expected(file: str, case: Case, pipelines: Pipelines) -> None:
    steps = run_steps(POLICY, pipelines, get_settings(), BASES, case)
    assert check_steps(steps) == [], [outcome.decision.summary() for _, _, outcome in steps]


def test_every_rule_of_the_default_policy_has_a_case_where_it_fires_and_one_where_it_does_not() -> None:
    expects: list[Expect] = [e for _, c in ALL_CASES for _, _, _, e in c.expectations()]
    fires = {r for e in expects for r in e.fires} | {e.rule for e in expects}
    quiet = {r for e in expects for r in e.not_fires}
    ids = {r.id for r in POLICY.rules}
    assert ids - fires == set(), "rules no case shows firing"
    assert ids - quiet == set(), "rules no case shows staying quiet"


def test_policy_test_exits_0_when_all_pass_and_1_on_a_mismatch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "test", str(DEFAULT), "--cases", str(CASES)]) == 0
    records = sum(len(c.expectations()) for _, c in ALL_CASES)
    assert f"{records} passed, 0 failed" in capsys.readouterr().out
    shutil.copy(CASES / "_bases.yaml", tmp_path / "_bases.yaml")
    wrong = (CASES / "r00_no_pi.yaml").read_text(encoding="utf-8").replace("action: forward", "action: retain")
    (tmp_path / "wrong.yaml").write_text(wrong, encoding="utf-8")
    assert main(["policy", "test", str(DEFAULT), "--cases", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "1 passed, 1 failed" in out
    (tmp_path / "wrong.yaml").unlink()
    case = {
        "name": "json case",
        "base": "payment",
        "expect": {"action": "transform", "rule": "R14-pseudonymise-structured-pi"},
    }
    (tmp_path / "case.json").write_text(json.dumps({"cases": [case]}), encoding="utf-8")
    assert main(["policy", "test", str(DEFAULT), "--cases", str(tmp_path)]) == 0  # JSON case files too
    assert "1 passed, 0 failed" in capsys.readouterr().out
    (tmp_path / "broken.yaml").write_text(
        "cases: [{name: x, base: nowhere, expect: {action: retain}}]", encoding="utf-8"
    )
    assert main(["policy", "test", str(DEFAULT), "--cases", str(tmp_path)]) == 2
    assert "unknown base 'nowhere'" in capsys.readouterr().err


def test_policy_explain_shows_every_rule_and_the_decision(capsys: pytest.CaptureFixture[str]) -> None:
    record = dict(BASES["payment"].record)
    record["_meta"] = dict(record["_meta"], classification=dict(record["_meta"]["classification"], important_data=True))
    assert (
        main(["policy", "explain", str(DEFAULT), "--record", json.dumps(record), "--topic", "sz.payments.v1", "--json"])
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert [r["rule"] for r in doc["rules"]] == [r.id for r in POLICY.rules]
    matched = {r["rule"] for r in doc["rules"] if r["matched"]}
    assert "R01-important-data-stays" in matched
    assert doc["decision"]["action"] == "retain"
    assert doc["decision"]["rule"] == "R01-important-data-stays"
    assert record["card_number"] not in json.dumps(doc)  # types and ids, never values
    assert main(["policy", "explain", str(DEFAULT), "--record", "{not json"]) == 2


def test_sanitize_with_a_policy_prints_action_rule_route_and_the_sanitized_record(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    synth = Synth(5)
    records = [synth.card_payment() for _ in range(20)]
    records[3]["_meta"]["classification"]["important_data"] = True
    lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    schema = PROJECT_ROOT / "schemas" / "card_payment.avsc"
    assert main(["sanitize", "--schema", str(schema), "--policy", str(DEFAULT), "--ner", "none"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == len(records)
    assert out[3]["action"] == "retain" and out[3]["record"] is None
    crossed = [o for o in out if o["action"] == "transform"]
    assert len(crossed) == len(records) - 1
    for doc, original in zip(out, records, strict=True):
        if doc["record"] is None:
            continue
        assert doc["route"] == "hk.payments.v1"
        assert doc["policy_version"] == POLICY.version
        assert original["card_number"] not in json.dumps(doc, ensure_ascii=False)
        digits = [re.sub(r"\D", "", x) for x in (doc["record"]["card_number"], original["card_number"])]
        assert digits[0][:6] == digits[1][:6] and digits[0] != digits[1]  # fpe keeps the BIN, not the number


def test_sanitize_with_a_shadow_policy_reports_what_it_would_decide_differently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    candidate = tmp_path / "candidate.yaml"
    text = DEFAULT.read_text(encoding="utf-8")
    candidate.write_text(
        text.replace('version: "2026.11-1"', 'version: "2026.12-rc1"').replace(
            '    when: def.spi && record._meta.legal_basis == "consent" && !record._meta.consent.separate_spi',
            '    when: def.spi && record._meta.legal_basis == "consent"',
        ),
        encoding="utf-8",
    )
    synth = Synth(6)
    records = [synth.kyc() for _ in range(12)]
    for r in records:
        r["_meta"]["legal_basis"] = "consent"
    records[0]["_meta"]["legal_basis"] = "contract_necessity"
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(json.dumps(r, ensure_ascii=False) for r in records)))
    schema = PROJECT_ROOT / "schemas" / "kyc.avsc"
    args = ["sanitize", "--schema", str(schema), "--policy", str(DEFAULT), "--shadow", str(candidate), "--ner", "none"]
    assert main(args) == 0
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert "shadow" not in out[0]  # contract necessity: both policies transform it
    assert all(o["shadow"]["rule"] == "R12-sensitive-consent-not-separate" for o in out[1:])
    assert all(o["action"] == "transform" for o in out)  # the active policy still decides
    assert "transform -> quarantine: 11" in captured.err


@pytest.mark.parametrize(
    ("case", "path"),
    [
        ({"record": {"_meta": {"subject": {"is_minor": True}}}}, "record._meta.subject.is_minor"),
        ({"record": {"cardholder_nmae": "x"}}, "record.cardholder_nmae"),
        ({"record": {"_meta": {"consent": {"subject": {"is_minor_u14": True}}}}}, "record._meta.consent.subject"),
        ({"meta": {"timestmp": 1}}, "meta.timestmp"),
        ({"expect": {"action": "quarantine", "rule": "R13-minor-without-guardien"}}, "expect.rule"),
        ({"expect": {"action": "transform", "not_fires": ["R99-nothing"]}}, "expect.not_fires[0]"),
        ({"quotas": {"sensitive_subjects": 3}}, "quotas.sensitive_subjects"),
    ],
)
def test_a_case_key_or_rule_id_the_schema_or_policy_does_not_know_is_an_error_naming_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: dict[str, object], path: str
) -> None:
    shutil.copy(CASES / "_bases.yaml", tmp_path / "_bases.yaml")
    doc = {"name": "drift", "base": "payment", "expect": {"action": "transform"}, **case}
    (tmp_path / "c.yaml").write_text("cases:\n  - " + json.dumps(doc) + "\n", encoding="utf-8")
    assert main(["policy", "test", str(DEFAULT), "--cases", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert path in err and "c.yaml:2" in err


def test_policy_explain_refuses_a_key_the_schema_does_not_know(capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(json.dumps(BASES["payment"].record))
    record["_meta"]["subject"]["is_minor"] = True
    args = ["policy", "explain", str(DEFAULT), "--record", json.dumps(record), "--topic", "sz.payments.v1"]
    assert main(args) == 2
    assert "record._meta.subject.is_minor" in capsys.readouterr().err
    assert main([*args[:-4], "--record", json.dumps(BASES["payment"].record), "--meta", '{"offest": 1}']) == 2
    assert "--meta.offest" in capsys.readouterr().err


def test_policy_explain_reports_each_condition_quotas_topic_and_route(capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(json.dumps(BASES["payment"].record))
    record["_meta"]["purpose"] = "fraud_analytics"
    record["_meta"]["mechanism"].update(type="CN_SCC", scope=dict(record["_meta"]["mechanism"]["scope"]))
    record["_meta"]["mechanism"]["scope"]["purposes"] = ["fraud_analytics"]
    args = ["policy", "explain", str(DEFAULT), "--record", json.dumps(record), "--json"]
    assert main([*args, "--quotas", '{"sensitive_pi_subjects": 9999}']) == 0  # a new subject: the 10,000th
    doc = json.loads(capsys.readouterr().out)
    assert doc["topic"] == "sz.payments.v1" and doc["topic_assumed"] is True
    assert doc["decision"]["rule"] == "R09-sensitive-pi-mechanism" and doc["route"] is None
    rules = {r["rule"]: r for r in doc["rules"]}
    r10 = [c for c in rules["R10-gba-contract-conditions"]["conditions"] if c["depth"] == 1]
    assert len(r10) == 7 and {c["value"] for c in r10} == {"true"}
    r09 = {c["condition"]: c["value"] for c in rules["R09-sensitive-pi-mechanism"]["conditions"]}
    assert r09["def.at_10k_sensitive"] == "true"
    # the same count, with this record's subject among those counted: no longer a new subject
    assert main([*args, "--quotas", '{"sensitive_pi_subjects": 9999}', "--seen", "sensitive_pi_subjects"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["quotas"]["sensitive_pi_subjects"] == {"count": 9999, "subject_counted": True}
    assert doc["decision"]["action"] == "transform" and doc["route"] == "hk.payments.v1"
    record["amount_minor"] = "a lot"
    assert main(["policy", "explain", str(DEFAULT), "--record", json.dumps(record)]) == 2
    assert "amount_minor" in capsys.readouterr().err


def test_policy_test_json_gives_every_record_of_every_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy", "test", str(DEFAULT), "--cases", str(CASES), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["failed"] == 0 and doc["passed"] == len(doc["cases"]) > len(ALL_CASES)  # steps count one by one
    steps = [c for c in doc["cases"] if c["case"].startswith("the year rolls over")]
    assert [(c["action"], c["ok"]) for c in steps] == [("quarantine", True), ("transform", True)]
    shutil.copy(CASES / "_bases.yaml", tmp_path / "_bases.yaml")
    both = {
        "name": "x",
        "base": "payment",
        "expect": {"action": "forward"},
        "steps": [{"expect": {"action": "forward"}}],
    }
    (tmp_path / "c.yaml").write_text("cases:\n  - " + json.dumps(both) + "\n", encoding="utf-8")
    assert main(["policy", "test", str(DEFAULT), "--cases", str(tmp_path), "--json"]) == 2
    assert "an expect, or steps" in capsys.readouterr().err
    one = {"name": "wrong", "base": "payment", "expect": {"action": ["retain", "forward"]}}
    (tmp_path / "c.yaml").write_text("cases:\n  - " + json.dumps(one) + "\n", encoding="utf-8")
    assert main(["policy", "test", str(DEFAULT), "--cases", str(tmp_path), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["cases"][0]["problems"] == ["action transform (expected retain|forward)"]
