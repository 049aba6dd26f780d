"""The extension's FF3-1 and card token (native/src/fpe.rs) against their references: fastfpe's
FF3-1 (itself held equal to the pure-Python ``ff3`` in test_transform.py) and ``luhn_breaking``
with fastfpe as its permutation (heads up to 16 digits: a kept head that passes Luhn leaves no safe
token, which the extension says with an empty string)."""

from __future__ import annotations

import pytest
from fastfpe import ff3_1
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from streams.native import extension
from streams.transform import Ff3Digits, luhn_breaking

pytestmark = pytest.mark.skipif(extension is None or not hasattr(extension, "Ff3"), reason="the extension is not built")

keys = st.sampled_from([16, 24, 32]).flatmap(lambda n: st.binary(min_size=n, max_size=n))
tweaks = st.binary(min_size=7, max_size=7)


def _reference(key: bytes, tweak: bytes, plain: str, decrypt: bool = False) -> str:
    run = ff3_1.decrypt if decrypt else ff3_1.encrypt
    return run(key.hex(), tweak.hex(), "0123456789", plain)


@settings(max_examples=300)
@given(keys, tweaks, st.text("0123456789", min_size=6, max_size=56))
def test_ff3_1_equals_fastfpe_both_ways(key: bytes, tweak: bytes, plain: str) -> None:
    native = extension.Ff3(key)  # type: ignore[union-attr]
    token = native.encrypt(tweak, plain)
    assert token == _reference(key, tweak, plain)
    assert native.decrypt(tweak, token) == plain == _reference(key, tweak, token, decrypt=True)
    assert native.decrypt(tweak, plain) == _reference(key, tweak, plain, decrypt=True)


def _passing_card_lengths(number: str) -> list[int]:
    """The lengths at which a token must fail Luhn (13 to 19, and the whole) where it passes."""
    n = len(number)
    return [k for k in range(13, n + 1) if (k <= 19 or k == n) and luhn.is_valid(number[:k])]


@settings(max_examples=300)
@given(
    keys,
    tweaks,
    st.text("0123456789", max_size=16),
    st.text("0123456789", min_size=6, max_size=30),
    st.text("0123456789", max_size=6),
)
def test_the_card_token_equals_luhn_breaking_over_fastfpe(
    key: bytes, tweak: bytes, head: str, middle: str, tail: str
) -> None:
    native = extension.Ff3(key)  # type: ignore[union-attr]
    out = native.card_middle(tweak, head, middle, tail)
    assert (out or None) == luhn_breaking(head, middle, tail, lambda digits: _reference(key, tweak, digits))
    if out:
        assert len(out) == len(middle) and _passing_card_lengths(head + out + tail) == []
    else:  # no safe token: only when a kept head of 13 digits or more passes at such a length
        assert [k for k in _passing_card_lengths(head + middle + tail) if k <= len(head)] != []


def test_ff3_digits_use_the_extension_and_share_its_key_across_tweaks() -> None:
    cipher = Ff3Digits("2DE79D232DF5585D68CE47882AE256D6", "CBD09280979564")
    card = cipher.tweaked("622202", "7890")
    assert card._native is cipher._native is not None
    assert card.encrypt("123456789") == ff3_1.encrypt(cipher._key, card._tweak, "0123456789", "123456789")
    # non-ASCII digits and middles too long for 128-bit ranks go the Python way, to the same end
    assert card.card_middle("622202", "٣" * 7, "7890") == luhn_breaking("622202", "٣" * 7, "7890", card.encrypt)
    long_middle = "1234567890" * 4
    assert card.card_middle("6", long_middle, "1") == luhn_breaking("6", long_middle, "1", card.encrypt)
    assert "2DE79D" not in repr(cipher) and "2DE79D" not in repr(cipher._native)


@pytest.mark.parametrize(
    ("tweak", "digits"),
    [(b"\0" * 8, "123456"), (b"\0" * 7, "12345"), (b"\0" * 7, "1" * 57), (b"\0" * 7, "12345a")],
)
def test_what_ff3_1_does_not_take_is_a_value_error(tweak: bytes, digits: str) -> None:
    with pytest.raises(ValueError):
        extension.Ff3(b"\1" * 16).encrypt(tweak, digits)  # type: ignore[union-attr]
    with pytest.raises(ValueError):
        extension.Ff3(b"\1" * 15)  # type: ignore[union-attr]
