"""The Greater China recognizer pack: regex candidates, validators, context words, precedence.

A recognizer finds candidates with a regular expression whose look-arounds refuse to start or end
inside a longer alphanumeric or grouped-digit run. Python's ``\\b`` sees no boundary between a CJK
character and a digit, so ``卡号6222...`` needs these explicit look-arounds instead. Each candidate is
then checked by its validator (check digits, allocation tables). Types without a check digit need a
context word before them, within a window, or score below the default threshold.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from streams.detect import validators as v
from streams.detect.findings import Finding

# no letter or digit immediately before / after
_L = r"(?<![0-9A-Za-z])"
_R = r"(?![0-9A-Za-z])"
# not inside a grouped digit run ("1234 5678 ...") either
_LG = r"(?<![0-9A-Za-z+])(?<![0-9][ -])"
_RG = r"(?![0-9A-Za-z])(?![ -][0-9])"


def field_start(starts: Sequence[int], offset: int) -> int:
    """The start of the field that holds ``offset`` (``starts`` ascending, the first 0)."""
    return starts[bisect_right(starts, offset) - 1]


def literals(words: Sequence[str], flags: int = 0) -> re.Pattern[str]:
    """An alternation of literal words, the longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), flags)


def _ctx(*words: str) -> re.Pattern[str]:
    """A case-insensitive alternation of context words."""
    return literals(words, re.IGNORECASE)


@dataclass(frozen=True)
class Recognizer:
    """One entity type's candidate pattern and its checks.

    :param base_score: score of a validated candidate without context.
    :param context_score: score when a context word stands within ``window`` characters before it.
    :param priority: breaks overlaps between types (higher wins), after validation.
    :param needs_context: a callable deciding per candidate whether context is required.
    """

    name: str
    entity_type: str
    pattern: re.Pattern[str]
    validate: Callable[[str], bool]
    base_score: float
    context_score: float = 1.0
    context: re.Pattern[str] | None = None
    window: int = 32
    priority: int = 0
    needs_digit: bool = True
    group: int = 0
    needs_context: Callable[[str], bool] = field(default=lambda _value: False)
    # literals one of which must occur in the text, in any case, for the pattern to match at all.
    # Looked for case-insensitively in the text itself, as the pattern's (?i:...) matches: in a
    # lowered copy, "PİN" would read "pi̇n" (İ lowers to two characters) and the gate would shut
    # on a text the pattern matches (tests/unit/detect_texts.py holds such words)
    required: tuple[str, ...] = ()
    # the fewest digits a match holds in one run (separators " " and "-" allowed inside the run)
    min_digits: int = 0
    # a pattern every match contains a match of: no match of it in the text, nothing to scan for
    gate: re.Pattern[str] | None = None
    _required: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        if self.required:
            object.__setattr__(self, "_required", literals(self.required, re.IGNORECASE))

    def scan(self, text: str, starts: Sequence[int] = ()) -> list[Finding]:
        """Findings in ``text``. When it joins several fields, ``starts`` (ascending offsets of
        each field) keeps context words from reaching back into the field before."""
        out: list[Finding] = []
        if self._required is not None and self._required.search(text) is None:
            return out
        group = self.group
        for m in self.pattern.finditer(text):
            if m.group(group) is None:
                continue
            found = self.judge(text, m.start(), m.start(group), m.end(group), starts)
            if found is not None:
                out.append(found)
        return out

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        """The finding a match makes, if any: ``start`` is where the whole match starts, the value
        (the pattern's group) is ``text[value_start:value_end]``."""
        value = text[value_start:value_end]
        if not self.validate(value):
            return None
        score = self.base_score
        if self.context is not None:
            floor = start - self.window
            if starts:
                floor = max(floor, field_start(starts, start))
            if self.context.search(text, max(0, floor), start):
                score = self.context_score
            elif self.needs_context(value):
                return None
        return Finding(self.entity_type, value_start, value_end, score, self.name, "", True)


