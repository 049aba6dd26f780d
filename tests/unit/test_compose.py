"""docker-compose.yml describes the same topology as the local stack (no Docker engine here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from agents import stack
from agents.settings import PROJECT_ROOT, Settings


def _compose() -> dict[str, Any]:
    data = yaml.safe_load((PROJECT_ROOT / "docker-compose.yml").read_text())
    assert isinstance(data, dict)
    return data


def test_when_compose_is_loaded_then_it_has_every_stack_service() -> None:
    services = _compose()["services"]
    for service in stack.SERVICES:
        assert service.name in services, service.name
    assert {"prometheus", "generator"} <= set(services)


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
