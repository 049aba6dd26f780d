"""Decide one record: every rule is evaluated, the most restrictive action of the matching rules wins.

Order of restriction: ``retain`` > ``quarantine`` > ``transform`` > ``forward`` (deny-overrides), so
no rule can shadow a stricter one by its place in the file. Besides the rules, the policy's
``defaults`` act as rules of their own: an unclassified field, a detector failure, a condition that
fails to evaluate, a quota without a subject key, or no matching rule at all each add their action
(``quarantine`` unless the policy says otherwise). The transforms of every matching ``transform``
rule apply together, the most restrictive operator per entity type winning.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from streams.detect.findings import ALL_ENTITIES, Finding
from streams.detect.validators import compact
from streams.policy.cel import (
    CelRuntime,
    Outcome,
    ScopeRef,
    compile_projector,
    conditions,
    day,
    definition_order,
    evaluate,
    expand,
    referenced_paths,
    to_cel,
)
from streams.policy.memo import MemoPlan, freeze, memo_plan
from streams.policy.model import ACTION_RANK, OP_RESTRICTIVENESS, Defaults, Policy
from streams.policy.quota import InMemoryQuotaStore, QuotaStore, year_of
from streams.transform import DEFAULT_TRANSFORMS, TransformSpec

# the identifiers a subject key is derived from, most stable first (RULES.md §2: RIC / HKID / HRP)
SUBJECT_KEY_TYPES: tuple[str, ...] = (
    "CN_RESIDENT_ID",
    "HK_ID",
    "MO_ID",
    "CN_HOME_RETURN_PERMIT",
    "CN_PASSPORT",
    "CN_EXIT_ENTRY_PERMIT",
    "CREDIT_CARD",
    "CN_BANK_ACCOUNT",
    "HK_BANK_ACCOUNT",
    "IBAN_CODE",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CN_USCC_INDIVIDUAL",  # an individual business's code names its owner
)
# the ids a decision names when a default, not a rule, decided
DEFAULT_RULE_IDS: frozenset[str] = frozenset(
    f"defaults.{name}" for name, info in Defaults.model_fields.items() if info.default in ACTION_RANK
)
_OP_RANK = {op: n for n, op in enumerate(OP_RESTRICTIVENESS)}
# the findings that carry a birth date (RULES.md R13: the subject's age comes from any of them)
BIRTH_DATE_TYPES = frozenset({"CN_RESIDENT_ID", "DATE_OF_BIRTH"})
# RULES.md R13 leaves open whether a child turns 14 on the birthday or the day after: this config
# switch of the policy picks the day after (the stricter reading) when true
AGE_SWITCH = "age_turns_day_after_birthday"
_EPOCH = dt.date(1970, 1, 1)
_KEY_RANK = {t: n for n, t in enumerate(SUBJECT_KEY_TYPES)}
_TRUE, _FALSE = Outcome(value=True), Outcome(value=False)
_QUOTA_IN = re.compile(r"\bquota\s*\(")


@dataclass(frozen=True)
class RecordMeta:
    """Where a record came from: Kafka coordinates and the record timestamp (epoch ms)."""

    topic: str
    partition: int = -1
    offset: int = -1
    timestamp_ms: int = 0
    headers: Mapping[str, str] = field(default_factory=dict)

    def as_cel(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "partition": self.partition,
            "offset": self.offset,
            "timestamp": self.timestamp_ms,
            "date": day(self.timestamp_ms),
            "headers": dict(self.headers),
        }


_META_FIELDS: dict[str, Callable[[RecordMeta], Any]] = {
    "topic": lambda m: m.topic,
    "partition": lambda m: m.partition,
    "offset": lambda m: m.offset,
    "timestamp": lambda m: m.timestamp_ms,
    "date": lambda m: day(m.timestamp_ms),
    "headers": lambda m: freeze(dict(m.headers)),
}


@dataclass(frozen=True)
class RuleResult:
    """One rule's verdict on one record (``policy explain`` prints these)."""

    rule: str
    action: str
    matched: bool
    error: str | None = None
    reason: str = ""
    # the rule's top-level && / || operands (and those of a bracketed or negated chain among
    # them): (depth, the condition's text, "true" | "false" | the error code)
    conditions: tuple[tuple[int, str, str], ...] = ()


class QuotaUse(NamedTuple):
    """A subject this record adds to a quota when it crosses (``subject`` is a keyed hash: still
    not for logs)."""

    quota: str
    year: int
    subject: str
    new: bool = True


