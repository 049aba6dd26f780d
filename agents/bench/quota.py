"""How long a worker takes to recover the quota table: ``--subjects`` counted subjects are written
to a fresh table's changelog (as the worker writes them), then a worker of that app starts and the
time until it takes records is measured, with the count it recovered (``corridor_transfer_subjects``).

Run by ``make bench``, or alone: ``.venv/bin/python -m agents.bench.quota --subjects 1000000``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic

from agents.bench.e2e import BenchWorker
from agents.local.demo import scrape
from agents.local.generator import start_group_at_end
from agents.settings import get_settings
from agents.worker.app import QUOTA_TABLE
from agents.worker.runtime import QuotaLedger
from streams.synthetic import EVENT_KINDS


def fill(bootstrap: str, topic: str, subjects: int, year: int) -> float:
    """Write ``subjects`` table entries to the changelog; seconds taken."""
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for future in admin.create_topics(
        [NewTopic(topic, num_partitions=1, replication_factor=1, config={"cleanup.policy": "compact"})]
    ).values():
        future.result(30)
    producer = Producer({"bootstrap.servers": bootstrap, "linger.ms": 50, "compression.type": "lz4"})
    began = time.perf_counter()
    one = json.dumps(1).encode()
    for i in range(subjects):
        key = json.dumps(QuotaLedger.key("sensitive_pi_subjects", year, f"tok_bench{i:012d}")).encode()
        while True:
            try:
                producer.produce(topic, one, key, partition=0)
                break
            except BufferError:
                producer.poll(0.05)
        if i % 10_000 == 0:
            producer.poll(0)
    producer.flush(120)
    return time.perf_counter() - began


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench-quota")
    parser.add_argument("--subjects", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    settings = get_settings()
    from agents.local import stack

    with stack.running(settings, log=print):
        return _run(args.subjects)


def _run(subjects: int) -> int:
    settings = get_settings()
    group = f"corridor-bench-quota-{uuid.uuid4().hex[:6]}"
    year = datetime.now(UTC).year
    fill_s = fill(settings.sz.bootstrap, f"{group}-{QUOTA_TABLE}-changelog", subjects, year)
    start_group_at_end(settings, group, list(EVENT_KINDS.values()))
    worker = BenchWorker(settings, 1, group, settings.run_dir / "bench-quota-worker.log")
    began = time.perf_counter()
    try:
        worker.wait_ready(timeout=900)
        ready_s = time.perf_counter() - began
        time.sleep(3)  # the gauges are refreshed every 2 s
        snap_text = scrape(settings.metrics_port)
        counted = _subjects(settings.metrics_port)
        rss = worker.rss_mb()
    finally:
        worker.stop()
    _ = snap_text
    print(
        f"quota table recovery: {subjects} subjects written in {fill_s:.1f}s; a worker started and took "
        f"records after {ready_s:.1f}s (recovery included) and counts {counted:.0f} subjects this year; "
        f"worker RSS {rss:.0f} MB"
    )
    return 0 if counted == subjects else 1


def _subjects(port: int) -> float:
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as resp:
        text = resp.read().decode()
    return sum(
        s.value
        for f in text_string_to_metric_families(text)
        for s in f.samples
        if s.name == "corridor_transfer_subjects" and s.labels.get("quota") == "sensitive_pi_subjects"
    )


if __name__ == "__main__":
    sys.exit(main())
