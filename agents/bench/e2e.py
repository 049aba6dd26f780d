"""``make bench``, end to end: the worker through both real clusters, beside the core alone and a
raw mirror, in one run on the same records.

1. **latency and memory**: a steady stream at ``--rate`` records/s, ``--warm-seconds`` of warm-up
   then ``--soak-seconds`` measured: p50 and p99 of source timestamp to Hong Kong acknowledgement,
   from the worker's histogram (interpolated within buckets as Prometheus' ``histogram_quantile``
   does), over the whole measured span and minute by minute, the CPU per record of each part, and
   the worker's RSS (all processes) every minute from the start; with the worker's default number of
   core processes (one per core) unless ``--steady-processes`` says otherwise. The stream's records
   are made before it starts (``MixedStream.prepare``; none is sent twice), so the load
   generator does not take the worker's CPU on this small machine. It runs first: its warm-up
   takes the brokers past their JIT compilation for the phases below too;
2. a backlog of generated records (the three kinds, mixed) is produced to the Shenzhen topics;
3. **raw mirror**: one process consumes that backlog and produces every record to Hong Kong with
   the same clients and producer settings as the worker, no processing: the ceiling of this stack;
4. **core alone**: the same records' bytes through the core process's own function, in-process;
5. **end to end**: ``corridor worker`` with the same number of core processes on the same backlog,
   from its first decision to its last.

The stack must be running (``make bench`` starts it); nothing here touches a non-loopback address.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

from confluent_kafka import Consumer, Producer

from agents import kafka_io
from agents.local.demo import Snapshot, scrape
from agents.local.generator import MixedStream, start_group_at_end
from agents.settings import Settings, get_settings
from agents.worker import core_process
from agents.worker.publish import producer_conf
from streams.synthetic import EVENT_KINDS

SOURCES = list(EVENT_KINDS.values())


def _read_backlog(
    settings: Settings, start: dict[tuple[str, int], int], ends: dict[tuple[str, int], int]
) -> list[tuple[str, int, int, int, bytes | None, bytes | None]]:
    from confluent_kafka import TopicPartition

    consumer = Consumer(
        {**settings.sz.kafka_conf(), "group.id": f"bench-{uuid.uuid4().hex[:6]}", "enable.auto.commit": False}
    )
    consumer.assign([TopicPartition(t, p, o) for (t, p), o in start.items()])
    out = []
    todo = {k for k in start if ends[k] > start[k]}
    deadline = time.monotonic() + 120
    while todo and time.monotonic() < deadline:
        for msg in consumer.consume(1000, 0.5):
            if msg.error():
                continue
            topic, partition, offset = msg.topic() or "", msg.partition() or 0, msg.offset() or 0
            key = (topic, partition)
            if offset < ends[key]:
                out.append((topic, partition, offset, msg.timestamp()[1], msg.key(), msg.value()))
            if offset + 1 >= ends[key]:
                todo.discard(key)
    consumer.close()
    return out


def _offsets(settings: Settings) -> dict[tuple[str, int], int]:
    return {(tp.topic, tp.partition): tp.offset for tp in kafka_io.end_offsets(settings.sz, SOURCES)}


def raw_mirror(settings: Settings, start: dict[tuple[str, int], int], ends: dict[tuple[str, int], int]) -> float:
    """Records/s of consume Shenzhen, produce Hong Kong, nothing else (same clients and settings)."""
    from confluent_kafka import TopicPartition

    n = sum(ends[k] - start[k] for k in start)
    target = "bench.raw-mirror"
    kafka_io.ensure_topics(settings.hk, [target], partitions=3)
    consumer = Consumer(
        {**settings.sz.kafka_conf(), "group.id": f"bench-raw-{uuid.uuid4().hex[:6]}", "enable.auto.commit": False}
    )
    consumer.assign([TopicPartition(t, p, o) for (t, p), o in start.items()])
    producer = Producer(producer_conf(settings.hk, settings.hk_linger_ms))
    done = [0]

    def acked(err: object, _msg: object) -> None:
        if err is None:
            done[0] += 1

    began = time.perf_counter()
    seen = 0
    while seen < n and time.perf_counter() - began < 300:
        for msg in consumer.consume(1000, 0.5):
            if msg.error():
                continue
            src = f"{msg.topic()}/{msg.partition()}/{msg.offset()}".encode()
            while True:
                try:
                    producer.produce(
                        target,
                        msg.value(),
                        msg.key(),
                        partition=(msg.partition() or 0) % 3,
                        headers=[("corridor-source", src)],
                        on_delivery=acked,
                    )
                    break
                except BufferError:
                    producer.poll(0.05)
            producer.poll(0)
            seen += 1
    producer.flush(60)
    elapsed = time.perf_counter() - began
    consumer.close()
    return done[0] / elapsed


def core_alone(records: list[tuple[str, int, int, int, bytes | None, bytes | None]], batch: int) -> float:
    """Records/s of the core process's own function on the same records, in this process."""
    core_process.init(ignore_signals=False)
    core_process.run_batch(records[:batch], [])  # warm: schemas fetched, sanitized schemas registered
    began = time.perf_counter()
    for i in range(0, len(records), batch):
        core_process.run_batch(records[i : i + batch], [])
    return len(records) / (time.perf_counter() - began)