@dataclass(frozen=True)
class Decision:
    """Exactly one action for one record, and why.

    :param rule: the deciding rule (first in file order among those with the winning action), or
        ``defaults.<case>`` when a default decided.
    :param matched: every rule that matched (and ``defaults.<case>`` entries).
    :param transforms: operator per entity type (only for ``transform``).
    :param allowed: entity types allowed to reach Hong Kong unchanged (their operator is ``keep``).
    """

    action: str
    rule: str
    matched: tuple[str, ...]
    version: str
    reasons: tuple[str, ...]
    route: str | None
    transforms: Mapping[str, TransformSpec]
    allowed: frozenset[str]
    errors: tuple[tuple[str, str], ...] = ()
    quota_uses: tuple[QuotaUse, ...] = ()
    categories: frozenset[str] = frozenset()

    @property
    def crosses(self) -> bool:
        return self.action in ("forward", "transform")

    def summary(self) -> dict[str, Any]:
        """Types, ids and codes only: safe for logs and the audit trail."""
        return {
            "action": self.action,
            "rule": self.rule,
            "matched": list(self.matched),
            "policy_version": self.version,
            "reasons": list(self.reasons),
            "route": self.route,
            "errors": [{"rule": r, "code": c} for r, c in self.errors],
        }


class Decider(Protocol):
    """What decides records: a :class:`PolicyEngine`, or the runtime's hot-reloading holder."""

    @property
    def transforms(self) -> Mapping[str, TransformSpec]: ...

    def decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Iterable[str] = (),
        detector_error: bool = False,
    ) -> Decision: ...

    def commit(self, decision: Decision) -> None: ...


class QuotaSubjectError(ValueError):
    """A record that counts toward a quota but has no subject key (or its condition failed)."""


class _RecordScope:
    """The per-record state that the CEL functions read.

    Quotas are resolved lazily, the first time a condition asks (and for every quota the record
    counts toward, once the rules are done): whether the record counts, its subject key, and
    whether that subject is new this year.
    """

    def __init__(self, engine: PolicyEngine, record: Mapping[str, Any], meta: RecordMeta, findings: Sequence[Finding]):
        self.engine = engine
        self.record = record
        self.meta = meta
        self.findings = findings
        self.entities = frozenset(f.entity_type for f in findings)
        self.categories = engine.categories_of(self.entities)
        self._key: str | None = None
        self._age: int | None = None
        self.year = year_of(meta.timestamp_ms)
        self.activation: Any = None
        self.uses: dict[str, QuotaUse | None] = {}  # None: the record does not count toward it
        self.problems: dict[str, str] = {}
        self._when_cache: dict[int, Outcome] = {}

    def has_entity(self, entity_type: str) -> bool:
        return entity_type in self.entities

    def has_category(self, category: str) -> bool:
        return category in self.categories

    def fused_when(self, program_id: int, outcome: Outcome) -> None:
        """A quota condition's outcome from the combined evaluation (the first one stands)."""
        self._when_cache.setdefault(program_id, outcome)

    def known_subject(self, subject: str) -> None:
        self._key = subject

    def subject_key(self) -> str:
        if self._key is None:
            self._key = self.engine.subject_key(self.record, self.findings)
        return self._key

    def subject_age(self) -> int:
        if self._age is None:
            self._age = subject_age(self.record, self.findings, self.meta.timestamp_ms, self.engine.age_day_after)
        return self._age

    def resolve(self, name: str) -> QuotaUse | None:
        if name in self.uses:
            return self.uses[name]
        use = None
        try:
            use = self._resolve(name)
        except QuotaSubjectError as exc:
            self.problems[f"quota.{name}"] = str(exc)
        self.uses[name] = use
        return use

    def _resolve(self, name: str) -> QuotaUse | None:
        engine = self.engine
        if not self.categories.intersection(engine.policy.quotas[name].categories):
            return None
        when = engine.quota_when[name]
        if when is not None:
            outcome = self._when_cache.get(id(when))
            if outcome is None:
                outcome = self._when_cache[id(when)] = evaluate(when, self.activation)
            if outcome.error is not None:
                raise QuotaSubjectError(outcome.error)
            if outcome.value is not True:
                return None
        program = engine.quota_subject[name]
        if program is None:
            subject = self.subject_key()
        else:
            outcome = evaluate(program, self.activation)
            subject = outcome.value if isinstance(outcome.value, str) else ""
        if not subject:
            raise QuotaSubjectError("NO_SUBJECT_KEY")
        return QuotaUse(name, self.year, subject, not engine.quotas.seen(name, self.year, subject))

    def quota(self, name: str) -> int:
        use = self.resolve(name)
        if f"quota.{name}" in self.problems:
            raise QuotaSubjectError(self.problems[f"quota.{name}"])
        count = self.engine.quotas.count(name, self.year)
        return count + (1 if use is not None and use.new else 0)


