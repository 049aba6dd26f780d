"""The ``corridor`` command line.

Sub-commands import what they need when they run, so ``corridor stack status`` does not load
Presidio. Errors meant for a person are one line on stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from pydantic import ValidationError
from pydantic_settings import SettingsError

from agents.local.stack import StackError
from streams.errors import CorridorError

if TYPE_CHECKING:
    from agents.settings import Settings

Handler = Callable[[argparse.Namespace], int]


def _cmd_stack(args: argparse.Namespace) -> int:
    from agents.local import stack
    from agents.settings import get_settings

    settings = get_settings()
    if args.action == "up":
        states = stack.up(settings)
    elif args.action == "down":
        stack.down(settings)
        return 0
    else:
        states = stack.status(settings)
    for s in states:
        state = "ready" if s.ready else ("starting" if s.pid else "stopped")
        pid = str(s.pid) if s.pid else "-"
        print(f"{s.service.name:<12} {state:<9} pid {pid:<8} 127.0.0.1:{s.service.port}")
    return 0 if args.action != "status" or all(s.ready for s in states) else 3


def _cmd_generate(args: argparse.Namespace) -> int:
    from streams.synthetic import EVENT_KINDS, Synth

    synth = Synth(seed=args.seed)
    kinds = list(EVENT_KINDS) if args.kind == "all" else [args.kind]
    records = ((kinds[i % len(kinds)], synth.event(kinds[i % len(kinds)])) for i in range(args.count))
    if not args.topic:
        for _kind, record in records:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return 0
    from agents.local.generate import produce_generated

    return produce_generated(args.topic, kinds, records, args.count, args.rate)


def _cmd_demo(args: argparse.Namespace) -> int:
    from agents.local.demo import run_demo

    return run_demo(args.seconds, args.rate, args.seed, args.keep_running, args.loglevel)


def _cmd_detect(args: argparse.Namespace) -> int:
    from agents.engines import build_detector

    entities = [e.strip() for e in args.entities.split(",") if e.strip()] if args.entities else None
    try:
        detector = build_detector(entities, args.min_score, None if args.ner == "none" else args.ner)
    except ValueError as exc:
        print(f"corridor: {exc}", file=sys.stderr)
        return 2
    batch: list[str] = []

    def flush() -> None:
        for found in detector.analyze_batch(batch):
            sys.stdout.write(json.dumps({"findings": [f.as_json() for f in found]}) + "\n")
        batch.clear()

    for line in sys.stdin:
        batch.append(_text_of(line.rstrip("\n")))
        if len(batch) >= 256:
            flush()
    flush()
    return 0


def _text_of(line: str) -> str:
    """A JSON object's ``text``, else the line itself."""
    if line.startswith("{"):
        try:
            obj = json.loads(line)
        except ValueError:
            return line
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            return str(obj["text"])
    return line


def _cmd_sanitize(args: argparse.Namespace) -> int:
    if args.policy:
        from agents.cli.policy import run_sanitize_with_policy

        return run_sanitize_with_policy(args.schema, args.policy, args.topic, args.ner, args.shadow)
    from agents.cli.sanitize import run_sanitize

    return run_sanitize(args.schema, args.ner)


def _cmd_policy(args: argparse.Namespace) -> int:
    from agents.cli import policy as policy_cli

    if args.policy_command == "check":
        return policy_cli.run_check(args.file)
    if args.policy_command == "test":
        return policy_cli.run_test(args.file, args.cases, as_json=args.json)
    seen = [q for q in (args.seen or "").split(",") if q]
    return policy_cli.run_explain(args.file, args.record, args.topic, args.meta, args.json, args.quotas, seen)


def _cmd_worker(args: argparse.Namespace) -> int:
    from agents.settings import get_settings

    settings = get_settings()
    worker_start_checks(settings)
    from agents.worker.app import run_worker

    return run_worker(settings)


def worker_start_checks(settings: Settings) -> None:
    """What ``corridor worker`` checks before it imports Faust or connects to anything, demo or
    not: the transform keys are usable (``KeysError``) and the policy file loads as every core
    process will load it (``PolicyError``, with each problem and its line). Both exit 2. (The
    worker then checks that both clusters and registries accept its settings: ``run_worker``.)"""
    from agents.engines import keyring
    from agents.worker.policy_holder import load_engine

    keyring(settings)
    load_engine(settings.policy_file, settings)


