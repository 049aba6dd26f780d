"""Findings of this tree beside another's (a baseline worktree): speed work must not change them.

``python -m tests.tools.compare_findings /tmp/perf-base`` runs :func:`dump` (this file) in both
trees, each in a process of its own with the tree on ``sys.path`` ahead of the installed one (the
extension in ``.venv`` is shared)
and prints the first differences, exit 1 if there are any. What is compared, for the default
detector, the ``re`` scanner and names-anywhere off:

- ``analyze_batch`` and ``analyze_fields`` on the first two hand-written corpora
  (``memos.jsonl``, ``holdout.jsonl``; never the blind one, which nobody changing the detector
  reads) and on generated memos;
- the whole core (``Sanitizer.sanitize_batch``, 50 at a time) on generated payment records with
  a memo (a Chinese one half the time) and on the worker's three event kinds: findings,
  violations, applied transforms and the sanitized records (the development keys are fixed, so
  pseudonyms and FPE tokens are comparable), and so every text verify scans.

Compare at equal recognizers (``patterns.py``, ``validators.py``, ``scanner.py``): the tool refuses
to run while they differ between the trees (rebase the baseline worktree on their commits, or
copy the files over), or a recall change would show up as a difference.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

CORPORA = ("memos.jsonl", "holdout.jsonl")  # never blind.jsonl
# the recognizers another engineer changes for recall: equal in both trees for a comparison
RECOGNIZER_FILES = ("streams/detect/patterns.py", "streams/detect/validators.py", "streams/detect/scanner.py")
GENERATED_MEMOS = 3000
RECORDS = 600
BATCH = 50


def _findings(found: Sequence[Sequence[Any]]) -> list[list[list[Any]]]:
    return [[list(f) for f in one] for one in found]


def dump(root: Path) -> dict[str, Any]:
    """Every finding and core result this tree gives on the inputs above (JSON-ready)."""
    from agents.engines import build_detector, keyring
    from agents.schema_files import event_schemas
    from agents.settings import get_settings
    from streams.detect.engine import Detector
    from streams.sanitize import Sanitizer
    from streams.synthetic import EVENT_KINDS, Synth

    texts: dict[str, list[str]] = {}
    records: dict[str, list[dict[str, Any]]]
    for name in CORPORA:
        lines = (root / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines()
        texts[name] = [json.loads(line)["text"] for line in lines if line.strip()]
    synth = Synth(seed=11)
    texts["generated"] = [synth.memo().text for _ in range(GENERATED_MEMOS)]
    detectors = {
        "native": build_detector(ner=None),
        "python": Detector(scanner="python"),
        "names_off": Detector(names_anywhere=False),
    }
    import streams
    from streams.native import extension

    out: dict[str, Any] = {
        "_tree": str(Path(streams.__file__).resolve().parents[1]),
        "_extension": getattr(extension, "__file__", "none"),
    }
    for dname, detector in detectors.items():
        for tname, some in texts.items():
            out[f"{dname}/{tname}/batch"] = _findings(detector.analyze_batch(some))
            out[f"{dname}/{tname}/fields"] = _findings(detector.analyze_fields(some))
            out[f"{dname}/{tname}/one"] = _findings([detector.analyze(t) for t in some[:300]])
    settings = get_settings()
    schemas = event_schemas(settings.schemas_dir)
    synth = Synth(seed=2026)
    records = {topic: [] for topic in EVENT_KINDS.values()}
    for i in range(RECORDS):
        record = synth.card_payment()
        record["memo"] = texts["generated"][i] if i % 2 else texts["generated"][-i - 1]
        records[EVENT_KINDS["payment"]].append(record)
        kind = list(EVENT_KINDS)[i % 3]
        records[EVENT_KINDS[kind]].append(synth.event(kind))
    for dname, detector in detectors.items():
        for topic, batch in records.items():
            sanitizer = Sanitizer(schemas[topic], detector, keyring(settings))
            results = []
            for i in range(0, len(batch), BATCH):
                results.extend(sanitizer.sanitize_batch(batch[i : i + BATCH]))
            out[f"{dname}/{topic}/core"] = [
                {
                    "record": repr(sorted(r.record.items())),
                    "findings": [list(f) for f in r.findings],
                    "violations": [list(f) for f in r.violations],
                    "applied": [list(a) for a in r.applied],
                    "unclassified": r.unclassified,
                }
                for r in results
            ]
    return out


def _run(tree: Path, path: Path, extension: str = "") -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (extension, str(tree)) if p)}
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--dump", str(path)],
        cwd=tree,
        env=env,
        check=True,
        stderr=subprocess.DEVNULL,
    )


def compare(base: Path, mine: Path, extension: str = "", baseline_extension: str = "") -> list[str]:
    """The keys and first differing items between the two trees' dumps; ``extension``: a
    directory holding a build of the extension for this tree's process (the baseline's runs the
    installed one)."""
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "base.json", Path(tmp) / "mine.json"
        _run(base, a, baseline_extension)
        _run(mine, b, extension)
        left, right = json.loads(a.read_text()), json.loads(b.read_text())
    if (left["_tree"], right["_tree"]) != (str(base), str(mine)):  # the installed tree came in
        return [f"trees read: {left['_tree']} and {right['_tree']}"]
    print(f"extensions: {left['_extension']} (baseline), {right['_extension']} (this tree)")
    problems: list[str] = []
    for key in sorted(k for k in set(left) | set(right) if not k.startswith("_")):
        x, y = left.get(key), right.get(key)
        if x == y:
            continue
        if not isinstance(x, list) or not isinstance(y, list) or len(x) != len(y):
            problems.append(f"{key}: not the same length")
            continue
        diffs = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        problems.append(f"{key}: {len(diffs)} items differ, first at {diffs[0]}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--dump"]:
        Path(args[1]).write_text(json.dumps(dump(Path.cwd())))
        return 0
    extension = baseline_extension = ""
    if args[:1] == ["--extension"]:  # a new build of native/, not installed yet, for this tree
        extension, args = str(Path(args[1]).resolve()), args[2:]
    if args[:1] == ["--baseline-extension"]:  # the baseline's build, once a new one is installed
        baseline_extension, args = str(Path(args[1]).resolve()), args[2:]
    if len(args) != 1:
        usage = "[--extension DIR] [--baseline-extension DIR] BASELINE_TREE"
        print(f"usage: python -m tests.tools.compare_findings {usage}", file=sys.stderr)
        return 2
    here = Path(__file__).resolve().parents[2]
    base = Path(args[0]).resolve()
    for name in RECOGNIZER_FILES:  # equal recognizers: what differs then is the speed work's
        if (base / name).read_bytes() != (here / name).read_bytes():
            print(f"{name} differs between the trees: copy it to {base} or rebase", file=sys.stderr)
            return 2
    problems = compare(base, here, extension, baseline_extension)
    for line in problems:
        print(line)
    counted = "no differences" if not problems else f"{len(problems)} keys differ"
    print(f"{args[0]} vs {here}: {counted}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
