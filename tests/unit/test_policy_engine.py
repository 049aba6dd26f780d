"""The decision engine: deny-overrides, merged transforms, defaults that fail closed, quotas."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.findings import Finding
from streams.policy import InMemoryQuotaStore, PolicyEngine, RecordMeta, load_policy, year_of
from streams.policy.cel import referenced_paths, to_cel

BASE: dict[str, Any] = {
    "version": "e-1",
    "categories": {"pi": ["PERSON", "PHONE_NUMBER"], "spi": ["CN_RESIDENT_ID", "CREDIT_CARD"]},
    "rules": [
        {"id": "keep-home", "when": "record.flag == 'home'", "action": "retain"},
        {"id": "block", "when": "record.flag == 'block'", "action": "quarantine"},
        {
            "id": "mask-people",
            "when": 'has_category("pi")',
            "action": "transform",
            "transforms": {"PERSON": {"op": "mask"}},
        },
        {
            "id": "drop-people",
            "when": "record.amount > 100",
            "action": "transform",
            "transforms": {"PERSON": {"op": "drop"}, "PHONE_NUMBER": {"op": "encrypt"}},
        },
        {"id": "clean", "when": '!has_category("pi") && !has_category("spi")', "action": "forward"},
    ],
    "routes": {"sz.payments.v1": "hk.payments.v1"},
}
META = RecordMeta("sz.payments.v1", 0, 42, 1_780_000_000_000)


def engine(doc: dict[str, Any] | None = None, store: InMemoryQuotaStore | None = None) -> PolicyEngine:
    policy = load_policy(yaml.safe_dump(doc or BASE), "t.yaml")
    return PolicyEngine(policy, lambda kind, value: f"h:{kind}:{value}", store)


def person(path: str = "name") -> Finding:
    return Finding("PERSON", 0, 4, 1.0, f"schema:{path}", path, True)


def test_the_most_restrictive_matching_action_wins() -> None:
    e = engine()
    assert e.decide({"flag": "x", "amount": 1}, META, []).action == "forward"
    assert e.decide({"flag": "x", "amount": 1}, META, [person()]).action == "transform"
    blocked = e.decide({"flag": "block", "amount": 1}, META, [person()])
    assert (blocked.action, blocked.rule) == ("quarantine", "block")
    assert blocked.matched == ("block", "mask-people")
    home = e.decide({"flag": "home", "amount": 1}, META, [person()])
    assert (home.action, home.rule, home.route) == ("retain", "keep-home", None)
    assert home.version == "e-1"
    assert any(r.startswith("keep-home") for r in home.reasons)


@settings(max_examples=30, deadline=None)
@given(st.permutations(range(len(BASE["rules"]))), st.sampled_from(["home", "block", "x"]), st.integers(0, 200))
def test_the_order_of_rules_never_changes_the_action(order: list[int], flag: str, amount: int) -> None:
    shuffled = dict(BASE, rules=[BASE["rules"][i] for i in order])
    record = {"flag": flag, "amount": amount}
    a, b = engine().decide(record, META, [person()]), engine(shuffled).decide(record, META, [person()])
    # the deciding rule is the first of the winning action in file order; everything else is order-free
    assert (a.action, set(a.matched), dict(a.transforms)) == (b.action, set(b.matched), dict(b.transforms))


def test_transforms_of_every_matching_rule_apply_together_most_restrictive_first() -> None:
    e = engine()
    only_mask = e.decide({"flag": "x", "amount": 1}, META, [person()])
    assert only_mask.transforms["PERSON"].op == "mask"
    both = e.decide({"flag": "x", "amount": 500}, META, [person()])
    assert both.action == "transform"
    assert both.transforms["PERSON"].op == "drop"  # drop beats mask
    assert both.transforms["PHONE_NUMBER"].op == "encrypt"
    assert both.transforms["CREDIT_CARD"].op == "fpe"  # the per-type default stays
    assert "CN_USCC" in both.allowed and "PERSON" not in both.allowed


def test_defaults_fail_closed() -> None:
    e = engine()
    record = {"flag": "x", "amount": 1}
    drift = e.decide(record, META, [], unclassified=["new_field"])
    assert (drift.action, drift.rule) == ("quarantine", "defaults.unclassified_field")
    broken = e.decide(record, META, [], detector_error=True)
    assert (broken.action, broken.rule) == ("quarantine", "defaults.detector_error")
    unrouted = e.decide(record, RecordMeta("sz.kyc.v1", 0, 1, META.timestamp_ms), [])
    assert (unrouted.action, unrouted.rule, unrouted.route) == ("quarantine", "defaults.no_route", None)
    nothing = engine(dict(BASE, rules=[BASE["rules"][0]])).decide(record, META, [])
    assert (nothing.action, nothing.rule) == ("quarantine", "defaults.no_rule_matched")


def test_a_condition_that_cannot_be_evaluated_quarantines_and_names_only_a_code() -> None:
    doc = dict(
        BASE, rules=[*BASE["rules"], {"id": "fragile", "when": "record.missing.deeper == 1", "action": "forward"}]
    )
    decision = engine(doc).decide({"flag": "x", "amount": 1, "secret": "4111111111111111"}, META, [])
    assert (decision.action, decision.rule) == ("quarantine", "defaults.evaluation_error")
    assert decision.errors == (("fragile", "NOT_FOUND"),)
    assert "4111" not in repr(decision.summary())


def test_a_policy_may_choose_other_defaults() -> None:
    doc = dict(BASE, defaults={"unclassified_field": "transform"})
    assert engine(doc).decide({"flag": "x", "amount": 1}, META, [], ["f"]).action == "transform"


def test_explain_lists_every_rule() -> None:
    results, decision = engine().explain({"flag": "block", "amount": 500}, META, [person()])
    assert [r.rule for r in results] == [r["id"] for r in BASE["rules"]]
    assert {r.rule: r.matched for r in results} == {
        "keep-home": False,
        "block": True,
        "mask-people": True,
        "drop-people": True,
        "clean": False,
    }
    assert decision.action == "quarantine"


QUOTA_DOC: dict[str, Any] = dict(
    BASE,
    rules=[
        {"id": "over", "when": 'quota("subjects") > 3', "action": "quarantine"},
        {"id": "send", "when": "true", "action": "forward"},
    ],
    quotas={"subjects": {"categories": ["spi"], "thresholds": [3]}},
)


def ric(value: str) -> Finding:
    return Finding("CN_RESIDENT_ID", 0, len(value), 1.0, "schema:id", "id", True)


def test_quota_counts_distinct_subjects_and_blocks_past_the_threshold() -> None:
    e = engine(QUOTA_DOC)
    sent = []
    for n in ["1", "2", "3", "1", "4", "2"]:
        record = {"id": f"11010519491231002{n}"}
        d = e.decide(record, META, [ric(record["id"])])
        if d.crosses:
            e.commit(d)
        sent.append(d.action)
    # subjects 1, 2, 3 pass; 1 again passes (not new); the 4th distinct subject is over; 2 again passes
    assert sent == ["forward", "forward", "forward", "forward", "quarantine", "forward"]
    assert e.quotas.count("subjects", year_of(META.timestamp_ms)) == 3


def test_quota_without_a_subject_key_fails_closed() -> None:
    no_value = Finding("CREDIT_CARD", 0, 0, 0.6, "schema:card", "card", False)
    d = engine(QUOTA_DOC).decide({"card": ""}, META, [no_value])
    assert d.action == "quarantine"
    assert ("quota.subjects", "NO_SUBJECT_KEY") in d.errors


def test_the_year_rolls_over_at_midnight_in_shanghai() -> None:
    utc = dt.UTC
    assert year_of(int(dt.datetime(2026, 12, 31, 15, 59, tzinfo=utc).timestamp() * 1000)) == 2026
    assert year_of(int(dt.datetime(2026, 12, 31, 16, 0, tzinfo=utc).timestamp() * 1000)) == 2027
    e = engine(QUOTA_DOC)
    late_2026 = RecordMeta("sz.payments.v1", 0, 1, int(dt.datetime(2026, 12, 31, 15, 0, tzinfo=utc).timestamp() * 1000))
    new_year = RecordMeta("sz.payments.v1", 0, 2, int(dt.datetime(2026, 12, 31, 17, 0, tzinfo=utc).timestamp() * 1000))
    for n in "1234":
        record = {"id": f"11010519491231002{n}"}
        d = e.decide(record, late_2026, [ric(record["id"])])
        if d.crosses:
            e.commit(d)
    record = {"id": "110105194912310025"}
    assert e.decide(record, late_2026, [ric(record["id"])]).action == "quarantine"
    assert e.decide(record, new_year, [ric(record["id"])]).action == "forward"


def test_the_store_is_exact_up_to_its_cap_then_saturates() -> None:
    store = InMemoryQuotaStore({"q": 5})
    for n in range(10):
        store.add("q", 2026, f"s{n}")
    assert store.count("q", 2026) == 6  # one past the cap: "more than 5"
    assert store.seen("q", 2026, "never-seen")  # saturated: nothing new is counted
    store.add("q", 2027, "a")
    store.add("q", 2028, "a")
    assert store.count("q", 2026) == 0  # only two years are kept


def test_the_subject_key_is_derived_from_the_most_stable_identifier_never_taken_from_the_envelope() -> None:
    e = engine()
    findings = [Finding("PHONE_NUMBER", 0, 11, 1.0, "schema:phone", "phone", True), ric("110105194912310021")]
    record: dict[str, Any] = {"phone": "13800138000", "id": "110105194912310021"}
    assert e.subject_key(record, findings) == "h:CN_RESIDENT_ID:110105194912310021"
    record["_meta"] = {"subject": {"key_hash": "declared"}}
    assert e.subject_key(record, findings) == "h:CN_RESIDENT_ID:110105194912310021"
    assert e.subject_key({"_meta": record["_meta"]}, []) == ""  # a declared key alone is not trusted


def test_a_declared_key_hash_that_names_none_of_the_identifiers_quarantines_the_record() -> None:
    doc = dict(
        BASE,
        quotas={"q": {"categories": ["spi"], "thresholds": [100]}},
        rules=[{"id": "ok", "when": 'quota("q") < 100', "action": "forward"}],
    )
    e = engine(doc)
    ids = ["110105194912310021", "440303201410241236"]
    constant = {"subject": {"key_hash": "producer-constant"}}
    wrong = e.decide({"id": ids[0], "_meta": constant}, META, [ric(ids[0])])
    assert (wrong.action, wrong.rule) == ("quarantine", "defaults.subject_mismatch")
    for person in ids:  # a key_hash that is one of the record's identifiers' keys is fine
        declared = {"subject": {"key_hash": f"h:CN_RESIDENT_ID:{person}"}}
        d = e.decide({"id": person, "_meta": declared}, META, [ric(person)])
        assert (d.action, d.rule) == ("forward", "ok")
        e.commit(d)
    # two cardholders are two subjects, whatever the producer declares
    assert e.quotas.count("q", year_of(META.timestamp_ms)) == 2
    plain = PolicyEngine(e.policy, e.hasher, memo=False)
    again = plain.decide({"id": ids[0], "_meta": constant}, META, [ric(ids[0])])
    assert again.rule == "defaults.subject_mismatch"  # with or without the memo


def test_subject_age_reads_the_birth_date_of_a_resident_id_at_the_record_time() -> None:
    doc = dict(
        BASE, rules=[{"id": "child", "when": "subject_age() >= 0 && subject_age() < 14", "action": "quarantine"}]
    )
    e = engine(doc)
    born_2014 = "440303201410241236"
    june_2025 = RecordMeta("sz.kyc.v1", 0, 1, int(dt.datetime(2025, 6, 30, tzinfo=dt.UTC).timestamp() * 1000))
    assert e.decide({"id": born_2014}, june_2025, [ric(born_2014)]).rule == "child"
    adult = "110105194912310021"
    assert e.decide({"id": adult}, june_2025, [ric(adult)]).rule != "child"


def test_only_the_fields_the_policy_names_are_handed_to_cel() -> None:
    trie = referenced_paths(["record._meta.a.b == 1 && record.list.exists(x, x == 1)", "has(record.c)"])
    assert trie is not None
    assert set(trie) == {"_meta", "list", "c"}
    assert referenced_paths(["size(record) > 2"]) is None
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert to_cel({"a": [moment], "b": dt.date(2026, 1, 2)}) == {"a": [1767225600000], "b": "2026-01-02"}


def test_the_compiled_projector_hands_cel_what_the_reference_projection_does() -> None:
    from agents.cli.policy import read_policy
    from agents.settings import PROJECT_ROOT
    from streams.policy.cel import compile_projector, project
    from streams.synthetic import Synth

    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml")
    texts = [r.when for r in policy.rules] + list(policy.definitions.values())
    trie = referenced_paths(texts)
    assert trie is not None
    projector = compile_projector(trie)
    synth = Synth(8)
    for record in [synth.card_payment(), synth.remittance(), synth.kyc(), {"_meta": None}, {}]:
        assert projector(record) == project(record, trie)
