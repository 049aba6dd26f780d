"""The residency policy: a YAML file of CEL rules, checked at load, decided per record."""

from streams.policy.engine import Decider, Decision, PolicyEngine, RecordMeta, RuleResult
from streams.policy.loader import PolicyError, Problem, TopicCatalog, load_policy
from streams.policy.model import ACTION_RANK, ACTIONS, Policy, Rule
from streams.policy.quota import InMemoryQuotaStore, QuotaStore, year_of

__all__ = [
    "ACTIONS",
    "ACTION_RANK",
    "Decider",
    "Decision",
    "InMemoryQuotaStore",
    "Policy",
    "PolicyEngine",
    "PolicyError",
    "Problem",
    "QuotaStore",
    "RecordMeta",
    "Rule",
    "RuleResult",
    "TopicCatalog",
    "load_policy",
    "year_of",
]