def _cmd_audit(args: argparse.Namespace) -> int:
    from agents.settings import get_settings
    from agents.worker import audit

    report = audit.verify(audit.read_all(get_settings().sz.kafka_conf()))
    print(
        f"{report.entries} entries in {report.chains} chains; {report.replays} replayed source offsets; "
        f"{len(report.breaks)} breaks"
    )
    for line in report.breaks[:20]:
        print(f"  break: {line}")
    return 0 if report.ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corridor", description="Shenzhen to Hong Kong data corridor")
    parser.add_argument("-l", "--loglevel", default="WARNING", help="logging level (default WARNING)")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("stack", help="the local Kafka clusters and schema registries")
    p.add_argument("action", choices=["up", "down", "status"])
    p.set_defaults(handler=_cmd_stack)

    p = sub.add_parser("generate", help="synthetic events (JSON to stdout, or Avro to a topic)")
    p.add_argument("--kind", choices=["payment", "remittance", "kyc", "all"], default="all")
    p.add_argument("--count", type=int, default=10)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--topic", help="produce to this Shenzhen topic ('auto': each kind to its sz.* topic)")
    p.add_argument("--rate", type=float, default=None, help="records per second (default: as fast as possible)")
    p.set_defaults(handler=_cmd_generate)

    p = sub.add_parser("detect", help="find PII in lines of text (or JSONL with a 'text' key) on stdin")
    p.add_argument("--entities", help="comma-separated entity types (default: all)")
    p.add_argument("--min-score", type=float, default=0.5)
    p.add_argument("--language", default="auto", choices=["auto", "en", "zh"], help="text language (hint only)")
    p.add_argument("--ner", default="auto", help="English NER: auto (an installed model), none, or a model name")
    p.set_defaults(handler=_cmd_detect)

    p = sub.add_parser("sanitize", help="sanitize JSON records of one schema from stdin")
    p.add_argument("--schema", required=True, help="the source schema (.avsc)")
    p.add_argument("--ner", default="auto")
    p.add_argument("--policy", help="decide each record with this policy file (one JSON line per record)")
    p.add_argument("--topic", help="the records' source topic (default: the schema's)")
    p.add_argument("--shadow", help="with --policy: a candidate policy decided beside it; differences are reported")
    p.set_defaults(handler=_cmd_sanitize)

    p = sub.add_parser("policy", help="validate, test and explain a residency policy file")
    psub = p.add_subparsers(dest="policy_command", required=True)
    q = psub.add_parser("check", help="validate a policy file: exit 0 when valid, 2 with its problems")
    q.add_argument("file")
    q = psub.add_parser("test", help="run example records through a policy; exit 1 on any mismatch")
    q.add_argument("file")
    q.add_argument("--cases", required=True, help="directory of YAML/JSON case files (and _bases.yaml)")
    q.add_argument("--json", action="store_true", help="one JSON document: every case's result")
    q = psub.add_parser("explain", help="every rule evaluated on one record: which matched and why")
    q.add_argument("file")
    q.add_argument("--record", required=True, help="the record as JSON, or @FILE")
    q.add_argument("--topic", help="its source topic (default: the first routed topic)")
    q.add_argument("--meta", help="record metadata as JSON or @FILE: timestamp (epoch ms), partition, offset, headers")
    q.add_argument("--json", action="store_true", help="one JSON document instead of a table")
    q.add_argument("--quotas", help='subjects counted this year, JSON or @FILE: {"sensitive_pi_subjects": 10000}')
    q.add_argument("--seen", help="comma-separated quotas this record's subject is already counted in this year")
    p.set_defaults(handler=_cmd_policy)

    p = sub.add_parser("worker", help="the streaming worker: Shenzhen topics to Hong Kong (runs until SIGTERM)")
    p.set_defaults(handler=_cmd_worker)

    p = sub.add_parser("audit", help="the audit trail on corridor.audit")
    asub = p.add_subparsers(dest="audit_command", required=True)
    asub.add_parser("verify", help="check every hash chain; exit 1 naming the first breaks")
    p.set_defaults(handler=_cmd_audit)

    p = sub.add_parser("demo", help="the worker on the local stack, a live generated stream, Prometheus, a summary")
    p.add_argument("--seconds", type=float, default=None, help="how long to stream (default CORRIDOR_DEMO_SECONDS)")
    p.add_argument("--rate", type=float, default=None, help="records per second (default CORRIDOR_DEMO_RATE)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--keep-running", action="store_true", help="leave the stack running afterwards")
    p.set_defaults(handler=_cmd_demo)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.loglevel.upper(), format="%(levelname)s %(name)s: %(message)s")
    handler: Handler = args.handler
    try:
        return handler(args)
    except StackError as exc:
        print(f"corridor: {exc}", file=sys.stderr)
        return 1
    except CorridorError as exc:
        print(f"corridor: {exc}", file=sys.stderr)
        return 2
    except SettingsError as exc:  # a setting that is not JSON where JSON is wanted; names the field only
        print(f"corridor: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:  # settings from the environment: its messages quote the input
        for error in exc.errors(include_input=False, include_url=False):
            where = ".".join(str(part) for part in error["loc"])
            print(f"corridor: setting {where!r}: {error['msg']}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
