"""Issue 11, eighth round: two ways of writing a code that probes written beside the corpora showed
missed. A PIN named by its channel (mPIN for a mobile app, TPIN for telephone banking, ePIN and iPIN
for internet banking), and a code read out digit by digit in free phrasing ("his PIN was 1 2 3 4").
Each table holds hits and near misses: a word that only ends in "pin", or single digits that are a
date, a step or a count, stay unreported. Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mpin 5520", "5520"),
        ("Customer's MPIN is 553201, please reset it", "553201"),
        ("TPIN 7781 set up for phone banking", "7781"),
        ("tpin: 0913", "0913"),
        ("ePIN: 8812 for e-banking", "8812"),
        ("her iPIN was 4410 until the reset", "4410"),
        ("IPIN = 2290", "2290"),
        ("新 MPIN 係 6621", "6621"),
    ],
)
def test_when_pin_named_by_its_channel_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "spin 4410 rpm",
        "Topin 2290 warehouse",
        "epinephrine 500 mg given",
        "TPIN2 form reset requested",
        "turnpin 7781",
        "mpin app version 5.5.20 released",
    ],
)
def test_when_word_only_ends_in_pin_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer said his PIN was 1 2 3 4", "1 2 3 4"),
        ("the OTP she read out was 4 8 2 9 1 3.", "4 8 2 9 1 3"),
        ("Caller gave the passcode slowly, 7-7-2-0, before I could stop him", "7-7-2-0"),
        ("the verification code on his phone: 5 5 0 1 9 8", "5 5 0 1 9 8"),
        ("she read the CVV to the agent as 3 1 7 9", "3 1 7 9"),
        ("OTP received, it says 9 0 4 4 1 2", "9 0 4 4 1 2"),
    ],
)
def test_when_code_read_out_digit_by_digit_then_secret(detector: Detector, text: str, value: str) -> None:
    assert secrets(detector, text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "PIN in step 1 2 3 of the guide",
        "PIN reset on 1 2 2026",
        "the OTP took 1 2 3 minutes",
        "PIN mailer batch 1 2 3 4 5 6 7 8 sent",
        "passcode rules: 1 2 3 are not allowed",
        "OTP delivery rate 9 8 %",
    ],
)
def test_when_single_digits_are_no_code_then_no_secret(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []
