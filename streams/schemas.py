"""Avro schema documents: named-type expansion and field classification properties.

Schemas live in ``schemas/`` as JSON documents. A document may refer to a named type defined in
another document (the envelope ``corridor.meta.Envelope``); :func:`expand` inlines the definition at
its first use so the result is a self-contained schema that a registry accepts as it is. Custom
properties (``classification``, ``pii``) are kept: they are how the classifier knows each field.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from streams.errors import SchemaError

JsonSchema = dict[str, Any]

PRIMITIVES = frozenset({"null", "boolean", "int", "long", "float", "double", "bytes", "string"})

CLASSIFICATIONS = frozenset({"public", "internal", "metadata", "pi", "sensitive_pi", "free_text", "auth_secret"})


def fullname(schema: Mapping[str, Any], enclosing_ns: str | None = None) -> str:
    name = str(schema["name"])
    if "." in name:
        return name
    ns = schema.get("namespace", enclosing_ns)
    return f"{ns}.{name}" if ns else name


def expand(schema: JsonSchema, library: Mapping[str, JsonSchema]) -> JsonSchema:
    """Inline every reference to a named type of ``library`` at its first use.

    :param schema: the document to expand (not modified).
    :param library: named types by full name, as loaded from the other documents.
    """
    seen: set[str] = set()

    def walk(node: Any, ns: str | None) -> Any:
        if isinstance(node, str):
            if node in PRIMITIVES:
                return node
            full = node if "." in node else (f"{ns}.{node}" if ns else node)
            if full in seen:
                return full
            if full in library:
                return walk(copy.deepcopy(library[full]), ns)
            raise SchemaError(f"unknown named type {node!r}")
        if isinstance(node, list):
            return [walk(branch, ns) for branch in node]
        if not isinstance(node, dict):
            raise SchemaError(f"not a schema: {type(node).__name__}")
        kind = node.get("type")
        if kind in ("record", "error", "enum", "fixed"):
            full = fullname(node, ns)
            seen.add(full)
            if kind in ("record", "error"):
                inner_ns = full.rsplit(".", 1)[0] if "." in full else None
                node = dict(node)
                node["fields"] = [{**field, "type": walk(field["type"], inner_ns)} for field in node.get("fields", [])]
            return node
        if kind == "array":
            return {**node, "items": walk(node["items"], ns)}
        if kind == "map":
            return {**node, "values": walk(node["values"], ns)}
        if isinstance(kind, (dict, list)) or (isinstance(kind, str) and kind not in PRIMITIVES):
            return {**node, "type": walk(kind, ns)}
        return node

    result = walk(schema, None)
    if not isinstance(result, dict):
        raise SchemaError("a top-level schema must be a record")
    return result


def named_types(documents: Mapping[str, JsonSchema]) -> dict[str, JsonSchema]:
    """Top-level named documents by full name."""
    return {fullname(doc): doc for doc in documents.values() if isinstance(doc, dict) and "name" in doc}


def check_classified(schema: JsonSchema) -> list[str]:
    """Top-level fields without a known ``classification`` property (empty when all are classified)."""
    problems = []
    for field in schema.get("fields", []):
        cls = field.get("classification")
        if cls not in CLASSIFICATIONS:
            problems.append(f"{field['name']}: classification {cls!r}")
    return problems
