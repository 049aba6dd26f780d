"""What runs inside a core process: decode, classify, decide, transform, verify, encode a batch.

The core is CPU-bound and its objects (detector memos, the policy engine's memo, verify's memory
of clean values, the quota replica) are not thread-safe, so each core process holds one set of
its own, made once by :func:`init` and used by :func:`run_batch` for every batch the worker sends
it. Nothing here touches Kafka: records come in as bytes with their coordinates, and results go
back as bytes to publish plus types, paths and rule ids (never values) for metrics and the audit.

The quota store is a replica: the worker sends, with each batch, the subjects committed in Hong
Kong since the last batch (from any process, and from the table recovered at start), and a record
this process decides to send across counts at once in its own replica (it will cross: a record is
never dropped, a failed delivery is retried), so the records after it in this process see it.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from agents.settings import Settings, get_settings
from streams import codec
from streams.errors import DecodeError
from streams.evolution import reconcile
from streams.pipeline import Pipeline
from streams.policy import RecordMeta
from streams.policy.cel import expand
from streams.sanitize import Sanitizer
from streams.schemas import JsonSchema
from streams.transform import pseudonym

log = logging.getLogger(__name__)

QUARANTINE_TOPIC = "corridor.quarantine"
RETAINED_TOPIC = "corridor.retained"

# (topic, partition, offset, timestamp_ms, key, value)
RawRecord = tuple[str, int, int, int, bytes | None, bytes | None]
# (quota, year, subject): a subject counted in Hong Kong's acknowledgement
QuotaDelta = tuple[str, int, str]


@dataclass
class Result:
    """What became of one record: no values, except the sanitized bytes bound for Hong Kong.

    :param action: ``forward``/``transform`` (``payload`` goes to ``route``), ``retain``,
        ``quarantine``, or ``retry`` (a transient failure: the worker sends the record again).
    """

    action: str
    rule: str
    matched: tuple[str, ...] = ()
    policy_version: str = ""
    route: str | None = None
    payload: bytes | None = None
    key: bytes | None = None
    findings: tuple[tuple[str, str], ...] = ()  # (entity type, path)
    violation: str | None = None  # the kind counted in corridor_violations_total
    quota_uses: tuple[tuple[str, int, str, bool], ...] = ()
    reason: str = ""
    stages: dict[str, float] = field(default_factory=dict)


class _State:
    """One core process's objects, made once."""

    def __init__(self, settings: Settings) -> None:
        from agents.engines import build_detector, keyring, quiet_tldextract
        from agents.schema_files import event_schemas
        from agents.worker.policy_holder import PolicyHolder

        quiet_tldextract()
        self.settings = settings
        self.schemas = event_schemas(settings.schemas_dir)
        self.keyring = keyring(settings)
        self.detector = build_detector(ner=settings.worker_ner)
        self.holder = PolicyHolder(settings.policy_file, settings)
        self.quota_rules = _quota_rules(self.holder)
        self._pipelines: dict[tuple[str, Any], Pipeline] = {}
        self._outputs: dict[tuple[str, str, int], tuple[Pipeline, tuple[int, Any, codec.Layout]]] = {}
        self._reconciled: dict[tuple[str, Any], tuple[JsonSchema, list[str]]] = {}
        self._compat_set: set[str] = set()
        self._engine = self.holder.active  # the policy engine the pipelines and outputs were made for
        self.sz_registry, self.hk_registry = _registry(settings.sz), _registry(settings.hk)
        self.sz_unavailable = False  # set by a schema fetch that failed for want of the registry
        self.cache = codec.SchemaCache(self._fetch_schema, max_items=settings.max_items)

    def _fetch_schema(self, schema_id: int) -> Any:
        """A writer schema from the Shenzhen registry. An id the registry does not know is an
        unknown schema (quarantine); a registry that does not answer, or answers 5xx, is not a
        verdict on the record: it is held back and tried again."""
        from confluent_kafka.schema_registry.error import SchemaRegistryError

        try:
            return json.loads(self.sz_registry.get_schema(schema_id).schema_str)
        except SchemaRegistryError as exc:
            if exc.http_status_code < 0 or exc.http_status_code >= 500:
                self.sz_unavailable = True
            raise
        except (ValueError, TypeError):
            raise  # the registry answered, with something that is not a schema
        except Exception:
            self.sz_unavailable = True  # could not reach it
            raise

    def refresh(self) -> None:
        """Take a policy reload (here or anywhere else): the pipelines take the new policy's
        transforms, and the sanitized schemas, which those transforms shape, are registered in Hong
        Kong again before the first record that needs one. Once per batch: a reload in the middle
        of one would decide its first records with one policy and transform them with another."""
        self.holder.maybe_reload()
        if self.holder.active is not self._engine:
            self._engine = self.holder.active
            self._pipelines.clear()
            self._outputs.clear()
            self._reconciled.clear()
            self.quota_rules = _quota_rules(self.holder)

    def pipeline(
        self, topic: str, writer: JsonSchema | None = None, writer_key: Any = None, refresh: bool = True
    ) -> Pipeline:
        """The topic's pipeline under the running policy, for records written with ``writer``
        (see :func:`streams.evolution.reconcile`; :class:`SchemaDrift` when it has fields nobody
        classified); with ``refresh``, a policy reload is taken first (:meth:`refresh`)."""
        if refresh:
            self.refresh()
        local = self.schemas.get(topic)
        if local is None:
            raise KeyError(topic)
        schema = local
        if writer is not None:
            hit = self._reconciled.get((topic, writer_key))
            if hit is None:
                hit = self._reconciled[(topic, writer_key)] = reconcile(local, writer)
            schema, drift = hit
            if drift:
                raise SchemaDrift(drift)
        key = (topic, None if schema is local else writer_key)
        pipeline = self._pipelines.get(key)
        if pipeline is None:
            sanitizer = Sanitizer(schema, self.detector, self.keyring, self.holder.transforms)
            # the clock lets the core refuse timestamps far from now (the policy's window)
            pipeline = self._pipelines[key] = Pipeline(sanitizer, self.holder, clock=_now_ms)
        return pipeline

    def output(self, topic: str, route: str, pipeline: Pipeline) -> tuple[int, Any, codec.Layout]:
        """The Hong Kong schema id, parsed schema and layout of a pipeline's sanitized records,
        registered under ``<route>-value`` the first time (and again after a policy reload, or for
        a producer's new schema version: a new sanitized version, checked by the Hong Kong
        registry's compatibility rule)."""
        entry = self._outputs.get((topic, route, id(pipeline)))
        hit = entry[1] if entry is not None and entry[0] is pipeline else None  # an id can be reused
        if hit is None:
            from confluent_kafka.schema_registry import Schema

            derived: JsonSchema = pipeline.sanitizer.sanitized_schema()
            subject = f"{route}-value"
            sid = self.hk_registry.register_schema(subject, Schema(json.dumps(derived), "AVRO"))
            self._backward(subject)
            hit = (sid, codec.parse(derived), codec.Layout(derived))
            self._outputs[(topic, route, id(pipeline))] = (pipeline, hit)
        return hit

    def _backward(self, subject: str) -> None:
        """Hong Kong's subjects evolve under BACKWARD compatibility (a new sanitized version reads
        the records of the one before; consumers move to it at their own pace): set once per
        subject, after its first version exists (a registry may refuse the config of a subject it
        does not have yet)."""
        if subject in self._compat_set:
            return
        try:
            if self.hk_registry.get_compatibility(subject) != "BACKWARD":
                self.hk_registry.set_compatibility(subject, "BACKWARD")
        except Exception as exc:  # the registry keeps its own rule: said once, not per record
            log.warning("compatibility of %s not set (%s)", subject, type(exc).__name__)
        self._compat_set.add(subject)


