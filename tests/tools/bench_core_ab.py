"""``make bench``'s core figures (``agents.bench.detect._core``) of this tree beside a baseline
worktree's, in one run: each tree's ``_core`` in a process of its own (the tree on ``sys.path``
ahead of the installed one), the trees alternating ``--rounds`` times, the best figure of each
kept (the machine is shared: the best is the least disturbed). Prints the bench's core lines for
both and the ratio of each figure.

Then the worker's mixed records (issue #10): this tree's ``agents/bench/core_mixed.py``, loaded by
path in both trees' processes (the same harness; each tree's core), records/s in thread CPU time.

``python -m tests.tools.bench_core_ab /tmp/perf-base [--records 3000] [--passes 5] [--rounds 2]
[--mixed-records 3000]`` (``--mixed-records 0``: payments only)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

RATES = (
    ("records_per_s", "a record at a time, names on"),
    ("names_off_records_per_s", "a record at a time, names_anywhere off"),
    ("re_scanner_records_per_s", "a record at a time, re scanner"),
    ("batch_records_per_s", "batched (50), names on, wall"),
    ("batch_names_off_records_per_s", "batched (50), names off, wall"),
    ("batch_cpu_records_per_s", "batched (50), names on, thread CPU"),
    ("batch_cpu_names_off_records_per_s", "batched (50), names off, thread CPU"),
)
STAGES = ("decode", "classify", "transform", "verify", "encode")


MIXED = Path(__file__).resolve().parents[2] / "agents" / "bench" / "core_mixed.py"


def _one(tree: Path, records: int, passes: int, extension: str, mixed: int = 0) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (extension, str(tree)) if p)}
    code = (
        "import importlib.util, json, sys\n"
        "from agents.bench.detect import _core\n"
        f"out = _core({records}, 2026, {passes})\n"
        f"if {mixed}:\n"
        f"    spec = importlib.util.spec_from_file_location('_bench_core_mixed', {str(MIXED)!r})\n"
        "    module = importlib.util.module_from_spec(spec)\n"
        "    spec.loader.exec_module(module)\n"
        f"    out.update(module.core_mixed({mixed}, 7, {passes}))\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tree, env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench_core_ab", description=__doc__)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--mixed-records", type=int, default=3000)
    parser.add_argument("--extension", default="", help="a directory with a new build of native/ for this tree")
    parser.add_argument("--baseline-extension", default="", help="a directory with the baseline's build of native/")
    ns = parser.parse_args(argv)
    here = Path(__file__).resolve().parents[2]
    trees = {"baseline": (ns.baseline.resolve(), ns.baseline_extension), "this tree": (here, ns.extension)}
    best: dict[str, dict[str, float]] = {}
    for k in range(ns.rounds):
        for label in list(trees) if k % 2 == 0 else list(reversed(trees)):
            tree, extension = trees[label]
            got = _one(
                tree, ns.records, ns.passes, str(Path(extension).resolve()) if extension else "", ns.mixed_records
            )
            mine = best.setdefault(label, got)
            for key, value in got.items():
                if key.endswith("_per_s"):
                    mine[key] = max(mine[key], value)
                elif key.endswith("_us"):
                    mine[key] = min(mine[key], value)
    base, ours = best["baseline"], best["this tree"]
    print(f"whole core, {ns.records} payment records + memo (Chinese half the time), best of {ns.rounds} runs")
    print(f"{'':40} {'baseline':>10} {'this tree':>10} {'ratio':>6}")
    for key, label in RATES:
        print(f"{label:40} {base[key]:10.0f} {ours[key]:10.0f} {ours[key] / base[key]:6.2f}")
    for stage in STAGES:
        key = f"{stage}_us"
        print(f"{stage + ' (us per record)':40} {base[key]:10.0f} {ours[key]:10.0f} {ours[key] / base[key]:6.2f}")
    print(
        f"{'p50 / p99 latency (us), one at a time':40} {base['p50_us']:5.0f}/{base['p99_us']:<5.0f}"
        f"{ours['p50_us']:6.0f}/{ours['p99_us']:<5.0f}"
    )
    print(f"violations: baseline {base['violations']:.0f}, this tree {ours['violations']:.0f}")
    if ns.mixed_records:
        b, o = base["mixed_cpu_records_per_s"], ours["mixed_cpu_records_per_s"]
        print(f"worker's mixed records ({ns.mixed_records}, 3 kinds, default policy, batched 50), thread CPU")
        print(f"{'records/s':40} {b:10.0f} {ours['mixed_cpu_records_per_s']:10.0f} {o / b:6.2f}")
        print(f"{'us per record':40} {1e6 / b:10.0f} {1e6 / o:10.0f} {b / o:6.2f}")
        print(f"crossed: baseline {base['mixed_crossed']:.0f}, this tree {ours['mixed_crossed']:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
