"""Policy faults (issue 13, item 8): an invalid policy stops the worker before it connects (exit
2), the main process sees a reload kept out on its own /metrics, and a reload that changes a
sanitized schema registers it in Hong Kong before the first record written with it."""

from __future__ import annotations

import json
import os
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_registries import FakeHongKong, FakeShenzhen
from prometheus_client import REGISTRY

from agents.cli import main
from agents.settings import PROJECT_ROOT, Settings, get_settings
from agents.worker import core_process
from agents.worker.policy_holder import PolicyWatch, observe_policy, start_watch
from streams import codec
from streams.policy import PolicyError
from streams.synthetic import Synth

DEFAULT = (PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml").read_text(encoding="utf-8")
VERSION = 'version: "2026.11-1"'
# a valid change that changes sanitized schemas: identifiers masked instead of pseudonymised (the
# fields' docs, which say how each field was transformed, change with it)
MASKED = DEFAULT.replace(VERSION, 'version: "2026.11-9"').replace(
    "{op: hmac, in_text: {op: mask}}", "{op: mask, in_text: {op: mask}}"
)
INVALID = DEFAULT.replace("action: retain", "action: keep_home", 1)


def write(path: Path, text: str, bump: int) -> None:
    """Write and move the mtime on, so a change is seen whatever the file system's resolution."""
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + bump * 1_000_000_000))


def sample(name: str, labels: dict[str, str] | None = None) -> float:
    return REGISTRY.get_sample_value(name, labels or {}) or 0.0


# -- at start: exit 2 before anything connects ------------------------------------------------------


@pytest.fixture
def worker_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Settings]]:
    """`corridor worker` with the worker itself replaced: what it was started with, if it was."""
    import agents.worker.app

    started: list[Settings] = []

    def run_worker(settings: Settings) -> int:
        started.append(settings)
        return 0

    monkeypatch.setattr(agents.worker.app, "run_worker", run_worker)
    monkeypatch.setenv("CORRIDOR_DEMO_MODE", "true")
    monkeypatch.setenv("CORRIDOR_POLICY_FILE", str(tmp_path / "policy.yaml"))
    get_settings.cache_clear()
    yield started
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (INVALID, "policy.yaml:"),
        ("version: [\n", "bad YAML"),
        (DEFAULT.replace("sz.kyc.v1: hk.kyc.v1", "sz.kyc.v1: hk.nowhere.v1"), "hk.nowhere.v1"),
        (
            DEFAULT.replace("HK_ID: {op: hmac,", "HK_ID: {op: hmac, key: p-retired,"),
            "transforms.HK_ID.key: key id 'p-retired' is not among the hmac keys (pseudonym-2026)",
        ),
    ],
)
def test_an_invalid_policy_stops_the_worker_command_with_exit_2_before_it_starts(
    text: str, said: str, worker_env: list[Settings], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "policy.yaml", text, 0)
    assert main(["worker"]) == 2
    err = capsys.readouterr().err
    assert said in err and str(tmp_path / "policy.yaml") in err
    assert worker_env == []  # never started: nothing was imported of Faust's app, nothing connected
    if "key id" not in said:  # the keys are the worker's: `policy check` checks the policy alone
        assert main(["policy", "check", str(tmp_path / "policy.yaml")]) == 2


def test_a_missing_policy_file_stops_the_worker_command_with_exit_2(
    worker_env: list[Settings], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["worker"]) == 2
    assert "cannot read" in capsys.readouterr().err and worker_env == []


@pytest.mark.parametrize(
    "text", [DEFAULT, DEFAULT.replace("HK_ID: {op: hmac,", "HK_ID: {op: hmac, key: pseudonym-2026,")]
)
def test_a_valid_policy_lets_the_worker_command_start(text: str, worker_env: list[Settings], tmp_path: Path) -> None:
    write(tmp_path / "policy.yaml", text, 0)
    assert main(["worker"]) == 0
    assert [s.policy_file for s in worker_env] == [tmp_path / "policy.yaml"]


# -- hot reload, seen by the main process ----------------------------------------------------------


