"""The name detectors alone: their cost per text on the bench's memos, and their PERSON misses and
false positives on the hand-written corpus (a reading aid: the corpus measures the detectors, it is
never a set to tune them on).

``python -m agents.bench.names cost [--records] [--against DIR]`` times ``scan_names_anywhere`` and
``scan_names`` per text on the bench's memos (half of them Chinese, as ``agents.bench.detect``
builds them), or with ``--records`` per payment record over every string of the bench's records,
in CPU time, best of several passes; with ``--against`` the same passes alternate with a copy of
the ``streams`` package under ``DIR/streams_base`` (a baseline), so that the two are compared side
by side on a noisy machine. ``python -m agents.bench.names corpus`` prints PERSON recall and
precision per language, then each missed span and each false positive with its recognizer.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from streams.synthetic import Synth

Scan = Callable[[str], list[Any]]


def bench_texts(n: int, seed: int = 7) -> list[str]:
    """``n`` of the bench's memos, one in two with Chinese characters (``agents.bench.detect``)."""
    from agents.bench.detect import _memo

    synth = Synth(seed=seed)
    return [_memo(synth, chinese=i % 2 == 0) for i in range(n)]


def record_strings(n: int, seed: int = 5) -> list[str]:
    """Every string value of ``n`` of the bench's payment records, each with a memo (Chinese one
    time in two), as ``agents.bench.detect`` builds them."""
    from agents.bench.detect import _memo

    def walk(value: object, out: list[str]) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, out)
        elif isinstance(value, list):
            for item in value:
                walk(item, out)

    synth = Synth(seed=seed)
    out: list[str] = []
    for i in range(n):
        record = synth.card_payment()
        record["memo"] = _memo(synth, chinese=i % 2 == 0)
        walk(record, out)
    return out


def _scanners(package: str) -> dict[str, Scan]:
    anywhere: ModuleType = importlib.import_module(f"{package}.detect.names_anywhere")
    context: ModuleType = importlib.import_module(f"{package}.detect.names")
    return {"anywhere": anywhere.scan_names_anywhere, "context": context.scan_names}


def _best_us(scan: Scan, texts: Sequence[str]) -> float:
    """Microseconds of CPU time per text (CPU, not wall, time: the machine is shared)."""
    start = time.process_time()
    for text in texts:
        scan(text)
    return (time.process_time() - start) / len(texts) * 1e6


def cost(n: int, passes: int, against: str | None, records: bool = False) -> dict[str, dict[str, float]]:
    """Microseconds per text of each scanner, best of ``passes``, for this tree and a baseline; with
    ``records``, per record of every string of ``n`` payment records."""
    texts = record_strings(n) if records else bench_texts(n)
    per = len(texts) / n
    trees = {"now": _scanners("streams")}
    if against:
        sys.path.insert(0, against)
        trees["base"] = _scanners("streams_base")
    for scanners in trees.values():  # warm the tables and caches
        for scan in scanners.values():
            for text in texts:
                scan(text)
    best = {tree: dict.fromkeys(scanners, float("inf")) for tree, scanners in trees.items()}
    for _ in range(passes):
        for tree, scanners in trees.items():
            for name, scan in scanners.items():
                best[tree][name] = min(best[tree][name], _best_us(scan, texts) * per)
    return best


def corpus() -> None:
    from agents.bench.corpus import format_rows, load, score
    from agents.engines import build_detector

    detector = build_detector(ner=None)
    records = load()
    found = detector.analyze_batch([r["text"] for r in records])
    scores = score(records, found)
    for line in format_rows(scores, ["PERSON"]):
        print(line)
    for record, findings in zip(records, found, strict=True):
        text = record["text"]
        spans = [(s["start"], s["end"]) for s in record["spans"] if s["type"] == "PERSON"]
        reports = [f for f in findings if f.entity_type == "PERSON"]
        for a, b in spans:
            if not any(f.start < b and a < f.end for f in reports):
                print(f"miss {record['id']} {text[a:b]!r}")
        for f in reports:
            if not any(f.start < b and a < f.end for a, b in spans):
                print(f"false {record['id']} {text[f.start : f.end]!r} {f.recognizer}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m agents.bench.names")
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("cost")
    c.add_argument("-n", type=int, default=2000)
    c.add_argument("--passes", type=int, default=7)
    c.add_argument("--against", help="a folder holding a baseline copy of the package as streams_base")
    c.add_argument("--records", action="store_true", help="per payment record: every string of each record")
    sub.add_parser("corpus")
    args = parser.parse_args(argv)
    if args.what == "corpus":
        corpus()
        return 0
    unit = "record" if args.records else "text"
    for tree, row in cost(args.n, args.passes, args.against, args.records).items():
        print(f"{tree}: " + ", ".join(f"{name} {us:.1f} us/{unit}" for name, us in row.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
