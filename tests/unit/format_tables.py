"""What the detector's format tables share: the secrets and phones a detector reports in a text, and card
numbers of a given prefix and length with a right or a wrong Luhn digit."""

from __future__ import annotations

from stdnum import luhn

from streams.detect.engine import Detector


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


def phones(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"]


def card(prefix: str, length: int) -> str:
    body = prefix + "".join(str((i * 7 + 3) % 10) for i in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def wrong_check_digit(pan: str) -> str:
    return pan[:-1] + str((int(pan[-1]) + 3) % 10)
