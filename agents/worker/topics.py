"""Topics the worker needs: Shenzhen outputs, and Hong Kong mirrors of the routed sources.

A Hong Kong topic is created with its source's partition count (same partition in, same partition
out) and its source's retention and cleanup settings. An existing Hong Kong topic with fewer
partitions than its source is an error: records of a source partition would have nowhere to go.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

from confluent_kafka import KafkaException
from confluent_kafka.admin import AdminClient, AlterConfigOpType, ConfigEntry, ConfigResource, NewTopic

from agents.settings import ClusterSettings
from streams.errors import ConfigError

MIRRORED_CONFIGS = ("retention.ms", "retention.bytes", "cleanup.policy", "max.message.bytes")


def _admin(cluster: ClusterSettings) -> AdminClient:
    return AdminClient(cluster.kafka_conf())


def _create(admin: AdminClient, topics: list[NewTopic]) -> None:
    if not topics:
        return
    for future in admin.create_topics(topics).values():
        try:
            future.result(timeout=30)
        except KafkaException as exc:
            if "TOPIC_ALREADY_EXISTS" not in str(exc):
                raise
    names = [t.topic for t in topics]
    deadline = time.monotonic() + 30
    while True:  # a created topic answers only once every partition has a leader
        md = admin.list_topics(timeout=10)
        if all(n in md.topics and all(p.leader >= 0 for p in md.topics[n].partitions.values()) for n in names):
            return
        if time.monotonic() > deadline:
            raise KafkaException(f"no leader after 30s for {', '.join(names)}")
        time.sleep(0.2)


def ensure_sz_topics(
    cluster: ClusterSettings,
    topics: Iterable[str],
    partitions: int,
    replication: int = 1,
    max_message_bytes: int | None = None,
) -> None:
    """The worker's own Shenzhen topics; with ``max_message_bytes``, each accepts records that
    large (an existing one with a lower limit is raised to it)."""
    admin = _admin(cluster)
    topics = list(topics)
    existing = set(admin.list_topics(timeout=10).topics)
    config = {"max.message.bytes": str(max_message_bytes)} if max_message_bytes else {}
    new = [
        NewTopic(t, num_partitions=partitions, replication_factor=replication, config=config)
        for t in topics
        if t not in existing
    ]
    _create(admin, new)
    if max_message_bytes:
        low = [t for t, limit in max_message_bytes_of(cluster, topics).items() if limit < max_message_bytes]
        if low:
            resources = [
                ConfigResource(
                    ConfigResource.Type.TOPIC,
                    t,
                    incremental_configs=[
                        ConfigEntry(
                            "max.message.bytes",
                            str(max_message_bytes),
                            incremental_operation=AlterConfigOpType.SET,
                        )
                    ],
                )
                for t in low
            ]
            for future in admin.incremental_alter_configs(resources).values():
                future.result(timeout=30)


def max_message_bytes_of(cluster: ClusterSettings, topics: Iterable[str]) -> dict[str, int]:
    """The largest record each topic accepts (its own setting, or the broker's default)."""
    admin = _admin(cluster)
    resources = [ConfigResource(ConfigResource.Type.TOPIC, t) for t in topics]
    out: dict[str, int] = {}
    for resource, future in admin.describe_configs(resources).items():
        entry = future.result(timeout=30).get("max.message.bytes")
        out[resource.name] = int(entry.value) if entry is not None and entry.value else 1_048_588
    return out


def mirror_topics(
    sz: ClusterSettings,
    hk: ClusterSettings,
    routes: Mapping[str, str],
    default_partitions: int = 3,
    replication: int = 1,
) -> None:
    """Each route's Hong Kong topic, like its source (the source is created when missing)."""
    sz_admin, hk_admin = _admin(sz), _admin(hk)
    sz_md = sz_admin.list_topics(timeout=10).topics
    missing_sources = [s for s in routes if s not in sz_md]
    _create(
        sz_admin,
        [NewTopic(s, num_partitions=default_partitions, replication_factor=replication) for s in missing_sources],
    )
    sz_md = sz_admin.list_topics(timeout=10).topics
    hk_md = hk_admin.list_topics(timeout=10).topics
    configs = _source_configs(sz_admin, list(routes))
    create = []
    for source, target in routes.items():
        partitions = len(sz_md[source].partitions)
        if target in hk_md:
            have = len(hk_md[target].partitions)
            if have < partitions:
                raise ConfigError(
                    f"Hong Kong topic {target} has {have} partitions, its source {source} has {partitions}"
                )
            continue
        create.append(
            NewTopic(target, num_partitions=partitions, replication_factor=replication, config=configs.get(source, {}))
        )
    _create(hk_admin, create)


def _source_configs(admin: AdminClient, topics: list[str]) -> dict[str, dict[str, str]]:
    """The retention and cleanup settings each source topic sets itself (not broker defaults)."""
    out: dict[str, dict[str, str]] = {}
    resources = [ConfigResource(ConfigResource.Type.TOPIC, t) for t in topics]
    for resource, future in admin.describe_configs(resources).items():
        entries = future.result(timeout=30)
        out[resource.name] = {
            name: entry.value
            for name, entry in entries.items()
            if name in MIRRORED_CONFIGS and not entry.is_default and entry.value is not None
        }
    return out