class SchemaDrift(Exception):
    """A producer's schema version has fields the corridor does not know how to classify."""

    def __init__(self, fields: list[str]) -> None:
        super().__init__(f"unclassified fields {fields}")
        self.fields = fields


def _refused_by_registry(exc: Exception) -> bool:
    """A 4xx answer from a registry (other than a timeout or a rate limit): retrying cannot help."""
    from confluent_kafka.schema_registry.error import SchemaRegistryError

    return (
        isinstance(exc, SchemaRegistryError)
        and 400 <= exc.http_status_code < 500
        and exc.http_status_code not in (408, 429)
    )


def _now_ms() -> int:
    return int(time.time() * 1000)


def _registry(cluster: Any) -> Any:
    from confluent_kafka.schema_registry import SchemaRegistryClient

    return SchemaRegistryClient(cluster.registry_conf())


def _quota_rules(holder: Any) -> frozenset[str]:
    """Rules whose condition reads a quota: a record they stop is a ``quota`` violation."""
    policy = holder.active.policy
    return frozenset(r.id for r in policy.rules if "quota(" in expand(r.when, policy.definitions))


_STATE: _State | None = None


def init(settings: Settings | None = None, ignore_signals: bool = True) -> None:
    """Make this process's core objects (the process pool's initializer)."""
    global _STATE
    import signal

    from agents.process import settle_heap

    # a signal to the whole process group (Ctrl-C, a service manager) is the worker's to handle:
    # it drains the core processes' batches and then shuts them down
    if ignore_signals:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _die_with_parent()
    _STATE = _State(settings or get_settings())
    settle_heap()
    tune_collector()


