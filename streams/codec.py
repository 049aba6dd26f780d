"""Avro codecs: Confluent wire format and Avro single-object encoding.

Every failure to decode is a :class:`DecodeError` with a short reason the runtime puts in the
quarantine headers: ``empty``, ``wrong_magic``, ``truncated``, ``unknown_schema``, ``unsafe_schema``,
``too_many_items``, ``corrupt``, ``trailing_bytes``. Decoding never raises anything else, whatever
the bytes and whatever the registry serves; a detail names types and offsets, never a value.

Amplification: a few bytes must not decode into millions of values. A schema whose arrays hold
items that take no bytes (``null``, an empty ``fixed``, a record of such fields: a block count alone
would make any number of them) is refused as ``unsafe_schema``, and so is one nested deeper than
:data:`MAX_SCHEMA_DEPTH` (the decoders recurse); and a record may hold at most ``max_items`` values
below its top level (fields, array items and map entries; :data:`DEFAULT_MAX_ITEMS` unless the
caller says otherwise), else ``too_many_items``. The native reader refuses a block over the budget
before making its items; a record read by fastavro is counted once read (every item then took at
least a byte, so what it made is bounded by the payload's size).
"""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastavro import parse_schema, schemaless_reader, schemaless_writer
from fastavro.schema import expand_schema, fingerprint, to_parsing_canonical_form

from streams.errors import DecodeError, SchemaError
from streams.native import extension
from streams.schemas import JsonSchema

CONFLUENT_MAGIC = 0
SINGLE_OBJECT_MAGIC = b"\xc3\x01"
# values a record may hold below its top level; the runtime passes its own setting
DEFAULT_MAX_ITEMS = 100_000
# mappings and lists nested in a schema document (the event schemas nest 14 deep)
MAX_SCHEMA_DEPTH = 64

# schema id -> schema document; the runtime supplies one backed by a registry client
SchemaFetcher = Callable[[int], JsonSchema]


@dataclass(frozen=True)
class Decoded:
    """A decoded record and where its schema came from. Timestamps are the longs on the wire
    (:func:`reading_form`); dates, decimals and uuids are Python values.

    :param raw: the bytes of each pass-through field (see :class:`Layout`), with its type's key.
    """

    record: dict[str, Any]
    schema: JsonSchema
    parsed: Any
    schema_id: int | None = None
    fingerprint: bytes | None = None
    raw: Mapping[str, tuple[str, bytes]] = field(default_factory=dict)


def parse(schema: JsonSchema) -> Any:
    """fastavro's parsed form; custom properties (``classification``, ``pii``) are ignored by it."""
    try:
        return parse_schema(schema)
    except Exception as exc:  # fastavro raises several types for bad schemas
        raise SchemaError(f"invalid Avro schema: {type(exc).__name__}") from exc


# timestamps are read as the longs Avro stores (epoch milliseconds or microseconds), which is what
# the policy's conditions see anyway: a datetime per timestamp costs a microsecond to make, and as
# much again to turn back. Writing accepts either.
_RAW_LOGICAL_TYPES = frozenset(
    ("timestamp-millis", "timestamp-micros", "local-timestamp-millis", "local-timestamp-micros")
)


