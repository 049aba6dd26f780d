"""Can the worker reach a cluster and its registry with the settings it was given?

``corridor worker`` asks this of both clusters before it starts Faust: a wrong password, a
certificate it does not trust or a closed port is then one line on stderr and exit 2, instead of
clients that retry forever in the background (librdkafka and aiokafka both do) while nothing
crosses. The line names the cluster, the address and the kind of failure; never a password, a
user's secret or what a server sent back.
"""

from __future__ import annotations

import logging
import ssl
import time
from typing import Any
from urllib.parse import urlsplit

from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.error import SchemaRegistryError

from agents.settings import ClusterSettings
from streams.errors import ConfigError


class UnreachableError(ConfigError):
    """A cluster or registry refused the worker's settings (or did not answer)."""


class _Kept(logging.Handler):
    """Keeps librdkafka's log lines of one client, so the failure can be named from them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


# (what librdkafka's log says, what the person is told); the first that matches is taken
_KAFKA_CAUSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("SASL authentication error", "Authentication failed", "SaslAuthenticate"),
        "authentication refused: check sasl_username, sasl_password and sasl_mechanism",
    ),
    (
        ("certificate verify failed", "unable to get local issuer certificate", "self-signed certificate"),
        "TLS certificate not trusted: check ssl_ca_location (the CA that signed the broker's certificate)",
    ),
    (("SSL handshake failed", "SSL routines"), "TLS handshake failed: check security_protocol and ssl_ca_location"),
    (("Connection refused",), "connection refused: check bootstrap"),
    (
        ("Disconnected while requesting ApiVersion", "Protocol parse failure"),
        "the listener speaks another protocol: check security_protocol",
    ),
)


def _kafka_cause(lines: list[str]) -> str | None:
    for words, cause in _KAFKA_CAUSES:
        if any(w in line for line in lines for w in words):
            return cause
    return None


def check_cluster(cluster: ClusterSettings, timeout_s: float = 15.0) -> None:
    """Fetch the cluster's metadata once with the worker's own client settings; raise
    :class:`UnreachableError` naming why it failed."""
    kept = _Kept()
    logger = logging.getLogger(f"corridor.reach.{cluster.name}")
    logger.propagate = False  # the cause is reported once, in the error; not as librdkafka's retries
    logger.handlers = [kept]
    logger.setLevel(logging.DEBUG)
    conf: dict[str, Any] = {
        **cluster.kafka_conf(),
        "logger": logger,
        "reconnect.backoff.max.ms": 1000,
        "socket.connection.setup.timeout.ms": int(timeout_s * 1000),
    }
    try:
        admin = AdminClient(conf)
    except KafkaException as exc:  # settings librdkafka refuses: its message names the property
        raise UnreachableError(
            f"cluster {cluster.name!r}: client settings refused: {_masked(str(exc), cluster)}"
        ) from None
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                admin.list_topics(timeout=min(1.0, timeout_s))
                return
            except KafkaException:
                admin.poll(0.2)  # log lines are handed over when the client is polled
            cause = _kafka_cause(kept.lines)
            if cause is None and time.monotonic() > deadline:
                cause = f"no metadata within {timeout_s:.0f} s"
            if cause is not None:  # a refusal is final: retrying the same settings cannot help
                raise UnreachableError(f"cluster {cluster.name!r} at {cluster.bootstrap}: {cause}") from None
    finally:
        logger.handlers = []


def _masked(text: str, cluster: ClusterSettings) -> str:
    """``text`` with any of the cluster's passwords in it replaced."""
    for secret in (cluster.sasl_password, cluster.registry_password):
        if secret is not None and secret.get_secret_value():
            text = text.replace(secret.get_secret_value(), "***")
    return text


def _registry_cause(exc: BaseException) -> str:
    """What kind of failure ``exc`` (or an exception it was raised from) is: by type and status,
    never by its text (a server's reply could quote anything)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, SchemaRegistryError):
            if seen.http_status_code in (401, 403):
                return (
                    f"authentication refused (HTTP {seen.http_status_code}): check registry_user and registry_password"
                )
            return f"HTTP {seen.http_status_code} from the registry: check registry_url"
        if isinstance(seen, ssl.SSLCertVerificationError):
            return "TLS certificate not trusted: check ssl_ca_location (the CA that signed the registry's certificate)"
        if isinstance(seen, ssl.SSLError):
            return "TLS handshake failed: check registry_url's scheme and ssl_ca_location"
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused: check registry_url"
        name = type(seen).__name__
        if name == "RemoteProtocolError":
            return "the server speaks another protocol: check registry_url's scheme (https://)"
        if "Timeout" in name:
            return "no answer in time: check registry_url"
        if name in ("ConnectError", "ConnectionError") and seen.__cause__ is None and seen.__context__ is None:
            return f"cannot connect ({name}): check registry_url"
        seen = seen.__cause__ or seen.__context__
    return f"{type(exc).__name__}: check registry_url and its credentials"


def _shown(url: str) -> str:
    """``url`` without any user information or query (a password may be written into a URL)."""
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname or ''}{port}{parts.path}"


def check_registry(cluster: ClusterSettings, timeout_s: float = 15.0) -> None:
    """List the registry's subjects once with the worker's own client settings; raise
    :class:`UnreachableError` naming why it failed."""
    conf = {**cluster.registry_conf(), "timeout": timeout_s, "max.retries": 0}
    client: SchemaRegistryClient | None = None
    try:
        client = SchemaRegistryClient(conf)
        client.get_subjects()
    except Exception as exc:  # any failure is named by its kind, and start-up stops
        raise UnreachableError(
            f"registry of {cluster.name!r} at {_shown(cluster.registry_url)}: {_registry_cause(exc)}"
        ) from None
    finally:
        if client is not None:
            client.close()


def check_reachable(*clusters: ClusterSettings, timeout_s: float = 15.0) -> None:
    """Every cluster and every registry, in order; the first failure is raised."""
    for cluster in clusters:
        check_cluster(cluster, timeout_s)
        check_registry(cluster, timeout_s)
