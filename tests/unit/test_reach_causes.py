"""How the worker's start-up check names a refused connection (agents/reach.py): by the kind of
failure, from librdkafka's log lines or the exception's type and status, never from a server's text
or a URL's user information. The real refusals run in tests/integration/test_secure_clusters.py."""

from __future__ import annotations

import ssl
from pathlib import Path

import httpx
import pytest
from confluent_kafka.schema_registry.error import SchemaRegistryError
from pydantic import SecretStr, ValidationError

from agents.reach import UnreachableError, _kafka_cause, _registry_cause, _shown, check_cluster
from agents.settings import ClusterSettings


@pytest.mark.parametrize(
    ("line", "cause"),
    [
        (
            "sasl_ssl://127.0.0.1:19094/bootstrap: SASL authentication error: Authentication failed during "
            "authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512",
            "authentication refused",
        ),
        (
            "ssl://127.0.0.1:19094/bootstrap: SSL handshake failed: error:0A000086:SSL routines::certificate verify "
            "failed: broker certificate could not be verified",
            "TLS certificate not trusted",
        ),
        ("ssl://127.0.0.1:19094/bootstrap: SSL handshake failed: Disconnected", "TLS handshake failed"),
        ("127.0.0.1:19099/bootstrap: Connect to ipv4#127.0.0.1:19099 failed: Connection refused", "connection refused"),
        (
            "Disconnected while requesting ApiVersion: might be caused by incorrect security.protocol",
            "the listener speaks another protocol",
        ),
    ],
)
def test_a_librdkafka_failure_is_named_by_its_kind(line: str, cause: str) -> None:
    named = _kafka_cause(["some earlier line", line])
    assert named is not None and named.startswith(cause)


def test_lines_that_name_no_failure_name_none() -> None:
    assert _kafka_cause(["Sent MetadataRequest", "Broker changed state INIT -> TRY_CONNECT"]) is None


def _raised_from(outer: Exception, inner: BaseException) -> Exception:
    try:
        try:
            raise inner
        except BaseException as exc:
            raise outer from exc
    except Exception as exc:  # the chain is what the test builds
        return exc


@pytest.mark.parametrize(
    ("exc", "cause"),
    [
        (SchemaRegistryError(401, 40101, "Unauthorized: secret-from-server"), "authentication refused (HTTP 401)"),
        (SchemaRegistryError(403, 40301, "Forbidden"), "authentication refused (HTTP 403)"),
        (SchemaRegistryError(404, 40401, "Not found"), "HTTP 404 from the registry"),
        (
            _raised_from(httpx.ConnectError("wrapped"), ssl.SSLCertVerificationError(1, "verify failed")),
            "TLS certificate not trusted",
        ),
        (_raised_from(httpx.ConnectError("wrapped"), ssl.SSLError(1, "wrong version")), "TLS handshake failed"),
        (_raised_from(httpx.ConnectError("wrapped"), ConnectionRefusedError(111, "refused")), "connection refused"),
        (httpx.RemoteProtocolError("illegal status line: b'\\x15\\x03'"), "the server speaks another protocol"),
        (httpx.ReadTimeout("timed out"), "no answer in time"),
        (ValueError("basic.auth.user.info configured with userinfo credentials in the URL"), "ValueError:"),
    ],
)
def test_a_registry_failure_is_named_by_its_type_and_status_never_its_text(exc: BaseException, cause: str) -> None:
    named = _registry_cause(exc)
    assert named.startswith(cause), named
    assert "secret-from-server" not in named and "userinfo" not in named


def test_a_url_is_shown_without_user_information_or_query() -> None:
    shown = _shown("https://corridor:hunter2@registry.example:8443/apis/ccompat/v7?token=abc")
    assert shown == "https://registry.example:8443/apis/ccompat/v7"


def test_client_settings_librdkafka_refuses_are_one_error_naming_the_cluster_not_a_traceback(tmp_path: Path) -> None:
    cluster = ClusterSettings(
        name="sz",
        bootstrap="127.0.0.1:9",
        registry_url="https://127.0.0.1:9/apis/ccompat/v7",
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_username="corridor",
        sasl_password=SecretStr("pw-in-no-message-8d1f"),
        ssl_ca_location=tmp_path / "no-such-ca.pem",
    )
    with pytest.raises(UnreachableError) as caught:
        check_cluster(cluster, timeout_s=2)
    assert str(caught.value).startswith("cluster 'sz': client settings refused")
    assert "pw-in-no-message-8d1f" not in str(caught.value)


def test_a_sasl_protocol_without_a_mechanism_is_refused_by_the_settings() -> None:
    with pytest.raises(ValidationError, match="sasl_mechanism is required"):
        ClusterSettings(name="hk", bootstrap="b:1", registry_url="https://r", security_protocol="SASL_SSL")
    with pytest.raises(ValidationError, match="security_protocol must be"):
        ClusterSettings(name="hk", bootstrap="b:1", registry_url="https://r", security_protocol="TLS")


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "PLAIN"}, 1),
        ({"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "SCRAM-SHA-512"}, 0),
        ({"security_protocol": "SASL_SSL", "sasl_mechanism": "PLAIN"}, 0),
        ({"registry_url": "http://r/apis", "registry_user": "u", "registry_password": SecretStr("p")}, 1),
        ({"registry_url": "https://r/apis", "registry_user": "u", "registry_password": SecretStr("p")}, 0),
        ({"registry_url": "http://r/apis"}, 0),
    ],
)
def test_settings_that_would_send_a_password_in_clear_are_named(changes: dict[str, object], problems: int) -> None:
    cluster = ClusterSettings.model_validate({"name": "sz", "bootstrap": "b:1", "registry_url": "https://r", **changes})
    assert len(cluster.cleartext_credentials()) == problems
