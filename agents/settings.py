"""Corridor settings: the one module that reads the environment.

Every setting has an environment variable ``CORRIDOR_<NAME>``; nested settings use ``__``
(for example ``CORRIDOR_SZ__BOOTSTRAP``). Secrets are ``SecretStr`` and never printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from agents.keys import KINDS, FpeKey, KeysError, KindKeys, TransformKeys, merge, read_keys_file, with_previous

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ClusterSettings(BaseModel):
    """One Kafka cluster and its Confluent-compatible schema registry."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    name: str
    bootstrap: str
    registry_url: str
    registry_user: str | None = None
    registry_password: SecretStr | None = None
    # confluent-kafka's registry client waits forever by default; a stalled registry must be an
    # error (retried by the client, then raised), never a hung worker or test run
    registry_timeout_s: float = 30.0
    # how the clients authenticate: PLAINTEXT (the local stack), SSL, SASL_PLAINTEXT or SASL_SSL
    security_protocol: str = "PLAINTEXT"
    sasl_mechanism: str | None = None  # SCRAM-SHA-512, SCRAM-SHA-256, PLAIN
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_ca_location: Path | None = None  # a PEM bundle to trust (brokers and registry)

    @model_validator(mode="after")
    def _security_is_complete(self) -> ClusterSettings:
        protocol = self.security_protocol.upper()
        if protocol not in ("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"):
            raise ValueError("security_protocol must be PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL")
        if protocol.startswith("SASL") and not self.sasl_mechanism:
            # librdkafka would default to GSSAPI and Faust to PLAIN: the two clients would disagree
            raise ValueError(f"sasl_mechanism is required with {protocol} (SCRAM-SHA-512, SCRAM-SHA-256, PLAIN)")
        return self

    def cleartext_credentials(self) -> list[str]:
        """Where this cluster's settings would send a password readable on the wire."""
        out = []
        if self.security_protocol.upper() == "SASL_PLAINTEXT" and (self.sasl_mechanism or "").upper() == "PLAIN":
            out.append(f"{self.name}: SASL PLAIN without TLS sends the password in clear (use SASL_SSL)")
        if self.registry_password is not None and self.registry_url.lower().startswith("http://"):
            out.append(f"{self.name}: the registry password would cross plain HTTP (use an https:// registry_url)")
        return out

    def kafka_conf(self) -> dict[str, str | int | float | bool]:
        """librdkafka settings to reach this cluster (bootstrap, TLS, SASL)."""
        conf: dict[str, str | int | float | bool] = {
            "bootstrap.servers": self.bootstrap,
            "security.protocol": self.security_protocol,
        }
        if self.sasl_mechanism:
            conf["sasl.mechanism"] = self.sasl_mechanism
        if self.sasl_username and self.sasl_password is not None:
            conf["sasl.username"] = self.sasl_username
            conf["sasl.password"] = self.sasl_password.get_secret_value()
        if self.ssl_ca_location is not None:
            conf["ssl.ca.location"] = str(self.ssl_ca_location)
        return conf

    def registry_conf(self) -> dict[str, str | float]:
        """Configuration for confluent-kafka's ``SchemaRegistryClient``."""
        conf: dict[str, str | float] = {"url": self.registry_url, "timeout": self.registry_timeout_s}
        if self.registry_user and self.registry_password is not None:
            conf["basic.auth.user.info"] = f"{self.registry_user}:{self.registry_password.get_secret_value()}"
        if self.ssl_ca_location is not None:
            conf["ssl.ca.location"] = str(self.ssl_ca_location)
        return conf


_CLUSTER_DEFAULTS: dict[str, dict[str, str]] = {
    "sz": {"name": "sz", "bootstrap": "127.0.0.1:19092", "registry_url": "http://127.0.0.1:18081/apis/ccompat/v7"},
    "hk": {"name": "hk", "bootstrap": "127.0.0.1:29092", "registry_url": "http://127.0.0.1:28081/apis/ccompat/v7"},
}


class FpeKeySettings(BaseModel):
    """An FF3-1 key and its 56-bit tweak, both hex (an older fpe key kept after a rotation)."""

    model_config = ConfigDict(frozen=True, hide_input_in_errors=True)

    key: SecretStr
    tweak: SecretStr


# the settings whose defaults are the built-in development keys, by kind
_DEV_KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "hmac": ("hmac_key",),
    "encrypt": ("encrypt_key",),
    "fpe": ("fpe_key", "fpe_tweak"),
}
# the settings that give each kind's keys in the environment
_KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "hmac": ("hmac_key", "hmac_key_id", "hmac_previous_keys"),
    "encrypt": ("encrypt_key", "encrypt_key_id", "encrypt_previous_keys"),
    "fpe": ("fpe_key", "fpe_tweak", "fpe_key_id", "fpe_previous_keys"),
}


