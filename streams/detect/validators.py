"""Check-digit and format validators for Greater China identifiers (see shared IDENTIFIERS.md).

phonenumbers decides which numbers are allocated. Luhn and ISO 7064 MOD 11-2 are python-stdnum's
algorithms, but stdnum's generic versions (any alphabet, any modulus) cost several microseconds a
call, and every card-shaped or ID-shaped run of digits in every field is checked: the table-driven
versions here give the same answers (``tests/unit/test_check_digits.py`` compares them with
stdnum on random input) in a fraction of the time. What no library covers (HKID, the USCC with
letters in front, HK bank codes) is here too.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import time
from collections.abc import Callable
from functools import lru_cache
from operator import mul

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import numdb

from streams.detect.fold import fold
from streams.native import extension

RIC_PROVINCES = frozenset(
    ("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65").split()
)
HMT_PERMIT_PREFIXES = {"810000": "HK", "820000": "MO", "830000": "TW"}
HK_BANK_CODES = frozenset(
    (
        "003 004 005 006 007 009 012 015 016 018 020 022 024 025 027 028 035 038 039 040 041 043 045 046 "
        "047 049 050 052 054 055 056 060 061 063 065 066 067 071 072 074 075 076 077 080 081 082 085 086 "
        "092 093 097 103 106 108 109 110 112 118 119 128 138 139 145 150 151 152 153 161 164 165 170 172 "
        "180 183 185 186 188 198 199 201 202 203 206 210 214 221 222 227 229 230 233 236 237 238 239 241 "
        "242 243 244 245 246 248 249 250 251 252 254 258 259 260 261 262 263 264 265 266 267 268 269 271 "
        "272 273 274 275 276 277 278 307 308 309 316 320 324 337 338 339 341 342 343 344 345 353 357 358 "
        "359 360 361 368 371 372 374 376 377 378 379 380 381 382 383 384 385 386 387 388 389 390 391 392 "
        "393 394 395"
    ).split()
)
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_VALUE = {c: i for i, c in enumerate(USCC_ALPHABET)}
_USCC_SET = frozenset(USCC_ALPHABET)
_USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
# each digit doubled, then its two digits added (Luhn)
_LUHN_DOUBLED = str.maketrans("0123456789", "0246813579")
# ISO 7064 MOD 11-2 weights of the 17 body digits of a resident ID: 2**(17-i) mod 11
_MOD_11_2_WEIGHTS = [pow(2, 17 - i, 11) for i in range(17)]
_MOD_11_2_OFFSET = 48 * sum(_MOD_11_2_WEIGHTS)


def luhn_valid(digits: str) -> bool:
    """Luhn over ASCII digits (False for anything else)."""
    if not (digits.isascii() and digits.isdigit()):
        return False
    # the ASCII codes of the digits, less 48 for each: the digits' sum without an int() per digit
    kept = digits[-1::-2].encode()
    doubled = digits[-2::-2].translate(_LUHN_DOUBLED).encode()
    return (sum(kept) + sum(doubled) - 48 * len(digits)) % 10 == 0


def mod_11_2_valid(value: str) -> bool:
    """ISO 7064 MOD 11-2 of 17 digits and a check character 0-9 or X."""
    if len(value) != 18 or not value[:17].isdecimal() or value[17] not in "0123456789X":
        return False
    body = value[:17]
    if body.isascii():  # the ASCII codes, less 48 times the weights: no int() per digit
        total = sum(map(mul, body.encode(), _MOD_11_2_WEIGHTS)) - _MOD_11_2_OFFSET
    else:
        total = sum(int(c) * w for c, w in zip(body, _MOD_11_2_WEIGHTS, strict=True))
    check = (12 - total % 11) % 11
    return value[17] == ("X" if check == 10 else str(check))


_SEPARATORS = re.compile(r"[\s\-()/]")
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9._%+-]+")
_EMAIL_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_EMAIL_TLD = re.compile(r"[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}")


def compact(value: str) -> str:
    """The value without spaces, dashes, brackets and slashes."""
    return value if value.isalnum() else _SEPARATORS.sub("", value)


_EARLIEST_BIRTH = dt.date(1900, 1, 1)


def _ric_structure_ok(s: str, today: dt.date | None) -> bool:
    # the check digit first: it turns away ten candidates in eleven, and costs least
    if not mod_11_2_valid(s):
        return False
    try:
        born = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return _EARLIEST_BIRTH <= born <= (today or dt.date.today())


def py_is_valid_cn_ric(value: str, today: dt.date | None = None) -> bool:
    """Mainland resident ID, or the HK/Macao/Taiwan residence permit (810000/820000/830000)."""
    s = compact(value).upper()
    if s[:2] not in RIC_PROVINCES and s[:6] not in HMT_PERMIT_PREFIXES:
        return False
    return _ric_structure_ok(s, today)


def ric_birth_date(value: str) -> dt.date | None:
    s = compact(value)
    try:
        return dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return None


def residency_from_ric(value: str) -> str | None:
    """'HK', 'MO' or 'TW' for a residence permit number, else None."""
    return HMT_PERMIT_PREFIXES.get(compact(value)[:6])


def hkid_check_char(prefix: str, digits6: str) -> str:
    vals = ([36] if len(prefix) == 1 else []) + [ord(c) - 55 for c in prefix] + [int(d) for d in digits6]
    total = sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2], strict=True))
    r = (11 - total % 11) % 11
    return "A" if r == 10 else str(r)


_HKID = re.compile(r"([A-Z]{1,2})(\d{6})\s?(?:\(([0-9A])\)|([0-9A]))")


def py_is_valid_hkid(value: str) -> bool:
    m = _HKID.fullmatch(value.strip().upper())
    if not m:
        return False
    return hkid_check_char(m.group(1), m.group(2)) == (m.group(3) or m.group(4))


def py_is_valid_mo_id(value: str) -> bool:
    return re.fullmatch(r"[157](?:\d{6}\s?\(\d\)|/\d{6}/\d|\d{7})", value.strip()) is not None


def py_is_valid_cn_hrp(value: str) -> bool:
    return re.fullmatch(r"[HM]\d{8}(?:\d{2})?|[HM]A\d{7}", value.strip().upper()) is not None


def py_is_valid_cn_eep(value: str) -> bool:
    return re.fullmatch(r"C(?:\d{8}|[A-HJ-NP-Z]\d{7})", value.strip().upper()) is not None


def py_is_valid_cn_passport(value: str) -> bool:
    return re.fullmatch(r"E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7}", value.strip().upper()) is not None


def uscc_check_char(body17: str) -> str:
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, body17), _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def py_is_valid_cn_uscc(value: str) -> bool:
    """GB 32100-2015 check character (letters allowed in the first two places, unlike stdnum)."""
    s = compact(value).upper()
    if len(s) != 18 or not s[2:8].isdigit() or not _USCC_SET.issuperset(s):
        return False
    return uscc_check_char(s[:17]) == s[17]


def card_network(pan: str) -> str | None:
    """The card scheme of a PAN by its IIN and length, or None."""
    n = len(pan)
    if pan.startswith("62") and 16 <= n <= 19:
        return "UNIONPAY"
    if pan.startswith("4") and n in (13, 16, 19):
        return "VISA"
    if n == 16 and (51 <= int(pan[:2]) <= 55 or 2221 <= int(pan[:4]) <= 2720):
        return "MASTERCARD"
    if n == 15 and pan[:2] in ("34", "37"):
        return "AMEX"
    if pan.startswith("35") and 16 <= n <= 19 and 3528 <= int(pan[:4]) <= 3589:
        return "JCB"
    if (pan.startswith("6011") or pan.startswith("65") or "644" <= pan[:3] <= "649") and 16 <= n <= 19:
        return "DISCOVER"
    if pan.startswith("6759") and 12 <= n <= 19:
        return "MAESTRO"
    if n == 14 and pan[:2] in ("30", "36", "38"):
        return "DINERS"
    if n == 16 and pan.startswith("5019"):
        return "DANKORT"
    # airline cards: a 1 and fifteen digits in all
    if n == 15 and pan[0] == "1":
        return "UATP"
    return _other_network(pan)


# networks the extension's table (native/src/validators.rs) does not hold, by their IIN ranges as
# the networks publish them, checked in Python after it. Ranges that mainland account numbers share
# (UnionPay's 81 block, RuPay's 60, Elo, Verve) are left to the card word (patterns._unlisted_card)
_MAESTRO_PREFIXES = ("5018", "5020", "5038", "5893", "6304", "6761", "6762", "6763")


def _other_network(pan: str) -> str | None:
    n = len(pan)
    if not 12 <= n <= 19:
        return None
    if "2200" <= pan[:4] <= "2204" and n >= 16:
        return "MIR"
    if pan.startswith(_MAESTRO_PREFIXES):
        return "MAESTRO"
    if n >= 16 and pan.startswith("9792"):
        return "TROY"
    if n >= 16 and pan.startswith(_HIPERCARD_PREFIXES):
        return "HIPERCARD"
    # Diners Club International's sixteen- to nineteen-digit cards (its fourteen-digit ones are in
    # the extension's table), as the test-card lists print them too ("3056 9300 0902 0004")
    if n >= 16 and pan.startswith(_DINERS_PREFIXES):
        return "DINERS"
    # Maestro's 67 block (Bancontact's 6703 among them), sixteen digits and more: shorter numbers
    # of the block are an order's or a reference's length too
    if n >= 16 and pan.startswith("67"):
        return "MAESTRO"
    # Vietnam's domestic network (its sixteen- and nineteen-digit cards)
    if n in (16, 19) and pan.startswith("9704"):
        return "NAPAS"
    return None


_DINERS_PREFIXES = ("300", "301", "302", "303", "304", "305", "3095", "36", "38", "39")
# (JCB's old ranges below 3528 and Switch's and Solo's 6331-6334, which test-card lists still print, are
# left out: no card has been issued in them for decades, and mainland accounts of seventeen digits and
# more start with them; a number of theirs is a card after a card word, as any Luhn-valid one is)
_HIPERCARD_PREFIXES = ("606282", "637095", "637568", "637599", "637609", "637612")


def other_network_card(value: str) -> bool:
    """A valid card of a network only :func:`_other_network` knows (the extension's check says no
    to it), the value folded first."""
    pan = compact(value if value.isascii() else fold(value))
    return pan.isascii() and pan.isdigit() and _other_network(pan) is not None and luhn_valid(pan)


# live ranges of networks that mainland account numbers share (RuPay's 60, 65, 81, 82 and 508, Elo,
# Verve), as the networks publish them: a Luhn-valid sixteen-digit number in one of them is a card
# without a card word too (patterns.CARD scores it below an account number with its keyword, and
# not at all after an account, order, reference or phone word). Sixteen digits only (and Verve's
# nineteen): an eighteen-digit 81/82 number is a residence permit's shape
_LIVE_PREFIXES = (
    # RuPay
    ("60", 16, 16),
    ("65", 16, 16),
    ("81", 16, 16),
    ("82", 16, 16),
    ("508", 16, 16),
    # Elo (the ranges outside Visa's 4, UnionPay's 62 and Discover's 65)
    ("504175", 16, 16),
    ("5066", 16, 16),
    ("50670", 16, 16),
    ("50671", 16, 16),
    ("50672", 16, 16),
    ("50673", 16, 16),
    ("50674", 16, 16),
    ("50675", 16, 16),
    ("50676", 16, 16),
    ("50677", 16, 16),
    ("509", 16, 16),
    ("636297", 16, 16),
    ("636368", 16, 16),
    # Verve
    ("5060", 16, 19),
    ("5061", 16, 19),
    ("5078", 16, 19),
    ("5079", 16, 19),
)


def live_range_card(value: str) -> bool:
    """A Luhn-valid number of a card network's live range that mainland accounts share (RuPay, Elo,
    Verve), the value folded first; 16 digits (Verve also 19)."""
    pan = compact(value if value.isascii() else fold(value))
    if not (pan.isascii() and pan.isdigit()):
        return False
    n = len(pan)
    return any(pan.startswith(p) and low <= n <= high for p, low, high in _LIVE_PREFIXES) and luhn_valid(pan)


def luhn_number(value: str) -> bool:
    """Thirteen to nineteen digits (separators aside) that pass Luhn, whatever their network: a card
    of an issuer no table here lists, when a card word stands before it."""
    pan = compact(value if value.isascii() else fold(value))
    return pan.isascii() and pan.isdigit() and 13 <= len(pan) <= 19 and luhn_valid(pan)


def py_is_valid_card(value: str) -> bool:
    pan = compact(value)
    return pan.isascii() and pan.isdigit() and card_network(pan) is not None and luhn_valid(pan)


@lru_cache(maxsize=512)
def _allocated_patterns(region: str) -> tuple[re.Pattern[str], ...]:
    """libphonenumber's national-number patterns of a region (fixed line, mobile, ...)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return ()
    descs = (meta.fixed_line, meta.mobile, meta.toll_free, meta.voip, meta.pager, meta.uan, meta.personal_number)
    return tuple(re.compile(d.national_number_pattern) for d in descs if d is not None and d.national_number_pattern)


