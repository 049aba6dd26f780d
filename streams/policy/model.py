"""The residency policy as pydantic models: what a policy file may say, checked field by field.

The models check shapes (known keys, actions, operators, types); :mod:`streams.policy.loader`
checks meaning (entity types, categories, CEL, duplicate ids, routes) and maps every problem back to a
line of the file; :mod:`streams.policy.engine` compiles a checked policy.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from streams.transform import TransformSpec

Action = Literal["retain", "quarantine", "transform", "forward"]
ACTIONS: tuple[str, ...] = ("retain", "quarantine", "transform", "forward")
# most restrictive first: a higher rank wins (deny-overrides)
ACTION_RANK: dict[str, int] = {"forward": 0, "transform": 1, "quarantine": 2, "retain": 3}
# how much of a value reaches Hong Kong, least first: when two matching rules transform one entity
# type differently, the operator earlier in this order wins
OP_RESTRICTIVENESS: tuple[str, ...] = ("drop", "mask", "hmac", "encrypt", "fpe", "generalize", "keep")

_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,79}$")
NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Defaults(_Strict):
    """Actions for the cases no rule can see: they fail closed unless the policy says otherwise.

    :param timestamp_max_ahead_s: how far past the runtime's clock a record's timestamp may be.
    :param timestamp_max_age_days: how far before it. A record outside the window is quarantined
        as ``defaults.bad_timestamp`` (its quota year cannot be trusted), always: the window, not
        the action, is the policy's. Together the two stay under a year, so that the records
        accepted at any time fall in at most two calendar years (the quota store keeps two).
    """

    timestamp_max_ahead_s: int = Field(default=86_400, ge=0, le=7 * 86_400)
    timestamp_max_age_days: int = Field(default=30, ge=1, le=300)
    unclassified_field: Action = "quarantine"
    detector_error: Action = "quarantine"
    no_rule_matched: Action = "quarantine"
    evaluation_error: Action = "quarantine"
    no_route: Action = "quarantine"
    # the envelope's subject.key_hash is the keyed hash of none of the record's identifiers
    subject_mismatch: Action = "quarantine"


class Rule(_Strict):
    """One rule: a CEL condition and the action taken when it holds.

    :param transforms: operators per entity type that this rule asks for when it matches (merged
        with the policy's per-type defaults and other matching rules, most restrictive first).
    :param reason: one line for the audit trail and ``policy explain``.
    """

    id: str
    when: str
    action: Action
    description: str = ""
    reason: str = ""
    transforms: dict[str, TransformSpec] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("a rule id is a letter then letters, digits, '_', '-' or '.' (at most 80)")
        return value

    @field_validator("when")
    @classmethod
    def _when_not_empty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("an empty condition: write 'true' for a rule that always matches")
        return value


class Quota(_Strict):
    """Distinct data subjects sent across per calendar year (Asia/Shanghai), e.g. the CAC thresholds.

    :param subject: CEL expression giving the subject key (a keyed hash; ``subject_key()`` derives
        one from the record's identifiers when the envelope has none).
    :param categories: a record counts toward this quota when it carries any of these categories.
    :param counts_when: CEL condition; a record counts only when it also holds (default: always).
    :param thresholds: the limits that rules compare against; counting is exact up to the largest.
    """

    subject: str = "subject_key()"
    categories: list[str]
    counts_when: str = "true"
    thresholds: list[int] = Field(min_length=1)
    description: str = ""

    @field_validator("thresholds")
    @classmethod
    def _positive(cls, value: list[int]) -> list[int]:
        if any(v <= 0 for v in value):
            raise ValueError("thresholds are positive numbers of subjects")
        return sorted(value)


class Policy(_Strict):
    """A versioned residency policy."""

    version: str = Field(min_length=1, max_length=64)
    description: str = ""
    defaults: Defaults = Field(default_factory=Defaults)
    config: dict[str, bool | int | float | str | list[str]] = Field(default_factory=dict)
    definitions: dict[str, str] = Field(default_factory=dict)
    # entity types of a team's own recognizers (streams/detect/custom.py) the policy names
    custom_entities: list[str] = Field(default_factory=list)
    categories: dict[str, list[str]] = Field(default_factory=dict)
    transforms: dict[str, TransformSpec] = Field(default_factory=dict)
    rules: list[Rule] = Field(min_length=1)
    routes: dict[str, str] = Field(default_factory=dict)
    quotas: dict[str, Quota] = Field(default_factory=dict)
