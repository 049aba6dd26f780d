"""A secured pair of clusters: SASL/SCRAM over TLS brokers and HTTPS registries with basic auth.

What the authenticated-cluster test runs the worker against, beside the local stack (its own ports,
its own run directory, stopped by pid when the test ends). It makes its own certificate authority
(and a second one nobody trusts), a server certificate for 127.0.0.1, random passwords, and:

* two single-node KRaft brokers whose only client listener is ``SASL_SSL`` with SCRAM-SHA-512;
  the broker's own traffic and the operator's creation of the corridor's SCRAM user (through the
  Admin API) use a loopback listener of their own, so no password is ever on a command line;
* two Apicurio registries serving HTTPS only, with Quarkus' HTTP basic authentication required on
  every path (users from Quarkus' embedded realm, written to a private config file, never on a
  command line). They keep schemas in memory: persistence is tested on the local stack.
"""

from __future__ import annotations

import datetime
import functools
import ipaddress
import os
import secrets
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pydantic import SecretStr

from agents.local import stack
from agents.local.stack import Service, StackError, Started
from agents.reach import UnreachableError, check_cluster, check_registry
from agents.settings import ClusterSettings, Settings

SASL_MECHANISM = "SCRAM-SHA-512"

SERVICES: tuple[Service, ...] = (
    Service("sz-kafka-secure", "kafka", 19094, 19095),
    Service("hk-kafka-secure", "kafka", 29094, 29095),
    Service("sz-registry-secure", "registry", 18443, 18093),
    Service("hk-registry-secure", "registry", 28443, 28093),
)


@dataclass(frozen=True)
class Pki:
    """PEM and PKCS#12 files of a throwaway certificate authority and the servers' certificate."""

    ca: Path  # the CA the clients trust
    rogue_ca: Path  # a CA that signed nothing here: trusting it alone must fail
    server_chain: Path  # server certificate then CA (PEM)
    server_key: Path  # its key (PEM, PKCS#8, unencrypted, 0600)
    keystore: Path  # both in PKCS#12, for the brokers
    keystore_password: SecretStr


@dataclass(frozen=True)
class Users:
    """The passwords of this run (random): the corridor's user on the brokers, and the registries'."""

    corridor_user: str
    corridor_password: SecretStr
    registry_user: str
    registry_password: SecretStr

    @staticmethod
    def random() -> Users:
        def new() -> SecretStr:
            return SecretStr(secrets.token_urlsafe(18))

        return Users("corridor", new(), "corridor-registry", new())


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _ca(cn: str, now: datetime.datetime) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )  # key_cert_sign, crl_sign
        .sign(key, hashes.SHA256())
    )
    return key, cert


