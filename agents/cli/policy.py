"""``corridor policy check|test|explain`` and ``corridor sanitize --policy``: the offline policy tools.

Exit status: 0 when all is well, 1 when a policy test case fails, 2 when a policy, a case file or a
record is invalid (the problems go to stderr, each with its file and line).
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import yaml
from fastavro import parse_schema
from fastavro.validation import ValidationError as AvroValidationError
from fastavro.validation import validate
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator
from rich.console import Console
from rich.table import Table

from agents.engines import build_detector, keyring
from agents.schema_files import event_schemas, load_schema_file
from agents.settings import Settings, get_settings
from streams.errors import CorridorError, DecodeError
from streams.pipeline import RULE_IDS as PIPELINE_RULE_IDS
from streams.pipeline import Outcome, Pipeline, conform
from streams.policy import InMemoryQuotaStore, Policy, PolicyEngine, PolicyError, Problem, RecordMeta, TopicCatalog
from streams.policy import load_policy as parse_policy
from streams.policy.cel import to_cel
from streams.policy.engine import DEFAULT_RULE_IDS
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
    (the same token Hong Kong sees for it, so written variants of one ID count once), under the
    hmac key id ``CORRIDOR_QUOTA_KEY_ID`` when set (kept at the old id after a rotation, a subject
    counted before it is not counted again), else the default one."""
    ring = keyring(settings)
    kid = settings.quota_key_id
    return lambda kind, value: pseudonym(ring, kind, value, kid)


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
        self._variants: dict[str, Pipelines] = {}

    def with_config(self, policy: Policy, overrides: Mapping[str, Any], settings: Settings) -> Pipelines:
        """Pipelines whose engine runs ``policy`` with some ``config`` switches changed (a case
        that tests the other reading of an open question); made once per set of changes."""
        key = json.dumps(overrides, sort_keys=True)
        found = self._variants.get(key)
        if found is None:
            changed = policy.model_copy(update={"config": {**policy.config, **overrides}})
            found = copy.copy(self)  # the detector and the keyring are shared
            vars(found).update(engine=build_engine(changed, settings), _by_topic={}, _variants={})
            self._variants[key] = found
        return found

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


ActionName = Literal["retain", "quarantine", "transform", "forward"]


class Expect(BaseModel):
    """What a decision must be: one ``action`` or a list of acceptable ones, optionally the
    deciding ``rule``, rules that must (``fires``) or must not (``not_fires``) match."""

    model_config = ConfigDict(extra="forbid")

    action: ActionName | list[ActionName]
    rule: str | None = None
    fires: list[str] = Field(default_factory=list)
    not_fires: list[str] = Field(default_factory=list)

    @property
    def actions(self) -> list[str]:
        return [self.action] if isinstance(self.action, str) else list(self.action)

    def describe(self) -> str:
        return "|".join(self.actions) + (f" by {self.rule}" if self.rule else "")


class CaseMeta(BaseModel):
    """The Kafka side of a case's record (``timestamp`` defaults to the record's ``event_time``)."""

    model_config = ConfigDict(extra="forbid")

    topic: str | None = None
    partition: int = 0
    offset: int = 0
    timestamp: int | None = None
    headers: dict[str, str] = Field(default_factory=dict)


class Step(BaseModel):
    """One record of a sequence: merged onto the case's record, decided after the steps before
    it (whose subjects were counted when they crossed)."""

    model_config = ConfigDict(extra="forbid")

    record: dict[str, Any] = Field(default_factory=dict)
    meta: CaseMeta = Field(default_factory=CaseMeta)
    expect: Expect


