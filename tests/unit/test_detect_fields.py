"""Shortcuts of the detector that must not change what it finds.

Scanning fields joined (``Detector.analyze_fields``) finds what scanning each field alone finds,
and the gates that skip recognizers (digit-run lengths, required literals, gate patterns) skip
only those that would have found nothing. These are shortcuts of the ``re`` scanner; the native
one scans each field alone, with every pattern (``test_scanner.py`` holds the two equal).

The verify step relies on it: it scans a record's fields in one pass, and keeps a set of field
values known to hold nothing. Fields are built to tempt a match or a context word across the
separator: identifiers at a field's start, keywords and half a track at the end of the one before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from detect_texts import FIELD
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import FIELD_SEPARATOR, Detector
from streams.detect.fold import fold
from streams.detect.names import scan_names
from streams.detect.names_anywhere import scan_names_anywhere
from streams.detect.patterns import ID_RECOGNIZERS
from streams.synthetic import Synth


def _triples(findings: list) -> list[tuple[str, int, int, float]]:  # type: ignore[type-arg]
    return [(f.entity_type, f.start, f.end, f.score) for f in findings]


@settings(max_examples=400, deadline=None)
@given(st.lists(FIELD, min_size=1, max_size=6))
def test_when_fields_are_scanned_joined_then_each_finds_what_it_finds_alone(fields: list[str]) -> None:
    detector = Detector(scanner="python")
    joined = detector.analyze_fields(fields)
    alone = [detector.analyze(f) for f in fields]
    assert [_triples(x) for x in joined] == [_triples(x) for x in alone]


@pytest.mark.parametrize("scanner", ["python", "native"])
def test_when_a_context_word_ends_the_field_before_then_it_does_not_count(scanner: str) -> None:
    detector = Detector(scanner=scanner)
    # eight bare digits need a keyword (a Synth of its own: the shared one's next value depends on
    # which tests ran before)
    phone = "".join(c for c in Synth(seed=77).hk_phone() if c.isdigit())[-8:]
    assert detector.analyze("tel " + phone)  # the keyword counts inside one field
    joined = FIELD_SEPARATOR.join(["tel", phone])
    assert detector.analyze(joined)  # ...and across a plain join, which is what analyze_fields prevents
    assert detector.analyze_fields(["tel", phone]) == [[], []]


UNGATED = [replace(r, required=(), gate=None, min_digits=0) for r in ID_RECOGNIZERS]


@settings(max_examples=400, deadline=None)
@given(FIELD)
def test_when_gates_skip_a_recognizer_then_it_would_have_found_nothing(text: str) -> None:
    # the digit-run lengths, required literals and gates only save work: every recognizer run on
    # the whole text (folded, as the detector scans it), with none of them, finds the same
    detector = Detector(scanner="python")
    folded = fold(text)
    everything = [f for r in UNGATED for f in r.scan(folded)] + scan_names(folded) + scan_names_anywhere(folded)
    assert _triples(detector._finish(everything)) == _triples(detector.analyze(text))


def test_when_a_ner_backend_is_set_then_its_names_land_in_their_own_field() -> None:
    def backend(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        return [[(t.index("John"), t.index("John") + 10, "PERSON")] if "John Smith" in t else [] for t in texts]

    detector = Detector(ner=backend, ner_name="fake")
    fields = ["Invoice 42", "paid to John Smith"]
    joined = detector.analyze_fields(fields)
    assert joined == [detector.analyze(f) for f in fields]
    assert [(f.entity_type, f.start, f.end) for f in joined[1]] == [("PERSON", 8, 18)]