class PolicyEngine:
    """Compiled policy plus the quota store. Not thread-safe: one engine per worker thread.

    :param subject_hasher: keyed hash of ``(entity type, identifier)`` (the keyring's pseudonym);
        it normalises the identifier itself, so written variants of one person's ID give one key.
    """

    def __init__(
        self,
        policy: Policy,
        subject_hasher: Callable[[str, str], str],
        quotas: QuotaStore | None = None,
        memo: bool = True,
        memo_max: int = 65_536,
    ) -> None:
        self.policy = policy
        self.version = policy.version
        self.quotas: QuotaStore = quotas or InMemoryQuotaStore(
            {name: q.thresholds[-1] for name, q in policy.quotas.items()}
        )
        self.hasher = subject_hasher
        self._scope = ScopeRef()
        self.runtime = CelRuntime(self._scope)
        defs = policy.definitions
        self._programs = [self.runtime.compile(expand(r.when, defs)) for r in policy.rules]
        # all rules in one evaluation, each definition bound once: the fast path
        everything = "[" + ",\n".join(f"({r.when})" for r in policy.rules) + "]"
        used = [everything, *(defs[n] for n in definition_order(everything, defs))]
        # the quotas' counts_when conditions join the fast path (they share its definitions):
        # distinct texts, unless one calls quota() (resolving a quota inside its own condition)
        self._fused_whens = list(
            dict.fromkeys(
                q.counts_when
                for q in policy.quotas.values()
                if q.counts_when.strip() != "true" and not _QUOTA_IN.search(expand(q.counts_when, defs))
            )
        )
        fused = "[" + ",\n".join([*(f"({r.when})" for r in policy.rules), *(f"({t})" for t in self._fused_whens)]) + "]"
        self._combined = self.runtime.compile(expand(fused, defs))
        self._uses_findings = any(re.search(r"\bfindings\b", text) for text in used)
        quota_texts = [t for q in policy.quotas.values() for t in (q.subject, q.counts_when)]
        quota_defs = [defs.get(n, "") for t in quota_texts for n in definition_order(t, defs)]
        self._trie = referenced_paths(used + quota_defs + quota_texts)
        self._projector = None if self._trie is None else compile_projector(self._trie)
        trivial = all(q.subject.strip() == "subject_key()" for q in policy.quotas.values())
        self._memo_plan = memo_plan(
            used + quota_defs + quota_texts,
            self._trie,
            trivial,
            self._uses_findings,
            used,
            policy.categories,
            sorted(ALL_ENTITIES),
        )
        if not memo:
            self._memo_plan = None
        self._memo: dict[Any, tuple[Decision, tuple[tuple[int, str], ...]]] = {}
        self._combined_cache: dict[tuple[Any, ...], Decision] = {}
        self._finding_looks: dict[tuple[str, str, bool], tuple[tuple[Any, bool], bool, bool]] = {}
        self._places_info: dict[frozenset[tuple[Any, bool]], tuple[frozenset[str], tuple[bool, ...]]] = {}
        literals = self._memo_plan.quota_literals if self._memo_plan else {}
        self._quota_plan = [
            (name, frozenset(q.categories), tuple(literals.get(name, ()))) for name, q in policy.quotas.items()
        ]
        self._quota_categories = frozenset(c for q in policy.quotas.values() for c in q.categories)
        self.memo_max = memo_max
        self.memo_hits = 0
        self.memo_misses = 0
        programs: dict[str, Any] = {}  # one program per distinct text: evaluated once per record

        def program(text: str, trivial: str) -> Any:
            if text.strip() == trivial:
                return None
            if text not in programs:
                programs[text] = self.runtime.compile(expand(text, defs))
            return programs[text]

        self.quota_subject = {name: program(q.subject, "subject_key()") for name, q in policy.quotas.items()}
        self.quota_when = {name: program(q.counts_when, "true") for name, q in policy.quotas.items()}
        self.quota_when_programs = programs
        self._category_of: dict[str, frozenset[str]] = {}
        for category, types in policy.categories.items():
            for t in types:
                self._category_of[t] = self._category_of.get(t, frozenset()) | {category}
        self._class_categories: dict[Any, frozenset[str]] = {}
        if self._memo_plan is not None and self._memo_plan.entity_class is not None:
            for entity, cls in self._memo_plan.entity_class.items():
                self._class_categories[cls] = self._category_of.get(entity, frozenset())
        self._category_cache: dict[frozenset[str], frozenset[str]] = {}
        self.transforms = {**DEFAULT_TRANSFORMS, **policy.transforms}
        self._config = dict(policy.config)
        self.age_day_after = policy.config.get(AGE_SWITCH) is True
        self._forward_allowed = frozenset(t for t, s in self.transforms.items() if s.op == "keep")
        self._transform_cache: dict[tuple[int, ...], tuple[dict[str, TransformSpec], frozenset[str]]] = {}
        self._explain_programs: dict[str, Any] = {}

    # -- helpers the scope calls ---------------------------------------------------------------

    def categories_of(self, entities: frozenset[str]) -> frozenset[str]:
        cached = self._category_cache.get(entities)
        if cached is None:
            cats: set[str] = set()
            for e in entities:
                cats |= self._category_of.get(e, frozenset())
            cached = self._category_cache[entities] = frozenset(cats)
        return cached

    def subject_key(self, record: Mapping[str, Any], findings: Sequence[Finding]) -> str:
        """A keyed hash of the record's most stable identifier (resident ID, HKID, home-return
        permit's first 9 characters, ...); empty when it holds none. Without an identifier there
        is no subject key, even when the envelope declares one: a declared key that cannot be
        checked against the record is not trusted, so a record that counts toward a quota fails
        closed (``NO_SUBJECT_KEY``)."""
        source = subject_source(record, findings)
        return "" if source is None else self.hasher(*source)

    def subject_mismatch(self, record: Mapping[str, Any], findings: Sequence[Finding]) -> bool:
        """Whether the envelope declares a ``subject.key_hash`` that is the keyed hash of none of
        the record's identifiers (``defaults.subject_mismatch``). A record without identifiers
        cannot contradict its declared key (nor is that key used: see :meth:`subject_key`)."""
        declared = _declared_key(record)
        if not declared:
            return False
        hashes = set()
        for f in findings:
            if f.validated and f.entity_type in _KEY_RANK:
                value = _value_of(record, f)
                if value:
                    hashes.add(self.hasher(f.entity_type, value))
        return bool(hashes) and declared not in hashes

    # -- deciding ------------------------------------------------------------------------------

    def cel_record(self, record: Mapping[str, Any]) -> Any:
        """The parts of the record the policy names, as CEL holds them (converting a value into
        CEL costs about as much as evaluating a rule, so nothing else is handed over)."""
        return to_cel(record) if self._projector is None else self._projector(record)

    def cel_variables(self, record: Mapping[str, Any], meta: RecordMeta, findings: Sequence[Finding]) -> dict[str, Any]:
        """What the conditions see of one record, as CEL values (types and places, never values
        of findings)."""
        return {
            "record": self.cel_record(record),
            "meta": meta.as_cel(),
            "config": self._config,
            "findings": [
                {
                    "entity_type": f.entity_type,
                    "path": f.path,
                    "score": f.score,
                    "validated": f.validated,
                    "structured": f.recognizer.startswith("schema:"),
                }
                for f in findings
            ]
            if self._uses_findings
            else [],
            "field_entities": sorted({f.entity_type for f in findings if f.recognizer.startswith("schema:")}),
            "text_entities": sorted({f.entity_type for f in findings if not f.recognizer.startswith("schema:")}),
        }

    def _scope_for(
        self, record: Mapping[str, Any], meta: RecordMeta, findings: Sequence[Finding]
    ) -> tuple[_RecordScope, Any]:
        scope = _RecordScope(self, record, meta, findings)
        self._scope.current = scope
        variables = self.cel_variables(record, meta, findings)
        scope.activation = self.runtime.activation(variables)
        return scope, scope.activation

    def _finish_quotas(self, scope: _RecordScope) -> list[tuple[str, str]]:
        for name in self.policy.quotas:
            scope.resolve(name)
        return list(scope.problems.items())

    def evaluate_rules(self, activation: Any, scope: _RecordScope | None = None) -> list[Outcome]:
        """Every rule's outcome: one combined evaluation, rule by rule only when something failed
        (a rule or a fused quota condition). When the combined evaluation succeeds, the fused
        quota conditions' outcomes are handed to ``scope`` (a quota then reads them instead of
        evaluating its condition again)."""
        combined = evaluate(self._combined, activation)
        if combined.error is None and all(v is True or v is False for v in combined.value):
            values = combined.value
            rules = len(self._programs)
            if scope is not None:
                for text, value in zip(self._fused_whens, values[rules:], strict=True):
                    scope.fused_when(id(self.quota_when_programs[text]), _TRUE if value else _FALSE)
            return [_TRUE if v else _FALSE for v in values[:rules]]
        return [evaluate(p, activation) for p in self._programs]

    def decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Iterable[str] = (),
        detector_error: bool = False,
    ) -> Decision:
        """The decision for one record (from the memo when an identical-looking record was decided)."""
        plan = self._memo_plan
        mismatch = self.subject_mismatch(record, findings)
        if plan is None:
            return self._evaluate(record, meta, findings, list(unclassified), detector_error, mismatch=mismatch)[0]
        unclassified = tuple(unclassified)
        year = year_of(meta.timestamp_ms)
        key, statuses, subject = self._memo_key(plan, record, meta, findings, year)
        key = (*key, unclassified, detector_error, mismatch)
        try:
            entry = self._memo.get(key)
        except TypeError:  # a value that cannot be a key (a map inside a list): evaluate it
            return self._evaluate(record, meta, findings, list(unclassified), detector_error, subject, mismatch)[0]
        if entry is None:
            self.memo_misses += 1
            decision, counted = self._evaluate(
                record, meta, findings, list(unclassified), detector_error, subject, mismatch
            )
            if len(self._memo) >= self.memo_max:
                self._memo.clear()
            # the template without this record's quota uses (_with_uses: replace() runs __init__ again)
            self._memo[key] = (_with_uses(decision, ()), counted)
            return decision
        self.memo_hits += 1
        template, counted = entry
        if not counted or not template.crosses:
            return template
        subject = subject or self.subject_key(record, findings)
        uses = []
        for n, name in counted:
            new = statuses[n] == 1 if statuses[n] in (1, 2) else not self.quotas.seen(name, year, subject)
            uses.append(QuotaUse(name, year, subject, new))
        return _with_uses(template, tuple(uses))

    def _memo_key(
        self, plan: MemoPlan, record: Mapping[str, Any], meta: RecordMeta, findings: Sequence[Finding], year: int
    ) -> tuple[tuple[Any, ...], list[int], str]:
        """What the conditions can see of this record, the quota statuses, and the subject key when
        building the key needed it (the subject is hashed only when something needs it)."""
        looks = self._finding_looks
        kinds = []
        keyed = ric = False  # an identifier a subject key comes from; a birth date (an age)
        for f in findings:
            look = looks.get((f.entity_type, f.recognizer, f.validated))
            if look is None:
                look = self._finding_look(plan, f)
            kinds.append(look[0])
            keyed = keyed or look[1]
            ric = ric or look[2]
        places = frozenset(kinds)
        info = self._places_info.get(places)
        if info is None:
            info = self._place_info(places, findings, plan.entity_class is not None)
        applies = info[1]
        subject = self.subject_key(record, findings) if plan.uses_subject_key else ""
        statuses: list[int] = []
        quota_part: list[Any] = []
        counts = self.quotas.count
        for (name, _cats, literals), applied in zip(self._quota_plan, applies, strict=True):
            count = counts(name, year)
            at = (bisect_left(literals, count), bisect_right(literals, count))
            after = (bisect_left(literals, count + 1), bisect_right(literals, count + 1))
            status = 0  # the record does not count toward it
            if applied:
                if not keyed:
                    status = 3  # no subject key: the rules see an error
                elif at == after:
                    status = 4  # new or not, quota() stands in the same place
                else:
                    subject = subject or self.subject_key(record, findings)
                    status = 2 if self.quotas.seen(name, year, subject) else 1
            statuses.append(status)
            quota_part.append((status, at, after))
        age_part: Any = None
        if plan.age_literals is not None:
            age = subject_age(record, findings, meta.timestamp_ms, self.age_day_after) if ric else -1
            ages = plan.age_literals
            age_part = age if plan.age_raw else (bisect_left(ages, age), bisect_right(ages, age))
        if plan.meta_fields is None:
            meta_part: Any = freeze(meta.as_cel())
        elif plan.meta_fields == ("date",):
            meta_part = (meta.topic, day(meta.timestamp_ms))
        else:
            meta_part = (meta.topic, *[_META_FIELDS[f](meta) for f in plan.meta_fields])
        if plan.uses_findings:
            findings_part: Any = tuple(
                sorted(
                    (f.entity_type, f.path, f.score, f.validated, f.recognizer.startswith("schema:")) for f in findings
                )
            )
        elif plan.entity_class is not None or plan.uses_places:
            findings_part = places
        else:
            findings_part = frozenset(f.entity_type for f in findings)
        if plan.timestamp_paths:
            meta_part = (meta_part, _time_signs(record, plan.timestamp_paths, meta.timestamp_ms))
        key = (
            plan.extract(record),
            findings_part,
            tuple(quota_part),
            age_part,
            meta_part,
            subject if plan.uses_subject_key else None,
        )
        return key, statuses, subject

    def _finding_look(self, plan: MemoPlan, f: Finding) -> tuple[tuple[Any, bool], bool, bool]:
        """What the memo key takes from one finding: (its type or class, structured), whether a
        subject key can come from it, whether it holds a birth date (an age); cached by type,
        recognizer and validation, which is all it depends on."""
        classes = plan.entity_class
        kind = f.entity_type
        keyed = f.validated and kind in _KEY_RANK
        look = (
            (classes.get(kind, kind) if classes else kind, f.recognizer.startswith("schema:")),
            keyed,
            f.validated and kind in BIRTH_DATE_TYPES,
        )
        if len(self._finding_looks) < self.memo_max:
            self._finding_looks[(kind, f.recognizer, f.validated)] = look
        return look

    def _place_info(
        self, places: frozenset[tuple[Any, bool]], findings: Sequence[Finding], by_class: bool
    ) -> tuple[frozenset[str], tuple[bool, ...]]:
        """The categories of a set of (entity type or class, structured) and which quotas they
        count toward; cached, since records repeat these few sets."""
        if by_class:
            categories = frozenset().union(*(self._class_categories.get(c, frozenset()) for c, _ in places))
        else:
            categories = self.categories_of(frozenset(f.entity_type for f in findings))
        info = (categories, tuple(not categories.isdisjoint(cats) for _name, cats, _lits in self._quota_plan))
        if len(self._places_info) < self.memo_max:
            self._places_info[places] = info
        return info

    def _evaluate(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: list[str],
        detector_error: bool,
        subject: str | None = None,
        mismatch: bool = False,
    ) -> tuple[Decision, tuple[tuple[int, str], ...]]:
        scope, activation = self._scope_for(record, meta, findings)
        if subject:
            scope.known_subject(subject)
        try:
            outcomes = self.evaluate_rules(activation, scope)
            problems = self._finish_quotas(scope)
        finally:
            self._scope.current = None
        order = {name: n for n, name in enumerate(self.policy.quotas)}
        counted = tuple(sorted((order[name], name) for name, use in scope.uses.items() if use is not None))
        return self._combine(scope, outcomes, problems, unclassified, detector_error, mismatch), counted

    def explain(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Iterable[str] = (),
    ) -> tuple[list[RuleResult], Decision]:
        """Every rule evaluated on its own, and the decision they make together."""
        scope, activation = self._scope_for(record, meta, findings)
        try:
            outcomes = [evaluate(p, activation) for p in self._programs]
            parts = [self._conditions(r.when, activation) for r in self.policy.rules]
            problems = self._finish_quotas(scope)
        finally:
            self._scope.current = None
        results = [
            RuleResult(r.id, r.action, o.value is True, o.error or _not_bool(o), r.reason, c)
            for r, o, c in zip(self.policy.rules, outcomes, parts, strict=True)
        ]
        mismatch = self.subject_mismatch(record, findings)
        return results, self._combine(scope, outcomes, problems, list(unclassified), False, mismatch)

    def _conditions(self, when: str, activation: Any) -> tuple[tuple[int, str, str], ...]:
        out = []
        for depth, text in conditions(when):
            program = self._explain_programs.get(text)
            if program is None:
                program = self._explain_programs[text] = self.runtime.compile(expand(text, self.policy.definitions))
            outcome = evaluate(program, activation)
            shown = outcome.error or (str(outcome.value).lower() if isinstance(outcome.value, bool) else "NOT_A_BOOL")
            out.append((depth, " ".join(text.split()), shown))
        return tuple(out)

    def _combine(
        self,
        scope: _RecordScope,
        outcomes: Sequence[Outcome],
        problems: list[tuple[str, str]],
        unclassified: list[str],
        detector_error: bool,
        mismatch: bool = False,
    ) -> Decision:
        pattern = (
            tuple(
                o.value if o.error is None and isinstance(o.value, bool) else (o.error or "NOT_A_BOOL")
                for o in outcomes
            ),
            tuple(problems),
            tuple(unclassified),
            detector_error,
            scope.meta.topic,
            scope.categories,
            mismatch,
        )
        template = self._combined_cache.get(pattern)
        if template is None:
            template = self._combine_pattern(pattern)
            if len(self._combined_cache) >= self.memo_max:
                self._combined_cache.clear()
            self._combined_cache[pattern] = template
        if not template.crosses:
            return template
        uses = tuple(u for u in scope.uses.values() if u is not None)
        if not uses:
            return template
        return _with_uses(template, uses)

    def _combine_pattern(self, pattern: tuple[Any, ...]) -> Decision:
        """The decision for one pattern of rule outcomes (no quota uses: the caller adds them)."""
        values, problems, unclassified, detector_error, topic, categories, mismatch = pattern
        defaults = self.policy.defaults
        matched: list[tuple[str, str, str]] = []  # (id, action, reason)
        errors = list(problems)
        transform_rules: list[int] = []
        for n, (rule, value) in enumerate(zip(self.policy.rules, values, strict=True)):
            if value is True:
                matched.append((rule.id, rule.action, rule.reason))
                if rule.action == "transform":
                    transform_rules.append(n)
            elif value is not False:
                errors.append((rule.id, value))
        if errors:
            where = ", ".join(f"{r} ({c})" for r, c in errors)
            matched.append(("defaults.evaluation_error", defaults.evaluation_error, f"could not evaluate {where}"))
        if unclassified:
            matched.append(
                (
                    "defaults.unclassified_field",
                    defaults.unclassified_field,
                    f"unclassified fields {list(unclassified)}",
                )
            )
        if detector_error:
            matched.append(("defaults.detector_error", defaults.detector_error, "the detector failed"))
        if mismatch:
            matched.append(
                (
                    "defaults.subject_mismatch",
                    defaults.subject_mismatch,
                    "the envelope's subject.key_hash is the key of none of the record's identifiers",
                )
            )
        if not matched:
            matched.append(("defaults.no_rule_matched", defaults.no_rule_matched, "no rule matched"))
        action = max((m[1] for m in matched), key=ACTION_RANK.__getitem__)
        route: str | None = None
        if action in ("forward", "transform"):
            route = self.policy.routes.get(topic)
            if route is None:
                matched.append(("defaults.no_route", defaults.no_route, f"no route for topic {topic}"))
                action = max((m[1] for m in matched), key=ACTION_RANK.__getitem__)
        deciding = next(m for m in matched if m[1] == action)
        transforms: Mapping[str, TransformSpec] = {}
        allowed = frozenset[str]()
        if action == "transform":
            transforms, allowed = self._transforms_for(tuple(transform_rules))
        elif action == "forward":
            allowed = self._forward_allowed
        crosses = action in ("forward", "transform")
        return Decision(
            action=action,
            rule=deciding[0],
            matched=tuple(m[0] for m in matched),
            version=self.version,
            reasons=tuple(f"{m[0]}: {m[2]}" if m[2] else m[0] for m in matched),
            route=route if crosses else None,
            transforms=transforms,
            allowed=allowed,
            errors=tuple(errors),
            quota_uses=(),
            categories=categories,
        )

    def _transforms_for(self, rules: tuple[int, ...]) -> tuple[dict[str, TransformSpec], frozenset[str]]:
        cached = self._transform_cache.get(rules)
        if cached is None:
            merged = dict(self.transforms)
            chosen_by_rule: dict[str, TransformSpec] = {}
            for n in rules:
                for entity, spec in self.policy.rules[n].transforms.items():
                    current = chosen_by_rule.get(entity)
                    if current is None or _OP_RANK[spec.op] < _OP_RANK[current.op]:
                        chosen_by_rule[entity] = spec
            for entity, spec in chosen_by_rule.items():
                merged[entity] = _with_text_operator(spec, self.transforms.get(entity))
            cached = (merged, frozenset(t for t, s in merged.items() if s.op == "keep"))
            self._transform_cache[rules] = cached
        return cached

    def commit(self, decision: Decision) -> None:
        """Count the record's subjects: call once the record was acknowledged in Hong Kong."""
        for use in decision.quota_uses:
            if use.new:
                self.quotas.add(use.quota, use.year, use.subject)


