"""Prometheus for the demo and promtool for the tests, from Debian's ``prometheus`` package.

``ensure_installed`` finds ``prometheus`` and ``promtool`` on PATH and, when they are missing,
installs the package with apt-get (as root). Debian's service is never started: a policy-rc.d that
denies every start stands in while apt-get runs. ``start`` runs a Prometheus of our own on
127.0.0.1, its config rendered from ``ops/prometheus/prometheus.yml`` and its data under the run
directory; the handle stops it by pid (checked to still be ours), and only if this call started it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from agents.local import stack
from agents.settings import PROJECT_ROOT, Settings

OPS = PROJECT_ROOT / "ops" / "prometheus"
CONFIG = OPS / "prometheus.yml"
RULES = OPS / "alerts.yml"
JOB = "corridor-worker"
DEFAULT_PORT = 9090
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")
_DENY_ALL = "#!/bin/sh\n# written by corridor while apt-get installs prometheus: start no service\nexit 101\n"
_apt_updated = False


class PrometheusError(stack.StackError):
    """Prometheus could not be installed or started; the message is one line for a person."""


def find() -> tuple[str, str] | None:
    """The paths of ``prometheus`` and ``promtool``, or None when either is missing."""
    prometheus, promtool = shutil.which("prometheus"), shutil.which("promtool")
    return (prometheus, promtool) if prometheus and promtool else None


@contextlib.contextmanager
def _no_service_starts() -> Iterator[None]:
    """Deny every service start (invoke-rc.d and deb-systemd-invoke ask policy-rc.d) for a block;
    a policy-rc.d that was there before is put back afterwards."""
    saved = POLICY_RC_D.with_name("policy-rc.d.corridor-saved")
    had_one = POLICY_RC_D.exists()
    if had_one:
        POLICY_RC_D.replace(saved)
    try:
        POLICY_RC_D.write_text(_DENY_ALL)
        POLICY_RC_D.chmod(0o755)
        yield
    finally:
        if had_one:
            saved.replace(POLICY_RC_D)
        else:
            POLICY_RC_D.unlink(missing_ok=True)


def _apt(args: list[str], timeout: float) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        proc = subprocess.run(["apt-get", *args], capture_output=True, text=True, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise PrometheusError(f"apt-get {args[0]} did not finish in {timeout:.0f}s") from exc
    if proc.returncode != 0:
        lines = [line for line in (proc.stderr + proc.stdout).splitlines() if line.startswith(("E:", "W:"))]
        detail = lines[0] if lines else (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise PrometheusError(f"apt-get {args[0]} failed ({proc.returncode}): {detail}")


def ensure_installed(log: Callable[[str], None] = print) -> tuple[str, str]:
    """Paths of ``prometheus`` and ``promtool``; installs Debian's ``prometheus`` package when missing."""
    global _apt_updated
    found = find()
    if found:
        return found
    how = "apt-get install --no-install-recommends prometheus (Debian), or put prometheus and promtool on PATH"
    if not shutil.which("apt-get"):
        raise PrometheusError(f"prometheus/promtool not found and there is no apt-get: {how}")
    if os.geteuid() != 0:
        raise PrometheusError(f"prometheus/promtool not found; installing them needs root: {how}")
    log("prometheus/promtool not found: installing Debian's prometheus package (its service is not started)")
    if not _apt_updated:
        _apt(["update"], timeout=600)
        _apt_updated = True
    with _no_service_starts():
        _apt(["install", "-y", "--no-install-recommends", "prometheus"], timeout=1200)
    found = find()
    if not found:
        raise PrometheusError("apt-get installed prometheus, but prometheus/promtool are still not on PATH")
    return found


def render_config(target: str, rules: Path = RULES) -> str:
    """``ops/prometheus/prometheus.yml`` with the worker's address and the rule file's absolute path."""
    config: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    config["rule_files"] = [str(rules)]
    jobs = [job for job in config["scrape_configs"] if job["job_name"] == JOB]
    if len(jobs) != 1:
        raise PrometheusError(f"{CONFIG} has no single scrape job named {JOB}")
    jobs[0]["static_configs"] = [{"targets": [target]}]
    return yaml.safe_dump(config, sort_keys=False)


@dataclass(frozen=True)
class PrometheusHandle:
    """A Prometheus on loopback. ``stop()`` stops it only if ``start`` started it (``started``)."""

    url: str
    pid: int
    started: stack.Started | None

    def stop(self, timeout: float = 15.0) -> None:
        if self.started is not None:
            self.started.stop(timeout=timeout)


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/-/ready", timeout=2.0) as resp:  # noqa: S310 - our loopback URL
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError, ValueError):
        return False


def start(
    settings: Settings,
    port: int = DEFAULT_PORT,
    target: str | None = None,
    timeout: float = 60.0,
    log: Callable[[str], None] = print,
) -> PrometheusHandle:
    """A Prometheus on 127.0.0.1:``port`` scraping the worker (``target``, by default
    127.0.0.1:<metrics_port>) with the alert rules; one already running from this run directory is
    reused (and left running by ``stop``)."""
    prometheus, _promtool = ensure_installed(log)
    service = stack.Service("prometheus", "prometheus", port, port)
    url = f"http://127.0.0.1:{port}"
    running = stack.running_process(service, settings)
    if running is not None:
        log(f"prometheus already running (pid {running.pid}) on {url}")
        return PrometheusHandle(url, running.pid, None)
    if stack.port_in_use(port):
        raise PrometheusError(
            f"port {port} (prometheus) is taken by {stack.port_owner(port)}; stop it or free the port"
        )
    base = stack.private_dir(service.dir(settings), settings)
    data = stack.private_dir(base / "data", settings)
    config = base / "prometheus.yml"
    stack.write_private(config, render_config(target or f"127.0.0.1:{settings.metrics_port}"))
    cmd = [
        prometheus,
        f"--config.file={config}",
        f"--storage.tsdb.path={data}",
        "--storage.tsdb.retention.time=2d",
        f"--web.listen-address=127.0.0.1:{port}",
        "--log.level=warn",
    ]
    started = stack.spawn(cmd, service, settings)
    proc, pid = started.process, started.pid
    deadline = time.monotonic() + timeout
    while not _ready(url):
        if not stack.still_ours(proc):
            started.stop()
            raise PrometheusError(f"prometheus exited during start-up; see {base / 'logs' / 'stdout.log'}")
        if time.monotonic() > deadline:
            started.stop()
            raise PrometheusError(f"prometheus not ready on {url} after {timeout:.0f}s; see {base / 'logs'}")
        time.sleep(0.2)
    log(f"started prometheus (pid {pid}) on {url}, scraping {target or f'127.0.0.1:{settings.metrics_port}'}")
    return PrometheusHandle(url, pid, started)
