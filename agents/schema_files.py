"""Reading the Avro schema documents of ``schemas/`` (the only file access to schemas)."""

from __future__ import annotations

import json
from pathlib import Path

from streams.schemas import JsonSchema, expand, named_types


def load_documents(directory: Path) -> dict[str, JsonSchema]:
    """Every ``*.avsc`` document of a directory by file name."""
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.avsc"))}


def event_schemas(directory: Path) -> dict[str, JsonSchema]:
    """Self-contained event schemas by source topic (documents that name a ``topic``)."""
    docs = load_documents(directory)
    library = named_types(docs)
    return {str(doc["topic"]): expand(doc, library) for doc in docs.values() if "topic" in doc}


def load_schema_file(path: Path) -> JsonSchema:
    """One document, expanded with the named types of the documents beside it."""
    library = named_types(load_documents(path.parent))
    return expand(json.loads(path.read_text(encoding="utf-8")), library)
