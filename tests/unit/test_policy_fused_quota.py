"""A quota's ``counts_when`` joins the rules' combined evaluation: decisions and quota uses stay
those of evaluating it on its own, whatever it evaluates to (true, false, an error, not a bool)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from streams.detect.findings import Finding
from streams.policy import PolicyEngine, RecordMeta, load_policy

META = RecordMeta("sz.payments.v1", 0, 1, 1_780_000_000_000)
DOC: dict[str, Any] = {
    "version": "f-1",
    "categories": {"spi": ["CN_RESIDENT_ID"]},
    "definitions": {"counted": "record.kind == 'a' || record.kind == def.also"},
    "rules": [
        {"id": "over", "when": 'quota("subjects") > 2', "action": "quarantine"},
        {"id": "home", "when": "record.home == true", "action": "retain"},
        {"id": "send", "when": "true", "action": "forward"},
    ],
    "quotas": {
        "subjects": {"categories": ["spi"], "thresholds": [2], "counts_when": "def.counted"},
        # no rule asks for this one: only the fused evaluation decides whether a record counts
        "others": {"categories": ["spi"], "thresholds": [5], "counts_when": "def.counted && record.home != true"},
    },
    "routes": {"sz.payments.v1": "hk.payments.v1"},
}


def _engine(doc: dict[str, Any]) -> PolicyEngine:
    policy = load_policy(yaml.safe_dump(doc), "f.yaml")
    return PolicyEngine(policy, lambda kind, value: f"h:{kind}:{value}", memo=False)


def _ric(value: str) -> Finding:
    return Finding("CN_RESIDENT_ID", 0, len(value), 1.0, "schema:id", "id", True)


# kind: counted ("a"), not counted ("b"), missing (an error), an int (counts_when is not a bool)
RECORDS: list[dict[str, Any]] = [
    {"kind": kind, "home": home, "id": f"11010519491231002{n}"}
    for n, (kind, home) in enumerate([("a", False), ("b", False), ("a", True), ("a", False), ("b", True)])
]
RECORDS += [{"home": False, "id": "110105194912310029"}, {"kind": 7, "home": False, "id": "110105194912310030"}]


@pytest.mark.parametrize("also", ["'x'", "record.home ? 'b' : 'z'", "record.nothing"])
def test_when_counts_when_is_fused_then_decisions_equal_the_rule_by_rule_ones(also: str) -> None:
    doc = {**DOC, "definitions": {**DOC["definitions"], "also": also}}
    fused, alone = _engine(doc), _engine(doc)
    assert sorted(fused._fused_whens) == ["def.counted", "def.counted && record.home != true"]
    for n, record in enumerate(RECORDS * 2):
        meta = RecordMeta(META.topic, 0, n, META.timestamp_ms)
        findings = [_ric(record["id"])]
        a = fused.decide(record, meta, findings)
        _results, b = alone.explain(record, meta, findings)  # every rule and quota on its own
        assert a.summary() == b.summary()
        assert a.quota_uses == b.quota_uses
        if a.crosses:
            fused.commit(a)
            alone.commit(b)
    for name in ("subjects", "others"):
        assert fused.quotas.count(name, 2026) == alone.quotas.count(name, 2026)
    assert fused.quotas.count("others", 2026) > 0


def test_when_counts_when_fails_to_evaluate_then_a_counted_record_is_quarantined() -> None:
    e = _engine({**DOC, "definitions": {**DOC["definitions"], "also": "'x'"}})
    d = e.decide({"home": False, "id": "110105194912310029"}, META, [_ric("110105194912310029")])
    assert d.action == "quarantine"
    assert any(rule.startswith("quota.") for rule, _code in d.errors)


def test_when_counts_when_calls_quota_then_it_is_not_fused() -> None:
    doc = {**DOC, "definitions": {**DOC["definitions"], "also": "quota('others') > 0 ? 'a' : 'z'"}}
    assert _engine(doc)._fused_whens == []
    doc["quotas"] = {**DOC["quotas"], "others": {**DOC["quotas"]["others"], "counts_when": "record.home != true"}}
    assert _engine(doc)._fused_whens == ["record.home != true"]
