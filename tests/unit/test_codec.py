"""Codecs: round trips, typed errors, and random bytes that never raise anything else."""

from __future__ import annotations

import contextlib
import datetime
import decimal
import functools
import struct
from collections.abc import Callable
from typing import Any

import pytest
from confluent_kafka.schema_registry import Schema, SchemaRegistryClient
from hypothesis import given, settings
from hypothesis import strategies as st

from agents.engines import keyring
from agents.schema_files import event_schemas
from agents.settings import Settings
from streams import codec
from streams.detect.engine import Detector
from streams.errors import DecodeError, SchemaError
from streams.sanitize import Sanitizer
from streams.synthetic import Synth

SCHEMAS = event_schemas(Settings().schemas_dir)
PAYMENT = SCHEMAS["sz.payments.v1"]


def _cache() -> codec.SchemaCache:
    return codec.SchemaCache(lambda sid: PAYMENT if sid == 7 else (_ for _ in ()).throw(KeyError(sid)))


def test_when_a_record_is_encoded_then_both_formats_decode_it() -> None:
    record = Synth(seed=1).card_payment()
    parsed = codec.parse(PAYMENT)
    wire = codec.encode_confluent(record, 7, parsed)
    assert wire[0] == 0 and struct.unpack(">I", wire[1:5]) == (7,)
    decoded = codec.decode_any(wire, _cache(), codec.FingerprintIndex(SCHEMAS))
    assert decoded.record["card_number"] == record["card_number"] and decoded.schema_id == 7
    single = codec.encode_single_object(record, PAYMENT)
    assert single[:2] == b"\xc3\x01"
    back = codec.decode_any(single, _cache(), codec.FingerprintIndex(SCHEMAS))
    assert back.record["event_id"] == record["event_id"] and back.fingerprint == single[2:10]


