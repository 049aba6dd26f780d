"""A core process's batch (run_batch: decoded one by one, sanitized a pipeline at a time, encoded)
gives each record the result it gets alone (_one): good records, records verify stops, poison,
schema drift and records of two topics, interleaved. Registries are stand-ins (pure wiring)."""

from __future__ import annotations

import copy
import time
from typing import Any

from fake_registries import FakeHongKong, FakeShenzhen

from agents.settings import PROJECT_ROOT, Settings
from agents.worker import core_process
from streams import codec
from streams.synthetic import EVENT_KINDS, Synth


def _state() -> core_process._State:
    state = core_process._State(
        Settings(policy_file=PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml", worker_ner=None)
    )
    payments, kyc = state.schemas[EVENT_KINDS["payment"]], state.schemas[EVENT_KINDS["kyc"]]
    drift = copy.deepcopy(payments)
    drift["fields"].insert(1, {"name": "nickname", "type": "string", "default": ""})
    state.sz_registry = FakeShenzhen({1: payments, 2: kyc, 3: drift})
    state.hk_registry = FakeHongKong()
    return state


def _records() -> list[core_process.RawRecord]:
    state = _state()
    synth = Synth(seed=11)
    now = int(time.time() * 1000)
    payments, kyc = state.schemas[EVENT_KINDS["payment"]], state.schemas[EVENT_KINDS["kyc"]]
    drift = state.sz_registry.schemas[3]
    out: list[core_process.RawRecord] = []
    for i in range(36):
        if i % 3 == 2:
            record = {**synth.kyc(), "event_time": now}
            value = codec.encode_confluent(record, 2, codec.parse(kyc))
            topic = EVENT_KINDS["kyc"]
        else:
            record = {**synth.card_payment(), "event_time": now}
            if i % 7 == 1:  # an identifier in the envelope: verify stops it
                record["_meta"]["pipia"]["ref"] = f"PIPIA {synth.ric()}"
            if i % 11 == 4:
                value = codec.encode_confluent({**record, "nickname": "Ah Wai"}, 3, codec.parse(drift))
            else:
                value = codec.encode_confluent(record, 1, codec.parse(payments))
            if i % 13 == 6:
                value = value[: len(value) // 2]  # poison
            topic = EVENT_KINDS["payment"]
        out.append((topic, i % 3, i, now, f"acct-{i}".encode(), value))
    return out


def _view(r: core_process.Result) -> tuple[Any, ...]:
    # ciphertexts carry a random nonce: whether a payload exists, not its bytes
    return (r.action, r.rule, r.matched, r.route, r.findings, r.violation, r.payload is not None, r.key)


def test_a_batch_gives_each_record_the_result_it_gets_alone() -> None:
    records = _records()
    alone_state = _state()
    alone = [_view(core_process._one(alone_state, raw)) for raw in records]
    core_process._STATE = _state()
    try:
        together = [_view(r) for r in core_process.run_batch(records, [])]
    finally:
        core_process._STATE = None
    assert together == alone
    actions = {a[0] for a in alone}
    rules = {a[1] for a in alone}
    assert "transform" in actions and "quarantine" in actions
    assert "defaults.unclassified_field" in rules and any(r.startswith("decode.") for r in rules)


class _Refusing(FakeHongKong):
    """A Hong Kong registry that refuses every new schema (incompatible), or does not answer."""

    def __init__(self, status: int | None) -> None:
        super().__init__()
        self.status = status

    def register_schema(self, subject: str, schema: Any) -> int:
        from confluent_kafka.schema_registry.error import SchemaRegistryError

        if self.status is None:
            raise TimeoutError("no answer")
        raise SchemaRegistryError(self.status, 40901, "Schema being registered is incompatible")


def test_a_sanitized_schema_hong_kong_refuses_is_kept_in_quarantine_as_schema_drift_not_dropped() -> None:
    state = _state()
    state.hk_registry = _Refusing(409)
    results = [core_process._one(state, raw) for raw in _records()]
    refused = [r for r in results if r.rule == "hk_registry.rejected"]
    assert refused, "no record needed a new sanitized schema"
    assert all(r.action == "quarantine" and r.payload is None for r in refused)
    assert all(r.violation == "schema_drift" for r in refused)
    assert not [r for r in results if r.payload is not None], "a record crossed without its schema registered"


def test_a_hong_kong_registry_that_does_not_answer_holds_records_back_to_be_tried_again() -> None:
    state = _state()
    state.hk_registry = _Refusing(None)
    results = [core_process._one(state, raw) for raw in _records()]
    held = [r for r in results if r.rule == "hk_registry.unavailable"]
    assert held and all(r.action == "retry" for r in held)
    assert not [r for r in results if r.payload is not None]
