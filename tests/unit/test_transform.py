"""Transform operators: determinism, shape, reversibility, and keys that never show."""

from __future__ import annotations

import base64
import hashlib
import hmac
import random

import pytest
from ff3 import FF3Cipher
from hypothesis import given
from hypothesis import strategies as st
from pydantic import SecretStr
from stdnum import luhn

from streams.errors import ConfigError
from streams.transform import (
    Ff3Digits,
    Keyring,
    TransformSpec,
    _valid_digit,
    apply,
    b32_128,
    decrypt,
    encrypt,
    fpe_digits,
    generalize,
    luhn_breaking,
    mask_value,
    pseudonym,
    py_b32_128,
)

KEY = "2DE79D232DF5585D68CE47882AE256D6"
TWEAK = "CBD09280979564"


def make_keyring(hmac_key: str = "k-one") -> Keyring:
    return Keyring(
        hmac_keys={"p1": SecretStr(hmac_key), "p2": SecretStr("k-two")},
        encrypt_keys={"e1": SecretStr("00" * 32)},
        fpe_keys={"f1": (SecretStr(KEY), SecretStr(TWEAK))},
        default_hmac="p1",
        default_encrypt="e1",
        default_fpe="f1",
    )


def _passing_card_lengths(number: str) -> list[int]:
    """The lengths at which a card token must fail Luhn (13 to 19, and the whole) where it passes."""
    n = len(number)
    return [k for k in range(13, n + 1) if (k <= 19 or k == n) and luhn.is_valid(number[:k])]


def test_when_ff3_1_runs_in_fastfpe_then_it_equals_the_pure_python_ff3() -> None:
    ours, stock = Ff3Digits(KEY, TWEAK), FF3Cipher(KEY, TWEAK)
    rng = random.Random(3)
    for _ in range(200):
        plain = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 20)))
        token = ours.encrypt(plain)
        assert token == stock.encrypt(plain)
        assert stock.decrypt(token) == plain == ours.decrypt(token)
    assert KEY not in repr(ours) and KEY.lower() not in repr(make_keyring())


def test_when_a_card_is_tokenised_then_bin_and_last4_stay_and_luhn_fails() -> None:
    kr = make_keyring()
    rng = random.Random(9)
    for _ in range(300):
        body = "62" + "".join(rng.choice("0123456789") for _ in range(16))
        pan = body + luhn.calc_check_digit(body)
        token = fpe_digits(kr, pan, 6, 4)
        assert token[:6] == pan[:6] and token[-4:] == pan[-4:] and len(token) == len(pan)
        assert token != pan and not luhn.is_valid(token) and _passing_card_lengths(token) == []
        assert fpe_digits(kr, pan, 6, 4) == token  # deterministic
    grouped = fpe_digits(kr, "6222 0212 3456 7890", 6, 4)
    assert grouped[4] == " " and grouped[9] == " " and grouped[:7] == "6222 02"


def test_when_written_variants_are_pseudonymised_then_they_join() -> None:
    kr = make_keyring()
    a = pseudonym(kr, "PHONE_NUMBER", "+86 138 0013 8000")
    assert a == pseudonym(kr, "PHONE_NUMBER", "13800138000") == pseudonym(kr, "PHONE_NUMBER", "0086-138-0013-8000")
    assert pseudonym(kr, "HK_ID", "A123456(3)") == pseudonym(kr, "HK_ID", "a1234563")
    assert pseudonym(kr, "CN_HOME_RETURN_PERMIT", "H1234567801") == pseudonym(kr, "CN_HOME_RETURN_PERMIT", "H12345678")
    assert a.startswith("tok_p1_")
    assert pseudonym(kr, "PHONE_NUMBER", "13800138000", "p2") != a
    assert pseudonym(make_keyring("other"), "PHONE_NUMBER", "13800138000") != a
    assert pseudonym(kr, "EMAIL_ADDRESS", "13800138000") != a  # the type is part of the input
    # the documented construction, computed afresh (the keyring keeps a keyed HMAC and copies it)
    digest = hmac.new(b"k-one", b"PHONE_NUMBER:13800138000", hashlib.sha256).digest()
    assert a == "tok_p1_" + base64.b32encode(digest[:16]).decode().rstrip("=").lower()
    assert pseudonym(kr, "PHONE_NUMBER", "13800138000") == a  # and again, from the same keyed HMAC


def test_when_a_value_is_encrypted_then_only_the_key_and_the_same_path_open_it() -> None:
    kr = make_keyring()
    token = encrypt(kr, "110105194912310021", "payer_id_number")
    assert token.startswith("enc:v1:e1:") and "110105" not in token
    assert decrypt(kr, token, "payer_id_number") == "110105194912310021"
    with pytest.raises(Exception):  # noqa: B017 - cryptography's InvalidTag
        decrypt(kr, token, "other_field")


def test_when_values_are_generalised_then_dates_and_amounts_lose_detail() -> None:
    assert generalize(7300, "year", "DATE_OF_BIRTH") == "1989"
    assert generalize(7300, "month", "DATE_OF_BIRTH") == "1989-12"
    assert generalize("1990-05-17", None, "DATE_OF_BIRTH") == "1990"
    assert generalize(4_908_057, "band", "AMOUNT") == "1000000-9999999"
    assert generalize(5, "band", "AMOUNT") == "0-999"


