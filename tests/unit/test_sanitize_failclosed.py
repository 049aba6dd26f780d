"""Verify fails closed on what used to cross unchecked.

- A tagged field (a name, a birth date, a passport) that a ``forward`` decision lets cross as it
  came is judged by its tags: a type the decision did not allow is an egress leak.
- A tagged value that fails every check its tags name is not kept: it is masked whole, and
  forwarded as it came it is a leak, whatever its tag allows.
- Every string of the metadata envelope (and every nested string) is scanned: an identifier
  planted in any of them quarantines the record (the codec copies the envelope's bytes, so it is
  never transformed).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from deciders import KEPT, FixedDecider
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.engine import Detector
from streams.detect.findings import ALL_ENTITIES, Finding
from streams.errors import ConfigError
from streams.pipeline import Pipeline
from streams.policy.engine import RecordMeta
from streams.sanitize import STRUCTURED_VALIDATORS, Sanitizer, _strings_in, field_infos
from streams.synthetic import EVENT_KINDS, Synth
from streams.transform import DEFAULT_TRANSFORMS, TransformSpec

SETTINGS = Settings()
SCHEMAS = event_schemas(SETTINGS.schemas_dir)
DETECTOR = Detector()
SANITIZERS = {topic: Sanitizer(schema, DETECTOR, KEYRING) for topic, schema in SCHEMAS.items()}
KIND_OF = {topic: kind for kind, topic in EVENT_KINDS.items()}


def _meta(topic: str) -> RecordMeta:
    return RecordMeta(topic, 0, 1, 1_780_000_000_000)


# -- item: forward --------------------------------------------------------------------------------

# every tagged field and authentication secret of the three schemas
TAGGED = [
    (topic, info.name, info.pii)
    for topic, schema in sorted(SCHEMAS.items())
    for info in field_infos(schema)
    if info.pii and info.classification in ("pi", "sensitive_pi", "internal", "auth_secret")
]
_SYNTH = Synth(seed=3)
# a valid value of each type, for a field the generated record left empty
VALID = {
    "PHONE_NUMBER": _SYNTH.cn_mobile(),
    "EMAIL_ADDRESS": _SYNTH.email(),
    "IP_ADDRESS": _SYNTH.ip(),
    "AUTH_SECRET": "123",
    "CN_RESIDENT_ID": _SYNTH.ric(),
    "PERSON": _SYNTH.name_sc(),
}


def _record_with(topic: str, field: str, pii: tuple[str, ...], seed: int = 11) -> dict[str, Any]:
    record = Synth(seed=seed).event(KIND_OF[topic])
    if record.get(field) in (None, ""):
        record[field] = VALID[pii[0]]
    return record


def test_every_tagged_field_of_the_schemas_is_listed() -> None:
    assert len(TAGGED) >= 20
    assert {"date_of_birth", "full_name", "id_number", "cvv", "merchant_uscc"} <= {f for _t, f, _p in TAGGED}


@pytest.mark.parametrize(("topic", "field", "pii"), TAGGED)
def test_a_tagged_field_forwarded_as_it_came_is_a_leak_unless_its_type_is_allowed(
    topic: str, field: str, pii: tuple[str, ...]
) -> None:
    record = _record_with(topic, field, pii)
    outcome = Pipeline(SANITIZERS[topic], FixedDecider("forward")).process(record, _meta(topic))
    findings = {f.path: f for f in outcome.findings if f.path == field}
    leaked = {v.path for v in outcome.violations}
    if findings[field].entity_type in KEPT and findings[field].validated:
        assert field not in leaked
    else:
        assert field in leaked
        assert outcome.decision.action == "quarantine" and outcome.decision.rule == "verify.egress_leak"
        assert outcome.record is None


@pytest.mark.parametrize("topic", sorted(SCHEMAS))
def test_the_same_records_transformed_cross_with_no_leak(topic: str) -> None:
    for seed in range(20):
        record = Synth(seed=seed).event(KIND_OF[topic])
        outcome = Pipeline(SANITIZERS[topic], FixedDecider("transform")).process(record, _meta(topic))
        assert outcome.decision.action == "transform", outcome.decision.reasons
        assert not outcome.violations


# -- item: a tagged value that fails its check -----------------------------------------------------

# fields whose tags name a check, and values that are something else
CHECKED = [(t, f, p) for t, f, p in TAGGED if any(x in STRUCTURED_VALIDATORS for x in p)]
NOT_WHAT_THEY_SAY = [
    "E12345678",  # a passport number shape
    "王伟",
    "Chan Tai Man",
    "4111111111111112",  # a card with a wrong Luhn digit
    "110101199003071234",  # a resident ID with a wrong check digit
    "not a value at all",
    "13800",
]
ALL_KEPT = {t: TransformSpec(op="keep") for t in ALL_ENTITIES | set(DEFAULT_TRANSFORMS)}


def _cases() -> Iterator[tuple[str, str, tuple[str, ...], str]]:
    for topic, field, pii in CHECKED:
        checks = [STRUCTURED_VALIDATORS[t] for t in pii if t in STRUCTURED_VALIDATORS]
        for value in NOT_WHAT_THEY_SAY:
            if not any(check(value) for check in checks):
                yield topic, field, pii, value


CASES = list(_cases())


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_every_checked_field_meets_values_that_fail_its_check() -> None:
    assert {(t, f) for t, f, _p, _v in CASES} == {(t, f) for t, f, _p in CHECKED}


@pytest.mark.parametrize(("topic", "field", "pii", "value"), CASES)
def test_a_tagged_value_that_fails_its_check_is_never_kept(topic: str, field: str, pii: Any, value: str) -> None:
    record = Synth(seed=12).event(KIND_OF[topic])
    record[field] = value
    # even when the policy keeps every type as it is
    sanitizer = Sanitizer(SCHEMAS[topic], DETECTOR, KEYRING, transforms=ALL_KEPT)
    result = sanitizer.sanitize(record)
    assert result.record[field] != value
    assert not any(value in s for s in _strings(result.record))
    assert [a.op for a in result.applied if a.path == field] == ["mask"]
    assert not [v for v in result.violations if v.path == field]
    # forwarded as it came, it is a leak, although its tag's type is allowed
    forwarded = sanitizer.verify(record, ALL_KEPT, ())
    assert field in {v.path for v in forwarded}


@pytest.mark.parametrize(("topic", "field", "pii"), CHECKED)
def test_a_tagged_value_that_passes_its_check_keeps_its_operator(topic: str, field: str, pii: Any) -> None:
    record = _record_with(topic, field, pii, seed=13)
    sanitizer = Sanitizer(SCHEMAS[topic], DETECTOR, KEYRING, transforms=ALL_KEPT)
    result = sanitizer.sanitize(record)
    found = next(f for f in result.findings if f.path == field)
    if found.validated:
        assert result.record[field] == record[field]
        assert not [v for v in result.violations if v.path == field]


# -- item: the envelope and nested strings ---------------------------------------------------------


def _string_paths(avro: Any, path: str, named: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """(path, in an array) of every string the type can hold."""
    if isinstance(avro, str):
        if avro == "string":
            yield path, False
        elif avro in named:
            yield from _string_paths(named[avro], path, named)
    elif isinstance(avro, list):
        for branch in avro:
            yield from _string_paths(branch, path, named)
    elif isinstance(avro, dict):
        kind = avro.get("type")
        if kind == "record":
            named[avro["name"]] = avro
            named[f"{avro.get('namespace', 'corridor.meta')}.{avro['name']}"] = avro
            for f in avro["fields"]:
                yield from _string_paths(f["type"], f"{path}.{f['name']}", named)
        elif kind == "array":
            for item_path, _ in _string_paths(avro["items"], path, named):
                yield item_path, True
        elif kind == "string":
            yield path, False


ENVELOPE = json.loads((SETTINGS.schemas_dir / "corridor.meta.Envelope.avsc").read_text())
ENVELOPE_PATHS = list(_string_paths(ENVELOPE, "_meta", {}))
PLANTED = {
    "CN_RESIDENT_ID": _SYNTH.ric(),
    "PHONE_NUMBER": _SYNTH.cn_mobile(),
    "CREDIT_CARD": _SYNTH.card()[1],
    "EMAIL_ADDRESS": _SYNTH.email(),
}


def _plant(record: dict[str, Any], path: str, in_array: bool, value: str) -> str:
    """Set the envelope's string at ``path`` (dots after ``_meta``); the path verify reports."""
    parts = path.split(".")[1:]
    node = record["_meta"]
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = [value] if in_array else value
    return f"{path}[0]" if in_array else path


