"""The generated name tables are what their builders make of the installed packages (skipped where
a builder's source package is not installed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="faker (dev extra) not installed")
def test_roman_names_data_is_current() -> None:
    from agents.local import build_roman_names

    assert Path(build_roman_names.OUT).read_text(encoding="utf-8") == build_roman_names.build()


@pytest.mark.skipif(
    importlib.util.find_spec("jieba") is None or importlib.util.find_spec("opencc") is None,
    reason="jieba and opencc (dev extras) not installed",
)
def test_zh_names_data_is_current() -> None:
    from agents.local import build_zh_names

    assert Path(build_zh_names.OUT).read_text(encoding="utf-8") == build_zh_names.build()


def test_generated_lists_hold_no_common_english_word() -> None:
    from agents.local.build_roman_names import NOT_NAMES
    from streams.detect.roman_names import OTHER_GIVEN, OTHER_SURNAMES

    assert OTHER_GIVEN and OTHER_SURNAMES
    assert not {w.lower() for w in OTHER_GIVEN | OTHER_SURNAMES} & NOT_NAMES