def test_when_masking_then_shape_and_kept_ends_remain() -> None:
    assert mask_value("A123456(3)", keep_prefix=4) == "A123***(*)"
    assert apply(TransformSpec(op="mask"), make_keyring(), "PERSON", "王伟", "memo", in_text=True) == "[PERSON]"
    assert apply(TransformSpec(op="drop"), make_keyring(), "AUTH_SECRET", "123", "cvv") is None
    assert apply(TransformSpec(op="drop"), make_keyring(), "AUTH_SECRET", "123", "memo", in_text=True) == ""
    assert apply(TransformSpec(op="keep"), make_keyring(), "CN_USCC", "x", "f") == "x"


def test_when_keys_are_printed_then_they_stay_hidden() -> None:
    kr = make_keyring("very-secret-hmac-key")
    assert "very-secret-hmac-key" not in repr(kr) and "very-secret-hmac-key" not in str(kr)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"encrypt_keys": {"e1": SecretStr("abcd")}}, "must be 128, 192 or 256 bits"),
        ({"fpe_keys": {"f1": (SecretStr(KEY), SecretStr("00"))}}, "56-bit hex tweak"),
        ({"fpe_keys": {"f1": (SecretStr(KEY), SecretStr("a1b2c3d4e5f60718"))}}, "56-bit hex tweak"),
        ({"default_hmac": "nope"}, "default hmac key id 'nope'"),
        ({"encrypt_keys": {"e1": SecretStr("zz" * 16)}}, "is not hex"),
    ],
)
def test_when_keys_are_wrong_then_the_keyring_refuses_them(kwargs: dict[str, object], message: str) -> None:
    base: dict[str, object] = {
        "hmac_keys": {"p1": SecretStr("k")},
        "encrypt_keys": {"e1": SecretStr("00" * 32)},
        "fpe_keys": {"f1": (SecretStr(KEY), SecretStr(TWEAK))},
        "default_hmac": "p1",
        "default_encrypt": "e1",
        "default_fpe": "f1",
    }
    base.update(kwargs)
    with pytest.raises(ConfigError, match=message):
        Keyring(**base)  # type: ignore[arg-type]


def test_when_a_value_is_too_short_for_a_card_token_then_no_digit_is_kept() -> None:
    token = fpe_digits(make_keyring(), "138-0013-8000", 6, 4)  # a phone in a card field: 11 digits
    assert token == "***-****-****"


def test_when_kept_ends_would_leave_almost_nothing_masked_then_nothing_is_kept() -> None:
    assert mask_value("6222021234567890", 6, 4) == "622202******7890"
    assert mask_value("12345678901", 6, 4) == "***********"
    assert mask_value("A123", 1, 1) == "****"


@given(st.binary(min_size=16, max_size=32))
def test_when_a_digest_is_written_in_base32_then_it_matches_the_standard_library(digest: bytes) -> None:
    expected = base64.b32encode(digest[:16]).decode().rstrip("=").lower()
    assert b32_128(digest) == py_b32_128(digest) == expected  # the extension's, and the Python one


def _mask_reference(value: str, keep_prefix: int, keep_suffix: int) -> str:
    """Masking written out a character at a time: what mask_value must equal."""
    n = len(value)
    hidden = sum(ch.isalnum() for ch in value[keep_prefix : max(keep_prefix, n - keep_suffix)])
    if (keep_prefix or keep_suffix) and hidden < 4:
        keep_prefix = keep_suffix = 0
    return "".join(
        ch if (i < keep_prefix or i >= n - keep_suffix or not ch.isalnum()) else "*" for i, ch in enumerate(value)
    )


@given(st.text(alphabet="ab9_ -()@.王٣²", max_size=24), st.integers(0, 8), st.integers(0, 8))
def test_when_a_value_is_masked_then_it_equals_masking_a_character_at_a_time(
    value: str, prefix: int, suffix: int
) -> None:
    assert mask_value(value, prefix, suffix) == _mask_reference(value, prefix, suffix)


@given(
    st.lists(st.sampled_from(["6222", "0212", "3456", "7890", "123", " ", "-", "²"]), min_size=4, max_size=8).map(
        "".join
    )
)
def test_when_digits_are_tokenised_then_everything_else_stays_where_it_was(value: str) -> None:
    token = fpe_digits(make_keyring(), value, 6, 4)
    assert len(token) == len(value)
    if sum(c.isdecimal() for c in value) < 6 + 6 + 4:  # too few digits between the kept ends
        assert token == mask_value(value)
        return
    assert [c for c in token if not c.isdecimal()] == [c for c in value if not c.isdecimal()]
    assert all(a == b for a, b in zip(token, value, strict=True) if not b.isdecimal())


# -- card tokens: one-to-one, Luhn-failing, per-card tweak ----------------------------------------


def _card(head: str, stem: str, tail: str) -> str:
    return head + stem + str(_valid_digit(head, stem, tail)) + tail


