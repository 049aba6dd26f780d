"""A stand-in for the policy engine in core tests: every record decided the same way."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from streams.detect.findings import Finding
from streams.policy.engine import Decision, RecordMeta
from streams.transform import DEFAULT_TRANSFORMS, TransformSpec

KEPT = frozenset(t for t, s in DEFAULT_TRANSFORMS.items() if s.op == "keep")


@dataclass
class FixedDecider:
    """Decides every record alike: ``action`` (``forward`` or ``transform``) with ``transforms``
    (the default operators unless given), the default ``keep`` types allowed."""

    action: str
    transforms: Mapping[str, TransformSpec] = field(default_factory=lambda: DEFAULT_TRANSFORMS)
    version: str = "test"

    def decide(
        self,
        record: Mapping[str, Any],
        meta: RecordMeta,
        findings: Sequence[Finding],
        unclassified: Sequence[str],
        detector_error: bool = False,
    ) -> Decision:
        transforms = self.transforms if self.action == "transform" else {}
        return Decision(self.action, "test", ("test",), "test", (), "hk", transforms, KEPT)

    def commit(self, decision: Decision) -> None:
        """Counts nothing (no quotas here)."""
