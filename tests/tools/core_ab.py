"""The whole core of this tree beside another's (a baseline worktree), passes alternating.

``python -m tests.tools.core_ab /tmp/perf-base --passes 7`` starts one process per tree (this
file, the tree on ``sys.path`` ahead of the installed one; the extension in ``.venv`` is shared),
each builds its inputs once, then the two are told to run one pass in turn, so that the
machine's load falls on both alike. Each pass is timed in the thread's CPU time. Workloads:

- ``payments``: the bench's core (``agents.bench.detect._core``'s records: payment records with a
  memo, a Chinese one half the time), decoded, sanitized 50 at a time
  (``Sanitizer.sanitize_batch``) and encoded, names anywhere on and off;
- ``mixed``: the worker's mixed records (the three event kinds of ``streams.synthetic``, with
  ``agents.local.generator.vary``'s envelopes) through ``Pipeline.process_batch`` 50 at a time
  under the default policy, decoded and encoded as the core process does.

Prints records/s (best pass, and the median) per tree and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BATCH = 50


def _payments(n: int, names: bool) -> Callable[[], float]:
    from agents.bench.detect import _memo
    from agents.engines import build_detector, keyring
    from agents.schema_files import event_schemas
    from agents.settings import get_settings
    from streams import codec
    from streams.detect.engine import Detector
    from streams.sanitize import Sanitizer
    from streams.synthetic import Synth

    settings = get_settings()
    schema = event_schemas(settings.schemas_dir)["sz.payments.v1"]
    synth = Synth(seed=2026)
    records = []
    for i in range(n):
        record = synth.card_payment()
        record["memo"] = _memo(synth, chinese=i % 2 == 0)
        records.append(record)
    parsed = codec.parse(schema)
    payloads = [codec.encode_confluent(r, 1, parsed) for r in records]
    detector = build_detector(ner=None) if names else Detector(names_anywhere=False)
    target = Sanitizer(schema, detector, keyring(settings)).sanitized_schema()
    out_parsed, out_layout = codec.parse(target), codec.Layout(target)

    def one_pass() -> float:
        sanitizer = Sanitizer(schema, detector, keyring(settings))
        cache = codec.SchemaCache(lambda _sid: schema)
        start = time.thread_time()
        for i in range(0, len(payloads), BATCH):
            decoded = [codec.decode_confluent(p, cache) for p in payloads[i : i + BATCH]]
            results = sanitizer.sanitize_batch([d.record for d in decoded])
            for d, result in zip(decoded, results, strict=True):
                codec.encode_confluent(result.record, 2, out_parsed, out_layout, d.raw)
        return time.thread_time() - start

    return one_pass


def _mixed(n: int) -> Callable[[], float]:
    from agents.cli.policy import Pipelines, build_engine, read_policy
    from agents.local.generator import vary
    from agents.schema_files import event_schemas
    from agents.settings import PROJECT_ROOT, get_settings
    from streams import codec
    from streams.policy import RecordMeta
    from streams.synthetic import EVENT_KINDS, Synth

    settings = get_settings()
    schemas = event_schemas(settings.schemas_dir)
    synth = Synth(seed=7)
    kinds = list(EVENT_KINDS)
    by_topic: dict[str, list[bytes]] = {topic: [] for topic in EVENT_KINDS.values()}
    for i in range(n):
        topic = EVENT_KINDS[kinds[i % 3]]
        event = vary(synth.event(kinds[i % 3]), i)
        by_topic[topic].append(codec.encode_confluent(event, 1, codec.parse(schemas[topic])))
    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", settings)

    def one_pass() -> float:
        pipelines = Pipelines(build_engine(policy, settings), settings, ner=None)
        outputs = {}
        for topic in by_topic:
            derived = pipelines.for_topic(topic).sanitizer.sanitized_schema()
            outputs[topic] = (codec.parse(derived), codec.Layout(derived))
        caches = {topic: codec.SchemaCache(_fixed(schemas[topic])) for topic in by_topic}
        start = time.thread_time()
        for topic, payloads in by_topic.items():
            pipeline, (parsed, layout) = pipelines.for_topic(topic), outputs[topic]
            for i in range(0, len(payloads), BATCH):
                decoded = [codec.decode_confluent(p, caches[topic]) for p in payloads[i : i + BATCH]]
                items = [
                    (d.record, RecordMeta(topic, 0, i + k, d.record.get("event_time") or 0))
                    for k, d in enumerate(decoded)
                ]
                for d, outcome in zip(decoded, pipeline.process_batch(items), strict=True):
                    if outcome.record is not None:
                        codec.encode_confluent(outcome.record, 2, parsed, layout, d.raw)
        return time.thread_time() - start

    return one_pass


def _fixed(schema: dict[str, Any]) -> Callable[[int], dict[str, Any]]:
    """A registry look-up that answers ``schema`` for any id."""
    return lambda _sid: schema


def _serve(workload: str, n: int) -> None:
    """Build the workload, then run a pass per line read, answering its CPU seconds."""
    from agents.process import settle_heap

    one_pass = {
        "payments": lambda: _payments(n, True),
        "payments_names_off": lambda: _payments(n, False),
        "mixed": lambda: _mixed(n),
    }[workload]()
    one_pass()  # warm: tables filled, caches made
    settle_heap()
    from agents.worker import core_process

    tune = getattr(core_process, "tune_collector", None)
    if tune is not None:  # the collector's settings of the tree's core process, where it has them
        tune()
    print("ready", flush=True)
    for _line in sys.stdin:
        print(json.dumps(one_pass()), flush=True)


def run(
    trees: Sequence[Path], workload: str, n: int, passes: int, extension: str = "", baseline_extension: str = ""
) -> dict[str, list[float]]:
    """CPU seconds of each pass per tree; ``extension``: a directory with a build of native/ for the
    last tree (this one), ``baseline_extension`` one for the others (default: the installed build)."""
    procs: dict[str, subprocess.Popen[str]] = {}
    for k, tree in enumerate(trees):
        extra = extension if k == len(trees) - 1 else baseline_extension
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (extra, str(tree)) if p)}
        procs[str(tree)] = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", workload, str(n)],
            cwd=tree,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
    for proc in procs.values():
        assert proc.stdout is not None
        if proc.stdout.readline().strip() != "ready":
            raise SystemExit("core_ab: a tree failed to build its workload")
    seconds: dict[str, list[float]] = {name: [] for name in procs}
    for k in range(passes):
        order = list(procs) if k % 2 == 0 else list(reversed(procs))
        for name in order:
            proc = procs[name]
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            seconds[name].append(float(proc.stdout.readline()))
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--serve"]:
        _serve(args[1], int(args[2]))
        return 0
    parser = argparse.ArgumentParser(prog="core_ab", description=__doc__)
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--workload", default="payments", choices=("payments", "payments_names_off", "mixed"))
    parser.add_argument("--records", type=int, default=1500)
    parser.add_argument("--passes", type=int, default=7)
    parser.add_argument("--extension", default="", help="a directory with a new build of native/ for this tree")
    parser.add_argument("--baseline-extension", default="", help="a directory with the baseline's build of native/")
    ns = parser.parse_args(args)
    here = Path(__file__).resolve().parents[2]
    base = ns.baseline.resolve()
    extension = str(Path(ns.extension).resolve()) if ns.extension else ""
    baseline_extension = str(Path(ns.baseline_extension).resolve()) if ns.baseline_extension else ""
    seconds = run([base, here], ns.workload, ns.records, ns.passes, extension, baseline_extension)
    rates: dict[str, Any] = {}
    for label, tree in (("baseline", base), ("this tree", here)):
        times = seconds[str(tree)]
        rates[label] = (ns.records / min(times), ns.records / statistics.median(times))
        print(
            f"{ns.workload:18} {label:10} {tree}: best {rates[label][0]:6.0f} records/s, "
            f"median {rates[label][1]:6.0f} (thread CPU time, {ns.passes} passes)"
        )
    best = rates["this tree"][0] / rates["baseline"][0]
    median = rates["this tree"][1] / rates["baseline"][1]
    print(f"{ns.workload:18} ratio this/baseline: best {best:.2f}x, median {median:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