class Case(BaseModel):
    """One example record and what the policy must decide for it.

    :param base: a record of the directory's ``_bases.yaml`` that ``record`` is merged onto.
    :param quotas: subjects already counted this year, per quota (the record's year).
    :param config: policy ``config`` switches changed for this case (the other reading of an open
        question).
    :param newer_writer: the record was written by a newer producer schema whose enumerations
        hold symbols this one does not (they reach the policy as the strings they are).
    :param quotas: per quota, the subjects already counted: a number (the record's year) or a
        mapping of year to number (a sequence that crosses into a new year).
    :param steps: a sequence of records decided in turn with one quota store (the same subject
        twice, a year roll-over); each step has its own ``expect``, and the case's ``record`` is
        the base of every step.
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    base: str | None = None
    topic: str | None = None
    record: dict[str, Any] = Field(default_factory=dict)
    meta: CaseMeta = Field(default_factory=CaseMeta)
    quotas: dict[str, int | dict[int, int]] = Field(default_factory=dict)
    config: dict[str, bool | int | float | str | list[str]] = Field(default_factory=dict)
    newer_writer: bool = False
    expect: Expect | None = None
    steps: list[Step] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_expectation(self) -> Case:
        if (self.expect is None) == (not self.steps):
            raise ValueError("a case has an expect, or steps each with its own expect (not both)")
        return self

    def expectations(self) -> list[tuple[str, dict[str, Any], CaseMeta, Expect]]:
        """(label, record patch, meta, expectation) of each record the case decides."""
        if self.expect is not None:
            return [(self.name, {}, self.meta, self.expect)]
        return [(f"{self.name} [{n + 1}]", step.record, step.meta, step.expect) for n, step in enumerate(self.steps)]

    _line: int = PrivateAttr(default=1)

    @property
    def line(self) -> int:
        """The line of the case in its file (1 when not read from a file)."""
        return self._line

    def at(self, line: int) -> Case:
        self._line = line
        return self


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid")

    topic: str
    record: dict[str, Any]


def known_rule_ids(policy: Policy) -> frozenset[str]:
    """Every id a decision can name: the policy's rules, its defaults, the pipeline's checks."""
    return frozenset(r.id for r in policy.rules) | DEFAULT_RULE_IDS | PIPELINE_RULE_IDS


_PRIMITIVES = frozenset({"null", "boolean", "int", "long", "float", "double", "bytes", "string"})


def unknown_keys(value: Any, schema: Any, path: str = "record") -> list[str]:
    """The keys of ``value`` that ``schema`` (an expanded Avro schema) has no field for, each named
    by its path and the record type it is not a field of: writing a record with fastavro ignores
    them silently, so a misspelled or misplaced key would otherwise vanish."""
    named: dict[str, Any] = {}

    def register(node: Any, ns: str | None) -> str | None:
        if isinstance(node, dict) and node.get("type") in ("record", "error", "enum", "fixed") and "name" in node:
            name = str(node["name"])
            full = name if "." in name else (f"{ns}.{name}" if ns else name)
            named.setdefault(full, node)
            named.setdefault(name.rsplit(".", 1)[-1], node)
            return full.rsplit(".", 1)[0] if "." in full else ns
        return ns

    def resolve(node: Any) -> Any:
        if isinstance(node, str) and node not in _PRIMITIVES:
            return named.get(node, named.get(node.rsplit(".", 1)[-1], node))
        if isinstance(node, dict) and isinstance(node.get("type"), (dict, list)):
            return node["type"]
        return node

    def walk(value: Any, node: Any, path: str, ns: str | None) -> list[str]:
        ns = register(node, ns)
        node = resolve(node)
        if isinstance(node, list):
            if value is None:
                return []
            tries = [walk(value, branch, path, ns) for branch in node if _could_hold(value, resolve(branch))]
            return min(tries, key=len) if tries else []
        if not isinstance(node, dict):
            return []
        kind = node.get("type")
        if kind in ("record", "error") and isinstance(value, dict):
            fields = {f["name"]: f["type"] for f in node.get("fields", [])}
            out = [
                f"{path}.{key}: no such field in {node.get('name')} (its fields: {', '.join(fields)})"
                for key in value
                if key not in fields
            ]
            return out + [
                p for key, item in value.items() if key in fields for p in walk(item, fields[key], f"{path}.{key}", ns)
            ]
        if kind == "array" and isinstance(value, list):
            return [p for n, item in enumerate(value) for p in walk(item, node["items"], f"{path}[{n}]", ns)]
        if kind == "map" and isinstance(value, dict):
            return [p for key, item in value.items() for p in walk(item, node["values"], f"{path}.{key}", ns)]
        return []

    return walk(value, schema, path, None)


def _could_hold(value: Any, branch: Any) -> bool:
    kind = branch.get("type") if isinstance(branch, dict) else branch
    if isinstance(value, dict):
        return kind in ("record", "error", "map")
    if isinstance(value, list):
        return kind == "array"
    return kind not in ("record", "error", "map", "array")


def deep_merge(base: Any, patch: Any) -> Any:
    """``patch`` over ``base``: mappings merge key by key, anything else replaces."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = dict(base)
        for key, value in patch.items():
            out[key] = deep_merge(base.get(key), value) if key in base else value
        return out
    return patch