class BenchWorker:
    def __init__(self, settings: Settings, processes: int, group: str, log: Path) -> None:
        env = {
            **os.environ,
            "CORRIDOR_WORKER_ID": group,
            "CORRIDOR_WORKER_PROCESSES": str(processes),
            "CORRIDOR_DEMO_MODE": "true",
        }
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "agents.cli", "-l", "WARNING", "worker"],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        self.port = settings.metrics_port

    def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit("bench: the worker exited during start-up")
            snap = scrape(self.port)
            if snap is not None and snap.total >= 0:
                from agents.local.demo import _up

                if _up(self.port):
                    return
            time.sleep(0.5)
        raise SystemExit("bench: the worker was not ready")

    def decided(self) -> int:
        snap = scrape(self.port)
        return snap.total if snap else 0

    def rss_mb(self) -> float:
        """Resident memory of the worker and its core processes."""
        pids = [self.process.pid, *_children(self.process.pid)]
        total = 0
        for pid in pids:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                pass
        return total / 1024

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(90)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return -9


def _children(pid: int) -> list[int]:
    out = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(proc.name))
            except (OSError, ValueError, IndexError):
                pass
    return out


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (0 when it is gone)."""
    return _stat_seconds(Path(f"/proc/{pid}/stat"))


def _stat_seconds(stat: Path) -> float:
    """User and system CPU time in a process's or a thread's ``stat`` file (0 when it is gone)."""
    try:
        fields = stat.read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _compiler_seconds(pids: list[int]) -> float:
    """CPU time the JVMs' JIT compiler threads (``C1``/``C2 CompilerThread``) have used so far."""
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{pid}/task").iterdir():
                with contextlib.suppress(OSError):
                    if (task / "comm").read_text().startswith(("C1 Compiler", "C2 Compiler")):
                        total += _stat_seconds(task / "stat")
    return total


def _stack_pids(settings: Settings) -> dict[str, int]:
    """The local stack's processes by service name, from their pid files."""
    from agents.local import stack

    out = {}
    for service in stack.SERVICES:
        with contextlib.suppress(OSError, ValueError, IndexError):
            out[service.name] = int(service.pid_file(settings).read_text().split()[0])
    return out


class CpuBudget:
    """CPU time of the worker (its main process, its core processes), the stack's processes and
    this process (the load generator) over a window: what one record costs each of them, and how
    much of the machine the steady rate takes."""

    def __init__(self, settings: Settings, worker: BenchWorker) -> None:
        stack_pids = _stack_pids(settings)
        self.parts = {
            "worker main": [worker.process.pid],
            "core processes": _children(worker.process.pid),
            "Kafka brokers": [pid for name, pid in stack_pids.items() if name.endswith("kafka")],
            "registries": [pid for name, pid in stack_pids.items() if name.endswith("registry")],
            "load generator": [os.getpid()],
        }
        self.began = time.monotonic()
        self.start = self._now()

    def _now(self) -> dict[str, float]:
        return {part: sum(_cpu_seconds(pid) for pid in pids) for part, pids in self.parts.items()}

    def per_record(self, records: int) -> tuple[dict[str, float], float]:
        """Microseconds of CPU per record of each part, and the cores all of them used."""
        seconds = time.monotonic() - self.began
        used = {part: t - self.start[part] for part, t in self._now().items()}
        return {part: t / max(records, 1) * 1e6 for part, t in used.items()}, sum(used.values()) / seconds


def _histogram_quantile(buckets: list[tuple[float, float]], q: float) -> float | None:
    """Prometheus' histogram_quantile: linear within the bucket that holds the quantile."""
    if not buckets or buckets[-1][1] <= 0:
        return None
    rank = q * buckets[-1][1]
    lower, below = 0.0, 0.0
    for bound, count in buckets:
        if count >= rank:
            if bound == float("inf"):
                return lower
            return lower + (bound - lower) * ((rank - below) / max(count - below, 1e-9))
        lower, below = bound, count
    return None


GENERATOR_LINGER_MS = 20