def _with_uses(template: Decision, uses: tuple[QuotaUse, ...]) -> Decision:
    """A copy of a cached decision with this record's quota uses (without ``__init__``: it is on
    the hot path, and the template is already checked)."""
    decision = object.__new__(Decision)
    decision.__dict__.update(template.__dict__)
    decision.__dict__["quota_uses"] = uses
    return decision


def _with_text_operator(spec: TransformSpec, default: TransformSpec | None) -> TransformSpec:
    """A rule's operator for a type, keeping the policy's own operator for that type in free text
    when the rule names none and the policy's lets less through (a rule that keeps a field for a
    purpose's allowlist does not also let the same identifier stand in a remark)."""
    if spec.in_text is not None or default is None:
        return spec
    text = default.in_text or default
    if _OP_RANK[text.op] < _OP_RANK[spec.op]:
        return spec.model_copy(update={"in_text": text.model_copy(update={"in_text": None})})
    return spec


def _time_signs(record: Mapping[str, Any], paths: Sequence[tuple[str, ...]], timestamp_ms: int) -> tuple[Any, ...]:
    """Where each instant at ``paths`` stands against the record's timestamp (-1 before, 0 at,
    1 after; ``None`` for a value that is not an instant): all that a condition comparing the
    two can see of the timestamp."""
    out: list[Any] = []
    for path in paths:
        node: Any = record
        for key in path:
            node = node.get(key) if isinstance(node, dict) else None
        value = node if type(node) is int else to_cel(node)  # an int is its own CEL value
        if isinstance(value, int) and not isinstance(value, bool):
            out.append((value > timestamp_ms) - (value < timestamp_ms))
        else:
            out.append(None)
    return tuple(out)


