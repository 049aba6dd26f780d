"""Stand-ins for the two schema registry clients, for unit tests of a core process's wiring."""

from __future__ import annotations

import json
from typing import Any


class StoredSchema:
    def __init__(self, text: str) -> None:
        self.schema_str = text


class FakeShenzhen:
    """Writer schemas by id."""

    def __init__(self, schemas: dict[int, Any]) -> None:
        self.schemas = schemas

    def get_schema(self, schema_id: int) -> StoredSchema:
        return StoredSchema(json.dumps(self.schemas[schema_id]))


class FakeHongKong:
    """A registry: an id per distinct schema, every registration in order, subjects BACKWARD."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.calls: list[tuple[str, int]] = []

    def register_schema(self, subject: str, schema: Any) -> int:
        sid = self.ids.setdefault(schema.schema_str, len(self.ids) + 1)
        self.calls.append((subject, sid))
        return sid

    def get_compatibility(self, subject: str) -> str:
        return "BACKWARD"