def run(
    count: int, processes: int, rate: float, warm_s: float, soak_s: float, run_dir: Path, steady_processes: int = 0
) -> dict[str, float]:
    settings = get_settings()
    out: dict[str, float] = {}
    stream = MixedStream(settings, seed=11, poison_every=0)  # makes the topics on a new stack
    # the steady rate first: its warm-up also takes the brokers past their JIT compilation (a
    # fresh broker's compilers take a third of a core or more for about a minute), so the
    # throughput phases below measure brokers as they run for days, not as they start
    group = f"corridor-bench-{uuid.uuid4().hex[:6]}"
    start_group_at_end(settings, group, SOURCES)
    worker = BenchWorker(settings, steady_processes, group, run_dir / "bench-worker-steady.log")
    try:
        worker.wait_ready()
        out.update(steady(settings, worker, rate, warm_s, soak_s))
    finally:
        worker.stop()
    start = _offsets(settings)  # after: a new stack has no topics, hence no offsets, before it
    stream.run(count=count)
    stream.close()
    ends = _offsets(settings)
    records = _read_backlog(settings, start, ends)
    out["records"] = len(records)
    out["raw_mirror_per_s"] = raw_mirror(settings, start, ends)
    out["core_per_s"] = core_alone(records, settings.batch_size)
    # end to end on the same backlog: a group that starts where the backlog starts
    group = f"corridor-bench-{uuid.uuid4().hex[:6]}"
    from confluent_kafka import TopicPartition

    c = Consumer({**settings.sz.kafka_conf(), "group.id": group, "enable.auto.commit": False})
    c.commit(offsets=[TopicPartition(t, p, o) for (t, p), o in start.items()], asynchronous=False)
    c.close()
    worker = BenchWorker(settings, processes, group, run_dir / "bench-worker.log")
    try:
        worker.wait_ready()
        first = last = None
        n0 = 0
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            n = worker.decided()
            now = time.perf_counter()
            if n > 0 and first is None:
                first, n0 = now, n
            if n >= len(records):
                last = now
                break
            time.sleep(0.2)
        out["e2e_per_s"] = (len(records) - n0) / (last - first) if first and last and last > first else 0.0
    finally:
        worker.stop()
    return out


def _window(before: Snapshot, after: Snapshot) -> tuple[float, float, int]:
    """p50 and p99 (seconds) of the records the worker finished between two scrapes, and their number."""
    delta = [(b, a - c) for (b, a), (_b2, c) in zip(after.latency_buckets, before.latency_buckets, strict=True)]
    p50, p99 = _histogram_quantile(delta, 0.5) or 0.0, _histogram_quantile(delta, 0.99) or 0.0
    return p50, p99, after.total - before.total


