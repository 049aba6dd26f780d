"""Transform keys (issue 13, item 9): several ids per kind from the environment or a keys file, a
rotation that keeps old tokens verifiable, every refusal, and no key in any printed form."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY, generate_latest
from pydantic import SecretStr

from agents.cli import main
from agents.engines import keyring
from agents.keys import KeysError
from agents.settings import FpeKeySettings, Settings, get_settings
from agents.worker.policy_holder import PolicyHolder
from streams.transform import decrypt, encrypt, fpe_digits, pseudonym, verify_pseudonym

CARD = "6222021234567890123"


def _hmac() -> str:
    return secrets.token_urlsafe(24)


def _hex(n: int) -> str:
    return secrets.token_hex(n)


class Keys:
    """Fresh keys of every kind: old (before a rotation) and new."""

    def __init__(self) -> None:
        self.hmac_old, self.hmac_new = _hmac(), _hmac()
        self.aead_old, self.aead_new = _hex(32), _hex(32)
        self.fpe_old, self.fpe_new = (_hex(16), _hex(7)), (_hex(16), _hex(7))

    def values(self) -> list[str]:
        return [self.hmac_old, self.hmac_new, self.aead_old, self.aead_new, *self.fpe_old, *self.fpe_new]

    def before(self) -> Settings:
        return Settings(
            hmac_key_id="p2026",
            hmac_key=SecretStr(self.hmac_old),
            encrypt_key_id="e2026",
            encrypt_key=SecretStr(self.aead_old),
            fpe_key_id="f2026",
            fpe_key=SecretStr(self.fpe_old[0]),
            fpe_tweak=SecretStr(self.fpe_old[1]),
        )

    def after(self) -> Settings:
        """The rotation in the environment: new ids and keys, the old ones beside them."""
        return Settings(
            hmac_key_id="p2027",
            hmac_key=SecretStr(self.hmac_new),
            hmac_previous_keys={"p2026": SecretStr(self.hmac_old)},
            encrypt_key_id="e2027",
            encrypt_key=SecretStr(self.aead_new),
            encrypt_previous_keys={"e2026": SecretStr(self.aead_old)},
            fpe_key_id="f2027",
            fpe_key=SecretStr(self.fpe_new[0]),
            fpe_tweak=SecretStr(self.fpe_new[1]),
            fpe_previous_keys={
                "f2026": FpeKeySettings(key=SecretStr(self.fpe_old[0]), tweak=SecretStr(self.fpe_old[1]))
            },
        )

    def file_text(self) -> str:
        return (
            "hmac:\n  default: p2027\n  keys:\n"
            f'    p2026: "{self.hmac_old}"\n    p2027: "{self.hmac_new}"\n'
            "encrypt:\n  default: e2027\n  keys:\n"
            f'    e2026: "{self.aead_old}"\n    e2027: "{self.aead_new}"\n'
            "fpe:\n  default: f2027\n  keys:\n"
            f'    f2026: {{key: "{self.fpe_old[0]}", tweak: "{self.fpe_old[1]}"}}\n'
            f'    f2027: {{key: "{self.fpe_new[0]}", tweak: "{self.fpe_new[1]}"}}\n'
        )


def keys_file(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "keys.yaml"
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return path


def rotated(keys: Keys, how: str, tmp_path: Path) -> Settings:
    if how == "environment":
        return keys.after()
    return Settings(keys_file=keys_file(tmp_path, keys.file_text()))


@pytest.mark.parametrize("how", ["environment", "file"])
def test_after_a_rotation_old_tokens_verify_and_decrypt_and_new_ones_use_the_new_id(how: str, tmp_path: Path) -> None:
    keys = Keys()
    old_ring, new_ring = keyring(keys.before()), keyring(rotated(keys, how, tmp_path))
    old_token = pseudonym(old_ring, "HK_ID", "A123456(7)")
    sealed = encrypt(old_ring, "王伟", "payer.name")
    old_card = fpe_digits(old_ring, CARD, 6, 4)

    new_token = pseudonym(new_ring, "HK_ID", "A123456(7)")
    assert old_token.startswith("tok_p2026_") and new_token.startswith("tok_p2027_")
    assert new_token != old_token
    assert verify_pseudonym(new_ring, "HK_ID", "A123456(7)", old_token)
    assert verify_pseudonym(new_ring, "HK_ID", "A123456(7)", new_token)
    assert not verify_pseudonym(new_ring, "HK_ID", "B123456(7)", old_token)
    assert not verify_pseudonym(old_ring, "HK_ID", "A123456(7)", new_token)  # p2027 unknown before

    assert decrypt(new_ring, sealed, "payer.name") == "王伟"
    assert encrypt(new_ring, "王伟", "payer.name").startswith("enc:v1:e2027:")
    # fpe tokens carry no key id (they keep the card's format): the old id is named to read one
    assert fpe_digits(new_ring, CARD, 6, 4, "f2026") == old_card
    assert fpe_digits(new_ring, CARD, 6, 4) != old_card
    assert new_ring.ff3("f2026").decrypt(new_ring.ff3("f2026").encrypt("123456789")) == "123456789"


def test_real_keys_raise_no_problem_and_the_built_in_ones_are_named(tmp_path: Path) -> None:
    keys = Keys()
    assert keys.after().key_problems() == []
    assert Settings(keys_file=keys_file(tmp_path, keys.file_text())).key_problems() == []
    dev = Settings().key_problems()
    assert "CORRIDOR_HMAC_KEY is the built-in development key" in dev
    assert "CORRIDOR_ENCRYPT_KEY is the built-in development key" in dev
    dev_default = Settings.model_fields["hmac_key"].default
    in_file = keys.file_text().replace(keys.hmac_old, dev_default.get_secret_value())
    assert Settings(keys_file=keys_file(tmp_path, in_file)).key_problems() == [
        "CORRIDOR_KEYS_FILE holds the built-in development hmac key"
    ]


def _env_case(**changes: Any) -> Settings:
    base: dict[str, Any] = {
        "hmac_key_id": "p1",
        "hmac_key": SecretStr("h" * 20),
        "encrypt_key_id": "e1",
        "encrypt_key": SecretStr("ab" * 32),
        "fpe_key_id": "f1",
        "fpe_key": SecretStr("cd" * 16),
        "fpe_tweak": SecretStr("ef" * 7),
    }
    return Settings(**{**base, **changes})


SHORT_HMAC = "fifteen-bytes!!"
ENV_REFUSALS: list[tuple[dict[str, Any], str, str]] = [
    ({"hmac_key": SecretStr("")}, "CORRIDOR_HMAC_KEY: hmac key 'p1' is empty", ""),
    ({"hmac_key": SecretStr(SHORT_HMAC)}, "CORRIDOR_HMAC_KEY: hmac key 'p1' is shorter than 128 bits", SHORT_HMAC),
    ({"encrypt_key": SecretStr("")}, "CORRIDOR_ENCRYPT_KEY: encrypt key 'e1' is empty", ""),
    ({"encrypt_key": SecretStr("a1b2" * 7)}, "encrypt key 'e1' is shorter than 128 bits", "a1b2" * 7),
    ({"encrypt_key": SecretStr("a1" * 20)}, "must be 128, 192 or 256 bits of hex", "a1" * 20),
    ({"encrypt_key": SecretStr("zz-secret" * 8)}, "CORRIDOR_ENCRYPT_KEY: encrypt key 'e1' is not hex", "zz-secret"),
    ({"fpe_key": SecretStr("0f" * 8)}, "CORRIDOR_FPE_KEY/_TWEAK: fpe key 'f1' is shorter than 128 bits", "0f" * 8),
    ({"fpe_tweak": SecretStr("0e" * 8)}, "fpe key 'f1' needs a tweak of 56 bits", "0e" * 8),
    (
        {"hmac_previous_keys": {"p1": SecretStr("o" * 20)}},
        "CORRIDOR_HMAC_PREVIOUS_KEYS repeats the id of CORRIDOR_HMAC_KEY_ID ('p1')",
        "o" * 20,
    ),
    (
        {"hmac_previous_keys": {"p0": SecretStr("old-and-short")}},
        "CORRIDOR_HMAC_PREVIOUS_KEYS: hmac key 'p0' is shorter than 128 bits",
        "old-and-short",
    ),
    ({"hmac_key_id": "p_1"}, "CORRIDOR_HMAC_KEY_ID is not 1-64 letters, digits and '-'", ""),
    (
        {"encrypt_previous_keys": {"e:0": SecretStr("ab" * 16)}},
        "CORRIDOR_ENCRYPT_PREVIOUS_KEYS: encrypt key ids must be 1-64 letters",
        "ab" * 16,
    ),
]


@pytest.mark.parametrize(("changes", "message", "secret"), ENV_REFUSALS)
def test_keys_from_the_environment_are_refused_with_one_line_naming_the_setting(
    changes: dict[str, Any], message: str, secret: str
) -> None:
    settings = _env_case(**changes)
    with pytest.raises(KeysError) as caught:
        keyring(settings)
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert not secret or secret not in text
    assert settings.key_problems() == [text]  # the worker's start check says the same


def _file(default: str = "p1", hmac_keys: str = 'p1: "hhhhhhhhhhhhhhhhhhhh"') -> str:
    return f"hmac:\n  default: {default}\n  keys:\n    {hmac_keys}\n"


FILE_REFUSALS: list[tuple[str, str]] = [
    (_file(default="p9"), "the default hmac key id 'p9' has no key"),
    (_file(hmac_keys='p1: "hhhhhhhhhhhhhhhhhhhh"\n    p1: "iiiiiiiiiiiiiiiiiiii"'), "duplicated id 'p1' at line 5"),
    (_file(hmac_keys='p1: ""'), "hmac key 'p1' is empty"),
    (_file(hmac_keys='p1: "hhhhhhhhhhhh"'), "hmac key 'p1' is shorter than 128 bits"),
    (_file(hmac_keys="p1: 12345678901234567890"), "hmac key 'p1' must be a quoted string"),
    (_file(hmac_keys="p1: {}"), "hmac key 'p1' must be a quoted string"),
    (_file(hmac_keys='"p 1": "hhhhhhhhhhhhhhhhhhhh"'), "hmac key ids must be 1-64 letters"),
    ('hmac:\n  default: p1\n  keys: {p1: "hhhhhhhhhhhhhhhhhhhh\n', "is not valid YAML (line"),
    ("pseudonym: {}\n", "unknown kinds ['pseudonym']"),
    ("hmac: {keys: {}}\n", "hmac needs exactly 'default' (a key id) and 'keys' (id: key)"),
    ("hmac: {default: p1, keys: {}}\n", "gives no hmac key"),
    ('fpe: {default: f1, keys: {f1: {key: "00112233445566778899aabbccddeeff"}}}\n', "needs exactly 'key' and 'tweak'"),
    ("", "must map kinds (hmac, encrypt, fpe) to their keys"),
]


@pytest.mark.parametrize(("text", "message"), FILE_REFUSALS)
def test_a_keys_file_is_refused_with_one_line_naming_it_and_never_a_key(
    text: str, message: str, tmp_path: Path
) -> None:
    path = keys_file(tmp_path, text)
    with pytest.raises(KeysError) as caught:
        Settings(keys_file=path).transform_keys()
    said = str(caught.value)
    assert said.startswith(f"CORRIDOR_KEYS_FILE ({path})") and message in said and "\n" not in said
    for secret in ("hhhhhhhhhhhh", "iiiiiiiiiiii", "1234567890", "00112233445566778899"):
        assert secret not in said


@pytest.mark.parametrize("mode", [0o644, 0o604, 0o620, 0o666])
def test_a_keys_file_open_to_others_is_refused(mode: int, tmp_path: Path) -> None:
    path = keys_file(tmp_path, Keys().file_text(), mode)
    with pytest.raises(KeysError, match=r"is open to other users .*chmod 600 or 640"):
        Settings(keys_file=path).transform_keys()
    path.chmod(0o640)  # its group may read it (a secret mounted for the worker's group)
    assert Settings(keys_file=path).transform_keys().default_hmac == "p2027"


def test_a_missing_keys_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeysError, match=r"cannot be read \(No such file or directory\)"):
        Settings(keys_file=tmp_path / "absent.yaml").transform_keys()


def test_a_kind_given_both_by_the_file_and_the_environment_is_refused(tmp_path: Path) -> None:
    path = keys_file(tmp_path, _file())
    with pytest.raises(KeysError, match=r"^CORRIDOR_HMAC_KEY and CORRIDOR_KEYS_FILE both give hmac keys; use one$"):
        Settings(keys_file=path, hmac_key=SecretStr("x" * 20)).transform_keys()
    # the kinds the file leaves out come from the environment
    mixed = Settings(keys_file=path).transform_keys()
    assert set(mixed.hmac) == {"p1"} and mixed.default_encrypt == "aead-2026"


def test_no_key_shows_in_settings_the_keyring_errors_or_the_metrics(tmp_path: Path) -> None:
    keys = Keys()
    for settings in (keys.after(), Settings(keys_file=keys_file(tmp_path, keys.file_text()))):
        ring = keyring(settings)
        shown = [repr(settings), str(settings), repr(ring), str(ring), repr(settings.transform_keys())]
        shown += [repr(ring.hmac("p2026")[1]), repr(ring.ff3("f2026")), repr(ring.aead("e2026"))]
        # the keys in use: a policy engine (its subject hasher) and every token kind
        holder = PolicyHolder(settings.policy_file, settings)
        shown.append(pseudonym(ring, "HK_ID", "A123456(7)") + encrypt(ring, "x", "p") + fpe_digits(ring, CARD, 6, 4))
        shown.append(holder.version)
        shown.append(generate_latest(REGISTRY).decode())
        for text in shown:
            for secret in keys.values():
                assert secret not in text
    errors = [_env_case(hmac_key=SecretStr(keys.hmac_old[:8])), _env_case(encrypt_key=SecretStr(keys.aead_old[:30]))]
    for settings in errors:
        with pytest.raises(KeysError) as caught:
            keyring(settings)
        assert all(secret[:8] not in str(caught.value) for secret in keys.values())


def test_the_worker_command_refuses_unusable_keys_even_in_demo_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checked by the command before Faust is imported or anything connects."""
    import agents.worker.app

    def never(_settings: Settings) -> int:
        raise AssertionError("the worker started")

    monkeypatch.setattr(agents.worker.app, "run_worker", never)
    monkeypatch.setenv("CORRIDOR_DEMO_MODE", "true")
    secret = "0123456789abcdef0123456789abcdef"
    path = keys_file(tmp_path, f'encrypt: {{default: e1, keys: {{e1: "{secret}", e1: "{secret}"}}}}\n')
    monkeypatch.setenv("CORRIDOR_KEYS_FILE", str(path))
    get_settings.cache_clear()
    try:
        assert main(["worker"]) == 2
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "duplicated id 'e1'" in err and "CORRIDOR_KEYS_FILE" in err
    assert secret not in err