def test_timestamps_decode_as_the_epoch_milliseconds_on_the_wire_and_encode_back_alike() -> None:
    record = Synth(seed=3).card_payment()
    sent = record["event_time"]  # epoch ms; written as a datetime here, which encoding accepts too
    record["event_time"] = datetime.datetime.fromtimestamp(sent / 1000, tz=datetime.UTC)
    parsed = codec.parse(PAYMENT)
    wire = codec.encode_confluent(record, 7, parsed)
    cache = _cache()
    for decoded in (
        codec.decode_confluent(wire, cache),
        codec.decode_any(codec.encode_single_object(record, PAYMENT), cache, codec.FingerprintIndex(SCHEMAS)),
    ):
        millis = decoded.record["event_time"]
        assert type(millis) is int and millis == sent
        completed = decoded.record["_meta"]["pipia"]["completed_at"]
        assert completed is None or type(completed) is int
        # what was read is written back byte for byte, through a layout as without one
        assert codec.encode_confluent(decoded.record, 7, parsed) == wire
        layout = codec.Layout(PAYMENT)
        assert codec.encode_confluent(decoded.record, 7, parsed, layout, decoded.raw) == wire


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty"),
        (None, "empty"),
        (b"\x01\x00\x00\x00\x07abc", "wrong_magic"),
        (b"\x00\x00\x00", "truncated"),
        (b"\x00\x00\x00\x00\x09\x02", "unknown_schema"),
        (b"\x00\x00\x00\x00\x07", "truncated"),
        (b"\xc3\x01\x00\x01\x02\x03\x04\x05\x06\x07\x02", "unknown_schema"),
        (b"\xc3\x01\x00", "truncated"),
    ],
)
def test_when_bytes_are_bad_then_the_error_is_typed_with_a_reason(payload: bytes | None, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        codec.decode_any(payload, _cache(), codec.FingerprintIndex(SCHEMAS))
    assert info.value.reason == reason
    assert isinstance(info.value, ValueError)


def test_when_a_valid_record_has_trailing_bytes_then_it_is_rejected() -> None:
    wire = codec.encode_confluent(Synth(seed=2).card_payment(), 7, codec.parse(PAYMENT)) + b"\x00"
    with pytest.raises(DecodeError, match="trailing_bytes"):
        codec.decode_confluent(wire, _cache())


def test_when_a_record_is_cut_short_then_it_is_truncated_not_a_crash() -> None:
    wire = codec.encode_confluent(Synth(seed=2).card_payment(), 7, codec.parse(PAYMENT))
    for cut in range(5, len(wire), 7):
        with pytest.raises(DecodeError):
            codec.decode_confluent(wire[:cut], _cache())


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_when_random_bytes_are_decoded_then_only_decode_error_is_raised(payload: bytes) -> None:
    with contextlib.suppress(DecodeError):
        codec.decode_any(payload, _cache(), codec.FingerprintIndex(SCHEMAS))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_when_random_bodies_follow_a_known_header_then_only_decode_error_is_raised(body: bytes) -> None:
    for header in (b"\x00\x00\x00\x00\x07", b"\xc3\x01" + codec.schema_fingerprint(PAYMENT)):
        with contextlib.suppress(DecodeError):
            codec.decode_any(header + body, _cache(), codec.FingerprintIndex(SCHEMAS))


def test_when_the_schema_comes_from_a_registry_client_then_it_is_fetched_once() -> None:
    client = SchemaRegistryClient.new_client({"url": "mock://codec-test"})
    import json

    sid = client.register_schema("sz.payments.v1-value", Schema(json.dumps(PAYMENT), "AVRO"))
    calls: list[int] = []

    def fetch(schema_id: int) -> Any:
        calls.append(schema_id)
        return json.loads(str(client.get_schema(schema_id).schema_str))

    cache = codec.SchemaCache(fetch)
    wire = codec.encode_confluent(Synth(seed=5).card_payment(), sid, codec.parse(PAYMENT))
    for _ in range(3):
        assert codec.decode_confluent(wire, cache).record["_meta"]["origin"]["city"] == "CN-GD-SZ"
    assert calls == [sid]


def test_when_the_envelope_passes_through_then_the_bytes_equal_a_fresh_encoding() -> None:
    from agents.engines import build_detector, keyring
    from streams.sanitize import Sanitizer

    synth = Synth(seed=11)
    makers = {"sz.payments.v1": synth.card_payment, "sz.remittances.v1": synth.remittance, "sz.kyc.v1": synth.kyc}
    for name, make in makers.items():
        schema = SCHEMAS[name]
        cache = codec.SchemaCache(lambda _sid, s=schema: s)  # type: ignore[misc]
        sanitizer = Sanitizer(schema, build_detector(ner=None), keyring(Settings()))
        target = sanitizer.sanitized_schema()
        parsed = codec.parse(target)
        layout = codec.Layout(target)
        for _ in range(40):
            decoded = codec.decode_confluent(codec.encode_confluent(make(), 3, codec.parse(schema)), cache)
            assert set(decoded.raw) == {"_meta"}
            out = sanitizer.sanitize(decoded.record).record
            spliced = codec.encode_confluent(out, 9, parsed, layout, decoded.raw)
            assert spliced == codec.encode_confluent(out, 9, parsed)


def test_when_the_target_changes_the_envelope_type_then_it_is_encoded_not_copied() -> None:
    import copy

    target = copy.deepcopy(PAYMENT)
    meta = next(f for f in target["fields"] if f["name"] == "_meta")
    meta["type"]["fields"].append({"name": "added", "type": "long", "default": 5})
    layout = codec.Layout(target)
    decoded = codec.decode_confluent(
        codec.encode_confluent(Synth(seed=3).card_payment(), 7, codec.parse(PAYMENT)), _cache()
    )
    record = dict(decoded.record, _meta={**decoded.record["_meta"], "added": 42})
    wire = codec.encode_confluent(record, 8, codec.parse(target), layout, decoded.raw)
    back = codec.decode_confluent(wire, codec.SchemaCache(lambda _sid: target)).record
    assert back["_meta"]["added"] == 42 and back["_meta"]["origin"] == decoded.record["_meta"]["origin"]


@pytest.mark.parametrize(
    ("served", "reason"),
    [({"type": "string"}, "corrupt"), ({"type": "record", "name": "R", "fields": [{"name": "a"}]}, "unknown_schema")],
)
def test_when_the_registry_serves_a_schema_that_is_not_a_readable_record_then_decoding_says_so(
    served: dict[str, Any], reason: str
) -> None:
    wire = b"\x00\x00\x00\x00\x05" + b"\x06abc"
    with pytest.raises(DecodeError) as err:
        codec.decode_confluent(wire, codec.SchemaCache(lambda _sid: served))
    assert err.value.reason == reason


KINDS = {"sz.payments.v1": "payment", "sz.kyc.v1": "kyc", "sz.remittances.v1": "remittance"}


def _fastavro(payload: bytes, schema: dict[str, Any]) -> dict[str, Any]:
    """The record as fastavro alone reads it (whole schema, reading form, no layout)."""
    record, _raw = codec._read(payload, 5, codec.parse(codec.reading_form(schema)))
    return record


@pytest.mark.parametrize("topic", sorted(KINDS))
def test_the_native_reader_reads_what_fastavro_reads(topic: str) -> None:
    schema = SCHEMAS[topic]
    cache = codec.SchemaCache(lambda _sid: schema)
    parsed = codec.parse(schema)
    synth = Synth(seed=11)
    for _ in range(200):
        wire = codec.encode_confluent(synth.event(KINDS[topic]), 1, parsed)
        decoded = codec.decode_confluent(wire, cache)
        assert decoded.record == _fastavro(wire, schema)
        # the pass-through bytes are the envelope's own: encoding them back gives the payload
        assert codec.encode_confluent(decoded.record, 1, parsed, codec.Layout(schema), decoded.raw) == wire
    layout = cache.layout(1)
    assert layout is not None and all(run.native is not None for run in layout._runs)  # none fell back


def test_a_schema_the_native_reader_does_not_know_stays_with_fastavro() -> None:
    schema = {
        "type": "record",
        "name": "Priced",
        "fields": [
            {"name": "id", "type": "string"},
            {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}},
        ],
    }
    layout = codec.Layout(schema, reading=True)
    assert [run.native for run in layout._runs] == [None]
    wire = codec.encode_confluent({"id": "x", "amount": decimal.Decimal("12.34")}, 1, codec.parse(schema))
    assert codec.decode_confluent(wire, codec.SchemaCache(lambda _sid: schema)).record["amount"] == decimal.Decimal(
        "12.34"
    )


