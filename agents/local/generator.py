"""A steady, mixed stream of generated events to the Shenzhen topics (the demo, the tests, the bench).

Each event is Confluent Avro through the Shenzhen registry, keyed by a personal identifier (the
cardholder's, payer's or customer's identity number: a key is personal data as often as a value).
Every ``poison_every``-th record is poison instead: random bytes, a wrong magic byte, an unknown
schema id, a truncated or a padded Avro body. A few envelopes are varied so the default policy
shows every action (retained, quarantined). For each record the stream notes where it landed
(topic, partition, offset) and the personal values planted in it (structured values and the key),
so a test can look for them in every byte of Hong Kong.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from confluent_kafka import Producer
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from agents import kafka_io
from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.synthetic import EVENT_KINDS, Synth

POISON_KINDS = ("random_bytes", "wrong_magic", "unknown_schema", "truncated", "trailing_bytes")
# structured fields whose values must never reach Hong Kong as they are (the default policy
# pseudonymises, masks, tokenises or drops each of them)
PLANTED_FIELDS = (
    "cardholder_name",
    "card_number",
    "cardholder_id_number",
    "cardholder_phone",
    "cardholder_email",
    "payer_name",
    "payer_id_number",
    "payer_account",
    "payer_phone",
    "payee_account",
    "full_name",
    "id_number",
    "mobile",
    "email",
)
KEY_FIELDS = {"payment": "cardholder_id_number", "remittance": "payer_id_number", "kyc": "id_number"}


@dataclass
class Sent:
    topic: str
    kind: str  # an event kind, or a poison kind
    planted: tuple[str, ...] = ()
    partition: int = -1
    offset: int = -1
    delivered: bool = False


@dataclass
class StreamReport:
    sent: list[Sent] = field(default_factory=list)
    failed: int = 0
    seconds: float = 0.0

    @property
    def delivered(self) -> list[Sent]:
        return [s for s in self.sent if s.delivered]


def vary(event: dict[str, Any], i: int) -> dict[str, Any]:
    """A few envelopes the default policy stops, so every action shows."""
    meta = event["_meta"]
    if i % 97 == 5:
        meta["classification"]["important_data"] = True  # R01: retained in the mainland
    elif i % 89 == 7:
        meta["consent"]["separate_xborder"] = False  # R12: quarantined
        meta["legal_basis"] = "consent"
    return event


def start_group_at_end(settings: Settings, group: str, topics: list[str]) -> None:
    """Commit a new consumer group's offsets at the current end of ``topics``: a worker of that
    group takes only what is produced from now on (the demo's and the tests' own streams)."""
    from confluent_kafka import Consumer

    kafka_io.ensure_topics(settings.sz, topics)
    ends = kafka_io.end_offsets(settings.sz, topics)
    consumer = Consumer({**settings.sz.kafka_conf(), "group.id": group, "enable.auto.commit": False})
    try:
        consumer.commit(offsets=ends, asynchronous=False)
    finally:
        consumer.close()


class MixedStream:
    """Produce ``count`` records (or for ``seconds``) at ``rate`` per second, or as fast as possible."""

    def __init__(self, settings: Settings, seed: int = 7, poison_every: int = 40, contract_party: bool = True) -> None:
        self.settings = settings
        self.synth = Synth(seed=seed)
        self.rng = random.Random(seed)  # noqa: S311 -- test data, not secrets
        self.poison_every = poison_every
        # False: subjects are not party to the contract, so the transfer is not exempt (PIPL Art. 5
        # exemption) and counts toward the yearly quotas
        self.contract_party = contract_party
        self.schemas = event_schemas(settings.schemas_dir)
        self.topics = {kind: topic for kind, topic in EVENT_KINDS.items()}
        kafka_io.ensure_topics(settings.sz, self.topics.values())
        self._registry = kafka_io.registry(settings.sz)
        self._serializers = {
            topic: AvroSerializer(self._registry, json.dumps(self.schemas[topic]), conf={"auto.register.schemas": True})
            for topic in self.topics.values()
        }
        self.stop = threading.Event()
        self.report = StreamReport()  # filled as records are sent: a status line can read it
        self._pool: list[tuple[str, bytes, bytes | None, Sent]] = []  # made ahead (prepare)

    def _record(self, i: int) -> tuple[str, bytes, bytes | None, Sent]:
        kinds = list(self.topics)
        kind = kinds[i % len(kinds)]
        topic = self.topics[kind]
        event = vary(self.synth.event(kind), i)
        if not self.contract_party:
            event["_meta"]["subject"]["is_party_to_contract"] = False
        key_value = event.get(KEY_FIELDS[kind])
        key = str(key_value).encode() if key_value else None
        planted = tuple(
            str(event[f]) for f in PLANTED_FIELDS if isinstance(event.get(f), str) and len(str(event[f])) >= 6
        )
        value = self._serializers[topic](event, SerializationContext(topic, MessageField.VALUE))
        if self.poison_every and i % self.poison_every == self.poison_every - 1:
            poison = POISON_KINDS[(i // self.poison_every) % len(POISON_KINDS)]
            return topic, self._poison(poison, value), key, Sent(topic, poison, planted)
        return topic, value, key, Sent(topic, kind, planted)

    def _poison(self, kind: str, good: bytes) -> bytes:
        if kind == "random_bytes":
            return bytes(self.rng.randrange(256) for _ in range(self.rng.randrange(1, 200)))
        if kind == "wrong_magic":
            return b"\x07" + good[1:]
        if kind == "unknown_schema":
            return b"\x00\x7f\xff\xff\xf0" + good[5:]
        if kind == "truncated":
            return good[: max(6, len(good) // 2)]
        return good + b"\x00\x01\x02"  # trailing bytes

    def prepare(self, n: int) -> None:
        """Make the next ``n`` records now and send them, in turn and round again, from then on.

        A benchmark's load: making a record (the synthetic event, then Avro) costs about a quarter
        of a millisecond of CPU, a quarter of a core at 1,000 records/s, which on a small machine
        the worker being measured would otherwise lose to its own load generator."""
        self._pool = [self._record(i) for i in range(n)]

    def run(
        self,
        count: int | None = None,
        seconds: float | None = None,
        rate: float | None = None,
        on_record: Callable[[], None] | None = None,
        linger_ms: float = 5,
    ) -> StreamReport:
        """Produce as the fintechs' producers do, waiting ``linger_ms`` to batch (librdkafka's
        default, 5 ms); a record's timestamp is taken when it is handed over, so latency measured
        from it includes that wait."""
        report = self.report = StreamReport()
        producer = Producer(
            {
                **self.settings.sz.kafka_conf(),
                "enable.idempotence": True,
                "acks": "all",
                "linger.ms": linger_ms,
                "logger": __import__("logging").getLogger("corridor.librdkafka.generator"),
            }
        )
        # the first record of each topic registers its schema (a registry round trip, seconds on a
        # cold registry): made before the clock starts, so a short timed run is not spent on them
        ahead = {} if self._pool else {i: self._record(i) for i in range(len(self.topics))}
        start = time.monotonic()
        i = 0
        while not self.stop.is_set():
            if count is not None and i >= count:
                break
            if seconds is not None and time.monotonic() - start >= seconds:
                break
            if rate:
                wait = start + i / rate - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
            if self._pool:
                topic, value, key, made = self._pool[i % len(self._pool)]
                sent = Sent(made.topic, made.kind, made.planted)
            else:
                topic, value, key, sent = ahead.pop(i) if i in ahead else self._record(i)
            report.sent.append(sent)

            def delivered(err: Any, msg: Any, sent: Sent = sent) -> None:
                if err is None:
                    sent.partition, sent.offset, sent.delivered = msg.partition(), msg.offset(), True
                else:
                    report.failed += 1

            while True:
                try:
                    producer.produce(topic, value=value, key=key, on_delivery=delivered)
                    break
                except BufferError:
                    producer.poll(0.1)
            producer.poll(0)
            if on_record:
                on_record()
            i += 1
        report.failed += producer.flush(60)
        report.seconds = time.monotonic() - start
        return report

    def close(self) -> None:
        self._registry.close()
