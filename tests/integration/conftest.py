from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from workers import SOURCES, Worker, start_worker

from agents.local.generator import start_group_at_end
from agents.settings import Settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture
def worker(live_stack: Settings, tmp_path: Path) -> Iterator[Worker]:
    group = f"corridor-it-{uuid.uuid4().hex[:8]}"
    start_group_at_end(live_stack, group, SOURCES)
    w = start_worker(live_stack, group, tmp_path / "worker.log")
    try:
        yield w
    finally:
        if w.process.poll() is None:
            w.stop()