# the cyclic collector's first threshold in a core process: above the tracked objects a batch
# holds at its peak (decoded records, findings, the transformed copies), so that a batch's
# allocations do not set off a young-generation collection every 700 objects
YOUNG_THRESHOLD = 10_000


def tune_collector() -> None:
    """Let the young generation grow to :data:`YOUNG_THRESHOLD` before a collection. Most of a
    batch's objects die by reference counting when the batch ends; at Python's default (700) the
    collector walked them about 75 times per 1,000 payment records (0.2-0.3 ms each, 3-4% of the
    core's CPU time, measured with ``gc.callbacks``), at 10,000 about once. Cycles are still
    collected, a little later."""
    import gc

    _young, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, *older)


def _die_with_parent() -> None:
    """A core process ends when the worker does, however it ends (SIGKILL included): the kernel
    sends it SIGKILL then (Linux's PR_SET_PDEATHSIG), so no core process is left orphaned."""
    import ctypes
    import os
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return  # not Linux: the pool's own shutdown is all there is
    if os.getppid() == 1:  # the worker died before prctl took effect
        os._exit(1)


def ready() -> str:
    """Make the state if the initializer has not (a warm-up call): the policy version it runs."""
    return _state().holder.version


def _state() -> _State:
    if _STATE is None:
        init()
    assert _STATE is not None
    return _STATE


def run_batch(records: list[RawRecord], deltas: list[QuotaDelta]) -> list[Result]:
    """Each record of the batch, in order; never raises for one record's sake. The records are
    decoded one by one, then classified, decided, transformed and verified a pipeline at a time
    (:meth:`Pipeline.process_batch`: one detector call for all their texts), then encoded."""
    state = _state()
    state.refresh()
    for quota, year, subject in deltas:
        state.holder.active.quotas.add(quota, year, subject)
    out: list[Result | None] = [None] * len(records)
    groups: dict[int, tuple[Pipeline, list[tuple[int, _Decoded]]]] = {}
    for i, raw in enumerate(records):
        try:
            first = _decode(state, raw, refresh=False)  # the batch's policy, taken above
        except Exception as exc:  # fail closed: anything unforeseen keeps the record in Shenzhen
            out[i] = _error(state, exc)
            continue
        if isinstance(first, Result):
            out[i] = first
        else:
            groups.setdefault(id(first.pipeline), (first.pipeline, []))[1].append((i, first))
    for pipeline, members in groups.values():
        start = time.perf_counter()
        try:
            outcomes = pipeline.process_batch([(d.decoded.record, d.meta) for _i, d in members])
        except Exception as exc:  # the batch as a whole failed: each record alone, as before
            log.warning("a batch failed in the core (%s); its records are taken one at a time", type(exc).__name__)
            outcomes = None
        share = (time.perf_counter() - start) / len(members)  # the batch's time, a share per record
        for k, (i, d) in enumerate(members):
            try:
                if outcomes is None:
                    outcome = pipeline.process(d.decoded.record, d.meta, d.stages)
                else:
                    outcome = outcomes[k]
                    d.stages["sanitize"] = share
                out[i] = _finish(state, records[i], d, outcome)
            except Exception as exc:
                out[i] = _error(state, exc)
    return [r if r is not None else _error(state, RuntimeError("no result")) for r in out]


def _error(state: _State, exc: Exception) -> Result:
    return Result(
        "quarantine",
        "worker.error",
        ("worker.error",),
        state.holder.version,
        reason=type(exc).__name__,
        violation="detector_error",
    )


@dataclass
class _Decoded:
    decoded: codec.Decoded
    pipeline: Pipeline
    meta: RecordMeta
    stages: dict[str, float]


def _one(state: _State, raw: RawRecord) -> Result:
    """One record alone (the tests' entry point; a batch gives each record the same result)."""
    first = _decode(state, raw)
    if isinstance(first, Result):
        return first
    outcome = first.pipeline.process(first.decoded.record, first.meta, first.stages)
    return _finish(state, raw, first, outcome)