_PAYMENT_WIRE = codec.encode_confluent(Synth(seed=12).card_payment(), 1, codec.parse(PAYMENT))


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_where_the_native_reader_reads_damaged_bytes_fastavro_reads_the_same(data: st.DataObject) -> None:
    # a real payload with bytes changed, cut or added: the native reader either refuses it with a
    # typed error, or reads what fastavro reads (it may refuse more: it is stricter)
    wire = bytearray(_PAYMENT_WIRE)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(5, len(wire) - 1))
        wire[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(5, len(wire)))
    payload = bytes(wire[:cut]) + data.draw(st.binary(max_size=3))
    try:
        native = codec.decode_confluent(payload, codec.SchemaCache(lambda _sid: PAYMENT)).record
    except DecodeError:
        return
    assert native == _fastavro(payload, PAYMENT)


@pytest.mark.parametrize("topic", sorted(KINDS))
def test_the_native_writer_writes_what_fastavro_writes(topic: str) -> None:
    # sanitized records of each schema: retyped fields, tokens, nulls where a field was dropped
    schema = SCHEMAS[topic]
    sanitizer = Sanitizer(schema, Detector(), keyring(Settings()))
    target = sanitizer.sanitized_schema()
    parsed, layout = codec.parse(target), codec.Layout(target)
    assert all(run.native is not None for run in layout._runs)  # none left to fastavro
    synth = Synth(seed=13)
    for _ in range(100):
        out = sanitizer.sanitize(synth.event(KINDS[topic])).record
        native = codec.encode_confluent(out, 2, parsed, layout, {})
        assert native == codec.encode_confluent(out, 2, parsed)  # fastavro alone


