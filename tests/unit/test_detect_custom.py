"""A team's own Presidio recognizers run inside Corridor's detector (streams/detect/custom.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from agents.engines import build_detector
from streams.detect.custom import (
    CustomRecognizerError,
    ExtendedDetector,
    deny_list_recognizer,
    load_custom,
    registered_entity_types,
)
from streams.policy.loader import PolicyError, load_policy

sys.path.insert(0, str(Path(__file__).parent))

PATHS = [
    "custom_recognizers_example:EmployeeIdRecognizer",
    "custom_recognizers_example:BranchCodeRecognizer",
    "custom_recognizers_example:project_names",
]
YAML = """
recognizers:
  - name: "ticket_recognizer"
    supported_language: "en"
    supported_entity: "TICKET_ID"
    patterns:
      - name: "ticket"
        regex: "TKT-[0-9]{5}"
        score: 0.6
    context:
      - ticket
  - name: "vip_deny_list"
    supported_language: "en"
    supported_entity: "VIP_CODE"
    deny_list:
      - GOLDSTAR
      - 金卡会员
"""


@pytest.fixture(scope="module")
def yaml_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "recognizers.yaml"
    path.write_text(YAML, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def detector(yaml_path: Path) -> ExtendedDetector:
    d = build_detector(ner=None, recognizers=PATHS, recognizers_yaml=yaml_path)
    assert isinstance(d, ExtendedDetector)
    return d


def _found(detector: ExtendedDetector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text)]


CASES = [
    # PatternRecognizer subclass: 0.3 alone (below the floor), 0.65 with a context word
    ("employee EMP-123456 on leave", [("EMPLOYEE_ID", "EMP-123456")]),
    ("code EMP-123456 on leave", []),
    ("员工编号 EMP-123456", [("EMPLOYEE_ID", "EMP-123456")]),
    ("employee EMP-1234567", []),
    # EntityRecognizer subclass with its own check
    ("branch BR1234 opened", [("BRANCH_CODE", "BR1234")]),
    ("branch BR1235 opened", []),
    # Presidio YAML: a pattern with context, a deny list
    ("ticket TKT-12345 closed", [("TICKET_ID", "TKT-12345")]),
    ("see TKT-1234 closed", []),
    ("client is GOLDSTAR tier", [("VIP_CODE", "GOLDSTAR")]),
    # Presidio's deny lists match whole words: a CJK word needs punctuation or a space around it
    ("等级：金卡会员。卡号 4111 1111 1111 1111", [("VIP_CODE", "金卡会员"), ("CREDIT_CARD", "4111 1111 1111 1111")]),
    # a deny list from a function (module:function)
    ("project Bluefin is late", [("PROJECT_NAME", "Bluefin")]),
    ("project Bluefish is late", []),
    # the pack still runs beside them, and full-width input is folded for them too
    (
        "employee ＥＭＰ－１２３４５６ phone 13812345678",
        [("EMPLOYEE_ID", "ＥＭＰ－１２３４５６"), ("PHONE_NUMBER", "13812345678")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_when_custom_recognizers_are_configured_then_their_findings_join_the_pack(
    detector: ExtendedDetector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(detector, text) == expected


def test_when_fields_are_analysed_then_custom_findings_are_in_each_field(detector: ExtendedDetector) -> None:
    fields = ["ticket TKT-12345", "nothing here", "employee EMP-000001"]
    found = detector.analyze_fields(fields)
    assert [[(f.entity_type, t[f.start : f.end]) for f in fs] for fs, t in zip(found, fields, strict=True)] == [
        [("TICKET_ID", "TKT-12345")],
        [],
        [("EMPLOYEE_ID", "EMP-000001")],
    ]


def test_when_entities_are_narrowed_then_only_those_custom_types_run(yaml_path: Path) -> None:
    d = build_detector(["TICKET_ID", "PHONE_NUMBER"], ner=None, recognizers=PATHS, recognizers_yaml=yaml_path)
    text = "ticket TKT-12345 employee EMP-123456 call 13812345678"
    assert _found(d, text) == [("TICKET_ID", "TKT-12345"), ("PHONE_NUMBER", "13812345678")]  # type: ignore[arg-type]


def test_when_a_custom_finding_overlaps_the_pack_then_the_higher_score_wins() -> None:
    d = ExtendedDetector(load_custom(()), None)
    d.custom = type(d.custom)([deny_list_recognizer("STAFF_PHONE", ["13812345678"], score=1.0)])
    d._custom_wanted = None
    assert _found(d, "call 13812345678") == [("STAFF_PHONE", "13812345678")]


@pytest.mark.parametrize(
    "path",
    ["custom_recognizers_example", "custom_recognizers_example:Nope", "no_such_module_xyz:Foo", "json:JSONDecoder"],
)
def test_when_a_path_is_wrong_then_loading_fails_with_its_reason(path: str) -> None:
    with pytest.raises(CustomRecognizerError):
        load_custom([path])


def test_when_recognizers_are_loaded_then_the_policy_may_give_their_types_transforms(
    detector: ExtendedDetector,
) -> None:
    assert {"EMPLOYEE_ID", "TICKET_ID", "VIP_CODE"} <= registered_entity_types()
    policy = """
version: "t1"
transforms:
  EMPLOYEE_ID: {op: hmac}
  TICKET_ID: {op: mask}
rules:
  - id: allow
    when: "true"
    action: transform
"""
    load_policy(policy)
    with pytest.raises(PolicyError, match="NOT_LOADED_TYPE"):
        load_policy(policy.replace("TICKET_ID", "NOT_LOADED_TYPE"))
    declared = policy.replace("TICKET_ID", "NOT_LOADED_TYPE") + "custom_entities: [NOT_LOADED_TYPE]\n"
    assert load_policy(declared).custom_entities == ["NOT_LOADED_TYPE"]


def test_when_the_cli_runs_with_settings_then_custom_recognizers_run(
    yaml_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    env = {
        "CORRIDOR_RECOGNIZERS": json.dumps(PATHS),
        "CORRIDOR_RECOGNIZERS_YAML": str(yaml_path),
        "PYTHONPATH": str(Path(__file__).parent),
        "PATH": "/usr/bin:/bin",
    }
    out = subprocess.run(
        [sys.executable, "-m", "agents.cli", "detect", "--ner", "none"],
        input="ticket TKT-12345 and Bluefin\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).parents[2],
        check=True,
        timeout=120,
    )
    found = json.loads(out.stdout)["findings"]
    assert [(f["entity_type"], f["start"], f["end"]) for f in found] == [("TICKET_ID", 7, 16), ("PROJECT_NAME", 21, 28)]
