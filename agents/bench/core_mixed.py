"""The core on the worker's mixed records (issue #10), offline: no Kafka, no registry.

``agents/bench/e2e.py``'s ``core_alone`` times the core process's function over the stack; this
times the same work in one process from records made here: the three event kinds of
``streams.synthetic`` in turn, with ``agents.local.generator.vary``'s envelopes (a few records the
default policy stops), Confluent-framed with the local schema files (a ``codec.SchemaCache`` that
answers them). A batch of :data:`BATCH` records is decoded, grouped by topic and run through
``Pipeline.process_batch`` under the default policy, and what crosses is encoded for Hong Kong, as
``agents.worker.core_process.run_batch`` does. The detector is made once and stays warm, as in a
core process; each pass gets a fresh policy engine (quota counts and decision memo empty) and
fresh sanitizers (verify's memory of clean values empty).

``python -m agents.bench.core_mixed [--records 3000] [--passes 5]`` prints records/s in the
thread's CPU time (best pass) and microseconds per record. ``--ab BASELINE_TREE`` runs this file
in two processes, one per tree (the tree on ``sys.path`` ahead of the installed one), each
building and warming its core, then has them run one pass in turn (the machine's load falls on
both alike) and prints both trees' best and median and their ratio.
"""

from __future__ import annotations

import argparse
import copy
import gc
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


def _fixed(schema: dict[str, Any]) -> Callable[[int], dict[str, Any]]:
    """A registry look-up that answers ``schema`` for any id."""
    return lambda _sid: schema


def core_mixed(n: int = 3000, seed: int = 7, repeat: int = 5) -> dict[str, float]:
    """Records/s (thread CPU time, best of ``repeat`` passes after a warm one) of the core on
    ``n`` mixed records, and how many crossed in the best pass."""
    one_pass = _prepare(n, seed)
    collector = gc.get_threshold()
    _settle()
    try:
        seconds, crossed = min(one_pass() for _ in range(repeat))
    finally:
        gc.set_threshold(*collector)
    return {
        "mixed_cpu_records_per_s": n / seconds,
        "mixed_us_per_record": seconds / n * 1e6,
        "mixed_crossed": float(crossed),
        "mixed_records": float(n),
    }


def _settle() -> None:
    """The heap settled and the collector tuned as a core process runs."""
    from agents.process import settle_heap
    from agents.worker.core_process import tune_collector

    settle_heap()
    tune_collector()


def _prepare(n: int, seed: int) -> Callable[[], tuple[float, int]]:
    """The records made and the core built and warmed (one pass); a pass: its thread CPU
    seconds and how many records crossed."""
    from agents.cli.policy import Pipelines, build_engine, read_policy
    from agents.local.generator import vary
    from agents.schema_files import event_schemas
    from agents.settings import PROJECT_ROOT, get_settings
    from streams import codec
    from streams.policy import RecordMeta
    from streams.synthetic import EVENT_KINDS, Synth

    settings = get_settings()
    schemas = event_schemas(settings.schemas_dir)
    synth = Synth(seed=seed)
    kinds = list(EVENT_KINDS)
    parsed_in = {topic: codec.parse(schemas[topic]) for topic in EVENT_KINDS.values()}
    payloads: list[tuple[str, bytes]] = []
    for i in range(n):
        topic = EVENT_KINDS[kinds[i % 3]]
        event = vary(synth.event(kinds[i % 3]), i)
        payloads.append((topic, codec.encode_confluent(event, 1, parsed_in[topic])))
    policy = read_policy(PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", settings)
    first = Pipelines(build_engine(policy, settings), settings, ner=None)
    outputs: dict[str, tuple[Any, codec.Layout]] = {}
    for topic in parsed_in:
        derived = first.for_topic(topic).sanitizer.sanitized_schema()
        outputs[topic] = (codec.parse(derived), codec.Layout(derived))

    def one_pass() -> tuple[float, int]:
        pipelines = copy.copy(first)  # the detector and the keyring are shared, as in a core process
        vars(pipelines).update(engine=build_engine(policy, settings), _by_topic={}, _variants={})
        caches = {topic: codec.SchemaCache(_fixed(schemas[topic])) for topic in parsed_in}
        crossed = 0
        start = time.thread_time()
        for i in range(0, n, BATCH):
            groups: dict[str, list[tuple[int, codec.Decoded]]] = {}
            for k, (topic, payload) in enumerate(payloads[i : i + BATCH]):
                groups.setdefault(topic, []).append((i + k, codec.decode_confluent(payload, caches[topic])))
            for topic, members in groups.items():
                pipeline = pipelines.for_topic(topic)
                items = [
                    (d.record, RecordMeta(topic, 0, offset, d.record.get("event_time") or 0)) for offset, d in members
                ]
                parsed, layout = outputs[topic]
                for (_offset, d), outcome in zip(members, pipeline.process_batch(items), strict=True):
                    if outcome.record is not None:
                        codec.encode_confluent(outcome.record, 2, parsed, layout, d.raw)
                        crossed += 1
        return time.thread_time() - start, crossed

    one_pass()  # warm: the scanner's lazy automata built, tables filled
    return one_pass


def _serve(n: int, seed: int) -> None:
    """Build and warm, then run a pass per line read, answering its CPU seconds and crossings."""
    one_pass = _prepare(n, seed)
    _settle()
    print("ready", flush=True)
    for _line in sys.stdin:
        print(json.dumps(one_pass()), flush=True)


def ab(baseline: Path, n: int, seed: int, passes: int) -> dict[str, tuple[float, float, int]]:
    """Per tree (``baseline``, then this one): best and median records/s and the crossings of
    its best pass, the two processes running their passes in turn."""
    here = Path(__file__).resolve().parents[2]
    procs: dict[str, subprocess.Popen[str]] = {}
    for label, tree in (("baseline", baseline.resolve()), ("this tree", here)):
        env = {**os.environ, "PYTHONPATH": str(tree)}
        procs[label] = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--serve", str(n), str(seed)],
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
            raise SystemExit("core_mixed: a tree failed to build its core")
    runs: dict[str, list[tuple[float, int]]] = {label: [] for label in procs}
    for k in range(passes):
        for label in list(procs) if k % 2 == 0 else list(reversed(procs)):
            proc = procs[label]
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            seconds, crossed = json.loads(proc.stdout.readline())
            runs[label].append((float(seconds), int(crossed)))
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    return {
        label: (n / min(s for s, _c in got), n / statistics.median(s for s, _c in got), min(got)[1])
        for label, got in runs.items()
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="core_mixed", description=__doc__)
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--ab", type=Path, default=None, help="a baseline worktree to run beside this one")
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--serve"]:
        _serve(int(args[1]), int(args[2]))
        return 0
    ns = parser.parse_args(args)
    if ns.ab is None:
        print(json.dumps(core_mixed(ns.records, ns.seed, ns.passes)))
        return 0
    rates = ab(ns.ab, ns.records, ns.seed, ns.passes)
    for label, (best, median, crossed) in rates.items():
        print(
            f"mixed records, {label:9}: best {best:6.0f} records/s ({1e6 / best:4.0f} us a record), "
            f"median {median:6.0f} (thread CPU, {ns.passes} passes alternating); crossed {crossed}"
        )
    base, ours = rates["baseline"], rates["this tree"]
    print(f"ratio this/baseline: best {ours[0] / base[0]:.2f}x, median {ours[1] / base[1]:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