def _item_lines(text: str) -> list[int]:
    """The line of each case in a case file (``cases:`` list, a bare list, or one case)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "cases" and isinstance(value, yaml.SequenceNode):
                return [item.start_mark.line + 1 for item in value.value]
        return [root.start_mark.line + 1]
    if isinstance(root, yaml.SequenceNode):
        return [item.start_mark.line + 1 for item in root.value]
    return []


def _shape_problems(exc: ValidationError, where: str) -> list[str]:
    """Pydantic's errors as ``path: reason`` (the path of the key, never the value)."""
    out = []
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"])
        key = f"{where}.{loc}" if loc else where
        if err["type"] == "extra_forbidden":
            out.append(f"{key}: unknown key")
        elif err["type"] == "missing":
            out.append(f"{key}: missing")
        else:
            out.append(f"{key}: {err['msg']}")
    return out


def load_cases(directory: Path) -> tuple[dict[str, Base], list[tuple[str, Case]]]:
    """The bases and the cases of a directory (``*.yaml``, ``*.yml``, ``*.json``). A key a case
    does not define is an error naming its path (a misspelled ``expect`` key would otherwise be
    a check that never runs)."""
    bases: dict[str, Base] = {}
    cases: list[tuple[str, Case]] = []
    problems: list[Problem] = []
    files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    if not files:
        raise PolicyError([Problem(str(directory), 1, "", "no case files (*.yaml, *.yml, *.json)")])
    for path in files:
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(Problem(str(path), mark.line + 1 if mark else 1, "", f"bad YAML: {exc}"))
            continue
        if path.stem == "_bases":
            for name, value in (data or {}).items():
                try:
                    bases[name] = Base.model_validate(value)
                except ValidationError as exc:
                    problems += [Problem(str(path), 1, str(name), p) for p in _shape_problems(exc, str(name))]
            continue
        items = data.get("cases", [data]) if isinstance(data, dict) else data
        if not isinstance(items, list):
            problems.append(Problem(str(path), 1, "", "a case file holds a case, a list of cases, or 'cases:'"))
            continue
        lines = _item_lines(text)
        for n, item in enumerate(items):
            line = lines[n] if n < len(lines) else 1
            try:
                case = Case.model_validate(item)
            except ValidationError as exc:
                problems += [Problem(str(path), line, f"cases[{n}]", p) for p in _shape_problems(exc, f"cases[{n}]")]
                continue
            cases.append((path.name, case.at(line)))
    for file, case in cases:
        if case.base is not None and case.base not in bases:
            problems.append(Problem(file, case.line, case.name, f"unknown base {case.base!r}"))
    if problems:
        raise PolicyError(problems)
    return bases, cases


def case_problems(
    policy: Policy, schemas: Mapping[str, JsonSchema], bases: Mapping[str, Base], cases: Sequence[tuple[str, Case]]
) -> list[Problem]:
    """What in the cases cannot be checked against this policy and these schemas: a record key
    the schema does not know, a rule id or quota the policy does not have, a topic without a
    schema. Each names the case's file, line and the path of the key."""
    ids = known_rule_ids(policy)
    problems: list[Problem] = []
    for file, case in cases:
        found: list[str] = []
        base = bases.get(case.base) if case.base else None
        topic = case.topic or (base.topic if base else None)
        schema = schemas.get(topic) if topic else None
        if topic is None:
            found.append("name a topic or a base")
        elif schema is None:
            found.append(f"topic {topic!r}: no schema for it")
        else:
            merged = deep_merge(base.record if base else {}, case.record)
            for n, step in enumerate(case.steps):
                found += unknown_keys(deep_merge(merged, step.record), schema, f"steps[{n}].record")
            if not case.steps:
                found += unknown_keys(merged, schema)
        for n, (_label, _patch, _meta, expect) in enumerate(case.expectations()):
            where = f"steps[{n}].expect" if case.steps else "expect"
            named = [(f"{where}.rule", expect.rule)] if expect.rule else []
            named += [(f"{where}.fires[{k}]", r) for k, r in enumerate(expect.fires)]
            named += [(f"{where}.not_fires[{k}]", r) for k, r in enumerate(expect.not_fires)]
            found += [f"{w}: no rule {rule!r} in the policy" for w, rule in named if rule not in ids]
        found += [f"quotas.{q}: no such quota in the policy" for q in case.quotas if q not in policy.quotas]
        found += [f"quotas.{q}: counts are not negative" for q, v in case.quotas.items() if _negative(v)]
        found += [f"config.{c}: no such switch in the policy's config" for c in case.config if c not in policy.config]
        problems += [Problem(file, case.line, case.name, p) for p in found]
    return problems


