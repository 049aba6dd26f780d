"""docker-compose.yml describes the same topology as the local stack (no Docker engine here)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from agents.local import stack
from agents.settings import PROJECT_ROOT, ClusterSettings, Settings


def _compose() -> dict[str, Any]:
    data = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def test_when_compose_is_loaded_then_it_has_every_stack_service() -> None:
    services = _compose()["services"]
    for service in stack.SERVICES:
        assert service.name in services, service.name
    assert {"prometheus", "generator", "worker"} <= set(services)


def test_when_compose_publishes_ports_then_they_are_the_local_stack_ports_on_loopback() -> None:
    services = _compose()["services"]
    for service in stack.SERVICES:
        published = [str(p).split(":") for p in services[service.name]["ports"]]
        assert [p[0] for p in published] == ["127.0.0.1"]
        assert int(published[0][1]) == service.port


def test_when_kafka_is_configured_then_advertised_listener_and_settings_agree() -> None:
    services = _compose()["services"]
    settings = Settings()
    for name, cluster in (("sz-kafka", settings.sz), ("hk-kafka", settings.hk)):
        env = services[name]["environment"]
        assert f"PLAINTEXT://{cluster.bootstrap}" in env["KAFKA_ADVERTISED_LISTENERS"]
        assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
        assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
        port = int(cluster.bootstrap.rsplit(":", 1)[1])
        controller = next(s for s in stack.SERVICES if s.port == port).aux_port
        assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].endswith(f":{controller}")
        assert services[name]["image"] == f"apache/kafka:{stack.kafka_version()}"
    for name in ("sz-registry", "hk-registry"):
        assert services[name]["image"] == f"apicurio/apicurio-registry:{stack.apicurio_version()}"


def test_when_the_generator_runs_in_compose_then_it_points_at_the_compose_services() -> None:
    env = _compose()["services"]["generator"]["environment"]
    assert env["CORRIDOR_SZ__BOOTSTRAP"] == "sz-kafka:9092"
    assert env["CORRIDOR_SZ__REGISTRY_URL"].startswith("http://sz-registry:8080/apis/ccompat/v7")
    assert Path(PROJECT_ROOT / "ops" / "prometheus" / "prometheus.yml").is_file()


# ---------------------------------------------------------------------------------------------
# The worker image and its wiring (no Docker engine here: the files are read, not run)

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
# settings the worker's container sets or an operator tunes; each must be a field of Settings
WORKER_SETTINGS = ("metrics_host", "metrics_port", "demo_mode", "worker_processes", "max_in_flight")


def _stages() -> list[list[str]]:
    """The Dockerfile's stages, each a list of its instructions (continuation lines joined)."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    stages: list[list[str]] = []
    for line in lines:
        if line.upper().startswith("FROM "):
            stages.append([])
        if stages:
            stages[-1].append(line)
    return stages


def _setting_of(variable: str) -> tuple[str, str | None]:
    assert variable.startswith("CORRIDOR_"), variable
    parts = variable.removeprefix("CORRIDOR_").lower().split("__")
    return parts[0], (parts[1] if len(parts) > 1 else None)


def test_when_compose_builds_the_worker_then_it_uses_the_dockerfile() -> None:
    worker = _compose()["services"]["worker"]
    assert worker["build"]["context"] == "."
    assert (PROJECT_ROOT / worker["build"]["dockerfile"]).resolve() == DOCKERFILE
    assert set(worker["depends_on"]) >= {s.name for s in stack.SERVICES}
    assert worker["ports"] == [f"127.0.0.1:{Settings().metrics_port}:9464"]