@pytest.mark.parametrize(
    ("head", "m", "tail"),
    [
        ("6222021234", 3, ""),  # 13 digits: the whole only, at the last middle digit
        ("6222021234", 3, "123456"),  # 19: 13 at the last middle digit, 14-19 in the tail
        ("622202123456", 3, "12345"),  # 20: 13 and 14 in the middle, 15-19 in the tail, the whole
        ("622202", 4, "7890"),  # 14: 13 and 14 in the tail
        ("411111111", 4, "000000"),  # 19: 13 at the last middle digit, 14-19 in the tail
        ("41111111111", 4, "0004"),  # 19: 13-15 in the middle, 16-19 in the tail
        ("5", 4, "12345678"),  # 13: the whole only, in the tail
    ],
)
def test_luhn_breaking_is_one_to_one_over_every_middle_of_a_small_domain(head: str, m: int, tail: str) -> None:
    # any permutation of the m-digit strings will do: the proof does not lean on the cipher
    strings = [f"{n:0{m}d}" for n in range(10**m)]
    shuffled = strings[:]
    random.Random(f"{m}{head}{tail}").shuffle(shuffled)
    permutation = dict(zip(strings, shuffled, strict=True))
    valid_out: dict[str, str] = {}
    safe = [x for x in strings if _passing_card_lengths(head + x + tail) == []]
    for middle in strings:
        out = luhn_breaking(head, middle, tail, permutation.__getitem__)
        assert out is not None and len(out) == m and out.isdigit()
        assert _passing_card_lengths(head + out + tail) == [], "a token that reads as a card"
        if luhn.is_valid(head + middle + tail):
            assert out not in valid_out, "two cards share a token"
            valid_out[out] = middle
    assert len(valid_out) == 10 ** (m - 1)
    # the proof's bound: at least twice as many safe middles as valid ones
    assert len(safe) >= 2 * 10 ** (m - 1)


def test_when_a_kept_head_passes_luhn_at_a_card_length_then_the_card_is_masked_whole() -> None:
    # thirteen kept digits that are a Visa number themselves: every token would read as that card
    head = "4222222222222"
    assert luhn.is_valid(head)
    strings = [f"{n:03d}" for n in range(1000)]
    assert all(luhn_breaking(head, x, "12", lambda digits: digits) is None for x in strings)
    value = head + "123456" + "7890"
    assert fpe_digits(make_keyring(), value, 13, 4) == mask_value(value)
    # the same head one digit on (it fails Luhn): tokens as usual, safe
    other = "4222222222223" + "123456" + "7890"
    token = fpe_digits(make_keyring(), other, 13, 4)
    assert token[:13] == other[:13] and token[-4:] == "7890" and token != other
    assert _passing_card_lengths(token) == []


def test_every_card_of_one_bin_and_last_four_gets_its_own_token() -> None:
    # exhaustive over a 16-digit card's six hidden digits: 100,000 cards, one of them passing Luhn
    # for each five-digit stem
    kr = make_keyring()
    head, tail = "622202", "7890"
    tokens: set[str] = set()
    for n in range(100_000):
        pan = _card(head, f"{n:05d}", tail)
        token = fpe_digits(kr, pan, 6, 4)
        assert token[:6] == head and token[-4:] == tail and len(token) == 16
        tokens.add(token)
    assert len(tokens) == 100_000
    assert not any(_passing_card_lengths(t) for t in list(tokens)[:5_000])


def test_no_two_cards_of_a_large_sample_share_a_token() -> None:
    kr = make_keyring()
    rng = random.Random(17)
    heads = ["622202", "621700", "411111", "540487"]
    cards: set[str] = set()
    while len(cards) < 20_000:
        length = rng.choice([16, 16, 19, 18])
        head = rng.choice(heads)
        stem = "".join(rng.choice("0123456789") for _ in range(length - 6 - 4 - 1))
        cards.add(_card(head, stem, rng.choice(["1234", "0000"])))
    tokens: dict[str, str] = {}
    for pan in cards:
        token = fpe_digits(kr, pan, 6, 4)
        assert token[:6] == pan[:6] and token[-4:] == pan[-4:] and len(token) == len(pan)
        assert _passing_card_lengths(token) == []
        assert token not in tokens, "two cards share a token"
        tokens[token] = pan
    for pan in list(cards)[:200]:  # same card, same token
        assert fpe_digits(kr, pan, 6, 4) == fpe_digits(kr, pan, 6, 4)


def test_each_card_is_encrypted_under_a_tweak_of_its_own_visible_ends() -> None:
    kr = make_keyring()
    stem = "12345"
    middles = {fpe_digits(kr, _card("622202", stem, f"{n:04d}"), 6, 4)[6:12] for n in range(40)}
    # one fixed tweak gives the same hidden digits for the same middle about nine times in ten
    assert len(middles) >= 35
    cipher = kr.ff3(None)
    assert cipher.tweaked("622202", "0001")._tweak != cipher.tweaked("622202", "0002")._tweak
    assert len(cipher.tweaked("622202", "0001")._tweak) == 14
