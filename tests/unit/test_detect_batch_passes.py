"""The detector reads a batch in passes (every text's matches judged, then every text read for
names): each text's raw findings, in their order, are what the text alone gives, and so are its
resolved findings (overlaps are broken by the order of equal findings)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from streams.detect.engine import Detector
from streams.detect.scanner import native_available
from streams.synthetic import Synth

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

pytestmark = pytest.mark.skipif(not native_available(), reason="the native scanner needs the extension")


def _texts() -> list[str]:
    synth = Synth(seed=5)
    texts = [synth.memo().text for _ in range(120)]
    for name in ("memos.jsonl", "chat.jsonl"):  # development sets; never the blind one
        lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()[:40]
        texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


TEXTS = _texts()
DETECTOR = Detector(scanner="native")


def test_when_texts_are_read_in_a_batch_then_each_has_the_raw_findings_it_has_alone() -> None:
    batched = DETECTOR._native_findings(TEXTS, anywhere=True)
    alone = [DETECTOR._native_findings([text], anywhere=True)[0] for text in TEXTS]
    assert batched == alone
    assert sum(map(len, batched)) > len(TEXTS)  # something to compare: names and identifiers


def test_when_texts_are_read_in_a_batch_then_names_follow_each_texts_identifiers() -> None:
    batched = DETECTOR._native_findings(TEXTS, anywhere=True)
    without = DETECTOR._native_findings(TEXTS, anywhere=False)
    for found, identifiers in zip(batched, without, strict=True):
        assert found[: len(identifiers)] == identifiers
    assert any(len(f) > len(i) for f, i in zip(batched, without, strict=True))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=12))
def test_when_any_batch_is_analyzed_then_each_text_is_as_alone(texts: list[str]) -> None:
    assert DETECTOR.analyze_batch(texts) == [DETECTOR.analyze(text) for text in texts]
