"""Fixtures of the unit tests' class tables."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    """The default detector on each scanner (native and ``re``): every class table runs on both. A module
    that defines its own ``detector`` uses that one instead."""
    return Detector(scanner=request.param)