def make_pki(directory: Path, settings: Settings) -> Pki:
    """A new CA, a rogue CA and a server certificate for ``127.0.0.1``/``localhost``, in ``directory``."""
    stack.private_dir(directory, settings)
    now = datetime.datetime.now(datetime.UTC)
    ca_key, ca_cert = _ca("corridor test CA", now)
    _rogue_key, rogue_cert = _ca("corridor rogue CA", now)
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    def pem(c: x509.Certificate) -> str:
        return c.public_bytes(serialization.Encoding.PEM).decode()

    password = SecretStr(secrets.token_urlsafe(18))
    pki = Pki(
        ca=directory / "ca.pem",
        rogue_ca=directory / "rogue-ca.pem",
        server_chain=directory / "server.pem",
        server_key=directory / "server.key",
        keystore=directory / "server.p12",
        keystore_password=password,
    )
    stack.write_private(pki.ca, pem(ca_cert))
    stack.write_private(pki.rogue_ca, pem(rogue_cert))
    stack.write_private(pki.server_chain, pem(cert) + pem(ca_cert))
    stack.write_private(
        pki.server_key,
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode(),
    )
    store = pkcs12.serialize_key_and_certificates(
        b"server", key, cert, [ca_cert], serialization.BestAvailableEncryption(password.get_secret_value().encode())
    )
    with os.fdopen(os.open(pki.keystore, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
        os.fchmod(f.fileno(), 0o600)
        f.write(store)
    return pki


def _internal_port(service: Service) -> int:
    """The broker's loopback listener for its own traffic and the operator's (user creation)."""
    return service.aux_port + 1


def _kafka_properties(service: Service, data: Path, pki: Pki) -> str:
    store = pki.keystore_password.get_secret_value()
    internal = _internal_port(service)
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@127.0.0.1:{service.aux_port}",
        # clients: SASL/SCRAM over TLS only; the broker's own replication and the operator's user
        # creation: a loopback listener of their own (as deployments keep an internal listener)
        "listeners": (
            f"SECURE://127.0.0.1:{service.port},INTERNAL://127.0.0.1:{internal},"
            f"CONTROLLER://127.0.0.1:{service.aux_port}"
        ),
        "advertised.listeners": f"SECURE://127.0.0.1:{service.port},INTERNAL://127.0.0.1:{internal}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "INTERNAL",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,INTERNAL:PLAINTEXT,SECURE:SASL_SSL",
        "sasl.enabled.mechanisms": SASL_MECHANISM,
        # the server side of SCRAM: credentials come from the cluster's metadata, none are configured
        f"listener.name.secure.{SASL_MECHANISM.lower()}.sasl.jaas.config": (
            "org.apache.kafka.common.security.scram.ScramLoginModule required;"
        ),
        "ssl.keystore.type": "PKCS12",
        "ssl.keystore.location": str(pki.keystore),
        "ssl.keystore.password": store,
        "ssl.key.password": store,
        "ssl.truststore.type": "PEM",
        "ssl.truststore.location": str(pki.ca),
        "log.dirs": str(data),
        **stack.SINGLE_NODE,
    }
    return "".join(f"{k}={v}\n" for k, v in props.items())


def _start_kafka(service: Service, settings: Settings, jars: Path, pki: Pki) -> Started:
    java = stack.find_java(settings, 17, None)
    base = stack.private_dir(service.dir(settings), settings)
    data = base / "data"
    props = base / "server.properties"
    stack.write_private(props, _kafka_properties(service, data, pki))
    classpath = f"{jars}/*"
    # a fresh log every time: the users and passwords are this run's
    shutil.rmtree(data, ignore_errors=True)
    stack.private_dir(data, settings)
    stack.format_storage(service, java, classpath, props)
    cmd = stack.kafka_command(java, settings, base, classpath, props)
    return stack.spawn(cmd, service, settings)


def _start_registry(service: Service, settings: Settings, app: Path, pki: Pki, users: Users) -> Started:
    java = stack.find_java(settings, 21, settings.registry_java)
    base = stack.private_dir(service.dir(settings), settings)
    # Quarkus reads config/application.properties in its working directory: the users and their
    # passwords stay in a 0600 file, off the command line
    config = {
        "quarkus.http.host": "127.0.0.1",
        "quarkus.http.ssl-port": str(service.port),
        "quarkus.http.port": str(service.port + 1),  # never opened: plain HTTP is refused
        "quarkus.http.insecure-requests": "disabled",
        "quarkus.http.ssl.certificate.files": str(pki.server_chain),
        "quarkus.http.ssl.certificate.key-files": str(pki.server_key),
        "quarkus.management.host": "127.0.0.1",
        "quarkus.management.port": str(service.aux_port),
        "quarkus.http.auth.basic": "true",
        "quarkus.http.auth.permission.everything.paths": "/*",
        "quarkus.http.auth.permission.everything.policy": "authenticated",
        "quarkus.security.users.embedded.enabled": "true",
        "quarkus.security.users.embedded.plain-text": "true",
        f"quarkus.security.users.embedded.users.{users.registry_user}": users.registry_password.get_secret_value(),
        f"quarkus.security.users.embedded.roles.{users.registry_user}": "sr-admin",
        "quarkus.log.file.enable": "false",
    }
    stack.private_dir(base / "config", settings)
    stack.write_private(base / "config" / "application.properties", "".join(f"{k}={v}\n" for k, v in config.items()))
    cmd = [
        java,
        f"-Xmx{settings.registry_heap}",
        "-XX:+UseSerialGC",
        "-Djava.awt.headless=true",
        f"-Dcorridor.run.dir={base}",  # how a stop tells this process from another with its pid
        "-jar",
        str(app / "quarkus-run.jar"),
    ]
    return stack.spawn(cmd, service, settings)


def cluster(prefix: str, pki: Pki, users: Users) -> ClusterSettings:
    """The worker's settings for one secured cluster (``sz`` or ``hk``)."""
    kafka, registry = (s for s in SERVICES if s.name.startswith(prefix + "-"))
    return ClusterSettings(
        name=prefix,
        bootstrap=f"127.0.0.1:{kafka.port}",
        registry_url=f"https://127.0.0.1:{registry.port}/apis/ccompat/v7",
        registry_user=users.registry_user,
        registry_password=users.registry_password,
        security_protocol="SASL_SSL",
        sasl_mechanism=SASL_MECHANISM,
        sasl_username=users.corridor_user,
        sasl_password=users.corridor_password,
        ssl_ca_location=pki.ca,
    )


def _internal(c: ClusterSettings, service: Service) -> ClusterSettings:
    """The operator's way in: the broker's loopback listener, no user."""
    return ClusterSettings(name=c.name, bootstrap=f"127.0.0.1:{_internal_port(service)}", registry_url=c.registry_url)


def _add_scram_user(operator: ClusterSettings, users: Users) -> None:
    from confluent_kafka.admin import AdminClient, ScramCredentialInfo, ScramMechanism, UserScramCredentialUpsertion

    admin = AdminClient(operator.kafka_conf())
    upsert = UserScramCredentialUpsertion(
        users.corridor_user,
        ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192),
        users.corridor_password.get_secret_value().encode(),
    )
    for future in admin.alter_user_scram_credentials([upsert]).values():
        future.result(timeout=30)


