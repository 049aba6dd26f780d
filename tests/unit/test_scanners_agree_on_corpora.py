"""The two scanners agree on real text: every hand-written corpus but the blind judge, and the bench's
generated memos.

``re`` (the python scanner) skips a recognizer whose ``required`` literals are all absent from the
text; the native scanner has no such gate and runs the pattern. A ``required`` tuple that misses one
of its pattern's words is therefore a silent difference: the python path never saw a match that the
native one reports (AUTH_NUMERIC's 取款附言码, AUTH_ALNUM_CODE's "login PIN" were two). The
hypothesis tests of ``test_scanner.py`` draw texts at random; these read the texts people wrote.
"""

from __future__ import annotations

from functools import cache

import pytest

from agents.bench.corpus import CORPORA, load
from agents.bench.names import bench_texts
from streams.detect.engine import Detector
from streams.detect.patterns import ID_RECOGNIZERS, Recognizer
from streams.detect.scanner import native_available


@cache
def _texts() -> tuple[str, ...]:
    # (the blind judge's texts are not read here either: nothing about them steers the recognizers)
    written = [r["text"] for name, path in CORPORA.items() if name != "blind" for r in load(path)]
    return (*written, *bench_texts(1500))


def test_the_texts_are_the_corpora_and_the_memos() -> None:
    texts = _texts()
    assert len(texts) > 6000
    assert any("取款附言码" in t for t in texts)  # the text the first difference was found on


@pytest.mark.parametrize("recognizer", [r for r in ID_RECOGNIZERS if r.required], ids=lambda r: r.name)
def test_a_finding_holds_one_of_its_required_words(recognizer: Recognizer) -> None:
    # (a match the recognizer's judge refuses may lack them: AUTH_NEAR's cue "it is" matches, and its
    # place, wanting a code word within reach, refuses a number after it with none)
    required = recognizer._required
    assert required is not None
    missing = []
    for text in _texts():
        if required.search(text) is not None:
            continue
        for m in recognizer.pattern.finditer(text):
            group = recognizer.group
            if m.group(group) is not None and recognizer.judge(text, m.start(), m.start(group), m.end(group)):
                missing.append(m.group(0))
    assert missing == [], f"{recognizer.name}: required={recognizer.required!r} misses words of {missing[:5]!r}"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("gc_auth_numeric", "取款附言码7391（客户要求代收方凭此取款）"),
        ("gc_auth_numeric", "提款码 482913"),
        ("gc_auth_numeric", "safe combination: 4817"),
        ("gc_auth_alnum_code", "login PIN K7P2QX9"),
        ("gc_auth_alnum_code", "access key 7QX-2MLK"),
    ],
)
def test_the_required_words_found_missing_are_there(name: str, text: str) -> None:
    recognizer = next(r for r in ID_RECOGNIZERS if r.name == name)
    assert any(m.group(recognizer.group) for m in recognizer.pattern.finditer(text))  # the pattern matches
    assert recognizer._required is not None and recognizer._required.search(text) is not None


@pytest.mark.skipif(not native_available(), reason="the native extension is not built (make builds it)")
def test_the_native_detector_finds_what_the_python_one_finds() -> None:
    texts = list(_texts())
    native, python = Detector(scanner="native"), Detector(scanner="python")
    differ = [
        (i, sorted(set(a) ^ set(b), key=lambda f: f.start))
        for i, (a, b) in enumerate(zip(native.analyze_batch(texts), python.analyze_batch(texts), strict=True))
        if a != b
    ]
    # offsets, types and recognizers only: never the texts' values
    assert differ == []
