"""The worker's source consumer fetches with the settings' fetch_min_bytes and fetch_max_wait_ms
(Faust makes it with aiokafka's 1 byte and a wait of its own, neither of them a setting)."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import aiokafka
from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread

from agents.settings import Settings
from agents.worker.app import tune_fetch


def _thread_class() -> Any:
    class Thread:
        made = 0

        def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
            type(self).made += 1
            return aiokafka.AIOKafkaConsumer(bootstrap_servers="127.0.0.1:9", fetch_min_bytes=1, fetch_max_wait_ms=1500)

    return Thread


async def _fetch_values(thread_class: Any) -> tuple[int, int]:
    consumer = thread_class()._create_worker_consumer(None)
    try:
        return consumer._fetch_min_bytes, consumer._fetch_max_wait_ms
    finally:
        await consumer.stop()  # never started: closes its client


def test_the_consumer_is_made_with_the_settings_values() -> None:
    cls = _thread_class()
    tune_fetch(20_000, 75, thread_class=cls)
    assert asyncio.run(_fetch_values(cls)) == (20_000, 75)


def test_tuning_again_replaces_the_values_and_makes_one_consumer() -> None:
    cls = _thread_class()
    tune_fetch(20_000, 75, thread_class=cls)
    tune_fetch(4_096, 10, thread_class=cls)  # not a wrapper around the wrapper
    assert asyncio.run(_fetch_values(cls)) == (4_096, 10)
    assert cls.made == 1


def test_faust_and_aiokafka_still_have_the_places_it_relies_on() -> None:
    # Faust makes the worker's consumer in this method; aiokafka's start() hands these two
    # attributes to its fetcher (a rename would leave Faust's values silently)
    assert callable(AIOKafkaConsumerThread._create_worker_consumer)
    start = inspect.getsource(aiokafka.AIOKafkaConsumer.start)
    assert "fetch_min_bytes=self._fetch_min_bytes" in start
    assert "fetch_max_wait_ms=self._fetch_max_wait_ms" in start


def test_defaults_batch_the_shenzhen_side_more_than_hong_kong() -> None:
    s = Settings()
    assert s.fetch_min_bytes > 1
    assert s.sz_linger_ms >= s.hk_linger_ms
