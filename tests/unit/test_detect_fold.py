"""Identifiers typed in full-width or other Unicode digits are found, checked and transformed.

Python's ``\\d`` matches every decimal digit, so such an identifier always matched the patterns;
its check digits, read as ASCII, failed, and it crossed unchanged. Texts and values are now folded
(``streams.detect.fold``) before they are scanned and checked, one character for one, so offsets
still point into the text as it came. The tests go over every block of ten Unicode decimal digits.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from deciders import FixedDecider
from hypothesis import given, settings
from hypothesis import strategies as st
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect import validators
from streams.detect.engine import Detector
from streams.detect.fold import fold, fold_table, py_fold
from streams.pipeline import Pipeline
from streams.policy.engine import RecordMeta
from streams.sanitize import Sanitizer
from streams.synthetic import Synth

# the first digit of every block of ten Unicode decimal digits, 0 to 9 in a row
ZEROS = [
    code
    for code in range(0x110000)
    if unicodedata.decimal(chr(code), None) == 0
    and all(unicodedata.decimal(chr(code + i), None) == i for i in range(1, 10))
]
SYNTH = Synth(seed=31)
CARD = SYNTH.card()[1]
MOBILE = SYNTH.cn_mobile()
RIC = SYNTH.ric()
HKID = SYNTH.hkid()
SCHEMAS = event_schemas(Settings().schemas_dir)
DETECTORS = {name: Detector(scanner=name) for name in ("native", "python")}
PAYMENTS = "sz.payments.v1"
SANITIZER = Sanitizer(SCHEMAS[PAYMENTS], DETECTORS["native"], KEYRING)


def written_in(value: str, zero: int) -> str:
    """The value with its ASCII digits written in the block that starts at ``zero``."""
    return value.translate({ord("0") + d: zero + d for d in range(10)})


def test_there_are_many_blocks_and_ascii_is_one() -> None:
    assert ord("0") in ZEROS and 0xFF10 in ZEROS and 0x0660 in ZEROS and 0x0966 in ZEROS
    assert len(ZEROS) > 50


def test_every_decimal_digit_folds_to_its_ascii_digit_and_every_fold_is_one_character() -> None:
    table = fold_table()
    for code in range(0x80, 0x110000):
        digit = unicodedata.decimal(chr(code), None)
        if digit is not None:
            assert table[code] == str(digit)
    assert all(code > 0x7F and len(ch) == 1 and ch.isascii() for code, ch in table.items())
    assert fold("Ａ１２３４５６（７）－＋／．＠\u3000\xa0\u2013") == "A123456(7)-+/.@  -"
    # ordinary Chinese punctuation is not folded: no pattern reads it otherwise
    assert fold("，：；！？") == "，：；！？"


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), st.sampled_from([chr(c) for c in fold_table()])), max_size=30))
def test_the_native_fold_is_the_python_one_and_keeps_every_offset(text: str) -> None:
    folded = fold(text)
    assert folded == py_fold(text) == text.translate(fold_table())
    assert len(folded) == len(text)
    if folded == text:
        assert folded is text or not text.isascii()


@pytest.mark.parametrize("zero", ZEROS, ids=hex)
@pytest.mark.parametrize("scanner", sorted(DETECTORS))
def test_identifiers_in_any_digits_are_found_where_they_stand(zero: int, scanner: str) -> None:
    values = {
        "CREDIT_CARD": written_in(CARD, zero),
        "PHONE_NUMBER": written_in(MOBILE, zero),
        "CN_RESIDENT_ID": written_in(RIC, zero),
        "HK_ID": written_in(HKID, zero),
    }
    text = (
        f"客户王伟，卡号{values['CREDIT_CARD']}，手机{values['PHONE_NUMBER']}，"
        f"身份证{values['CN_RESIDENT_ID']}; HKID {values['HK_ID']} 谢谢"
    )
    found = {f.entity_type: text[f.start : f.end] for f in DETECTORS[scanner].analyze(text)}
    for entity_type, value in values.items():
        assert found.get(entity_type) == value, (entity_type, hex(zero))
    # each field alone, as verify scans them
    for entity_type, value in values.items():
        assert [f.entity_type for f in DETECTORS[scanner].analyze_fields([value])[0]] == [entity_type]


@pytest.mark.parametrize("zero", ZEROS, ids=hex)
def test_tagged_values_in_any_digits_pass_their_checks(zero: int) -> None:
    assert validators.is_valid_card(written_in(CARD, zero))
    assert validators.is_valid_phone(written_in(MOBILE, zero))
    assert validators.is_valid_cn_ric(written_in(RIC, zero))
    assert validators.is_valid_hkid(written_in(HKID, zero))
    record = _payment(zero)
    findings, _unclassified = SANITIZER.classify(record)
    by_path = {f.path: f for f in findings if f.recognizer.startswith("schema:")}
    for path, entity_type in (
        ("card_number", "CREDIT_CARD"),
        ("cardholder_phone", "PHONE_NUMBER"),
        ("cardholder_id_number", "CN_RESIDENT_ID"),
    ):
        assert by_path[path].entity_type == entity_type and by_path[path].validated, path


def test_a_full_width_hkid_and_e_mail_are_found() -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in HKID)
    text = f"HKID {wide}，email ｗａｎｇ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ"
    for detector in DETECTORS.values():
        found = {f.entity_type: text[f.start : f.end] for f in detector.analyze(text)}
        assert found["HK_ID"] == wide
        assert found["EMAIL_ADDRESS"] == "ｗａｎｇ．ｗｅｉ＠ｅｘａｍｐｌｅ．ｃｏｍ"


# -- the pipeline --------------------------------------------------------------------------------


META = RecordMeta(PAYMENTS, 0, 1, 1_780_000_000_000)


def _payment(zero: int) -> dict[str, Any]:
    record = Synth(seed=zero).card_payment()
    record["memo"] = (
        f"卡号{written_in(CARD, zero)}，手机{written_in(MOBILE, zero)}，"
        f"身份证{written_in(RIC, zero)}，HKID {written_in(HKID, zero)}"
    )
    record["card_number"] = written_in(CARD, zero)
    record["cardholder_phone"] = written_in(MOBILE, zero)
    record["cardholder_id_number"] = written_in(RIC, zero)
    return record


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (str(k), *_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@pytest.mark.parametrize("zero", ZEROS, ids=hex)
def test_identifiers_in_any_digits_are_transformed_by_the_pipeline(zero: int) -> None:
    record = _payment(zero)
    outcome = Pipeline(SANITIZER, FixedDecider("transform")).process(record, META)
    assert outcome.decision.action == "transform", outcome.decision.reasons
    assert outcome.record is not None
    out = "\n".join(_strings(outcome.record))
    for value in (CARD, MOBILE, RIC, HKID):
        assert written_in(value, zero) not in out and value not in out
        assert value[-8:] not in fold(out)  # nor its digits, in any form
    applied = {(a.path, a.entity_type) for a in outcome.applied}
    assert {("memo", t) for t in ("CREDIT_CARD", "PHONE_NUMBER", "CN_RESIDENT_ID", "HK_ID")} <= applied
    assert {("card_number", "CREDIT_CARD"), ("cardholder_id_number", "CN_RESIDENT_ID")} <= applied


@pytest.mark.parametrize("zero", ZEROS, ids=hex)
def test_identifiers_in_any_digits_are_caught_by_verify_when_forwarded(zero: int) -> None:
    outcome = Pipeline(SANITIZER, FixedDecider("forward")).process(_payment(zero), META)
    assert outcome.decision.action == "quarantine" and outcome.decision.rule == "verify.egress_leak"
    leaked = {(v.path, v.entity_type) for v in outcome.violations}
    assert {("memo", t) for t in ("CREDIT_CARD", "PHONE_NUMBER", "CN_RESIDENT_ID", "HK_ID")} <= leaked
    assert outcome.record is None
