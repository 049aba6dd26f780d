"""A producer's schema version against the corridor's own (streams.evolution): the corridor's
classification stands for the fields it knows, a declared new field is taken, anything else is
drift. Checked on each event schema under schemas/."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from agents.schema_files import event_schemas
from streams.evolution import reconcile
from streams.schemas import JsonSchema

SCHEMAS = event_schemas(Path(__file__).resolve().parents[2] / "schemas")


def _fields(schema: JsonSchema) -> dict[str, Any]:
    return {f["name"]: f for f in schema["fields"]}


@pytest.fixture(params=sorted(SCHEMAS))
def local(request: pytest.FixtureRequest) -> JsonSchema:
    return SCHEMAS[request.param]


def test_the_same_schema_is_the_corridors_own(local: JsonSchema) -> None:
    merged, drift = reconcile(local, copy.deepcopy(local))
    assert merged is local and drift == []


def test_a_producer_cannot_declassify_a_known_field(local: JsonSchema) -> None:
    writer = copy.deepcopy(local)
    for f in writer["fields"]:
        f.pop("classification", None)
        f.pop("pii", None)
        f["doc"] = "changed by the producer"
    merged, drift = reconcile(local, writer)
    assert drift == [] and merged is local


def test_a_new_field_without_a_classification_is_drift_whatever_its_type(local: JsonSchema) -> None:
    for new_type in ("string", ["null", "string"], {"type": "array", "items": "string"}, "long"):
        writer = copy.deepcopy(local)
        writer["fields"].insert(1, {"name": "nickname", "type": new_type})
        assert reconcile(local, writer)[1] == ["nickname"]


def test_a_new_declared_field_is_taken_with_its_classification(local: JsonSchema) -> None:
    writer = copy.deepcopy(local)
    new = {"name": "alias", "type": ["null", "string"], "default": None, "classification": "pi", "pii": "PERSON"}
    writer["fields"].insert(1, new)
    merged, drift = reconcile(local, writer)
    assert drift == []
    assert _fields(merged)["alias"] == new
    assert {k: v for k, v in _fields(merged).items() if k != "alias"} == _fields(local)


def test_a_changed_type_of_a_known_field_is_drift(local: JsonSchema) -> None:
    name = next(f["name"] for f in local["fields"] if f["type"] == "string")
    writer = copy.deepcopy(local)
    for f in writer["fields"]:
        if f["name"] == name:
            f["type"] = ["null", "string"]
    assert reconcile(local, writer)[1] == [name]
    writer = copy.deepcopy(local)
    meta = next(f for f in writer["fields"] if f["name"] == "_meta")
    meta["type"]["fields"].append({"name": "extra", "type": "string"})  # inside the envelope
    assert reconcile(local, writer)[1] == ["_meta"]


@pytest.mark.parametrize("classification", ["harmless", "public", "internal", "metadata"])
def test_a_new_field_declared_to_cross_untransformed_is_drift(local: JsonSchema, classification: str) -> None:
    writer = copy.deepcopy(local)
    writer["fields"].insert(1, {"name": "x", "type": "long", "classification": classification})
    assert reconcile(local, writer)[1] == ["x"]


def test_a_field_the_producer_left_out_is_absent_from_the_result(local: JsonSchema) -> None:
    optional = [f["name"] for f in local["fields"] if isinstance(f["type"], list) and "null" in f["type"]]
    if not optional:
        pytest.skip("no optional field")
    writer = copy.deepcopy(local)
    writer["fields"] = [f for f in writer["fields"] if f["name"] != optional[0]]
    merged, drift = reconcile(local, writer)
    assert drift == [] and optional[0] not in _fields(merged)