def _wait(what: str, started: Started, check: Callable[[], None], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        if not stack.still_ours(started.process):
            raise StackError(f"{started.service.name} exited while starting; see its logs/stdout.log")
        try:
            check()
            return
        except UnreachableError as exc:
            if time.monotonic() > deadline:
                raise StackError(f"{what} not ready after {timeout_s:.0f} s: {exc}") from None
        time.sleep(1)


def start(settings: Settings, pki: Pki, users: Users, timeout_s: float = 180.0) -> list[Started]:
    """Start the four services (``settings.run_dir`` is where they keep their files), create the
    corridor's user on both brokers, and return once all four accept the corridor's settings. On
    failure, whatever was started is stopped again."""
    for service in SERVICES:
        for port in (service.port, service.aux_port):
            if stack.port_in_use(port):
                raise StackError(f"port {port} ({service.name}) is taken by {stack.port_owner(port)}")
    jars = stack.resolve_kafka(settings)
    app = stack.resolve_apicurio(settings)
    started: list[Started] = []
    try:
        for service in SERVICES:
            if service.kind == "kafka":
                started.append(_start_kafka(service, settings, jars, pki))
        brokers = [s for s in SERVICES if s.kind == "kafka"]
        for prefix, handle, service in zip(("sz", "hk"), started, brokers, strict=True):
            operator = _internal(cluster(prefix, pki, users), service)
            _wait(f"{prefix} broker", handle, functools.partial(check_cluster, operator, 5.0), timeout_s)
            _add_scram_user(operator, users)
        for service in SERVICES:
            if service.kind == "registry":
                started.append(_start_registry(service, settings, app, pki, users))
        for prefix, handle in zip(("sz", "hk"), started[2:], strict=True):
            c = cluster(prefix, pki, users)
            _wait(f"{prefix} registry", handle, functools.partial(check_registry, c, 5.0), timeout_s)
            _wait(
                f"{prefix} broker as {users.corridor_user}",
                started[0 if prefix == "sz" else 1],
                functools.partial(check_cluster, c, 5.0),
                timeout_s,
            )
    except BaseException:
        stop(started)
        raise
    return started


def stop(started: list[Started]) -> None:
    """Stop what :func:`start` started (registries first), by pid; nothing else."""
    for handle in reversed(started):
        handle.stop()
