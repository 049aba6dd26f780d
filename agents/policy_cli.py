"""``corridor policy check|test|explain`` and ``corridor sanitize --policy``: the offline policy tools.

Exit status: 0 when all is well, 1 when a policy test case fails, 2 when a policy, a case file or a
record is invalid (the problems go to stderr, each with its file and line).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich.console import Console
from rich.table import Table

from agents.engines import build_detector, keyring
from agents.schema_files import event_schemas, load_schema_file
from agents.settings import Settings, get_settings
from streams.errors import CorridorError, DecodeError
from streams.pipeline import Outcome, Pipeline, conform
from streams.policy import InMemoryQuotaStore, Policy, PolicyEngine, PolicyError, Problem, RecordMeta, TopicCatalog
from streams.policy import load_policy as parse_policy
from streams.policy.cel import to_cel
from streams.policy.quota import year_of
from streams.sanitize import Sanitizer
from streams.schemas import JsonSchema
from streams.transform import pseudonym

EXIT_INVALID = 2
EXIT_MISMATCH = 1


def topic_catalog(schemas: Mapping[str, JsonSchema]) -> TopicCatalog:
    """Routes may lead from a Shenzhen topic of ``schemas/`` to its ``hk.*`` mirror."""
    sources = frozenset(schemas)
    return TopicCatalog(sources, frozenset("hk." + t.split(".", 1)[1] for t in sources if "." in t))


def read_policy(path: Path, settings: Settings | None = None) -> Policy:
    """Read and check a policy file (routes against the topics of the schemas directory)."""
    settings = settings or get_settings()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError([Problem(str(path), 1, "", f"cannot read: {exc.strerror or type(exc).__name__}")]) from None
    return parse_policy(text, str(path), topic_catalog(event_schemas(settings.schemas_dir)))


def subject_hasher(settings: Settings) -> Callable[[str, str], str]:
    """The keyed hash that names a data subject in the quota store: the identifier's pseudonym
    (the same token Hong Kong sees for it, so written variants of one ID count once)."""
    ring = keyring(settings)
    return lambda kind, value: pseudonym(ring, kind, value)


def build_engine(
    policy: Policy, settings: Settings, quotas: InMemoryQuotaStore | None = None, memo: bool = True
) -> PolicyEngine:
    return PolicyEngine(policy, subject_hasher(settings), quotas, memo=memo)


class Pipelines:
    """One :class:`Pipeline` per source topic, sharing a detector and a policy engine."""

    def __init__(self, engine: PolicyEngine, settings: Settings, ner: str | None = None) -> None:
        self.engine = engine
        self.schemas = event_schemas(settings.schemas_dir)
        self._detector = build_detector(ner=ner)
        self._keyring = keyring(settings)
        self._by_topic: dict[str, Pipeline] = {}

    def for_topic(self, topic: str, schema: JsonSchema | None = None) -> Pipeline:
        pipeline = self._by_topic.get(topic)
        if pipeline is None:
            schema = schema or self.schemas.get(topic)
            if schema is None:
                raise CorridorError(f"no schema for topic {topic!r} in {sorted(self.schemas)}")
            sanitizer = Sanitizer(schema, self._detector, self._keyring, self.engine.transforms)
            pipeline = self._by_topic[topic] = Pipeline(sanitizer, self.engine)
        return pipeline


def _fail(problems: Sequence[Problem] | str) -> int:
    if isinstance(problems, str):
        print(f"corridor: {problems}", file=sys.stderr)
    else:
        for p in problems:
            print(str(p), file=sys.stderr)
    return EXIT_INVALID


# -- check ---------------------------------------------------------------------------------------


def run_check(path: str) -> int:
    try:
        policy = read_policy(Path(path))
    except PolicyError as exc:
        return _fail(exc.problems)
    print(
        f"{path}: valid (version {policy.version}, {len(policy.rules)} rules, "
        f"{len(policy.quotas)} quotas, {len(policy.routes)} routes)"
    )
    return 0


# -- test ----------------------------------------------------------------------------------------


class Expect(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["retain", "quarantine", "transform", "forward"]
    rule: str | None = None
    fires: list[str] = Field(default_factory=list)
    not_fires: list[str] = Field(default_factory=list)


class Case(BaseModel):
    """One example record and what the policy must decide for it.

    :param base: a record of the directory's ``_bases.yaml`` that ``record`` is merged onto.
    :param quotas: subjects already counted this year, per quota (the record's year).
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    base: str | None = None
    topic: str | None = None
    record: dict[str, Any] = Field(default_factory=dict)
    meta: dict[str, Any] = Field(default_factory=dict)
    quotas: dict[str, int] = Field(default_factory=dict)
    expect: Expect


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topic: str
    record: dict[str, Any]


def deep_merge(base: Any, patch: Any) -> Any:
    """``patch`` over ``base``: mappings merge key by key, anything else replaces."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = dict(base)
        for key, value in patch.items():
            out[key] = deep_merge(base.get(key), value) if key in base else value
        return out
    return patch


def load_cases(directory: Path) -> tuple[dict[str, Base], list[tuple[str, Case]]]:
    """The bases and the cases of a directory (``*.yaml``, ``*.yml``, ``*.json``)."""
    bases: dict[str, Base] = {}
    cases: list[tuple[str, Case]] = []
    problems: list[Problem] = []
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    if not files:
        raise PolicyError([Problem(str(directory), 1, "", "no case files (*.yaml, *.yml, *.json)")])
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(Problem(str(path), mark.line + 1 if mark else 1, "", f"bad YAML: {exc}"))
            continue
        try:
            if path.stem == "_bases":
                bases.update({k: Base.model_validate(v) for k, v in (data or {}).items()})
                continue
            items = data.get("cases", [data]) if isinstance(data, dict) else data
            for item in items or []:
                case = Case.model_validate(item)
                cases.append((path.name, case))
        except (ValidationError, AttributeError, TypeError) as exc:
            problems.append(Problem(str(path), 1, "", f"not a valid case file: {exc}"))
    for file, case in cases:
        if case.base is not None and case.base not in bases:
            problems.append(Problem(file, 1, case.name, f"unknown base {case.base!r}"))
    if problems:
        raise PolicyError(problems)
    return bases, cases


def _meta_for(case: Case, topic: str, record: Mapping[str, Any]) -> RecordMeta:
    timestamp = case.meta.get("timestamp", record.get("event_time"))
    if not isinstance(timestamp, int):
        timestamp = _ms(timestamp)
    if not timestamp:
        raise CorridorError(f"case {case.name!r}: give meta.timestamp in epoch milliseconds")
    return RecordMeta(
        topic=str(case.meta.get("topic", topic)),
        partition=int(case.meta.get("partition", 0)),
        offset=int(case.meta.get("offset", 0)),
        timestamp_ms=timestamp,
        headers={str(k): str(v) for k, v in (case.meta.get("headers") or {}).items()},
    )


def run_case(
    policy: Policy, pipelines: Pipelines, settings: Settings, bases: Mapping[str, Base], case: Case
) -> Outcome:
    """Decide one case with a fresh quota store seeded with the case's counts."""
    base = bases[case.base] if case.base else None
    topic = case.topic or (base.topic if base else None)
    if topic is None:
        raise CorridorError(f"case {case.name!r}: name a topic or a base")
    record = deep_merge(base.record if base else {}, case.record)
    meta = _meta_for(case, topic, record)
    store = InMemoryQuotaStore({name: q.thresholds[-1] for name, q in policy.quotas.items()})
    for name, count in case.quotas.items():
        if name not in policy.quotas:
            raise CorridorError(f"case {case.name!r}: unknown quota {name!r}")
        store.preload(name, year_of(meta.timestamp_ms), count)
    pipelines.engine.quotas = store
    pipeline = pipelines.for_topic(topic)
    return pipeline.process(conform(record, pipeline.sanitizer.schema), meta)


def check_case(case: Case, outcome: Outcome) -> list[str]:
    """What differs from the expectation (empty when the case passes)."""
    d, e = outcome.decision, case.expect
    wrong = []
    if d.action != e.action:
        wrong.append(f"action {d.action} (expected {e.action})")
    if e.rule is not None and d.rule != e.rule:
        wrong.append(f"rule {d.rule} (expected {e.rule})")
    wrong += [f"{r} did not fire" for r in e.fires if r not in d.matched]
    wrong += [f"{r} fired" for r in e.not_fires if r in d.matched]
    return wrong


def run_test(path: str, cases_dir: str, console: Console | None = None) -> int:
    settings = get_settings()
    console = console or Console()
    try:
        policy = read_policy(Path(path), settings)
        bases, cases = load_cases(Path(cases_dir))
    except PolicyError as exc:
        return _fail(exc.problems)
    pipelines = Pipelines(build_engine(policy, settings), settings, ner=None)
    table = Table(title=f"{path} (version {policy.version}) on {cases_dir}")
    for column in ("file", "case", "expected", "decided", "result"):
        table.add_column(column)
    failures = 0
    for file, case in cases:
        try:
            outcome = run_case(policy, pipelines, settings, bases, case)
        except (CorridorError, DecodeError) as exc:
            failures += 1
            table.add_row(file, case.name, case.expect.action, "-", f"[red]error: {exc}[/red]")
            continue
        wrong = check_case(case, outcome)
        failures += bool(wrong)
        expected = case.expect.action + (f" by {case.expect.rule}" if case.expect.rule else "")
        decided = f"{outcome.decision.action} by {outcome.decision.rule}"
        table.add_row(file, case.name, expected, decided, "[red]" + "; ".join(wrong) + "[/red]" if wrong else "ok")
    console.print(table)
    console.print(f"{len(cases) - failures} passed, {failures} failed")
    return EXIT_MISMATCH if failures else 0


# -- explain -------------------------------------------------------------------------------------


def _json_argument(value: str) -> Any:
    text = Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value
    return json.loads(text)


def run_explain(path: str, record_arg: str, topic: str | None, meta_arg: str | None, as_json: bool) -> int:
    settings = get_settings()
    try:
        policy = read_policy(Path(path), settings)
    except PolicyError as exc:
        return _fail(exc.problems)
    try:
        record = _json_argument(record_arg)
        meta_fields = _json_argument(meta_arg) if meta_arg else {}
    except (OSError, ValueError) as exc:
        return _fail(f"--record/--meta: not JSON ({type(exc).__name__})")
    engine = build_engine(policy, settings)
    pipelines = Pipelines(engine, settings, ner=None)
    topic = topic or meta_fields.get("topic") or (next(iter(policy.routes), None))
    if topic is None:
        return _fail("name the record's --topic")
    try:
        pipeline = pipelines.for_topic(topic)
        record = conform(record, pipeline.sanitizer.schema)
        meta = _meta_for(Case(name="explain", meta=meta_fields, expect=Expect(action="forward")), topic, record)
        findings, unclassified = pipeline.sanitizer.classify(record)
    except (CorridorError, DecodeError) as exc:
        return _fail(str(exc))
    results, decision = engine.explain(record, meta, findings, unclassified)
    if as_json:
        doc = {
            "rules": [
                {"rule": r.rule, "action": r.action, "matched": r.matched, "error": r.error, "reason": r.reason}
                for r in results
            ],
            "decision": decision.summary(),
            "findings": [{"path": f.path, "entity_type": f.entity_type} for f in findings],
        }
        print(json.dumps(doc, ensure_ascii=False))
        return 0
    console = Console()
    console.print(f"topic {topic}, policy {policy.version}; findings: {_types(findings)}")
    table = Table()
    for column in ("rule", "action", "matched", "reason"):
        table.add_column(column)
    for r in results:
        mark = f"error ({r.error})" if r.error else ("yes" if r.matched else "no")
        table.add_row(r.rule, r.action, mark, r.reason)
    console.print(table)
    console.print(f"decision: {decision.action} by {decision.rule} (route {decision.route})")
    for reason in decision.reasons:
        console.print(f"  - {reason}")
    return 0


def _types(findings: Sequence[Any]) -> str:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
    return ", ".join(f"{t} x{n}" for t, n in sorted(counts.items())) or "none"


# -- sanitize --policy ---------------------------------------------------------------------------


def run_sanitize_with_policy(
    schema_path: str, policy_path: str, topic: str | None, ner: str, shadow_path: str | None = None
) -> int:
    """One JSON line per record; with ``shadow_path``, a candidate policy decides each record too
    and a line says how it would differ (``"shadow"``), with a count on stderr at the end."""
    settings = get_settings()
    try:
        policy = read_policy(Path(policy_path), settings)
        candidate = build_engine(read_policy(Path(shadow_path), settings), settings) if shadow_path else None
    except PolicyError as exc:
        return _fail(exc.problems)
    schema = load_schema_file(Path(schema_path))
    topic = topic or schema.get("topic")
    if not isinstance(topic, str):
        return _fail("the schema names no topic: give --topic")
    pipelines = Pipelines(build_engine(policy, settings), settings, ner=None if ner == "none" else ner)
    pipeline = pipelines.for_topic(topic, schema)
    status = 0
    differences: dict[tuple[str, str], int] = {}
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            record = conform(json.loads(line), schema)
        except ValueError as exc:
            reason = exc.reason if isinstance(exc, DecodeError) else "not JSON"
            print(f"corridor: line {n}: {reason}", file=sys.stderr)
            status = 1
            continue
        timestamp = record.get("event_time")
        meta = RecordMeta(topic, 0, n - 1, timestamp if isinstance(timestamp, int) else _ms(timestamp))
        outcome = pipeline.process(record, meta)
        doc = outcome.summary()
        doc["record"] = outcome.record
        if candidate is not None:
            other = candidate.decide(record, meta, outcome.findings, outcome.unclassified)
            if (other.action, other.rule) != (outcome.decision.action, outcome.decision.rule):
                doc["shadow"] = {"action": other.action, "rule": other.rule, "policy_version": other.version}
                pair = (outcome.decision.action, other.action)
                differences[pair] = differences.get(pair, 0) + 1
            if other.crosses:
                candidate.commit(other)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=_json_default) + "\n")
        if outcome.decision.crosses:
            pipeline.engine.commit(outcome.decision)
    if candidate is not None:
        pairs = ", ".join(f"{a} -> {b}: {k}" for (a, b), k in sorted(differences.items())) or "none"
        print(f"corridor: shadow policy {candidate.version} decided differently: {pairs}", file=sys.stderr)
    return status


def _json_default(value: Any) -> Any:
    """Avro's logical values as JSON input has them: timestamps in epoch ms, dates ISO (the same
    forms the policy's conditions see)."""
    plain = to_cel(value)
    if plain is value:
        raise TypeError(type(value).__name__)
    return plain


def _ms(value: Any) -> int:
    """Epoch milliseconds of a decoded timestamp (0 when there is none)."""
    plain = to_cel(value)
    return plain if isinstance(plain, int) and not isinstance(plain, bool) else 0
