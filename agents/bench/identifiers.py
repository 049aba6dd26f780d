"""Identifier recall on the hand-written development sets, and the detector's speed beside stock
Presidio's.

``python -m agents.bench.identifiers`` prints the per-type table of ``agents.bench.corpus`` for the
development sets ``memos.jsonl``, ``holdout.jsonl``, ``field.jsonl``, ``chat.jsonl``, ``tickets.jsonl``
and ``forms.jsonl`` (``agents.bench.corpus.DEVELOPMENT``; patterns only, no NER model),
then texts/s of stock Presidio (pattern recognizers only) and of Corridor's detector (patterns only)
on the same generated memos, timed in alternating passes (the machine is shared: only the ratio means
anything). ``--misses`` also prints, for the development sets only, each labelled identifier missed and
each false positive; the blind judge (``blind.jsonl``) is never read here.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from agents.bench.corpus import DEVELOPMENT, corpus_scores, format_rows, load
from agents.engines import build_detector, presidio_engine
from streams.detect.findings import PERSONAL_USCC
from streams.synthetic import Synth


def _tables() -> None:
    detector = build_detector(ner=None)
    for path in DEVELOPMENT:
        scores = corpus_scores(detector, path)
        print(f"{path.name} ({scores['records']} memos):")
        for line in format_rows(scores):
            print("  " + line)


def _misses() -> None:
    detector = build_detector(ner=None)
    records = [r | {"id": f"{path.stem}:{r['id']}"} for path in DEVELOPMENT for r in load(path)]
    found = [
        [f._replace(entity_type="CN_USCC") if f.entity_type == PERSONAL_USCC else f for f in fs]
        for fs in detector.analyze_batch([r["text"] for r in records])
    ]
    for record, findings in zip(records, found, strict=True):
        for span in record["spans"]:
            if span["type"] == "PERSON":
                continue
            hit = any(
                f.entity_type == span["type"] and f.start < span["end"] and span["start"] < f.end for f in findings
            )
            if not hit:
                print(f"MISS {record['id']} {span['type']}: {record['text']!r} [{span['text']!r}]")
        for f in findings:
            if f.entity_type == "PERSON":
                continue
            true = any(
                s["type"] == f.entity_type and s["start"] < f.end and f.start < s["end"] for s in record["spans"]
            )
            if not true:
                print(f"FP   {record['id']} {f.entity_type} {record['text'][f.start : f.end]!r}: {record['text']!r}")


def _speed(n_texts: int, passes: int) -> None:
    synth = Synth(seed=2026)
    texts = [synth.memo().text for _ in range(n_texts)]
    stock = presidio_engine()
    ours = build_detector(ner=None)
    best = {"stock": float("inf"), "ours": float("inf")}
    for _ in range(passes):
        start = time.perf_counter()
        for t in texts:
            stock.analyze(t, language="en")
        best["stock"] = min(best["stock"], time.perf_counter() - start)
        start = time.perf_counter()
        ours.analyze_batch(texts)
        best["ours"] = min(best["ours"], time.perf_counter() - start)
    rate = {k: n_texts / s for k, s in best.items()}
    print(
        f"patterns only, {n_texts} generated memos, best of {passes} alternating passes: stock Presidio "
        f"{rate['stock']:.0f} texts/s, corridor {rate['ours']:.0f} texts/s, ratio {rate['ours'] / rate['stock']:.1f}x"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agents.bench.identifiers", description=__doc__)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args(argv)
    _tables()
    if args.misses:
        _misses()
    if not args.no_speed:
        _speed(args.texts, args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
