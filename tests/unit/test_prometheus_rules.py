"""The alert rules, the Prometheus configs and the Grafana dashboard, checked by promtool.

promtool comes from Debian's ``prometheus`` package; when it is missing, the test session installs
it through ``agents.local.prometheus.ensure_installed`` (root and apt-get, as in CI) and fails
with a clear message when it cannot: these checks are never skipped.
"""

from __future__ import annotations

import importlib
import json
import re
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client.metrics import MetricWrapperBase

from agents.local import prometheus, stack
from agents.settings import PROJECT_ROOT, Settings

OPS = PROJECT_ROOT / "ops" / "prometheus"
ALERTS = OPS / "alerts.yml"
ALERTS_TEST = OPS / "alerts_test.yml"
CONFIGS = (OPS / "prometheus.yml", OPS / "prometheus.compose.yml")
DASHBOARD = PROJECT_ROOT / "ops" / "grafana" / "corridor.json"

# The worker's metric names and labels: the contract dashboards and alerts are written against
# (README "Metrics"). A histogram exports _bucket (with le), _sum and _count.
COUNTERS: dict[str, set[str]] = {
    "corridor_records_total": {"source_topic", "action"},
    "corridor_findings_total": {"source_topic", "entity_type"},
    "corridor_rule_hits_total": {"rule"},
    "corridor_violations_total": {"kind"},
    "corridor_policy_reloads_total": {"result"},
    "corridor_policy_shadow_diff_total": set(),
    "corridor_policy_shadow_records_total": set(),
    "corridor_hk_delivery_errors_total": {"topic"},
}
HISTOGRAMS: dict[str, set[str]] = {
    "corridor_end_to_end_latency_seconds": set(),
    "corridor_stage_seconds": {"stage"},
}
GAUGES: dict[str, set[str]] = {
    "corridor_consumer_lag_records": {"topic", "partition"},
    "corridor_replication_lag_seconds": {"topic"},
    "corridor_transfer_subjects": {"quota"},
    "corridor_quota_limit": {"quota"},
    "corridor_policy_invalid": set(),
    "corridor_policy_info": {"version", "role"},
    "corridor_records_in_flight": set(),
    "corridor_event_loop_lag_seconds": set(),
    "corridor_worker_up": set(),
}
WORKER_NAMES: dict[str, set[str]] = {
    **COUNTERS,
    **GAUGES,
    **{f"{name}_bucket": labels | {"le"} for name, labels in HISTOGRAMS.items()},
    **{f"{name}_sum": labels for name, labels in HISTOGRAMS.items()},
    **{f"{name}_count": labels for name, labels in HISTOGRAMS.items()},
}
TARGET_LABELS = {"job", "instance"}  # added by Prometheus to every scraped series
CONTRACT: dict[str, set[str]] = {**WORKER_NAMES, "up": set()}

# what the dashboard must show (issue: throughput, findings, rule hits, violations, latency, lag, ...)
DASHBOARD_MUST_USE = {
    "corridor_records_total",
    "corridor_findings_total",
    "corridor_rule_hits_total",
    "corridor_violations_total",
    "corridor_end_to_end_latency_seconds_bucket",
    "corridor_stage_seconds_bucket",
    "corridor_consumer_lag_records",
    "corridor_replication_lag_seconds",
    "corridor_records_in_flight",
    "corridor_event_loop_lag_seconds",
    "corridor_transfer_subjects",
    "corridor_quota_limit",
    "corridor_policy_invalid",
}
ALERTS_MUST_HAVE = {
    "CorridorWorkerDown",
    "CorridorEgressLeak",
    "CorridorPolicyInvalid",
    "CorridorConsumerLagHigh",
    "CorridorReplicationLagHigh",
    "CorridorQuarantineRateHigh",
    "CorridorQuotaNearLimit",
    "CorridorQuotaReached",
}

# Grafana's variables, replaced by values PromQL accepts
GRAFANA_VARIABLES = {
    "$__rate_interval": "1m",
    "$__interval": "1m",
    "$__range": "1h",
    "$topic": ".*",
    "${topic}": ".*",
}


@pytest.fixture(scope="module")
def promtool() -> str:
    try:
        return prometheus.ensure_installed()[1]
    except prometheus.PrometheusError as exc:
        pytest.fail(f"promtool is needed and could not be installed: {exc}")


def _promtool(promtool: str, *args: str | Path) -> str:
    proc = subprocess.run([promtool, *map(str, args)], capture_output=True, text=True, timeout=120, check=False)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"promtool {' '.join(map(str, args))} failed:\n{out}"
    return out


def _alert_rules() -> list[dict[str, Any]]:
    data = yaml.safe_load(ALERTS.read_text())
    return [rule for group in data["groups"] for rule in group["rules"]]


