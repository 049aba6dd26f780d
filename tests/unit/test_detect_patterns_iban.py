"""IBANs in free text (issue 11): any country of python-stdnum's IBAN registry, grouped in fours or
not, found by the mod 97 check without a keyword; a wrong check never reported. The IBANs are built
from the registry's BBAN structures and stdnum's check digits, not taken from any corpus."""

from __future__ import annotations

import random
import re

import pytest
from stdnum import iban as stdnum_iban
from stdnum.iso7064 import mod_97_10

from streams.detect import validators as v
from streams.detect.engine import Detector
from streams.detect.patterns import IBAN
from streams.detect.scanner import NativeScanner, native_available, python_scan

_KINDS = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _bban(structure: str, rng: random.Random) -> str:
    return "".join(
        "".join(rng.choice(_KINDS[kind]) for _ in range(int(n))) for n, kind in re.findall(r"(\d+)!([nac])", structure)
    )


def _iban(country: str, rng: random.Random) -> str:
    """A valid IBAN of the country (electronic form): a BBAN of the registry's structure, stdnum's
    check digits."""
    from stdnum import numdb

    structure = numdb.get("iban").info(country + "00")[0][1]["bban"]
    bban = _bban(structure, rng)
    number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
    assert stdnum_iban.is_valid(number, check_country=False)
    return number


def _wrong(number: str) -> str:
    """The IBAN with its check digits changed (mod 97 fails)."""
    check = (int(number[2:4]) + 1 + random.Random(number).randrange(90)) % 97
    wrong = number[:2] + f"{check:02d}" + number[4:]
    assert wrong != number and not stdnum_iban.is_valid(wrong, check_country=False)
    return wrong


COUNTRIES = sorted(v.IBAN_LENGTHS)
TEMPLATES = [
    "IBAN {}",
    "beneficiary account {}, ref 2231",
    "请汇至{}。",
    "收款人帳戶：{}（英國）",
    "Send 去 {}，thanks",
    "{}",
]


def scan(text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in IBAN.scan(text)]


def test_every_registry_country_has_its_length() -> None:
    assert len(COUNTRIES) > 60
    rng = random.Random(11)
    for country in COUNTRIES:
        assert len(_iban(country, rng)) == v.IBAN_LENGTHS[country], country


@pytest.mark.parametrize("country", COUNTRIES)
def test_when_an_iban_of_any_country_is_written_grouped_or_not_then_it_is_found(country: str) -> None:
    rng = random.Random(country)
    number = _iban(country, rng)
    for form in (stdnum_iban.format(number), number, stdnum_iban.format(number, "-")):
        for template in TEMPLATES:
            text = template.format(form)
            assert scan(text) == [("IBAN_CODE", form)], text


@pytest.mark.parametrize("country", COUNTRIES)
def test_when_the_check_digits_are_wrong_then_nothing_is_reported(country: str) -> None:
    number = _wrong(_iban(country, random.Random(country)))
    for form in (stdnum_iban.format(number), number):
        for template in TEMPLATES:
            text = template.format(form)
            assert scan(text) == [], text


NEAR = [
    # the country's length decides where an IBAN ends: a number after it is not read into it
    ("IBAN BE68 5390 0754 7034 2024", [("IBAN_CODE", "BE68 5390 0754 7034")]),
    ("DE89 3704 0044 0532 0130 00 x2", [("IBAN_CODE", "DE89 3704 0044 0532 0130 00")]),
    # an IBAN right after another, the first a whole number of groups long
    (
        "AT61 1904 3002 3457 3201 DE89 3704 0044 0532 0130 00",
        [("IBAN_CODE", "AT61 1904 3002 3457 3201"), ("IBAN_CODE", "DE89 3704 0044 0532 0130 00")],
    ),
    ("BE68539007547034 BE68539007547034", [("IBAN_CODE", "BE68539007547034"), ("IBAN_CODE", "BE68539007547034")]),
    (
        "GB29 NWBK 6016 1331 9268 19 / GB82 WEST 1234 5698 7654 32",
        [
            ("IBAN_CODE", "GB29 NWBK 6016 1331 9268 19"),
            ("IBAN_CODE", "GB82 WEST 1234 5698 7654 32"),
        ],
    ),
    # inside a longer word or number: no IBAN
    ("XGB29NWBK60161331926819", []),
    ("GB29NWBK60161331926819X", []),
    ("GB29NWBK603161331926819", []),  # a character too many
    # a country that has no IBAN, a structure the country does not have (letters where digits go)
    ("US64 SVBK US6S 3300 9673 86", []),
    ("DE89 3704 0044 0532 0130 0A", []),
    # groups cut elsewhere than every four characters are another number
    ("GB29 NWB K6016 1331 9268 19", []),
]


@pytest.mark.parametrize(("text", "expected"), NEAR)
def test_when_an_iban_stands_next_to_other_text_then_its_country_length_bounds_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert scan(text) == expected


def test_the_mod_97_check_is_stdnums() -> None:
    rng = random.Random(97)
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for _ in range(3000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 34)))
        assert v.mod_97_10_valid(value) is mod_97_10.is_valid(value), value
    for value in ("", "12 34", "ab12", "１２"):
        assert v.mod_97_10_valid(value) is False


def test_an_iban_in_full_width_characters_is_valid_folded() -> None:
    wide = "".join(chr(ord(c) + 0xFEE0) if c != " " else c for c in "GB29 NWBK 6016 1331 9268 19")
    assert v.is_valid_iban(wide)
    assert not v.is_valid_iban(wide.replace("９", "８"))


@pytest.mark.skipif(not native_available(), reason="the extension is not built")
def test_the_native_scanner_finds_what_re_finds() -> None:
    rng = random.Random(5)
    texts = [t.format(stdnum_iban.format(_iban(c, rng))) for c in COUNTRIES for t in TEMPLATES[:2]]
    texts += [text for text, _ in NEAR]
    scanner = NativeScanner([(IBAN.pattern, 0)], [IBAN.min_digits])
    for text, matches in zip(texts, scanner.scan(texts), strict=True):
        assert matches == python_scan([(IBAN.pattern, 0)], text), text


def test_the_detector_finds_an_iban_in_free_text() -> None:
    text = "Beneficiary IBAN GB29 NWBK 6016 1331 9268 19, thanks"
    found = [(f.entity_type, text[f.start : f.end]) for f in Detector().analyze(text)]
    assert ("IBAN_CODE", "GB29 NWBK 6016 1331 9268 19") in found
