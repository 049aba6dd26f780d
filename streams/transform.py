"""Transform operators on whole field values and on spans inside text.

``mask``, ``hmac`` (keyed, stable pseudonym), ``fpe`` (format-preserving token: a card keeps its BIN
and last four), ``encrypt`` (AES-GCM, reversible only with the key), ``drop``, ``generalize`` (dates to
year or month, amounts to bands) and ``keep``. Keys arrive as ``SecretStr`` in a :class:`Keyring`;
tokens name the key id, never the key.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from hmac import compare_digest as hmac_compare
from typing import Any, Literal

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastfpe import ff3_1
from pydantic import BaseModel, ConfigDict, SecretStr

from streams.detect.validators import compact
from streams.errors import ConfigError
from streams.native import extension

Op = Literal["mask", "hmac", "fpe", "encrypt", "drop", "generalize", "keep"]
OPS: tuple[str, ...] = ("mask", "hmac", "fpe", "encrypt", "drop", "generalize", "keep")
# operators whose output is no longer the input type (a date or a long becomes a string)
RETYPING_OPS = frozenset({"hmac", "encrypt", "generalize", "mask", "fpe"})

_NONDIGIT = re.compile(r"\D")
# a letter or a digit (str.isalnum): word characters but the underscore
_ALNUM = re.compile(r"[^\W_]")
# the same for ASCII text, as a translation (a tenth of the substitution's time)
_ASCII_MASK = str.maketrans(dict.fromkeys("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "*"))


def _masked(value: str, char: str) -> str:
    """Every letter and digit of ``value`` as ``char``."""
    if char == "*" and value.isascii():
        return value.translate(_ASCII_MASK)
    return _ALNUM.sub(char, value)


_DIGITS = "0123456789"


# the extension's FF3-1 (an extension built before it has none: fastfpe then), and the longest
# card middle its token takes (its ranks fit 128 bits; native/src/fpe.rs)
_NATIVE_FF3: Any = getattr(extension, "Ff3", None)
_NATIVE_CARD_MIDDLE = 36


class Ff3Digits:
    """NIST FF3-1 over decimal digits: by the extension (``native/src/fpe.rs``, the AES key
    schedule made once per key) for ASCII digits when it is installed, by ``fastfpe`` (Rust, which
    makes its cipher afresh for every call) otherwise.

    FF3-1 wants a 56-bit tweak (the 64-bit tweak of the original FF3 was withdrawn by NIST).
    ``tests/unit/test_transform.py`` checks the tokens against the pure-Python ``ff3`` library,
    and the extension's against ``fastfpe``'s. The key never appears in ``repr``.
    """

    __slots__ = ("_key", "_native", "_tweak", "_tweak_bytes")

    def __init__(self, key_hex: str, tweak_hex: str, _derived: tuple[bytes, Any] | None = None) -> None:
        self._key = key_hex
        self._tweak = tweak_hex
        if _derived is not None:  # from tweaked(): the tweak's bytes and the extension's key
            self._tweak_bytes, self._native = _derived
            return
        native: Any = None
        try:
            tweak = bytes.fromhex(tweak_hex)
            if _NATIVE_FF3 is not None:
                native = _NATIVE_FF3(bytes.fromhex(key_hex))
        except ValueError:  # not hex, or not a key's length: fastfpe says what is wrong
            tweak, native = b"", None
        # a 64-bit tweak (the original FF3's) is fastfpe's to refuse or take
        self._native = native if len(tweak) == 7 else None
        self._tweak_bytes = tweak

    def __repr__(self) -> str:
        return "Ff3Digits(<secret>)"

    def encrypt(self, digits: str) -> str:
        if self._native is not None and digits.isascii():
            return str(self._native.encrypt(self._tweak_bytes, digits))
        return ff3_1.encrypt(self._key, self._tweak, _DIGITS, digits)

    def decrypt(self, digits: str) -> str:
        if self._native is not None and digits.isascii():
            return str(self._native.decrypt(self._tweak_bytes, digits))
        return ff3_1.decrypt(self._key, self._tweak, _DIGITS, digits)

    def card_middle(self, head: str, middle: str, tail: str) -> str | None:
        """:func:`luhn_breaking` with this cipher as the permutation: in one call to the extension
        for ASCII digits (rank, cycle-walk, unrank), which tests hold equal to it. None
        (the extension's empty string) when the ends leave no room for a safe token."""
        if (
            self._native is not None
            and 6 <= len(middle) <= _NATIVE_CARD_MIDDLE
            and head.isascii()
            and middle.isascii()
            and tail.isascii()
        ):
            return str(self._native.card_middle(self._tweak_bytes, head, middle, tail)) or None
        return luhn_breaking(head, middle, tail, self.encrypt)

    def tweaked(self, *parts: str) -> Ff3Digits:
        """The same key under a tweak of its own for ``parts`` (a card's BIN and last four): the
        first 56 bits of SHA-256 over the key's tweak and the parts. A tweak need not be secret.
        The extension's key (its AES key schedule) is shared, not made again."""
        tweak = hashlib.sha256("\x1f".join((self._tweak, *parts)).encode()).digest()[:7]
        return Ff3Digits(self._key, tweak.hex(), (tweak, self._native))


# HMAC's inner and outer pads (RFC 2104), as byte translations
_IPAD = bytes(b ^ 0x36 for b in range(256))
_OPAD = bytes(b ^ 0x5C for b in range(256))


class HmacSha256:
    """HMAC-SHA256 (RFC 2104) keyed once: the SHA-256 states after the inner and the outer padded
    key, copied for each message (the standard library's ``hmac`` object wraps the same in Python
    and costs twice as much a message). ``tests/unit/test_transform_fast.py`` holds it equal to
    ``hmac.new``. The key never appears in ``repr``."""

    __slots__ = ("_inner", "_outer")

    def __init__(self, key: bytes) -> None:
        if len(key) > 64:  # SHA-256's block: a longer key is hashed first
            key = hashlib.sha256(key).digest()
        key = key.ljust(64, b"\0")
        self._inner = hashlib.sha256(key.translate(_IPAD))
        self._outer = hashlib.sha256(key.translate(_OPAD))

    def __repr__(self) -> str:
        return "HmacSha256(<secret>)"

    def digest(self, message: bytes) -> bytes:
        inner = self._inner.copy()
        inner.update(message)
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.digest()


class TransformSpec(BaseModel):
    """How one entity type (or one field) is transformed.

    :param op: the operator.
    :param key: key id for ``hmac`` / ``encrypt`` / ``fpe`` (default: the keyring's key of that kind).
    :param keep_prefix: characters kept in front (``mask``, ``fpe``).
    :param keep_suffix: characters kept at the end (``mask``, ``fpe``).
    :param granularity: ``year`` | ``month`` for dates, ``band`` for amounts (``generalize``).
    :param in_text: how a span of this type inside free text is transformed, when not as a whole
        field is (RULES.md R15 redacts identifiers in remarks to ``[TYPE]`` where their fields
        are pseudonymised); ``None``: the same way.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    op: Op
    key: str | None = None
    keep_prefix: int = 0
    keep_suffix: int = 0
    granularity: Literal["year", "month", "band"] | None = None
    in_text: TransformSpec | None = None


@dataclass(frozen=True)
class Keyring:
    """The keys of the transforms, by id. Never printed: ``SecretStr`` hides them."""

    hmac_keys: dict[str, SecretStr]
    encrypt_keys: dict[str, SecretStr]
    fpe_keys: dict[str, tuple[SecretStr, SecretStr]]  # key id -> (hex key, hex tweak)
    default_hmac: str
    default_encrypt: str
    default_fpe: str
    # keyed objects made once per key id: FF3-1 ciphers, HMACs to copy, AES-GCM instances
    _ciphers: dict[str, Ff3Digits] = field(default_factory=dict, compare=False, repr=False)
    _macs: dict[str, HmacSha256] = field(default_factory=dict, compare=False, repr=False)
    _aeads: dict[str, AESGCM] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for kid, secret in self.encrypt_keys.items():
            if len(_hex(secret, kid)) not in (16, 24, 32):
                raise ConfigError(f"encrypt key {kid!r} must be 128, 192 or 256 bits of hex")
        for kid, (key, tweak) in self.fpe_keys.items():
            if len(_hex(key, kid)) not in (16, 24, 32) or len(_hex(tweak, kid)) != 7:
                raise ConfigError(f"fpe key {kid!r} needs a 128/192/256-bit hex key and a 56-bit hex tweak (FF3-1)")
        for kind, default, keys in (
            ("hmac", self.default_hmac, self.hmac_keys),
            ("encrypt", self.default_encrypt, self.encrypt_keys),
            ("fpe", self.default_fpe, self.fpe_keys),
        ):
            if default not in keys:
                raise ConfigError(f"default {kind} key id {default!r} is not in the keyring")

    def hmac(self, kid: str | None) -> tuple[str, HmacSha256]:
        """The key id and an HMAC-SHA256 keyed with it once (keying costs about as much as
        hashing a short message)."""
        kid = kid or self.default_hmac
        mac = self._macs.get(kid)
        if mac is None:
            if kid not in self.hmac_keys:
                raise ConfigError(f"unknown hmac key id {kid!r}")
            mac = self._macs[kid] = HmacSha256(self.hmac_keys[kid].get_secret_value().encode())
        return kid, mac

    def aead(self, kid: str | None) -> tuple[str, AESGCM]:
        kid = kid or self.default_encrypt
        aead = self._aeads.get(kid)
        if aead is None:
            if kid not in self.encrypt_keys:
                raise ConfigError(f"unknown encrypt key id {kid!r}")
            aead = self._aeads[kid] = AESGCM(_hex(self.encrypt_keys[kid], kid))
        return kid, aead

    def ff3(self, kid: str | None) -> Ff3Digits:
        kid = kid or self.default_fpe
        if kid not in self.fpe_keys:
            raise ConfigError(f"unknown fpe key id {kid!r}")
        cipher = self._ciphers.get(kid)
        if cipher is None:
            key, tweak = self.fpe_keys[kid]
            cipher = Ff3Digits(key.get_secret_value(), tweak.get_secret_value())
            self._ciphers[kid] = cipher
        return cipher


def _hex(secret: SecretStr, kid: str) -> bytes:
    try:
        return bytes.fromhex(secret.get_secret_value())
    except ValueError:
        raise ConfigError(f"key {kid!r} is not hex") from None


def stable_person_key(entity_type: str, value: str) -> str:
    """The normalised form that a pseudonym is computed from (so written variants join).

    Separators and case are dropped; a Home Return Permit keeps its first nine characters (the
    renewal count changes, the person does not); a phone number keeps its national digits.
    """
    # an e-mail address and a phone number read the value itself: the compacted, upper-cased copy
    # the other types take was made for them and thrown away (compact drops separators only, and
    # no character's upper case holds a digit its own form lacks: the phone's digits are the same)
    if entity_type == "EMAIL_ADDRESS":
        return value.strip().lower()
    if entity_type == "PHONE_NUMBER":
        digits = _NONDIGIT.sub("", value)
        for prefix in ("0086", "86", "00852", "852"):
            if digits.startswith(prefix) and len(digits) - len(prefix) in (8, 11):
                return digits[len(prefix) :]
        return digits
    s = compact(value).upper()
    if entity_type == "CN_HOME_RETURN_PERMIT":
        return s[:9]
    if entity_type == "HK_ID":
        return s.replace("(", "").replace(")", "")
    return s


def pseudonym(keyring: Keyring, entity_type: str, value: str, kid: str | None = None) -> str:
    """``tok_<key id>_<26 base32 chars>``: HMAC-SHA256 of the type and the stable person key."""
    key_id, mac = keyring.hmac(kid)
    return f"tok_{key_id}_{b32_128(mac.digest(f'{entity_type}:{stable_person_key(entity_type, value)}'.encode()))}"


# a pseudonym: its key id (letters, digits and '-': the ids a keyring is given) and its digest
_PSEUDONYM = re.compile(r"tok_([A-Za-z0-9-]+)_[a-z2-7]{26}")


def verify_pseudonym(keyring: Keyring, entity_type: str, value: str, token: str) -> bool:
    """Whether ``token`` is the pseudonym of ``value`` under the key id it names: the default or
    an older id kept after a rotation. A token whose id the keyring lacks is not verified."""
    shape = _PSEUDONYM.fullmatch(token)
    if shape is None or shape.group(1) not in keyring.hmac_keys:
        return False
    return hmac_compare(pseudonym(keyring, entity_type, value, shape.group(1)).encode(), token.encode())


# two base32 characters (RFC 4648 alphabet, lower case) for each 10-bit value
_B32_PAIRS = tuple(a + b for a in "abcdefghijklmnopqrstuvwxyz234567" for b in "abcdefghijklmnopqrstuvwxyz234567")


def py_b32_128(digest: bytes) -> str:
    """The first 16 bytes in unpadded lower-case base32 (26 characters), as
    ``base64.b32encode(digest[:16]).rstrip(b"=").lower()`` writes them, at a fraction of its cost
    (the standard library's base32 is pure Python): 130 bits, 13 pairs of characters, looked up
    without a loop."""
    n = int.from_bytes(digest[:16], "big") << 2
    p = _B32_PAIRS
    return (
        p[n >> 120]
        + p[(n >> 110) & 1023]
        + p[(n >> 100) & 1023]
        + p[(n >> 90) & 1023]
        + p[(n >> 80) & 1023]
        + p[(n >> 70) & 1023]
        + p[(n >> 60) & 1023]
        + p[(n >> 50) & 1023]
        + p[(n >> 40) & 1023]
        + p[(n >> 30) & 1023]
        + p[(n >> 20) & 1023]
        + p[(n >> 10) & 1023]
        + p[n & 1023]
    )


def b32_128(digest: bytes) -> str:
    """:func:`py_b32_128`, by the extension when it is installed (a tenth of the time)."""
    if extension is not None:
        return str(extension.b32_128(digest))
    return py_b32_128(digest)


def encrypt(keyring: Keyring, value: str, aad: str, kid: str | None = None) -> str:
    """``enc:v1:<key id>:<base64url(nonce || ciphertext)>``; the field path is authenticated data."""
    key_id, aead = keyring.aead(kid)
    nonce = os.urandom(12)
    sealed = aead.encrypt(nonce, value.encode(), aad.encode())
    return f"enc:v1:{key_id}:{base64.urlsafe_b64encode(nonce + sealed).decode().rstrip('=')}"


def decrypt(keyring: Keyring, token: str, aad: str) -> str:
    """The inverse of :func:`encrypt` (for re-identification in the mainland, with the key)."""
    try:
        _enc, _v, key_id, body = token.split(":", 3)
    except ValueError:
        raise ConfigError("not an enc:v1 token") from None
    _kid, aead = keyring.aead(key_id)
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    return aead.decrypt(raw[:12], raw[12:], aad.encode()).decode()


# Luhn's contribution of a digit at a doubled place, and its inverse
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
_UNDOUBLED = tuple(_DOUBLED.index(c) for c in range(10))
_DOUBLED_ASCII = str.maketrans("0123456789", "".join(str(c) for c in _DOUBLED))
# the fewest and the most digits of a card number (ISO/IEC 7812), as the detector's card
# recognizers read them: a value of fewer digits carries no Luhn constraint
CARD_MIN_DIGITS = 13
CARD_MAX_DIGITS = 19


def _luhn_part(digits: str, doubled_first: bool) -> int:
    """Luhn's sum over ``digits`` (decimal digits of any script), whose first digit is doubled or
    not: by the bytes for ASCII, a digit at a time otherwise."""
    if digits.isascii():
        kept, doubled = (digits[1::2], digits[0::2]) if doubled_first else (digits[0::2], digits[1::2])
        return sum(kept.encode()) + sum(doubled.translate(_DOUBLED_ASCII).encode()) - 48 * len(digits)
    total = 0
    for n, ch in enumerate(digits):
        total += _DOUBLED[int(ch)] if (n % 2 == 0) == doubled_first else int(ch)
    return total


def _valid_digit(head: str, stem: str, tail: str) -> int:
    """The digit ``d`` for which ``head + stem + d + tail`` passes Luhn (a reference for tests;
    :func:`luhn_breaking` computes the same with the fixed ends summed once)."""
    return _fitting_digit(_ends_sum(head, len(stem) + 1, tail), stem, len(tail))


def _ends_sum(head: str, middle_length: int, tail: str) -> int:
    """Luhn's sum over the kept ends around a middle of ``middle_length`` digits. A digit counted
    ``k`` places from the right (the last is 1) is doubled when ``k`` is even."""
    head_first = len(tail) + middle_length + len(head)  # the place of the head's first digit
    return _luhn_part(head, head_first % 2 == 0) + _luhn_part(tail, len(tail) % 2 == 0)


def _fitting_digit(ends: int, stem: str, tail_length: int) -> int:
    """The last middle digit that makes the number pass Luhn, given the ends' sum and the stem:
    its contribution is a permutation of 0-9 (doubled or not), so exactly one digit fits."""
    place = tail_length + 1
    total = ends + _luhn_part(stem, (place + len(stem)) % 2 == 0)
    need = -total % 10
    return _UNDOUBLED[need] if place % 2 == 0 else need


# Luhn's sums over a number's first digits, both ways at once, as one state ``10 * e + o``: ``e``
# (mod 10) with the digits at odd places doubled (the first digit's place is 1), which a prefix of
# even length needs, ``o`` with those at even places doubled (odd lengths). A prefix of ``k`` digits
# passes Luhn when its state's ``e`` (``k`` even) or ``o`` (``k`` odd) is 0.
# _STEP[place % 2][state][d]: the state after a digit ``d`` at ``place``
_STEP = tuple(
    tuple(
        tuple(
            (s // 10 + (_DOUBLED[d] if odd else d)) % 10 * 10 + (s % 10 + (d if odd else _DOUBLED[d])) % 10
            for d in range(10)
        )
        for s in range(100)
    )
    for odd in (False, True)
)
# _PASSES[k % 2][state]: whether a prefix of k digits ending in that state passes Luhn
_PASSES = (tuple(s < 10 for s in range(100)), tuple(s % 10 == 0 for s in range(100)))


def card_checked(place: int, length: int) -> bool:
    """Whether a card token of ``length`` digits must fail Luhn at its first ``place`` digits: the
    whole, and every prefix the card recognizers could read as a card followed by more digits
    (13 to 19 of them), wherever its separators stand."""
    return place >= CARD_MIN_DIGITS and (place <= CARD_MAX_DIGITS or place == length)


def _walk(state: int, digits: str, first_place: int, length: int) -> int | None:
    """The Luhn state after ``digits``, the first at ``first_place``, from ``state``; None when a
    checked prefix ends among them and passes."""
    for place, ch in enumerate(digits, first_place):
        state = _STEP[place % 2][state][int(ch)]
        if card_checked(place, length) and _PASSES[place % 2][state]:
            return None
    return state


def _safe_radices(head_length: int, middle_length: int, length: int) -> list[int]:
    """How many values each middle digit may take in a safe middle (:func:`luhn_breaking`): 10, 9
    where a checked prefix ends at it, and for the last ``10 - b``, ``b`` the checked prefixes that
    end at it or in the tail."""
    last = head_length + middle_length
    radices = [9 if card_checked(place, length) else 10 for place in range(head_length + 1, last)]
    radices.append(10 - sum(card_checked(place, length) for place in range(last, length + 1)))
    return radices


def _safe_middle(rank: int, head_length: int, state: int, tail: str, radices: list[int]) -> str:
    """The safe middle of that rank: the rank written in the mixed radices, and each of its digits
    read as the place of the middle digit among those the middle may take there, smallest first."""
    picks = []
    for radix in reversed(radices):
        rank, pick = divmod(rank, radix)
        picks.append(pick)
    picks.reverse()
    last = head_length + len(radices)
    length = last + len(tail)
    out = []
    for place, pick in enumerate(picks, head_length + 1):
        steps = _STEP[place % 2][state]
        for d in range(10):
            after = steps[d]
            if place < last:
                ok = not (card_checked(place, length) and _PASSES[place % 2][after])
            else:
                ok = _fails_on(after, last, tail, length)
            if ok:
                if not pick:
                    out.append(_DIGITS[d])
                    state = after
                    break
                pick -= 1
    return "".join(out)


def _fails_on(state: int, last: int, tail: str, length: int) -> bool:
    """Whether, from ``state`` after the middle's ``last`` place, no checked prefix ending there or
    in the tail passes Luhn."""
    return (
        not (card_checked(last, length) and _PASSES[last % 2][state])
        and _walk(state, tail, last + 1, length) is not None
    )


def luhn_breaking(head: str, middle: str, tail: str, permute: Callable[[str], str]) -> str | None:
    """A "safe" middle for ``head + middle + tail``: with it no checked prefix of the number (the
    whole, and every one of 13 to 19 digits: :func:`card_checked`) passes Luhn, one-to-one over the
    card numbers of those ends. None when a checked prefix lies inside the kept head and passes
    (a kept head of 13 digits or more): every token would pass there, and the caller masks the
    value whole.

    ``permute`` is a permutation of the ``m``-digit strings (``m = len(middle)``; FF3-1 under the
    card's tweak). Fix the head and tail. Write a middle as its stem ``P`` (its first ``m - 1``
    digits) and its last digit ``d``. For each stem exactly one ``d`` passes Luhn (see
    :func:`_valid_digit`), so the Luhn-valid middles ``V`` are ranked one-to-one onto
    ``[0, 10**(m-1))`` by ``int(P)``.

    The safe middles ``S``, written left to right: a checked prefix ending at a middle digit other
    than the last rules out exactly one value of that digit, whatever the digits before it (the
    prefix's last digit is undoubled: one value makes its sum 0 mod 10), which leaves 9; each
    checked prefix ending at the last middle digit or in the tail rules out exactly one value of
    the last digit (doubled or not, its contribution is a permutation of 0-9), at most ``b``
    values in all. Take in ``S'`` the middles whose last digit is one of the ``10 - b`` smallest
    values left: ``S'`` is a mixed-radix numeral (:func:`_safe_radices`), ranked and unranked
    digit by digit (:func:`_safe_middle`), of ``|S'| = 10**f * 9**a * (10 - b)`` middles (``f``
    free digits, ``a`` the prefixes of the first kind, ``f + a = m - 1``, ``a + b <= 8``: 13 to 19
    and the whole). Since ``0.9**a * (10 - b) >= 2`` for every such ``a`` and ``b``,
    ``|S'| >= 2 * |V|``.

    A valid middle's rank ``r`` lies in ``D = [0, |S'|)``. Cycle-walking ``permute`` in ``D``
    (apply it until the value, read as a number, falls in ``D``) is one-to-one on ``D``: the walk
    from ``x`` follows ``x``'s cycle of ``permute``, which comes back into ``D`` (at the latest at
    ``x``), every point it passes on the way lying outside ``D``; so going back from where it
    ends, with the inverse, the first point of ``D`` met is ``x`` itself, and the end determines
    the start. Unranking that value into ``S'`` is one-to-one too. So distinct valid middles get
    distinct safe middles: distinct cards (which share the head and tail, or differ in them and so
    in the token) never share a token. A middle that fails Luhn (a tagged value whose check
    failed) starts from its rank among the failing middles, ``9 * int(P) + i`` (``i`` the place
    of ``d`` among the stem's nine failing digits), modulo ``|S'|``: its token is safe too, but
    such values may share a token (there are more of them than safe middles). The walk takes
    ``10**m / |S'|`` steps on average: at most 5; 1.7 for a 16-digit card and 2.5 for a 19-digit
    one that keep 6 + 4 digits.
    """
    m = len(middle)
    length = len(head) + m + len(tail)
    start = _walk(0, head, 1, length)  # None: a checked prefix inside the kept head passes
    if start is None:
        return None
    radices = _safe_radices(len(head), m, length)
    safe = math.prod(radices)
    stem, last = middle[:-1], int(middle[-1])
    valid = _fitting_digit(_ends_sum(head, m, tail), stem, len(tail))
    rank = int(stem) if last == valid else (9 * int(stem) + (last if last < valid else last - 1)) % safe
    value = f"{rank:0{m}d}"
    while True:
        value = permute(value)
        if int(value) < safe:
            break
    return _safe_middle(int(value), len(head), start, tail, radices)


def fpe_digits(keyring: Keyring, value: str, keep_prefix: int, keep_suffix: int, kid: str | None = None) -> str:
    """Encrypt the digits between the kept prefix and suffix with FF3-1; separators stay in place.

    The tweak is the card's own: derived from the key's tweak and the kept digits (BIN and last
    four, visible anyway), so two cards share no cipher unless they share their visible ends. A
    value of card length (13 digits or more) gets a safe token: neither the whole nor any prefix of
    13 to 19 digits passes Luhn, so no token, nor its first digits with the rest read as a count or
    a code, can be mistaken for, or used as, a real card number; the step that makes it safe is
    one-to-one (:func:`luhn_breaking`), so no two cards share a token. A value whose kept head
    leaves no safe token (13 kept digits or more that pass Luhn) is masked whole. Same value, same
    token, however its separators are placed.
    """
    digits = _NONDIGIT.sub("", value)
    cut = len(digits) - keep_suffix
    head, middle, tail = digits[:keep_prefix], digits[keep_prefix:cut], digits[cut:]
    if len(middle) < 6:
        # too short for FF3-1 (radix**len >= 1,000,000) and for its kept ends to mean anything: a
        # mis-tagged 11-digit phone would keep 10 of its digits, so nothing is kept at all
        return mask_value(value)
    cipher = keyring.ff3(kid).tweaked(head, tail)
    if len(digits) >= CARD_MIN_DIGITS:
        hidden = cipher.card_middle(head, middle, tail)
        if hidden is None:  # a kept head of 13 digits or more that passes Luhn: no safe token
            return mask_value(value)
        out = head + hidden + tail
    else:
        out = head + cipher.encrypt(middle) + tail
    if len(digits) == len(value):
        return out
    it = iter(out)
    return "".join(next(it) if ch.isdecimal() else ch for ch in value)


def mask_value(value: str, keep_prefix: int = 0, keep_suffix: int = 0, char: str = "*") -> str:
    """Mask every letter and digit except the kept ends; separators keep the shape. When the ends
    would leave fewer than four characters masked, nothing is kept (a short value shows nothing)."""
    n = len(value)
    if keep_prefix or keep_suffix:
        hidden = len(_ALNUM.findall(value, keep_prefix, max(keep_prefix, n - keep_suffix)))
        if hidden < 4:
            return _masked(value, char)
        # four or more hidden: the kept ends do not meet
        return value[:keep_prefix] + _masked(value[keep_prefix : n - keep_suffix], char) + value[n - keep_suffix :]
    return _masked(value, char)


AMOUNT_BANDS = (0, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000)


def generalize(value: Any, granularity: str | None, entity_type: str) -> str:
    """Dates to ``YYYY`` or ``YYYY-MM``; amounts (minor units) to a band such as ``1000-9999``."""
    if granularity == "band" or (granularity is None and isinstance(value, int) and entity_type == "AMOUNT"):
        amount = int(value)
        lower = max(b for b in AMOUNT_BANDS if b <= amount) if amount >= 0 else 0
        higher = [b for b in AMOUNT_BANDS if b > amount]
        return f"{lower}-{higher[0] - 1}" if higher else f"{lower}+"
    day = _as_date(value)
    return f"{day:%Y}" if granularity in (None, "year") else f"{day:%Y-%m}"


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        # Avro date (days) or timestamp-millis: days stay below 10**6
        if abs(value) < 1_000_000:
            return dt.date(1970, 1, 1) + dt.timedelta(days=value)
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC).date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    raise ConfigError(f"cannot generalize a {type(value).__name__} as a date")


def apply(spec: TransformSpec, keyring: Keyring, entity_type: str, value: Any, path: str, in_text: bool = False) -> Any:
    """Transform one value. In text, ``mask`` writes ``[TYPE]`` and ``drop`` removes the span.

    :returns: the new value; ``None`` for a dropped field.
    """
    if in_text and spec.in_text is not None:
        spec = spec.in_text
    op = spec.op
    if op == "keep":
        return value
    if op == "drop":
        return "" if in_text else None
    text = value if isinstance(value, str) else str(value)
    if op == "mask":
        if in_text and not (spec.keep_prefix or spec.keep_suffix):
            return f"[{entity_type}]"
        return mask_value(text, spec.keep_prefix, spec.keep_suffix)
    if op == "hmac":
        return pseudonym(keyring, entity_type, text, spec.key)
    if op == "fpe":
        return fpe_digits(keyring, text, spec.keep_prefix, spec.keep_suffix, spec.key)
    if op == "encrypt":
        return encrypt(keyring, text, path, spec.key)
    if op == "generalize":
        return generalize(value, spec.granularity, entity_type)
    raise ConfigError(f"unknown operator {op!r}; valid: {', '.join(OPS)}")


def describe(spec: TransformSpec) -> str:
    """A short, value-free description for schema docs and audit entries."""
    if spec.op in ("hmac", "encrypt", "fpe"):
        return f"{spec.op}({spec.key or 'default key'})"
    if spec.op == "mask" and (spec.keep_prefix or spec.keep_suffix):
        return f"mask(keep {spec.keep_prefix}+{spec.keep_suffix})"
    if spec.op == "generalize":
        return f"generalize({spec.granularity or 'year'})"
    return spec.op


# Defaults per entity type (the policy overrides them). AUTH_SECRET is always dropped: card
# security codes, PINs and passwords may never be stored after authorisation, not even as tokens.
DEFAULT_TRANSFORMS: dict[str, TransformSpec] = {
    "CREDIT_CARD": TransformSpec(op="fpe", keep_prefix=6, keep_suffix=4),
    "CN_RESIDENT_ID": TransformSpec(op="hmac"),
    "HK_ID": TransformSpec(op="hmac"),
    "MO_ID": TransformSpec(op="hmac"),
    "CN_HOME_RETURN_PERMIT": TransformSpec(op="hmac"),
    "CN_EXIT_ENTRY_PERMIT": TransformSpec(op="hmac"),
    "CN_PASSPORT": TransformSpec(op="hmac"),
    "CN_BANK_ACCOUNT": TransformSpec(op="hmac"),
    "HK_BANK_ACCOUNT": TransformSpec(op="hmac"),
    "IBAN_CODE": TransformSpec(op="hmac"),
    "PHONE_NUMBER": TransformSpec(op="hmac"),
    "EMAIL_ADDRESS": TransformSpec(op="hmac"),
    "IP_ADDRESS": TransformSpec(op="mask"),
    "PERSON": TransformSpec(op="mask"),
    "DATE_OF_BIRTH": TransformSpec(op="generalize", granularity="year"),
    "CN_USCC": TransformSpec(op="keep"),
    "CN_USCC_INDIVIDUAL": TransformSpec(op="hmac"),  # an individual business: a person's identifier
    "AUTH_SECRET": TransformSpec(op="drop"),
}