class Settings(BaseSettings):
    """Runtime settings; see README "Configuration" for the table of variables."""

    # a setting of the wrong type must not have its value (a key, a password) quoted in the error
    model_config = SettingsConfigDict(
        env_prefix="CORRIDOR_", env_nested_delimiter="__", frozen=True, extra="ignore", hide_input_in_errors=True
    )

    sz: ClusterSettings = ClusterSettings.model_validate(_CLUSTER_DEFAULTS["sz"])
    hk: ClusterSettings = ClusterSettings.model_validate(_CLUSTER_DEFAULTS["hk"])
    run_dir: Path = Field(default=PROJECT_ROOT / ".run", description="pids, data and logs of the local stack")
    cache_dir: Path = Field(
        default=Path.home() / ".cache" / "gba-corridor", description="resolved jars, outside the repo"
    )
    java: str = Field(default="java", description="java for Kafka (17+)")
    registry_java: str | None = Field(
        default=None, description="java 21+ for Apicurio Registry; found under /usr/lib/jvm when unset"
    )
    jvm_dir: Path = Field(default=Path("/usr/lib/jvm"), description="where to look for a Java 21+")
    mvn: str = "mvn"
    maven_settings: Path | None = Field(default=None, description="a Maven settings.xml (mirrors, proxies)")
    kafka_heap: str = "512m"
    registry_heap: str = "384m"
    start_timeout_s: float = 120.0

    schemas_dir: Path = PROJECT_ROOT / "schemas"
    policy_file: Path = PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml"

    # Keys of the transforms (README "Keys"): per kind, the default id (new values) and its key,
    # older keys by id beside it (JSON in the environment), or all of them from a keys file
    hmac_key_id: str = "pseudonym-2026"
    hmac_key: SecretStr = SecretStr("corridor-dev-only-pseudonym-key-change-me")
    hmac_previous_keys: dict[str, SecretStr] = Field(
        default_factory=dict, description="older pseudonym keys by id: verified, never used for new values"
    )
    fpe_key_id: str = "fpe-2026"
    fpe_key: SecretStr = SecretStr("00112233445566778899aabbccddeeff")
    fpe_tweak: SecretStr = SecretStr("a1b2c3d4e5f607")
    fpe_previous_keys: dict[str, FpeKeySettings] = Field(default_factory=dict, description="older FF3-1 keys by id")
    encrypt_key_id: str = "aead-2026"
    encrypt_key: SecretStr = SecretStr("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
    encrypt_previous_keys: dict[str, SecretStr] = Field(
        default_factory=dict, description="older AES-GCM keys by id: decrypt, never encrypt"
    )
    keys_file: Path | None = Field(default=None, description="a YAML file of keys by kind and id (mode 600 or 640)")
    quota_key_id: str | None = Field(
        default=None, description="the hmac key id naming subjects in the quota store (default: the default id)"
    )

    # The worker (`corridor worker`)
    metrics_host: str = Field(default="127.0.0.1", description="where /metrics listens (the worker's web port)")
    metrics_port: int = 9464
    log_level: str = "INFO"
    worker_id: str = Field(default="corridor", description="the Faust app id: consumer group and table names")
    worker_processes: int = Field(default=0, ge=0, description="core processes; 0 means one per CPU core")
    worker_ner: str | None = Field(default=None, description="English NER model for the core ('auto', a name)")
    # a team's own Presidio recognizers (streams/detect/custom.py), run by the detector everywhere:
    # module:Class paths (a PatternRecognizer or EntityRecognizer subclass; JSON list in the
    # environment) and a Presidio YAML recognizer configuration (patterns, context, deny lists)
    recognizers: list[str] = Field(default_factory=list, description="custom recognizers, as module:Class paths")
    recognizers_yaml: Path | None = Field(default=None, description="a Presidio YAML recognizer configuration")
    max_in_flight: int = Field(default=2000, ge=1, description="records read but not yet finished, per partition")
    replication_factor: int = Field(
        default=1, ge=1, description="replication of the topics the worker creates (1 on the local one-broker stack)"
    )
    max_items: int = Field(default=100_000, ge=1, description="values one decoded record may hold (amplification)")
    batch_size: int = Field(default=200, ge=1, description="records per batch sent to a core process")
    max_record_bytes: int = Field(
        default=1_048_576, ge=1024, description="a larger source record is quarantined undecoded (decode.too_large)"
    )
    batch_linger_ms: float = Field(
        default=10.0, ge=0, description="how long a partial batch waits for more while its core process is idle"
    )
    hk_linger_ms: int = Field(default=5, ge=0, description="Hong Kong producer linger.ms")
    # the Shenzhen outputs (audit, quarantine, retained) hold up only the commit, never a record's
    # way to Hong Kong: they wait longer to batch (each produce request costs the broker CPU)
    sz_linger_ms: int = Field(
        default=100, ge=0, description="Shenzhen producer linger.ms (audit, quarantine, retained)"
    )
    # Faust's consumer asks for 1 byte (an answer as soon as anything arrives): at a steady rate
    # each fetch then brings a few records, and every fetch costs the Shenzhen broker CPU
    fetch_min_bytes: int = Field(default=16_384, ge=1, description="a source fetch waits for this many bytes...")
    fetch_max_wait_ms: int = Field(default=50, ge=0, description="...or this long")
    drain_timeout_s: float = Field(default=30.0, gt=0, description="SIGTERM: how long in-flight records may drain")
    commit_interval_s: float = Field(
        default=1.0, gt=0, description="how often the finished offsets are committed to Shenzhen"
    )
    session_timeout_s: float = Field(
        default=30.0, ge=6, le=300, description="how long a silent worker keeps its partitions (a crash: the takeover)"
    )
    connect_check_s: float = Field(
        default=15.0, gt=0, description="start-up: how long each cluster and registry has to accept the worker"
    )
    retry_backoff_s: float = Field(default=1.0, gt=0, description="wait before a held-back record is tried again")
    sz_registry_wait_s: float = Field(
        default=300.0,
        ge=0,
        description="how long a record waits for an unreachable Shenzhen registry, then quarantine",
    )
    demo_mode: bool = Field(default=False, description="allow the built-in development keys (demo and tests)")
    demo_seconds: float = Field(default=60.0, gt=0, description="how long `make demo` produces its stream")
    demo_rate: float = Field(default=300.0, gt=0, description="records per second the demo produces")

    def transform_keys(self) -> TransformKeys:
        """Every transform key by kind and id, checked (:mod:`agents.keys`): a kind the keys file
        gives comes from it, the others from their ``CORRIDOR_<KIND>_*`` settings.

        :raises KeysError: one line naming the setting, never a key.
        """
        from_file = read_keys_file(self.keys_file) if self.keys_file is not None else {}
        kinds: dict[str, KindKeys] = {}
        for kind in KINDS:
            if kind in from_file:
                clash = sorted(f"CORRIDOR_{n.upper()}" for n in _KIND_FIELDS[kind] if n in self.model_fields_set)
                if clash:
                    raise KeysError(f"{', '.join(clash)} and CORRIDOR_KEYS_FILE both give {kind} keys; use one")
                kinds[kind] = from_file[kind]
            elif kind == "fpe":
                previous_fpe = {k: (v.key, v.tweak) for k, v in self.fpe_previous_keys.items()}
                given = (self.fpe_key, self.fpe_tweak)
                kinds[kind] = with_previous(kind, self.fpe_key_id, given, previous_fpe)
            else:
                key, previous = getattr(self, f"{kind}_key"), getattr(self, f"{kind}_previous_keys")
                default = getattr(self, f"{kind}_key_id")
                kinds[kind] = with_previous(kind, default, key, previous)
        keys = merge(kinds)
        if self.quota_key_id is not None and self.quota_key_id not in keys.hmac:
            raise KeysError("CORRIDOR_QUOTA_KEY_ID names no hmac key id")
        return keys

    def key_problems(self) -> list[str]:
        """Why the transform keys are not fit for real data (names of settings, never values):
        keys that cannot be used (:meth:`transform_keys`), or a built-in development key."""
        try:
            keys = self.transform_keys()
        except KeysError as exc:
            return [str(exc)]
        problems = []
        in_file = set(read_keys_file(self.keys_file)) if self.keys_file is not None else set()
        for kind in KINDS:
            ring: Mapping[str, SecretStr | FpeKey] = getattr(keys, kind)
            held = {s.get_secret_value() for v in ring.values() for s in (v if isinstance(v, tuple) else (v,))}
            for name in _DEV_KEY_FIELDS[kind]:
                default = type(self).model_fields[name].default
                if not isinstance(default, SecretStr) or default.get_secret_value() not in held:
                    continue
                if kind in in_file:
                    problems.append(f"CORRIDOR_KEYS_FILE holds the built-in development {kind} key")
                else:
                    problems.append(f"CORRIDOR_{name.upper()} is the built-in development key")
        return problems

    @model_validator(mode="before")
    @classmethod
    def _cluster_defaults(cls, data: Any) -> Any:
        """``CORRIDOR_SZ__BOOTSTRAP`` alone changes the bootstrap and keeps the other defaults
        (pydantic-settings would otherwise replace the whole cluster with what it read)."""
        if isinstance(data, dict):
            for name, defaults in _CLUSTER_DEFAULTS.items():
                given = data.get(name)
                if isinstance(given, dict):
                    data = {**data, name: {**defaults, **given}}
        return data


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
