"""Folding the characters people type for digits, letters and separators to their ASCII forms.

A card number, a mobile or a resident ID typed with full-width digits (``０``-``９``, common from
Chinese input methods), or with any other Unicode decimal digits (Arabic-Indic, Devanagari, ...),
matches the recognizers' patterns (Python's ``\\d`` is every decimal digit), but its check digits,
its allocation table and its pseudonym's person key read ASCII. Every text is therefore scanned,
and every value validated, in a folded copy: each decimal digit becomes its ASCII digit, each
full-width letter or sign (``Ａ``, ``－``, ``（``, ``）``, ``＋``, ...) its ASCII one, each Unicode
space (the ideographic space, the no-break space, ...) a space, and the common hyphens and the
minus sign a hyphen-minus.

Every character folds to exactly one character, so the copy is as long as the text and a
finding's offsets point into the original text as they do into the copy. A text with nothing to
fold (every ASCII text, most others) is returned as it is, without a copy.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from typing import Any

from streams.native import extension

# full-width forms folded: letters, digits (they are decimal digits too) and the signs the patterns
# read. Not the full-width comma, colon, semicolon, exclamation and question marks: ordinary
# Chinese punctuation, which no pattern reads differently from its ASCII form, and folding it
# would copy nearly every Chinese text for nothing
_FULL_WIDTH_KEPT = frozenset("，：；！？")
# hyphens and the minus sign, written between digit groups
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63"


@functools.cache
def fold_table() -> dict[int, str]:
    """Code point -> the one ASCII character it folds to (about 700 entries, built once)."""
    table: dict[int, str] = {}
    for code in range(0x80, sys.maxunicode + 1):
        ch = chr(code)
        digit = unicodedata.decimal(ch, None)
        if digit is not None:
            table[code] = str(digit)
        elif unicodedata.category(ch) == "Zs":
            table[code] = " "
    for code in range(0xFF01, 0xFF5F):
        ch = chr(code)
        if ch not in _FULL_WIDTH_KEPT:
            table[code] = chr(code - 0xFEE0)
    for ch in _DASHES:
        table[ord(ch)] = "-"
    return table


@functools.cache
def _foldable() -> re.Pattern[str]:
    """Any character of the Basic Multilingual Plane that :func:`fold_table` folds, or any
    character beyond it (a class with those is a slow list of ranges to ``re``; folding a text
    for a character beyond the plane that does not fold costs a copy, no more)."""
    ranges: list[tuple[int, int]] = []
    for code in sorted(c for c in fold_table() if c <= 0xFFFF):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    body = "".join(f"\\u{a:04X}" if a == b else f"\\u{a:04X}-\\u{b:04X}" for a, b in ranges)
    return re.compile(f"[{body}\\U00010000-\\U0010FFFF]")


@functools.cache
def _folder() -> Any:
    """The extension's folder (a tenth of ``str.translate``'s time), or None without it."""
    if extension is None:  # pragma: no cover - make installs the extension
        return None
    return extension.Folder([(chr(code), ch) for code, ch in fold_table().items()])


def py_fold(text: str) -> str:
    """:func:`fold` in Python: the reference, and the way for a text that is not valid Unicode."""
    if text.isascii() or _foldable().search(text) is None:
        return text
    return text.translate(fold_table())


# zero-width characters: the zero-width space, non-joiner and joiner, the word joiner and the
# zero-width no-break space (a BOM inside a text). Pasted from a web page or a chat app they split
# a card or a name ("4111\u200b1111...", "陳\u200d大文") with nothing a reader sees
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def strip_invisible(text: str) -> tuple[str, list[int] | None]:
    """The text without its zero-width characters, and each kept character's offset in the text
    (None, and the text itself, when it holds none): a finding at ``start:end`` in the stripped
    text is at :func:`map_back` of it in the text, the zero-width characters inside it included."""
    if text.isascii() or _INVISIBLE.search(text) is None:
        return text, None
    offsets = [i for i, ch in enumerate(text) if _INVISIBLE.fullmatch(ch) is None]
    return "".join(text[i] for i in offsets), offsets


def map_back(start: int, end: int, offsets: list[int], length: int) -> tuple[int, int]:
    """``start:end`` in a stripped text, as offsets into the text of ``length`` characters it was
    stripped from (see :func:`strip_invisible`)."""
    mapped = offsets[start] if start < len(offsets) else length
    return mapped, (offsets[end - 1] + 1 if end > start else mapped)


def fold(text: str) -> str:
    """The text with every digit, full-width letter or sign and space in its ASCII form, as long
    as the text (offsets stay valid); the text itself when there is nothing to fold."""
    if text.isascii():
        return text
    folder = _folder()
    if folder is not None:
        try:
            return str(folder.fold(text))
        except UnicodeEncodeError:  # a lone surrogate, which JSON input can carry
            pass
    return py_fold(text)
