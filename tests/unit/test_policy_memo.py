"""The decision memo is exact: with or without it, every decision is the same."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from agents.cli.policy import Pipelines, build_engine, read_policy
from agents.settings import PROJECT_ROOT, get_settings
from streams.policy import RecordMeta
from streams.policy.memo import literal_comparisons, timestamp_comparisons
from streams.synthetic import Synth

POLICY = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml")
KINDS = {"sz.payments.v1": "card_payment", "sz.remittances.v1": "remittance", "sz.kyc.v1": "kyc"}
PIPELINES = Pipelines(build_engine(POLICY, get_settings()), get_settings(), ner=None)

# envelope changes that move records between rules
MUTATIONS: list[tuple[tuple[str, ...], Any]] = [
    (("purpose",), None),
    (("purpose",), "fraud_analytics"),
    (("purpose",), "credit_reference"),
    (("legal_basis",), "contract_necessity"),
    (("legal_basis",), None),
    (("mechanism", "type"), "NONE"),
    (("mechanism", "type"), "SEC_ASSESSMENT"),
    (("mechanism", "filed_at"), None),
    (("mechanism", "valid_until"), 1_700_000_000_000),
    (("processor", "is_ciio"), True),
    (("processor", "registered_city"), "Beijing"),
    (("classification", "important_data"), True),
    (("classification", "spi"), False),
    (("consent", "separate_xborder"), False),
    (("consent", "guardian"), False),
    (("subject", "is_minor_u14"), True),
    (("subject", "residency"), "UNKNOWN"),
    (("recipient", "onward_destinations"), ["Singapore"]),
    (("origin", "collected_in"), "OVERSEAS"),
    (("pipia", "completed_at"), None),
    (("notice", "art39_version"), None),
    # instants around the record's own (R17 and Art. 55 compare instants)
    (("mechanism", "valid_until"), lambda r: r["event_time"] - 3_600_000),
    (("mechanism", "valid_until"), lambda r: r["event_time"]),
    (("mechanism", "effective_at"), lambda r: r["event_time"] + 3_600_000),
    (("pipia", "completed_at"), lambda r: r["event_time"] + 1),
    (("pipia", "completed_at"), lambda r: r["event_time"]),
]


def mutate(record: dict[str, Any], picks: list[int]) -> dict[str, Any]:
    out = copy.deepcopy(record)
    for n in picks:
        path, value = MUTATIONS[n]
        node = out["_meta"]
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value(out) if callable(value) else value
    return out


@settings(max_examples=25, deadline=None)
@given(
    st.integers(0, 10_000),
    st.lists(st.lists(st.integers(0, len(MUTATIONS) - 1), max_size=3), min_size=20, max_size=40),
    st.integers(0, 12_000),
)
def test_memo_and_no_memo_decide_every_record_alike(seed: int, mutations: list[list[int]], preload: int) -> None:
    s = get_settings()
    memo, plain = build_engine(POLICY, s), build_engine(POLICY, s)
    plain._memo_plan = None
    for engine in (memo, plain):
        engine.quotas.preload("sensitive_pi_subjects", 2026, preload)  # type: ignore[attr-defined]
        engine.quotas.preload("nonsensitive_pi_subjects", 2026, preload * 9)  # type: ignore[attr-defined]
    synth = Synth(seed)
    topics = list(KINDS)
    records = []
    for n, picks in enumerate(mutations):
        topic = topics[n % 3]
        record = getattr(synth, KINDS[topic])()
        records.append((topic, mutate(record, picks)))
        if n % 4 == 3:  # the same subject and envelope again: a memo hit, with the quota moved on
            records.append(records[-1])
    for n, (topic, record) in enumerate(records):
        pipeline = PIPELINES.for_topic(topic)
        findings, unclassified = pipeline.sanitizer.classify(record)
        meta = RecordMeta(topic, 0, n, record["event_time"])
        a = memo.decide(record, meta, findings, unclassified)
        b = plain.decide(record, meta, findings, unclassified)
        assert a.summary() == b.summary()
        assert (dict(a.transforms), a.allowed, a.quota_uses) == (dict(b.transforms), b.allowed, b.quota_uses)
        if a.crosses:
            memo.commit(a)
            plain.commit(b)
    assert memo.memo_hits > 0


def test_quota_calls_must_be_compared_with_literals_for_the_memo() -> None:
    assert literal_comparisons(['quota("a") > 10 && 5 <= quota("b")'], _quota()) == {"a": [10], "b": [5]}
    assert literal_comparisons(['quota("a") + 1 > 10'], _quota()) is None
    assert literal_comparisons(['quota("a") > config.limit'], _quota()) is None


def _quota() -> Any:
    from streams.policy.memo import _QUOTA_CALL

    return _QUOTA_CALL


def _twins(changes: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """One envelope, records that differ only in the given top-level fields."""
    import yaml

    bases = yaml.safe_load((PROJECT_ROOT / "tests" / "policy_cases" / "_bases.yaml").read_text(encoding="utf-8"))
    out = []
    for change in changes:
        base = copy.deepcopy(bases["kyc"])
        base["record"]["_meta"]["purpose"] = "fraud_analytics"
        base["record"]["_meta"]["mechanism"]["scope"]["purposes"] = ["fraud_analytics"]
        base["record"].update(change)
        out.append((base["topic"], base["record"]))
    return out


def _decide_both(records: list[tuple[str, dict[str, Any]]], preload: int) -> list[tuple[str, str]]:
    s = get_settings()
    memo, plain = build_engine(POLICY, s), build_engine(POLICY, s)
    plain._memo_plan = None
    for engine in (memo, plain):
        engine.quotas.preload("sensitive_pi_subjects", 2026, preload)  # type: ignore[attr-defined]
    out = []
    for n, (topic, record) in enumerate(records):
        findings, unclassified = PIPELINES.for_topic(topic).sanitizer.classify(record)
        meta = RecordMeta(topic, 0, n, record["event_time"])
        a, b = memo.decide(record, meta, findings, unclassified), plain.decide(record, meta, findings, unclassified)
        assert a.summary() == b.summary()
        assert a.quota_uses == b.quota_uses
        if a.crosses:
            memo.commit(a)
            plain.commit(b)
        out.append((a.action, a.rule))
    assert memo.memo_hits > 0
    return out


def test_the_memo_follows_a_quota_across_its_threshold() -> None:
    synth = Synth(3)
    people = [synth.ric() for _ in range(4)]
    decided = _decide_both(_twins([{"id_type": "CN_RESIDENT_ID", "id_number": p} for p in people]), 9_997)
    assert [a for a, _ in decided] == ["transform", "transform", "quarantine", "quarantine"]
    assert decided[2][1] == "R09-sensitive-pi-mechanism"


def test_the_memo_follows_a_subject_age() -> None:
    import datetime as dt

    synth = Synth(4)
    child, adult = synth.ric(born=dt.date(2016, 5, 1)), synth.ric(born=dt.date(1980, 5, 1))
    records = _twins([{"id_type": "CN_RESIDENT_ID", "id_number": p} for p in (adult, child, adult, child)])
    decided = _decide_both(records, 0)
    assert [a for a, _ in decided] == ["transform", "quarantine", "transform", "quarantine"]


def test_the_memo_follows_an_age_from_a_date_of_birth_field() -> None:
    import datetime as dt

    days = [(d - dt.date(1970, 1, 1)).days for d in (dt.date(1980, 5, 1), dt.date(2016, 5, 1), dt.date(2012, 11, 1))]
    hkid = {"id_type": "HK_ID", "id_number": "WX370283(7)"}
    records = _twins([{**hkid, "date_of_birth": d} for d in (days[0], days[1], days[0], days[1], days[2])])
    decided = _decide_both(records, 0)
    # the last is born 2012-11-01 and the record is of 2026-11-01: still under 14 on the birthday
    assert [a for a, _ in decided] == ["transform", "quarantine", "transform", "quarantine", "quarantine"]


def test_entity_types_are_grouped_only_when_no_condition_can_tell_them_apart() -> None:
    from streams.policy.memo import entity_classes

    cats = {"spi": ["CN_RESIDENT_ID", "HK_ID", "AUTH_SECRET"], "pi": ["PERSON"]}
    types = ["CN_RESIDENT_ID", "HK_ID", "AUTH_SECRET", "PERSON"]
    safe = ['has_category("spi") && field_entities.exists(t, t != "AUTH_SECRET")']
    groups = entity_classes(safe, cats, types, uses_findings=False)
    assert groups is not None
    assert groups["CN_RESIDENT_ID"] == groups["HK_ID"] != groups["PERSON"]
    assert groups["AUTH_SECRET"] == "AUTH_SECRET"  # named in a condition: a group of its own
    assert entity_classes(['has_entity("HK_ID")'], cats, types, False)["HK_ID"] == "HK_ID"  # type: ignore[index]
    assert entity_classes(["size(field_entities) > 1"], cats, types, False) is None  # counts types: exact only
    assert entity_classes(['text_entities.exists(t, t.startsWith("CN"))'], cats, types, False) is None
    assert entity_classes(safe, cats, types, uses_findings=True) is None


def test_the_memo_keys_on_where_instants_stand_against_the_timestamp_not_on_the_timestamp() -> None:
    assert timestamp_comparisons(["record.a.b <= meta.timestamp && meta.timestamp < record.c"]) == (("a", "b"), ("c",))
    assert timestamp_comparisons(["record.a + 5 < meta.timestamp"]) is None
    assert timestamp_comparisons(["meta.timestamp - 5 < record.a"]) is None
    assert timestamp_comparisons(["meta.timestamp < record.a.size()"]) is None
    assert timestamp_comparisons(["day(meta.timestamp) == meta.date"]) is None
    plan = PIPELINES.engine._memo_plan
    assert plan is not None and plan.timestamp_paths
    assert plan.meta_fields is not None and "timestamp" not in plan.meta_fields