def test_when_the_dockerfile_is_read_then_rust_is_only_in_the_builder_and_the_worker_runs_unprivileged() -> None:
    stages = _stages()
    assert len(stages) >= 2
    builder, final = stages[0], stages[-1]
    assert builder[0].endswith(" AS builder") and "ARG PYTHON_IMAGE=python:3.11-slim" in DOCKERFILE.read_text()
    assert any("rustup" in line for line in builder) and any("./native" in line for line in builder)
    for stage in stages[1:]:
        assert not any(word in line for line in stage for word in ("rustup", "cargo", "maturin")), stage
    assert any(line.startswith("COPY --from=builder") for line in final)
    users = [line.split()[1] for line in final if line.startswith("USER ")]
    assert users and users[-1] not in {"root", "0"}
    assert "EXPOSE 9464" in final
    assert 'ENTRYPOINT ["corridor"]' in final and 'CMD ["worker"]' in final
    for stage in stages:
        for line in stage:
            if line.startswith("COPY ") and "--from" not in line:
                source = line.split()[1]
                assert (PROJECT_ROOT / source).exists(), f"COPY of a missing path: {source}"


def test_when_the_build_context_is_filtered_then_the_sources_stay_and_local_state_goes() -> None:
    ignored = {
        line.strip() for line in (PROJECT_ROOT / ".dockerignore").read_text().splitlines() if line and line[0] != "#"
    }
    assert {".git", ".venv", ".run", "native/target"} <= ignored
    assert not {"native", "streams", "agents", "schemas", "ops", "pyproject.toml", "README.md"} & ignored


def test_when_the_worker_is_configured_then_every_variable_is_a_settings_field() -> None:
    cluster_fields = set(ClusterSettings.model_fields)
    for name in ("worker", "generator"):
        for variable in _compose()["services"][name]["environment"]:
            field, nested = _setting_of(variable)
            assert field in Settings.model_fields, f"{name}: {variable} names no setting"
            if nested is not None:
                assert nested in cluster_fields, f"{name}: {variable} names no cluster setting"
    missing = [f for f in WORKER_SETTINGS if f not in Settings.model_fields]
    assert not missing, f"agents/settings.py has no {missing}"


@pytest.mark.parametrize("name", ["worker", "generator"])
def test_when_settings_are_read_from_the_compose_environment_then_they_point_at_the_compose_services(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = _compose()["services"][name]["environment"]
    for variable in [v for v in os.environ if v.startswith("CORRIDOR_")]:
        monkeypatch.delenv(variable)
    for variable, value in env.items():
        monkeypatch.setenv(variable, str(value))
    settings = Settings()
    assert settings.sz.bootstrap == "sz-kafka:9092" and settings.hk.bootstrap == "hk-kafka:9092"
    assert settings.sz.registry_url == "http://sz-registry:8080/apis/ccompat/v7"
    assert settings.hk.registry_url == "http://hk-registry:8080/apis/ccompat/v7"
    if name == "worker":
        assert settings.metrics_host == "0.0.0.0"  # noqa: S104 - inside the container only
        assert settings.metrics_port == 9464 and settings.demo_mode is True


def test_when_prometheus_runs_in_compose_then_it_scrapes_the_worker_with_the_alert_rules() -> None:
    prometheus = _compose()["services"]["prometheus"]
    mounts = {m.split(":")[1]: m.split(":")[0] for m in prometheus["volumes"]}
    assert mounts["/etc/prometheus/prometheus.yml"] == "./ops/prometheus/prometheus.compose.yml"
    assert mounts["/etc/prometheus/alerts.yml"] == "./ops/prometheus/alerts.yml"
    assert "worker" in prometheus["depends_on"]
    compose_config = yaml.safe_load((PROJECT_ROOT / "ops" / "prometheus" / "prometheus.compose.yml").read_text())
    local_config = yaml.safe_load((PROJECT_ROOT / "ops" / "prometheus" / "prometheus.yml").read_text())
    (job,) = compose_config["scrape_configs"]
    assert job["job_name"] == "corridor-worker"
    assert job["static_configs"] == [{"targets": [f"worker:{Settings().metrics_port}"]}]
    assert compose_config["rule_files"] == ["alerts.yml"]  # beside the config: /etc/prometheus/alerts.yml
    # the same file as the local one but for the worker's address
    local_config["scrape_configs"][0]["static_configs"] = job["static_configs"]
    assert compose_config == local_config
