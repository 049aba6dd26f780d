"""``make demo``: the corridor running for real on the local stack.

1. the local stack (two Kafka clusters, two registries), started unless already running;
2. Prometheus (Debian's package, installed when missing) scraping the worker;
3. ``corridor worker`` as its own process (its log, with librdkafka's and Faust's lines, goes to
   ``.run/worker/worker.log`` at the level ``-l`` sets: nothing cuts through the status line);
4. the generator producing a steady mixed stream (poison among it) for ``CORRIDOR_DEMO_SECONDS``;
5. a live status line from the worker's ``/metrics``; then the worker is stopped (SIGTERM: it
   drains, flushes, commits), the audit chain is verified, and a summary says where to look.

Nothing is left running unless ``--keep-running``; only what this invocation started is stopped.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field

from prometheus_client.parser import text_string_to_metric_families
from rich.console import Console
from rich.live import Live
from rich.table import Table

from agents.local import stack
from agents.local.generator import MixedStream, StreamReport, start_group_at_end
from agents.settings import Settings, get_settings
from agents.worker import audit
from streams.synthetic import EVENT_KINDS


@dataclass
class Snapshot:
    """What the worker's /metrics says, summed the way the status line shows it."""

    actions: Counter[str] = field(default_factory=Counter)
    violations: Counter[str] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)
    lag: float = 0.0
    in_flight: float = 0.0
    latency_buckets: list[tuple[float, float]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.actions.values())

    def p99(self) -> float | None:
        return quantile(self.latency_buckets, 0.99)

    def p50(self) -> float | None:
        return quantile(self.latency_buckets, 0.50)


def quantile(buckets: list[tuple[float, float]], q: float) -> float | None:
    """The upper bound of the histogram bucket holding the ``q`` quantile (cumulative buckets)."""
    if not buckets or buckets[-1][1] <= 0:
        return None
    target = q * buckets[-1][1]
    for bound, count in buckets:
        if count >= target:
            return bound
    return buckets[-1][0]


def scrape(port: int) -> Snapshot | None:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as resp:
            text = resp.read().decode()
    except OSError:
        return None
    snap = Snapshot()
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == "corridor_records_total":
                snap.actions[s.labels["action"]] += int(s.value)
            elif s.name == "corridor_violations_total":
                snap.violations[s.labels["kind"]] += int(s.value)
            elif s.name == "corridor_findings_total":
                snap.findings[s.labels["entity_type"]] += int(s.value)
            elif s.name == "corridor_consumer_lag_records":
                snap.lag += s.value
            elif s.name == "corridor_records_in_flight":
                snap.in_flight = s.value
            elif s.name == "corridor_end_to_end_latency_seconds_bucket":
                snap.latency_buckets.append((float(s.labels["le"]), s.value))
    snap.latency_buckets.sort()
    return snap


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1000:.0f} ms" if seconds < 10 else ">10 s"


def status_line(snap: Snapshot | None, sent: int, elapsed: float) -> str:
    if snap is None:
        return f"[{elapsed:5.0f}s] produced {sent}; waiting for the worker's /metrics"
    a = snap.actions
    return (
        f"[{elapsed:5.0f}s] in {sent}  decided {snap.total}  to HK {a['forward'] + a['transform']}  "
        f"retained {a['retain']}  quarantined {a['quarantine']}  lag {snap.lag:.0f}  "
        f"in flight {snap.in_flight:.0f}  p99 ≤ {_ms(snap.p99())}"
    )


class WorkerProcess:
    """``corridor worker`` started by this demo, stopped by its pid."""

    def __init__(self, settings: Settings, loglevel: str, group: str) -> None:
        self.log = stack.private_dir(settings.run_dir / "worker", settings) / "worker.log"
        env = {**os.environ, "CORRIDOR_DEMO_MODE": "true", "CORRIDOR_WORKER_ID": group}
        fd = os.open(self.log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "agents.cli", "-l", loglevel, "worker"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float) -> int:
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            return -9


def run_demo(seconds: float | None, rate: float | None, seed: int, keep_running: bool, loglevel: str) -> int:
    console = Console()
    settings = get_settings()
    seconds = seconds or settings.demo_seconds
    rate = rate or settings.demo_rate
    console.print("[bold]1. local stack[/bold]: two Kafka clusters, two Apicurio registries")
    with stack.running(settings, log=console.print, keep_running=keep_running):
        return _with_stack(console, settings, seconds, rate, seed, keep_running, loglevel)


def _with_stack(
    console: Console, settings: Settings, seconds: float, rate: float, seed: int, keep_running: bool, loglevel: str
) -> int:
    from agents.local import prometheus

    console.print("[bold]2. Prometheus[/bold] scraping the worker, with the alert rules")
    prom = prometheus.start(settings, log=console.print)
    try:
        return _with_prometheus(console, settings, seconds, rate, seed, loglevel, prom.url)
    finally:
        if not keep_running:
            prom.stop()