ID_CONTEXT = _ctx(
    "身份证", "身份證", "证件", "證件", "id card", "id no", "id number", "resident id", "居民身份", "居住证"
)
HKID_CONTEXT = _ctx("hkid", "身份證", "身份证", "id card", "香港身份", "identity card", "id no", "id")
MO_CONTEXT = _ctx("澳門", "澳门", "macau", "macao", "bir")
HRP_CONTEXT = _ctx(
    "回乡证", "回鄉證", "来往内地通行证", "來往內地通行證", "home return", "hrp", "permit", "通行证", "通行證"
)
EEP_CONTEXT = _ctx("往来港澳", "往來港澳", "通行证", "通行證", "exit-entry", "exit entry", "eep", "permit")
PASSPORT_CONTEXT = _ctx("护照", "護照", "passport", "pp no")
USCC_CONTEXT = _ctx(
    "统一社会信用代码", "統一社會信用代碼", "信用代码", "信用代碼", "uscc", "税号", "稅號", "credit code"
)
PHONE_CONTEXT = _ctx(
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "聯絡",
    "聯繫",
    "致电",
    "來電",
    "来电",
    "tel",
    "phone",
    "mobile",
    "call",
    "whatsapp",
    "wechat",
    "sms",
    "fps",
    "contact",
)
CN_ACCOUNT_CONTEXT = _ctx(
    "账号", "帐号", "帳號", "账户", "帳戶", "户号", "戶號", "对公", "對公", "account", "acct", "a/c"
)
HK_ACCOUNT_CONTEXT = _ctx("账号", "帳號", "戶口", "户口", "account", "acct", "a/c", "bank", "銀行", "银行")

# an upper-case letter right before six digits: in every HKID, permit and passport number
LETTER_THEN_DIGITS = re.compile(r"[A-Z]\d{6}")