def _negative(seed: int | dict[int, int]) -> bool:
    return any(v < 0 for v in (seed.values() if isinstance(seed, dict) else [seed]))


def _meta_for(case: Case, topic: str, record: Mapping[str, Any]) -> RecordMeta:
    timestamp: Any = case.meta.timestamp
    if timestamp is None:
        timestamp = _ms(record.get("event_time"))
    if not timestamp:
        raise CorridorError(f"case {case.name!r}: give meta.timestamp in epoch milliseconds")
    return RecordMeta(
        topic=case.meta.topic or topic,
        partition=case.meta.partition,
        offset=case.meta.offset,
        timestamp_ms=timestamp,
        headers=dict(case.meta.headers),
    )


def run_steps(
    policy: Policy, pipelines: Pipelines, settings: Settings, bases: Mapping[str, Base], case: Case
) -> list[tuple[str, Expect, Outcome]]:
    """Decide a case's records in turn with one quota store, seeded with the case's counts;
    a record that crosses has its subjects counted before the next is decided."""
    base = bases[case.base] if case.base else None
    topic = case.topic or (base.topic if base else None)
    if topic is None:
        raise CorridorError(f"case {case.name!r}: name a topic or a base")
    if case.config:
        pipelines = pipelines.with_config(policy, case.config, settings)
    pipeline = pipelines.for_topic(topic)
    engine = pipelines.engine
    engine.quotas = InMemoryQuotaStore({name: q.thresholds[-1] for name, q in policy.quotas.items()})
    out = []
    for n, (label, patch, case_meta, expect) in enumerate(case.expectations()):
        record = deep_merge(deep_merge(base.record if base else {}, case.record), patch)
        unknown = unknown_keys(record, pipeline.sanitizer.schema)
        if unknown:
            raise CorridorError(f"case {label!r}: " + "; ".join(unknown))
        meta = _meta_for(case.model_copy(update={"meta": case_meta}), topic, record)
        if n == 0:
            _preload(engine.quotas, case, year_of(meta.timestamp_ms))
        schema = pipeline.sanitizer.schema
        schema = widen_enums(schema, record) if case.newer_writer else schema
        outcome = pipeline.process(_conform(record, schema, f"case {label!r}: the record"), meta)
        if outcome.decision.crosses:
            engine.commit(outcome.decision)
        out.append((label, expect, outcome))
    return out


def _preload(store: Any, case: Case, year: int) -> None:
    for name, seed in case.quotas.items():
        if name not in store.caps:
            raise CorridorError(f"case {case.name!r}: unknown quota {name!r}")
        for when, count in seed.items() if isinstance(seed, dict) else [(year, seed)]:
            store.preload(name, when, count)


def run_case(
    policy: Policy, pipelines: Pipelines, settings: Settings, bases: Mapping[str, Base], case: Case
) -> Outcome:
    """Decide a one-record case (the last record of a sequence)."""
    return run_steps(policy, pipelines, settings, bases, case)[-1][2]


_SYMBOL = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def widen_enums(schema: JsonSchema, record: Mapping[str, Any]) -> JsonSchema:
    """``schema`` as a newer writer might have it: every enumeration also lists the symbol-shaped
    strings of ``record`` (for cases of values this policy was not written for)."""
    strings: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str) and _SYMBOL.match(value):
            strings.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    def widen(node: Any) -> Any:
        if isinstance(node, list):
            return [widen(n) for n in node]
        if not isinstance(node, dict):
            return node
        out = {k: widen(v) for k, v in node.items()}
        if out.get("type") == "enum":
            out["symbols"] = [*node["symbols"], *sorted(strings - set(node["symbols"]))]
        return out

    collect(record)
    widened: JsonSchema = widen(schema)
    return widened


