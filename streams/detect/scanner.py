"""Finding the recognizers' matches: in native code when the extension is built, else with ``re``.

Both scanners answer the same question: for each text, every match of every pattern, as
``(pattern index, start, end, group start, group end)`` in code points, in the order
``re.finditer`` finds them. The native one (``native/``, Rust) runs all the patterns over a text in
one call; Python's ``re`` costs about a microsecond and a half per pattern and text before it has
read a character, which for the two dozen patterns of the pack was most of the detector's time.

The patterns stay Python regular expressions, the one definition of what a recognizer matches.
:func:`to_rust` translates each into the syntax of the Rust engines, with ``\\d``, ``\\s`` and
case-insensitive letters spelt out as the character sets Python's ``re`` gives them (derived from
``re`` itself, so the two engines agree on every character, not only on ASCII); a construct it does
not know is refused, never guessed. ``tests/unit/test_scanner.py`` holds the two scanners equal on
generated texts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import TypedDict

from streams.native import extension

# one match: pattern index, start, end, group start, group end (code points)
Match = tuple[int, int, int, int, int]

_LOOKAROUNDS = ("(?<!", "(?<=", "(?!", "(?=")
# escapes that mean the same character to both engines
_LITERAL_ESCAPES = frozenset("()[]{}.*+?^$|\\/-&~#:%,;=@<>!'\" ")
_CONTROL_ESCAPES = {"t": 0x09, "n": 0x0A, "r": 0x0D, "f": 0x0C, "v": 0x0B}
_FLAGS_KNOWN = re.UNICODE | re.IGNORECASE


class TranslationError(ValueError):
    """A pattern uses a construct the translation does not know."""


# -- the character sets of Python's re ---------------------------------------------------------


def _ranges(chars: Iterator[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for c in chars:
        if out and out[-1][1] == c - 1:
            out[-1] = (out[-1][0], c)
        else:
            out.append((c, c))
    return out


@functools.cache
def _python_sets() -> dict[str, list[tuple[int, int]]]:
    """``\\d``, ``\\s`` and each ASCII letter under IGNORECASE, as ``re`` matches them, by code
    point ranges (surrogates, which no UTF-8 text holds, left out). About 0.2 s, once a process."""
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    sets = {
        "\\d": _ranges(ord(m.group()) for m in re.finditer(r"\d", every)),
        "\\s": _ranges(ord(m.group()) for m in re.finditer(r"\s", every)),
    }
    folded = [m.group() for m in re.finditer(r"(?i)[a-z]", every)]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        one = re.compile(letter, re.IGNORECASE)
        sets[letter] = _ranges(ord(c) for c in folded if one.fullmatch(c))
    return sets


def _items(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"\\x{{{a:X}}}" if a == b else f"\\x{{{a:X}}}-\\x{{{b:X}}}" for a, b in ranges)


# -- pattern text ------------------------------------------------------------------------------


def _class_end(pattern: str, i: int) -> int:
    """The index after the ``]`` closing the class that opens at ``i``."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    if j >= len(pattern):
        raise TranslationError("unterminated character class")
    return j + 1


def _atom_end(pattern: str, i: int) -> int:
    """The index after the atom at ``i``: an escape, a character class, or one character (a
    parenthesis among them)."""
    c = pattern[i]
    return i + 2 if c == "\\" else _class_end(pattern, i) if c == "[" else i + 1


def _atoms(pattern: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each atom from ``start`` on."""
    i = start
    while i < len(pattern):
        end = _atom_end(pattern, i)
        yield i, end
        i = end


def _group_end(pattern: str, i: int) -> int:
    """The index after the ``)`` closing the group that opens at ``i``."""
    depth = 0
    for at, end in _atoms(pattern, i):
        if pattern[at] == "(":
            depth += 1
        elif pattern[at] == ")":
            depth -= 1
            if depth == 0:
                return end
    raise TranslationError("unbalanced parentheses")


def strip_lookarounds(pattern: str) -> str:
    """The pattern without its look-arounds: it matches wherever the pattern does (a look-around
    only refuses), so where it finds nothing the pattern finds nothing."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith(_LOOKAROUNDS, i):
            i = _group_end(pattern, i)
        else:
            end = _atom_end(pattern, i)
            out.append(pattern[i:end])
            i = end
    return "".join(out)