RIC = Recognizer(
    "gc_ric",
    "CN_RESIDENT_ID",
    re.compile(_L + r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]" + _R),
    v.is_valid_cn_ric,
    base_score=1.0,
    priority=9,
    min_digits=17,
)
HKID = Recognizer(
    "gc_hkid",
    "HK_ID",
    re.compile(_L + r"[A-Z]{1,2}\d{6}\s?(?:\([0-9A]\)|[0-9A])" + r"(?![0-9A-Za-z])"),
    v.is_valid_hkid,
    base_score=0.95,
    context=HKID_CONTEXT,
    # unbracketed, an HKID has the shape of a permit or passport number: require a keyword
    needs_context=lambda value: "(" not in value,
    priority=8,
    min_digits=6,
    gate=LETTER_THEN_DIGITS,
)
MO_ID = Recognizer(
    "gc_mo_id",
    "MO_ID",
    re.compile(r"(?<![0-9A-Za-z+])(?<![0-9][ -])[157](?:\d{6}\s?\(\d\)|/\d{6}/\d|\d{7})(?![0-9A-Za-z])(?![ -][0-9])"),
    v.is_valid_mo_id,
    base_score=0.7,
    context_score=0.9,
    context=MO_CONTEXT,
    needs_context=lambda value: value.isdigit(),
    priority=5,
    min_digits=6,  # the legacy 1/234567/8 form
)
HRP = Recognizer(
    "gc_home_return_permit",
    "CN_HOME_RETURN_PERMIT",
    re.compile(_L + r"(?:[HM]\d{8}(?:\d{2})?|[HM]A\d{7})" + _R),
    v.is_valid_cn_hrp,
    base_score=0.4,
    context_score=0.85,
    context=HRP_CONTEXT,
    priority=4,
    min_digits=7,
    gate=LETTER_THEN_DIGITS,
)
EEP = Recognizer(
    "gc_exit_entry_permit",
    "CN_EXIT_ENTRY_PERMIT",
    re.compile(_L + r"C(?:\d{8}|[A-HJ-NP-Z]\d{7})" + _R),
    v.is_valid_cn_eep,
    base_score=0.4,
    context_score=0.85,
    context=EEP_CONTEXT,
    priority=4,
    min_digits=7,
    gate=LETTER_THEN_DIGITS,
)
PASSPORT = Recognizer(
    "gc_passport",
    "CN_PASSPORT",
    re.compile(_L + r"(?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7})" + _R),
    v.is_valid_cn_passport,
    base_score=0.4,
    context_score=0.85,
    context=PASSPORT_CONTEXT,
    priority=4,
    min_digits=7,
    gate=LETTER_THEN_DIGITS,
)
USCC = Recognizer(
    "gc_uscc",
    "CN_USCC",
    re.compile(_L + r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + _R),
    v.is_valid_cn_uscc,
    base_score=0.85,
    context_score=1.0,
    context=USCC_CONTEXT,
    # about 1 in 31 random 18-digit strings (order numbers, mistyped resident IDs) pass the check:
    # codes whose first 17 characters are digits need a keyword
    needs_context=lambda value: value[:17].isdigit(),
    priority=6,
    min_digits=6,
)
CARD_CONTEXT = _ctx(
    "卡号", "卡號", "银行卡", "銀行卡", "信用卡", "借记卡", "银联", "銀聯", "card", "pan", "unionpay", "visa"
)
_RIC_SHAPE = re.compile(r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9X]")
CARD = Recognizer(
    "gc_card",
    "CREDIT_CARD",
    re.compile(_LG + r"\d(?:[ -]?\d){12,18}" + _RG),
    v.is_valid_card,
    base_score=1.0,
    context=CARD_CONTEXT,
    # an 18-digit 62... number shaped like a resident ID (a Gansu ID with a wrong check digit passes
    # Luhn one time in ten): a card only next to a card keyword
    needs_context=lambda value: _RIC_SHAPE.fullmatch(v.compact(value)) is not None,
    priority=7,
    min_digits=13,
)
CN_MOBILE = Recognizer(
    "gc_cn_mobile",
    "PHONE_NUMBER",
    re.compile(r"(?<![0-9A-Za-z+])(?<![0-9][ -])(?:(?:\+|00)86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}" + _RG),
    v.is_valid_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    priority=3,
    min_digits=11,
)
HK_PHONE = Recognizer(
    "gc_hk_phone",
    "PHONE_NUMBER",
    re.compile(
        r"(?<![0-9A-Za-z+])(?<![0-9][ -])(?:(?:\+|00)852[ -]?|\(852\)[ -]?|\(\+852\)[ -]?)?[2-9]\d{3}[ -]?\d{4}" + _RG
    ),
    v.is_valid_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    # eight bare digits are too common to call a phone without a keyword or a +852 prefix
    needs_context=lambda value: len(v.compact(value)) == 8,
    priority=3,
    min_digits=8,
)
HK_ACCOUNT = Recognizer(
    "gc_hk_bank_account",
    "HK_BANK_ACCOUNT",
    re.compile(r"(?<![0-9])\d{3}[- ]\d{3}[- ]\d{1,10}(?:[- ]\d{1,10}){0,2}(?![0-9])"),
    v.is_valid_hk_bank_account,
    base_score=0.6,
    context_score=0.9,
    context=HK_ACCOUNT_CONTEXT,
    priority=2,
    min_digits=7,
)
CN_ACCOUNT = Recognizer(
    "gc_cn_bank_account",
    "CN_BANK_ACCOUNT",
    re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]?\d){9,24}(?![0-9A-Za-z])"),
    v.is_valid_cn_bank_account,
    base_score=0.0,
    context_score=0.8,
    context=CN_ACCOUNT_CONTEXT,
    window=16,
    needs_context=lambda _value: True,
    priority=1,
    min_digits=10,
)
EMAIL = Recognizer(
    "gc_email",
    "EMAIL_ADDRESS",
    re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?![A-Za-z0-9-])"),
    v.is_valid_email,
    base_score=1.0,
    needs_digit=False,
    priority=6,
    required=("@",),
)
IPV4 = Recognizer(
    "gc_ipv4",
    "IP_ADDRESS",
    re.compile(r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)"),
    v.is_valid_ip,
    base_score=0.9,
    priority=2,
    required=(".",),
)
IPV6 = Recognizer(
    "gc_ipv6",
    "IP_ADDRESS",
    re.compile(
        r"(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){1,7}(?::|(?::[0-9A-Fa-f]{1,4}){1,7}|[0-9A-Fa-f]{1,4})(?![0-9A-Fa-f:])"
    ),
    lambda value: value.count(":") >= 2 and v.is_valid_ip(value),
    base_score=0.9,
    needs_digit=False,
    priority=2,
    required=(":",),
)