@pytest.mark.parametrize(
    "change",
    [
        {"event_time": datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC)},  # a datetime for a timestamp
        {"amount_minor": True},  # a bool for a long
        {"device_ip": "x" * 3},  # (a plain value: written natively, for contrast)
    ],
)
def test_a_value_only_fastavro_knows_how_to_write_is_written_by_fastavro(change: dict[str, Any]) -> None:
    record = {**Synth(seed=14).card_payment(), **change}
    parsed, layout = codec.parse(PAYMENT), codec.Layout(PAYMENT)
    assert codec.encode_confluent(record, 2, parsed, layout, {}) == codec.encode_confluent(record, 2, parsed)
    first = layout._runs[0]
    if "device_ip" in change:
        first.native.write(record)
    else:
        with pytest.raises(TypeError):
            first.native.write(record)


# -- errors stay DecodeErrors whatever the registry serves; no amplification ----------------------


def _long(n: int) -> bytes:
    """Avro's zig-zag varint."""
    z = (n << 1) ^ (n >> 63) if -(2**63) <= n < 2**63 else 0
    out = bytearray()
    while z >= 0x80:
        out.append((z & 0x7F) | 0x80)
        z >>= 7
    out.append(z)
    return bytes(out)


def _confluent(body: bytes, schema_id: int = 1) -> bytes:
    return struct.pack(">bI", 0, schema_id) + body


def _record(*fields: tuple[str, Any]) -> dict[str, Any]:
    return {"type": "record", "name": "Top", "fields": [{"name": n, "type": t} for n, t in fields]}


def _nest(depth: int, kind: str) -> Any:
    """A schema ``depth`` levels deep, built without recursion."""
    schema: Any = "long"
    for n in range(depth):
        if kind == "array":
            schema = {"type": "array", "items": schema}
        elif kind == "map":
            schema = {"type": "map", "values": schema}
        elif kind == "union":
            schema = ["null", schema]
        elif kind == "wrapped":
            schema = {"type": schema}
        else:
            schema = {"type": "record", "name": f"R{n}", "fields": [{"name": "x", "type": schema}]}
    return schema


@pytest.mark.parametrize("kind", ["array", "map", "union", "wrapped", "record"])
@pytest.mark.parametrize("depth", [70, 400, 5_000, 100_000])
def test_a_schema_nested_too_deep_is_refused_as_unsafe_not_raised(kind: str, depth: int) -> None:
    schema = _record(("x", _nest(depth, kind)))
    with pytest.raises(DecodeError) as err:
        codec.decode_confluent(_confluent(b"\x00" * 8), codec.SchemaCache(lambda _sid: schema))
    assert err.value.reason == "unsafe_schema"
    with pytest.raises(DecodeError):  # refused again, from memory
        codec.decode_confluent(_confluent(b"\x00" * 8), codec.SchemaCache(lambda _sid: schema))


@pytest.mark.parametrize("kind", ["array", "map", "union", "wrapped", "record"])
def test_the_native_reader_refuses_a_tree_deeper_than_its_stack_allows(kind: str) -> None:
    from streams.native import extension

    if extension is None:
        pytest.skip("no native extension")
    deep = _record(("x", _nest(50_000, kind)))
    with pytest.raises(ValueError):
        extension.AvroReader(deep)  # a native stack overflow would abort the process instead
    with pytest.raises(ValueError):
        extension.AvroWriter(deep)


_EMPTY_ITEMS: list[Any] = [
    "null",
    {"type": "null"},
    {"type": "fixed", "name": "Nothing", "size": 0},
    {"type": "record", "name": "Empty", "fields": []},
    {"type": "record", "name": "Nulls", "fields": [{"name": "a", "type": "null"}, {"name": "b", "type": "null"}]},
    {
        "type": "record",
        "name": "Outer",
        "fields": [{"name": "e", "type": {"type": "record", "name": "Inner", "fields": []}}],
    },
    {"type": {"type": "record", "name": "Wrapped", "fields": []}},
]