@lru_cache(maxsize=512)
def _allocated(region: str) -> re.Pattern[str] | None:
    """The region's national-number patterns as one alternation: it matches a whole number
    exactly when one of them does."""
    patterns = _allocated_patterns(region)
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns)) if patterns else None


def _phone_ok(national: str, region: str) -> bool:
    """Whether libphonenumber's metadata allocates this national number in the region
    (the same test as ``is_valid_number``, without parsing)."""
    allocated = _allocated(region)
    return allocated is not None and allocated.fullmatch(national) is not None


def phone_region(value: str) -> str | None:
    """'CN', 'HK' or 'MO' when the value is an allocated mainland, Hong Kong or Macao number (a
    mainland fixed line with its trunk 0 or +86 and area code, a Macao number with +853), else None.

    Prefixes are stripped by hand: from Hong Kong, ``008`` is itself an IDD prefix, so
    ``phonenumbers.parse("00852 ...", "HK")`` misreads the number.
    """
    s = compact(value)
    if s.startswith("+86") or s.startswith("0086"):
        national = s[3:] if s[0] == "+" else s[4:]
        # the trunk 0 written after the country code, as in +86 (0)755 2688 1234
        if national[:1] == "0" and national[1:2] != "0":
            national = national[1:]
        return "CN" if _phone_ok(national, "CN") else None
    if s.startswith("+852") or s.startswith("00852") or (s.startswith("852") and len(s) == 11):
        national = s[-8:]
        return "HK" if _phone_ok(national, "HK") else None
    if s.startswith("+853") or s.startswith("00853") or (s.startswith("853") and len(s) == 11):
        return "MO" if _phone_ok(s[-8:], "MO") and len(s) in (11, 12, 13) else None
    # a mainland mobile after its country code written without "+" (86 138 1234 5678), or a fixed
    # line (86-755-26881234, 86 (0)10 6275 1234)
    if s.startswith("86") and len(s) == 13 and s[2] == "1":
        return "CN" if _phone_ok(s[2:], "CN") else None
    if s.startswith("86") and s[2:3] != "1" and 11 <= len(s) <= 14:
        national = s[3:] if s[2] == "0" else s[2:]
        return "CN" if national[:1] != "0" and _phone_ok(national, "CN") else None
    if len(s) == 11 and s[0] == "1":
        return "CN" if _phone_ok(s, "CN") else None
    if s[:1] == "0" and s[1:2] != "0" and 10 <= len(s) <= 12:  # a trunk 0, an area code, a fixed line
        return "CN" if _phone_ok(s[1:], "CN") else None
    if len(s) == 8:
        return "HK" if _phone_ok(s, "HK") else None
    return None


