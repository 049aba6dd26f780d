"""The transform keys by kind and id, from the environment or a keys file, checked before use.

Three kinds: ``hmac`` (pseudonyms), ``encrypt`` (AES-GCM) and ``fpe`` (FF3-1, a key and a tweak).
Each kind has several key ids and one default, the id new values are made with; the others stay
to verify pseudonyms and decrypt ciphertexts made before a rotation (tokens name their key id).

Every error is one line naming the setting (and the key id, when it is well formed), never a key.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import SecretStr

from streams.errors import ConfigError

KINDS = ("hmac", "encrypt", "fpe")
# a key id is written into tokens (tok_<id>_..., enc:v1:<id>:...), whose shapes verify recognises
KEY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")
MIN_KEY_BYTES = 16  # 128 bits
CIPHER_KEY_BYTES = (16, 24, 32)
TWEAK_BYTES = 7  # FF3-1's 56-bit tweak
# a keys file readable or writable by others, or writable by its group, is refused
UNSAFE_FILE_MODE = stat.S_IRWXO | stat.S_IWGRP

FpeKey = tuple[SecretStr, SecretStr]  # (hex key, hex tweak)


class KeysError(ConfigError):
    """Transform keys that cannot be used; the message names the setting, never a key."""


@dataclass(frozen=True)
class TransformKeys:
    """Every key by kind and id, with each kind's default id (what a ``Keyring`` is made of)."""

    hmac: Mapping[str, SecretStr]
    encrypt: Mapping[str, SecretStr]
    fpe: Mapping[str, FpeKey]
    default_hmac: str
    default_encrypt: str
    default_fpe: str


@dataclass(frozen=True)
class KindKeys:
    """One kind's keys as a source gave them: ``where`` names the setting in messages."""

    kind: str
    default: str
    keys: Mapping[str, SecretStr | FpeKey]
    where: str


def check_kind(given: KindKeys) -> None:
    """Refuse ill-formed ids, a default id without a key, and empty, short or malformed keys."""
    kind, where = given.kind, given.where
    if not given.keys:
        raise KeysError(f"{where} gives no {kind} key")
    if not isinstance(given.default, str) or not KEY_ID.fullmatch(given.default):
        raise KeysError(f"{where}: the default {kind} key id is not 1-64 letters, digits and '-'")
    check_keys(kind, given.keys, where)
    if given.default not in given.keys:
        raise KeysError(f"{where}: the default {kind} key id {given.default!r} has no key")


def check_keys(kind: str, keys: Mapping[str, SecretStr | FpeKey], where: str) -> None:
    """Each id well formed (it is written in tokens) and each key usable: not empty, not shorter
    than 128 bits, hex of a cipher key's length (``encrypt``, ``fpe``), a 56-bit tweak (``fpe``)."""
    for kid, secret in keys.items():
        if not isinstance(kid, str) or not KEY_ID.fullmatch(kid):
            raise KeysError(
                f"{where}: {kind} key ids must be 1-64 letters, digits and '-' (they are written in tokens)"
            )
        what = f"{where}: {kind} key {kid!r}"
        if isinstance(secret, tuple):
            _cipher_key(secret[0], what)
            if len(_hex(secret[1], f"{what} (its tweak)")) != TWEAK_BYTES:
                raise KeysError(f"{what} needs a tweak of 56 bits (14 hex digits, FF3-1)")
        elif kind != "hmac":
            _cipher_key(secret, what)
        else:
            value = secret.get_secret_value()
            if not value.strip():
                raise KeysError(f"{what} is empty")
            if len(value.encode()) < MIN_KEY_BYTES:
                raise KeysError(f"{what} is shorter than 128 bits")


def _cipher_key(secret: SecretStr, what: str) -> None:
    raw = _hex(secret, what)
    if len(raw) < MIN_KEY_BYTES:
        raise KeysError(f"{what} is shorter than 128 bits")
    if len(raw) not in CIPHER_KEY_BYTES:
        raise KeysError(f"{what} must be 128, 192 or 256 bits of hex")


def _hex(secret: SecretStr, what: str) -> bytes:
    value = secret.get_secret_value().strip()
    if not value:
        raise KeysError(f"{what} is empty")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise KeysError(f"{what} is not hex") from None


