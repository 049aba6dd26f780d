"""Issue 11, seventh round: an IBAN written in lower case, which a public set of generated sentences
written by others showed. The IBANs are built here from our own bank codes and account numbers with
python-stdnum's check digits; a wrong check, a mix of cases or a hash stays unreported. Both scanners
(native and ``re``) run every table."""

from __future__ import annotations

import pytest
from stdnum import iban as stdnum_iban

from streams.detect.engine import Detector


def ibans(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "IBAN_CODE"]


def make(country: str, bban: str) -> str:
    return country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban


UPPER = [make("GB", "HBUK40127612345678"), make("DE", "500105171234567890"), make("FR", "20041010050500013M02606")]


def grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


@pytest.mark.parametrize("value", UPPER)
@pytest.mark.parametrize("sep", ["", " ", "-"])
@pytest.mark.parametrize("template", ["my iban is {v}", "{v}", "please wire to {v}, thanks", "收款 IBAN：{v}"])
def test_when_iban_in_lower_case_then_iban(detector: Detector, value: str, sep: str, template: str) -> None:
    written = sep.join(grouped(value).split()).lower()
    assert ibans(detector, template.format(v=written)) == [written]


def wrong(value: str) -> str:
    """The same IBAN with its last digit changed: the mod 97 check fails."""
    return value[:-1] + str((int(value[-1]) + 1) % 10)


@pytest.mark.parametrize("value", UPPER)
def test_when_lower_case_iban_has_wrong_check_then_none(detector: Detector, value: str) -> None:
    assert ibans(detector, f"iban {wrong(value).lower()}") == []


@pytest.mark.parametrize(
    "text",
    [
        # a hash, a version, a reference of letters and digits
        "sha1 de44a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7",
        "build gb12abcd on ci",
        "ref ab12 cd34 ef56",
    ],
)
def test_when_lower_case_letters_and_digits_are_no_iban_then_none(detector: Detector, text: str) -> None:
    assert ibans(detector, text) == []


@pytest.mark.parametrize("value", [UPPER[0], UPPER[2]])
def test_when_mixed_case_then_neither_form(detector: Detector, value: str) -> None:
    # one case throughout: a lower-case head before capitals is no IBAN's form
    assert ibans(detector, f"iban {value[:2].lower() + value[2:]}") == []
