"""Shared fixtures. Integration tests use the real local stack, started here when not running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.local import stack
from agents.settings import Settings, get_settings


@pytest.fixture(scope="session")
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def live_stack(settings: Settings) -> Iterator[Settings]:
    """The two clusters and two registries; stopped at the end if this session started them."""
    with stack.running(settings):
        yield settings
