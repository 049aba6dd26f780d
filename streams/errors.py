"""One exception base for the core; every error also inherits the matching standard type.

Messages carry positions and types (offsets, field paths, schema ids), never record values.
"""

from __future__ import annotations


class CorridorError(Exception):
    """Base of every error the corridor raises on purpose."""


class SchemaError(CorridorError, ValueError):
    """A schema document is malformed or refers to an unknown named type."""


class DecodeError(CorridorError, ValueError):
    """Bytes that cannot be decoded into a record; the runtime quarantines them.

    :param reason: a short machine-readable reason (``wrong_magic``, ``truncated``, ...).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        super().__init__(f"{reason}: {detail}" if detail else reason)


class ConfigError(CorridorError, ValueError):
    """Invalid configuration (keys, operators); stops the worker at start-up."""