def test_the_main_process_counts_a_reload_kept_out_and_the_next_valid_one(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT, 0)
    settings = Settings(policy_file=path)
    watch = start_watch(path, settings)
    assert sample("corridor_policy_info", {"version": "2026.11-1", "role": "active"}) == 1
    assert sample("corridor_policy_invalid") == 0
    ok, invalid = (sample("corridor_policy_reloads_total", {"result": r}) for r in ("ok", "invalid"))

    assert observe_policy(watch) == "unchanged"
    write(path, INVALID, 1)
    assert observe_policy(watch) == "invalid"
    assert sample("corridor_policy_invalid") == 1
    assert sample("corridor_policy_reloads_total", {"result": "invalid"}) == invalid + 1
    assert sample("corridor_policy_info", {"version": "2026.11-1", "role": "active"}) == 1  # still running
    assert observe_policy(watch) == "unchanged"  # the same bad file counts once
    assert sample("corridor_policy_reloads_total", {"result": "invalid"}) == invalid + 1

    write(path, MASKED, 2)
    assert observe_policy(watch) == "ok"
    assert sample("corridor_policy_invalid") == 0
    assert sample("corridor_policy_reloads_total", {"result": "ok"}) == ok + 1
    assert sample("corridor_policy_info", {"version": "2026.11-9", "role": "active"}) == 1
    assert REGISTRY.get_sample_value("corridor_policy_info", {"version": "2026.11-1", "role": "active"}) is None


def test_the_watch_refuses_an_invalid_policy_at_start(tmp_path: Path) -> None:
    write(tmp_path / "policy.yaml", INVALID, 0)
    with pytest.raises(PolicyError):
        PolicyWatch(tmp_path / "policy.yaml", Settings(policy_file=tmp_path / "policy.yaml"))


# -- a reload that changes a sanitized schema ---------------------------------------------------------


def test_a_reload_that_changes_a_sanitized_schema_registers_it_before_the_first_record_written_with_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT, 0)
    state = core_process._State(Settings(policy_file=path, worker_ner=None))
    topic = "sz.payments.v1"
    schema = state.schemas[topic]
    state.sz_registry, state.hk_registry = FakeShenzhen({1: schema}), FakeHongKong()
    hk: FakeHongKong = state.hk_registry
    record = Synth(seed=5).card_payment()
    now = int(time.time() * 1000)

    def send(offset: int) -> core_process.Result:
        value = codec.encode_confluent({**record, "event_time": now}, 1, codec.parse(schema))
        return core_process._one(state, (topic, 0, offset, now, b"acct-1", value))

    first = send(0)
    assert first.action == "transform" and first.policy_version == "2026.11-1"
    assert hk.calls == [("hk.payments.v1-value", 1)]
    assert send(1).payload is not None and len(hk.calls) == 1  # registered once, not per record

    write(path, MASKED, 1)
    state.holder._next_check = 0.0  # the reload is due at the next record
    after = send(2)
    assert after.policy_version == "2026.11-9" and after.payload is not None
    assert hk.calls == [("hk.payments.v1-value", 1), ("hk.payments.v1-value", 2)]
    assert struct.unpack(">I", after.payload[1:5]) == (2,)  # written with the schema registered for it
    by_id = {sid: json.loads(text) for text, sid in hk.ids.items()}
    assert by_id[1] != by_id[2]
    cache = codec.SchemaCache(lambda sid: by_id[sid])
    before_fields = codec.decode_confluent(first.payload, cache).record
    after_fields = codec.decode_confluent(after.payload, cache).record
    tokens = [k for k, v in before_fields.items() if isinstance(v, str) and v.startswith("tok_")]
    assert tokens and all(not str(after_fields[k]).startswith("tok_") for k in tokens)


def test_a_reload_made_outside_the_pipeline_is_still_followed_by_a_new_registration(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    write(path, DEFAULT, 0)
    state = core_process._State(Settings(policy_file=path, worker_ner=None))
    pipeline = state.pipeline("sz.payments.v1")
    write(path, MASKED, 1)
    assert state.holder.maybe_reload(force=True)  # not through pipeline(): its caches still follow
    renewed = state.pipeline("sz.payments.v1")
    assert renewed is not pipeline
    assert renewed.sanitizer.sanitized_schema() != pipeline.sanitizer.sanitized_schema()