def reading_form(schema: Any) -> Any:
    """The schema as the decoder reads it: timestamp logical types dropped, so that they decode to
    the longs on the wire. Everything else (dates, decimals, uuids) is left as it is."""
    if isinstance(schema, list):
        return [reading_form(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("logicalType") in _RAW_LOGICAL_TYPES:
        return {k: v for k, v in schema.items() if k != "logicalType"}
    return {k: reading_form(v) if k in ("type", "fields", "items", "values") else v for k, v in schema.items()}


def schema_depth(doc: Any) -> int:
    """How deeply mappings and lists nest in a schema document (counted without recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            deepest = max(deepest, depth)
            stack.extend((v, depth + 1) for v in value)
    return deepest


def _named_types(schema: Any) -> dict[str, Any]:
    """Every named type a schema document defines, by full and short name (without recursion)."""
    named: dict[str, Any] = {}
    stack = [schema]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            name = value.get("name")
            if isinstance(name, str) and value.get("type") in ("record", "error", "enum", "fixed"):
                named.setdefault(name, value)
                namespace = value.get("namespace")
                if isinstance(namespace, str) and "." not in name:
                    named.setdefault(f"{namespace}.{name}", value)
                named.setdefault(name.rsplit(".", 1)[-1], value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return named


def _takes_no_bytes(schema: Any, named: dict[str, Any], visiting: frozenset[str] = frozenset()) -> bool:
    """Whether a value of ``schema`` can be written in no bytes: null, an empty fixed, a record
    of such fields (a reference is followed once; a union writes its branch index)."""
    if isinstance(schema, str):
        if schema in named and schema not in visiting:
            return _takes_no_bytes(named[schema], named, visiting | {schema})
        return schema == "null"
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "fixed":
        return schema.get("size") == 0
    if kind in ("record", "error"):
        fields = schema.get("fields")
        name = schema.get("name")
        inside = visiting | ({name} if isinstance(name, str) else set())
        return isinstance(fields, list) and all(
            isinstance(f, dict) and _takes_no_bytes(f.get("type"), named, inside) for f in fields
        )
    if isinstance(kind, dict) or kind == "null":  # {"type": "null"} or a schema wrapped once more
        return _takes_no_bytes(kind, named, visiting)
    return False


def _empty_items(schema: Any) -> bool:
    """Whether the schema holds an array whose items take no bytes."""
    named = _named_types(schema)
    stack = [schema]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if value.get("type") == "array" and _takes_no_bytes(value.get("items"), named):
                return True
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False


def check_safe(schema: Any) -> None:
    """Refuse a schema that could make a few bytes decode into unbounded work: nested deeper than
    :data:`MAX_SCHEMA_DEPTH`, or with an array of items that take no bytes (``unsafe_schema``)."""
    depth = schema_depth(schema)
    if depth > MAX_SCHEMA_DEPTH:
        raise DecodeError("unsafe_schema", f"nested {depth} deep, at most {MAX_SCHEMA_DEPTH}")
    try:
        empty = _empty_items(schema)
    except RecursionError:  # a chain of named types too long to follow
        raise DecodeError("unsafe_schema", "named types referring to each other too deeply") from None
    if empty:
        raise DecodeError("unsafe_schema", "an array whose items take no bytes")


def count_items(value: Any, limit: int) -> int:
    """The values below the top of a decoded value (dict entries and list items, nested ones too);
    ``DecodeError('too_many_items')`` past ``limit``."""
    count = 0
    stack = [value]
    while stack:
        v = stack.pop()
        if type(v) is dict:
            count += len(v)
            stack.extend(v.values())
        elif type(v) is list:
            count += len(v)
            stack.extend(v)
        else:
            continue
        if count > limit:
            raise DecodeError("too_many_items", f"more than {limit} values in the record")
    return count


def passthrough_fields(schema: JsonSchema) -> frozenset[str]:
    """Top-level fields classified ``metadata``: read by the policy, never changed by the core."""
    return frozenset(f["name"] for f in schema.get("fields", []) if f.get("classification") == "metadata")


@dataclass(frozen=True)
class _Run:
    fields: tuple[str, ...]
    parsed: Any
    type_key: str | None  # set for a pass-through field: its fully expanded type, as JSON
    native: Any = None  # the extension's AvroReader (reading) or AvroWriter (writing) of the run


def _native_codec(fields: list[dict[str, Any]], reading: bool) -> Any:
    """The extension's reader (``reading``) or writer of a run of fully expanded fields, or None
    when the extension is not installed or the fields hold a type it leaves to fastavro."""
    if extension is None:
        return None
    run = {"type": "record", "name": "corridor.layout.Run", "fields": fields}
    try:
        return extension.AvroReader(reading_form(run)) if reading else extension.AvroWriter(run)
    except ValueError:
        return None


class Layout:
    """A record schema cut into runs of top-level fields, so that pass-through fields travel as
    the bytes they arrived in.

    Avro writes a record as its fields one after the other, so a field whose type is the same in
    the source and the sanitized schema (the ``metadata`` envelope, which the core reads but never
    changes) can be copied from the source payload instead of being encoded again (for the
    payment schema, most of the encoding time). A copy is used only when the field's fully
    expanded type is identical on both sides; otherwise the field is encoded from the record.
    """

    def __init__(self, schema: JsonSchema, passthrough: Collection[str] | None = None, reading: bool = False) -> None:
        """``passthrough``: the fields copied as bytes (default: :func:`passthrough_fields`);
        ``reading``: a layout to decode with, timestamps read as longs (:func:`reading_form`)."""
        expanded = expand_schema(schema) if isinstance(schema, dict) else None
        if not isinstance(expanded, dict) or schema.get("type") != "record":
            raise SchemaError("a layout needs a record schema")
        if passthrough is None:
            passthrough = passthrough_fields(schema)
        named: dict[str, Any] = {}
        runs: list[_Run] = []
        pending: list[dict[str, Any]] = []
        pending_full: list[dict[str, Any]] = []  # the same fields, fully expanded

        def flush() -> None:
            if pending:
                parsed = self._parse(pending, len(runs), named)
                native = _native_codec(pending_full, reading)
                runs.append(_Run(tuple(f["name"] for f in pending), parsed, None, native))
                pending.clear()
                pending_full.clear()

        try:
            fields = schema.get("fields", [])
            parsed_fields = reading_form(fields) if reading else fields
            for f, parsed_f, full in zip(fields, parsed_fields, expanded.get("fields", []), strict=True):
                if f["name"] in passthrough:
                    flush()
                    # the key is the type as written, so a reading layout's keys match a writing one's
                    key = json.dumps(full["type"], sort_keys=True)
                    parsed = self._parse([parsed_f], len(runs), named)
                    runs.append(_Run((f["name"],), parsed, key, _native_codec([full], reading)))
                else:
                    pending.append(parsed_f)
                    pending_full.append(full)
            flush()
        except SchemaError:
            raise
        except Exception as exc:
            raise SchemaError(f"cannot cut the schema into runs: {type(exc).__name__}") from exc
        self._runs = tuple(runs)

    @staticmethod
    def _parse(fields: list[dict[str, Any]], index: int, named: dict[str, Any]) -> Any:
        # named types defined by an earlier run stay known to the later ones
        run = {"type": "record", "name": f"corridor.layout.Run{index}", "fields": fields}
        return parse_schema(run, named_schemas=named)

    def read(
        self, buf: io.BytesIO, payload: bytes, max_items: int = DEFAULT_MAX_ITEMS
    ) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
        """The record from ``buf``'s position on (``buf`` holds ``payload``), left at its end;
        ``DecodeError('too_many_items')`` when it holds more than ``max_items`` values."""
        record: dict[str, Any] = {}
        raw: dict[str, tuple[str, bytes]] = {}
        pos = buf.tell()
        native = type(payload) is bytes
        budget = max_items
        for run in self._runs:
            start = pos
            if native and run.native is not None:
                try:
                    part, pos, used = run.native.read(payload, pos, budget)
                except OverflowError:  # the extension's refusal of a block over the budget
                    raise DecodeError("too_many_items", f"more than {max_items} values in the record") from None
            else:
                buf.seek(pos)
                part = schemaless_reader(buf, run.parsed, None)
                pos = buf.tell()
                used = count_items(part, budget)
            budget -= used
            if not isinstance(part, dict):
                raise DecodeError("corrupt", "a run of fields is not a record")
            record.update(part)
            if run.type_key is not None:
                raw[run.fields[0]] = (run.type_key, payload[start:pos])
        buf.seek(pos)
        return record, raw

    def write(self, buf: io.BytesIO, record: Mapping[str, Any], raw: Mapping[str, tuple[str, bytes]]) -> None:
        for run in self._runs:
            if run.type_key is not None:
                copied = raw.get(run.fields[0])
                if copied is not None and copied[0] == run.type_key:
                    buf.write(copied[1])
                    continue
            if run.native is not None:
                try:
                    buf.write(run.native.write(record))
                    continue
                except TypeError:
                    pass  # a value only fastavro knows how to write
            schemaless_writer(buf, run.parsed, record)


class SchemaCache:
    """Parsed schemas by registry id, fetched once each through ``fetch``.

    A failed fetch is not cached (the registry may be back later); an unknown id gives
    ``DecodeError('unknown_schema')``, a schema the decoders cannot read safely
    ``DecodeError('unsafe_schema')`` (:func:`check_safe`; remembered, a schema id never changes).

    :param max_items: values a record may hold below its top level (the runtime's setting).
    """

    def __init__(self, fetch: SchemaFetcher, max_items: int = DEFAULT_MAX_ITEMS) -> None:
        self._fetch = fetch
        self.max_items = max_items
        self._by_id: dict[int, tuple[JsonSchema, Any]] = {}
        self._layouts: dict[int, Layout | None] = {}
        self._refused: dict[int, DecodeError] = {}

    def get(self, schema_id: int) -> tuple[JsonSchema, Any]:
        hit = self._by_id.get(schema_id)
        if hit is not None:
            return hit
        refused = self._refused.get(schema_id)
        if refused is not None:
            raise DecodeError(refused.reason, f"schema id {schema_id}")
        try:
            schema = self._fetch(schema_id)
        except Exception as exc:
            raise DecodeError("unknown_schema", f"schema id {schema_id}: {type(exc).__name__}") from None
        try:
            check_safe(schema)
            hit = (schema, parse(reading_form(schema)))
            try:
                layout: Layout | None = Layout(schema, reading=True)
            except SchemaError:
                layout = None  # not a record: decoding says so, as for any payload
        except DecodeError as exc:
            self._refused[schema_id] = exc
            raise DecodeError(exc.reason, f"schema id {schema_id}") from None
        except Exception as exc:  # the registry served something fastavro cannot read
            self._refused[schema_id] = DecodeError("unknown_schema")
            raise DecodeError("unknown_schema", f"schema id {schema_id}: {type(exc).__name__}") from None
        self._layouts[schema_id] = layout
        self._by_id[schema_id] = hit
        return hit

    def layout(self, schema_id: int) -> Layout | None:
        """The layout of a schema :meth:`get` has fetched (None for one that is not a record)."""
        return self._layouts.get(schema_id)


def _read(
    payload: bytes, offset: int, parsed: Any, layout: Layout | None = None, max_items: int = DEFAULT_MAX_ITEMS
) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    buf = io.BytesIO(payload)
    buf.seek(offset)
    raw: dict[str, tuple[str, bytes]] = {}
    try:
        if layout is None:
            record = schemaless_reader(buf, parsed, None)
            count_items(record, max_items)
        else:
            record, raw = layout.read(buf, payload, max_items)
    except DecodeError:
        raise
    except EOFError as exc:
        raise DecodeError("truncated", "payload ends inside the record") from exc
    except Exception as exc:
        raise DecodeError("corrupt", f"Avro decoding failed: {type(exc).__name__}") from exc
    if buf.tell() != len(payload):
        raise DecodeError("trailing_bytes", f"{len(payload) - buf.tell()} bytes after the record")
    if not isinstance(record, dict):
        raise DecodeError("corrupt", "top-level value is not a record")
    return record, raw


def decode_confluent(payload: bytes | None, cache: SchemaCache) -> Decoded:
    """Magic byte 0, a 4-byte big-endian schema id, then the Avro binary body."""
    if not payload:
        raise DecodeError("empty", "no bytes")
    if payload[0] != CONFLUENT_MAGIC:
        raise DecodeError("wrong_magic", f"first byte 0x{payload[0]:02x}, expected 0x00")
    if len(payload) < 5:
        raise DecodeError("truncated", f"{len(payload)} bytes, the header needs 5")
    (schema_id,) = struct.unpack(">I", payload[1:5])
    schema, parsed = cache.get(schema_id)
    record, raw = _read(payload, 5, parsed, cache.layout(schema_id), cache.max_items)
    return Decoded(record, schema, parsed, schema_id=schema_id, raw=raw)


def encode_confluent(
    record: Mapping[str, Any],
    schema_id: int,
    parsed: Any,
    layout: Layout | None = None,
    raw: Mapping[str, tuple[str, bytes]] | None = None,
) -> bytes:
    """Magic byte, schema id, Avro body; with a ``layout`` and the source's ``raw`` pass-through
    bytes (:attr:`Decoded.raw`), those fields are copied rather than encoded again."""
    buf = io.BytesIO()
    buf.write(struct.pack(">bI", CONFLUENT_MAGIC, schema_id))
    if layout is None:
        schemaless_writer(buf, parsed, dict(record))
    else:
        layout.write(buf, record, raw or {})
    return buf.getvalue()


def schema_fingerprint(schema: JsonSchema) -> bytes:
    """CRC-64-AVRO of the parsing canonical form, little-endian, as single-object encoding wants."""
    canonical = to_parsing_canonical_form(parse(schema))
    return bytes.fromhex(fingerprint(canonical, "CRC-64-AVRO"))[::-1]


class FingerprintIndex:
    """Schemas known by fingerprint, for single-object encoded payloads (schemas from ``schemas/``).

    :param max_items: values a record may hold below its top level (the runtime's setting).
    """

    def __init__(
        self, schemas: Mapping[str, JsonSchema] | list[JsonSchema], max_items: int = DEFAULT_MAX_ITEMS
    ) -> None:
        values = list(schemas.values()) if isinstance(schemas, Mapping) else list(schemas)
        for s in values:
            try:
                check_safe(s)
            except DecodeError as exc:
                raise SchemaError(f"a schema cannot be decoded safely: {exc}") from None
        self.max_items = max_items
        self._by_fp = {schema_fingerprint(s): (s, parse(reading_form(s))) for s in values}

    def get(self, fp: bytes) -> tuple[JsonSchema, Any]:
        hit = self._by_fp.get(fp)
        if hit is None:
            raise DecodeError("unknown_schema", f"fingerprint {fp.hex()}")
        return hit


def decode_single_object(payload: bytes | None, index: FingerprintIndex) -> Decoded:
    """Marker C3 01, an 8-byte little-endian CRC-64-AVRO fingerprint, then the Avro body."""
    if not payload:
        raise DecodeError("empty", "no bytes")
    if payload[:2] != SINGLE_OBJECT_MAGIC[: len(payload[:2])] or len(payload) < 2:
        raise DecodeError("wrong_magic", f"first bytes 0x{payload[:2].hex()}, expected 0xc301")
    if len(payload) < 10:
        raise DecodeError("truncated", f"{len(payload)} bytes, the header needs 10")
    fp = payload[2:10]
    schema, parsed = index.get(fp)
    record, _raw = _read(payload, 10, parsed, None, index.max_items)
    return Decoded(record, schema, parsed, fingerprint=fp)


def encode_single_object(record: Mapping[str, Any], schema: JsonSchema) -> bytes:
    buf = io.BytesIO()
    buf.write(SINGLE_OBJECT_MAGIC + schema_fingerprint(schema))
    schemaless_writer(buf, parse(schema), dict(record))
    return buf.getvalue()


def decode_any(payload: bytes | None, cache: SchemaCache, index: FingerprintIndex) -> Decoded:
    """Dispatch on the first byte: 0x00 Confluent, 0xC3 single-object; anything else is wrong magic."""
    if payload and payload[0] == 0xC3:
        return decode_single_object(payload, index)
    return decode_confluent(payload, cache)
