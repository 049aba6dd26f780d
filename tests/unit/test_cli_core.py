"""The detect and sanitize command-line contracts (one JSON line per input line)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agents.cli.sanitize import run_sanitize
from agents.engines import installed_ner_model

CORRIDOR = [sys.executable, "-m", "agents.cli"]


def _run(args: list[str], stdin: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        CORRIDOR + args, input=stdin, capture_output=True, text=True, check=False, timeout=120, env=full_env
    )


def test_when_lines_are_piped_to_detect_then_each_gets_one_json_line_with_code_point_offsets() -> None:
    lines = [
        "客户王伟，手机13800138000",
        json.dumps({"text": "卡号4111111111111111", "id": 7}, ensure_ascii=False),
        "",
        "nothing to see",
    ]
    proc = _run(["detect", "--ner", "none"], "\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    first = out[0]["findings"]
    assert [(f["entity_type"], lines[0][f["start"] : f["end"]]) for f in first] == [
        ("PERSON", "王伟"),
        ("PHONE_NUMBER", "13800138000"),
    ]
    assert [(f["entity_type"], f["start"], f["end"]) for f in out[1]["findings"]] == [("CREDIT_CARD", 2, 18)]
    assert out[2] == {"findings": []} and out[3] == {"findings": []}
    assert set(first[0]) == {"entity_type", "start", "end", "score"}
    assert "detector mode: patterns" in proc.stderr


def test_when_detect_is_restricted_then_entities_and_min_score_apply() -> None:
    text = "客户王伟，手机13800138000，HSBC 004-123-456789\n"
    only_phone = json.loads(_run(["detect", "--ner", "none", "--entities", "PHONE_NUMBER"], text).stdout)
    assert [f["entity_type"] for f in only_phone["findings"]] == ["PHONE_NUMBER"]
    everything = json.loads(_run(["detect", "--ner", "none"], text).stdout)["findings"]
    lowest = min(everything, key=lambda f: f["score"])
    above = json.loads(_run(["detect", "--ner", "none", "--min-score", str(lowest["score"] + 0.01)], text).stdout)
    assert lowest["entity_type"] not in [f["entity_type"] for f in above["findings"]]
    assert len(above["findings"]) < len(everything)
    bad = _run(["detect", "--entities", "NOPE"], text)
    assert bad.returncode == 2 and "unknown entity types" in bad.stderr


def test_when_records_are_piped_to_sanitize_then_values_are_gone_and_findings_listed() -> None:
    gen = subprocess.run(
        [*CORRIDOR, "generate", "--kind", "kyc", "--count", "5", "--seed", "3"],
        capture_output=True,
        text=True,
        check=True,
    )
    proc = _run(["sanitize", "--schema", "schemas/kyc.avsc", "--ner", "none"], gen.stdout)
    assert proc.returncode == 0, proc.stderr
    originals = [json.loads(line) for line in gen.stdout.splitlines()]
    outputs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(outputs) == 5
    for before, after in zip(originals, outputs, strict=True):
        assert before["id_number"] not in proc.stdout
        assert after["record"]["id_number"].startswith("tok_")
        assert {"path": "id_number", "entity_type": before["id_type"], "op": "hmac"} in after["applied"] or any(
            a["path"] == "id_number" for a in after["applied"]
        )
        assert all("value" not in f for f in after["findings"])


@pytest.mark.skipif(installed_ner_model() is None, reason="no English spaCy model installed")
def test_when_an_english_model_is_installed_then_names_without_context_are_found() -> None:
    proc = _run(["detect"], "Yesterday Margaret Thompson wired the funds.\n")
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)["findings"]
    assert ("PERSON", "Margaret Thompson") in [
        (f["entity_type"], "Yesterday Margaret Thompson wired the funds."[f["start"] : f["end"]]) for f in found
    ]
    assert "patterns+ner:" in proc.stderr
    # without the model, the patterns alone run (a name this common is also in their given-name list)
    without = _run(["detect", "--ner", "none"], "Yesterday Margaret Thompson wired the funds.\n")
    assert without.returncode == 0, without.stderr
    assert "patterns+ner:" not in without.stderr


def test_when_verify_flags_a_record_without_policy_then_it_is_withheld_and_the_exit_is_nonzero(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # an untagged internal field is never classified, but verify scans it: a phone there is a leak
    schema = {
        "type": "record",
        "name": "Note",
        "namespace": "corridor.test",
        "fields": [
            {"name": "note", "type": "string", "classification": "internal"},
            {"name": "memo", "type": "string", "classification": "free_text"},
        ],
    }
    path = tmp_path / "note.avsc"
    path.write_text(json.dumps(schema), encoding="utf-8")
    leaky = {"note": "call 13800138000", "memo": "lunch"}
    clean = {"note": "nothing here", "memo": "lunch"}
    lines = [json.dumps(leaky), json.dumps(clean)]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    status = run_sanitize(str(path), "none")
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert status != 0
    assert len(out) == 2
    assert out[0]["record"] is None
    assert out[0]["violations"] == [{"path": "note", "entity_type": "PHONE_NUMBER"}]
    assert out[1]["record"] == clean and out[1]["violations"] == []
    assert "13800138000" not in captured.out and "13800138000" not in captured.err
    assert "PHONE_NUMBER@note" in captured.err


def test_the_worker_refuses_development_and_short_keys_unless_in_demo_mode() -> None:
    """Checked before anything connects: no broker is needed."""
    proc = _run(["worker"], "", env={"CORRIDOR_DEMO_MODE": "false"})
    assert proc.returncode == 2
    assert "CORRIDOR_HMAC_KEY is the built-in development key" in proc.stderr
    assert "change-me" not in proc.stderr  # names of settings, never the keys
    short = _run(["worker"], "", env={"CORRIDOR_DEMO_MODE": "false", "CORRIDOR_HMAC_KEY": "short-key"})
    assert short.returncode == 2 and "shorter than 128 bits" in short.stderr and "short-key" not in short.stderr