def check_case(case: Case | Expect, outcome: Outcome) -> list[str]:
    """What differs from the expectation (empty when the case passes)."""
    e = case if isinstance(case, Expect) else case.expect
    if e is None:
        raise CorridorError("a case of steps is checked step by step (check_steps)")
    d = outcome.decision
    wrong = []
    if d.action not in e.actions:
        wrong.append(f"action {d.action} (expected {'|'.join(e.actions)})")
    if e.rule is not None and d.rule != e.rule:
        wrong.append(f"rule {d.rule} (expected {e.rule})")
    wrong += [f"{r} did not fire" for r in e.fires if r not in d.matched]
    wrong += [f"{r} fired" for r in e.not_fires if r in d.matched]
    return wrong


def check_steps(steps: Sequence[tuple[str, Expect, Outcome]]) -> list[str]:
    """What differs in any record of a case (each problem names its step)."""
    return [f"{label}: {w}" if len(steps) > 1 else w for label, expect, out in steps for w in check_case(expect, out)]


def run_test(path: str, cases_dir: str, console: Console | None = None, as_json: bool = False) -> int:
    settings = get_settings()
    console = console or Console()
    try:
        policy = read_policy(Path(path), settings)
        bases, cases = load_cases(Path(cases_dir))
    except PolicyError as exc:
        return _fail(exc.problems)
    pipelines = Pipelines(build_engine(policy, settings), settings, ner=None)
    problems = case_problems(policy, pipelines.schemas, bases, cases)
    if problems:
        return _fail(problems)
    rows: list[dict[str, Any]] = []
    for file, case in cases:
        try:
            steps = run_steps(policy, pipelines, settings, bases, case)
        except (CorridorError, DecodeError) as exc:
            rows.append({"file": file, "case": case.name, "expected": "", "decided": "", "problems": [f"error: {exc}"]})
            continue
        for label, expect, outcome in steps:
            rows.append(
                {
                    "file": file,
                    "case": label,
                    "expected": expect.describe(),
                    "decided": f"{outcome.decision.action} by {outcome.decision.rule}",
                    "action": outcome.decision.action,
                    "rule": outcome.decision.rule,
                    "matched": list(outcome.decision.matched),
                    "problems": check_case(expect, outcome),
                }
            )
    failures = sum(1 for row in rows if row["problems"])
    if as_json:
        for row in rows:
            row["ok"] = not row["problems"]
        doc = {"policy": path, "version": policy.version, "passed": len(rows) - failures, "failed": failures}
        print(json.dumps({**doc, "cases": rows}, ensure_ascii=False))
        return EXIT_MISMATCH if failures else 0
    console = console or Console()
    table = Table(title=f"{path} (version {policy.version}) on {cases_dir}")
    for column in ("file", "case", "expected", "decided", "result"):
        table.add_column(column)
    for row in rows:
        result = "[red]" + "; ".join(row["problems"]) + "[/red]" if row["problems"] else "ok"
        table.add_row(row["file"], row["case"], row["expected"], row["decided"] or "-", result)
    console.print(table)
    console.print(f"{len(rows) - failures} passed, {failures} failed")
    return EXIT_MISMATCH if failures else 0


# -- explain -------------------------------------------------------------------------------------


def _json_argument(value: str) -> Any:
    text = Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value
    return json.loads(text)


def misfit(record: Mapping[str, Any], schema: JsonSchema) -> str:
    """Which field of ``record`` does not fit ``schema`` (its name, never its value)."""
    try:
        validate(dict(record), parse_schema(schema), raise_errors=True)
    except AvroValidationError as exc:
        fields = sorted({e.field for e in exc.errors if getattr(e, "field", None)})
        if fields:
            return "does not fit the schema at " + ", ".join(str(f) for f in fields)
    except Exception as exc:  # fastavro raises what the datum makes it raise
        return f"does not fit the schema ({type(exc).__name__})"
    return "does not fit the schema"


def _conform(record: Mapping[str, Any], schema: JsonSchema, what: str) -> dict[str, Any]:
    try:
        return conform(record, schema)
    except DecodeError:
        raise CorridorError(f"{what} {misfit(record, schema)}") from None


def _seed(engine: PolicyEngine, counts: Mapping[str, int], seen: Sequence[str], year: int, subject: str) -> None:
    """Start each quota of ``year`` at its given count, this subject among them where ``seen``."""
    store = InMemoryQuotaStore({name: q.thresholds[-1] for name, q in engine.policy.quotas.items()})
    for name in engine.policy.quotas:
        count = int(counts.get(name, 0))
        if name in seen and subject:
            store.preload(name, year, max(count - 1, 0))
            store.add(name, year, subject)
        else:
            store.preload(name, year, count)
    engine.quotas = store


