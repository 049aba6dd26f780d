"""Classes of names in Latin letters (issue #11, the twelfth round), from the branch development
set's English and mixed misses: one table per class, names that must be found and near misses of the
same shape that must give no PERSON finding, through the whole detector and through the names
scanner alone. Each class says why a privacy engineer decides it so. The names and sentences are made
up for these tests."""

from __future__ import annotations

import pytest
from person_spans import anywhere as _anywhere
from person_spans import at as _at
from person_spans import hit as _hit
from person_spans import spans as _spans
from person_spans import touch as _touch


def _found(text: str, word: str) -> None:
    where = _at(text, word)
    assert _hit(_spans(text), where), (text, _spans(text))
    assert _hit(_anywhere(text), where), (text, _anywhere(text))


def _left(text: str, word: str) -> None:
    where = _at(text, word)
    assert not _touch(_spans(text), where), (text, _spans(text))
    assert not _touch(_anywhere(text), where), (text, _anywhere(text))


# class 1: a given name with the desk a colleague sits in or comes from. Whoever is "in HR" or "from
# finance" is a named member of staff, whatever the sentence does next: a listed given name before in
# or from and a department's word (Rosalind in HR to top up, loop in Winifred from finance). Months,
# things, towns, shops, roles and common words in the same place (May in HR, Sales from HR, Stanley
# in Payroll, Apple from IT) are nobody.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Bonus shortfall for June; Rosalind in HR to fix it.", "Rosalind"),
        ("Sure, I will loop in Winifred from finance tomorrow.", "Winifred"),
        ("Password reset done by Bartholomew from IT this morning.", "Bartholomew"),
        ('Phishing mail signed "Priscilla" from HR asked for logins.', "Priscilla"),
        ("Query on the levy: check with Gideon in Compliance first.", "Gideon"),
        ("Late fee waived after Ingrid from accounts agreed.", "Ingrid"),
        ("Cheque book request passed on; Lorenzo in Operations has it.", "Lorenzo"),
        ("Copy to Rosemary in Treasury for the FX leg.", "Rosemary"),
    ],
)
def test_when_a_given_name_stands_before_in_or_from_a_department_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("May in HR is always busy with appraisals.", "May"),
        ("Email from HR about the new leave policy.", "Email"),
        ("Sales from IT hardware dropped this quarter.", "Sales"),
        ("Apple from IT is the standard laptop now.", "Apple"),
        ("Monday in Finance starts with the cash count.", "Monday"),
        ("Grace period in Compliance rules is thirty days.", "Grace"),
        ("Memo from Legal attached, please read.", "Memo"),
        ("Head from Operations joins the call at three.", "Head"),
    ],
)
def test_when_a_word_or_month_stands_before_in_or_from_a_department_then_it_is_left(text: str, word: str) -> None:
    _left(text, word)