def test_every_string_of_the_envelope_is_listed() -> None:
    paths = {p for p, _ in ENVELOPE_PATHS}
    assert {"_meta.subject.key_hash", "_meta.mechanism.ref", "_meta.origin.city"} <= paths
    assert ("_meta.mechanism.scope.recipients", True) in ENVELOPE_PATHS
    assert len(ENVELOPE_PATHS) >= 18


@pytest.mark.parametrize(("path", "in_array"), ENVELOPE_PATHS)
@pytest.mark.parametrize("entity_type", sorted(PLANTED))
def test_an_identifier_planted_in_any_string_of_the_envelope_quarantines_the_record(
    path: str, in_array: bool, entity_type: str
) -> None:
    topic = "sz.payments.v1"
    record = Synth(seed=14).card_payment()
    reported = _plant(record, path, in_array, PLANTED[entity_type])
    for action in ("transform", "forward"):
        outcome = Pipeline(SANITIZERS[topic], FixedDecider(action)).process(record, _meta(topic))
        assert outcome.decision.action == "quarantine" and outcome.decision.rule == "verify.egress_leak"
        assert (reported, entity_type) in {(v.path, v.entity_type) for v in outcome.violations}
        assert outcome.record is None  # nothing to encode: the envelope's bytes are not copied


def test_generated_envelopes_hold_nothing_to_report() -> None:
    for seed in range(60):
        for topic in sorted(SCHEMAS):
            record = Synth(seed=seed).event(KIND_OF[topic])
            result = SANITIZERS[topic].sanitize(record)
            assert not [v for v in result.violations if v.path.startswith("_meta")], seed


def test_the_envelope_is_never_transformed() -> None:
    # the codec copies the envelope's bytes as they came: a transform of it would not cross, so
    # it is refused (and the record quarantined as a transform error)
    record = Synth(seed=15).card_payment()
    finding = Finding("PHONE_NUMBER", 0, 3, 1.0, "gc_cn_mobile", "_meta")
    with pytest.raises(ConfigError):
        SANITIZERS["sz.payments.v1"].transform(record, [finding])
    result = SANITIZERS["sz.payments.v1"].sanitize(record)
    assert result.record["_meta"] == record["_meta"]


def test_nested_strings_are_found_and_a_map_key_never_names_a_path() -> None:
    out: list[tuple[str, str]] = []
    value = {"recipients": ["a", {"13800138000": "b"}], "city": "x"}
    _strings_in(value, "f", frozenset({"recipients", "city"}), out)
    assert out == [
        ("f.recipients[0]", "a"),
        ("f.recipients[1]{0}.key", "13800138000"),
        ("f.recipients[1]{0}", "b"),
        ("f.city", "x"),
    ]