def run_explain(
    path: str,
    record_arg: str,
    topic: str | None,
    meta_arg: str | None,
    as_json: bool,
    quotas_arg: str | None = None,
    seen: Sequence[str] = (),
) -> int:
    """Every rule and its conditions on one record. ``quotas_arg`` gives the counts reached this
    year (JSON ``{quota: count}``), ``seen`` the quotas this record's subject is already counted
    in: what a volume decision depends on."""
    settings = get_settings()
    try:
        policy = read_policy(Path(path), settings)
    except PolicyError as exc:
        return _fail(exc.problems)
    try:
        record = _json_argument(record_arg)
        meta_fields = _json_argument(meta_arg) if meta_arg else {}
        counts = _json_argument(quotas_arg) if quotas_arg else {}
    except (OSError, ValueError) as exc:
        return _fail(f"--record/--meta/--quotas: not JSON ({type(exc).__name__})")
    if not isinstance(record, dict):
        return _fail("--record: a JSON object")
    try:
        case_meta = CaseMeta.model_validate(meta_fields)
    except ValidationError as exc:
        return _fail("; ".join(_shape_problems(exc, "--meta")))
    unknown_quotas = [q for q in [*counts, *seen] if q not in policy.quotas]
    if not isinstance(counts, dict) or not all(isinstance(v, int) for v in counts.values()) or unknown_quotas:
        return _fail(f"--quotas/--seen: {{quota: count}} of the policy's quotas ({', '.join(policy.quotas)})")
    engine = build_engine(policy, settings)
    pipelines = Pipelines(engine, settings, ner=None)
    assumed = topic is None and case_meta.topic is None
    topic = topic or case_meta.topic or (next(iter(policy.routes), None))
    if topic is None:
        return _fail("name the record's --topic")
    try:
        pipeline = pipelines.for_topic(topic)
        unknown = unknown_keys(record, pipeline.sanitizer.schema)
        if unknown:
            return _fail("--record: " + "; ".join(unknown))
        record = _conform(record, pipeline.sanitizer.schema, "--record")
        meta = _meta_for(Case(name="explain", meta=case_meta, expect=Expect(action="forward")), topic, record)
        findings, unclassified = pipeline.sanitizer.classify(record)
    except (CorridorError, DecodeError) as exc:
        return _fail(str(exc))
    year = year_of(meta.timestamp_ms)
    subject = engine.subject_key(record, findings)
    _seed(engine, counts, seen, year, subject)
    results, decision = engine.explain(record, meta, findings, unclassified)
    topic_note = f"{topic} (assumed: the policy's first route; give --topic)" if assumed else topic
    quotas_note = {
        name: {"count": engine.quotas.count(name, year), "subject_counted": name in seen and bool(subject)}
        for name in policy.quotas
    }
    if as_json:
        doc = {
            "topic": topic,
            "topic_assumed": assumed,
            "route": decision.route,
            "year": year,
            "quotas": quotas_note,
            "subject_key": bool(subject),
            "rules": [
                {
                    "rule": r.rule,
                    "action": r.action,
                    "matched": r.matched,
                    "error": r.error,
                    "reason": r.reason,
                    "conditions": [{"depth": d, "condition": t, "value": v} for d, t, v in r.conditions],
                }
                for r in results
            ],
            "decision": decision.summary(),
            "findings": [{"path": f.path, "entity_type": f.entity_type} for f in findings],
        }
        print(json.dumps(doc, ensure_ascii=False))
        return 0
    console = Console()
    console.print(f"topic {topic_note}, policy {policy.version}; findings: {_types(findings)}")
    counted = ", ".join(
        f"{n} {q['count']}" + (" (this subject counted)" if q["subject_counted"] else "")
        for n, q in quotas_note.items()
    )
    console.print(f"quotas {year}: {counted or 'none'}; subject key: {'derived' if subject else 'none'}")
    for r in results:
        mark = f"error ({r.error})" if r.error else ("matched" if r.matched else "not matched")
        console.print(f"[bold]{r.rule}[/bold] ({r.action}): {mark}", highlight=False)
        for depth, text, value in r.conditions:
            console.print(f"    {'    ' * depth}{value:>5}  {text}", highlight=False, markup=False)
    console.print(
        f"decision: {decision.action} by {decision.rule}; route: {decision.route or 'none (stays in Shenzhen)'}"
    )
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