_AUTH_WORDS = (
    "cvv",
    "cvc",
    "cvn",
    "cid",
    "pin",
    "otp",
    "one-time",
    "one time",
    "passcode",
    "security code",
    "verification code",
    "auth code",
    "安全码",
    "安全碼",
    "验证码",
    "驗證碼",
    "校验码",
    "校驗碼",
    "动态码",
    "動態碼",
    "动态密码",
    "密码",
    "密碼",
)
# blanks, an optional separator word or sign, blanks. Written as blanks, then optionally the
# separator and its blanks, each run of blanks possessive (``*+``): what follows a run (a
# separator, a digit, a password character) is never a blank, so giving blanks back never helps,
# and a pattern that may give them back tries every split of a long run between its two runs of
# blanks (quadratic: about a second on 8,000 spaces after "PIN", and the native scanner's
# backtracking limit quarantined the record). tests/unit/test_detect_linear.py times every
# pattern of the pack on long runs.
_SECRET_SEP = r"[ \t]*+(?:(?:is|:|：|=|为|為|是|#|no\.?)[ \t]*+)?"  # noqa: S105 - a separator, not a secret
AUTH_NUMERIC = Recognizer(
    "gc_auth_numeric",
    "AUTH_SECRET",
    re.compile(
        r"(?:(?<![A-Za-z0-9_])(?i:cvv2|cvv|cvc2|cvc|cvn2|cid|pin|otp|one-time password|one time password|passcode|"
        r"security code|verification code|auth code)(?![A-Za-z])"
        r"|安全码|安全碼|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|密码|密碼|交易密码|支付密码)"
        + _SECRET_SEP
        + r"(\d{3,8})(?![0-9])"
    ),
    v.always,
    base_score=0.95,
    group=1,
    priority=10,
    required=_AUTH_WORDS,
)
AUTH_PASSWORD = Recognizer(
    "gc_auth_password",
    "AUTH_SECRET",
    re.compile(
        r"(?:(?<![A-Za-z0-9_])(?i:password|passwd|pwd)(?![A-Za-z])|登录密码|登錄密碼|密码|密碼)"
        + _SECRET_SEP
        + r"([^\s，。；、,;]{4,64})"
    ),
    lambda value: not value.isdigit() or len(value) > 8,
    base_score=0.9,
    needs_digit=False,
    group=1,
    priority=10,
    required=("password", "passwd", "pwd", "密码", "密碼"),
)
TRACK = Recognizer(
    "gc_track_data",
    "AUTH_SECRET",
    re.compile(r"%B\d{13,19}\^[^^]{2,26}\^\d{4}[^?\s]*\??|;\d{13,19}=\d{4}\d*\??"),
    v.always,
    base_score=1.0,
    priority=11,
    required=("%b", "="),
)

ID_RECOGNIZERS: tuple[Recognizer, ...] = (
    TRACK,
    AUTH_NUMERIC,
    AUTH_PASSWORD,
    RIC,
    HKID,
    CARD,
    USCC,
    EMAIL,
    MO_ID,
    HRP,
    EEP,
    PASSPORT,
    CN_MOBILE,
    HK_PHONE,
    HK_ACCOUNT,
    IPV4,
    IPV6,
    CN_ACCOUNT,
)