def steady(settings: Settings, worker: BenchWorker, rate: float, warm_s: float, soak_s: float) -> dict[str, float]:
    """A steady stream at ``rate`` for ``warm_s`` then ``soak_s`` seconds: latency, CPU and memory.

    The warm-up is not in the headline figures: for most of its first minute the brokers' JIT
    compilers take about 0.3-0.5 of a core on this machine (measured per thread), which is the
    start of a broker's life, not a steady rate. Its p50 and p99 are printed all the same, and every
    minute of the soak beside the whole of it, so a drift or a bad minute shows."""
    out: dict[str, float] = {}
    stream = MixedStream(settings, seed=12, poison_every=0)
    # made ahead (see MixedStream.prepare), enough that none is sent twice: a record sent again
    # brings quota subjects the worker counted already, less work than a fresh stream's
    stream.prepare(int(rate * (warm_s + soak_s)) + 1000)
    # the generator's producer waits 20 ms to batch, not 5: at 1,000 records/s its small
    # produce requests cost the Shenzhen broker about 0.25 of a core at 5 ms and 0.13 at 20
    # (measured side by side, JIT warm), CPU this machine's worker would lose to its load;
    # the wait is in the latency measured (timestamps are taken when a record is handed over)
    kwargs = {"seconds": warm_s + soak_s, "rate": rate, "linger_ms": GENERATOR_LINGER_MS}
    thread = threading.Thread(target=stream.run, kwargs=kwargs, daemon=True)
    brokers = [pid for name, pid in _stack_pids(settings).items() if name.endswith("kafka")]
    rss = [worker.rss_mb()]
    thread.start()
    began = time.monotonic()
    jit = _compiler_seconds(brokers)
    time.sleep(min(10.0, warm_s))  # the worker's first seconds: connections, first fetches
    first = scrape(settings.metrics_port)
    time.sleep(max(0.0, warm_s - 10.0))
    rss.append(worker.rss_mb())
    start = scrape(settings.metrics_port)
    budget = CpuBudget(settings, worker)
    jit_now = _compiler_seconds(brokers)  # read once: the warm-up's end is the measured span's start
    jit_warm, jit = (jit_now - jit) / max(time.monotonic() - began, 1e-9), jit_now
    if first and start:
        p50, p99, _n = _window(first, start)
        print(f"  warm-up, {warm_s - 10:.0f}s past its first 10: p50 {p50 * 1e3:.0f} ms, p99 {p99 * 1e3:.0f} ms")
    previous, minutes = start, 0
    while time.monotonic() - began < warm_s + soak_s - 1:
        time.sleep(max(0.0, min(60.0, warm_s + soak_s - (time.monotonic() - began))))
        now = scrape(settings.metrics_port)
        rss.append(worker.rss_mb())
        minutes += 1
        if previous and now:
            p50, p99, n = _window(previous, now)
            print(f"  minute {minutes}: p50 {p50 * 1e3:.0f} ms, p99 {p99 * 1e3:.0f} ms, n {n}, RSS {rss[-1]:.0f} MB")
        previous = now
    end = scrape(settings.metrics_port)
    if start and end:
        per_record, cores = budget.per_record(end.total - start.total)
        p50, p99, n = _window(start, end)
        out["steady_per_s"] = n / max(time.monotonic() - budget.began, 1e-9)
        out["cores_used"] = cores
        out.update({f"cpu_us {part}": us for part, us in per_record.items()})
        out["p50_ms"], out["p99_ms"] = p50 * 1000, p99 * 1000
    out["jit_cores_warm"] = jit_warm
    out["jit_cores_measured"] = (_compiler_seconds(brokers) - jit) / max(time.monotonic() - budget.began, 1e-9)
    thread.join(30)
    stream.close()
    out["rss_first_mb"], out["rss_last_mb"], out["rss_max_mb"] = rss[0], rss[-1], max(rss)
    out["rss_samples"] = len(rss)
    print("  RSS samples (MB): " + " ".join(f"{s:.0f}" for s in rss))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench-e2e")
    parser.add_argument("--count", type=int, default=20_000, help="backlog records")
    parser.add_argument("--processes", type=int, default=1, help="core processes (the same for core and e2e)")
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument(
        "--steady-processes", type=int, default=0, help="core processes at the steady rate (0: the worker's default)"
    )
    parser.add_argument("--warm-seconds", type=float, default=60.0, help="steady rate before measuring")
    parser.add_argument("--soak-seconds", type=float, default=300.0, help="steady rate measured")
    args = parser.parse_args(argv)
    settings = get_settings()
    from agents.local import stack

    with stack.running(settings, log=print):
        r = run(
            args.count,
            args.processes,
            args.rate,
            args.warm_seconds,
            args.soak_seconds,
            settings.run_dir,
            args.steady_processes,
        )
    steady = args.steady_processes or len(os.sched_getaffinity(0))
    default = "" if args.steady_processes else " (the worker's default: one per core)"
    print(
        f"end to end, {r['records']:.0f} generated records (three kinds), {args.processes} core process(es):\n"
        f"  raw mirror (consume SZ, produce HK, no processing): {r['raw_mirror_per_s']:.0f} records/s (the ceiling)\n"
        f"  core alone (the core process's function, in-process): {r['core_per_s']:.0f} records/s\n"
        f"  end to end through both clusters: {r['e2e_per_s']:.0f} records/s = "
        f"{r['e2e_per_s'] / max(r['core_per_s'], 1e-9):.2f} of the core (target 0.70)\n"
        f"  latency at {args.rate:.0f} records/s, {args.soak_seconds:.0f}s after {args.warm_seconds:.0f}s of warm-up, "
        f"{steady} core process(es){default}: "
        f"p50 {r.get('p50_ms', 0):.0f} ms, p99 {r.get('p99_ms', 0):.0f} ms "
        f"(target p99 <= 250 ms); decided {r.get('steady_per_s', 0):.0f} records/s meanwhile\n"
        f"  CPU per decided record at that rate, us: "
        + ", ".join(f"{k.removeprefix('cpu_us ')} {v:.0f}" for k, v in r.items() if k.startswith("cpu_us "))
        + f"; all of them used {r.get('cores_used', 0):.2f} of this machine's {os.cpu_count()} cores\n"
        f"  the brokers' JIT compilers used {r.get('jit_cores_warm', 0):.2f} of a core in the warm-up, "
        f"{r.get('jit_cores_measured', 0):.2f} while measured\n"
        f"  worker RSS, all processes, over {args.warm_seconds + args.soak_seconds:.0f}s at {args.rate:.0f}/s: "
        f"first {r['rss_first_mb']:.0f} MB, last {r['rss_last_mb']:.0f} MB, max {r['rss_max_mb']:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
