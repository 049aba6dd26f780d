"""The detector alone, this tree beside a baseline worktree, on the very texts the core hands it
(issue #11): ``make bench``'s payment records with a memo (a Chinese one half the time) are run
once through this tree's core, every text that classify and verify give the detector is kept, and
each tree then times its own detector on those texts, in batches as the core calls it, names on
and ``names_anywhere`` off, and each name scanner alone (the trees alternating ``--rounds`` times,
the best of each kept, thread CPU time). A quicker and steadier bisection than the whole core:
the texts are fixed, so a difference is the detector's.

``python -m tests.tools.bench_detector_ab /tmp/base-tree [--records 1000] [--passes 3] [--rounds 2]``
prints milliseconds per ``--records`` records for both trees and the ratio of each.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# run in each tree's process: the texts from the pickle, this tree's code on sys.path
_TIMER = """
import gc, json, pickle, sys, time
from streams.detect.engine import Detector
from streams.detect import names_anywhere as anywhere, roman_names as roman, zh_names as zh
batches = pickle.load(open(sys.argv[1], "rb"))
passes = int(sys.argv[2])
texts = [t for kind in batches.values() for batch in kind for t in batch]
detectors = {"names_on": Detector(), "names_off": Detector(names_anywhere=False)}
scanners = {
    "scan_names_anywhere": anywhere.scan_names_anywhere,
    "scan_roman_names": lambda t: roman.scan_roman_names(t, t),
    "scan_roman_given_names": roman.scan_roman_given_names,
    "scan_zh_names": zh.scan_zh_names,
    "scan_zh_given_names": zh.scan_zh_given_names,
}
gc.set_threshold(10000, 10, 10)
out = {}
def best(key, run):
    run()
    for _ in range(passes):
        start = time.thread_time()
        run()
        out[key] = min(out.get(key, float("inf")), (time.thread_time() - start) * 1e3)
for name, detector in detectors.items():
    for kind, kind_batches in batches.items():
        best(f"{name} {kind}", lambda: [detector.analyze_batch(b) for b in kind_batches])
for name, scan in scanners.items():
    best(f"{name} (every text)", lambda: [scan(t) for t in texts])
print(json.dumps(out))
"""


def texts_of_the_core(records: int, seed: int = 2026) -> dict[str, list[list[str]]]:
    """The batches of texts this tree's core gives its detector on ``records`` of the bench's
    payment records (:func:`agents.bench.detect._core`'s), batched as the bench batches them:
    classify's (``analyze_batch``) and verify's (``analyze_fields``)."""
    from agents.bench.detect import BATCH, _memo
    from agents.engines import keyring
    from agents.schema_files import event_schemas
    from agents.settings import get_settings
    from streams import codec
    from streams.detect.engine import Detector
    from streams.detect.findings import Finding
    from streams.sanitize import Sanitizer
    from streams.synthetic import Synth

    settings = get_settings()
    schema = event_schemas(settings.schemas_dir)["sz.payments.v1"]
    synth = Synth(seed=seed)
    rows: list[dict[str, Any]] = []
    for i in range(records):
        row = synth.card_payment()
        row["memo"] = _memo(synth, chinese=i % 2 == 0)
        rows.append(row)
    seen: dict[str, list[list[str]]] = {"classify": [], "verify": []}

    class Recording(Detector):
        def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
            seen["classify"].append(list(texts))
            return Detector.analyze_batch(self, texts)

        def analyze_fields(self, fields: Sequence[str]) -> list[list[Finding]]:
            seen["verify"].append(list(fields))
            return Detector.analyze_batch(self, fields)

    sanitizer = Sanitizer(schema, Recording(), keyring(settings))
    parsed = codec.parse(schema)
    cache = codec.SchemaCache(lambda _sid: schema)
    for i in range(0, records, BATCH):
        decoded = [codec.decode_confluent(codec.encode_confluent(r, 1, parsed), cache) for r in rows[i : i + BATCH]]
        sanitizer.sanitize_batch([d.record for d in decoded])
    return seen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_detector_ab", description=__doc__)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    ns = parser.parse_args(argv)
    here = Path(__file__).resolve().parents[2]
    trees = {"baseline": ns.baseline.resolve(), "this tree": here}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.pkl"
        with path.open("wb") as fh:
            pickle.dump(texts_of_the_core(ns.records), fh)
        best: dict[str, dict[str, float]] = {}
        for k in range(ns.rounds):
            for label in list(trees) if k % 2 == 0 else list(reversed(trees)):
                env = {**os.environ, "PYTHONPATH": str(trees[label])}
                done = subprocess.run(
                    [sys.executable, "-c", _TIMER, str(path), str(ns.passes)],
                    cwd=trees[label],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                got = json.loads(done.stdout.strip().splitlines()[-1])
                mine = best.setdefault(label, got)
                for key, value in got.items():
                    mine[key] = min(mine[key], value)
    base, ours = best["baseline"], best["this tree"]
    print(f"detector on the texts of {ns.records} payment records, ms (thread CPU, best of {ns.rounds} runs)")
    print(f"{'':40} {'baseline':>10} {'this tree':>10} {'ratio':>6}")
    for key in base:
        print(f"{key:40} {base[key]:10.1f} {ours[key]:10.1f} {ours[key] / base[key]:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