def py_is_valid_phone(value: str) -> bool:
    return phone_region(value) is not None


def hk_mobile(value: str) -> bool:
    """Whether the value's last eight digits are a Hong Kong mobile number by libphonenumber's
    metadata (a bare ``9288 1043``, as rows and forms write one)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region("HK")
    mobile = meta.mobile.national_number_pattern if meta is not None and meta.mobile is not None else None
    return mobile is not None and _hk_mobile(mobile).fullmatch(compact(value)[-8:]) is not None


@lru_cache(maxsize=1)
def _hk_mobile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_TRUNK_ZERO = re.compile(r"\(0\)")


def international_phone_region(value: str) -> str | None:
    """The region of a number written in international form, ``+`` and a country code of any
    region (``+44 20 7946 0958``, ``+1 (415) 555-0132``, ``+81 3-1234-5678``, ``+44 (0)20 ...``),
    when libphonenumber's metadata allocates its national number there (the test of
    ``is_valid_number``, without parsing: a parse costs about a hundred microseconds), else None."""
    s = compact(_TRUNK_ZERO.sub("", value.strip()).replace(".", ""))
    if s[:2] == "00":  # the international prefix dialled for "+"
        s = "+" + s[2:]
    if s[:1] != "+" or not s[1:].isdigit() or not s[1:].isascii() or not 8 <= len(s) <= 16:
        return None
    digits = s[1:]
    for size in (1, 2, 3):
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size]))
        if not regions:
            continue
        national = digits[size:]
        for region in regions:
            if region != "001" and _phone_ok(national, region):
                return str(region)
        return None
    return None


def nanp_phone(value: str) -> bool:
    """A North American number in its national form (ten digits, a 1 before them allowed) that
    libphonenumber's metadata allocates in the United States or Canada."""
    s = compact(value.replace(".", "-"))
    if len(s) == 11 and s[0] == "1":
        s = s[1:]
    return len(s) == 10 and s.isascii() and s.isdigit() and (_phone_ok(s, "US") or _phone_ok(s, "CA"))


