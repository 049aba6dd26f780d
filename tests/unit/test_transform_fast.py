"""Fast paths of the transforms against the forms they replace."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr

from streams.transform import HmacSha256, Keyring, mask_value, pseudonym, stable_person_key

_ALNUM = re.compile(r"[^\W_]")


def _reference_mask(value: str, keep_prefix: int, keep_suffix: int) -> str:
    n = len(value)
    if keep_prefix or keep_suffix:
        if len(_ALNUM.findall(value, keep_prefix, max(keep_prefix, n - keep_suffix))) < 4:
            return _ALNUM.sub("*", value)
        return value[:keep_prefix] + _ALNUM.sub("*", value[keep_prefix : n - keep_suffix]) + value[n - keep_suffix :]
    return _ALNUM.sub("*", value)


@given(
    st.one_of(st.text(st.characters(max_codepoint=127)), st.text()),
    st.integers(0, 6),
    st.integers(0, 6),
)
def test_an_ascii_mask_is_the_substitution_it_replaces(value: str, keep_prefix: int, keep_suffix: int) -> None:
    assert mask_value(value, keep_prefix, keep_suffix) == _reference_mask(value, keep_prefix, keep_suffix)


@given(st.binary(max_size=150), st.binary(max_size=200))
def test_hmac_sha256_keyed_once_equals_the_standard_librarys(key: bytes, message: bytes) -> None:
    assert HmacSha256(key).digest(message) == hmac.new(key, message, hashlib.sha256).digest()


@given(st.text(min_size=1, max_size=20), st.sampled_from(["PHONE_NUMBER", "HK_ID", "EMAIL_ADDRESS", "CN_RESIDENT_ID"]))
def test_a_pseudonym_is_the_hmac_of_the_type_and_the_stable_person_key(key: str, entity_type: str) -> None:
    keyring = Keyring(
        hmac_keys={"p1": SecretStr(key)},
        encrypt_keys={"e1": SecretStr("00" * 32)},
        fpe_keys={"f1": (SecretStr("00" * 16), SecretStr("00" * 7))},
        default_hmac="p1",
        default_encrypt="e1",
        default_fpe="f1",
    )
    value = "+86 138 0013 8000"
    mac = hmac.new(key.encode(), f"{entity_type}:{stable_person_key(entity_type, value)}".encode(), hashlib.sha256)
    expected = base64.b32encode(mac.digest()[:16]).decode().rstrip("=").lower()
    assert pseudonym(keyring, entity_type, value) == f"tok_p1_{expected}"
    assert repr(keyring.hmac(None)[1]) == "HmacSha256(<secret>)"
