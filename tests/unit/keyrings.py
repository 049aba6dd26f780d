"""The transform keys of the core tests: one keyring, every kind under one id (test values only)."""

from __future__ import annotations

from pydantic import SecretStr

from streams.transform import Keyring

KEYRING = Keyring(
    hmac_keys={"p1": SecretStr("hmac-test-key")},
    encrypt_keys={"e1": SecretStr("11" * 32)},
    fpe_keys={"f1": (SecretStr("00112233445566778899aabbccddeeff"), SecretStr("a1b2c3d4e5f607"))},
    default_hmac="p1",
    default_encrypt="e1",
    default_fpe="f1",
)
