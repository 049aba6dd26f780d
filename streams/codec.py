"""Avro codecs: Confluent wire format and Avro single-object encoding.

Every failure to decode is a :class:`DecodeError` with a short reason the runtime puts in the
quarantine headers: ``empty``, ``wrong_magic``, ``truncated``, ``unknown_schema``, ``corrupt``,
``trailing_bytes``. Decoding never raises anything else, whatever the bytes.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fastavro import parse_schema, schemaless_reader, schemaless_writer
from fastavro.schema import fingerprint, to_parsing_canonical_form

from streams.errors import DecodeError, SchemaError
from streams.schemas import JsonSchema

CONFLUENT_MAGIC = 0
SINGLE_OBJECT_MAGIC = b"\xc3\x01"

# schema id -> schema document; the runtime supplies one backed by a registry client
SchemaFetcher = Callable[[int], JsonSchema]


@dataclass(frozen=True)
class Decoded:
    """A decoded record and where its schema came from."""

    record: dict[str, Any]
    schema: JsonSchema
    parsed: Any
    schema_id: int | None = None
    fingerprint: bytes | None = None


def parse(schema: JsonSchema) -> Any:
    """fastavro's parsed form; custom properties (``classification``, ``pii``) are ignored by it."""
    try:
        return parse_schema(schema)
    except Exception as exc:  # fastavro raises several types for bad schemas
        raise SchemaError(f"invalid Avro schema: {type(exc).__name__}") from exc


class SchemaCache:
    """Parsed schemas by registry id, fetched once each through ``fetch``.

    A failed fetch is not cached (the registry may be back later); an unknown id gives
    ``DecodeError('unknown_schema')``.
    """

    def __init__(self, fetch: SchemaFetcher) -> None:
        self._fetch = fetch
        self._by_id: dict[int, tuple[JsonSchema, Any]] = {}

    def get(self, schema_id: int) -> tuple[JsonSchema, Any]:
        hit = self._by_id.get(schema_id)
        if hit is not None:
            return hit
        try:
            schema = self._fetch(schema_id)
        except Exception as exc:
            raise DecodeError("unknown_schema", f"schema id {schema_id}: {type(exc).__name__}") from exc
        hit = (schema, parse(schema))
        self._by_id[schema_id] = hit
        return hit


def _read(payload: bytes, offset: int, parsed: Any) -> dict[str, Any]:
    buf = io.BytesIO(payload)
    buf.seek(offset)
    try:
        record = schemaless_reader(buf, parsed, None)
    except EOFError as exc:
        raise DecodeError("truncated", "payload ends inside the record") from exc
    except Exception as exc:
        raise DecodeError("corrupt", f"Avro decoding failed: {type(exc).__name__}") from exc
    if buf.tell() != len(payload):
        raise DecodeError("trailing_bytes", f"{len(payload) - buf.tell()} bytes after the record")
    if not isinstance(record, dict):
        raise DecodeError("corrupt", "top-level value is not a record")
    return record


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
    return Decoded(_read(payload, 5, parsed), schema, parsed, schema_id=schema_id)


def encode_confluent(record: Mapping[str, Any], schema_id: int, parsed: Any) -> bytes:
    buf = io.BytesIO()
    buf.write(struct.pack(">bI", CONFLUENT_MAGIC, schema_id))
    schemaless_writer(buf, parsed, dict(record))
    return buf.getvalue()


def schema_fingerprint(schema: JsonSchema) -> bytes:
    """CRC-64-AVRO of the parsing canonical form, little-endian, as single-object encoding wants."""
    canonical = to_parsing_canonical_form(parse(schema))
    return bytes.fromhex(fingerprint(canonical, "CRC-64-AVRO"))[::-1]


class FingerprintIndex:
    """Schemas known by fingerprint, for single-object encoded payloads (schemas from ``schemas/``)."""

    def __init__(self, schemas: Mapping[str, JsonSchema] | list[JsonSchema]) -> None:
        values = list(schemas.values()) if isinstance(schemas, Mapping) else list(schemas)
        self._by_fp = {schema_fingerprint(s): (s, parse(s)) for s in values}

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
    return Decoded(_read(payload, 10, parsed), schema, parsed, fingerprint=fp)


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
