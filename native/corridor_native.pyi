"""Corridor's recognizer patterns, every one over each text in one call (see native/src/lib.rs)."""

from collections.abc import Mapping, Sequence
from typing import Any

class Scanner:
    """Patterns compiled once, each a mapping as ``streams.detect.scanner.translate`` makes it, in
    the syntax of Rust's regex crates: ``pattern``; ``core``, the pattern without its look-arounds;
    ``group``, the group reported; ``behind``, the widest look-behind in characters; ``guard``, the
    class of a one-character negative look-behind that opens the pattern, or an empty string; and
    ``edges``: for a pattern that is look-behinds, a middle and look-aheads, those look-arounds as
    ``([(negative, width, body)], [(negative, body)])``, else None; ``min_digits``, the fewest
    digits a match holds in one run (a separator between two digits not counted). ``digit`` is
    the character class of a digit."""

    def __init__(self, specs: Sequence[Mapping[str, Any]], digit: str) -> None: ...
    def __len__(self) -> int: ...
    def scan(self, texts: Sequence[str]) -> list[list[tuple[int, int, int, int, int]]]:
        """Per text, every match of every pattern as ``(pattern index, start, end, group start,
        group end)`` in code points, by pattern then position, as ``re.finditer`` finds them; a
        match whose group did not take part is left out. Raises ``RuntimeError`` when a pattern
        gives up (its backtracking limit), ``UnicodeEncodeError`` for a text that is not valid
        Unicode (a lone surrogate)."""

class AvroReader:
    """An Avro schema turned into a tree once, to read records of it in native code (see
    native/src/avro.rs). The schema is fully expanded (named types inlined) and in reading form
    (timestamps as longs); ``ValueError`` for one with a type this reader leaves to fastavro, one
    nested too deep, or one with an array whose items take no bytes."""

    def __init__(self, schema: Any) -> None: ...
    def read(self, payload: bytes, offset: int, max_items: int) -> tuple[Any, int, int]:
        """The value that starts at ``offset`` in ``payload``, the offset after it, and how many
        values below the top one it holds (fields, array items, map entries). Raises ``EOFError``
        when the payload ends inside it, ``ValueError`` when it is malformed, ``OverflowError``
        (before making them) when it holds more than ``max_items`` values."""

class AvroWriter:
    """An Avro schema (fully expanded) turned into a tree once, to write records of it as
    fastavro would (see native/src/avro.rs); ``ValueError`` for one it leaves to fastavro."""

    def __init__(self, schema: Any) -> None: ...
    def write(self, record: Any) -> bytes:
        """The record's Avro bytes; ``TypeError`` for a value whose form only fastavro decides."""

class Folder:
    """Characters folded to ASCII (see native/src/fold.rs): ``table`` holds (character, the ASCII
    character it folds to) pairs, as ``streams.detect.fold.fold_table`` makes them; with
    ``ascii=False``, (character, any other character) pairs, as ``zh_names``' Traditional to
    Simplified table."""

    def __init__(self, table: Sequence[tuple[str, str]], ascii: bool = True) -> None: ...
    def fold(self, text: str) -> str:
        """The text with each character of the table folded (as long as the text), or the text
        itself when nothing folds; ``UnicodeEncodeError`` for a lone surrogate."""

# the check-digit validators of streams/detect/validators.py, for ASCII values (native/src/validators.rs)
def valid_card(value: str) -> bool: ...
def valid_cn_ric(value: str, today: int) -> bool:
    """``today``: the date as the number YYYYMMDD (no birth date after it)."""
def valid_cn_uscc(value: str) -> bool: ...
def valid_hkid(value: str) -> bool: ...
def valid_cn_bank_account(value: str) -> bool: ...

def b32_128(digest: bytes) -> str:
    """The first 16 bytes in unpadded lower-case base32, as ``streams.transform.py_b32_128``."""

class Ff3:
    """An NIST FF3-1 key over decimal digits, its AES key schedule made once (see
    native/src/fpe.rs); ``key``: 16, 24 or 32 bytes. Each call takes a 56-bit (7-byte) tweak and
    ASCII digits; ``ValueError`` for anything else."""

    def __init__(self, key: bytes) -> None: ...
    def encrypt(self, tweak: bytes, digits: str) -> str:
        """FF3-1 encryption of 6 to 56 digits, as ``fastfpe.ff3_1.encrypt``."""
    def decrypt(self, tweak: bytes, digits: str) -> str: ...
    def card_middle(self, tweak: bytes, head: str, middle: str, tail: str) -> str:
        """``streams.transform.luhn_breaking(head, middle, tail, permute)`` with ``permute`` this
        key's encryption under ``tweak``; a middle of 6 to 36 digits. An empty string when no safe
        token exists (a kept head of 13 or more digits that passes Luhn itself): mask the value whole."""

def collect_strings(value: Any, names: frozenset[str], out: list[str]) -> None:
    """Appends every string inside ``value`` to ``out``, as ``streams.sanitize._collect_strings``
    does (see native/src/walk.rs); ``RecursionError`` past 512 levels."""
