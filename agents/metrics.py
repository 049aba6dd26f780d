"""The Prometheus metrics of the corridor (names are a contract: dashboards and alerts use them).

Labels carry topics, actions, rule ids, entity types and kinds: never a value from a record.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

RECORDS = Counter("corridor_records", "Records decided, by source topic and action", ["source_topic", "action"])
FINDINGS = Counter("corridor_findings", "PII findings by source topic and type", ["source_topic", "entity_type"])
RULE_HITS = Counter("corridor_rule_hits", "Records each policy rule matched", ["rule"])
VIOLATIONS = Counter(
    "corridor_violations",
    "Records stopped by a safety net: egress_leak|schema_drift|decode_error|detector_error|quota",
    ["kind"],
)
STAGE_SECONDS = Histogram(
    "corridor_stage_seconds",
    "Time per record in each stage",
    ["stage"],
    buckets=(0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25),
)
TRANSFER_SUBJECTS = Gauge("corridor_transfer_subjects", "Distinct data subjects sent this year, per quota", ["quota"])
QUOTA_LIMIT = Gauge("corridor_quota_limit", "The largest threshold of each quota", ["quota"])

POLICY_RELOADS = Counter(
    "corridor_policy_reloads", "Policy file changes seen: ok (swapped in) or invalid (kept the running one)", ["result"]
)
POLICY_INVALID = Gauge(
    "corridor_policy_invalid", "1 while the policy file on disk is invalid and an older policy keeps running"
)
POLICY_VERSION = Gauge("corridor_policy_info", "The running policy version (value 1)", ["version", "role"])
SHADOW_DIFF = Counter(
    "corridor_policy_shadow_diff",
    "Records the candidate policy would decide differently from the active one",
    ["active_action", "candidate_action"],
)
SHADOW_RECORDS = Counter("corridor_policy_shadow_records", "Records the candidate policy was evaluated on")