def _possessive_marks(pattern: str) -> list[int]:
    """Where the ``+`` of each possessive quantifier (``*+``, ``++``, ``?+``, ``{m,n}+``) stands."""
    marks: list[int] = []
    before: list[str] = ["", ""]  # the two atoms before the current one
    for at, end in _atoms(pattern):
        atom = pattern[at:end]
        quantifier = before[1] in ("*", "+", "?", "}") and not (before[1] == "?" and before[0] == "(")
        if atom == "+" and quantifier and (not marks or marks[-1] != at - 1):
            marks.append(at)
        before = [before[1], atom]
    return marks


def core_of(pattern: str) -> str:
    """The pattern without its look-arounds, and with its possessive quantifiers greedy (the regex
    crate has neither). It matches wherever the pattern does: a look-around only refuses, and a
    possessive quantifier only gives up matches its greedy form has."""
    stripped = strip_lookarounds(pattern)
    marks = set(_possessive_marks(stripped))
    return "".join(c for i, c in enumerate(stripped) if i not in marks)


def _escape(pattern: str, i: int, in_class: bool, fold: bool) -> tuple[str, int]:
    """The Rust form of the escape at ``i`` (``pattern[i] == '\\\\'``), and the index after it."""
    if i + 1 >= len(pattern):
        raise TranslationError("a pattern ends in a backslash")
    c = pattern[i + 1]
    sets = _python_sets()
    if c in "ds":
        items = _items(sets["\\" + c])
        return (items if in_class else f"[{items}]"), i + 2
    if c == "u":
        code = int(pattern[i + 2 : i + 6], 16)
        return _char(code, in_class, fold), i + 6
    if c == "x":
        code = int(pattern[i + 2 : i + 4], 16)
        return _char(code, in_class, fold), i + 4
    if c in _CONTROL_ESCAPES:
        return f"\\x{{{_CONTROL_ESCAPES[c]:X}}}", i + 2
    if c in _LITERAL_ESCAPES:
        return _char(ord(c), in_class, fold), i + 2
    raise TranslationError(f"escape \\{c} is not translated")


def _char(code: int, in_class: bool, fold: bool) -> str:
    """One literal character, spelt out (with the characters IGNORECASE pairs it with)."""
    ch = chr(code)
    if fold and not ch.isascii() and ch.lower() != ch.upper():
        raise TranslationError("a non-ASCII cased letter under IGNORECASE is not translated")
    if fold and ch.isascii() and ch.isalpha():
        items = _items(_python_sets()[ch.lower()])
        return items if in_class else f"[{items}]"
    if ch.isascii() and ch.isalnum():
        return ch
    return f"\\x{{{code:X}}}"


def _class(pattern: str, i: int, fold: bool) -> tuple[str, int]:
    """The Rust form of the character class opening at ``i``."""
    end = _class_end(pattern, i)
    body = pattern[i + 1 : end - 1]
    out = ["["]
    j = 0
    if body.startswith("^"):
        out.append("^")
        j = 1
    first = True
    while j < len(body):
        c = body[j]
        if c == "\\":
            piece, nxt = _escape(body, j, True, fold)
            out.append(piece)
            j = nxt
        elif c == "-" and not first and j + 1 < len(body):
            if fold:
                raise TranslationError("a range under IGNORECASE is not translated")
            out.append("-")  # a range, between the two items around it
            j += 1
        else:
            out.append(_char(ord(c), True, fold))
            j += 1
        first = False
    out.append("]")
    return "".join(out), end


