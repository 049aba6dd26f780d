"""Issue 11: a command line's option and its argument pasted into a ticket ("curl -X POST ...") are
no romanised name (the swipe and login sets showed "X POST" read as an initial and a surname); a name
after a hyphen that is no option is still one. Both scanners."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def names(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        'curl -X POST https://api.example.test/v1/payouts -H "Content-Type: application/json"',
        "repro: curl -s -X PUT https://api.example.test/v2/cards/123 -d @body.json",
    ],
)
def test_when_command_option_then_no_name(detector: Detector, text: str) -> None:
    assert names(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Refund approved by Mr X POST yesterday", "X POST"),
        ("Beneficiary: CHAN Tai Man - K M CHEUNG cc'd", "CHAN Tai Man"),
    ],
)
def test_when_name_is_no_option_then_name(detector: Detector, text: str, name: str) -> None:
    assert name in names(detector, text)
