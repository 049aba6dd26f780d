"""Issue 11, the tickets development set's last misses as classes: a second phone listed after one
a phone word names ("call me on 9012 3456 or my son Ming on 6234 5678"); a CIDR block is a
network, not a host. Near misses: a list with no phone word, a host written in CIDR form."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def found(detector: Detector, text: str, entity: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == entity]


LIST_CASES = [
    ("call me on 9012 3456 or my son Ming on 6234 5678, thanks", ["9012 3456", "6234 5678"]),
    ("電話 9123 4567 或者搵我個仔 6123 4567", ["9123 4567", "6123 4567"]),
    # near misses: no phone word names the first, or the sentence ended between
    ("order 9012 3456 or 6234 5678", []),
    ("batch 9012 3456 and the next one, 6234 5678", []),
]


@pytest.mark.parametrize(("text", "expected"), LIST_CASES)
def test_when_a_mobile_is_listed_after_a_named_phone_then_it_is_a_phone(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "PHONE_NUMBER") == expected, text


IP_CASES = [
    # a network in CIDR notation (every host bit zero) names no host
    ("auths from the range 198.51.100.0/24 within 5 min", []),
    ("blocked 10.0.0.0/8 at the edge", []),
    # a host with its network's prefix, a /32, a bare address, a prefix that is no prefix
    ("host 192.168.1.15/24 down", ["192.168.1.15"]),
    ("allow 203.0.113.5/32 only", ["203.0.113.5"]),
    ("allow 203.0.113.0/31 only", ["203.0.113.0"]),
    ("ip 203.0.113.5 logged", ["203.0.113.5"]),
    ("ip 203.0.113.0/99 logged", ["203.0.113.0"]),
]


@pytest.mark.parametrize(("text", "expected"), IP_CASES)
def test_when_an_address_is_a_network_block_then_it_is_no_ip_address(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert found(detector, text, "IP_ADDRESS") == expected, text