def _dashboard() -> dict[str, Any]:
    data = json.loads(DASHBOARD.read_text())
    assert isinstance(data, dict)
    return data


def _dashboard_panels() -> Iterator[dict[str, Any]]:
    for panel in _dashboard()["panels"]:
        yield panel
        yield from panel.get("panels", [])


def _dashboard_exprs() -> list[str]:
    exprs = [t["expr"] for p in _dashboard_panels() for t in p.get("targets", []) if t.get("expr")]
    assert exprs, "the dashboard has no queries"
    return exprs


def _grafana_to_promql(expr: str) -> str:
    for variable, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(variable, value)
    assert "$" not in expr, f"unknown Grafana variable in {expr!r}"
    return expr


_KEYWORDS = {"and", "or", "unless", "offset", "bool", "by", "without", "on", "ignoring", "group_left", "group_right"}
_TOKEN = re.compile(r"(?P<num>\d[\d.]*(?:[eE][+-]?\d+)?[smhdwy]*)|(?P<id>[A-Za-z_:][A-Za-z0-9_:]*)")


def selectors(expr: str) -> list[tuple[str, set[str]]]:
    """Each metric name an expression selects, with the label names its matchers use."""
    text = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)  # string literals
    text = re.sub(r"\[[^\]]*\]", "", text)  # range and subquery windows
    text = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", text)
    matchers: list[set[str]] = []

    def hide(m: re.Match[str]) -> str:
        matchers.append(set(re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*(?:=~|!~|!=|=)", m.group(1))))
        return f"{{#{len(matchers) - 1}}}"

    text = re.sub(r"\{([^}]*)\}", hide, text)
    found: list[tuple[str, set[str]]] = []
    for match in _TOKEN.finditer(text):
        word = match.group("id")
        if word is None or word in _KEYWORDS:
            continue
        rest = text[match.end() :].lstrip()
        if rest.startswith("("):
            continue  # a function or an aggregation
        hidden = re.match(r"\{#(\d+)\}", rest)
        found.append((word, matchers[int(hidden.group(1))] if hidden else set()))
    return found


def test_when_selectors_are_read_then_functions_keywords_and_numbers_are_not_names() -> None:
    expr = 'sum by (le) (rate(a_total{x="y,z", b!~"q"}[5m] offset 10m)) / on(q) group_left b > 0.8 < 1e3 or up'
    assert selectors(expr) == [("a_total", {"x", "b"}), ("b", set()), ("up", set())]


def test_when_promtool_checks_the_alert_rules_then_they_are_valid(promtool: str) -> None:
    out = _promtool(promtool, "check", "rules", ALERTS)
    assert f"SUCCESS: {len(_alert_rules())} rules found" in out


def test_when_promtool_runs_the_rule_tests_then_every_case_passes(promtool: str) -> None:
    assert "SUCCESS" in _promtool(promtool, "test", "rules", ALERTS_TEST)


def test_when_the_rule_tests_are_read_then_every_alert_is_seen_firing_and_quiet() -> None:
    names = {rule["alert"] for rule in _alert_rules()}
    assert names >= ALERTS_MUST_HAVE
    firing: set[str] = set()
    quiet: set[str] = set()
    for case in yaml.safe_load(ALERTS_TEST.read_text())["tests"]:
        for check in case["alert_rule_test"]:
            (firing if check["exp_alerts"] else quiet).add(check["alertname"])
    assert names - firing == set(), "alerts never seen firing"
    assert names - quiet == set(), "alerts never seen quiet"


@pytest.mark.parametrize("config", CONFIGS, ids=lambda p: p.name)
def test_when_promtool_checks_the_config_then_it_is_valid_and_loads_the_alerts(promtool: str, config: Path) -> None:
    out = _promtool(promtool, "check", "config", config)
    assert "SUCCESS: 1 rule files found" in out


def test_when_the_demo_config_is_rendered_then_promtool_accepts_it_and_it_scrapes_the_worker(
    promtool: str, tmp_path: Path
) -> None:
    config = tmp_path / "prometheus.yml"
    config.write_text(prometheus.render_config("127.0.0.1:9464"))
    _promtool(promtool, "check", "config", config)
    data = yaml.safe_load(config.read_text())
    assert data["rule_files"] == [str(ALERTS)]
    (job,) = data["scrape_configs"]
    assert job["job_name"] == "corridor-worker" and job["scrape_interval"] == "5s"
    assert job["static_configs"] == [{"targets": ["127.0.0.1:9464"]}]


def test_when_every_dashboard_query_is_a_recording_rule_then_promtool_parses_it(promtool: str, tmp_path: Path) -> None:
    rules = [
        {"record": f"corridor:dashboard_query:{n}", "expr": _grafana_to_promql(expr)}
        for n, expr in enumerate(_dashboard_exprs())
    ]
    rule_file = tmp_path / "dashboard_rules.yml"
    rule_file.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    out = _promtool(promtool, "check", "rules", rule_file)
    assert f"SUCCESS: {len(rules)} rules found" in out


def _used() -> list[tuple[str, str, set[str]]]:
    """(where, metric, labels) of every selector in the alerts and the dashboard."""
    used = [(f"alert {r['alert']}", name, labels) for r in _alert_rules() for name, labels in selectors(r["expr"])]
    used += [(f"dashboard {expr}", name, labels) for expr in _dashboard_exprs() for name, labels in selectors(expr)]
    for variable in _dashboard()["templating"]["list"]:
        query = variable.get("definition") or ""
        m = re.match(r"label_values\((\w+),\s*(\w+)\)", query)
        if m:
            used.append((f"variable {variable['name']}", m.group(1), {m.group(2)}))
    return used


def test_when_alerts_and_dashboard_name_metrics_then_each_is_in_the_worker_contract() -> None:
    for where, name, labels in _used():
        assert name in CONTRACT, f"{where}: {name} is not a metric the worker exports"
        unknown = labels - CONTRACT[name] - TARGET_LABELS
        assert not unknown, f"{where}: {name} has no label {sorted(unknown)}"


def test_when_the_dashboard_is_read_then_it_shows_every_part_of_the_corridor() -> None:
    used = {name for _where, name, _labels in _used()}
    assert DASHBOARD_MUST_USE - used == set()
    exprs = " ".join(_dashboard_exprs())
    for quantile in ("0.5", "0.99"):
        assert f"histogram_quantile({quantile}, sum by (le) (rate(corridor_end_to_end_latency_seconds_bucket" in exprs
    assert len({p["id"] for p in _dashboard_panels()}) == len(list(_dashboard_panels())), "panel ids repeat"


def _exported_by(module: Any) -> set[str]:
    """The sample names a metrics module's collectors export (its registry's, if it has one)."""
    from prometheus_client import CollectorRegistry

    registries = [v for v in vars(module).values() if isinstance(v, CollectorRegistry)]
    if registries:
        families = [f for registry in registries for f in registry.collect()]
    else:
        families = [f for v in vars(module).values() if isinstance(v, MetricWrapperBase) for f in v.describe()]
    names: set[str] = set()
    for family in families:
        if family.type == "counter":
            names.add(f"{family.name}_total")
        elif family.type == "histogram":
            names |= {f"{family.name}_bucket", f"{family.name}_sum", f"{family.name}_count"}
        elif family.type == "info":
            names.add(f"{family.name}_info")
        else:
            names.add(family.name)
    return names


def test_when_the_worker_metrics_module_is_importable_then_it_exports_the_contract() -> None:
    for name in ("agents.worker.metrics", "agents.worker.metrics"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        missing = set(WORKER_NAMES) - _exported_by(module)
        assert not missing, f"{name} does not export {sorted(missing)}"
        for metric in vars(module).values():
            if isinstance(metric, MetricWrapperBase):
                family = next(iter(metric.describe()))
                suffix = {"counter": "_total", "histogram": "_sum"}.get(family.type, "")
                exported = family.name + suffix
                wanted = CONTRACT.get(exported, set())
                labels = set(metric._labelnames)
                assert wanted <= labels, f"{name}: {exported} lacks labels {sorted(wanted - labels)}"
        return
    pytest.skip("no worker metrics module to compare with")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def test_when_prometheus_starts_then_it_serves_on_loopback_with_the_rules_and_stops_by_pid(
    promtool: str, tmp_path: Path
) -> None:
    settings = Settings(run_dir=tmp_path / "run")
    port = _free_port()
    handle = prometheus.start(settings, port=port, target=f"127.0.0.1:{_free_port()}", log=lambda _m: None)
    try:
        assert handle.url == f"http://127.0.0.1:{port}" and handle.started is not None
        assert str(settings.run_dir / "prometheus") in stack._cmdline(handle.pid)
        with urllib.request.urlopen(f"{handle.url}/api/v1/rules", timeout=10) as resp:  # noqa: S310
            groups = json.load(resp)["data"]["groups"]
        assert {r["name"] for g in groups for r in g["rules"]} >= ALERTS_MUST_HAVE
        assert (settings.run_dir / "prometheus").stat().st_mode & 0o777 == 0o700
        again = prometheus.start(settings, port=port, log=lambda _m: None)
        assert again.pid == handle.pid and again.started is None
        again.stop()  # not started by that call: left running
        assert stack.still_ours(handle.started.process)
    finally:
        handle.stop()
    assert not stack._pid_alive(handle.pid)
    assert not (settings.run_dir / "prometheus" / "pid").exists()
