"""The worker over authenticated clusters (issue 13, item 10): SASL/SCRAM over TLS to both brokers,
HTTPS with basic auth to both registries, every setting from the environment. The test makes its
own certificate authority, server certificate and passwords, and starts two brokers and two
registries of its own beside the local stack (``agents.local.secure``). A wrong password, an
untrusted certificate or a plain-HTTP registry URL is one line and exit 2, not a hang."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import SecretStr
from workers import KEPT, ROUTES, SOURCES, account, record_figures, start_worker

from agents import kafka_io
from agents.local import secure
from agents.local.generator import MixedStream, start_group_at_end
from agents.settings import ClusterSettings, Settings


@dataclass(frozen=True)
class Secured:
    settings: Settings  # the local settings with both clusters replaced by the secured ones
    pki: secure.Pki
    users: secure.Users


@pytest.fixture(scope="module")
def secured(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Secured]:
    run_dir = tmp_path_factory.mktemp("secured")
    own = settings.model_copy(update={"run_dir": run_dir})
    pki = secure.make_pki(run_dir / "pki", own)
    users = secure.Users.random()
    started = secure.start(own, pki, users)
    try:
        clusters = {"sz": secure.cluster("sz", pki, users), "hk": secure.cluster("hk", pki, users)}
        yield Secured(own.model_copy(update=clusters), pki, users)
    finally:
        secure.stop(started)


def _env(cluster: ClusterSettings) -> dict[str, str]:
    """The cluster's settings as the worker reads them from the environment."""
    prefix = f"CORRIDOR_{cluster.name.upper()}__"
    out = {
        "BOOTSTRAP": cluster.bootstrap,
        "REGISTRY_URL": cluster.registry_url,
        "SECURITY_PROTOCOL": cluster.security_protocol,
        "SASL_MECHANISM": cluster.sasl_mechanism or "",
        "SASL_USERNAME": cluster.sasl_username or "",
        "SASL_PASSWORD": cluster.sasl_password.get_secret_value() if cluster.sasl_password else "",
        "REGISTRY_USER": cluster.registry_user or "",
        "REGISTRY_PASSWORD": cluster.registry_password.get_secret_value() if cluster.registry_password else "",
        "SSL_CA_LOCATION": str(cluster.ssl_ca_location or ""),
    }
    return {prefix + k: v for k, v in out.items() if v}


def _secrets(s: Secured) -> list[str]:
    """The passwords the worker is given (the brokers' keystore password it never sees)."""
    return [p.get_secret_value() for p in (s.users.corridor_password, s.users.registry_password)]


def test_the_worker_carries_records_over_sasl_scram_tls_and_https_registries_with_basic_auth(
    secured: Secured, settings: Settings, tmp_path: Path
) -> None:
    s = secured.settings
    group = f"corridor-secure-{uuid.uuid4().hex[:8]}"
    start_group_at_end(s, group, SOURCES)
    kafka_io.ensure_topics(s.hk, ROUTES.values())
    kafka_io.ensure_topics(s.sz, KEPT)
    hk_start, sz_start = kafka_io.end_offsets(s.hk, ROUTES.values()), kafka_io.end_offsets(s.sz, KEPT)
    log = tmp_path / "worker.log"
    env = {**_env(s.sz), **_env(s.hk), "CORRIDOR_RUN_DIR": str(s.run_dir)}
    worker = start_worker(s, group, log, **env)
    try:
        stream = MixedStream(s, seed=53, poison_every=20)
        report = stream.run(count=300, rate=150)
        stream.close()
        assert report.failed == 0
        produced = {f"{x.topic}/{x.partition}/{x.offset}": x for x in report.delivered}
        result = account(s, produced, hk_start, sz_start)
        assert not result.missing, f"{len(result.missing)} records lost, e.g. {result.missing[:3]}"
        assert result.leaked == 0
        assert result.to_hk > 0 and result.quarantined > 0  # sanitized records crossed; poison was kept
        assert worker.stop() == 0
    finally:
        if worker.process.poll() is None:
            worker.stop()
    text = log.read_text(errors="replace")
    leaked = [i for i, secret in enumerate(_secrets(secured)) if secret in text]
    assert not leaked, f"the worker's log holds secret number(s) {leaked}"
    record_figures(
        settings, "authenticated_clusters", {**result.figures(), "transport": "SASL_SSL SCRAM-SHA-512 + HTTPS basic"}
    )


def _refused(secured: Secured, tmp_path: Path, **changes: ClusterSettings) -> tuple[int, list[str]]:
    """``corridor worker`` with the secured settings, ``changes`` applied: its exit code and the
    lines it wrote (a hang fails on the subprocess' timeout)."""
    clusters = {"sz": secured.settings.sz, "hk": secured.settings.hk, **changes}
    env = {
        **os.environ,
        **_env(clusters["sz"]),
        **_env(clusters["hk"]),
        "CORRIDOR_DEMO_MODE": "true",
        "CORRIDOR_RUN_DIR": str(secured.settings.run_dir),
        "CORRIDOR_WORKER_ID": f"corridor-refused-{uuid.uuid4().hex[:6]}",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "agents.cli", "worker"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # a hang fails the test here
        check=False,
        cwd=tmp_path,
    )
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    return proc.returncode, lines


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("wrong SASL password", "cluster 'sz' at 127.0.0.1:19094: authentication refused"),
        ("untrusted broker certificate", "cluster 'sz' at 127.0.0.1:19094: TLS certificate not trusted"),
        ("Hong Kong's CA not given", "cluster 'hk' at 127.0.0.1:29094: TLS certificate not trusted"),
        ("wrong registry password", "registry of 'hk' at https://127.0.0.1:28443/apis/ccompat/v7: authentication"),
        ("registry over plain HTTP", "registry of 'sz' at http://127.0.0.1:18443/apis/ccompat/v7: the server speaks"),
    ],
)
def test_a_refused_connection_is_one_line_and_exit_2_not_a_hang(
    secured: Secured, tmp_path: Path, case: str, expected: str
) -> None:
    sz, hk = secured.settings.sz, secured.settings.hk
    wrong = SecretStr("not-the-password-" + uuid.uuid4().hex[:6])
    changes = {
        "wrong SASL password": {"sz": sz.model_copy(update={"sasl_password": wrong})},
        "untrusted broker certificate": {"sz": sz.model_copy(update={"ssl_ca_location": secured.pki.rogue_ca})},
        "Hong Kong's CA not given": {"hk": hk.model_copy(update={"ssl_ca_location": None})},
        "wrong registry password": {"hk": hk.model_copy(update={"registry_password": wrong})},
        "registry over plain HTTP": {
            "sz": sz.model_copy(update={"registry_url": sz.registry_url.replace("https", "http")})
        },
    }[case]
    code, lines = _refused(secured, tmp_path, **changes)
    everything = "\n".join(lines)
    # first: no password in what it wrote (and none in this test's messages, should one fail)
    shown = [i for i, secret in enumerate([*_secrets(secured), wrong.get_secret_value()]) if secret in everything]
    assert not shown, f"secret number(s) {shown} in the worker's output"
    errors = [line for line in lines if line.startswith("corridor: ")]
    assert code == 2, (code, lines[-5:])
    assert len(errors) == 1 and expected in errors[0], lines[-5:]
