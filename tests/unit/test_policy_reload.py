"""Hot reload between records, an invalid change kept out, and a candidate policy in shadow mode."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from prometheus_client import REGISTRY

from agents.settings import PROJECT_ROOT, get_settings
from agents.worker.policy_holder import PolicyHolder
from streams.detect.findings import Finding
from streams.policy import InMemoryQuotaStore, RecordMeta

DEFAULT = (PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml").read_text(encoding="utf-8")
META = RecordMeta("sz.payments.v1", 0, 1, 1_793_492_921_000)


def sample(name: str, labels: dict[str, str] | None = None) -> float:
    return REGISTRY.get_sample_value(name, labels or {}) or 0.0


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def write(path: Path, text: str, bump: int) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + bump * 1_000_000_000))


def test_a_valid_change_is_swapped_in_and_an_invalid_one_kept_out(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT, 0)
    clock = Clock()
    holder = PolicyHolder(path, get_settings(), interval_s=5, clock=clock)
    assert holder.version == "2026.11-1"
    ok_before, invalid_before = (sample("corridor_policy_reloads_total", {"result": r}) for r in ("ok", "invalid"))

    write(path, DEFAULT.replace('version: "2026.11-1"', 'version: "2026.11-2"'), 1)
    assert holder.maybe_reload() is False  # not yet: checked at most every interval_s
    clock.now = 6
    assert holder.maybe_reload() is True
    assert holder.version == "2026.11-2"
    assert sample("corridor_policy_reloads_total", {"result": "ok"}) == ok_before + 1
    assert sample("corridor_policy_info", {"version": "2026.11-2", "role": "active"}) == 1

    write(path, DEFAULT.replace("action: retain", "action: keep_home", 1), 2)
    assert holder.maybe_reload(force=True) is False
    assert holder.version == "2026.11-2"  # the running policy stays
    assert sample("corridor_policy_reloads_total", {"result": "invalid"}) == invalid_before + 1
    assert sample("corridor_policy_invalid") == 1
    assert holder.maybe_reload(force=True) is False  # the same invalid file is not re-read

    write(path, DEFAULT.replace('version: "2026.11-1"', 'version: "2026.11-3"'), 3)
    assert holder.maybe_reload(force=True) is True
    assert sample("corridor_policy_invalid") == 0


def test_the_year_counts_carry_over_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT, 0)
    holder = PolicyHolder(path, get_settings())
    store = holder.active.quotas
    write(path, DEFAULT.replace('version: "2026.11-1"', 'version: "2026.11-9"'), 1)
    assert holder.maybe_reload(force=True)
    assert holder.active.quotas is store


def test_a_candidate_policy_counts_the_records_it_would_decide_differently(tmp_path: Path) -> None:
    active = tmp_path / "active.yaml"
    candidate = tmp_path / "candidate.yaml"
    write(active, DEFAULT, 0)
    # the candidate retains every record without personal information instead of forwarding it
    write(
        candidate,
        DEFAULT.replace('    when: "!def.any_pi"\n    action: forward', '    when: "!def.any_pi"\n    action: retain'),
        0,
    )
    holder = PolicyHolder(active, get_settings(), candidate=candidate)
    labels = {"active_action": "forward", "candidate_action": "retain"}
    before, seen_before = (
        sample("corridor_policy_shadow_diff_total", labels),
        sample("corridor_policy_shadow_records_total"),
    )
    bases = yaml.safe_load((PROJECT_ROOT / "tests" / "policy_cases" / "_bases.yaml").read_text(encoding="utf-8"))
    record = bases["payment"]["record"]
    decision = holder.decide(record, META, [])
    assert decision.action == "forward"  # the active policy decides
    assert sample("corridor_policy_shadow_diff_total", labels) == before + 1
    person = Finding("PERSON", 0, 3, 1.0, "schema:cardholder_name", "cardholder_name", True)
    holder.decide(record, META, [person])
    assert sample("corridor_policy_shadow_diff_total", labels) == before + 1  # same decision: not counted
    assert sample("corridor_policy_shadow_records_total") == seen_before + 2


def _store_of(holder: PolicyHolder) -> InMemoryQuotaStore:
    store = holder.active.quotas
    assert isinstance(store, InMemoryQuotaStore)
    return store


def test_a_raised_threshold_is_reachable_after_a_reload(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT.replace("thresholds: [10000]", "thresholds: [100]"), 0)
    holder = PolicyHolder(path, get_settings())
    store = _store_of(holder)
    for n in range(90):
        store.add("sensitive_pi_subjects", 2026, f"s{n}")
    write(path, DEFAULT.replace("thresholds: [10000]", "thresholds: [500]"), 1)
    assert holder.maybe_reload(force=True)
    assert _store_of(holder) is store and store.caps["sensitive_pi_subjects"] == 500
    for n in range(90, 700):
        store.add("sensitive_pi_subjects", 2026, f"s{n}")
    # counting went on past the old cap (it stopped at 101 before), up to the new one
    assert store.count("sensitive_pi_subjects", 2026) == 501
    assert store.seen("sensitive_pi_subjects", 2026, "s499")


def test_a_quota_new_in_a_reload_gets_its_cap(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT, 0)
    holder = PolicyHolder(path, get_settings())
    store = _store_of(holder)
    assert "kyc_subjects" not in store.caps
    added = DEFAULT.replace(
        "  sensitive_pi_subjects:\n",
        "  kyc_subjects:\n    categories: [pi]\n    thresholds: [50, 80]\n  sensitive_pi_subjects:\n",
    )
    write(path, added, 1)
    assert holder.maybe_reload(force=True)
    assert store.caps["kyc_subjects"] == 80
    for n in range(200):
        store.add("kyc_subjects", 2026, f"s{n}")
    assert store.count("kyc_subjects", 2026) == 81  # bounded: saturated one past its cap
    # and a store handed in from outside takes the policy's caps at start too
    outside = InMemoryQuotaStore()
    PolicyHolder(path, get_settings(), quotas=outside)
    assert outside.caps["kyc_subjects"] == 80 and outside.caps["sensitive_pi_subjects"] == 10000


def test_a_year_saturated_under_the_old_cap_fails_closed_under_a_raised_one() -> None:
    store = InMemoryQuotaStore({"q": 10})
    for n in range(15):
        store.add("q", 2026, f"a{n}")  # 11 counted, then saturated: the rest went uncounted
    for n in range(4):
        store.add("q", 2025, f"b{n}")
    assert store.count("q", 2026) == 11 and store.seen("q", 2026, "a14")
    store.set_caps({"q": 20})
    # the true count is unknown past 11: it reads as past every threshold of the new cap
    assert store.count("q", 2026) == 21 and store.seen("q", 2026, "new")
    # a year below the old cap counts on exactly
    store.add("q", 2025, "b9")
    assert store.count("q", 2025) == 5 and not store.seen("q", 2025, "new")
    store.set_caps({"q": 3})  # a lowered cap saturates a year already past it
    store.add("q", 2025, "c")
    assert store.count("q", 2025) == 5 and store.seen("q", 2025, "c")
