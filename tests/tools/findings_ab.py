"""Findings of this tree beside a baseline worktree's, for speed work on the core (issues #10, #11):
what the detector and the whole core answer must not change.

``python -m tests.tools.findings_ab /tmp/speed-base [--sync]`` runs :func:`dump` (this file, by
path) in each tree, each in a process of its own with the tree on ``sys.path`` ahead of the
installed one (the extension in ``.venv`` is shared unless ``--extension DIR`` names a new build
for this tree), and prints the keys whose answers differ; exit 1 if any do. Compared, for the
default detector, the ``re`` scanner and names-anywhere off:

- ``analyze_batch`` (in batches of 50), ``analyze_fields`` and ``analyze`` on every development
  corpus (:data:`CORPORA`; never ``blind.jsonl``, which nobody changing the detector reads) and on
  generated memos;
- the whole core (``Sanitizer.sanitize_batch``, 50 at a time) on payment records with a memo (a
  Chinese one half the time) and on the worker's three event kinds, and the worker's mixed records
  through ``Pipeline.process_batch`` under the default policy: findings, violations, transforms,
  decisions and the sanitized records (the development keys are fixed: pseudonyms and FPE tokens
  compare; ``encrypt`` is not a default operator).

Other engineers change the recognizers while this runs: compare at equal recognizers. ``--sync``
copies this tree's recognizer files (:data:`RECOGNIZER_FILES`) into the baseline first, and says
which: a change to a copied file is then not compared at all. Speed work on the recognizer files
themselves passes ``--recognizers-differ`` instead, against a baseline made from the commit before
it. Without either, the tool refuses to run while they differ.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# the development corpora; never blind.jsonl
CORPORA = ("memos.jsonl", "holdout.jsonl", "field.jsonl", "chat.jsonl", "tickets.jsonl")
# the recognizers (others change them for recall): equal in both trees for a comparison
RECOGNIZER_FILES = tuple(
    f"streams/detect/{name}.py"
    for name in (
        "patterns",
        "validators",
        "scanner",
        "names",
        "names_anywhere",
        "roman_names",
        "roman_names_data",
        "zh_names",
        "zh_names_data",
        "zh_surnames",
    )
)
GENERATED_MEMOS = 3000
RECORDS = 600
BATCH = 50


def _findings(found: Sequence[Sequence[Any]]) -> list[list[list[Any]]]:
    return [[list(f) for f in one] for one in found]


def _texts(root: Path) -> dict[str, list[str]]:
    from streams.synthetic import Synth

    texts: dict[str, list[str]] = {}
    for name in CORPORA:
        path = root / "tests" / "corpus" / name
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            texts[name] = [json.loads(line)["text"] for line in lines if line.strip()]
    synth = Synth(seed=11)
    texts["generated"] = [synth.memo().text for _ in range(GENERATED_MEMOS)]
    return texts


def _core(r: Any) -> dict[str, Any]:
    return {
        "record": repr(sorted(r.record.items())) if r.record is not None else None,
        "findings": [list(f) for f in r.findings],
        "violations": [list(f) for f in r.violations],
        "applied": [list(a) for a in r.applied],
        "unclassified": list(r.unclassified),
    }


def dump(root: Path) -> dict[str, Any]:
    """Every finding and core result this tree gives on the inputs above (JSON-ready)."""
    import streams
    from agents.engines import build_detector, keyring
    from agents.schema_files import event_schemas
    from agents.settings import get_settings
    from streams.detect.engine import Detector
    from streams.native import extension
    from streams.sanitize import Sanitizer
    from streams.synthetic import EVENT_KINDS, Synth

    texts = _texts(root)
    detectors = {
        "native": build_detector(ner=None),
        "python": Detector(scanner="python"),
        "names_off": Detector(names_anywhere=False),
    }
    out: dict[str, Any] = {
        "_tree": str(Path(streams.__file__).resolve().parents[1]),
        "_extension": getattr(extension, "__file__", "none"),
    }
    for dname, detector in detectors.items():
        for tname, some in texts.items():
            batches = [detector.analyze_batch(some[i : i + BATCH]) for i in range(0, len(some), BATCH)]
            out[f"{dname}/{tname}/batch"] = _findings([f for batch in batches for f in batch])
            out[f"{dname}/{tname}/fields"] = _findings(detector.analyze_fields(some))
            out[f"{dname}/{tname}/one"] = _findings([detector.analyze(t) for t in some[:300]])
    settings = get_settings()
    schemas = event_schemas(settings.schemas_dir)
    synth = Synth(seed=2026)
    generated = texts["generated"]
    records: dict[str, list[dict[str, Any]]] = {topic: [] for topic in EVENT_KINDS.values()}
    for i in range(RECORDS):
        record = synth.card_payment()
        record["memo"] = generated[i] if i % 2 else generated[-i - 1]
        records[EVENT_KINDS["payment"]].append(record)
        kind = list(EVENT_KINDS)[i % 3]
        records[EVENT_KINDS[kind]].append(synth.event(kind))
    for dname, detector in detectors.items():
        for topic, batch in records.items():
            sanitizer = Sanitizer(schemas[topic], detector, keyring(settings))
            results = []
            for i in range(0, len(batch), BATCH):
                results.extend(sanitizer.sanitize_batch(batch[i : i + BATCH]))
            out[f"{dname}/{topic}/core"] = [_core(r) for r in results]
    out.update(_mixed(settings))
    return out


def _mixed(settings: Any) -> dict[str, Any]:
    """The worker's mixed records (``agents.bench.core_mixed``'s) through ``Pipeline.process_batch``."""
    from agents.cli.policy import Pipelines, build_engine, read_policy
    from agents.local.generator import vary
    from agents.settings import PROJECT_ROOT
    from streams.policy import RecordMeta
    from streams.synthetic import EVENT_KINDS, Synth

    synth = Synth(seed=7)
    kinds = list(EVENT_KINDS)
    by_topic: dict[str, list[dict[str, Any]]] = {topic: [] for topic in EVENT_KINDS.values()}
    for i in range(RECORDS * 2):
        by_topic[EVENT_KINDS[kinds[i % 3]]].append(vary(synth.event(kinds[i % 3]), i))
    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", settings)
    pipelines = Pipelines(build_engine(policy, settings), settings, ner=None)
    out: dict[str, Any] = {}
    for topic, events in by_topic.items():
        pipeline = pipelines.for_topic(topic)
        outcomes = []
        for i in range(0, len(events), BATCH):
            items = [
                (event, RecordMeta(topic, 0, i + k, event.get("event_time") or 0))
                for k, event in enumerate(events[i : i + BATCH])
            ]
            outcomes.extend(pipeline.process_batch(items))
        out[f"mixed/{topic}/pipeline"] = [
            {**_core(o), "action": o.decision.action, "rule": o.decision.rule} for o in outcomes
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


def compare(base: Path, mine: Path, extension: str = "") -> list[str]:
    """The keys whose answers differ between the two trees, with the first differing item."""
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "base.json", Path(tmp) / "mine.json"
        _run(base, a)
        _run(mine, b, extension)
        left, right = json.loads(a.read_text()), json.loads(b.read_text())
    if (left["_tree"], right["_tree"]) != (str(base), str(mine)):  # the installed tree came in
        return [f"trees read: {left['_tree']} and {right['_tree']}"]
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
    keys = sum(1 for k in left if not k.startswith("_"))
    print(f"{keys} keys compared; extensions: {left['_extension']} (baseline), {right['_extension']} (this tree)")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--dump"]:
        Path(args[1]).write_text(json.dumps(dump(Path.cwd())))
        return 0
    extension, sync, differ = "", False, False
    while args[:1] in (["--extension"], ["--sync"], ["--recognizers-differ"]):
        if args[0] == "--sync":
            sync, args = True, args[1:]
        elif args[0] == "--recognizers-differ":
            differ, args = True, args[1:]
        else:
            extension, args = str(Path(args[1]).resolve()), args[2:]
    if len(args) != 1 or (sync and differ):
        print(
            "usage: python -m tests.tools.findings_ab [--sync | --recognizers-differ] [--extension DIR] BASELINE_TREE",
            file=sys.stderr,
        )
        return 2
    here = Path(__file__).resolve().parents[2]
    base = Path(args[0]).resolve()
    for name in RECOGNIZER_FILES:
        if (base / name).read_bytes() != (here / name).read_bytes():
            if differ:
                print(f"{name} differs between the trees: compared as it is", file=sys.stderr)
                continue
            if not sync:
                print(
                    f"{name} differs between the trees: --sync copies it to {base} (then a change to it is not"
                    " compared), --recognizers-differ compares it",
                    file=sys.stderr,
                )
                return 2
            print(f"{name} copied to {base}: a change to it is not compared", file=sys.stderr)
            shutil.copyfile(here / name, base / name)
    problems = compare(base, here, extension)
    for line in problems:
        print(line)
    print(f"{base} vs {here}: {'no differences' if not problems else f'{len(problems)} keys differ'}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