@pytest.mark.parametrize("items", _EMPTY_ITEMS)
@pytest.mark.parametrize("where", ["top", "in_map", "in_union", "by_name"])
def test_an_array_of_items_that_take_no_bytes_is_refused(items: Any, where: str) -> None:
    array = {"type": "array", "items": items}
    if where == "in_map":
        schema = _record(("m", {"type": "map", "values": array}))
    elif where == "in_union":
        schema = _record(("u", ["null", array]))
    elif where == "by_name" and isinstance(items, dict) and isinstance(items.get("name"), str):
        # the type is defined by one field and referred to by name in the array of another
        schema = _record(("first", items), ("xs", {"type": "array", "items": items["name"]}))
    else:
        schema = _record(("xs", array))
    # ten bytes that would otherwise decode into two million items
    payload = _confluent(_long(2_000_000) + _long(0) + b"\x00" * 4)
    with pytest.raises(DecodeError) as err:
        codec.decode_confluent(payload, codec.SchemaCache(lambda _sid: schema))
    assert err.value.reason == "unsafe_schema"
    from streams.native import extension

    if extension is not None:
        with pytest.raises(ValueError):
            extension.AvroReader(codec.reading_form(_record(("xs", {"type": "array", "items": items}))))


def _both_paths(field_type: Any) -> dict[str, dict[str, Any]]:
    """One schema the native reader reads, and one it leaves to fastavro (a decimal beside)."""
    decimal_type = {"type": "bytes", "logicalType": "decimal", "precision": 9, "scale": 2}
    return {
        "native": _record(("xs", field_type)),
        "fastavro": _record(("d", decimal_type), ("xs", field_type)),
    }


_DECIMAL_ZERO = _long(0)  # an empty bytes value: the decimal 0 in front, on the fastavro path


@pytest.mark.parametrize("path", ["native", "fastavro"])
@pytest.mark.parametrize("container", ["array", "map"])
@pytest.mark.parametrize(
    "blocks",
    [
        lambda items: _long(2**62),  # a huge count, no items behind it
        lambda items: _long(2**62) + items(0, 6),
        lambda items: _long(-(2**62)) + _long(5) + items(0, 5),  # a negative count, then a block size
        lambda items: _long(-(2**63)) + _long(1),
        lambda items: _long(1_000_000_000) + items(0, 8),
        lambda items: _long(40) + items(0, 40) + _long(-40) + _long(200) + items(40, 40) + _long(0),  # 80 > 60
    ],
)
def test_block_counts_over_the_items_budget_are_refused_by_both_decoders(
    path: str, container: str, blocks: Callable[[Callable[[int, int], bytes]], bytes]
) -> None:
    import time

    field_type = {"type": "array", "items": "long"} if container == "array" else {"type": "map", "values": "long"}
    schema = _both_paths(field_type)[path]
    cache = codec.SchemaCache(lambda _sid: schema, max_items=60)
    head = _DECIMAL_ZERO if path == "fastavro" else b""

    def items(first: int, n: int) -> bytes:  # longs, or entries with distinct three-digit keys
        if container == "array":
            return _long(1) * n
        return b"".join(_long(3) + f"{k:03d}".encode() + _long(1) for k in range(first, first + n))

    start = time.perf_counter()
    with pytest.raises(DecodeError) as err:
        codec.decode_confluent(_confluent(head + blocks(items)), cache)
    assert time.perf_counter() - start < 1.0
    layout = cache.layout(1)
    assert layout is not None and (layout._runs[0].native is not None) == (path == "native")
    # the native reader refuses before reading a block over the budget; fastavro runs out of bytes
    # first, or is refused once it has read more than the budget
    assert err.value.reason in (("too_many_items",) if path == "native" else ("too_many_items", "truncated"))


