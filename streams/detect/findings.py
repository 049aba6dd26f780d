"""What detection reports: an entity type at a place, never the value itself."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

# Entity types of the design (Presidio's names where it has one, country-prefixed otherwise).
TEXT_ENTITIES: tuple[str, ...] = (
    "CN_RESIDENT_ID",
    "HK_ID",
    "MO_ID",
    "CN_HOME_RETURN_PERMIT",
    "CN_EXIT_ENTRY_PERMIT",
    "CN_PASSPORT",
    "CN_USCC",
    "CREDIT_CARD",
    "PHONE_NUMBER",
    "CN_BANK_ACCOUNT",
    "HK_BANK_ACCOUNT",
    "EMAIL_ADDRESS",
    "IP_ADDRESS",
    "PERSON",
    "AUTH_SECRET",
    "IBAN_CODE",  # in free text too (a remittance memo names the beneficiary's account), by its mod-97 check
)
# Types that only structured (schema-tagged) fields carry.
STRUCTURED_ONLY: tuple[str, ...] = ("DATE_OF_BIRTH",)
# A USCC of an individual business (个体工商户, entity type code 92) names a natural person
# (RULES.md §2): reported as a type of its own, so a policy can treat it as personal information.
PERSONAL_USCC = "CN_USCC_INDIVIDUAL"
ALL_ENTITIES: frozenset[str] = frozenset((*TEXT_ENTITIES, *STRUCTURED_ONLY, PERSONAL_USCC))


def refine_type(entity_type: str, value: str) -> str:
    """The reported type of a value found as ``entity_type``: a USCC starting ``92`` is personal."""
    return PERSONAL_USCC if entity_type == "CN_USCC" and value[:2] == "92" else entity_type


class Finding(NamedTuple):
    """One detected entity (a named tuple: a record makes a few dozen, and a frozen dataclass
    costs three times as much to build).

    :param path: field path in the record (``memo``, ``_meta.subject.key_hash``); empty for bare text.
    :param start: code-point offset of the first character (0 for a whole field).
    :param end: code-point offset after the last character (the field length for a whole field).
    :param validated: whether a check digit or an allocation table confirmed the value.
    """

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    path: str = ""
    validated: bool = False

    def as_json(self) -> dict[str, object]:
        return {"entity_type": self.entity_type, "start": self.start, "end": self.end, "score": round(self.score, 3)}


def coverage(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """One byte a character of a text of ``length``, set where one of ``spans`` covers it: whether another
    span overlaps any of them is then a look-up (``any(covered[a:b])``), not a scan of every span (a text of
    thousands of names was read in quadratic time by such scans)."""
    covered = bytearray(length)
    for a, b in spans:
        covered[a:b] = b"\x01" * (b - a)
    return covered