def with_previous(
    kind: str, default: str, key: SecretStr | FpeKey, previous: Mapping[str, SecretStr | FpeKey]
) -> KindKeys:
    """A kind's keys from the environment: ``CORRIDOR_<KIND>_KEY`` under ``CORRIDOR_<KIND>_KEY_ID``
    (the default) and the older ones of ``CORRIDOR_<KIND>_PREVIOUS_KEYS`` beside it."""
    name = f"CORRIDOR_{kind.upper()}"
    if not KEY_ID.fullmatch(default):
        raise KeysError(f"{name}_KEY_ID is not 1-64 letters, digits and '-' (it is written in tokens)")
    if default in previous:
        raise KeysError(f"{name}_PREVIOUS_KEYS repeats the id of {name}_KEY_ID ({default!r})")
    check_keys(kind, {default: key}, f"{name}_KEY" + ("/_TWEAK" if kind == "fpe" else ""))
    check_keys(kind, previous, f"{name}_PREVIOUS_KEYS")
    return KindKeys(kind, default, {default: key, **previous}, f"{name}_KEY_ID")


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's loader keeps the last of two equal keys without a word: a duplicated key id here
    would silently replace a key, so it is refused."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            where = f"line {key_node.start_mark.line + 1}"
            shown = repr(key) if isinstance(key, str) and KEY_ID.fullmatch(key) else "a key"
            raise KeysError(f"duplicated id {shown} at {where}")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def read_keys_file(path: Path, setting: str = "CORRIDOR_KEYS_FILE") -> dict[str, KindKeys]:
    """The kinds a keys file gives (see README "Keys" for its layout), each checked.

    The file must not be readable or writable by others, nor writable by its group."""
    where = f"{setting} ({path})"
    try:
        mode = path.stat().st_mode
        if mode & UNSAFE_FILE_MODE:
            raise KeysError(f"{where} is open to other users (mode {stat.S_IMODE(mode):o}); chmod 600 or 640 it")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KeysError(f"{where} cannot be read ({exc.strerror or type(exc).__name__})") from None
    except UnicodeDecodeError:
        raise KeysError(f"{where} is not UTF-8 text") from None
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 -- a SafeLoader subclass
    except KeysError as exc:
        raise KeysError(f"{where}: {exc}") from None
    except yaml.YAMLError as exc:  # its message quotes the line: it could hold a key
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise KeysError(f"{where} is not valid YAML{line}") from None
    if not isinstance(data, dict) or not data:
        raise KeysError(f"{where} must map kinds ({', '.join(KINDS)}) to their keys")
    unknown = [k for k in data if k not in KINDS]
    if unknown:
        raise KeysError(f"{where}: unknown kinds {sorted(map(str, unknown))}; valid: {', '.join(KINDS)}")
    out = {}
    for kind, section in data.items():
        out[kind] = _file_kind(kind, section, where)
        check_kind(out[kind])
    return out


def _file_kind(kind: str, section: Any, where: str) -> KindKeys:
    if not isinstance(section, dict) or set(section) != {"default", "keys"}:
        raise KeysError(f"{where}: {kind} needs exactly 'default' (a key id) and 'keys' (id: key)")
    keys = section["keys"]
    if not isinstance(keys, dict):
        raise KeysError(f"{where}: {kind}.keys must map key ids to keys")
    out: dict[str, SecretStr | FpeKey] = {}
    for kid, value in keys.items():
        label = repr(kid) if isinstance(kid, str) and KEY_ID.fullmatch(kid) else "with an ill-formed id"
        if kind == "fpe":
            if not isinstance(value, dict) or set(value) != {"key", "tweak"}:
                raise KeysError(f"{where}: fpe key {label} needs exactly 'key' and 'tweak' (hex)")
            if not all(isinstance(v, str) for v in value.values()):
                raise KeysError(f"{where}: fpe key {label}: key and tweak must be quoted strings of hex")
            out[str(kid)] = (SecretStr(value["key"]), SecretStr(value["tweak"]))
        else:
            if not isinstance(value, str):  # YAML reads 0123 or 1e5 as numbers: quote keys
                raise KeysError(f"{where}: {kind} key {label} must be a quoted string")
            out[str(kid)] = SecretStr(value)
    return KindKeys(kind, section["default"], out, where)


def merge(kinds: Mapping[str, KindKeys]) -> TransformKeys:
    """The three kinds, each checked, as one :class:`TransformKeys`."""
    for given in kinds.values():
        check_kind(given)
    hmac, encrypt, fpe = (kinds[k] for k in KINDS)
    return TransformKeys(
        hmac={k: v for k, v in hmac.keys.items() if isinstance(v, SecretStr)},
        encrypt={k: v for k, v in encrypt.keys.items() if isinstance(v, SecretStr)},
        fpe={k: v for k, v in fpe.keys.items() if isinstance(v, tuple)},
        default_hmac=hmac.default,
        default_encrypt=encrypt.default,
        default_fpe=fpe.default,
    )