def to_rust(pattern: str, ignorecase: bool = False) -> str:
    """The pattern in the syntax of the Rust engines (regex and fancy-regex), matching the same
    strings at the same places as Python's ``re``."""
    out: list[str] = []
    folds: list[bool] = [ignorecase]  # per open group: are letters case-insensitive in it
    i = 0
    while i < len(pattern):
        c = pattern[i]
        fold = folds[-1]
        if c == "\\":
            piece, i = _escape(pattern, i, False, fold)
            out.append(piece)
        elif c == "[":
            piece, i = _class(pattern, i, fold)
            out.append(piece)
        elif c == "(":
            if pattern.startswith("(?i:", i):
                out.append("(?:")
                folds.append(True)
                i += 4
            elif pattern.startswith(("(?:", *_LOOKAROUNDS), i):
                opener = next(p for p in ("(?:", *_LOOKAROUNDS) if pattern.startswith(p, i))
                out.append(opener)
                folds.append(fold)
                i += len(opener)
            elif pattern.startswith("(?", i):
                raise TranslationError(f"group {pattern[i : i + 4]!r} is not translated")
            else:
                out.append("(")
                folds.append(fold)
                i += 1
        elif c == ")":
            if len(folds) == 1:
                raise TranslationError("unbalanced parentheses")
            folds.pop()
            out.append(")")
            i += 1
        elif c in "|*+?{},^$.":
            if c in "^$.":
                raise TranslationError(f"{c!r} is not translated")
            out.append(c)
            i += 1
        else:
            out.append(_char(ord(c), False, fold))
            i += 1
    if len(folds) != 1:
        raise TranslationError("unbalanced parentheses")
    return "".join(out)


def _lookbehind_width(body: str) -> int:
    """Characters a look-behind's body reads: every branch the same fixed width, as both engines
    require; a quantifier inside is refused."""
    widths = set()
    for branch in _top_level_branches(body):
        width = 0
        i = 0
        while i < len(branch):
            c = branch[i]
            if c == "\\":
                i += 6 if branch[i + 1] == "u" else 4 if branch[i + 1] == "x" else 2
            elif c == "[":
                i = _class_end(branch, i)
            elif c in "()*+?{}|.^$":
                raise TranslationError("a look-behind with groups or quantifiers is not translated")
            else:
                i += 1
            width += 1
        widths.add(width)
    if len(widths) != 1:
        raise TranslationError("a look-behind whose branches differ in width")
    return widths.pop()


def _top_level_branches(body: str) -> list[str]:
    branches: list[str] = []
    depth = 0
    last = 0
    for at, end in _atoms(body):
        c = body[at]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(body[last:at])
            last = end
    branches.append(body[last:])
    return branches


def _behind(pattern: str) -> tuple[int, str]:
    """The widest look-behind of the pattern, in characters, and the character class of a
    one-character negative look-behind that opens it (empty when there is none)."""
    widest = 0
    guard = ""
    i = 0
    while i < len(pattern):
        if not pattern.startswith(("(?<!", "(?<="), i):
            i = _atom_end(pattern, i)
            continue
        end = _group_end(pattern, i)
        body = pattern[i + 4 : end - 1]
        widest = max(widest, _lookbehind_width(body))
        if i == 0 and pattern.startswith("(?<!") and body.startswith("[") and _class_end(body, 0) == len(body):
            guard = body
        i = end
    return widest, guard


def _edges(pattern: str) -> tuple[list[tuple[bool, int, str]], list[tuple[bool, str]]] | None:
    """For a pattern that is look-behinds, then a middle without look-arounds, then look-aheads
    (and no alternation at the top): each look-behind as (negative, width, body) and each
    look-ahead as (negative, body), in Python syntax. None for any other shape."""
    parts: list[tuple[str, str]] = []  # (kind, text): kind "behind", "ahead" or "middle"
    i = 0
    middle_start = None
    while i < len(pattern):
        c = pattern[i]
        if c in "\\[":
            if middle_start is None:
                middle_start = i
            i = _atom_end(pattern, i)
        elif c == "(":
            end = _group_end(pattern, i)
            if pattern.startswith(_LOOKAROUNDS, i):
                if middle_start is not None and middle_start < i:
                    parts.append(("middle", pattern[middle_start:i]))
                middle_start = None
                kind = "behind" if pattern.startswith("(?<", i) else "ahead"
                parts.append((kind, pattern[i:end]))
            elif middle_start is None:
                middle_start = i
            i = end
        elif c == "|":
            return None
        else:
            if middle_start is None:
                middle_start = i
            i += 1
    if middle_start is not None:
        parts.append(("middle", pattern[middle_start:]))
    kinds = "".join(k[0] for k, _ in parts)  # b, m, a
    if not re.fullmatch("b*ma*", kinds):
        return None
    middle = next(t for k, t in parts if k == "middle")
    if core_of(middle) != middle:
        # a look-around inside, or a possessive quantifier (the core's match, with it greedy,
        # need not be the pattern's)
        return None
    behinds = [(t.startswith("(?<!"), _lookbehind_width(t[4:-1]), t[4:-1]) for k, t in parts if k == "behind"]
    aheads = [(t.startswith("(?!"), t[3:-1]) for k, t in parts if k == "ahead"]
    return behinds, aheads


