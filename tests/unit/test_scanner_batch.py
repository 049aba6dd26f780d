"""The native scanner reads a batch pattern by pattern (native/src/lib.rs ``Scanner::scan``): each
text's matches are those it gets scanned alone, in the same order, and a pattern that gives up on
any text of the batch fails the whole call (the caller quarantines; nothing is answered)."""

from __future__ import annotations

import corridor_native
import pytest
from detect_texts import FIELD
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import Detector
from streams.detect.scanner import NativeScanner
from streams.synthetic import Synth


def _scanner() -> NativeScanner:
    native = Detector(scanner="native")._native
    assert native is not None
    return native


SCANNER = _scanner()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FIELD, st.text(max_size=30)), max_size=12))
def test_when_texts_are_scanned_together_then_each_gets_its_own_matches(texts: list[str]) -> None:
    texts = [t for t in texts if not any("\ud800" <= c <= "\udfff" for c in t)]
    assert SCANNER.scan(texts) == [SCANNER.scan([t])[0] for t in texts]


def test_when_a_batch_of_memos_is_scanned_then_it_is_each_memo_alone() -> None:
    synth = Synth(seed=3)
    texts = [synth.memo().text for _ in range(200)]
    together = SCANNER.scan(texts)
    assert together == [SCANNER.scan([t])[0] for t in texts]
    assert sum(map(len, together)) > 200  # the memos hold identifiers: matches were compared


def test_when_a_pattern_gives_up_on_one_text_of_a_batch_then_the_call_fails() -> None:
    spec = {"pattern": "(?:a|aa)*(?=b)c", "core": "(?:a|aa)*c", "group": 0, "behind": 0, "guard": ""}
    scanner = corridor_native.Scanner([{**spec, "edges": None, "min_digits": 0}], "[0-9]")
    assert scanner.scan(["ac", "b"]) == [[], []]
    with pytest.raises(RuntimeError, match="gave up"):
        scanner.scan(["ac", "a" * 40 + "c", "b"])
