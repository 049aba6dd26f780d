"""Classify, decide, transform, verify: one decoded record in, one :class:`Outcome` out.

The runtime and the offline CLIs both call :meth:`Pipeline.process`, so a record is decided the
same way in ``corridor sanitize --policy``, ``corridor policy test`` and the Kafka agents. Anything
that goes wrong fails closed: a detector failure, an error while deciding (``defaults.decide_error``)
or a transform failure quarantines the record (with the error's type, never its message), so
:meth:`Pipeline.process` returns an :class:`Outcome` whatever the record and its metadata hold;
and a finding the decision did not allow that survives the transform turns the decision into
``quarantine`` (``verify.egress_leak``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from time import perf_counter
from typing import Any

from fastavro import schemaless_reader, schemaless_writer

from streams.codec import parse
from streams.detect.findings import Finding
from streams.errors import DecodeError
from streams.policy.engine import Decider, Decision, RecordMeta
from streams.policy.model import Defaults, Policy
from streams.sanitize import Applied, Sanitizer
from streams.schemas import JsonSchema


@dataclass
class Outcome:
    """What happens to one record.

    :param record: the sanitized record to publish in Hong Kong (``None`` unless it crosses).
    :param violations: findings the decision did not allow, still present after the transform.
    """

    decision: Decision
    record: dict[str, Any] | None
    findings: list[Finding]
    applied: list[Applied] = field(default_factory=list)
    unclassified: list[str] = field(default_factory=list)
    violations: list[Finding] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        """Types, paths and ids, never values (the sanitized record is added by the caller)."""
        out = self.decision.summary()
        out["findings"] = [
            {"path": f.path, "entity_type": f.entity_type, "validated": f.validated} for f in self.findings
        ]
        out["applied"] = [{"path": a.path, "entity_type": a.entity_type, "op": a.op} for a in self.applied]
        out["unclassified"] = list(self.unclassified)
        out["violations"] = [{"path": v.path, "entity_type": v.entity_type} for v in self.violations]
        return out


def conform(record: Mapping[str, Any], schema: JsonSchema) -> dict[str, Any]:
    """The record as the Kafka path would see it: written with the schema and read back (so JSON
    input gets Avro's types and defaults); one that does not fit is a :class:`DecodeError`."""
    parsed = parse(schema)
    buf = io.BytesIO()
    try:
        schemaless_writer(buf, parsed, dict(record))
    except Exception as exc:  # fastavro raises ValueError, TypeError, KeyError, AttributeError
        raise DecodeError("not_conforming", f"record does not fit {schema.get('name')}: {type(exc).__name__}") from None
    buf.seek(0)
    out = schemaless_reader(buf, parsed, None)
    if not isinstance(out, dict):
        raise DecodeError("not_conforming", "the schema is not a record")
    return out


# the decisions the pipeline makes itself, besides the policy's rules and defaults
RULE_IDS: frozenset[str] = frozenset(
    {"defaults.transform_error", "defaults.decide_error", "defaults.bad_timestamp", "verify.egress_leak"}
)


class Pipeline:
    """The core for one source topic's schema.

    :param clock: now, in epoch milliseconds (the core reads no clock of its own). With a clock, a
        record whose timestamp lies outside the policy's window around now
        (``defaults.timestamp_max_ahead_s`` ahead, ``defaults.timestamp_max_age_days`` behind) is
        quarantined as ``defaults.bad_timestamp`` before the policy decides it: its quota year is
        not trusted, and no quota is read or counted for it. Without one (offline tools replaying
        records of fixed dates) no window applies; the runtime passes its clock.
    """

    def __init__(self, sanitizer: Sanitizer, engine: Decider, clock: Callable[[], int] | None = None) -> None:
        self.sanitizer = sanitizer
        self.engine = engine
        self.clock = clock

    def process(self, record: Mapping[str, Any], meta: RecordMeta, timings: dict[str, float] | None = None) -> Outcome:
        """One record's outcome. With ``timings``, the seconds (``perf_counter``) each stage took
        are put there under ``classify``, ``decide``, ``transform`` and ``verify``, for each stage
        the record went through (one quarantined before it is transformed has no ``transform``)."""
        mark = perf_counter() if timings is not None else 0.0
        detector_error = False
        try:
            findings, unclassified = self.sanitizer.classify(record)
        except Exception:
            findings, unclassified, detector_error = [], [], True
        if timings is not None:
            mark = _lap(timings, "classify", mark)
        decided = self._decide(record, meta, findings, unclassified, detector_error)
        if isinstance(decided, Outcome):
            return decided
        if timings is not None:
            mark = _lap(timings, "decide", mark)
        if not decided.crosses:
            return Outcome(decided, None, findings, unclassified=unclassified)
        transformed = self._transform(record, decided, findings, unclassified, detector_error)
        if isinstance(transformed, Outcome):
            return transformed
        if timings is not None:
            mark = _lap(timings, "transform", mark)
        out, applied, scanned = transformed
        try:
            violations = self.sanitizer.verify(out, decided.allowed, applied, scanned)
        except Exception as exc:
            return Outcome(_with_error(decided, "transform", exc), None, findings, unclassified=unclassified)
        if timings is not None:
            _lap(timings, "verify", mark)
        return _checked(decided, out, findings, applied, unclassified, violations)

    def process_batch(self, items: Sequence[tuple[Mapping[str, Any], RecordMeta]]) -> list[Outcome]:
        """Each record's outcome, as :meth:`process` gives it, with one call to the detector for
        the texts of them all and one for what verify scans (:meth:`Sanitizer.sanitize_batch`: a
        record at a time the scanners find their tables cold at every call). Records are decided
        in their order, as one at a time. Should the detector fail on the batch, each record is
        classified alone (the one it fails on is decided as after a detector error, as
        :meth:`process` decides it); should verify fail, each record is verified alone (the one
        it fails on is quarantined)."""
        records = [record for record, _meta in items]
        try:
            classified = [
                (found, unclassified, False) for found, unclassified in self.sanitizer.classify_batch(records)
            ]
        except Exception:
            classified = [self._classify_alone(record) for record in records]
        outcomes: list[Outcome | None] = [None] * len(items)
        pending: list[tuple[int, Decision, list[Finding], list[str], dict[str, Any], list[Applied], Any]] = []
        for i, ((record, meta), (findings, unclassified, detector_error)) in enumerate(
            zip(items, classified, strict=True)
        ):
            decided = self._decide(record, meta, findings, unclassified, detector_error)
            if isinstance(decided, Outcome):
                outcomes[i] = decided
                continue
            if not decided.crosses:
                outcomes[i] = Outcome(decided, None, findings, unclassified=unclassified)
                continue
            # counted at once, so that the next record's quota sees this one's subjects, as it
            # would one at a time (where the caller commits each crossing record before the next
            # is decided); a record verify then stops stays counted in this replica: an
            # over-count, never an under-count that would let a record past a threshold
            self.engine.commit(decided)
            transformed = self._transform(record, decided, findings, unclassified, detector_error)
            if isinstance(transformed, Outcome):
                outcomes[i] = transformed
                continue
            pending.append((i, decided, findings, unclassified, *transformed))
        every: list[list[Finding]] | None
        try:
            every = self.sanitizer.verify_batch(
                [(out, decision.allowed, applied, scanned) for _i, decision, _f, _u, out, applied, scanned in pending]
            )
        except Exception:
            every = None  # each alone: the one that fails is quarantined, the others are not
        for k, (i, decision, findings, unclassified, out, applied, scanned) in enumerate(pending):
            if every is not None:
                violations = every[k]
            else:
                try:
                    violations = self.sanitizer.verify(out, decision.allowed, applied, scanned)
                except Exception as exc:
                    outcomes[i] = Outcome(
                        _with_error(decision, "transform", exc), None, findings, unclassified=unclassified
                    )
                    continue
            outcomes[i] = _checked(decision, out, findings, applied, unclassified, violations)
        return [outcome for outcome in outcomes if outcome is not None]

    def _classify_alone(self, record: Mapping[str, Any]) -> tuple[list[Finding], list[str], bool]:
        try:
            findings, unclassified = self.sanitizer.classify(record)
        except Exception:
            return [], [], True
        return findings, unclassified, False

    def _decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: list[Finding],
        unclassified: list[str],
        detector_error: bool,
    ) -> Decision | Outcome:
        """The policy's decision, or the quarantine of a record it could not decide (a timestamp
        outside the window, an error while deciding)."""
        if self.clock is not None:
            try:
                trusted = self._timestamp_trusted(meta.timestamp_ms, self.clock())
            except Exception as exc:
                return Outcome(self._undecided(exc), None, findings, unclassified=unclassified)
            if not trusted:
                return Outcome(self._bad_timestamp(), None, findings, unclassified=unclassified)
        try:
            decision = self.engine.decide(record, meta, findings, unclassified, detector_error)
        except Exception as exc:  # e.g. a timestamp out of range: the record is quarantined, not raised
            return Outcome(self._undecided(exc), None, findings, unclassified=unclassified)
        return decision

    def _transform(
        self,
        record: Mapping[str, Any],
        decision: Decision,
        findings: list[Finding],
        unclassified: list[str],
        detector_error: bool,
    ) -> tuple[dict[str, Any], list[Applied], Any] | Outcome:
        """The transformed record, what was applied and what verify may take from classify; or,
        when the transform fails, the record's quarantine."""
        try:
            if decision.action == "transform":
                out, applied = self.sanitizer.transform(record, findings, decision.transforms)
            else:
                out, applied = dict(record), []
            # after a detector error nothing is known of the texts: verify scans them all
            scanned = None if detector_error else self.sanitizer.scanned_texts(record, findings)
        except Exception as exc:
            return Outcome(_with_error(decision, "transform", exc), None, findings, unclassified=unclassified)
        return out, applied, scanned

    def _timestamp_trusted(self, timestamp_ms: int, now_ms: int) -> bool:
        policy = getattr(self.engine, "policy", None)
        # an engine that shows no policy gets the model's default window: never none at all
        defaults = policy.defaults if isinstance(policy, Policy) else Defaults()
        ahead = defaults.timestamp_max_ahead_s * 1000
        behind = defaults.timestamp_max_age_days * 86_400_000
        return now_ms - behind <= timestamp_ms <= now_ms + ahead

    def _bad_timestamp(self) -> Decision:
        rule = "defaults.bad_timestamp"
        return self._quarantine(rule, f"{rule}: the record's timestamp is outside the policy's window around now")

    def _undecided(self, exc: Exception) -> Decision:
        """A quarantine for a record the policy could not decide (the error's type, never its
        message: messages can quote values)."""
        rule = "defaults.decide_error"
        return self._quarantine(rule, f"{rule}: {type(exc).__name__}", (("decide", type(exc).__name__),))

    def _quarantine(self, rule: str, reason: str, errors: tuple[tuple[str, str], ...] = ()) -> Decision:
        version = getattr(self.engine, "version", "")
        return Decision(
            action="quarantine",
            rule=rule,
            matched=(rule,),
            version=version if isinstance(version, str) else "",
            reasons=(reason,),
            route=None,
            transforms={},
            allowed=frozenset(),
            errors=errors,
        )


