"""The generator: deterministic, valid check digits, schema-valid records, no real data sources."""

from __future__ import annotations

import json
import subprocess
import sys

import phonenumbers
import pytest
from fastavro import parse_schema
from fastavro.validation import validate
from stdnum import luhn
from stdnum.iso7064 import mod_11_2

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.validators import hkid_check_char, uscc_check_char
from streams.schemas import check_classified
from streams.synthetic import EVENT_KINDS, Synth


def test_when_the_seed_is_the_same_then_the_events_are_the_same() -> None:
    a, b = Synth(seed=11), Synth(seed=11)
    assert [a.event(k) for k in EVENT_KINDS for _ in range(5)] == [b.event(k) for k in EVENT_KINDS for _ in range(5)]
    assert Synth(seed=12).card_payment() != Synth(seed=11).card_payment()


@pytest.mark.parametrize(
    ("prefix", "digits", "check"),
    [("A", "123456", "3"), ("AB", "123456", "9"), ("E", "364912", "5"), ("D", "288754", "2")],
)
def test_when_published_hkid_examples_are_checked_then_they_pass(prefix: str, digits: str, check: str) -> None:
    assert hkid_check_char(prefix, digits) == check


def test_when_the_standard_uscc_example_is_checked_then_its_check_char_is_3() -> None:
    assert uscc_check_char("91350100M000100Y4") == "3"


def test_when_identifiers_are_generated_then_their_check_digits_are_valid() -> None:
    s = Synth(seed=5)
    for _ in range(300):
        assert mod_11_2.is_valid(s.ric())
        hk = s.hkid()
        assert hkid_check_char(hk[:-3].rstrip("0123456789"), hk[-9:-3]) == hk[-2]
        network, pan = s.card()
        assert luhn.is_valid(pan)
        assert (len(pan) in (16, 19)) if network == "UNIONPAY" else len(pan) == 16
        assert not mod_11_2.is_valid(s.bad_ric())
        assert not luhn.is_valid(s.order_number())
        uscc = s.uscc()
        assert uscc_check_char(uscc[:17]) == uscc[17]


def test_when_phones_are_generated_then_libphonenumber_accepts_them() -> None:
    s = Synth(seed=9)
    for _ in range(200):
        cn = s.cn_mobile().replace("0086", "+86", 1)
        assert phonenumbers.is_valid_number(phonenumbers.parse(cn, "CN")), cn
        hk = s.hk_phone().replace("00852 ", "+852 ", 1).replace("(852) ", "+852 ", 1)
        assert phonenumbers.is_valid_number(phonenumbers.parse(hk, "HK")), hk


def test_when_memos_are_generated_then_the_truth_spans_point_at_the_values() -> None:
    s = Synth(seed=2)
    kinds = set()
    for _ in range(400):
        memo = s.memo()
        for e in memo.truth:
            assert 0 <= e.start < e.end <= len(memo.text)
            kinds.add(e.entity_type)
    assert {"CREDIT_CARD", "CN_RESIDENT_ID", "HK_ID", "PERSON", "AUTH_SECRET", "PHONE_NUMBER"} <= kinds
    assert any("\u4e00" <= ch <= "\u9fff" for ch in s.memo().text + s.memo().text + s.memo().text)


def test_when_events_are_generated_then_they_validate_against_their_schemas() -> None:
    schemas = event_schemas(Settings().schemas_dir)
    assert set(schemas) == set(EVENT_KINDS.values())
    s = Synth(seed=4)
    for kind, topic in EVENT_KINDS.items():
        parsed = parse_schema(schemas[topic])
        for _ in range(50):
            assert validate(s.event(kind), parsed, raise_errors=True)


def test_when_schemas_are_loaded_then_every_top_level_field_is_classified() -> None:
    for topic, schema in event_schemas(Settings().schemas_dir).items():
        assert check_classified(schema) == [], topic


def test_when_generate_runs_with_a_seed_then_stdout_is_deterministic_json() -> None:
    cmd = [sys.executable, "-m", "agents.cli", "generate", "--count", "6", "--seed", "21"]
    first = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    second = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    lines = first.splitlines()
    assert first == second and len(lines) == 6
    assert {"card_number", "memo"} <= set(json.loads(lines[0]))