def _iban_lengths() -> dict[str, int]:
    """Each IBAN country's code and the length of its IBANs, from python-stdnum's IBAN registry
    (the BBAN structure, such as ``4!n4!n12!c``, adds up to the length less four)."""
    registry = numdb.get("iban")
    lengths: dict[str, int] = {}
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for country in (a + b for a in letters for b in letters):
        info = registry.info(country + "00")
        structure = info[0][1].get("bban") if info and info[0][1] else None
        if structure:
            lengths[country] = 4 + sum(int(n) for n in re.findall(r"(\d+)!", structure))
    return lengths


IBAN_LENGTHS: dict[str, int] = _iban_lengths()
_IBAN_SEPARATORS = re.compile(r"[ -]")
# ISO 7064 mod 97-10 reads each letter as its number from A=10 to Z=35
_MOD_97_DIGITS = str.maketrans({c: str(i) for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")})


def mod_97_10_valid(value: str) -> bool:
    """ISO 7064 mod 97-10 over ASCII digits and capitals, as python-stdnum's ``mod_97_10``
    computes it (which converts each character by itself: several microseconds a call)."""
    if not (value.isascii() and value.isalnum() and value == value.upper()):
        return False
    return int(value.translate(_MOD_97_DIGITS)) % 97 == 1


def py_is_valid_iban(value: str) -> bool:
    """An IBAN of any country in the registry, with or without its print form's spaces: the
    country's length, the ISO 7064 mod 97-10 check, then python-stdnum's test of the BBAN's
    structure. A bank's national check digits inside the BBAN are not asked for (stdnum's
    ``check_country``): the mod 97 check is the evidence, and a bank's own rule is no reason to
    let a number through."""
    s = _IBAN_SEPARATORS.sub("", value.strip()).upper()
    if IBAN_LENGTHS.get(s[:2]) != len(s) or not s[2:4].isdigit() or not s.isalnum() or not s.isascii():
        return False
    # the cheap check first (one in 97 random candidates passes it), stdnum's structure after it
    return mod_97_10_valid(s[4:] + s[:4]) and stdnum_iban.is_valid(s, check_country=False)


def py_is_valid_hk_bank_account(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})[- ](\d{3})[- ](\d{1,10}(?:[- ]\d{1,10}){0,2})", value.strip())
    if not m:
        return False
    account = compact(m.group(3))
    return m.group(1) in HK_BANK_CODES and 6 <= len(account) <= 10


def py_is_valid_cn_bank_account(value: str) -> bool:
    s = compact(value)
    return s.isdigit() and 10 <= len(s) <= 25


def py_is_valid_email(value: str) -> bool:
    """An address of RFC 5321's lengths: a local part of ASCII letters, digits and ``._%+-``, or of
    any letters and digits with those signs (RFC 6531: 陳大文, josé); a domain whose labels, an
    internationalised one in its IDNA form, are a host's."""
    v = value.strip()
    if len(v) > 254 or v.count("@") != 1:
        return False
    local, domain = v.split("@")
    if not 1 <= len(local) <= 64 or ".." in local or local[0] == "." or local[-1] == ".":
        return False
    if not (_EMAIL_LOCAL.fullmatch(local) or (not local.isascii() and all(c.isalnum() or c in "._%+-" for c in local))):
        return False
    labels = [_ascii_label(label) for label in domain.split(".")]
    if len(labels) < 2 or not _EMAIL_TLD.fullmatch(labels[-1]):
        return False
    return all(_EMAIL_LABEL.fullmatch(label) for label in labels)


def _ascii_label(label: str) -> str:
    """A domain label as DNS carries it: an internationalised one (例子, 香港) in its punycode
    form (IDNA), "" when it has none."""
    if label.isascii():
        return label
    try:
        return label.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


# a dotted quad as ipaddress accepts it: ASCII digits, no leading zero, each part at most 255
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")


def py_is_valid_ip(value: str) -> bool:
    """What ``ipaddress.ip_address`` accepts; a dotted quad is recognised first, in one match
    (ipaddress parses each part in Python, several microseconds a call)."""
    if _IPV4.fullmatch(value.strip()):
        return True
    try:
        ipaddress.ip_address(value.strip())
    except ValueError:
        return False
    return True


def always(_value: str) -> bool:
    return True


# The validators the detector and classify call. A value that is not ASCII is folded first
# (streams.detect.fold: full-width and other Unicode digits, full-width letters and signs, Unicode
# spaces), so that a card typed in full-width digits passes its check as the ASCII one does; then
# the extension's check runs for an ASCII value, the Python reference above otherwise (it knows
# what Python's isdecimal, isspace and upper make of any character).
# tests/unit/test_check_digits.py holds the two equal on generated values.


# today's local date as YYYYMMDD, and the epoch second the day ends: date.today() reads the
# clock and the time zone at every call, a microsecond, for every resident ID checked
_TODAY: list[float] = [0, 0.0]


def _today_number(today: dt.date | None) -> int:
    if today is not None:
        return today.year * 10000 + today.month * 100 + today.day
    now = time.time()
    if now >= _TODAY[1]:
        day = dt.date.fromtimestamp(now)
        tomorrow = dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
        _TODAY[0], _TODAY[1] = day.year * 10000 + day.month * 100 + day.day, tomorrow.timestamp()
    return int(_TODAY[0])


def is_valid_cn_ric(value: str, today: dt.date | None = None) -> bool:
    """Mainland resident ID, or the HK/Macao/Taiwan residence permit (810000/820000/830000)."""
    if not value.isascii():
        value = fold(value)
    if extension is not None and value.isascii():
        return bool(extension.valid_cn_ric(value, _today_number(today)))
    return py_is_valid_cn_ric(value, today)


def _ascii_native(name: str, reference: Callable[[str], bool]) -> Callable[[str], bool]:
    """The check ``reference`` makes of the folded value, by the extension's function ``name``
    when that is ASCII."""
    native = getattr(extension, name, None)

    def check(value: str) -> bool:
        if not value.isascii():
            value = fold(value)
        return bool(native(value)) if native is not None and value.isascii() else reference(value)

    check.__doc__ = reference.__doc__
    return check


def _folding(reference: Callable[[str], bool]) -> Callable[[str], bool]:
    """The check ``reference`` makes, of the folded value."""

    def check(value: str) -> bool:
        return reference(value if value.isascii() else fold(value))

    check.__doc__ = reference.__doc__
    return check


is_valid_mo_id = _folding(py_is_valid_mo_id)
is_valid_cn_hrp = _folding(py_is_valid_cn_hrp)
is_valid_cn_eep = _folding(py_is_valid_cn_eep)
is_valid_cn_passport = _folding(py_is_valid_cn_passport)
is_valid_phone = _folding(py_is_valid_phone)
is_valid_intl_phone = _folding(lambda value: international_phone_region(value) is not None)
is_valid_nanp_phone = _folding(nanp_phone)
is_valid_hk_bank_account = _folding(py_is_valid_hk_bank_account)
is_valid_email = _folding(py_is_valid_email)
is_valid_ip = _folding(py_is_valid_ip)
is_valid_iban = _folding(py_is_valid_iban)


is_valid_hkid = _ascii_native("valid_hkid", py_is_valid_hkid)
is_valid_cn_uscc = _ascii_native("valid_cn_uscc", py_is_valid_cn_uscc)
_is_valid_card_native = _ascii_native("valid_card", py_is_valid_card)


def is_valid_card(value: str) -> bool:
    """A card of any network :func:`card_network` knows, with its Luhn check."""
    return _is_valid_card_native(value) or other_network_card(value)


LISTED_CARD = 2
UNLISTED_CARD = 1


def card_class(value: str) -> int:
    """:data:`LISTED_CARD` for a valid card of a network :func:`card_network` knows,
    :data:`UNLISTED_CARD` for thirteen to nineteen digits of no such network that pass Luhn, 0
    otherwise: one pass over the value (the detector asks this of every card-shaped run)."""
    if _is_valid_card_native(value):
        return LISTED_CARD
    pan = compact(value if value.isascii() else fold(value))
    if not (pan.isascii() and pan.isdigit() and 12 <= len(pan) <= 19 and luhn_valid(pan)):
        return 0
    if _other_network(pan) is not None:
        return LISTED_CARD
    return UNLISTED_CARD if len(pan) >= 13 and card_network(pan) is None else 0


is_valid_cn_bank_account = _ascii_native("valid_cn_bank_account", py_is_valid_cn_bank_account)
