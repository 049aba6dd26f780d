"""The table-driven check digits of the hot path give python-stdnum's answers, and the IPv4 shortcut ipaddress's."""

from __future__ import annotations

import ipaddress

from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.cn import uscc as stdnum_uscc
from stdnum.iso7064 import mod_11_2

from streams.detect.validators import is_valid_cn_uscc, is_valid_ip, luhn_valid, mod_11_2_valid, uscc_check_char
from streams.synthetic import Synth

DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=25)
OCTET = st.one_of(st.integers(0, 300).map(str), st.text(alphabet="0123456789٣", min_size=1, max_size=4))


@settings(max_examples=2000)
@given(st.lists(OCTET, min_size=3, max_size=5).map(".".join), st.sampled_from(["", " ", ":", "/24"]))
def test_when_an_ip_is_checked_then_it_agrees_with_ipaddress(quad: str, tail: str) -> None:
    value = quad + tail
    try:
        ipaddress.ip_address(value.strip())
        expected = True
    except ValueError:
        expected = False
    assert is_valid_ip(value) == expected


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