@pytest.mark.parametrize("path", ["native", "fastavro"])
def test_the_items_budget_counts_every_value_below_the_top_alike_in_both_decoders(path: str) -> None:
    field_type = {"type": "array", "items": {"type": "map", "values": "long"}}
    schema = _both_paths(field_type)[path]
    head = _DECIMAL_ZERO if path == "fastavro" else b""
    # 3 maps of 4 entries: 3 + 12 values, plus the record's own fields (1 or 2)
    body = (
        head
        + _long(3)
        + (_long(4) + b"".join(_long(1) + bytes([0x61 + k]) + _long(k) for k in range(4)) + _long(0)) * 3
    )
    body += _long(0)
    fields = 2 if path == "fastavro" else 1
    exact = 15 + fields
    ok = codec.decode_confluent(_confluent(body), codec.SchemaCache(lambda _sid: schema, max_items=exact))
    assert [sorted(m) for m in ok.record["xs"]] == [["a", "b", "c", "d"]] * 3
    with pytest.raises(DecodeError) as err:
        codec.decode_confluent(_confluent(body), codec.SchemaCache(lambda _sid: schema, max_items=exact - 1))
    assert err.value.reason == "too_many_items"


def test_the_default_items_budget_leaves_the_event_schemas_alone() -> None:
    for topic, schema in SCHEMAS.items():
        wire = codec.encode_confluent(Synth(seed=21).event(KINDS[topic]), 1, codec.parse(schema))
        assert codec.decode_confluent(wire, codec.SchemaCache(functools.partial(_fixed, schema))).record


def _fixed(schema: dict[str, Any], _sid: int) -> dict[str, Any]:
    return schema


_NAMES = st.sampled_from(["A", "B", "C", "ns.A"])
_PRIMS = st.sampled_from(["null", "boolean", "int", "long", "float", "double", "bytes", "string", "A", "nope"])


def _compound(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.lists(inner, max_size=3),
        st.builds(lambda i: {"type": "array", "items": i}, inner),
        st.builds(lambda v: {"type": "map", "values": v}, inner),
        st.builds(
            lambda fs, n: {
                "type": "record",
                "name": n,
                "fields": [{"name": f"f{k}", "type": t} for k, t in enumerate(fs)],
            },
            st.lists(inner, max_size=3),
            _NAMES,
        ),
        st.builds(lambda t: {"type": t}, inner),
        st.builds(lambda n, size: {"type": "fixed", "name": n, "size": size}, _NAMES, st.integers(-1, 3)),
        st.builds(
            lambda n, syms: {"type": "enum", "name": n, "symbols": syms},
            _NAMES,
            st.lists(st.sampled_from("XYZ"), max_size=3),
        ),
        st.builds(
            lambda t, lt: {"type": t, "logicalType": lt},
            inner,
            st.sampled_from(["date", "decimal", "uuid", "timestamp-millis"]),
        ),
        st.dictionaries(st.sampled_from(["type", "items", "values", "fields", "name", "x"]), inner, max_size=3),
    )


_SCHEMA_DOCS = st.one_of(
    st.recursive(st.one_of(_PRIMS, st.integers(), st.none()), _compound, max_leaves=10),
    st.builds(_nest, st.integers(0, 3_000), st.sampled_from(["array", "map", "union", "wrapped", "record"])),
)


@settings(max_examples=300, deadline=None)
@given(
    field_type=_SCHEMA_DOCS,
    wrap=st.booleans(),
    body=st.one_of(
        st.binary(max_size=48),
        st.builds(lambda n, rest: _long(n) + rest, st.integers(-(2**63), 2**63 - 1), st.binary(max_size=16)),
    ),
    max_items=st.integers(0, 200),
)
def test_any_schema_from_the_registry_and_any_bytes_give_a_record_or_a_decode_error(
    field_type: Any, wrap: bool, body: bytes, max_items: int
) -> None:
    schema = _record(("x", field_type)) if wrap else field_type
    cache = codec.SchemaCache(lambda _sid: schema, max_items=max_items)
    with contextlib.suppress(DecodeError):
        decoded = codec.decode_confluent(_confluent(body), cache)
        assert isinstance(decoded.record, dict)
        assert codec.count_items(decoded.record, 10**9) <= max_items
    try:
        index = codec.FingerprintIndex([schema], max_items=max_items)
        fp = codec.schema_fingerprint(schema)
    except SchemaError:
        return
    with contextlib.suppress(DecodeError):
        codec.decode_single_object(b"\xc3\x01" + fp + body, index)