class Spec(TypedDict):
    """A pattern as the native scanner takes it (see ``native/corridor_native.pyi``)."""

    pattern: str
    core: str
    group: int
    behind: int
    guard: str
    edges: tuple[list[tuple[bool, int, str]], list[tuple[bool, str]]] | None
    min_digits: int


def translate(pattern: re.Pattern[str], group: int = 0, min_digits: int = 0) -> Spec:
    """What the native scanner takes of a pattern, in Rust syntax: the pattern (possessive
    quantifiers are fancy-regex's syntax too); its core (:func:`core_of`); its widest
    look-behind, in characters; the class of a one-character negative look-behind at its start,
    or an empty string; and, when the pattern
    is look-behinds, a middle and look-aheads, those look-arounds on their own. ``min_digits``:
    the fewest digits a match holds in one run (``Recognizer.min_digits``), which lets the
    scanner skip the pattern on a text whose longest run is shorter."""
    if pattern.flags & ~_FLAGS_KNOWN:
        raise TranslationError("only re.IGNORECASE is translated")
    ignorecase = bool(pattern.flags & re.IGNORECASE)
    text = pattern.pattern
    widest, guard = _behind(text)
    edges = _edges(text)
    return {
        "pattern": to_rust(text, ignorecase),
        "core": to_rust(core_of(text), ignorecase),
        "group": group,
        "behind": widest,
        "guard": to_rust(guard, ignorecase) if guard else "",
        "edges": None
        if edges is None
        else (
            [(negative, width, to_rust(body, ignorecase)) for negative, width, body in edges[0]],
            [(negative, to_rust(body, ignorecase)) for negative, body in edges[1]],
        ),
        "min_digits": min_digits,
    }


def native_available() -> bool:
    """Whether the extension (``native/``) is installed."""
    return extension is not None


class NativeScanner:
    """Every pattern over each text in one call into the extension.

    A text that cannot be handed over as UTF-8 (a lone surrogate, which JSON input can carry) is
    scanned by ``re`` instead: the answer is the same, only slower.
    """

    name = "native"

    def __init__(self, patterns: Sequence[tuple[re.Pattern[str], int]], min_digits: Sequence[int] = ()) -> None:
        """``min_digits``: per pattern, the fewest digits its match holds in one run (0 if unsaid)."""
        if extension is None:
            raise RuntimeError("the native scanner needs the extension in native/ (make builds it)")
        self._patterns = tuple(patterns)
        floors = list(min_digits) + [0] * (len(self._patterns) - len(min_digits))
        specs = [translate(p, group, floor) for (p, group), floor in zip(self._patterns, floors, strict=True)]
        self._scanner = extension.Scanner(specs, to_rust(r"\d"))

    def scan(self, texts: Sequence[str]) -> list[list[Match]]:
        try:
            return self._scanner.scan(texts)
        except UnicodeEncodeError:
            return [self.scan_one(text) for text in texts]

    def scan_one(self, text: str) -> list[Match]:
        try:
            return self._scanner.scan([text])[0]
        except UnicodeEncodeError:
            return python_scan(self._patterns, text)


def python_scan(patterns: Sequence[tuple[re.Pattern[str], int]], text: str) -> list[Match]:
    """What :class:`NativeScanner` answers, found by ``re`` (every pattern, no shortcut)."""
    out: list[Match] = []
    for index, (pattern, group) in enumerate(patterns):
        for m in pattern.finditer(text):
            if m.group(group) is not None:
                out.append((index, m.start(), m.end(), m.start(group), m.end(group)))
    return out