def _checked(
    decision: Decision,
    out: dict[str, Any],
    findings: list[Finding],
    applied: list[Applied],
    unclassified: list[str],
    violations: list[Finding],
) -> Outcome:
    """The outcome of a record that was transformed and verified: a finding the decision did
    not allow that survived the transform turns the decision into a quarantine."""
    if violations:
        leak = ", ".join(sorted({f"{v.entity_type}@{v.path}" for v in violations}))
        decision = replace(
            decision,
            action="quarantine",
            rule="verify.egress_leak",
            matched=(*decision.matched, "verify.egress_leak"),
            reasons=(*decision.reasons, f"verify.egress_leak: still present after transform: {leak}"),
            route=None,
            quota_uses=(),
        )
        return Outcome(decision, None, findings, applied, unclassified, violations)
    return Outcome(decision, out, findings, applied, unclassified)


def _lap(timings: dict[str, float], stage: str, since: float) -> float:
    """Puts the seconds since ``since`` under ``stage``; now, for the next stage."""
    now = perf_counter()
    timings[stage] = now - since
    return now


def _with_error(decision: Decision, stage: str, exc: Exception) -> Decision:
    rule = f"defaults.{stage}_error"
    return replace(
        decision,
        action="quarantine",
        rule=rule,
        matched=(*decision.matched, rule),
        reasons=(*decision.reasons, f"{rule}: {type(exc).__name__}"),
        route=None,
        quota_uses=(),
        errors=(*decision.errors, (stage, type(exc).__name__)),
    )