def _with_prometheus(
    console: Console, settings: Settings, seconds: float, rate: float, seed: int, loglevel: str, prom_url: str
) -> int:
    stream = MixedStream(settings, seed=seed, poison_every=50)
    console.print(f"[bold]3. worker[/bold]: corridor worker (log: {settings.run_dir / 'worker' / 'worker.log'})")
    # a consumer group of this demo's own, starting at the end of the topics: the demo shows its
    # own stream, not what earlier runs left (a real deployment keeps one group and its backlog)
    group = f"corridor-demo-{int(time.time())}"
    start_group_at_end(settings, group, list(EVENT_KINDS.values()))
    worker = WorkerProcess(settings, loglevel, group)
    try:
        if not _wait_ready(console, worker, settings):
            return 1
        console.print(f"[bold]4. stream[/bold]: {rate:.0f} records/s for {seconds:.0f}s, every 50th is poison")
        producer = threading.Thread(target=stream.run, kwargs={"seconds": seconds, "rate": rate}, daemon=True)
        start = time.monotonic()
        producer.start()
        snap: Snapshot | None = None
        with Live(console=console, refresh_per_second=4) as live:
            # until the stream ends and the worker has decided every record (bounded)
            while producer.is_alive() or snap is None or snap.total < len(stream.report.delivered):
                snap = scrape(settings.metrics_port) or snap
                live.update(status_line(snap, len(stream.report.sent), time.monotonic() - start))
                if not worker.alive() or time.monotonic() - start > seconds + 120:
                    break
                time.sleep(0.25)
        producer.join(60)
        final = scrape(settings.metrics_port) or snap
    finally:
        stream.stop.set()
        stream.close()
        code = worker.stop(settings.drain_timeout_s + 30)
    return _summary(console, settings, stream.report, final, code, prom_url)


def _wait_ready(console: Console, worker: WorkerProcess, settings: Settings, timeout: float = 180.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not worker.alive():
            console.print(f"[red]the worker exited during start-up; see {worker.log}[/red]")
            return False
        snap = scrape(settings.metrics_port)
        if snap is not None and _up(settings.metrics_port):
            return True
        time.sleep(0.5)
    console.print(f"[red]the worker was not ready after {timeout:.0f}s; see {worker.log}[/red]")
    return False


def _up(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=2) as resp:
            return b"corridor_worker_up 1.0" in resp.read()
    except OSError:
        return False


def _summary(
    console: Console,
    settings: Settings,
    report: StreamReport,
    snap: Snapshot | None,
    code: int,
    prom_url: str,
) -> int:
    snap = snap or Snapshot()
    kinds = Counter(s.kind for s in report.delivered)
    table = Table(title="corridor demo: what happened to every record")
    table.add_column("")
    table.add_column("records", justify="right")
    table.add_row("produced to Shenzhen (delivered)", str(len(report.delivered)))
    table.add_row(
        "  of which poison", str(sum(n for k, n in kinds.items() if k not in ("payment", "remittance", "kyc")))
    )
    table.add_row("decided by the worker", str(snap.total))
    for action in ("transform", "forward", "retain", "quarantine"):
        table.add_row(f"  {action}", str(snap.actions[action]))
    for kind, n in sorted(snap.violations.items()):
        table.add_row(f"violations: {kind}", str(n))
    table.add_row("end-to-end latency p50 / p99 (bucket bound)", f"{_ms(snap.p50())} / {_ms(snap.p99())}")
    console.print(table)
    findings = Table(title="findings by entity type (types and counts only, never values)")
    findings.add_column("entity type")
    findings.add_column("findings", justify="right")
    for entity, n in snap.findings.most_common():
        findings.add_row(entity, str(n))
    console.print(findings)
    verdict = audit.verify(audit.read_all(settings.sz.kafka_conf()))
    console.print(
        f"audit: {verdict.entries} entries in {verdict.chains} chains, "
        + ("[green]chain intact[/green]" if verdict.ok else f"[red]{len(verdict.breaks)} breaks[/red]")
    )
    console.print(
        "where to look:\n"
        "  Hong Kong topics   hk.payments.v1, hk.remittances.v1, hk.kyc.v1 (127.0.0.1:29092; schemas in "
        f"{settings.hk.registry_url})\n"
        "  kept in Shenzhen   corridor.quarantine, corridor.retained, corridor.audit (127.0.0.1:19092)\n"
        f"  metrics            http://127.0.0.1:{settings.metrics_port}/metrics (while a worker runs)\n"
        f"  Prometheus         {prom_url} (alerts: {prom_url}/alerts), with --keep-running\n"
        "  audit              .venv/bin/corridor audit verify\n"
        f"  worker log         {settings.run_dir / 'worker' / 'worker.log'}"
    )
    decided_all = snap.total >= len(report.delivered) and report.failed == 0
    ok = decided_all and verdict.ok and code == 0 and snap.violations["egress_leak"] == 0
    console.print("[green]demo ok[/green]" if ok else f"[red]demo incomplete (worker exit {code})[/red]")
    return 0 if ok else 1
