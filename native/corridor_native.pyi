"""Corridor's recognizer patterns, every one over each text in one call (see native/src/lib.rs)."""

from collections.abc import Sequence

class Scanner:
    """Patterns compiled once, each given as ``(pattern, core, group, behind, guard)`` in the
    syntax of Rust's regex crates: ``core`` is the pattern without its look-arounds; ``behind``
    the widest look-behind, in characters; ``guard`` the character class of a one-character
    negative look-behind that opens the pattern, or an empty string. ``streams.detect.scanner``
    makes them from Python patterns."""

    def __init__(self, patterns: Sequence[tuple[str, str, int, int, str]]) -> None: ...
    def __len__(self) -> int: ...
    def scan(self, texts: Sequence[str]) -> list[list[tuple[int, int, int, int, int]]]:
        """Per text, every match of every pattern as ``(pattern index, start, end, group start,
        group end)`` in code points, by pattern then position, as ``re.finditer`` finds them; a
        match whose group did not take part is left out. Raises ``RuntimeError`` when a pattern
        gives up (its backtracking limit), ``UnicodeEncodeError`` for a text that is not valid
        Unicode (a lone surrogate)."""