def test_a_setting_of_the_wrong_type_is_reported_without_its_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CORRIDOR_HMAC_PREVIOUS_KEYS", '{"p0": 98765432109876543210}')
    get_settings.cache_clear()
    try:
        assert main(["worker"]) == 2
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert "hmac_previous_keys.p0" in err and "98765432109876543210" not in err
    assert os.environ["CORRIDOR_HMAC_PREVIOUS_KEYS"]  # the environment is monkeypatch's to restore


def test_the_quota_store_can_keep_naming_subjects_under_the_old_id_after_a_rotation() -> None:
    from agents.cli.policy import subject_hasher

    keys = Keys()
    before = subject_hasher(keys.before())("HK_ID", "A123456(7)")
    assert subject_hasher(keys.after())("HK_ID", "A123456(7)") != before  # counted again
    pinned = keys.after().model_copy(update={"quota_key_id": "p2026"})
    assert subject_hasher(pinned)("HK_ID", "A123456(7)") == before
    assert pseudonym(keyring(pinned), "HK_ID", "A123456(7)").startswith("tok_p2027_")  # Hong Kong's: the new id
    with pytest.raises(KeysError, match=r"^CORRIDOR_QUOTA_KEY_ID names no hmac key id$"):
        keys.after().model_copy(update={"quota_key_id": "p2025"}).transform_keys()


def test_a_setting_of_the_wrong_type_is_not_quoted_by_the_settings_error_itself() -> None:
    """Outside the command too (a bench, a script): pydantic quotes the input unless told not to."""
    from pydantic import ValidationError

    from agents.settings import ClusterSettings

    with pytest.raises(ValidationError) as caught:
        Settings(hmac_previous_keys={"p0": 98765432109876543210})  # type: ignore[dict-item]
    assert "hmac_previous_keys.p0" in str(caught.value) and "98765432109876543210" not in str(caught.value)
    with pytest.raises(ValidationError) as cluster:
        ClusterSettings(name="sz", bootstrap="b", registry_url="u", sasl_password=24681357924681357)  # type: ignore[arg-type]
    assert "sasl_password" in str(cluster.value) and "24681357924681357" not in str(cluster.value)