def _not_bool(outcome: Outcome) -> str | None:
    if outcome.error is None and not isinstance(outcome.value, bool):
        return "NOT_A_BOOL"
    return None


def _value_of(record: Mapping[str, Any], finding: Finding) -> str:
    value = record.get(finding.path)
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if finding.recognizer.startswith("schema:"):
        return text
    return text[finding.start : finding.end]


def _declared_key(record: Mapping[str, Any]) -> str:
    meta = record.get("_meta")
    subject = meta.get("subject") if isinstance(meta, dict) else None
    declared = subject.get("key_hash") if isinstance(subject, dict) else None
    return declared if isinstance(declared, str) else ""


def subject_source(record: Mapping[str, Any], findings: Sequence[Finding]) -> tuple[str, str] | None:
    """The (type, value) of the record's most stable identifier, which its subject key is the
    keyed hash of, or ``None`` when it holds none (nothing is hashed here). The envelope's
    ``key_hash`` is never the source: a producer's constant would make every cardholder one
    subject; it is only checked against the identifiers (:meth:`PolicyEngine.subject_mismatch`)."""
    best: tuple[int, int, Finding] | None = None
    for f in findings:
        kind = _KEY_RANK.get(f.entity_type)
        if kind is None or not f.validated:
            continue
        structured = f.recognizer.startswith("schema:")
        rank = (kind, 0 if structured else 1)
        if (best is None or rank < best[:2]) and (structured or _value_of(record, f)):
            best = (*rank, f)
    if best is None:
        return None
    value = _value_of(record, best[2])
    return (best[2].entity_type, value) if value else None


