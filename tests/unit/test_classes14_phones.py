"""Issue 11, fourteenth round: a phone number after a call's verb in Cantonese or Mandarin (打嚟, 打來,
打过嚟: a call from that number), which the pin set showed missed; an amount after the verb is none.
Both scanners."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def phones(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("婆婆話有個自稱「警察」嘅人打嚟 6123 4578，叫佢轉錢", "6123 4578"),
        ("有人打過嚟 9321 7745 話佢張卡出咗事", "9321 7745"),
        ("一个自称客服的人打来 5912 3344 要验证码", "5912 3344"),
    ],
)
def test_when_phone_after_call_verb_then_phone(detector: Detector, text: str, value: str) -> None:
    assert phones(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "佢打嚟話要 5000 蚊",
        "打嚟嗰陣係 2024 年",
    ],
)
def test_when_call_verb_before_no_phone_then_none(detector: Detector, text: str) -> None:
    assert phones(detector, text) == []