def _decode(state: _State, raw: RawRecord, refresh: bool = True) -> Result | _Decoded:
    """The record decoded and its pipeline, or the result of a record that goes no further."""
    topic, partition, offset, timestamp_ms, _key, value = raw
    stages: dict[str, float] = {}
    t0 = time.perf_counter()
    state.sz_unavailable = False
    try:
        decoded = codec.decode_confluent(value, state.cache)
    except DecodeError as exc:
        if state.sz_unavailable:  # the Shenzhen registry, not the record: held back, tried again
            return Result("retry", "sz_registry.unavailable", (), state.holder.version, reason=exc.reason)
        rule = f"decode.{exc.reason}"
        return Result("quarantine", rule, (rule,), state.holder.version, reason=exc.reason, violation="decode_error")
    stages["decode"] = time.perf_counter() - t0
    try:
        pipeline = state.pipeline(topic, decoded.schema, decoded.schema_id or decoded.fingerprint, refresh)
    except KeyError:
        return Result(
            "quarantine", "defaults.no_schema", ("defaults.no_schema",), state.holder.version, violation="schema_drift"
        )
    except SchemaDrift as exc:  # fields nobody classified: the record is not sanitized at all
        rule = "defaults.unclassified_field"
        return Result(
            "quarantine",
            rule,
            (rule,),
            state.holder.version,
            reason=f"schema drift: {', '.join(exc.fields)}"[:256],
            violation="schema_drift",
        )
    return _Decoded(decoded, pipeline, RecordMeta(topic, partition, offset, timestamp_ms), stages)


def _finish(state: _State, raw: RawRecord, d: _Decoded, outcome: Any) -> Result:
    """A decided record's result: the sanitized record encoded for Hong Kong, or why not."""
    topic, _partition, _offset, _timestamp_ms, key, _value = raw
    stages = d.stages
    t2 = time.perf_counter()
    decision = outcome.decision
    findings = tuple((f.entity_type, f.path) for f in outcome.findings)
    version = decision.version
    if outcome.record is None or decision.route is None:
        return Result(
            decision.action if decision.action in ("retain", "quarantine") else "quarantine",
            decision.rule,
            decision.matched,
            version,
            findings=findings,
            reason=decision.reasons[-1] if decision.reasons else "",
            violation=_violation(state, decision, outcome),
            stages=stages,
        )
    try:
        sid, parsed, layout = state.output(topic, decision.route, d.pipeline)
    except Exception as exc:
        if _refused_by_registry(exc):  # an answer about this schema (incompatible, forbidden): kept back
            # kept in Shenzhen's quarantine (never dropped), counted as schema drift: the producer's
            # change cannot be mirrored as it is until an operator decides
            rule = "hk_registry.rejected"
            return Result(
                "quarantine",
                rule,
                (*decision.matched, rule),
                version,
                findings=findings,
                reason=rule,
                violation="schema_drift",
            )
        # the Hong Kong registry did not answer: held back and tried again, in order, never dropped
        return Result("retry", "hk_registry.unavailable", (), version, reason=type(exc).__name__)
    try:
        payload = codec.encode_confluent(outcome.record, sid, parsed, layout, d.decoded.raw)
    except Exception as exc:
        return Result(
            "quarantine",
            "encode.error",
            (*decision.matched, "encode.error"),
            version,
            findings=findings,
            reason=type(exc).__name__,
        )
    stages["encode"] = time.perf_counter() - t2
    state.holder.commit(decision)  # this replica counts it now; Hong Kong's ack commits it in the table
    return Result(
        decision.action,
        decision.rule,
        decision.matched,
        version,
        route=decision.route,
        payload=payload,
        key=_pseudonymous_key(state, key),
        findings=findings,
        quota_uses=tuple((u.quota, u.year, u.subject, u.new) for u in decision.quota_uses),
        stages=stages,
    )


def _pseudonymous_key(state: _State, key: bytes | None) -> bytes | None:
    """A record key is personal data as often as not (an account or customer id): Hong Kong
    gets its keyed pseudonym, stable, so records of one key still group together."""
    if key is None:
        return None
    return pseudonym(state.keyring, "RECORD_KEY", key.hex()).encode()


def _violation(state: _State, decision: Any, outcome: Any) -> str | None:
    if decision.action != "quarantine":
        return None
    if decision.rule == "verify.egress_leak":
        return "egress_leak"
    if outcome.unclassified and decision.rule.startswith("defaults.unclassified"):
        return "schema_drift"
    if any(stage == "detector" or "detector" in rule for rule, stage in decision.errors) or "detector" in decision.rule:
        return "detector_error"
    if decision.rule in state.quota_rules:
        return "quota"
    return None
