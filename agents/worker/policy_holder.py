"""The running policy: hot reload between records, and a candidate policy in shadow mode.

:class:`PolicyHolder` stands where a :class:`~streams.policy.engine.PolicyEngine` stands (it decides
and commits). Between records, :meth:`PolicyHolder.maybe_reload` looks at the policy file (at most
once per ``interval_s``); a changed file is read and checked in full, and only a valid one replaces the
running engine (one assignment, so a record is decided wholly by the old policy or wholly by the
new). An invalid change keeps the running policy, counts ``corridor_policy_reloads_total{result=
"invalid"}``, raises ``corridor_policy_invalid`` to 1 and logs the problems (a policy holds no record
values). A candidate policy, when given, decides every record beside the active one without acting;
each record it would decide differently counts in ``corridor_policy_shadow_diff_total``.

The worker's core processes (spawned, one per slot) each hold a :class:`PolicyHolder`, whose metrics
land in their own Prometheus registries, which nobody scrapes. The worker's main process therefore
watches the same file with the same check (:class:`PolicyWatch`, :func:`observe_policy` on its timer)
and sets the policy metrics of its ``/metrics``: the verdict is the one every core process reaches.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agents.cli.policy import build_engine, read_policy
from agents.settings import Settings
from agents.worker import metrics
from streams.detect.findings import Finding
from streams.policy import Decision, Policy, PolicyEngine, PolicyError, Problem, QuotaStore, RecordMeta
from streams.transform import TransformSpec

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Stamp:
    mtime_ns: int
    size: int
    inode: int


def _stamp(path: Path) -> _Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return _Stamp(st.st_mtime_ns, st.st_size, st.st_ino)


def load_engine(path: Path, settings: Settings) -> PolicyEngine:
    """Read, check and compile a policy file: what a worker runs, the same at start, in every
    core process and in the main process's watch. A transform naming a key id the keys lack is a
    problem of the policy (every record it applies to would fail). :raises PolicyError: with its
    problems."""
    policy = read_policy(path, settings)
    problems = _key_problems(policy, settings, str(path))
    if problems:
        raise PolicyError(problems)
    return build_engine(policy, settings)


def _key_problems(policy: Policy, settings: Settings, source: str) -> list[Problem]:
    """Transforms (the policy's and its rules') whose ``key`` is no key id of their kind."""
    keys = settings.transform_keys()
    ids = {"hmac": keys.hmac, "encrypt": keys.encrypt, "fpe": keys.fpe}
    places = [("transforms", policy.transforms)]
    places += [(f"rules[{i}].transforms", rule.transforms) for i, rule in enumerate(policy.rules)]
    out = []
    for where, transforms in places:
        for entity, spec in transforms.items():
            for at, one in ((f"{where}.{entity}", spec), (f"{where}.{entity}.in_text", spec.in_text)):
                if one is not None and one.key is not None and one.op in ids and one.key not in ids[one.op]:
                    reason = f"key id {one.key!r} is not among the {one.op} keys ({', '.join(sorted(ids[one.op]))})"
                    out.append(Problem(source, 1, f"{at}.key", reason))
    return out


class PolicyWatch:
    """A policy file's changes, each read and checked in full once: a valid one counts
    ``corridor_policy_reloads_total{result="ok"}`` and clears ``corridor_policy_invalid``, an
    invalid one counts ``{result="invalid"}`` and sets it to 1 (the running policy stays).

    :param path: the policy file, loaded at once (an invalid one raises ``PolicyError``).
    """

    def __init__(self, path: Path, settings: Settings) -> None:
        self.path = path
        self.settings = settings
        self._stamp = _stamp(path)
        self.engine = load_engine(path, settings)

    def check(self) -> str:
        """``"unchanged"``; ``"ok"``: the file changed and is valid, :attr:`engine` is the new
        one; ``"invalid"``: it changed and is not (counted, logged with its problems: a policy
        holds no record values), :attr:`engine` stays."""
        stamp = _stamp(self.path)
        if stamp == self._stamp:
            return "unchanged"
        self._stamp = stamp
        try:
            engine = load_engine(self.path, self.settings)
        except PolicyError as exc:
            metrics.POLICY_RELOADS.labels("invalid").inc()
            metrics.POLICY_INVALID.set(1)
            log.error(
                "policy %s changed but is invalid; still running version %s:\n%s", self.path, self.engine.version, exc
            )
            return "invalid"
        self.engine = engine
        metrics.POLICY_RELOADS.labels("ok").inc()
        metrics.POLICY_INVALID.set(0)
        return "ok"


def start_watch(path: Path, settings: Settings) -> PolicyWatch:
    """The worker's main process, at start: the policy it runs (``PolicyError`` when invalid),
    published as ``corridor_policy_info{role="active"}`` with ``corridor_policy_invalid`` 0."""
    watch = PolicyWatch(path, settings)
    _publish(watch.engine.version, None)
    metrics.POLICY_INVALID.set(0)
    return watch


def observe_policy(watch: PolicyWatch) -> str:
    """The worker's main process, on its timer: look at the policy file as its core processes do
    (the same check: they reach the same verdict) and set the policy metrics of its ``/metrics``:
    reloads by result, ``corridor_policy_invalid``, the active version.

    :returns: ``"ok"`` (a valid change), ``"invalid"`` (a change kept out) or ``"unchanged"``.
    """
    result = watch.check()
    if result == "ok":
        _publish(watch.engine.version, None)
    return result


def _publish(active: str, candidate: str | None) -> None:
    metrics.POLICY_VERSION.clear()
    metrics.POLICY_VERSION.labels(active, "active").set(1)
    if candidate is not None:
        metrics.POLICY_VERSION.labels(candidate, "candidate").set(1)


class PolicyHolder:
    """The active policy engine (hot-reloaded from ``path``) and an optional shadow candidate."""

    def __init__(
        self,
        path: Path,
        settings: Settings,
        quotas: QuotaStore | None = None,
        candidate: Path | None = None,
        interval_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.path = path
        self.settings = settings
        self.interval_s = interval_s
        self._clock = clock
        self._watch = PolicyWatch(path, settings)
        self.active: PolicyEngine = self._watch.engine
        if quotas is not None:
            self.active.quotas = quotas
            quotas.set_caps(_caps(self.active.policy))
        self._next_check = clock() + interval_s
        self.candidate: PolicyEngine | None = None
        if candidate is not None:
            self.candidate = build_engine(read_policy(candidate, settings), settings)
            self.candidate.quotas = self.active.quotas  # reads the same counts, never commits
        self._publish_versions()
        metrics.POLICY_INVALID.set(0)

    @property
    def transforms(self) -> Mapping[str, TransformSpec]:
        return self.active.transforms

    @property
    def version(self) -> str:
        return self.active.version

    @property
    def policy(self) -> Policy:
        """The active policy (its defaults carry the pipeline's timestamp window)."""
        return self.active.policy

    def _publish_versions(self) -> None:
        _publish(self.active.version, self.candidate.version if self.candidate is not None else None)

    def maybe_reload(self, force: bool = False) -> bool:
        """Swap in a changed, valid policy file; ``True`` when a new policy now runs."""
        now = self._clock()
        if not force and now < self._next_check:
            return False
        self._next_check = now + self.interval_s
        if self._watch.check() != "ok":
            return False
        engine = self._watch.engine
        store = self.active.quotas
        engine.quotas = store  # the year's counts carry over to the new policy
        previous = self.active.version
        # the swap: the store takes the new policy's caps (a raised threshold must be reachable, a
        # new quota bounded), then one assignment, between two records
        store.set_caps(_caps(engine.policy))
        self.active = engine
        self._publish_versions()
        log.warning("policy %s reloaded: version %s -> %s", self.path, previous, engine.version)
        return True

    def decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Iterable[str] = (),
        detector_error: bool = False,
    ) -> Decision:
        unclassified = list(unclassified)
        decision = self.active.decide(record, meta, findings, unclassified, detector_error)
        if self.candidate is not None:
            shadow = self.candidate.decide(record, meta, findings, unclassified, detector_error)
            metrics.SHADOW_RECORDS.inc()
            if (shadow.action, shadow.rule) != (decision.action, decision.rule):
                metrics.SHADOW_DIFF.labels(decision.action, shadow.action).inc()
        return decision

    def commit(self, decision: Decision) -> None:
        self.active.commit(decision)


def _caps(policy: Policy) -> dict[str, int]:
    """A quota store's caps for a policy: each quota's largest threshold."""
    return {name: q.thresholds[-1] for name, q in policy.quotas.items()}
