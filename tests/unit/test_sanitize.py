"""The core end to end: classify, transform, verify, sanitized schema, encoding."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from fastavro.validation import validate
from hypothesis import given, settings
from hypothesis import strategies as st
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams import codec
from streams.detect.engine import Detector
from streams.sanitize import Sanitizer
from streams.synthetic import EVENT_KINDS, Synth
from streams.transform import TransformSpec

SCHEMAS = event_schemas(Settings().schemas_dir)
DETECTOR = Detector()
SANITIZERS = {topic: Sanitizer(schema, DETECTOR, KEYRING) for topic, schema in SCHEMAS.items()}


def _leaves(value: Any) -> tuple[list[str], set[str]]:
    """Every string of a record, nested ones too, and every number, written as digits."""
    texts: list[str] = []
    numbers: set[str] = set()

    def walk(v: Any) -> None:
        if isinstance(v, str):
            texts.append(v)
        elif isinstance(v, bool) or v is None:
            return
        elif isinstance(v, int | float):
            numbers.add(str(v))
        elif isinstance(v, dict):
            for k, item in v.items():
                texts.append(str(k))
                walk(item)
        elif isinstance(v, list | tuple):
            for item in v:
                walk(item)
        else:
            texts.append(json.dumps(v, default=str))

    walk(value)
    return texts, numbers


def _removed_values(record: dict[str, Any], sanitizer: Sanitizer, result: Any) -> list[tuple[str, bool]]:
    """The original text of every finding whose transform was not ``keep``, and whether the field
    held a number (not a text)."""
    values = []
    for f in result.findings:
        spec = sanitizer.spec_for(f.path if f.recognizer.startswith("schema:") else "", f.entity_type)
        if spec.op == "keep":
            continue
        original = record[f.path]
        text = original if isinstance(original, str) else str(original)
        value = text if f.recognizer.startswith("schema:") else text[f.start : f.end]
        if len(value) >= 4:  # a 3-digit CVV can occur by chance inside a token; longer values cannot
            values.append((value, not isinstance(original, str)))
    return values


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**9), kind=st.sampled_from(sorted(EVENT_KINDS)))
def test_when_a_record_is_sanitized_then_no_removed_value_survives(seed: int, kind: str) -> None:
    record = Synth(seed=seed).event(kind)
    sanitizer = SANITIZERS[EVENT_KINDS[kind]]
    result = sanitizer.sanitize(record)
    texts, numbers = _leaves(result.record)
    for value, was_number in _removed_values(record, sanitizer, result):
        # a text inside any text; a number only as a whole number or a whole text (a 4-digit PIN
        # turns up inside an epoch-ms timestamp about once in a few hundred records, and a birth
        # date's day count inside an event id or a consent code, by chance)
        if was_number:
            assert value not in numbers and value not in texts
        else:
            assert not any(value in text for text in texts) and value not in numbers
    assert result.violations == []
    assert result.unclassified == []


def test_when_records_are_sanitized_then_they_fit_the_sanitized_schema_and_encode() -> None:
    s = Synth(seed=8)
    for topic, kind in ((t, k) for k, t in EVENT_KINDS.items()):
        sanitizer = SANITIZERS[topic]
        derived = sanitizer.sanitized_schema()
        parsed = codec.parse(derived)
        assert derived["namespace"] == "corridor.sanitized"
        for _ in range(30):
            result = sanitizer.sanitize(s.event(kind))
            assert validate(result.record, parsed, raise_errors=True)
            wire = codec.encode_confluent(result.record, 42, parsed)
            back = codec.decode_confluent(wire, codec.SchemaCache(lambda _i, d=derived: d)).record
            assert back["event_id"] == result.record["event_id"]


def test_when_the_schema_is_derived_then_docs_and_types_say_how_fields_changed() -> None:
    kyc = {f["name"]: f for f in SANITIZERS["sz.kyc.v1"].sanitized_schema()["fields"]}
    assert kyc["date_of_birth"]["type"] == "string"  # generalized to a year
    assert "generalize(year)" in kyc["date_of_birth"]["doc"]
    assert "hmac" in kyc["id_number"]["doc"]
    pay = {f["name"]: f for f in SANITIZERS["sz.payments.v1"].sanitized_schema()["fields"]}
    assert pay["cvv"]["type"][0] == "null" and "drop" in pay["cvv"]["doc"]
    assert "fpe" in pay["card_number"]["doc"] and pay["card_number"]["type"] == "string"
    assert "free text" in pay["memo"]["doc"]


def test_when_a_cvv_field_arrives_then_it_is_dropped_never_tokenised() -> None:
    record = Synth(seed=1).card_payment()
    record["cvv"] = "123"
    result = SANITIZERS["sz.payments.v1"].sanitize(record)
    assert result.record["cvv"] is None
    assert ("cvv", "AUTH_SECRET", "drop") in {(a.path, a.entity_type, a.op) for a in result.applied}


def test_when_a_memo_has_identifiers_then_spans_are_redacted_in_place() -> None:
    record = Synth(seed=1).card_payment()
    record["memo"] = "客户王伟，身份证号码11010519491231002X，CVV 123"
    result = SANITIZERS["sz.payments.v1"].sanitize(record)
    memo = result.record["memo"]
    assert memo.startswith("客户[PERSON]，身份证号码tok_p1_") and memo.endswith("CVV ")
    assert "11010519491231002X" not in memo and "王伟" not in memo


def test_when_a_field_is_unclassified_then_it_is_reported_and_redacted() -> None:
    schema = copy.deepcopy(SCHEMAS["sz.payments.v1"])
    schema["fields"].insert(3, {"name": "new_note", "type": ["null", "string"], "default": None})
    sanitizer = Sanitizer(schema, DETECTOR, KEYRING)
    record = Synth(seed=1).card_payment()
    record["new_note"] = "call 13800138000"
    result = sanitizer.sanitize(record)
    assert result.unclassified == ["new_note"]
    assert "13800138000" not in result.record["new_note"]


def test_when_a_transform_keeps_a_value_that_is_not_allowed_then_verify_reports_a_violation() -> None:
    record = Synth(seed=1).card_payment()
    sanitizer = SANITIZERS["sz.payments.v1"]
    result = sanitizer.sanitize(record, overrides={"CREDIT_CARD": TransformSpec(op="keep")}, allowed=set())
    assert {(v.path, v.entity_type) for v in result.violations} >= {("card_number", "CREDIT_CARD")}
    fine = sanitizer.sanitize(record, overrides={"CREDIT_CARD": TransformSpec(op="keep")})
    assert ("card_number", "CREDIT_CARD") not in {(v.path, v.entity_type) for v in fine.violations}


def test_when_a_tagged_value_fails_its_check_then_it_is_still_transformed() -> None:
    record = Synth(seed=1).card_payment()
    record["cardholder_id_number"] = "110105194912310021"  # wrong check character
    result = SANITIZERS["sz.payments.v1"].sanitize(record)
    finding = next(f for f in result.findings if f.path == "cardholder_id_number")
    assert not finding.validated and finding.entity_type == "CN_RESIDENT_ID"
    assert result.record["cardholder_id_number"].startswith("tok_p1_")


def test_when_the_input_record_is_sanitized_then_it_is_not_modified() -> None:
    record = Synth(seed=4).remittance()
    before = copy.deepcopy(record)
    SANITIZERS["sz.remittances.v1"].sanitize(record)
    assert record == before


@pytest.mark.parametrize("topic", sorted(SCHEMAS))
def test_when_a_field_transform_names_an_unknown_field_then_construction_fails(topic: str) -> None:
    from streams.errors import ConfigError

    with pytest.raises(ConfigError, match="unknown fields"):
        Sanitizer(SCHEMAS[topic], DETECTOR, KEYRING, field_transforms={"nope": TransformSpec(op="drop")})


def test_when_a_whole_field_transform_output_lacks_its_shape_then_verify_scans_it() -> None:
    from streams.sanitize import Applied

    sanitizer = SANITIZERS["sz.payments.v1"]
    record = Synth(seed=2).card_payment()
    leaky = dict(record, cardholder_name="write to amy.chan@example.com", card_number="13800138000")
    applied = [Applied("cardholder_name", "PERSON", "mask"), Applied("card_number", "CREDIT_CARD", "fpe")]
    found = {(v.path, v.entity_type) for v in sanitizer.verify(leaky, set(), applied)}
    assert ("cardholder_name", "EMAIL_ADDRESS") in found  # more than a mask shows: scanned
    assert ("card_number", "PHONE_NUMBER") in found  # fpe output is digits, and digits are always scanned
    shaped = dict(record, cardholder_name="*** **")
    found = {(v.path, v.entity_type) for v in sanitizer.verify(shaped, set(), applied)}
    assert "cardholder_name" not in {p for p, _ in found}  # a mask's shape: not scanned


def test_when_verify_remembers_clean_values_then_it_answers_as_a_fresh_scan_and_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import streams.sanitize as sanitize_module

    monkeypatch.setattr(sanitize_module, "CLEAN_CAPACITY", 16)
    schema = SCHEMAS["sz.payments.v1"]
    remembering, fresh = Sanitizer(schema, DETECTOR, KEYRING), Sanitizer(schema, DETECTOR, KEYRING)
    synth = Synth(seed=31)
    for n in range(60):
        record = synth.card_payment()
        if n % 3 == 0:  # a short field that holds an identifier: found every time, never remembered
            record["merchant_name"] = synth.cn_mobile()
        out, applied = remembering.transform(record, remembering.classify(record)[0])
        assert remembering.verify(out, remembering.kept_types(), applied) == fresh.verify(
            out, fresh.kept_types(), applied
        )
        fresh._clean.clear()
    assert 0 < len(remembering._clean) <= 16 and remembering.verify_clean_hits > 0
    assert not any(DETECTOR.analyze(value) for value in remembering._clean)


class _CountingDetector(Detector):
    """The real detector, noting every field verify hands it."""

    def __init__(self) -> None:
        super().__init__()
        self.verified: list[str] = []

    def analyze_fields(self, fields: Any) -> Any:
        self.verified.extend(fields)
        return super().analyze_fields(fields)


@pytest.mark.parametrize(
    "memo", ["Payment for invoice 42, thank you", f"商户统一社会信用代码{Synth(seed=4).uscc()} 结算"]
)
def test_when_a_memo_comes_out_unchanged_then_verify_judges_it_by_what_classify_found(memo: str) -> None:
    detector = _CountingDetector()
    sanitizer = Sanitizer(SCHEMAS["sz.payments.v1"], detector, KEYRING)
    record = dict(Synth(seed=4).card_payment(), memo=memo)
    findings, _ = sanitizer.classify(record)
    out, applied = sanitizer.transform(record, findings)
    assert out["memo"] == memo  # nothing to redact, or only kept types (a merchant's USCC)
    scanned = sanitizer.scanned_texts(record, findings)
    allowed_sets = (sanitizer.kept_types(), frozenset())
    reused = [sanitizer.verify(out, allowed, applied, scanned) for allowed in allowed_sets]
    assert memo not in detector.verified
    rescanned = [sanitizer.verify(out, allowed, applied) for allowed in allowed_sets]
    assert [sorted(v) for v in reused] == [sorted(v) for v in rescanned]  # what a rescan finds
    if "信用代码" in memo:  # a kept type: allowed by default, a violation when nothing is
        assert not [v for v in reused[0] if v.path == "memo"] and [v for v in reused[1] if v.path == "memo"]
    assert memo in detector.verified


def test_when_a_memo_is_redacted_then_verify_scans_it_again() -> None:
    detector = _CountingDetector()
    sanitizer = Sanitizer(SCHEMAS["sz.payments.v1"], detector, KEYRING)
    record = dict(Synth(seed=4).card_payment(), memo="call 13800138000 please")
    findings, _ = sanitizer.classify(record)
    out, applied = sanitizer.transform(record, findings)
    sanitizer.verify(out, sanitizer.kept_types(), applied, sanitizer.scanned_texts(record, findings))
    assert out["memo"] in detector.verified