def subject_age(
    record: Mapping[str, Any], findings: Sequence[Finding], timestamp_ms: int, day_after_birthday: bool = False
) -> int:
    """Age in whole years, at the record's time in Asia/Shanghai, of the youngest person whose
    birth date the record holds: in a resident ID (or residence permit, same format) or in a
    date-of-birth field, whichever identifies the person (an HKID holder's date of birth counts
    as much as a resident ID's); ``-1`` when there is none.

    Whole years between two dates are ``(YYYYMMDD of the day - YYYYMMDD of the birth) // 10000``.
    With ``day_after_birthday`` a year is added the day after the birthday, not on it (the
    stricter reading of "under 14": a child is still 13 on its 14th birthday)."""
    today = _day_number(timestamp_ms) - (1 if day_after_birthday else 0)
    youngest = -1
    for f in findings:
        if f.entity_type not in BIRTH_DATE_TYPES or not f.validated:
            continue
        born = _birth_number(record, f)
        if born is None:
            continue
        age = (today - born) // 10000
        if age >= 0 and (youngest < 0 or age < youngest):
            youngest = age
    return youngest


def _birth_number(record: Mapping[str, Any], finding: Finding) -> int | None:
    """The birth date a finding holds, as the number YYYYMMDD (``None`` when it holds none)."""
    if finding.entity_type == "CN_RESIDENT_ID":
        value = _value_of(record, finding)
        digits = value[6:14] if len(value) == 18 else compact(value)[6:14]
        return int(digits) if len(digits) == 8 and digits.isdigit() else None
    raw = record.get(finding.path) if finding.recognizer.startswith("schema:") else None
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) < 1_000_000:
        raw = _EPOCH + dt.timedelta(days=raw)  # an Avro date: days since 1970-01-01
    if isinstance(raw, dt.date):
        return raw.year * 10000 + raw.month * 100 + raw.day
    if isinstance(raw, str):
        digits = raw.strip()[:10].replace("-", "")
        return int(digits) if len(digits) == 8 and digits.isdigit() else None
    return None


def _day_number(timestamp_ms: int) -> int:
    """The Asia/Shanghai date of a timestamp as the number YYYYMMDD, cached by the hour (as
    :func:`streams.policy.cel.day` is: an hour has one date there)."""
    hour = timestamp_ms // 3_600_000
    found = _DAY_NUMBERS.get(hour)
    if found is None:
        text = day(timestamp_ms)
        if len(_DAY_NUMBERS) > 10_000:
            _DAY_NUMBERS.clear()
        found = _DAY_NUMBERS[hour] = int(text[0:4]) * 10000 + int(text[5:7]) * 100 + int(text[8:10])
    return found


_DAY_NUMBERS: dict[int, int] = {}
