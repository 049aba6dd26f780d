"""Shortcuts of the hot path give the answers of their references: the table-driven check digits
python-stdnum's, the IPv4 match ipaddress's, and the extension's validators the Python ones'."""

from __future__ import annotations

import datetime
import ipaddress

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.cn import uscc as stdnum_uscc
from stdnum.iso7064 import mod_11_2

from streams.detect import validators
from streams.detect.fold import fold
from streams.detect.validators import (
    is_valid_cn_uscc,
    is_valid_ip,
    luhn_valid,
    mod_11_2_valid,
    py_is_valid_ip,
    uscc_check_char,
)
from streams.synthetic import Synth

DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=25)
OCTET = st.one_of(st.integers(0, 300).map(str), st.text(alphabet="0123456789٣", min_size=1, max_size=4))


@settings(max_examples=2000)
@given(st.lists(OCTET, min_size=3, max_size=5).map(".".join), st.sampled_from(["", " ", ":", "/24"]))
def test_when_an_ip_is_checked_then_it_agrees_with_ipaddress(quad: str, tail: str) -> None:
    # the reference on the value as it is; the validator the detector calls on the value folded
    # (an address in Arabic-Indic digits is that address)
    for check, value in ((py_is_valid_ip, quad + tail), (is_valid_ip, fold(quad + tail))):
        try:
            ipaddress.ip_address(value.strip())
            expected = True
        except ValueError:
            expected = False
        assert check(value) == expected
    assert is_valid_ip(quad + tail) == is_valid_ip(fold(quad + tail))


@settings(max_examples=2000)
@given(DIGITS)
def test_when_luhn_is_checked_then_it_agrees_with_stdnum(digits: str) -> None:
    assert luhn_valid(digits) == luhn.is_valid(digits)
    completed = digits + luhn.calc_check_digit(digits)
    assert luhn_valid(completed)  # and a number stdnum completes is valid (about 1 in 10 above is)


@given(st.text(alphabet="0123456789 -x²٣", min_size=1, max_size=20))
def test_when_luhn_gets_anything_but_ascii_digits_then_it_is_false(value: str) -> None:
    if not (value.isascii() and value.isdigit()):
        assert not luhn_valid(value)


@settings(max_examples=2000)
@given(st.text(alphabet="0123456789", min_size=17, max_size=17), st.sampled_from("0123456789X"))
def test_when_mod_11_2_is_checked_then_it_agrees_with_stdnum(body: str, check: str) -> None:
    assert mod_11_2_valid(body + check) == mod_11_2.is_valid(body + check)
    assert mod_11_2_valid(body + mod_11_2.calc_check_digit(body))


@given(
    st.text(alphabet="0123456789", min_size=8, max_size=8),
    st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=9, max_size=9),
)
def test_when_the_uscc_check_is_computed_then_it_agrees_with_stdnum(head: str, tail: str) -> None:
    # stdnum wants digits in the first eight places; ours also takes the registration authority letters
    assert uscc_check_char(head + tail) == stdnum_uscc.calc_check_digit(head + tail)


def test_when_generated_codes_are_checked_then_they_pass() -> None:
    synth = Synth(seed=5)
    assert all(is_valid_cn_uscc(synth.uscc()) for _ in range(200))


def test_when_a_resident_id_is_written_in_full_width_digits_then_its_check_still_counts() -> None:
    ric = Synth(seed=8).ric()
    wide = ric[:17].translate(str.maketrans("0123456789", "０１２３４５６７８９")) + ric[17]
    assert mod_11_2_valid(wide)
    assert not mod_11_2_valid(wide[:16] + ("１" if wide[16] != "１" else "２") + wide[17])


# The extension's validators (ASCII values) against the Python reference: real identifiers, then
# the same with characters changed, inserted or deleted from an alphabet of digits, letters that
# are and are not in the USCC alphabet, separators and Python's ASCII white space.
_REAL = Synth(seed=21)
_SAMPLES = [
    *(_REAL.card()[1] for _ in range(5)),
    _REAL.written_card(_REAL.card()[1]),
    *(_REAL.ric() for _ in range(5)),
    _REAL.ric().lower(),
    _REAL.residence_permit(),
    _REAL.bad_ric(),
    *(_REAL.uscc() for _ in range(3)),
    _REAL.uscc(individual_business=True),
    _REAL.hkid(),
    _REAL.hkid(bracketed=False),
    _REAL.hkid().lower(),
    _REAL.cn_bank_account(),
    _REAL.hk_bank_account(),
    "19000101",
    "",
]
_EDIT = "0123456789AXxZIOSVabh -()/\t\x0b\x1c\x1f"


@st.composite
def _near_identifiers(draw: st.DrawFn) -> str:
    value = list(draw(st.sampled_from(_SAMPLES)))
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(value)))
        kind = draw(st.sampled_from(["change", "insert", "delete"]))
        if kind == "insert" or not value:
            value.insert(at, draw(st.sampled_from(_EDIT)))
        elif kind == "change":
            value[min(at, len(value) - 1)] = draw(st.sampled_from(_EDIT))
        else:
            del value[min(at, len(value) - 1)]
    return "".join(value)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_near_identifiers(), st.text(alphabet=_EDIT, max_size=24)))
def test_the_native_validators_give_the_python_answers(value: str) -> None:
    today = datetime.date(2026, 11, 25)
    assert validators.is_valid_card(value) == validators.py_is_valid_card(value)
    assert validators.is_valid_cn_ric(value, today) == validators.py_is_valid_cn_ric(value, today)
    assert validators.is_valid_cn_uscc(value) == validators.py_is_valid_cn_uscc(value)
    assert validators.is_valid_hkid(value) == validators.py_is_valid_hkid(value)
    assert validators.is_valid_cn_bank_account(value) == validators.py_is_valid_cn_bank_account(value)


def test_the_native_validators_say_yes_to_real_identifiers() -> None:
    assert validators.extension is not None  # built by make; otherwise the test above compares Python with itself
    today = datetime.date(2026, 11, 25)
    assert all(validators.is_valid_card(_REAL.card()[1]) for _ in range(50))
    assert all(validators.is_valid_cn_ric(_REAL.ric(), today) for _ in range(50))
    assert all(validators.is_valid_cn_uscc(_REAL.uscc()) for _ in range(50))
    assert all(validators.is_valid_hkid(_REAL.hkid()) for _ in range(50))
    born_tomorrow = _REAL.ric(born=today + datetime.timedelta(days=1))
    assert validators.py_is_valid_cn_ric(born_tomorrow, today) is validators.is_valid_cn_ric(born_tomorrow, today)
    assert not validators.is_valid_cn_ric(born_tomorrow, today)


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(["CN", "HK"]), st.text(alphabet="0123456789", min_size=7, max_size=12))
def test_a_region_s_phone_patterns_as_one_alternation_answer_as_each_did(region: str, national: str) -> None:
    one_by_one = any(p.fullmatch(national) for p in validators._allocated_patterns(region))
    assert validators._phone_ok(national, region) == one_by_one


def test_today_is_the_clock_s_date() -> None:
    day = datetime.date.today()
    assert validators._today_number(None) == day.year * 10000 + day.month * 100 + day.day
