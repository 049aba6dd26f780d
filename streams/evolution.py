"""A producer's schema version against the corridor's own: which schema its records are sanitized
with, and which of its fields are schema drift.

Records are decoded with the schema their producer wrote them with (the Shenzhen registry's, by
id), which can be a newer or older version than the corridor's file under ``schemas/``. The file
is authoritative for every field it knows: its classification stands whatever the producer's
version says (a producer cannot declassify a field by re-registering it). Per top-level field:

- known, with the same type: the file's definition;
- known, with another type (``string`` made nullable, a record changed): drift;
- new, declared as personal data or free text (``pi``, ``sensitive_pi``, ``free_text``,
  ``auth_secret``): the producer's definition (an optional field added; it is transformed or
  scanned like the file's fields of that class). Declared ``public``, ``internal`` or
  ``metadata``, it would cross untransformed on the producer's word (a ``long`` mobile number
  declared public is never scanned): drift, until the corridor's file says so;
- new, without one: drift;
- in the file but not in the producer's version: absent from its records, and from the result.

A record whose writer schema has drift is not sanitized at all (the caller quarantines it): a field
nobody classified never crosses, whatever its type.
"""

from __future__ import annotations

from typing import Any

from streams.schemas import PRIMITIVES, JsonSchema, fullname

# what a producer may declare a new field to be without the corridor's file: classes that are
# transformed or scanned, never ones that cross as they came
DECLARABLE = frozenset({"pi", "sensitive_pi", "free_text", "auth_secret"})


def _shape(node: Any, ns: str | None) -> Any:
    """The type with everything but its Avro structure left out (docs, defaults, properties)."""
    if isinstance(node, str):
        if node in PRIMITIVES:
            return node
        return node if "." in node or ns is None else f"{ns}.{node}"
    if isinstance(node, list):
        return ("union", tuple(_shape(branch, ns) for branch in node))
    if not isinstance(node, dict):
        return ("?", repr(node))
    kind = node.get("type")
    if kind in ("record", "error"):
        full = fullname(node, ns)
        inner = full.rsplit(".", 1)[0] if "." in full else None
        return ("record", full, tuple((f.get("name"), _shape(f.get("type"), inner)) for f in node.get("fields", ())))
    if kind == "enum":
        return ("enum", fullname(node, ns), tuple(node.get("symbols", ())))
    if kind == "fixed":
        return ("fixed", fullname(node, ns), node.get("size"))
    if kind == "array":
        return ("array", _shape(node.get("items"), ns))
    if kind == "map":
        return ("map", _shape(node.get("values"), ns))
    if isinstance(kind, str | list | dict) and not (isinstance(kind, str) and kind in PRIMITIVES):
        return _shape(kind, ns)
    return (kind, node.get("logicalType"))


def reconcile(local: JsonSchema, writer: JsonSchema) -> tuple[JsonSchema, list[str]]:
    """The schema to sanitize the writer's records with, and the names of its drifted fields
    (empty when there are none; then the result is ``local`` itself if the two are the same)."""
    ns = fullname(local).rsplit(".", 1)[0] if "." in fullname(local) else None
    wns = fullname(writer).rsplit(".", 1)[0] if "." in fullname(writer) else None
    known = {f["name"]: f for f in local.get("fields", ())}
    fields: list[dict[str, Any]] = []
    drift: list[str] = []
    for f in writer.get("fields", ()):
        name = f.get("name")
        mine = known.get(name)
        if mine is not None:
            if _shape(mine["type"], ns) == _shape(f.get("type"), wns):
                fields.append(mine)
            else:
                drift.append(str(name))
        elif f.get("classification") in DECLARABLE:
            fields.append(f)
        else:
            drift.append(str(name))
    if drift:
        return local, drift
    if [f["name"] for f in fields] == list(known):
        return local, []
    return {**local, "fields": fields}, []
