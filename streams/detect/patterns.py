"""The Greater China recognizer pack: regex candidates, validators, context words, precedence.

A recognizer finds candidates with a regular expression whose look-arounds refuse to start or end
inside a longer alphanumeric or grouped-digit run. Python's ``\\b`` sees no boundary between a CJK
character and a digit, so ``卡号6222...`` needs these explicit look-arounds instead. Each candidate is
then checked by its validator (check digits, allocation tables). Types without a check digit need a
context word before them, within a window, or score below the default threshold.
"""

from __future__ import annotations

import ipaddress
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from streams.detect import validators as v
from streams.detect.findings import Finding
from streams.detect.roman_names import is_name_part, is_name_word
from streams.detect.zh_names import scan_zh_names
from streams.detect.zh_surnames import PINYIN as PINYIN_SURNAMES

# no letter or digit immediately before / after
_L = r"(?<![0-9A-Za-z])"
_R = r"(?![0-9A-Za-z])"
# not inside a grouped digit run ("1234 5678 ...") either
_LG = r"(?<![0-9A-Za-z+])(?<![0-9][ -])"
_RG = r"(?![0-9A-Za-z])(?![ -][0-9])"
_CJK = chr(0x3400) + "-" + chr(0x4DBF) + chr(0x4E00) + "-" + chr(0x9FFF)
# as _RG, but a group of one or two digits after a blank may follow when a word follows it (a
# count: "call +852 9333 1122 1 次", "4111 1111 1111 1111 2 times") or it opens a date or a time
# ("... 1111 12/27"): a number's own last group is followed by neither. In a group: the native
# scanner takes a pattern's top-level look-aheads apart only when none nests another
_RG_TAIL = r"(?:(?![0-9A-Za-z])(?![ -][0-9](?![0-9]?(?:[ \t]*+[A-Za-z" + _CJK + r"]|[/:][0-9]))))"
# only the tail: a number followed by a count or a date. Its recognizers score below a mainland
# account with its keyword (0.8), so that an account whose last group reads like a count
# ("账号 6222 0212 3456 7894 12 已冻结") is still taken whole, not cut by a card or phone inside it
_TAIL_SCORE = 0.7


def _with_tail(behind: str, number: str) -> re.Pattern[str]:
    """The number (group 1) followed by a blank and a count, a date or a list's next number, which the match takes in
    (so that the native scanner's look-around-free core finds only numbers with a tail: a core
    that found every number, each then refused by a look-ahead, cost a few microseconds a text)."""
    # (or a list's next item: "2) 王磊 值班 138 2654 7790 3) v3.4.1 已上线")
    return re.compile(
        behind + "(" + number + r") [0-9][0-9]?(?![0-9])(?=[ \t]*[A-Za-z" + _CJK + r"]|[/:][0-9]|[)）][ \t])"
    )


_DIGIT = re.compile(r"\d")


def field_start(starts: Sequence[int], offset: int) -> int:
    """The start of the field that holds ``offset`` (``starts`` ascending, the first 0)."""
    return starts[bisect_right(starts, offset) - 1]


def look_back(text: str, start: int, span: int) -> int:
    """Where a look-back of ``span`` characters before ``start`` begins: never in the field before
    (a record's fields are scanned joined by a separator that holds a NUL)."""
    return max(0, start - span, text.rfind("\x00", 0, start) + 1)


# a table pasted as text: its rows parted by line ends or bars, its fields by commas or tabs
_ROW_BREAK = re.compile(r"\n|[ \t]*[|｜][ \t]*")
_FIELD_BREAK = re.compile(r"[,\t，]")


def column_label(text: str, value_start: int, value_end: int) -> str | None:
    """The heading of the column a value stands in, when ``text`` is a table pasted as text (a CSV's
    rows after its heading row, parted by line ends or bars) and the value is a whole field of a row
    below the heading: the heading row's field at the value's place, in lower case. The heading row is
    the first row of the text's field whose fields hold no digit; the value's place is counted by the
    separators before it in its row (an amount's comma after it does not move it)."""
    floor = text.rfind("\x00", 0, value_start) + 1
    rows = [floor]
    rows.extend(m.end() for m in _ROW_BREAK.finditer(text, floor, value_start))
    if len(rows) < 2:
        return None
    row_start = rows[-1]
    end = _ROW_BREAK.search(text, value_end)
    row_end = len(text) if end is None else end.start()
    heading = _FIELD_BREAK.split(text[rows[0] : rows[1]].rstrip(" \t|｜\n"))
    if len(heading) < 2 or any(_DIGIT.search(h) is not None or len(h.strip()) > 32 for h in heading):
        return None
    place = len(_FIELD_BREAK.findall(text, row_start, value_start))
    # the value is a whole field: nothing but blanks between it and its separators
    own_start = max((m.end() for m in _FIELD_BREAK.finditer(text, row_start, value_start)), default=row_start)
    after = _FIELD_BREAK.search(text, value_end, row_end)
    if text[own_start:value_start].strip() or text[value_end : row_end if after is None else after.start()].strip():
        return None
    return heading[place].strip().lower() if place < len(heading) else None


def literals(words: Sequence[str], flags: int = 0) -> re.Pattern[str]:
    """An alternation of literal words, the longest first; with ``re.IGNORECASE``, the same matches
    in :func:`case_free_source`'s form."""
    ordered = sorted(words, key=len, reverse=True)
    if flags & re.IGNORECASE:
        return re.compile(case_free_source(ordered), flags & ~re.IGNORECASE)
    return re.compile("|".join(re.escape(w) for w in ordered), flags)


# characters ``re`` matches, under IGNORECASE, with a character of another case than their own upper,
# lower and title forms (the long s with s, the Kelvin sign with k, the dotted and dotless i with i);
# tests/unit/test_patterns_case.py compares every code point
_FOLD_EXTRA = "\u017f\u212a\u0130\u0131\u212b\u00b5\u00df\u1e9e"


def case_forms(char: str) -> list[str]:
    """The characters that ``re`` matches against ``char`` under IGNORECASE, ``char`` among them."""
    pool = {char, *_FOLD_EXTRA}
    for _ in range(2):  # the case forms of the case forms (of İ: i, then I), a form's first character
        pool |= {form[0] for c in pool for form in (c.lower(), c.upper(), c.title(), c.casefold())}
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return sorted(c for c in pool if pattern.fullmatch(c) is not None)


def word_start_source(word: str, rest: str) -> str:
    """The source of branches, compiled without IGNORECASE, that match what ``(?<![a-z])`` + ``word``
    + ``rest`` matches under IGNORECASE: ``word`` at a word's start, then ``rest`` (a pattern), each
    branch led by a form of the word's first character (see :func:`case_free_source`)."""
    return "|".join(
        re.escape(first) + "(?<!(?i:[a-z])" + re.escape(first) + ")(?i:" + re.escape(word[1:]) + rest + ")"
        for first in case_forms(word[0])
    )


def case_free_source(words: Sequence[str]) -> str:
    """The source of a pattern, compiled without IGNORECASE, that matches what the alternation of
    ``words`` (in their order) matches under IGNORECASE, at the same places: one branch for each
    form of a first character (each of its case forms), the words that start with it, after it,
    in a case-insensitive group, in their order.

    Under IGNORECASE, ``re`` tries every word at every place of a window (a 32-character window
    before a phone number, tried with 100 phone words, took 8 to 16 us); here every branch starts
    with a literal, so ``re`` skips to a place whose character starts a word and tries only the
    branches of that character (0.4 to 1 us)."""
    rests: dict[str, list[str]] = {}
    for word in words:
        for first in case_forms(word[0]):
            rests.setdefault(first, []).append(re.escape(word[1:]))
    return "|".join(re.escape(first) + "(?i:" + "|".join(tails) + ")" for first, tails in rests.items())


def grouped_source(alternatives: Sequence[str], word_start: bool = True, word_end: bool = True) -> str:
    """The source of branches, compiled without IGNORECASE, that match what
    ``(?i:(?<![a-z])(?:alternatives)(?![a-z]))`` matches (without the look-behind when not
    ``word_start``, without the look-ahead when not ``word_end``), at the same places and with the
    same alternative chosen at each: the alternatives are patterns, each led by an ASCII letter; one
    branch per case form of a first letter (:func:`case_forms`), the rests of the alternatives it
    leads after it, in their order, in a case-insensitive group (see :func:`case_free_source`: a
    window's search then skips to the places whose character may lead an alternative, where it tried
    every alternative at every place). tests/unit/test_patterns_case.py compares each pattern built so
    with the alternation it replaces."""
    rests: dict[str, list[str]] = {}
    for alternative in alternatives:
        if not (alternative[0].isascii() and alternative[0].isalpha()):
            raise ValueError(f"an alternative led by no letter: {alternative!r}")
        rests.setdefault(alternative[0].lower(), []).append(alternative[1:])
    end = "(?![a-z])" if word_end else ""
    branches = []
    for first, tails in rests.items():
        inner = "(?i:(?:" + "|".join(tails) + ")" + end + ")"
        for form in case_forms(first):
            start = "(?<!(?i:[a-z])" + re.escape(form) + ")" if word_start else ""
            branches.append(re.escape(form) + start + inner)
    return "|".join(branches)


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
    # the score of a candidate that needs context and has none (0: not reported). A right check
    # digit is strong evidence on its own: an all-digit USCC or an unbracketed HKID is reported
    # without a keyword, below the score of a type whose own keyword stands before it, unless a
    # word of ``negative`` stands in the window
    bare_score: float | Callable[[str], float] = 0.0
    # generic identity words ("document", "ID no.", "证件号", "号码"): when the type's own keyword
    # is missing, one of these within the window gives ``generic_score``, unless a word of
    # ``negative`` (order, invoice, phone, ...) stands in the window too, or ``generic_value``
    # refuses the value (a card- or resident-ID-shaped account number)
    generic: re.Pattern[str] | None = None
    generic_score: float = 0.8
    negative: re.Pattern[str] | None = None
    generic_value: Callable[[str], bool] = field(default=lambda _value: True)
    # where a value must stand for ``bare_score`` to apply (``place``'s arguments); None: anywhere
    bare_place: Callable[[str, int, int, int], bool] | None = None
    # a cue right before the value that names it whatever else its sentence says (a verb of telling
    # and "on": "pls inform her on 6583 2207"), against which ``negative`` does not count; None: none
    cued: Callable[[str, int], bool] | None = None
    # the headings of a pasted table's column (a CSV's "phone", "電話") that name the value as a context
    # word does: the value a whole field of a row below the heading row (:func:`column_label`)
    column: re.Pattern[str] | None = None
    # literals one of which must occur in the text, in any case, for the pattern to match at all.
    # Looked for case-insensitively in the text itself, as the pattern's (?i:...) matches: in a
    # lowered copy, "PİN" would read "pi̇n" (İ lowers to two characters) and the gate would shut
    # on a text the pattern matches (tests/unit/detect_texts.py holds such words)
    required: tuple[str, ...] = ()
    # the fewest digits a match holds in one run (separators " " and "-" allowed inside the run)
    min_digits: int = 0
    # a pattern every match contains a match of: no match of it in the text, nothing to scan for
    gate: re.Pattern[str] | None = None
    # where the value stands, checked in Python on each candidate (``place(text, start,
    # value_start, value_end)``, False refuses it): what a pattern would pay dearly to say in
    # look-arounds the native scanner compiles (words before and after a value, a run's alignment)
    place: Callable[[str, int, int, int], bool] | None = None
    # context words after the value, within ``after_window`` characters and no digit between
    # ("打6234 1187俾我", "91234567 (mobile)"): count as a context word before it does
    after: re.Pattern[str] | None = None
    after_window: int = 10
    # ``after`` only right at the value's end (what may stand between is the pattern's to say): a
    # search of the window tried it at every place, where only a match at the end can count
    after_adjacent: bool = False
    # the highest score a finding of this recognizer can have: a candidate on a span where a finding
    # scored above it stands already can only lose to that finding, and the engine does not judge it
    ceiling: float = 1.0
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
        if self.place is not None and not self.place(text, start, value_start, value_end):
            return None
        score = self.base_score
        if self.context is not None:
            floor = self._floor(start, starts)
            if (
                self.context.search(text, floor, start)
                or self._after_near(text, value_end, starts)
                or (self.column is not None and self._in_column(text, value_start, value_end))
            ):
                score = self.context_score
            elif self._generic_near(text, floor, start, value):
                score = self.generic_score
            elif self.needs_context(value):
                bare = self.bare_score(value) if callable(self.bare_score) else self.bare_score
                # nor when the sentence speaks of an order, a reference, a phone (a Chinese full stop
                # ends it: "每戶$50。華姐本人9380 1125")
                if not bare or (
                    self.negative is not None
                    and self.negative.search(text, _sentence_floor(text, floor, start), start)
                    and (self.cued is None or not self.cued(text, value_start))
                ):
                    return None
                if self.bare_place is not None and not self.bare_place(text, start, value_start, value_end):
                    return None
                score = bare
        return Finding(self.entity_type, value_start, value_end, score, self.name, "", True)

    def _floor(self, start: int, starts: Sequence[int]) -> int:
        """Where the context window before a match starting at ``start`` begins: ``window``
        characters back, no further than the match's own field (``starts``) nor the text's start."""
        floor = start - self.window
        if starts:
            floor = max(floor, field_start(starts, start))
        return max(0, floor)

    def _after_near(self, text: str, value_end: int, starts: Sequence[int]) -> bool:
        if self.after is None:
            return False
        ceiling = min(len(text), value_end + self.after_window)
        if starts:
            following = bisect_right(starts, value_end)
            if following < len(starts):
                ceiling = min(ceiling, starts[following])
        if self.after_adjacent:
            return self.after.match(text, value_end, ceiling) is not None
        m = self.after.search(text, value_end, ceiling)
        return m is not None and _DIGIT.search(text, value_end, m.start()) is None

    def _in_column(self, text: str, value_start: int, value_end: int) -> bool:
        assert self.column is not None
        if "," not in text and "\t" not in text and "，" not in text:
            return False
        label = column_label(text, value_start, value_end)
        return label is not None and self.column.fullmatch(label) is not None

    def _generic_near(self, text: str, floor: int, start: int, value: str) -> bool:
        if self.generic is None or self.generic.search(text, floor, start) is None:
            return False
        if self.negative is not None and self.negative.search(text, floor, start) is not None:
            return False
        return self.generic_value(value)


def _sentence_floor(text: str, floor: int, start: int) -> int:
    """Where the sentence holding ``start`` begins, no lower than ``floor``: after a Chinese full stop,
    exclamation or question mark, a semicolon (a list's items: "Lo Ka Chun 6935 2170 HKD 780; Wu Sze
    Wing 5603 8824"), or an English stop, exclamation or question mark before a blank and a capital
    ("(Mannings HKD 89.90). Ma Chi Wai 6097 1123"; a full stop alone also ends abbreviations: "ref.
    5123 4567")."""
    at = max(floor, *(text.rfind(mark, floor, start) + 1 for mark in "。！？；;"))
    end = at
    for m in _ENGLISH_SENTENCE_END.finditer(text, at, start):
        word = m.group(1)
        if word is None or (len(word) >= 3 and word.lower() not in _ABBREVIATIONS):
            end = m.end()
    return end


# a stop, exclamation or question mark after a closing bracket, a digit or a word, then a blank and a
# capital (the word is checked: "part no. CA3310427" is an abbreviation's stop, no sentence's end)
_ENGLISH_SENTENCE_END = re.compile(r"(?:[)）0-9]|(?<![A-Za-z])([A-Za-z]+))[.!?]['’\"”]?[ \t]+(?=[A-Z])")
_ABBREVIATIONS = frozenset(
    "ref tel acct acc inv dept approx est attn mrs ave ltd corp inc etc fig vol sec cust amt qty txn"
    " bal mgr req int ext min max avg".split()
)


ID_CONTEXT = _ctx(
    "身份证", "身份證", "证件", "證件", "id card", "id no", "id number", "resident id", "居民身份", "居住证"
)
HKID_CONTEXT = _ctx("hkid", "身份證", "身份证", "id card", "香港身份", "identity card", "id no", "id")
MO_CONTEXT = _ctx("澳門", "澳门", "macau", "macao", "bir")
HRP_CONTEXT = _ctx(
    "回乡证",
    "回鄉證",
    "回乡卡",
    "回鄉卡",
    "回鄉咭",
    "来往内地通行证",
    "來往內地通行證",
    "home return",
    "hrp",
    "permit",
    "通行证",
    "通行證",
)
EEP_CONTEXT = _ctx("往来港澳", "往來港澳", "通行证", "通行證", "exit-entry", "exit entry", "eep", "permit")
PASSPORT_CONTEXT = _ctx("护照", "護照", "passport", "pp no")
USCC_CONTEXT = _ctx(
    "统一社会信用代码", "統一社會信用代碼", "信用代码", "信用代碼", "uscc", "税号", "稅號", "credit code"
)
PHONE_CONTEXT = _ctx(
    # (an FPS proxy: the phone number a transfer is addressed to)
    "proxy",
    "电话",
    "電話",
    "手机",
    "手機",
    "联系",
    "聯絡",
    "聯繫",
    "致电",
    "致電",
    "打俾",
    "打畀",
    "打电话",
    "打電話",
    "手提",
    "my number",
    "number is",
    "reach me",
    "reach him",
    "reach her",
    "text me",
    "來電",
    "来电",
    # a call from the number, in Cantonese and Mandarin ("有個自稱經理嘅人打嚟 5638 2041")
    "打嚟",
    "打黎",
    "打過嚟",
    "打过嚟",
    "打来",
    "打來",
    "tel",
    "phone",
    "mobile",
    "call",
    "whatsapp",
    "wechat",
    "sms",
    "fps",
    # the Faster Payment System's Chinese names: its proxy id is often a mobile ("轉數快 5123 6677")
    "轉數快",
    "转数快",
    # HSBC's PayMe pays to a phone number ("PayMe 6288 9910")
    "payme",
    "contact",
    # a number named by whose or where it is: "his home number", "office no.", "landline"
    "home number",
    "home no",
    "office number",
    "office no",
    "work number",
    "direct line",
    "landline",
    "屋企",
    "住宅",
    "公司電話",
    "短信",
    "短訊",
    "微信",
    "傳真",
    "传真",
    "fax",
    "hotline",
    "cellphone",
    # a signature's direct line ("直線 2838 1122")
    "直線",
    "直线",
    "直綫",
    # a message left on the line ("left voicemail on 2891 4420")
    "voicemail",
    "voice mail",
    "voice message",
    "signal",
    "office",
    "my no",
    "new no",
    "his no",
    "her no",
    "new number",
    "her number",
    "his number",
    "your number",
    "their number",
    "contact number",
    "'s number",
    "’s number",
    # the number a SIM swap took, the number a bank holds ("SIM swap suspected on 6027 4418", "number on
    # file 2573 1186")
    "sim swap",
    "sim-swap",
    "number on file",
    "'s mobile",
    "’s mobile",
    "新號碼",
    "新号码",
    "打去",
    "打返",
    "打給",
    "打给",
)
# "text" as a verb of messaging ("text 我 6512 0987", "text him on"), never inside a word (context);
# the short labels of forms and signatures (T: 2123 4567, M. 9123 4567, Mob 9123 4567, Ph: ..., cell,
# hse for a home number)
# (each branch starts with a literal, as the words' do, so that re skips to a place where one may
# start: the same matches as the case-insensitive alternation of the words and of
# "(?<![a-z])text(?![a-z])|(?<![a-z])(?:mob|cell|hp|hse)(?![a-z])|(?<![a-z])(?:t|m|ph|h|o|w)\.?[ \t]?[:：]"
# "|(?<![a-z])(?:ph|tel|mob|cell)\.[ \t]*+\Z|(?:打|加我|(?<![a-z])pm ?我|(?<![a-z])send ?去)[ \t]*+\Z",
# which tests/unit/test_patterns_case.py compares it with, in a fifth of the time)
_LABEL = r"\.?[ \t]?[:：]"
_AT_NUMBER = r"[ \t]*+\Z"
PHONE_CONTEXT = re.compile(
    "|".join(
        (
            PHONE_CONTEXT.pattern,
            word_start_source("text", "(?![a-z])"),
            # (ring at a word's start: "ring me on", not "Engineering, BR 70213456")
            word_start_source("ring", "(?:s|ing)?(?![a-z])"),
            *(word_start_source(word, "(?![a-z])") for word in ("mob", "cell", "hp", "hse")),
            *(word_start_source(word, _LABEL) for word in ("t", "m", "ph", "h", "o", "w")),
            # or with its dot and no colon, right before the number ("ph. 2123 4567", "tel.91234567")
            *(word_start_source(word, r"\." + _AT_NUMBER) for word in ("ph", "tel", "mob", "cell")),
            # or a home's or an office's line, or "ph", a blank and the number ("home 2148 3976", "ph 3506 8172")
            *(word_start_source(word, _AT_NUMBER) for word in ("ph", "home", "office")),
            # Cantonese verbs right before the number: 打 9123 4567 (call), 加我 (add me), pm 我, send 去
            "打" + _AT_NUMBER,
            "加我" + _AT_NUMBER,
            # Macao's name right before the number, as a contact in brackets gives it ("（澳門 6288 1234）")
            "[（(]澳[門门]" + _AT_NUMBER,
            word_start_source("pm", " ?我" + _AT_NUMBER),
            word_start_source("send", " ?去" + _AT_NUMBER),
            # someone's number right before it ("got ur number ９１２５ ７７０３", "my number is 6123 4567")
            r"(?<![A-Za-z])(?i:ur|your|my|his|her|their|our)[ \t]+(?i:number|no\.?)(?:[ \t]+(?i:is|was))?[ \t]*[:：]?"
            + _AT_NUMBER,
        )
    )
)
# words after a phone number that say it is one: Cantonese and Chinese put the verb after it
# ("打6234 1187俾我", "6012 3344 揾我", "91234567 係我手提"), English a label ("9123 4567 (mobile)")
PHONE_AFTER = _ctx(
    "搵我",
    "揾我",
    "找我",
    "搵佢",
    "揾佢",
    "找他",
    "找她",
    "联系我",
    "聯絡我",
    "聯繫我",
    "俾我",
    "畀我",
    "给我",
    "給我",
    "電話",
    "电话",
    "手機",
    "手机",
    "手提",
    "call me",
    "text me",
    "whatsapp me",
    "call him",
    "call her",
    "mobile",
    "phone",
    "whatsapp",
    "wechat",
    "微信",
    # an extension after the number: "2854 3321 ext 118", "2688 1234 轉 8008"
    "ext",
    "轉",
    "转",
)
# Chinese and Hong Kong banks by the short names memos use: an account number after one
_BANK_NAMES = (
    "工行",
    "建行",
    "农行",
    "農行",
    "中行",
    "招行",
    "交行",
    "浦发",
    "浦發",
    "民生",
    "兴业",
    "興業",
    "邮储",
    "郵儲",
    "工商银行",
    "建设银行",
    "农业银行",
    "中国银行",
    "招商银行",
    "交通银行",
    "汇丰",
    "滙豐",
    "匯豐",
    "恒生",
    "恆生",
    "中銀",
    "东亚",
    "東亞",
    "渣打",
    "星展",
    "icbc",
    "ccb",
    "abc bank",
    "boc",
    "bochk",
    "cmb",
    "hsbc",
    "hang seng",
    "dbs",
    "bea",
    "standard chartered",
)
CN_ACCOUNT_WORDS = _ctx(
    "账号",
    "帐号",
    "帳號",
    "賬號",
    "账户",
    "帐户",
    "帳戶",
    "賬戶",
    "賬户",
    "户号",
    "戶號",
    "对公",
    "對公",
    "account",
    "acct",
    "a/c",
    "收款账",
    "收款賬",
    "收款帳",
    # a credit's or a statement's account (入账 4000 0212 0910 0012 345, 对账单 4102 0100 0400 12345)
    "入账",
    "入賬",
    "对账单",
    "對賬單",
    "对帐单",
    # a payment's or a remittance's destination ("pay to 4000 0276 1910 0338 215, CNY 86,400.00")
    "pay to",
    "paid to",
    "remit to",
    "transfer to",
    # a firm's account ("统一从公司户 4420 1501 1000 5297 3316 代发")
    "公司户",
    "公司戶",
    *_BANK_NAMES,
)
# or any bank's name right before the number, blanks or a colon between ("過數去平安銀行 15000091234567")
# (and a payment made to it, a receiving account, a SWIFT message's beneficiary field: "理赔款付至 1001 2345 ...",
# "内地收款户 1100 1016 ...", ":59:/4000 0231 0900 5678 912 HUANG JIAHUI")
CN_ACCOUNT_CONTEXT = re.compile(
    CN_ACCOUNT_WORDS.pattern
    # (not a phone bank's, a net bank's, the central bank's: 手机银行, 网上银行, 人民银行)
    + r"|(?:(?<!手机)(?<!手機)(?<!网上)(?<!網上)(?<!人民)(?<!电话)(?<!電話)(?:银行|銀行)"
    + r"|付至|收款户|收款戶|:59[AF]?:/?)"
    + r"[ \t]*+[:：]?[ \t]*+\Z"
)
HK_ACCOUNT_CONTEXT = _ctx(
    "账号",
    "帳號",
    "賬號",
    "帐号",
    "账户",
    "帐户",
    "帳戶",
    "賬戶",
    "戶口",
    "户口",
    "account",
    "acct",
    "a/c",
    "bank",
    "銀行",
    "银行",
    *_BANK_NAMES,
)
# generic identity words: a document number without check digit next to one of these is reported
# even when its type's own name is missing ("document no. H60318274", "证件号 EA6203918")
GENERIC_ID_WORDS = (
    "document",
    r"doc\.? ?no",
    "id ?no",
    "id number",
    "id#",
    "identity",
    "identification",
    "number on (?:the|his|her) (?:card|id)",
)
GENERIC_ID_CONTEXT = re.compile(grouped_source(GENERIC_ID_WORDS) + "|证件|證件|号码|號碼|编号|編號")
# words that make a generic identity word speak of something else: an order, a phone, a company
NOT_AN_ID_WORDS = tuple(
    "order|invoice|inv|ref|reference|txn|transaction|receipt|tracking|ticket|case|br|business registration|"
    "phone|tel|mobile|fax|whatsapp|sku|model|serial|part|parts|item|product|catalog|catalogue|spare|terminal|"
    "tid|merchant id|waybill|awb".split("|")
)
NOT_AN_ID_CONTEXT = re.compile(
    grouped_source(NOT_AN_ID_WORDS) + "|"
    # a terminal's number ("終端機 10023391": a Macao ID's shape)
    r"终端|終端|"
    r"订单|訂單|单号|單號|发票|發票|交易|流水|参考|參考|工单|工單|快递|快遞|运单|運單|商业登记|商業登記|"
    r"电话|電話|手机|手機|傳真|传真|型号|型號|零件|配件|货号|貨號|料号|料號|产品|產品"
)
# an upper-case letter right before six digits: in every HKID, permit and passport number
LETTER_THEN_DIGITS = re.compile(r"[A-Z]\d{6}")
# the shape of a resident ID: province, a birth date from 1800 to 2099, sequence, check
_RIC_SHAPE = re.compile(r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9X]")


def _ric_shaped(value: str) -> bool:
    return _RIC_SHAPE.fullmatch(v.compact(value).upper()) is not None


RIC = Recognizer(
    "gc_ric",
    "CN_RESIDENT_ID",
    re.compile(_L + r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]" + _R),
    v.is_valid_cn_ric,
    base_score=1.0,
    priority=9,
    min_digits=17,
)
# a resident ID written in groups ("4403 0519 9203 1542 63", "440305 19920315 4263"): the check
# digit and the birth date are verified as for the plain form
RIC_GROUPED = replace(
    RIC,
    name="gc_ric_grouped",
    # (a number may follow after a blank: a date, an amount: "身份证号：320106 19900917 4517 2024年6月1日";
    # the check digit and the birth date decide, not the neighbour)
    pattern=re.compile(
        _LG
        + r"(?:[1-9]\d{3}(?:[ -]\d{4}){3}[ -]\d[0-9Xx]|[1-9]\d{5}[ -](?:\d{8}|\d{4}[ -]\d{4})[ -]\d{3}[0-9Xx])"
        + r"(?![0-9A-Za-z])(?!-[0-9])"
    ),
)
# a permit's or a passport's own word right before an unbracketed number of an HKID's shape ("回乡证
# MA4829163", "護照 EA1234567", "通行证 CA1234567"), after an HKID's word further back ("澳门身份证 ...，回乡证
# MA4829163"): the number is that document's (one in eleven of them passes the HKID check)
_OTHER_DOCUMENT_RIGHT_BEFORE = re.compile(
    r"(?:回乡证|回鄉證|回乡卡|回鄉卡|通行证|通行證|护照|護照|(?i:home return permit|passport|permit))"
    r"[ \t]*+(?:[:：#]|(?i:no\.?))?[ \t]*+\Z"
)


def _hkid_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    return "(" in text[value_start:value_end] or (
        _OTHER_DOCUMENT_RIGHT_BEFORE.search(text, max(0, value_start - 24), value_start) is None
    )


HKID = Recognizer(
    "gc_hkid",
    "HK_ID",
    re.compile(_L + r"[A-Z]{1,2}\d{6}\s?(?:\([0-9A]\)|[0-9A])" + r"(?![0-9A-Za-z])"),
    v.is_valid_hkid,
    base_score=0.95,
    place=_hkid_place,
    context=HKID_CONTEXT,
    # unbracketed, an HKID has the shape of a permit or passport number (one in eleven of those
    # passes the check): without a keyword it scores below a permit or passport with its own
    needs_context=lambda value: "(" not in value,
    bare_score=0.6,
    negative=NOT_AN_ID_CONTEXT,
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
    generic=GENERIC_ID_CONTEXT,
    generic_score=0.75,
    negative=NOT_AN_ID_CONTEXT,
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
    generic=GENERIC_ID_CONTEXT,
    # a document's word may open a list or a sentence the number ends ("Home Return Permit and
    # passport for the mainland director: H1234567801 ... and EA1234567"): the shape is its own
    window=64,
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
    generic=GENERIC_ID_CONTEXT,
    # a document's word may open a list or a sentence the number ends ("Home Return Permit and
    # passport for the mainland director: H1234567801 ... and EA1234567"): the shape is its own
    window=64,
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
    generic=GENERIC_ID_CONTEXT,
    # a document's word may open a list or a sentence the number ends ("Home Return Permit and
    # passport for the mainland director: H1234567801 ... and EA1234567"): the shape is its own
    window=64,
    priority=4,
    min_digits=7,
    gate=LETTER_THEN_DIGITS,
)
# a reference's, a booking's or an order's word (their numbers are no one's document)
_REFERENCE_WORD = re.compile(
    r"(?<![A-Za-z])(?i:ref|reference|booking|order|invoice|ticket|code|no|number|id|pnr|flight|confirmation|"
    r"case|policy|claim|serial|batch|tracking|waybill|voucher|receipt|member|account|acct|model|part|item)"
    r"(?![A-Za-z])"
)
# A passport's number right after its holder's name in Latin letters, as a travel policy's or a
# booking's line lists its people ("travel cover Zhao Lei EJ4418207 & Zhao Xinyi EJ4418216"): two or
# three capitalised words, a blank, the number; the name is the document's word
PASSPORT_NAMED = replace(
    PASSPORT,
    name="gc_passport_named",
    pattern=re.compile(
        r"(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}[ \t]+((?:E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8}|[DSP]E\d{7}))" + _R
    ),
    group=1,
    base_score=0.8,
    place=lambda text, start, value_start, _value_end: _passport_holder(text[start:value_start]),
)


def _passport_holder(words: str) -> bool:
    """The capitalised words before a passport's number are its holder's name: a mainland passport
    prints it surname first in Pinyin (Zhao Lei), so the first word is a romanised Chinese surname (not
    Hong Kong, Shipping Label, Water Bill); no reference's, booking's or order's word among them (Zhao
    Booking Ref)."""
    return words.split(None, 1)[0] in PINYIN_SURNAMES and _REFERENCE_WORD.search(words) is None


USCC = Recognizer(
    "gc_uscc",
    "CN_USCC",
    re.compile(_L + r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + _R),
    v.is_valid_cn_uscc,
    base_score=0.85,
    context_score=1.0,
    context=USCC_CONTEXT,
    # about 1 in 31 random 18-digit strings (order numbers, mistyped resident IDs) pass the check:
    # without a keyword, a code whose first 17 characters are digits scores below an account
    # number with its keyword, and one shaped like a resident ID (a mistyped ID) is not reported
    needs_context=lambda value: value[:17].isdigit(),
    bare_score=lambda value: 0.0 if _ric_shaped(value) else 0.6,
    negative=NOT_AN_ID_CONTEXT,
    priority=6,
    min_digits=6,
)
CARD_CONTEXT = _ctx(
    "卡号", "卡號", "银行卡", "銀行卡", "信用卡", "借记卡", "银联", "銀聯", "card", "pan", "unionpay", "visa"
)
# words that name a card, whatever its network: a Luhn-valid number of a network no table lists is a
# card after one of these (a network's name is not enough: "Discover 6430..." is in no Discover range).
# "cc", a word of its own, is the credit card's abbreviation in English notes ("amount billed to cc
# 3509 ...", "cc# ..."); inside a word ("access", "account") it names nothing
_CARD_WORDS_LISTED = _ctx(
    "card",
    "卡号",
    "卡號",
    "银行卡",
    "銀行卡",
    "信用卡",
    "借记卡",
    "扣账卡",
    "扣賬卡",
    "储蓄卡",
    "儲蓄卡",
    "提款卡",
    "咭",
)
# "PAN", the card number's own name in payment notes and logs ("PAN 3056 ...", "pan=...")
_CARD_WORDS = re.compile(_CARD_WORDS_LISTED.pattern + "|" + grouped_source(("cc", "pan")))
# an expiry date right after the number ("... 0004 exp 09/28", "..., valid thru 12/27", "有效期
# 09/28"): what follows a card, whatever its network, and no account or reference number
_EXPIRY_AFTER = re.compile(
    r"[ \t,;(（]{0,3}(?:(?i:exp(?:iry|ires|\.)?|valid (?:thru|through|until))|有效期(?:至)?)\s*[:：=]?\s*"
    r"(?:0?[1-9]|1[0-2]) ?/ ?(?:[0-9]{2}|20[0-9]{2})(?![0-9])"
)
# between a card's groups: blanks (tabs, two spaces), hyphens, dots, slashes, mixed
_GROUPS = re.compile(r"(?:[ \t./_—+-]|%20)+")


def card_grouping(value: str) -> bool:
    """Whether a card number's groups are a card's: every group but the last holds three digits or
    more (4-4-4-4, 4-6-5, 4-4-4-4-3). A registration or reference number such as 64812309-000-05-24-8
    passes Luhn one time in ten."""
    groups = _GROUPS.split(value.strip())
    return all(len(g) >= 3 for g in groups[:-1])


def _card_form(value: str) -> str:
    """The value as the card checks read it: dots (4111.1111.1111.1111) as hyphens (the validators
    drop blanks, hyphens and slashes)."""
    if "." in value or "_" in value or "—" in value or "+" in value or "%" in value:
        value = value.replace(".", "-").replace("_", "-").replace("—", "-").replace("+", "-").replace("%20", "-")
    # a quoted reply's marks where the card wraps (CARD_LOOSE: "4111 1111\n> 1111 1111")
    if ">" in value:
        value = value.replace(">", " ")
    return value


# a card read out digit by digit, as a voice transcript writes it ("CALLER: 4 1 1 1 1 1 1 1 ...",
# "4-1-1-1 1-1-1-1 ...": hyphens between a group's digits, a blank between groups)
_SPELT = re.compile(r"[0-9](?:[ -][0-9]){12,18}")


def _card_value(value: str) -> bool:
    """A card's groups and a Luhn check: of a network the tables know, or of any other issuer (a
    card word must then stand before it). Dots may group it (4111.1111.1111.1111). Read out digit by
    digit, a listed network's card (a card word must stand before it: _card_place)."""
    # a first rejection: fewer than twelve characters hold fewer than twelve digits (folding keeps
    # the length, compacting only drops), and card_class refuses a number of fewer than twelve (no
    # network's length is shorter: card_network, _other_network, the extension's has_network), as
    # _SPELT does (25 characters or more)
    if len(value) < 12:
        return False
    value = _card_form(value)
    # (a run of digits alone is one group: card_grouping holds)
    if not value.isdigit() and not card_grouping(value):
        return _SPELT.fullmatch(value) is not None and v.card_class(value) == v.LISTED_CARD
    kind = v.card_class(value)
    return kind == v.LISTED_CARD or (kind == v.UNLISTED_CARD and _unlisted_card(value))


def _live_range_only(value: str) -> bool:
    """A Luhn-valid number of a live range mainland accounts share (RuPay, Elo, Verve) and of no
    network the tables list: a card with no card word too, below an account with its keyword."""
    value = _card_form(value)
    # the class first: a listed card (most) is known by one call to the extension
    return v.card_class(value) == v.UNLISTED_CARD and v.live_range_card(value)


def _unlisted_card(value: str) -> bool:
    """Whether a Luhn-valid number of no listed network has a card's last group, if grouped (three
    digits or more), and is no listed card with a count or a digit after it ("卡号 5131 4159 2653
    5890 1 次")."""
    # nor a Hong Kong account in its bank-code form ("credit card repayment to 004-123-456789-001")
    if len(_GROUPS.split(value.strip())[-1]) < 3 or v.is_valid_hk_bank_account(value):
        return False
    digits = v.compact(value)
    return all(not v.is_valid_card(digits[:n]) for n in range(13, len(digits)))


# an account, order, phone or reference word: a number of no known network after one is not a card
_NOT_A_CARD_CONTEXT = re.compile(
    NOT_AN_ID_CONTEXT.pattern
    + "|"
    + grouped_source(("account", "acct", "a/c"), word_start=False, word_end=False)
    + "|账号|帐号|帳號|账户|帐户|帳戶|戶口|户口"
)


# a card read out digit by digit needs a card word before it, and no account, order, reference or
# phone word in the 32 characters before it; the card word within 160 characters, for a transcript
# reads the number out turns after the card was asked for ("CUST: the card number is ... AGENT:
# could you read it again slowly? CUST: sorry, 4 5 1 2 7 7 0 3 ..."): thirteen to nineteen single
# digits of a listed network that pass Luhn are no other number's shape
_SPELT_CARD_WORDS = re.compile(
    _CARD_WORDS.pattern
    + "|"
    + grouped_source(("visa", "master ?card", "amex", "unionpay", "pan"), word_start=False, word_end=False)
    # what an agent calls the card's number on a call ("the long number across the front please?")
    + "|"
    + grouped_source(("long number", "number across the front", "number on the front"))
)


def _spelt_card_word(text: str, start: int) -> int | None:
    """The end of the last card word in the 160 characters before ``start``, where it makes the number
    there a card read out: None when there is none, or an account's, an order's or a phone's word
    stands after it in the 32 ("calling about the order, the card is 49 16 22 01 ..." reads a card)."""
    words = list(_SPELT_CARD_WORDS.finditer(text, look_back(text, start, 160), start))
    if not words:
        return None
    end = words[-1].end()
    if _NOT_A_CARD_CONTEXT.search(text, max(look_back(text, start, 32), end), start) is not None:
        return None
    return end


def _spelt_card_place(text: str, start: int) -> bool:
    return _spelt_card_word(text, start) is not None


_RECEIPT_WORD = re.compile(NOT_AN_ID_CONTEXT.pattern + r"|回执|回執|收据|收據|编号|編號")
# an account word naming a long number: a mainland account, which runs to 19 digits and more (工商银行
# 账户4000 0213 0910 0872 346: a 19-digit Visa's shape, one in ten such numbers passes Luhn)
_ACCOUNT_NAMING = re.compile("账户|帐户|帳戶|賬戶|账号|帐号|帳號|賬號|" + grouped_source(("account", "acct", "a/c")))


def _named_number(text: str, start: int) -> bool:
    """Whether a reference's, an order's or a receipt's word names the number at ``start`` (only
    signs and the number's own name between)."""
    floor = look_back(text, start, 16)
    return any(
        _attached(text, m.end(), start)
        for pattern in (_RECEIPT_WORD, _ACCOUNT_NAMING)
        for m in pattern.finditer(text, floor, start)
    )


def _card_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A number of no network the tables know is a card only when no account, order, reference or
    phone word stands in the 32 characters before it, and a card word does, or it is in a live
    range (RuPay, Elo, Verve: :func:`_live_range_only`, scored lower without a card word)."""
    value = _card_form(text[value_start:value_end])
    if _SPELT.fullmatch(value) is not None:
        return _spelt_card_place(text, start)
    if v.card_class(value) == v.LISTED_CARD:
        # seventeen to nineteen digits of a network other than UnionPay, named by a reference's,
        # an order's, a receipt's or an account's word right before them ("报警回执号
        # 4403052026113000123", "账户4000 0213 0910 0872 346"): the number is that (one in ten such
        # numbers passes Luhn)
        digits = v.compact(value)
        # a Hong Kong account in its bank-code form ("acct 388-001-20416630": a virtual bank's code
        # and fourteen digits, a Diners card's length): no network groups a card's first three digits
        if len(_GROUPS.split(value.strip(), maxsplit=1)[0]) == 3 and v.is_valid_hk_bank_account(value):
            return False
        # an airline's card (UATP: a 1 and fourteen digits) after an account's, an order's or a
        # reference's word is that number ("acct 1109 0836 1710 602": a mainland account's length)
        if len(digits) == 15 and digits.startswith("1"):
            return _NOT_A_CARD_CONTEXT.search(text, look_back(text, start, 32), start) is None
        return not (
            17 <= len(digits) <= 19 and digits.isdigit() and not digits.startswith("62") and _named_number(text, start)
        )
    # within the value's own field (a record's fields are scanned joined by NUL)
    floor = look_back(text, start, 32)
    if _NOT_A_CARD_CONTEXT.search(text, floor, start) is not None:
        return False
    return (
        _CARD_WORDS.search(text, floor, start) is not None
        or v.live_range_card(value)
        or _EXPIRY_AFTER.match(text, value_end) is not None
    )


CARD = Recognizer(
    "gc_card",
    "CREDIT_CARD",
    re.compile(_LG + r"\d(?:[ -]?\d){12,18}" + _RG),
    _card_value,
    base_score=1.0,
    context=CARD_CONTEXT,
    # an 18-digit 62... number shaped like a resident ID (a Gansu ID with a wrong check digit passes
    # Luhn one time in ten): a card only next to a card keyword. A live range's number with no card
    # word (RuPay, Elo, Verve, which mainland accounts share): 0.6, below an account number with its
    # keyword, and nothing after an account, order, reference or phone word
    needs_context=lambda value: _ric_shaped(value) or _live_range_only(value),
    bare_score=lambda value: 0.0 if _ric_shaped(value) else 0.6,
    negative=_NOT_A_CARD_CONTEXT,
    place=_card_place,
    priority=7,
    min_digits=13,
)
# An ungrouped run of digits, and a hyphen-grouped one, may stand next to a space and another
# number ("4012888888881881 4012-8888-8888-1881", "call 13812345678 2 times"): only a neighbour
# joined by their own kind of separator makes them part of a longer run. The space-grouped forms
# above keep refusing both neighbours ("3283 4139 4266 5635 6527 61" holds no card).
_L_RUN = r"(?<![0-9A-Za-z+])(?<![0-9]-)"
_R_RUN = r"(?![0-9A-Za-z])(?!-[0-9])"
_L_DASHED = r"(?<![0-9A-Za-z+])(?<![0-9][-/.])"
_R_DASHED = r"(?![0-9A-Za-z])(?![-/.][0-9])"
# (only a run CARD's own pattern refuses: one a digit and a blank stand before, or a blank and a digit
# after; any other run CARD judges already, and judging it twice cost a card check a run)
CARD_RUN = replace(
    CARD,
    name="gc_card_run",
    pattern=re.compile(_L_RUN + r"(?:(?<=[0-9] )\d{13,19}|\d{13,19}(?= [0-9]))" + _R_RUN),
)
CARD_DASHED = replace(
    CARD,
    name="gc_card_dashed",
    # or dotted in groups of four (4111.1111.1111.1111, 6230.7418.5296.3074.187)
    pattern=re.compile(_L_DASHED + r"\d{4}(?:(?:-\d{2,7}){1,4}|(?:\.\d{4}){3}(?:\.\d{1,3})?)" + _R_DASHED),
    # the floor must hold for every match, not only for valid cards: a dotted one is runs of four
    # digits (the detector's digit runs hold spaces and hyphens only)
    min_digits=4,
)
# A Maestro card of twelve digits (ISO/IEC 7812 lets Maestro run from 12 to 19; its ranges: 5018,
# 5020, 5038, 5893, 6304, 6759, 6761-6763), ungrouped or in three groups of four: the patterns above
# start at thirteen digits, and "the limit for card 5018 0000 0009" crossed. Twelve digits are an
# order's or a reference's length too: only after a card word ("card", "cc", 卡号, ...) and with no
# account, order, reference or phone word in the 32 characters before it; the Luhn check as always
_MAESTRO_12 = r"(?:50(?:18|20|38)|5893|6304|6759|676[1-3])(?:[0-9]{8}|-[0-9]{4}-[0-9]{4}| [0-9]{4} [0-9]{4})"


def _short_card_place(text: str, start: int, _value_start: int, _value_end: int) -> bool:
    """No account, order, reference or phone word in the 32 characters before a twelve-digit card
    ("card order 5018 ...": the order's number), within the value's own field."""
    return _NOT_A_CARD_CONTEXT.search(text, look_back(text, start, 32), start) is None


CARD_SHORT = replace(
    CARD,
    name="gc_card_short",
    pattern=re.compile(_LG + _MAESTRO_12 + _RG),
    context=_CARD_WORDS,
    needs_context=lambda _value: True,
    bare_score=0.0,
    place=_short_card_place,
    min_digits=4,
)
# A card written in its usual groups (4-4-4-4, 4-4-4-4-3, Amex 4-6-5) and followed by a blank and
# one to four digits: a count, a date, an amount, its code ("4111 1111 1111 1111 2 times", "... 1111
# 12/27", "... 1111 100元", "... 1111 1234"): the general pattern above reads them into the number,
# which then fails its check, and the card would cross. The card is reported when the longer run is
# no valid card itself (_card_tail_place); the digits after it are never part of the value
_CARD_GROUPS = r"(?:\d{4}(?: \d{4}){3}(?: \d{3})?|\d{4} \d{6} \d{5})"
CARD_TAILED = replace(
    CARD,
    name="gc_card_tailed",
    # (letters may follow the digits: a date's month, an ordinal, "... 9903 28NOV HKD 4,600.00")
    # or an expiry date of month and year parted by a hyphen or a blank ("... 1111 12-27", "... 1111 12 2027")
    pattern=re.compile(
        _LG + "(" + _CARD_GROUPS + r") (?:[0-9]{1,4}|(?:0[1-9]|1[0-2])(?:-|[ ]20)[0-9]{2})(?![0-9])(?![ -][0-9])"
    ),
    group=1,
    base_score=_TAIL_SCORE,
    context_score=_TAIL_SCORE,
    # the card and the count in one run of digits: an Amex's fifteen and one
    min_digits=16,
    place=lambda text, start, value_start, value_end: (
        _card_tail_place(text, start, value_start, value_end) and _card_place(text, start, value_start, value_end)
    ),
)

# A card in any of the groupings the general pattern takes (4-8-4, 8-8, 4-6-6, ...) followed by a blank
# and its expiry as MM/YY or MM/YYYY ("card for the flights 4539 77062145 0188 05/28 294"): the general
# pattern reads the expiry's month into the number, which then fails its check, and CARD_TAILED takes
# a card's usual groups only. The expiry is never part of the value
CARD_THEN_EXPIRY = replace(
    CARD,
    name="gc_card_then_expiry",
    pattern=re.compile(_LG + r"(\d(?:[ -]?\d){12,18})[ \t]{1,3}(?:0[1-9]|1[0-2])/(?:20[0-9]{2}|[0-9]{2})(?![0-9/])"),
    group=1,
    # the card and the expiry's month in one run of digits
    min_digits=15,
)


# Or followed by its expiry (MMYY) and its security code, all in one run of groups, as a call note
# takes them down ("card 4111 1111 1111 1111 1228 123"): the general pattern reads the run into one
# number, which fails its check (twenty-three digits or more: no card's), and CARD_TAILED takes one
# group after a card, not two. The card alone, where a card would be reported anyway (_card_place),
# and not after a reference, order, account or phone word (a long reference in groups of four)
def _expiry_code_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    floor = look_back(text, start, 32)
    if _NOT_A_CARD_CONTEXT.search(text, floor, start) is not None:
        return False
    # the card, its expiry and its code in one run of digits ("card 40000566556655561227123"): a card's
    # or a network's word before it (a run of twenty digits and more is a reference's shape too)
    if text[value_end].isdigit() and _SPELT_CARD_WORDS.search(text, floor, start) is None:
        return False
    return _card_place(text, start, value_start, value_end)


# An ISO 8583 message's field 2, the PAN, as a dump prints it: its two-digit length glued before it
# ("DE2=164029310000010019", "F002=16...", "field 2 (PAN) = 16..."): the run is no card's length and
# its first digits are no card's. The length must be the PAN's own (_iso_field2_place) and the PAN
# must pass its check (of any issuer: the field holds nothing else)
_ISO_FIELD2 = re.compile(
    r"(?<![A-Za-z0-9])(?i:de|f|fld|field|bit|p)[ _-]?0{0,2}2(?![0-9])[ \t]*+(?:\((?i:pan)\)[ \t]*+)?[:=][ \t]*+"
    r"(1[2-9])([0-9]{12,19})(?![0-9])"
)


def _iso_field2_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    m = _ISO_FIELD2.match(text, start)
    return m is not None and int(m.group(1)) == value_end - value_start


CARD_ISO_FIELD2 = replace(
    CARD,
    name="gc_card_iso_field2",
    pattern=_ISO_FIELD2,
    validate=v.luhn_valid,
    group=2,
    context=None,
    min_digits=14,
    place=_iso_field2_place,
)


# A card as a call note takes it down when it is read out: its groups parted by commas ("card 4111, 1111,
# 1111, 1111"; Amex 4-6-5), or its digits in pairs ("41 11 11 11 11 11 11 11"); a listed network's
# number that passes Luhn, a card word within 160 characters before it and no account, order,
# reference or phone word in the 32 (_spelt_card_place): a list of four-digit numbers is no card
_CARD_READ_OUT = re.compile(
    r"(?<![0-9])(?<![0-9],)(?<![0-9], )(?:[0-9]{4}(?:,[ \t]?[0-9]{4}){3}(?:,[ \t]?[0-9]{1,3})?"
    r"|[0-9]{4},[ \t]?[0-9]{6},[ \t]?[0-9]{4,5}|[0-9]{2}(?: [0-9]{2}){6,8}(?: [0-9])?)(?![0-9])(?!,[ \t]?[0-9])"
)


def _card_read_out(value: str) -> bool:
    return v.card_class(value.replace(",", "").replace(" ", "").replace("\t", "")) == v.LISTED_CARD


CARD_READ_OUT = Recognizer(
    "gc_card_read_out",
    "CREDIT_CARD",
    _CARD_READ_OUT,
    _card_read_out,
    base_score=1.0,
    priority=7,
    min_digits=2,
    place=lambda text, start, _value_start, _value_end: _spelt_card_place(text, start),
)
# A card as an OCR of a card's photo or a receipt reads it, a zero as O and a one as l or I ("card no.
# 4OOO O566 5566 5556"): four groups of four, one to eight such letters among the digits, a listed
# network's Luhn-valid number once they are read as digits; a card word within 160 characters before
# it and no account, order, reference or phone word in the 32 (_spelt_card_place)
# (a letter among the first nineteen characters: a run of digits alone is the other patterns')
_CARD_OCR = re.compile(r"(?<![0-9A-Za-z])(?=[0-9 -]{0,18}[OolI])[0-9OolI]{4}(?:[ -]?[0-9OolI]{4}){3}(?![0-9A-Za-z])")
_OCR_DIGITS = str.maketrans("OolI", "0011")


def _card_ocr(value: str) -> bool:
    letters = sum(c in "OolI" for c in value)
    # (half the digits at the least stay digits: "4III IIII ..." is no card read by an OCR)
    return 1 <= letters <= 8 and v.card_class(value.translate(_OCR_DIGITS)) == v.LISTED_CARD


CARD_OCR = Recognizer(
    "gc_card_ocr",
    "CREDIT_CARD",
    _CARD_OCR,
    _card_ocr,
    base_score=1.0,
    priority=7,
    min_digits=1,
    place=lambda text, start, _value_start, _value_end: _spelt_card_place(text, start),
)
# A card as a speech-to-text note writes it, in groups of one to four digits as the caller said them
# ("yes it's 5 4 9 1 0 2 33 77 60 1981", "4111 11 11 1 1 11 1111 exp 12 27"): five groups or more parted
# by single blanks, not from inside such a run; the card is the longest run of groups from the first,
# not of four digits each (the card patterns' shape), whose digits make a listed network's number
# that passes Luhn (the expiry or the code said after it
# may follow in the same run), a card word within 160 characters before it and no account, order,
# reference or phone word in the 32 (_spelt_card_place)
_CARD_SAID = re.compile(r"(?<![0-9])(?<![0-9] )(?<![0-9],)[0-9]{1,4}(?: [0-9]{1,4}){4,24}(?![0-9])")
_DIGIT_GROUP = re.compile(r"[0-9]+")


class _SaidCardRecognizer(Recognizer):
    """:data:`_CARD_SAID`'s judge: the card is a run of the match's first groups, not the whole match."""

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        if not _spelt_card_place(text, start):
            return None
        digits, end, irregular, card_digits = "", -1, False, 0
        for group in _DIGIT_GROUP.finditer(text, value_start, value_end):
            digits += group.group()
            irregular = irregular or len(group.group()) != 4
            if len(digits) > 19:
                break
            # (four-digit groups only are the card patterns' to judge: "4242 4242 4242 4242 0927 881")
            if len(digits) >= 13 and irregular and v.card_class(digits) == v.LISTED_CARD:
                end, card_digits = group.end(), len(digits)  # the longest such run
        total = sum(c.isdigit() for c in text[value_start:value_end])
        # groups said after the card are its expiry and code (eight digits at most), after a card of
        # fifteen digits or more: a wrong number's first thirteen may pass Luhn ("4 0 12 88 88 8888 1 882")
        if end < 0 or (total > card_digits and (card_digits < 15 or total - card_digits > 8)):
            return None
        return Finding(self.entity_type, value_start, end, self.base_score, self.name, "", True)


CARD_SAID = _SaidCardRecognizer(
    "gc_card_said",
    "CREDIT_CARD",
    _CARD_SAID,
    v.always,
    base_score=1.0,
    priority=7,
    min_digits=13,
)
# A card split across a chat's turns, as a customer sends it in pieces ("she said 6228 4800 | Mei: 1167
# 3025 919", "card no 4111 1111\n1111 1111"): a first group of four to eight digits after a card word
# (within 160 characters, no account, order, reference or phone word in the 32 before it), then more
# groups, each after a turn's break (a bar or a line's end, a speaker's label and a colon, 30
# characters at most and no digit between), until their digits make a listed network's number that
# passes Luhn (13 to 19). The finding runs from the first group to the last, the turns between
# included: each piece alone is no card to any other pattern
# (the first piece's break is in the match, the piece its group: a core that ended at a digit run's
# end was tried at every run)
_CARD_SPLIT_FIRST = re.compile(r"(?<![0-9])([0-9]{4}(?:[ -]?[0-9]{4})?)[ \t]*+[|｜\n]")
_TURN_GAP = re.compile(r"[ \t]*+(?:[|｜\n][^0-9|｜\n]{0,30}?|[|｜\n])[ \t]*+(?=[0-9])")
_SPLIT_GROUPS = re.compile(r"[0-9]{1,4}(?:[ -][0-9]{1,4})*")


class _SplitCardRecognizer(Recognizer):
    """:data:`_CARD_SPLIT_FIRST`'s judge: the card's pieces across the turns that follow."""

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        word_end = _spelt_card_word(text, start)
        # no number between the card's word and the first piece ("card 2019\n4307\n4185 ...": a list)
        if word_end is None or _DIGIT.search(text, word_end, start) is not None:
            return None
        digits, end, turns = v.compact(text[value_start:value_end]), value_end, 0
        while len(digits) < 19:
            gap = _TURN_GAP.match(text, end)
            # (no amount's, order's, reference's or account's word in the turns between)
            if (
                gap is None
                or _NOT_A_CARD_CONTEXT.search(text, end, gap.end())
                or _NOT_A_CODE_BETWEEN.search(text, end, gap.end())
            ):
                break
            piece = _SPLIT_GROUPS.match(text, gap.end())
            if piece is None or (piece.end() < len(text) and text[piece.end()].isalnum()):
                break
            digits += v.compact(piece.group())
            end, turns = piece.end(), turns + 1
            if 13 <= len(digits) <= 19 and v.card_class(digits) == v.LISTED_CARD:
                # nor a list's groups with one more after them ("card\n4307\n4185\n2963\n0747\n2222")
                more = _TURN_GAP.match(text, end)
                if more is not None and not any(c.isalpha() for c in text[end : more.end()]):
                    return None
                return Finding(self.entity_type, value_start, end, self.base_score, self.name, "", True)
        return None


CARD_SPLIT = _SplitCardRecognizer(
    "gc_card_split",
    "CREDIT_CARD",
    _CARD_SPLIT_FIRST,
    v.always,
    base_score=0.95,
    priority=7,
    group=1,
    # (no digit floor: the scanner's set of cores, which hold the turn's break, says where it may match)
    min_digits=0,
)
# A card read out in words, as a call transcript writes it ("my card number is four zero zero zero,
# zero five six six, ..."): thirteen to nineteen digit words parted by blanks, commas or hyphens, a
# listed network's number that passes Luhn, read as digits; a card word within 160 characters
# before it and no account, order, reference or phone word in the 32 (as a card read out digit by
# digit: _spelt_card_place)
_CARD_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_CARD_IN_WORDS = re.compile(
    r"(?<![A-Za-z])(?i:" + _CARD_DIGIT_WORD + r"(?:(?:,? |-|, ?)" + _CARD_DIGIT_WORD + r"){12,18})(?![A-Za-z])"
)
_WORD_DIGITS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_A_DIGIT_WORD = re.compile(_CARD_DIGIT_WORD, re.IGNORECASE)


def _card_in_words(value: str) -> bool:
    digits = "".join(_WORD_DIGITS[w.lower()] for w in _A_DIGIT_WORD.findall(value))
    return v.card_class(digits) == v.LISTED_CARD


CARD_IN_WORDS = Recognizer(
    "gc_card_in_words",
    "CREDIT_CARD",
    _CARD_IN_WORDS,
    _card_in_words,
    base_score=1.0,
    needs_digit=False,
    priority=7,
    min_digits=0,
    required=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    place=lambda text, start, _value_start, _value_end: _spelt_card_place(text, start),
)


# an expiry date: MMYY, MM/YY, MM YY, MM-YY, MMYYYY, MM/YYYY
_EXPIRY = r"(?:0[1-9]|1[0-2])(?:/|[ -]?)(?:20)?[0-9]{2}"
CARD_EXPIRY_CODE = replace(
    CARD,
    name="gc_card_expiry_code",
    # any card's groups (4-4-4-4, UnionPay's 4-4-4-4-3, Amex 4-6-5) parted by blanks or hyphens,
    # then the expiry and the code, parted the same way or by a slash ("Amex 3782 822463 10005 1126
    # 1234", "4111-1111-1111-1111-09/27-123", "card 4111 1111 1111 1111 09 27 123")
    # or all in one run ("card 40000566556655561227123": the card's word before it, _expiry_code_place)
    pattern=re.compile(
        _LG
        + r"((?:[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{3})?|[0-9]{4}[ -][0-9]{6}[ -][0-9]{5})(?=[ -]"
        + _EXPIRY
        + r"[ /-][0-9]{3,4}"
        + _RG
        + r")|(?:3[47][0-9]{13}|[0-9]{16,19})(?="
        + _EXPIRY
        + r"[0-9]{3,4}"
        + _RG
        + "))"
    ),
    group=1,
    base_score=_TAIL_SCORE,
    context_score=_TAIL_SCORE,
    min_digits=4,
    place=_expiry_code_place,
)
# Or followed by its three-digit security code with no word ("card 4111 1111 1111 1111 123 exp
# 12/27"; four digits after it may be a longer number's last group: "ref ... 1234" holds none): the
# general pattern reads the code into the number, which then fails its check, and the card crossed.
# The card alone, the code never part of the value (AUTH_CARD_CODE reports it); not a UnionPay
# number (62... in 4-4-4-4-3 is a 19-digit card's shape, and with a wrong check digit a near miss),
# and not when a word follows the three digits (a count: "4314 1592 6535 8975 123 times")
_CODE_TAIL_END = re.compile(
    r" [0-9]{3}[ \t]*+(?:$|[,.;:)）。，；\n|]|(?i:exp|expiry|expires|valid|cvv|cvc)(?![A-Za-z])|有效期|"
    r"[0-9]{2}/[0-9]{2})"
)
_DIGITS_AFTER = re.compile(r" ([0-9]{1,4})(?![0-9])")
# three digits ending the number's run: a UnionPay card's 4-4-4-4-3 shape
_THREE_DIGITS_END = re.compile(r" [0-9]{3}[ \t]*+(?:$|[,.;:)）。，；\n])")
# a count (one or two digits before a word) or a date after the card
# (or the next step's number in a list: "Steps: 1) enter 4012 2577 3309 8416 2) exp 12/28")
_COUNT_OR_DATE = re.compile(
    r" (?:[0-9][0-9]?(?:[ \t]*[A-Za-z" + _CJK + r"]|[/:][0-9]|\)[ \t])|(?:0[1-9]|1[0-2])(?:-|[ ]20)[0-9]{2}(?![0-9]))"
)
# a payment's words: with a card's or a network's, they say the number before the digits is a card
_PAYMENT_WORD = re.compile(
    grouped_source(("paid", "pay", "payment", "charged?", "refund(?:ed)?", "purchase"))
    + "|付款|支付|刷卡|消费|消費|扣款"
)


def _card_tail_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether a card in groups followed by one to four digits is the card: not when the whole run
    is a valid card (the general pattern reports it), nor for a UnionPay number whose run ends in
    three digits (62... in 4-4-4-4-3 is a 19-digit card's shape, a near miss when its check fails).
    A count, a date or its code after it: the card; four digits (a twentieth digit: no card's) unless
    a reference, order or account word names the run; one to three digits otherwise (an amount,
    "... 1111 12", "... 1111 123 times") only after a card, network or payment word (with none, the
    digits may be a longer number's own group)."""
    tail = _DIGITS_AFTER.match(text, value_end)
    if tail is None:
        return True
    if v.is_valid_card(v.compact(text[value_start : tail.end()])):
        return False
    if text.startswith("62", value_start) and _THREE_DIGITS_END.match(text, value_end) is not None:
        return False
    if _COUNT_OR_DATE.match(text, value_end) is not None or _CODE_TAIL_END.match(text, value_end) is not None:
        return True
    floor = look_back(text, start, 32)
    if len(tail.group(1)) == 4:
        # unless a reference, order or account word names the run ("ref 4111 ... 1111 1234")
        return _NOT_A_CARD_CONTEXT.search(text, floor, start) is None
    return (
        _CARD_OR_NETWORK.search(text, floor, start) is not None or _PAYMENT_WORD.search(text, floor, start) is not None
    )


# Cards written back to back in one run of single blanks ("5105 1051 0510 5100 5105 1051 0510 5100",
# "4111 1111 1111 1111 3782 822463 10005", "4111 1111 1111 1111 4012888888881881"): the first when
# whole cards follow it to the end of the run, each later one when whole cards, or one number of
# another form, stand before it from the start of the run (checked in Python: as a look-behind of
# twenty characters, the native scanner took a fifth of a second to compile it) and after it to
# the end; each passes its own check. A card's shapes in blanks: 4-4-4-4, UnionPay's 4-4-4-4-3, Amex
# 4-6-5, Diners 4-6-4, UnionPay's 6-13; in a run, an ungrouped or hyphen-grouped card too (their own patterns find
# them beside a blank: this one only needs them to count the run's cards)
_FOUR_BY_FOUR = r"[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}"
_CARD_SHAPE = r"(?:[0-9]{4}(?: [0-9]{4}){3}(?: [0-9]{3})?|[0-9]{4} [0-9]{6} [0-9]{4,5}|[0-9]{6} [0-9]{13})"
_RUN_MEMBER = r"(?:" + _CARD_SHAPE + r"|[0-9]{12,19}|[0-9]{4}(?:-[0-9]{2,7}){1,4})"
_WHOLE_CARDS_BEFORE = re.compile(
    # from the start of the run, or from a number of another form right before it: an ungrouped or
    # hyphen-grouped card ("4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881"), a time, a
    # date or an amount ("10:30 4111 1111 1111 1111", "30/11 ...", "$1,200.00 ..."), which no card
    # number holds
    r"(?:(?<![0-9A-Za-z+])(?<![0-9][ -])|(?<![0-9A-Za-z+-])(?:[0-9]{12,19}|[0-9]{4}(?:-[0-9]{2,7}){1,4}) "
    r"|(?:(?<![0-9A-Za-z+:/.,-])(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]{1,4}/[0-9]{1,2}(?:/[0-9]{2,4})?"
    r"|[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]{2})|[$¥£€][0-9]{1,3}(?:,?[0-9]{3})*(?:\.[0-9]{1,2})?) )"
    + r"(?:"
    + _RUN_MEMBER
    + r" )*\Z"
)


def _after_whole_cards(text: str, _start: int, value_start: int, _value_end: int) -> bool:
    return _WHOLE_CARDS_BEFORE.search(text, max(0, value_start - 400), value_start) is not None


CARD_PAIR_FIRST = replace(
    CARD,
    name="gc_card_pair_first",
    # the match takes in the cards after it (the value is group 1): the native scanner's core then
    # finds only runs of two cards or more, not every card
    pattern=re.compile(_LG + "(" + _CARD_SHAPE + r")(?: " + _RUN_MEMBER + ")+" + _RG_TAIL),
    group=1,
    # two cards in one run: a Diners card's fourteen digits and twelve
    min_digits=26,
)
CARD_PAIR_LATER = replace(
    CARD,
    name="gc_card_pair_later",
    pattern=re.compile(r"(?<=[0-9] )" + _CARD_SHAPE + r"(?:(?=(?: " + _RUN_MEMBER + ")*" + _RG_TAIL + "))"),
    # the card and the digit before it, in one run
    min_digits=15,
    place=lambda text, start, value_start, value_end: (
        _after_whole_cards(text, start, value_start, value_end) and _card_place(text, start, value_start, value_end)
    ),
)
# Two cards pasted back to back with nothing between ("two cards added: 40000566556655564242424242424242"):
# one run of 26 to 38 digits, which no card's pattern takes. The run is two cards when exactly one
# place parts it into two listed networks' numbers that each pass Luhn, and a card word stands within
# 160 characters before it with no account, order, reference or phone word in the 32 (a reference of
# thirty digits parts so about one time in two hundred: the card word is the evidence). Each card
# is a finding of its own, as two cards written with a blank between are
_GLUED_CARDS = re.compile(r"(?<![0-9])[0-9]{26,38}(?![0-9])")


def glued_cards_split(digits: str) -> int | None:
    """Where a run of digits parts into two listed networks' cards that pass Luhn, when exactly one
    place does."""
    cuts = [
        cut
        for cut in range(13, min(19, len(digits) - 13) + 1)
        if len(digits) - cut <= 19
        and v.card_class(digits[:cut]) == v.LISTED_CARD
        and v.card_class(digits[cut:]) == v.LISTED_CARD
    ]
    return cuts[0] if len(cuts) == 1 else None


@dataclass(frozen=True)
class _GluedCardsRecognizer(Recognizer):
    """:data:`_GLUED_CARDS`'s judge: the first card (``second`` False) or the second of the run."""

    second: bool = False

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        cut = glued_cards_split(text[value_start:value_end])
        if cut is None or not _spelt_card_place(text, start):
            return None
        if self.second:
            return Finding(self.entity_type, value_start + cut, value_end, self.base_score, self.name, "", True)
        return Finding(self.entity_type, value_start, value_start + cut, self.base_score, self.name, "", True)


CARD_GLUED_PAIR = _GluedCardsRecognizer(
    "gc_card_glued_pair", "CREDIT_CARD", _GLUED_CARDS, v.always, base_score=1.0, priority=7, min_digits=26
)
CARD_GLUED_PAIR_SECOND = replace(CARD_GLUED_PAIR, name="gc_card_glued_pair_second", second=True)
# Cards as people type them in a hurry: groups parted by tabs, two or three blanks, dots, slashes or
# a mix ("4111\t1111\t1111\t1111", "4111  1111", "4111/1111/...", "4111-1111 1111.1111"), and cards
# glued to a word ("card4111111111111111", "4111111111111111exp"; CJK needs no glue: "卡号4111...").
# Only whole numbers of a card's groups (4-4-4-4, 4-4-4-4-1..3, 4-4-4-1..3, Amex 4-6-5, Diners 4-6-4)
# with nothing digit-like on either side: a group or a number next to them, parted by any of those
# separators, makes them part of a longer run (a table row, a reference), which holds no card
# a card's usual separator (one blank or hyphen: the patterns above) and the others. A pattern that
# also matched the usual forms had every card of a text checked twice: the loose form holds one
# unusual separator at least (the first of them before the third group, or the third)
_USUAL_SEP = r"[ -]"
# (an em dash too, as a word processor turns a typed "--" into one: "4111—1111—1111—1111")
# (and a form's or a URL's encoded blank: "card_number=4111+1111+1111+1111", "pan=4111%201111%20...")
_UNUSUAL_SEP = r"(?:[ \t]{2,3}|\t|[ \t]?[./_—][ \t]?|[ \t]-[ \t]?|-[ \t]|\+|%20)"
_ANY_SEP = "(?:" + _UNUSUAL_SEP + "|" + _USUAL_SEP + ")"
_LOOSE_GROUPS = (
    # 4-4-4-4 (and a last group of one to three), 4-4-4-1..3: the first unusual separator first,
    # second or third
    r"\d{4}(?:"
    + _UNUSUAL_SEP
    + r"\d{4}"
    + _ANY_SEP
    + r"\d{4}"
    + _ANY_SEP
    + "|"
    + _USUAL_SEP
    + r"\d{4}"
    + _UNUSUAL_SEP
    + r"\d{4}"
    + _ANY_SEP
    + "|"
    + _USUAL_SEP
    + r"\d{4}"
    + _USUAL_SEP
    + r"\d{4}"
    + _UNUSUAL_SEP
    + r")\d{1,4}(?:"
    + _ANY_SEP
    + r"\d{1,3})?"
    # Amex 4-6-5, Diners 4-6-4
    + r"|\d{4}(?:"
    + _UNUSUAL_SEP
    + r"\d{6}"
    + _ANY_SEP
    + "|"
    + _USUAL_SEP
    + r"\d{6}"
    + _UNUSUAL_SEP
    + r")\d{4,5}"
)
_GLUED_LETTERS = re.compile(r"[A-Za-z]{1,16}")
# words of a card's details, which a digit may follow when glued to the card
_DETAIL_WORDS = frozenset(("exp", "expiry", "expires", "valid", "cvv", "cvc", "cvn", "cvv2", "cvc2", "mmyy"))


_ID_WORD_BEFORE = re.compile(r"(?:保单|保單|单号|單號|编号|編號|(?i:policy|member|ref|no\.?))[ \t:：#]*+\Z")


def _glue_ok(text: str, value_start: int, value_end: int, need_glue: bool) -> bool:
    """Whether the letters glued to a card, if any, are a word's (a run of letters with no digit
    or other letter run beyond it: "card4111...", "...1111exp", not "GB82WEST1234..." nor a hex
    token's middle); with ``need_glue``, letters on one side at least."""
    glued = False
    if value_start > 0 and text[value_start - 1].isascii() and text[value_start - 1].isalpha():
        i = value_start - 1
        while i > 0 and text[i - 1].isascii() and text[i - 1].isalpha():
            i -= 1
        if value_start - i > 16 or (i > 0 and (text[i - 1].isdigit() or text[i - 1] in "_+-./")):
            return False
        # one letter alone after an identifier's word is the number's prefix, no word (保单号P4403201900087213:
        # a policy's number); not after a card's word or a backslash ("card:V4111...", a log's "cc\n4111...")
        if value_start - i == 1 and _ID_WORD_BEFORE.search(text, max(0, i - 12), i) is not None:
            return False
        glued = True
    if value_end < len(text) and text[value_end].isascii() and text[value_end].isalpha():
        m = _GLUED_LETTERS.match(text, value_end)
        end = m.end() if m is not None else value_end
        # the card's own details may follow its word, a digit after it ("4111111111111111exp0927cvv123")
        detail = end < len(text) and text[end].isdigit() and text[value_end:end].lower() in _DETAIL_WORDS
        if not detail and (end - value_end > 16 or (end < len(text) and (text[end].isalnum() or text[end] in "_+"))):
            return False
        glued = True
    return glued or not need_glue


# A card wrapped across a line (an e-mail's or a quoted reply's: "4111 1111\n> 1111 1111") or with
# an OCR's or a fax's gap of four to eight blanks between two groups ("5555 5555 5555       4444"):
# at one place only, the other groups parted as usual (a column of four-digit numbers, one a line,
# holds no card). CARD_LOOSE's last form (one pattern: each costs the native scanner a search)
# (a Windows line end, "\r\n", wraps it too)
_WRAP_SEP = r"(?:[ \t\r]*+\n(?:[ \t]*+>)*[ \t]*+|[ \t]{4,8})"
_WRAPPED_GROUPS = (
    r"(?:\d{4}(?:"
    + _WRAP_SEP
    + r"\d{4}[ -]\d{4}[ -]|[ -]\d{4}"
    + _WRAP_SEP
    + r"\d{4}[ -]|[ -]\d{4}[ -]\d{4}"
    + _WRAP_SEP
    + r")\d{4}(?:[ -]\d{3})?|\d{4}(?:"
    + _WRAP_SEP
    + r"\d{6}[ -]|[ -]\d{6}"
    + _WRAP_SEP
    + r")\d{5})"
)
_LOOSE_BEHIND = r"(?<![0-9+])(?<![0-9][ \t./_—-])(?<![0-9][ \t][ \t])(?<![0-9]%20)"
# (a blank and another number after the groups make a longer run, unless the number is an expiry:
# "5200/8271/3309/4485 02/26 907")
_LOOSE_AHEAD = r"(?![0-9])(?!(?![ \t]{1,3}(?:0[1-9]|1[0-2])/[0-9]{2}(?![0-9/]))[ \t./_—+-]{1,3}[0-9])(?!%20[0-9])"
# A card a line a group, as an OCR reads a form's boxes or a note lists it ("Card No.\n4111\n1111\n
# 1111\n1111"): four groups of four (and UnionPay's three), no group on the line after; a card word
# within 32 characters before it, no digit between (a column of four-digit numbers holds no card)
_LINES_OF_GROUPS = r"\d{4}(?:[ \t\r]*+\n[ \t]*+\d{4}){3}(?:[ \t\r]*+\n[ \t]*+\d{3})?(?![ \t\r]*+\n[ \t]*+[0-9])"
_LINE_BREAKS = re.compile(r"\n[^\n]*\n")


def _lines_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A card broken at two lines or more: a card word before it, no digit between them."""
    if _LINE_BREAKS.search(text, value_start, value_end) is None:
        return True
    floor = look_back(text, start, 32)
    words = [m.end() for m in _SPELT_CARD_WORDS.finditer(text, floor, value_start)]
    return bool(words) and _DIGIT.search(text, words[-1], value_start) is None


CARD_LOOSE = replace(
    CARD,
    name="gc_card_loose",
    pattern=re.compile(
        _LOOSE_BEHIND
        + "(?:"
        + _LOOSE_GROUPS
        + ")"
        + _LOOSE_AHEAD
        + "|"
        + _LOOSE_BEHIND
        + _WRAPPED_GROUPS
        + _LOOSE_AHEAD
        + "|"
        + _LOOSE_BEHIND
        + _LINES_OF_GROUPS
        + _LOOSE_AHEAD
    ),
    # a card in groups of four: a run of four digits at the least, as a dotted card's
    min_digits=4,
    place=lambda text, start, value_start, value_end: (
        _glue_ok(text, value_start, value_end, False)
        and _lines_place(text, start, value_start, value_end)
        and _card_place(text, start, value_start, value_end)
    ),
)
CARD_GLUED = replace(
    CARD,
    name="gc_card_glued",
    # in one run or grouped by single blanks or hyphens ("verve card5061040000000000 033")
    # letters before it; letters after it (CARD_GLUED_AFTER): a pattern that matched every card-shaped
    # run and left the letters to Python had every card of a text checked twice. The letter is part
    # of the match (the value is group 1): as a look-around, the native scanner's core found every
    # card-shaped run and checked each (a microsecond a text)
    pattern=re.compile(r"[A-Za-z](\d(?:[ -]?\d){12,18})(?![0-9])(?![ -][0-9])"),
    group=1,
    min_digits=13,
    place=lambda text, start, value_start, value_end: (
        _glue_ok(text, value_start, value_end, True) and _card_place(text, start, value_start, value_end)
    ),
)
CARD_GLUED_AFTER = replace(
    CARD_GLUED,
    name="gc_card_glued_after",
    # (not an X: a resident ID's check character)
    pattern=re.compile(r"(?<![0-9A-Za-z+])(?<![0-9][ -])(\d(?:[ -]?\d){12,18})[A-WYZa-wyz]"),
)
# A card as an EMV chip's data dump prints it: tag 5A (the application's card number), length 08, then
# the sixteen digits in eight pairs ("5A 08 45 38 21 06 74 90 31 23 5F24 03 290331"), the next tag
# right after them perhaps, glued or digits too (57): the length byte says where the number ends.
# Sixteen digits only: a shorter card's length byte (07) or a longer one's (09, 0A) pads the last pair
# with F
CARD_EMV = Recognizer(
    "gc_card_emv",
    "CREDIT_CARD",
    re.compile(r"(?<![0-9A-Za-z])5A ?08 ?((?:[0-9]{2} ?){7}[0-9]{2})"),
    lambda value: v.card_class(value) == v.LISTED_CARD,
    base_score=1.0,
    group=1,
    priority=7,
    # (the length byte and the pairs are one run of digits: a blank at most between two of them)
    min_digits=16,
    required=("5A",),
)
_NUMBER_BEHIND = r"(?<![0-9A-Za-z+])(?<![0-9][ -])"
# a country code may be written without its "+" when a blank or hyphen follows it ("86 138 1234 5678",
# "852-9123 4567")
# grouped 3-4-4 (138 0013 8000), 3-3-5 (138 001 38000) or 4-3-4 (1380 013 8000), or in one run
_CN_MOBILE_NUMBER = (
    r"(?:(?:\+|00)86[ -]?|86[ -])?1[3-9]\d(?:[ -]?\d{4}[ -]?\d{4}|[ -]\d{3}[ -]\d{5}|\d[ -]\d{3}[ -]\d{4})"
)
_CN_MOBILE_BODY = _NUMBER_BEHIND + _CN_MOBILE_NUMBER
CN_MOBILE = Recognizer(
    "gc_cn_mobile",
    "PHONE_NUMBER",
    re.compile(_CN_MOBILE_BODY + _RG),
    v.is_valid_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    priority=3,
    min_digits=11,
)
# words that make eight digits in a phone's written form something else: an order, a reference, an
# amount, an account, a card (a code word needs no say here: a code's finding outranks a phone's)
NOT_A_PHONE_WORDS = tuple(
    "order|invoice|inv|ref|reference|txn|transaction|receipt|tracking|ticket|case|sku|model|serial|part|item|"
    "amount|total|hkd|rmb|usd|cny|mop|account|acct|a/c|card|batch|lot".split("|")
)
NOT_A_PHONE_CONTEXT = re.compile(
    grouped_source(NOT_A_PHONE_WORDS)
    + r"|[$¥￥€£]|订单|訂單|单号|單號|发票|發票|交易|流水|参考|參考|工单|工單|快递|快遞|运单|運單|金额|金額|"
    r"账号|帳號|帐号|账户|帳戶|戶口|户口|卡号|卡號|编号|編號|元|蚊"
)
_HK_SPACED = re.compile(r"[0-9]{4} [0-9]{4}")


def _hk_bare_score(value: str) -> float:
    """A Hong Kong number in its written form, two groups of four (``9288 1043``), may be reported
    without a keyword (see ``_beside_an_identifier``: a fixed line only right after an e-mail
    address), below a number with its keyword; eight digits in one run are too common to call a
    phone alone."""
    return 0.6 if _HK_SPACED.fullmatch(value) is not None and v.is_valid_phone(value) else 0.0


# an identity document number or an e-mail address: a row or form listing a person's particulars
_PARTICULARS = re.compile(
    r"(?<![0-9A-Za-z])(?:[A-Z]{1,2}[0-9]{6} ?\(?[0-9A]\)?|[1-9][0-9]{16}[0-9Xx]|[A-Z]{1,2}[0-9]{7,8})(?![0-9A-Za-z])"
    r"|[A-Za-z0-9._%+-]@[A-Za-z0-9-]+\."
)


# contact details: an e-mail address, then a slash, bar or comma before the number ("contact Natalie
# Kwan at natalie.kwan@example.org / 2836 4410")
_ADDRESS_THEN = re.compile(r"[A-Za-z0-9._%+-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+[ \t]*+[/|,，][ \t]*+\Z")
# a person reached on the number: a pronoun and its verb, then on or at ("she's on 9021 6634", "he's at
# 6475 2218"), or a verb of telling someone, then on, at or via ("pls inform her on 6583 2207", "inform
# via 5106 3372", "reach him at ..."): the number is theirs whatever else the sentence says
_TOLD_ON = (
    r"(?<![A-Za-z])(?i:she|he|i|they|we)(?:['’](?i:s|m|re)|[ \t]++(?i:is|am|are)) (?:on|at)[ \t]++\Z"
    r"|(?<![A-Za-z])(?i:inform|notify|notified|informed|reach|text|texted|sms|whatsapp)"
    r"(?:[ \t]++(?i:her|him|them|me|us|cust|customer|client))?[ \t]++(?i:on|at|via)[ \t]++\Z"
    # or a courier's call that went unanswered ("customer Yvonne not answering 6618 2047")
    r"|(?<![A-Za-z])(?i:not answering|no answer|not picking up|unreachable)(?:[ \t]++(?i:on|at))?[ \t]++\Z"
)
# a parcel's recipient a few words before the number ("收件人：李淑芬小姐，5137 8826", "收件 Raj 5981 2034"):
# the number is theirs whatever waybill the note also names, unless an order's or a reference's word names
# the number itself ("收件人已签收，订单号 6123 4567", "consignee: ABC Ltd, ref 9123 4567")
_RECIPIENT_BEFORE = re.compile(
    r"(?:收件人|收件|收貨人|收货人)[^0-9\n。；;]{0,16}\Z"
    r"|(?<![A-Za-z])(?i:recipient|consignee|addressee)[ \t]*+[:：]?[ \t]*+[A-Z][^0-9\n。；;]{0,16}\Z"
)


def _recipients_number(text: str, value_start: int) -> bool:
    floor = max(0, value_start - 32)
    return _RECIPIENT_BEFORE.search(text, floor, value_start) is not None and (
        NOT_A_PHONE_CONTEXT.search(text, max(floor, value_start - 10), value_start) is None
    )


_TOLD_ON_RE = re.compile(_TOLD_ON)
# a person to call on the number: two capitalised words, then "on" ("check with her son Ah Fai on 9438
# 2716", "called Cheng Pui-shan on 3188 2046"; not "Meeting on ...")
_NAMED_THEN_ON = re.compile(r"[A-Z][a-z]*+ [A-Z][a-z]+(?:-[a-z]+)? on[ \t]++\Z")
# a person's name, then the number in brackets ("Winnie Tsang (6178 2309)", "陳嘉怡 (6284 7713)", "Ms
# Catherine Yeung (3618 2295)"): two or three capitalised words, or two or three Chinese characters
# (:func:`_name_then_bracket` judges them; "批次 (5123 4567)" is a batch's)
_NAME_THEN_BRACKET = re.compile(
    r"(?<![A-Za-z])([A-Z][a-z]++(?: [A-Z][a-z]++(?:-[a-z]+)?){1,2})[ \t]*+[(（]\Z"
    r"|([\u3400-\u9fff]{2,3})[ \t]*+[(（]\Z"
)


def _name_then_bracket(text: str, floor: int, value_start: int) -> bool:
    """A person's name right before the number's bracket: capitalised words that the name lists hold
    (Winnie Tsang, not Parcel Locker), or Chinese that the Chinese scanner takes for a name whole (陳嘉怡,
    not 包裹, 黃金) or a form of address (強哥, 芳姐)."""
    m = _NAME_THEN_BRACKET.search(text, floor, value_start)
    if m is None:
        return False
    if m.group(1) is not None:
        # (a title first; a surname or a listed given name, then a name's words: Tang Wai Lun, Winnie Tsang)
        words = [w for w in m.group(1).split() if w not in ("Mr", "Mrs", "Ms", "Miss", "Dr")]
        return bool(words) and is_name_part(words[0]) and all(is_name_word(w.split("-")[0]) for w in words[1:])
    name = m.group(2)
    if m.start(2) > 0 and "\u3400" <= text[m.start(2) - 1] <= "\u9fff":
        return False
    return name[-1] in "哥姐叔伯嫂太生仔" or any(f.start == 0 and f.end == len(name) for f in scan_zh_names(name))


# a contact's name, a comma and the number, as a referee's, a debtor's or a guardian's line lists them
# ("Referee Kenneth Lo, 9034 2187", "debtor Ah Fai 阿輝，6398 0123", "蔡生（蔡家明，6321 7788）"): two
# capitalised words (their Chinese name after them or not), or one and a remark in brackets, or a
# Chinese name in brackets after a title or a person's word ("（批次，5123 4567）" is a batch's)
_NAME_THEN_COMMA = re.compile(
    r"(?:(?<![A-Za-z])[A-Z][a-z]*+ [A-Z][a-z]++(?:[ \t]*+[\u3400-\u9fff]{2,4})?"
    # or one, with whose they are in brackets ("Grace (Ethan's mum), 6987 2214")
    r"|(?<![A-Za-z])[A-Z][a-z]++[ \t]*+[(（][^()（）\n]{1,24}[)）]"
    r"|(?:生|太|先生|小姐|女士|姐|哥|人)[（(][\u3400-\u9fff]{2,4})"
    r"[ \t]*+[,，][ \t]*+\Z"
)

# a person's name of two or three capitalised words right before the number, as a sign-off or a
# counter's log writes it ("Regards, Winnie Tsang 6178 2309", "sender Wong Kwok Keung 9714 2268")
_NAME_THEN_BLANK = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]++(?: [A-Z][a-z]++){1,2}[ \t]++\Z"
    # or in brackets after its Chinese form ("收貨人黃生（Wong Siu Ming）9456 7812")
    r"|[\u3400-\u9fff][（(][A-Z][a-z]++(?: [A-Z][a-z]++){1,2}[)）][ \t]*+\Z"
    # or a Chinese name after a role's word, a blank before the number ("目擊證人 葉凱文 6543 2198")
    r"|(?:證人|证人|聯絡人|联系人|聯繫人|緊急聯絡人|紧急联系人|擔保人|担保人|介紹人|介绍人|收款人|付款人|"
    r"經辦人|经办人|傷者|伤者|事主|當事人|当事人|師傅|师傅|司機|司机)[ \t]*+[\u3400-\u9fff]{2,4}[ \t]++\Z"
)


def _beside_an_identifier(text: str, _start: int, value_start: int, value_end: int) -> bool:
    """Whether a bare mobile number stands right after a person's title, or within 40 characters of
    an identity document number or an e-mail address in its line (a KYC row, a form: "Fung Kwok
    Leung,B307915(0),6102 8843,1984-03-02"): listed with a person's particulars, it is theirs; alone
    ("批次 5123 4567", "5123 4567 個包裹") it is not."""
    if _ADDRESS_THEN.search(text, max(0, value_start - 80), value_start) is not None:
        return True
    floor = max(0, value_start - 32)
    # a person reached on it, or named before it with "on" or its bracket ("Inform via 2891 2345", "called
    # Cheng Pui-shan on 3188 2046", "Ms Catherine Yeung (3618 2295)"): a fixed line is as much a person's
    # line as a mobile
    named = (
        _TOLD_ON_RE.search(text, floor, value_start) is not None
        or _NAMED_THEN_ON.search(text, floor, value_start) is not None
        or _name_then_bracket(text, floor, value_start)
    )
    if not v.hk_mobile(text[value_start:value_end]):
        # a fixed line: otherwise only as contact details after an address, or right after a person's title
        # and name ("employer Mr Szeto 2567 8901": the person's line)
        return named or _TITLE_BEFORE.search(text, max(0, value_start - 24), value_start) is not None
    # (a mobile: a parcel's recipient's too)
    if (
        named
        or _recipients_number(text, value_start)
        or _NAME_THEN_COMMA.search(text, floor, value_start) is not None
        or _NAME_THEN_BLANK.search(text, floor, value_start) is not None
    ):
        return True
    # in the same line: a row ends there, and so does a field when several are scanned joined
    lo = max(0, value_start - 40, text.rfind("\n", 0, value_start) + 1)
    end_of_line = text.find("\n", value_end)
    hi = min(len(text), value_end + 40, len(text) if end_of_line < 0 else end_of_line)
    return (
        _PARTICULARS.search(text, lo, value_start) is not None
        or _PARTICULARS.search(text, value_end, hi) is not None
        or _TITLE_BEFORE.search(text, max(lo, value_start - 12), value_start) is not None
        or _glued_to_chinese(text, value_start, value_end)
        or _listed_after_a_phone(text, value_start)
    )


# A second number in a phone word's sentence ("call me on 9012 3456 or my son Ming on 6234 5678",
# "電話 9123 4567 或者 6123 4567"): a Hong Kong number before it, joined by "or", "and", a comma or
# slash, or put in its place ("old one 6541 3390 new one 5134 2280", "9125 4867 no wait I mean 9128
# 4867", "6123 4567 改為 6123 4576"), with a phone word within 32 characters before that number, no
# sentence end between
_PHONE_THEN_LINK = re.compile(
    r"(?<![0-9])[2-9][0-9]{3}[ -]?[0-9]{4}(?![0-9])[^0-9\n。.!?！？;；]{0,24}?"
    r"(?:(?<![A-Za-z])(?i:or|and|new|i mean|instead|actually|now|changed? to)(?![A-Za-z])|或者|或|同埋|同|和|"
    r"改為|改为|改成|改咗做|新|->|→|[,，/、])[^0-9\n。.!?！？;；]{0,24}\Z"
)


def _listed_after_a_phone(text: str, value_start: int) -> bool:
    """Whether a bare mobile number follows a phone number its sentence names, as another of a list."""
    floor = max(0, value_start - 60, text.rfind("\n", 0, value_start) + 1)
    for m in _PHONE_THEN_LINK.finditer(text, floor, value_start):
        if v.is_valid_phone(text[m.start() : m.start() + 9].rstrip()) and (
            PHONE_CONTEXT.search(text, look_back(text, m.start(), 32), m.start()) is not None
        ):
            return True
    return False


# Chinese writes no blank between words: a mobile's two groups of four glued to a Chinese word before
# it ("華姐本人9380 1125", "搵我9123 4567") is written as a phone is, unless a word before names
# another number (a batch's, a serial's, an ordinal, a price) or a unit or measure word after it
# counts something ("5123 4567個包裹"); an order's, an amount's or an account's word is the
# recognizer's negative context
_HAN_BEFORE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]\Z")
_OTHER_NUMBER_BEFORE = re.compile(
    r"(?:批次|批號|批号|編號|编号|序號|序号|號|号|第|期|碼|码|單|单|共|約|约|價|价|數|数|額|额|款|錢|钱|收|付|"
    r"年|月|日|時|时|點|点|至|到|由|從|从)\Z"
)
_UNIT_AFTER = re.compile(r"[ \t]*+(?:個|个|件|次|元|蚊|位|號|号|年|月|日|箱|包|張|张|人|份|條|条|隻|只|%)")


def _glued_to_chinese(text: str, value_start: int, value_end: int) -> bool:
    """Whether a bare mobile number is glued to a Chinese word before it, no other number's word
    right before it and no unit after it."""
    floor = max(0, value_start - 3)
    return (
        _HAN_BEFORE.search(text, floor, value_start) is not None
        and _OTHER_NUMBER_BEFORE.search(text, floor, value_start) is None
        and _UNIT_AFTER.match(text, value_end) is None
    )


# a person named by a title right before the number ("陳生 6123 4567", "Mr Chan: 9123 4567", "芳姐
# 6123 4567"): a mobile's number after a person's name is theirs
_TITLE_BEFORE = re.compile(
    # 生 as a title (陳生), not the end of a word (學生, 醫生, 出生)
    # (and sir after a surname: 黃sir)
    r"(?:先生|小姐|女士|太太|(?<![學学醫医出衞衛卫發发產产人民師师考新招花])生|太|姐|哥|(?<=[\u3400-\u9fff])(?i:sir)|"
    r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"[ \t]*+[:：,，]?[ \t]*+\Z"
)


_HK_PHONE_NUMBER = r"(?:(?:\+|00)852[ -]?|852[ -]|\(852\)[ -]?|\(\+852\)[ -]?)?[2-9]\d{3}[ -]?\d{4}"
_HK_PHONE_BODY = _NUMBER_BEHIND + _HK_PHONE_NUMBER
# a pasted table's phone column ("order_id,customer,phone,card | 70211,Lee Wai Ming,9123 4567,...")
PHONE_COLUMN = re.compile(
    r"(?:(?:contact|customer|client|guest|mobile|home|office|work|cell)[ _-]?)?"
    r"(?:phone|tel|telephone|mobile|cell|whatsapp)(?:[ _-]?(?:no\.?|number|#))?|contact[ _-]?(?:no\.?|number)|"
    r"電話|电话|手機|手机|聯絡電話|联系电话|聯絡|联系方式|聯絡方式|電話號碼|电话号码|手機號碼|手机号码|手机号|手機號"
)
HK_PHONE = Recognizer(
    "gc_hk_phone",
    "PHONE_NUMBER",
    re.compile(_HK_PHONE_BODY + _RG),
    v.is_valid_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    after=PHONE_AFTER,
    # eight bare digits are too common to call a phone without a keyword or a +852 prefix, unless
    # written as a mobile's two groups of four with no order, amount or code word near
    needs_context=lambda value: len(v.compact(value)) == 8,
    bare_score=_hk_bare_score,
    bare_place=_beside_an_identifier,
    cued=lambda text, value_start: (
        _TOLD_ON_RE.search(text, max(0, value_start - 32), value_start) is not None
        or _recipients_number(text, value_start)
    ),
    negative=NOT_A_PHONE_CONTEXT,
    priority=3,
    min_digits=8,
    column=PHONE_COLUMN,
)
CN_MOBILE_RUN = replace(
    CN_MOBILE,
    name="gc_cn_mobile_run",
    pattern=re.compile(_L_RUN + r"(?:(?:\+|00)86[ -]?)?1[3-9]\d{9}" + _R_RUN),
)
HK_PHONE_RUN = replace(
    HK_PHONE,
    name="gc_hk_phone_run",
    pattern=re.compile(_L_RUN + r"(?:(?:\+|00)852[ -]?)?[2-9]\d{7}" + _R_RUN),
)
# mainland fixed lines: a trunk 0 or +86, a two- or three-digit area code, seven or eight digits
# ("010-12345678", "(0755) 2688 1234", "+86 10 1234 5678"); libphonenumber's metadata decides
_CN_LANDLINE_BEHIND = r"(?<![0-9A-Za-z+(])(?<![0-9][ -])"
# (the trunk 0 kept after +86 as people write it, "+86 (0755) 2688 1234", "+86-0755-26881234")
# (a seven-digit local number grouped 4-3 too, as Zhuhai's are written: "0756-2211 334")
_CN_LANDLINE_NUMBER = (
    r"(?:(?:\+|00)86[ -]?(?:\(0\)[ -]?)?\(?0?|86[ -]\(?|\(0|0)[1-9]\d{1,2}\)?[ -]?(?:\d{3,4}[ -]?\d{4}|\d{4}[ -]\d{3})"
)
_CN_LANDLINE_BODY = _CN_LANDLINE_BEHIND + _CN_LANDLINE_NUMBER
CN_LANDLINE = Recognizer(
    "gc_cn_landline",
    "PHONE_NUMBER",
    re.compile(_CN_LANDLINE_BODY + _RG),
    v.is_valid_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    priority=3,
    min_digits=7,
)
# Macao numbers, with their +853 prefix only (eight bare digits are a Hong Kong number's shape)
_MO_PHONE_NUMBER = r"(?:(?:\+|00)853[ -]?|853[ -]|\(\+?853\)[ -]?)[2-8]\d{3}[ -]?\d{4}"
_MO_PHONE_BODY = _NUMBER_BEHIND + _MO_PHONE_NUMBER
MO_PHONE = Recognizer(
    "gc_mo_phone",
    "PHONE_NUMBER",
    re.compile(_MO_PHONE_BODY + _RG),
    v.is_valid_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    priority=3,
    min_digits=8,
)
# A number in international form with any other country code (+1, +44, +81, +65, ...): the
# pattern finds where one may start, the number is then read on from there group by group, and
# the longest reading libphonenumber's metadata allocates is taken, so that a count or another
# number after it ("+44 20 7946 0958 2 times") is left out. Mainland, Hong Kong and Macao numbers
# are the recognizers' above
_INTL_GROUPS = re.compile(r"\+[0-9]{1,3}(?:[ .-]?(?:\([0-9]{1,4}\)|[0-9]{1,6})){1,8}")
_INTL_GROUP_END = re.compile(r"[0-9)](?=[ .-]?[0-9(]|$)")
_OWN_CODES = ("86", "852", "853")


@dataclass(frozen=True)
class InternationalPhoneRecognizer(Recognizer):
    """Foreign numbers in international form, read as long as libphonenumber allows."""

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        idd = text.startswith("00", value_start)
        if text.startswith(_OWN_CODES, value_start + (2 if idd else 1)):
            return None
        # after "00", only with a phone word before: asked first, for the number's readings cost more
        if idd and self.context is not None:
            floor = self._floor(start, starts)
            if self.context.search(text, floor, start) is None:
                return None
        # "00" dialled for "+" (0044 20 7946 0958, 001 415 555 0132): read as "+"
        m = _INTL_GROUPS.match(
            "+" + text[value_start + 2 : value_start + 40] if idd else text, 0 if idd else value_start
        )
        if m is None:
            return None
        run = text[value_start : value_start + m.end() + 1] if idd else m.group()
        # the ends of its groups, the longest first; a reading that stops inside a group of digits
        # (or right before a letter) is no reading
        ends = [g.end() for g in _INTL_GROUP_END.finditer(run)]
        for end in reversed(ends):
            # (a Chinese character after it ends it as a blank would: "+65 9123 4567同+1 212 ...")
            after = text[value_start + end : value_start + end + 1]
            if after.isalnum() and not "\u3400" <= after <= "\u9fff":
                continue
            if not self.validate(run[:end]):
                continue
            return super().judge(text, start, value_start, value_start + end, starts)
        return None


INTL_PHONE = InternationalPhoneRecognizer(
    "gc_intl_phone",
    "PHONE_NUMBER",
    # or after "00", the international prefix dialled from the mainland, Hong Kong or Macao (001
    # from Hong Kong reads as 00 and 1): then only with a phone word, for a run of digits that
    # opens with 00 is as often an account or a reference
    # (not a Hong Kong account's bank code: 004-123-...)
    # a "+" may follow a phone word glued to it ("mob+91 98450 12763", "tel+234 803 123 4567")
    # (nor "00" as a group of a longer run: "6222 0012 3456 78900", a card with a wrong check digit)
    re.compile(r"(?:(?<![0-9+])\+|(?<![0-9A-Za-z+])(?<![0-9][ -])00(?![1-9]-[0-9]{3}-))[1-9]"),
    v.is_valid_intl_phone,
    base_score=0.85,
    context_score=0.95,
    context=PHONE_CONTEXT,
    needs_context=lambda value: value.startswith("00"),
    priority=3,
    min_digits=1,
    required=("+", "00"),
)
# North American numbers in their national form ((415) 555-0132, 415-555-0132, 1-415-555-0132), or
# as forms and people write them too: the area code, a blank and seven digits (415 5550132), or ten
# digits in one run (4155550132): only with a phone word, checked against libphonenumber's US and
# Canadian metadata. Written so plainly, ten digits are an order's, an account's or a reference's as
# often: not with such a word in the 32 characters before them ("phone order 4155550132")
_NANP_PLAIN = re.compile(r"(?:1[ .-])?[2-9][0-9]{2} ?[2-9][0-9]{6}")


def _nanp_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    if _NANP_PLAIN.fullmatch(text, value_start, value_end) is None:
        return True
    return NOT_A_PHONE_CONTEXT.search(text, look_back(text, start, 32), start) is None


NANP_PHONE = Recognizer(
    "gc_nanp_phone",
    "PHONE_NUMBER",
    re.compile(
        r"(?<![0-9A-Za-z+(])(?:1[ .-])?(?:(?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[ .-])[2-9][0-9]{2}[.-][0-9]{4}"
        r"|[2-9][0-9]{2} ?[2-9][0-9]{6})"
        r"(?![0-9A-Za-z])(?![ .-][0-9])"
    ),
    v.is_valid_nanp_phone,
    base_score=0.0,
    context_score=0.9,
    context=PHONE_CONTEXT,
    after=PHONE_AFTER,
    needs_context=lambda _value: True,
    negative=NOT_A_PHONE_CONTEXT,
    priority=3,
    min_digits=3,
    place=_nanp_place,
)
# the same numbers followed by a count or a date ("+852 9333 1122 1 次", "call 138 1234 5678 2
# times"), in one pattern (each pattern costs the native scanner a search of every text with a
# long enough run of digits), scored below a mainland account with its keyword (see _TAIL_SCORE)
PHONE_TAILED = replace(
    HK_PHONE,
    name="gc_phone_tailed",
    # a mainland fixed line's bracketed area code is taken from its "(": no match starts after one
    pattern=_with_tail(
        _NUMBER_BEHIND,
        # ASCII digits (the detector scans folded text): with \d, Unicode's digits in each place of
        # the four numbers made the native scanner's automaton for this one pattern cost 18 us a text
        "(?:"
        + "|".join((_CN_MOBILE_NUMBER, _HK_PHONE_NUMBER, _CN_LANDLINE_NUMBER, _MO_PHONE_NUMBER)).replace(r"\d", "[0-9]")
        + ")",
    ),
    group=1,
    base_score=_TAIL_SCORE,
    context_score=_TAIL_SCORE,
    # eight bare digits and a count: a Hong Kong number only with a keyword before or after it
    needs_context=lambda value: len(v.compact(value)) == 8,
    # the shortest: a fixed line's seven local digits after its bracketed area code, and the count
    min_digits=8,
)
# Phones as people type them in a hurry, after a phone word: groups parted by dots, slashes or two
# blanks ("tel 9271.5530", "hse 2712/4406", "電話2712  4406", "电话186.2077.1134"), glued to the word
# ("tel5590 3318": PHONE_GLUED; "mob+91 ..." is INTL_PHONE's), a country code without its "+" and in
# one run ("whatsapp 85291234567"), an extension written with a hyphen ("2123-4567-123", taken in
# with the number: the number's own end would refuse it; written with a word, "x123", "轉12", "分机
# 8012", the word ends the number and the usual patterns find it). Only with a phone word in the
# window before it (a dotted or slashed pair of fours alone is a decimal, a date, a ratio), and
# letters glued to it only when they are one of those words
# a phone's usual separator (one blank or hyphen: the patterns above) and the others. A pattern that
# also matched the usual forms had every phone of a text checked twice against libphonenumber's
# metadata: the loose forms hold an unusual separator, a country code in one run with the number, or
# an extension (the glued forms: PHONE_GLUED)
_PHONE_UNUSUAL = r"(?:[./\t]|[ \t]{2,3})"
_PHONE_ANY = "(?:" + _PHONE_UNUSUAL + r"|[ -])"
_PHONE_PREFIX = r"(?:(?:\+|00)?(?:852|853|86)(?:[ .-]|[ \t]{2,3})?)?"
_HK_USUAL = r"[2-9][0-9]{3}[ -]?[0-9]{4}"
_CN_USUAL = r"1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}"
_GLUED_PHONE_WORD = re.compile(
    r"(?i:(?<![a-z])(?:tel|mob|mobile|phone|ph|cell|hp|whatsapp|wa|fps|payme|hse|home|office|off|fax|call|"
    r"hotline|contact|no|num|number))\Z"
)


_EXTENSION_END = re.compile(r"-[0-9]{1,4}\Z")


def _phone_form(value: str) -> str:
    """The value as the phone check reads it: dots and slashes between groups as hyphens."""
    return value.replace(".", "-").replace("/", "-") if ("." in value or "/" in value) else value


_RUN_852 = re.compile(r"852[0-9]{8}")


def _run_852_score(value: str) -> float:
    """A Hong Kong mobile number with its country code in one run and no "+" ("85291234567"): the
    code and the mobile range are evidence enough, below a number with its phone word."""
    return 0.6 if _RUN_852.fullmatch(value) is not None and v.hk_mobile(value) else 0.0


def _loose_phone_value(value: str) -> bool:
    """A phone number the metadata allocates, with its hyphenated extension, if any, left out."""
    form = _phone_form(value)
    if v.is_valid_phone(form):
        return True
    ext = _EXTENSION_END.search(form)
    return ext is not None and v.is_valid_phone(form[: ext.start()])


def _loose_phone_place(text: str, _start: int, value_start: int, _value_end: int) -> bool:
    """Letters glued before a phone number are a phone word's ("tel5590 3318", "FPS9123 8876"), not an
    identifier's ("G23456789")."""
    if value_start == 0 or not (text[value_start - 1].isascii() and text[value_start - 1].isalpha()):
        return True
    return _GLUED_PHONE_WORD.search(text, max(0, value_start - 12), value_start) is not None


PHONE_LOOSE = Recognizer(
    "gc_phone_loose",
    "PHONE_NUMBER",
    re.compile(
        # letters glued before it: a phone word's (_loose_phone_place)
        r"(?<![0-9+])(?<![0-9][ \t./-])("
        + _PHONE_PREFIX
        + r"(?:[2-9][0-9]{3}"
        + _PHONE_UNUSUAL
        + r"[0-9]{4}|1[3-9][0-9](?:"
        + _PHONE_UNUSUAL
        + r"[0-9]{4}"
        + _PHONE_ANY
        + r"?|[ -]?[0-9]{4}"
        + _PHONE_UNUSUAL
        + r")[0-9]{4}|(?:"
        + _HK_USUAL
        + "|"
        + _CN_USUAL
        + r")-[0-9]{1,4})|85[23][2-9][0-9]{7})"
        r"(?![0-9A-Za-z])(?![ \t./-][0-9])"
    ),
    _loose_phone_value,
    base_score=0.0,
    context_score=0.95,
    context=PHONE_CONTEXT,
    after=PHONE_AFTER,
    needs_context=lambda _value: True,
    # "85291234567" with no phone word: a Hong Kong mobile's, unless an order, amount, account or
    # card word stands before it
    bare_score=_run_852_score,
    negative=NOT_A_PHONE_CONTEXT,
    group=1,
    priority=3,
    place=_loose_phone_place,
    # the shortest run: four digits of a dotted pair of fours
    min_digits=4,
)
# A phone number and its extension ("2123 4567 ext. 12", "+852 2123 4567 x123", "(0755) 2688 1234
# 轉 806"): the extension's digits reach one person's desk, and stayed in clear after the number's
# span. The whole is one finding, above a phone alone, when the number before the extension is a
# phone of its own (any of the pack's checks: Hong Kong, mainland, Macao, international)
_EXTENSION = (
    # an "x" only glued to its digits ("x123"; "x 3" is a count)
    r"[ \t]*+,?[ \t]*+(?:(?<![A-Za-z])(?i:x)(?=[0-9])|"
    r"(?:(?<![A-Za-z])(?i:ext|extn|extension)\.?|分機|分机|內線|内线|轉|转)[ \t]*+[.:#]?[ \t]*+)"
    # not a time, a decimal or an amount ("轉 10:30", "转 500元": 轉/转 also means a transfer)
    r"[0-9]{1,5}(?![0-9A-Za-z]|[.:：．][0-9]|[ \t]*+(?:元|块|塊|蚊|圓|点|點|时|時|分|号|號|月|日|%))"
)
_EXTENSION_AT = re.compile(_EXTENSION)


def _phone_with_extension(value: str) -> bool:
    """Whether the number before the extension is a phone number."""
    ext = _EXTENSION_AT.search(value)
    if ext is None:
        return False
    number = value[: ext.start()]
    return v.is_valid_phone(number) or v.is_valid_intl_phone(number)


def _extension_place(text: str, start: int, _value_start: int, _value_end: int) -> bool:
    """A number in international form or with an area code in brackets stands alone; any other
    needs a phone word within 32 characters before it ("order 2123 4567 ext. 3" is no phone)."""
    if text[start] in "+(" or text.startswith("00", start):
        return True
    return PHONE_CONTEXT.search(text, look_back(text, start, 32), start) is not None


PHONE_EXTENSION = Recognizer(
    "gc_phone_extension",
    "PHONE_NUMBER",
    re.compile(r"(?<![0-9+])(?<![0-9][ -])(?:\+|00)?[0-9(][0-9 ()-]{5,18}[0-9]" + _EXTENSION),
    _phone_with_extension,
    base_score=0.96,
    priority=3,
    min_digits=4,
    required=("x", "ext", "分機", "分机", "內線", "内线", "轉", "转"),
    place=_extension_place,
)
# glued to a phone word and written in the usual way ("tel5590 3318", "FPS9123 8876"; glued and
# dotted: PHONE_LOOSE): a run of eight digits at the least, blanks and hyphens inside it
PHONE_GLUED = replace(
    PHONE_LOOSE,
    name="gc_phone_glued",
    pattern=re.compile(
        # the phone word in the match, not in a look-behind (see CARD_GLUED): a letter alone before
        # eight digits is a passport's or a permit's
        r"(?<![A-Za-z])(?i:tel|mob|mobile|phone|ph|cell|hp|whatsapp|wa|fps|payme|hse|home|office|fax|call|hotline)"
        r"((?:(?:\+|00)?(?:852|853|86)[ -]?)?(?:"
        + _HK_USUAL
        + "|"
        + _CN_USUAL
        + r")(?:-[0-9]{1,4})?)(?![0-9A-Za-z])(?![ \t./-][0-9])"
    ),
    # the glued word is the phone word: no other context
    base_score=0.95,
    context=None,
    after=None,
    needs_context=lambda _value: False,
    place=None,
    min_digits=8,
)
HK_ACCOUNT = Recognizer(
    "gc_hk_bank_account",
    "HK_BANK_ACCOUNT",
    # (a group glued to letters after it is a date's, not the account's: "... 112233-838 05MAY FPS")
    re.compile(r"(?<![0-9])\d{3}[- ]\d{3}[- ]\d{1,10}(?:[- ]\d{1,10}(?![A-Za-z])){0,2}(?![0-9])"),
    v.is_valid_hk_bank_account,
    base_score=0.6,
    context_score=0.9,
    context=HK_ACCOUNT_CONTEXT,
    priority=2,
    min_digits=7,
)
# HSBC's and Hang Seng's own layout, without the bank's code: the branch, six digits and a suffix, parted
# by hyphens ("HSBC account 123-456789-838", "轉賬 何家樂 123-456789-838"): no mainland account's form.
# Only after an account's, a bank's or a transfer's word: contracts, quotations, policies and ISBNs are
# written in the same groups
_HK_BRANCH_CONTEXT = re.compile(
    HK_ACCOUNT_CONTEXT.pattern
    + r"|轉賬|转账|過數|过数|入數|入数|匯款|汇款|(?i:transfer|deposit|fps)"
    # or the bank's name ("賠款入渣打 368-1-205731-4")
    + r"|渣打|匯豐|滙豐|汇丰|恒生|恆生|中銀|中银|東亞|东亚|(?i:hsbc|hang seng|standard chartered|scb)",
    re.IGNORECASE,
)
HK_ACCOUNT_BRANCH = replace(
    HK_ACCOUNT,
    name="gc_hk_bank_account_branch",
    # (and Standard Chartered's: the branch, a digit, six digits and a check digit: "渣打 368-1-205731-4")
    pattern=re.compile(r"(?<![0-9-])(?:\d{3}-\d{6}-\d{3}|\d{3}-\d-\d{6}-\d)(?![0-9]|-[0-9])"),
    validate=v.always,
    base_score=0.0,
    context=_HK_BRANCH_CONTEXT,
    min_digits=11,
)
_FOUR_GROUPS = re.compile(r"[0-9]{4}(?: [0-9]{4}){2,3}(?: [0-9]{1,4})?")


def _account_print_form(value: str) -> bool:
    """Whether a number is written in the groups of four a bank prints an account number in
    (``7559 1266 3310 902``, twelve digits or more), and is no card or resident ID with a wrong
    check digit or a digit too many (those are near misses): a number in that form is an account even in a row or list
    with no account word (an order or reference word in the window still says otherwise)."""
    # (a blank first: most numbers have none, and the groups hold one)
    if " " not in value or _FOUR_GROUPS.fullmatch(value) is None or _ric_shaped(value):
        return False
    # nor a card with a digit more or less ("4111 1111 1111 1111 2")
    digits = v.compact(value)
    return all(v.card_network(digits[:n]) is None for n in range(13, min(len(digits), 19) + 1))


# an IBAN's print form up to here: the country, its check digits, groups of four ("GB81 BARC ")
_IBAN_HEAD = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}[0-9]{2}(?:[ -][0-9A-Z]{4})*[ -]\Z")


def _not_in_iban(text: str, _start: int, value_start: int, _value_end: int) -> bool:
    """Whether the number does not go on an IBAN written before it (an IBAN with a wrong check
    digit is a near miss, and its digits are no mainland account)."""
    # most numbers stand after a word, a colon or CJK text: no IBAN group right before them
    if value_start < 5 or text[value_start - 1] not in " -" or not text[value_start - 2].isalnum():
        return True
    return _IBAN_HEAD.search(text, max(0, value_start - 40), value_start) is None


# a date and a time of day in one run (YYYYMMDDhhmm, seconds and milliseconds optional): a timestamp
_TIMESTAMP_SHAPE = re.compile(
    r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])[0-5][0-9](?:[0-5][0-9](?:[0-9]{3})?)?"
)


def _cn_account_value(value: str) -> bool:
    # a number in a Hong Kong bank's code form (004-741-556677-838) is a Hong Kong account (one
    # that reads as a date and a time of day is weighed in AccountRecognizer.judge, by its words);
    # a mainland service hotline (400 669 9999, 800 ...) is none
    if _HOTLINE.fullmatch(value) is not None:
        return False
    return v.is_valid_cn_bank_account(value) and not v.is_valid_hk_bank_account(value)


_HOTLINE = re.compile(r"[48]00[ -]?\d{3}[ -]?\d{4}")


# a utility's or a property's account number: a bill's, not a bank's ("交电费 户号0301882245", "香港電燈
# 戶口編號 ...", "差餉 物業編號 ..."). Not "rates": FX rates are a bank's
_BILL_CONTEXT = re.compile(
    r"(?i:(?<![a-z])(?:electricity|utility|utilities|property|gas bill|water bill)(?![a-z]))|"
    r"电费|電費|水费|水費|燃气|燃氣|煤气|煤氣|电灯|電燈|港灯|港燈|中电|中電|差餉|差饷|物業|物业|管理费|管理費|话费|話費|宽带|寬頻"
)
# a bank's name after an account number: the short and full names the account words hold, the
# mainland banks' English names, and any 银行 or "Bank"
# (right after the number, blanks, a comma or a bracket between only: "71024583-000 (not an ID).
# Bank: ..." names no account)
_BANK_ENGLISH_NAMES = (
    "china construction bank",
    "bank of china",
    "agricultural bank",
    "bank of communications",
    "china merchants bank",
    "industrial and commercial bank",
    "postal savings bank",
)
# (in the case-free form: a case-insensitive alternation of the names tried each name at the number's end)
_BANK_AFTER = re.compile(
    r"(?:[ \t,，(（]*+(?:"
    + case_free_source(list(_BANK_NAMES))
    + "|"
    + case_free_source(list(_BANK_ENGLISH_NAMES))
    + "|"
    + grouped_source(("bank",))
    + r"|银行|銀行)"
    # or an account word a few characters after it, in its clause ("到 6230 5820 0001 2345 67，实为诈骗账号")
    r"|[^0-9。.!?！？;；\n]{0,8}?(?:账号|账户|帐号|帐户|帳號|帳戶|賬號|賬戶))"
)
# what a number after an account word may be instead: an order, a reference, a phone, a time
_NOT_AN_ACCOUNT_CONTEXT = re.compile(
    NOT_AN_ID_CONTEXT.pattern
    + "|"
    + grouped_source(("timestamp", "time", "date", "epoch", "utc", "balance", "amount"))
    + "|时间|時間|日期|余额|餘額|金额|金額"
    # a merchant's number: 商户号 holds an account word (户号)
    + r"|商户|商戶"
)
# what may stand between a word and the number it names, and the word still name that number
# ("订单号 ...", "order no. ...", "时间：...", "账号（电费）..."): blanks, colons, brackets and
# the number's own name
_ATTACHED = re.compile(r"(?:[\s:：#＃=()（）\[\]【】.-]|号|號|码|碼|(?i:no|num|number|nr)(?![a-z]))*")
# what a bill word may stand before and still name the account: account and identity words
_ACCOUNT_WORDS = re.compile(
    CN_ACCOUNT_WORDS.pattern + "|" + HK_ACCOUNT_CONTEXT.pattern + "|" + GENERIC_ID_CONTEXT.pattern, re.IGNORECASE
)
# a decimal after the number: an amount ("账户余额 12345678901.00"); a currency after it is one
# only when a balance or amount word names the number ("account balance 12345678901 HKD"), which
# _NOT_AN_ACCOUNT_CONTEXT sees: an account number is often written before its currency
# ("A/C ... HKD savings", "账号...元旦前到账")
_DECIMAL_AFTER = re.compile(r"\.[0-9]")


@dataclass(frozen=True)
class AccountRecognizer(Recognizer):
    """Mainland accounts: a number the general judgement reports is then refused when an amount's
    decimals or currency follow it, when it is a bill's account (a utility or property word within
    24 characters before it), or when a balance, amount, order, invoice, tracking, reference,
    phone or time word stands between the account word and the number ("账户的订单号 ...",
    "account ... order no. ..."): the number is that, not the account. Asked of the reported
    numbers only: most candidates have no word near and cost nothing more."""

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        if self._refused_bare(text, start, value_start, value_end, starts):
            return None
        found = super().judge(text, start, value_start, value_end, starts)
        if found is None:
            return None
        if _DECIMAL_AFTER.match(text, value_end) is not None:
            return None
        if found.score < self.generic_score:  # an account in print form
            return found
        if _after_bill_word(text, start):
            return None
        floor = self._floor(start, starts)
        keywords = list(CN_ACCOUNT_CONTEXT.finditer(text, floor, start))
        keyword = keywords[-1] if keywords else None
        # a date and a time of day in one run is a timestamp ("账户于20241130153000冻结") unless the
        # account word names it ("账号 20240101120000123")
        if _TIMESTAMP_SHAPE.fullmatch(text, value_start, value_end) is not None and (
            found.score < self.context_score or keyword is None or not _attached(text, keyword.end(), value_start)
        ):
            return None
        if found.score < self.context_score:  # after a generic word, which weighed its negatives
            return found
        # an order, reference, phone, time, balance or amount word that names the number itself
        # ("账户的订单号 ...", "account ... order no. ..."); not one in a remark between
        # ("账号（手机银行）...", "参考号随后提供：...")
        for m in _NOT_AN_ACCOUNT_CONTEXT.finditer(text, floor, start):
            if _attached(text, m.end(), start):
                return None
        return found

    def _refused_bare(self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int]) -> bool:
        """A first rejection, before the value's checks: context needed, a bare score of 0, no
        context word after the value and none, nor a generic word, in the window before it.
        ``Recognizer.judge`` refuses such a candidate whatever its checks say (it reaches ``if not
        bare: return None`` or an earlier refusal); most numbers in a record (ids, tokens, amounts)
        are these. The cheap tests first: a whole field (an empty window) has no word before it."""
        if self.context is None:
            return False
        value = text[value_start:value_end]
        if not self.needs_context(value):
            return False
        if self.bare_score(value) if callable(self.bare_score) else self.bare_score:
            return False
        floor = self._floor(start, starts)
        # (both patterns are alternations of words: no match in an empty window)
        if floor < start and (
            self.context.search(text, floor, start) is not None
            or (self.generic is not None and self.generic.search(text, floor, start) is not None)
        ):
            return False
        return not self._after_near(text, value_end, starts)


def _attached(text: str, word_end: int, value_start: int) -> bool:
    """Whether the word ending at ``word_end`` names the value at ``value_start`` (only blanks,
    signs or the value's own name between them)."""
    return _ATTACHED.fullmatch(text, word_end, value_start) is not None


def _after_bill_word(text: str, start: int) -> bool:
    """Whether a bill word names the account: it stands right before the account word ("交电费
    户号...", "香港電燈 戶口編號 ...", "electricity account ...") or between it and the number, with only
    account words and signs after it; not one earlier in the sentence ("管理费请转账至账户 ...",
    "电费代扣账号 ...": a bank account a bill is paid into or from)."""
    floor = look_back(text, start, 24)
    for m in _BILL_CONTEXT.finditer(text, floor, start):
        # (a bank's account of the bill's payee, a property company's corporate one: "物业对公账户 ...")
        if _BANK_ACCOUNT_WORD.search(text, m.end(), start) is not None:
            continue
        rest = _ACCOUNT_WORDS.sub("", text[m.end() : start])
        if _ATTACHED.fullmatch(rest) is not None:
            return True
    return False


_BANK_ACCOUNT_WORD = re.compile("对公|對公|公户|公戶|银行账|銀行賬|銀行帳|银行帐|收款账|收款帳|收款賬")


def _cn_account_bare_place(text: str, start: int, _value_start: int, _value_end: int) -> bool:
    """A number in an account's print form with no account word is none after a card word (a card
    number of a network no table lists, or with a wrong check digit: a near miss) or a bill's word."""
    # a record's fields are scanned joined by NUL: no word of the field before counts
    floor = look_back(text, start, 32)
    return _CARD_OR_NETWORK.search(text, floor, start) is None and not _after_bill_word(text, start)


_NETWORK_NAMES = (
    "mir",
    "maestro",
    "amex",
    "jcb",
    "diners",
    "discover",
    "rupay",
    "troy",
    "verve",
    "elo",
    "mastercard",
    "mc",
)
_CARD_OR_NETWORK = re.compile(
    CARD_CONTEXT.pattern + "|" + _CARD_WORDS_LISTED.pattern + "|" + grouped_source(_NETWORK_NAMES)
)


# a merchant's or a terminal's number is named by an identity word too ("商戶編號 8801223344"): no
# mainland account without an account word
# nor a case's, a policy's, a claim's, a bill's, a contract's, a member's or social insurance's number ("個案編號
# HK-CS-20261130-0211", "MID 4458 0021 9930", "policy no. 4111 1111 2026", "bill no. 8812 3345 6678")
_OTHER_NUMBER_WORDS = (
    "|"
    + grouped_source(
        tuple("merchant|terminal|store|shop|outlet|mid|tid|policy|claim|bill|billing|contract|membership".split("|"))
    )
    # (and a police report's number, by its own label: "日本警察報案編號 2024-0612-338"; not a scam's
    # account after "已报案")
    + r"|商户|商戶|终端|終端|门店|門店|个案|個案|案件|保单|保單|保险|保險|理赔|理賠|索偿|索償|"
    r"报案编号|報案編號|报案号|報案號|报案回执|報案回執|"
    r"账单|賬單|帳單|合同|合約|会员|會員|"
    # a social insurance's or a housing fund's number ("个人社保编号 4406 2018 0035")
    r"社保|社会保险|社會保險|医保|醫保|公积金|公積金"
)
_NOT_AN_ACCOUNT_ID_CONTEXT = re.compile(NOT_AN_ID_CONTEXT.pattern + _OTHER_NUMBER_WORDS)


CN_ACCOUNT = AccountRecognizer(
    "gc_cn_bank_account",
    "CN_BANK_ACCOUNT",
    # (not inside a code of capitals and digits: "录音编号 RC-20261130-0441", "報案編號 TPE-2026-1129-33"; nor
    # a date and an hour before a time's colon: "於 2024-09-03 23:41 由 IP ... 登入")
    re.compile(r"(?<![0-9A-Za-z])(?<![A-Z]-)\d(?:[ -]?\d){9,24}(?![0-9A-Za-z])(?![:：][0-9])"),
    _cn_account_value,
    base_score=0.0,
    context_score=0.8,
    context=CN_ACCOUNT_CONTEXT,
    window=16,
    needs_context=lambda _value: True,
    bare_score=lambda value: 0.6 if _account_print_form(value) else 0.0,
    generic=GENERIC_ID_CONTEXT,
    generic_score=0.75,
    negative=_NOT_AN_ACCOUNT_ID_CONTEXT,
    # a number shaped like a card or a resident ID with a wrong check digit is a near miss
    generic_value=lambda value: not _ric_shaped(value) and v.card_network(v.compact(value)) is None,
    # or a bank's name right after it ("Pay to 4420 1503 8000 5201 7736, China Construction Bank",
    # "salary 入 4000 0236 0920 0458 871 工商银行"), no digit between
    after=_BANK_AFTER,
    after_window=32,
    after_adjacent=True,
    place=_not_in_iban,
    bare_place=_cn_account_bare_place,
    priority=1,
    min_digits=10,
    # (context_score, above generic_score and the bare scores)
    ceiling=0.8,
)


def _iban_shapes() -> dict[int, re.Pattern[str]]:
    """Per IBAN length, the print and electronic forms of an IBAN that long: the country code, two
    check digits, then the rest in groups of four, each group with or without a blank or hyphen
    before it (``GB29 NWBK 6016 1331 9268 19``, ``GB29NWBK60161331926819``)."""
    shapes = {}
    for length in set(v.IBAN_LENGTHS.values()):
        groups, rest = divmod(length - 4, 4)
        tail = f"[ -]?[0-9A-Z]{{{rest}}}" if rest else ""
        shapes[length] = re.compile(f"[A-Z]{{2}}[0-9]{{2}}(?:[ -]?[0-9A-Z]{{4}}){{{groups}}}{tail}" + _R)
    return shapes


_IBAN_SHAPES = _iban_shapes()
# the same shapes in lower case: an IBAN typed or pasted in lower case ("my iban is gb29nwbk...") is
# the same account, and its mod 97 check and the country's structure are read in capitals
_IBAN_SHAPES_LOWER = {
    length: re.compile(shape.pattern.replace("[A-Z]", "[a-z]").replace("[0-9A-Z]", "[0-9a-z]"))
    for length, shape in _IBAN_SHAPES.items()
}


@dataclass(frozen=True)
class IbanRecognizer(Recognizer):
    """IBANs. The pattern finds where one may start (a country code, two check digits, a first
    group); the IBAN is then read from there at its country's length (python-stdnum's IBAN
    registry), so that a number written after it (``BE68 5390 0754 7034 2024``) is not read into
    it, and an IBAN right after another is not swallowed by the first. One short pattern for every
    country: an alternation of the 89 countries' own lengths took the native scanner a tenth of a
    second to compile."""

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        code = text[value_start : value_start + 2]
        shapes = _IBAN_SHAPES_LOWER if code.islower() else _IBAN_SHAPES
        length = v.IBAN_LENGTHS.get(code.upper())
        m = shapes[length].match(text, value_start) if length is not None else None
        if m is None:
            return None
        return super().judge(text, start, value_start, m.end(), starts)


# an IBAN: the mod 97 check over the whole number is strong evidence on its own, no keyword needed
# (one random candidate in 97 passes it, and then the country's BBAN structure must hold too)
IBAN = IbanRecognizer(
    "gc_iban",
    "IBAN_CODE",
    re.compile(_L + r"[A-Z][A-Z][0-9][0-9][ -]?[0-9A-Z]{4}"),
    v.is_valid_iban,
    base_score=1.0,
    priority=8,
    # the two check digits: the rest of an IBAN may be letters
    min_digits=2,
    gate=re.compile(r"[A-Z][A-Z][0-9][0-9]"),
)
# in lower case, every letter of it ("gb29 nwbk 6016 1331 9268 19"); a mix of cases is neither form
IBAN_LOWER = replace(
    IBAN,
    name="gc_iban_lower",
    pattern=re.compile(_L + r"[a-z][a-z][0-9][0-9][ -]?[0-9a-z]{4}"),
    gate=re.compile(r"[a-z][a-z][0-9][0-9]"),
)


# letters beyond ASCII that addresses hold (RFC 6531 local parts, IDNA domain labels): Latin-1 and
# Latin Extended-A/B (josé, müller), Greek, Cyrillic, kana, Hangul and CJK ideographs (陳大文@例子.香港)
_CJK_IDEOGRAPHS = chr(0x3400) + "-" + chr(0x4DBF) + chr(0x4E00) + "-" + chr(0x9FFF)
_WIDE_LETTERS = (
    chr(0xC0)
    + "-"
    + chr(0xD6)
    + chr(0xD8)
    + "-"
    + chr(0xF6)
    + chr(0xF8)
    + "-"
    + chr(0x24F)
    + chr(0x370)
    + "-"
    + chr(0x3FF)
    + chr(0x400)
    + "-"
    + chr(0x4FF)
    + chr(0x3040)
    + "-"
    + chr(0x30FF)
    + chr(0xAC00)
    + "-"
    + chr(0xD7A3)
    + _CJK_IDEOGRAPHS
)
_LOCAL = "[A-Za-z0-9._%+" + _WIDE_LETTERS + "-]"
# a domain label: ASCII letters, digits, hyphens and those letters (an internationalised domain,
# 例子.香港 or bücher.example, as written; its punycode form xn--fsqu00a.xn--j6w193g is ASCII). A CJK
# label is never followed by the CJK text around it: the last label is ASCII or one of the CJK
# top-level domains (the Public Suffix List's, as tldextract bundles it, and 網絡), longest first;
# and the IANA's test names in Chinese (测试, 測試: RFC 2606's .test, as example data writes it)
_LABEL = "[A-Za-z0-9" + _WIDE_LETTERS + "-]+"
_CJK_TLDS = "|".join(
    sorted(
        (
            "世界 中信 中国 中國 中文网 亚马逊 企业 佛山 信息 健康 八卦 公司 公益 台湾 台灣 商城 商店 商标 嘉里 "
            "嘉里大酒店 在线 大拿 天主教 娱乐 家電 广东 微博 慈善 我爱你 手机 招聘 政务 政府 新加坡 新闻 时尚 書籍 "
            "机构 淡马锡 游戏 澳門 澳门 点看 移动 组织机构 网址 网店 网站 网络 網絡 联通 臺灣 谷歌 购物 通販 集团 "
            "電訊盈科 飞利浦 食品 餐厅 香格里拉 香港 测试 測試"
        ).split(),
        key=len,
        reverse=True,
    )
)
# words before an address written with no space after them ("邮箱陳大文@例子.中国", "發送至chan@..."): a
# local part taken in with CJK text starts after the last of these
_EMAIL_CUE = re.compile(
    r"(?i:e-?mail|mailto:?)|联系人|聯絡人|联络人|邮箱|郵箱|信箱|电邮|電郵|邮件|郵件|邮址|郵址|地址|联系|聯絡|联络|发到|發到|寄到|送到|"
    r"发至|發至|寄至|发给|發給|寄给|寄給|寄去|發去|send去|至|到|去|给|給|为|為|是|係|系|：|:"
)


# the ASCII end of a local part after its last non-ASCII character (cut there when that is Chinese,
# Japanese or Korean text; jörg's ö is part of the address)
_ASCII_LOCAL_TAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*[A-Za-z][A-Za-z0-9._%+-]*\Z")


@dataclass(frozen=True)
class EmailRecognizer(Recognizer):
    """E-mail addresses. A local part may hold letters beyond ASCII (RFC 6531), so a match may take
    in the Chinese text before an address written with no space (``郵箱陳大文@例子.香港``,
    ``月結單去shaofen.choi@...``): an ASCII local part is cut from the text before it; one holding
    CJK text starts after the last cue word (e-mail, 邮箱, 至, 为, ...) that leaves two characters or
    more, or is its last eight characters; one with no CJK text (josé, françois-xavier) is not cut."""

    def judge(
        self, text: str, start: int, value_start: int, value_end: int, starts: Sequence[int] = ()
    ) -> Finding | None:
        at = text.find("@", value_start, value_end)
        if at > value_start and not text[value_start:at].isascii():
            tail = _ASCII_LOCAL_TAIL.search(text, value_start, at)
            if tail is not None and tail.start() > value_start and ord(text[tail.start() - 1]) >= 0x3000:
                # Chinese text run into an ASCII address ("...月結單去shaofen.choi@..."): the address
                # is the ASCII part
                value_start = tail.start()
            elif any(ord(c) >= 0x3000 for c in text[value_start:at]):
                # Chinese, Japanese or Korean text may have run into the address: it starts after
                # the last cue word that leaves a local part of two characters or more (a cue
                # character inside a name is part of it: 李為民, 何到, 王给)
                cue_end = value_start
                for m in _EMAIL_CUE.finditer(text, value_start, at):
                    if at - m.end() >= 2:
                        cue_end = m.end()
                # an internationalised local part is a name or a word: at most eight characters
                # when no cue word says where it starts
                value_start = max(cue_end, at - (64 if cue_end > value_start else 8))
            # else letters beyond ASCII with no CJK text (françois-xavier.muller): no text ran in
            start = value_start
        if _URL_USER_BEFORE.search(text, look_back(text, value_start, 200), value_start):
            # a URL's password and its host ("https://jchan:pa55word@example.com"): AUTH_URL's
            return None
        return super().judge(text, start, value_start, value_end, starts)


EMAIL = EmailRecognizer(
    "gc_email",
    "EMAIL_ADDRESS",
    re.compile(
        "(?<!" + _LOCAL + ")" + _LOCAL + "+@(?:" + _LABEL + r"\.)+(?:[A-Za-z][A-Za-z0-9-]*|" + _CJK_TLDS + r")"
        r"(?![A-Za-z0-9-])"
    ),
    v.is_valid_email,
    base_score=1.0,
    needs_digit=False,
    priority=6,
    required=("@",),
)
# An address spelt out so that machines would not read it ("chan.tm [at] example.com", "chan(at)example
# (dot)com", "chan at example dot com"): "at" in brackets, or "at" and "dot" both as words; read
# back into an address and checked as one
_AT_WORD = r"(?:[ \t]*+(?i:\[at\]|\(at\)|\{at\}|<at>|（at）|【at】)[ \t]*+|[ \t]++(?i:at)[ \t]++)"
_DOT_WORD = r"(?:[ \t]*+(?i:\[dot\]|\(dot\)|\{dot\}|<dot>|（dot）|【dot】)[ \t]*+|[ \t]++(?i:dot)[ \t]++)"
_SPELT_AT = re.compile(_AT_WORD)
_SPELT_DOT = re.compile(_DOT_WORD)


def _spelt_email(value: str) -> bool:
    at = _SPELT_AT.search(value)
    if at is None:
        return False
    # a bare " at " needs a spelt dot too: "meet at hotel.com" is no address
    if at.group().strip().lower() == "at" and _SPELT_DOT.search(value) is None:
        return False
    address = _SPELT_DOT.sub(".", value[: at.start()] + "@" + value[at.end() :])
    return v.is_valid_email(address)


_EMAIL_WORD = re.compile(r"(?i:e-?mail|mail)|邮箱|郵箱|电邮|電郵|邮件|郵件|信箱")
_LOCAL_SIGN = re.compile(r"[0-9._%+-]")


def _spelt_email_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A bare " at " spells an address only after an e-mail word, or when the local part has a sign
    or a digit ("chan.tm at example dot com"): "look at example dot com" is a phrase."""
    at = _SPELT_AT.search(text, value_start, value_end)
    if at is None or at.group().strip().lower() != "at":
        return True
    if _LOCAL_SIGN.search(text, value_start, at.start()) is not None:
        return True
    return _EMAIL_WORD.search(text, look_back(text, start, 24), start) is not None


EMAIL_SPELT = Recognizer(
    "gc_email_spelt",
    "EMAIL_ADDRESS",
    re.compile(
        r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}"
        + _AT_WORD
        + r"[A-Za-z0-9-]{1,63}(?:(?:\."
        + "|"
        + _DOT_WORD
        + r")[A-Za-z0-9-]{1,63}){1,4}(?![A-Za-z0-9-])"
    ),
    _spelt_email,
    base_score=0.9,
    needs_digit=False,
    priority=6,
    required=("at",),
    place=_spelt_email_place,
)
# a version number shaped like an address: "v2.4.10.3", "版本1.10.2.8", "release 5.1.3.2"
_VERSION_BEFORE = re.compile(
    # a version's shape: "v" joined to the number ("v2.4.10.3"), or a version's word right before
    # it ("version: 5.1.3.2", "版本1.10.2.8"); not "app" or a "v" apart: apps log the client's
    # address ("Mobile app 203.0.113.5"); "r" joined to it is a release's ("rollback tag r10.24.3.117")
    r"(?:(?<![A-Za-z])[vVrR]|(?i:(?<![a-z])(?:version|ver|release|build|firmware)(?![a-z])\.?[ \t]*+[:#]?[ \t]*+)|"
    r"(?:版本|版本号|版本號|固件|更新至|升级至|升級至)[ \t:：]*+)\Z"
)


def _not_a_version(text: str, _start: int, value_start: int, _value_end: int) -> bool:
    return _VERSION_BEFORE.search(text, max(0, value_start - 16), value_start) is None


# a prefix length after the address: CIDR notation
_PREFIX_AFTER = re.compile(r"/([0-9]{1,2})(?![0-9])")


def _a_host(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether a dotted quad names a host, not a version, nor a network in CIDR notation: a block
    whose address has every host bit zero ("198.51.100.0/24") holds many hosts and names none of
    them; a host written with its network's prefix ("192.168.1.15/24") or a /31, /32 is one."""
    if not _not_a_version(text, start, value_start, value_end):
        return False
    prefix = _PREFIX_AFTER.match(text, value_end)
    if prefix is None or int(prefix.group(1)) >= 31:
        return True
    try:
        ipaddress.IPv4Network(f"{text[value_start:value_end]}/{prefix.group(1)}", strict=True)
    except ValueError:  # host bits set (or no valid prefix): an address, reported
        return True
    return False


IPV4 = Recognizer(
    "gc_ipv4",
    "IP_ADDRESS",
    re.compile(r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)"),
    v.is_valid_ip,
    place=_a_host,
    base_score=0.9,
    priority=2,
    required=(".",),
)
IPV6 = Recognizer(
    "gc_ipv6",
    "IP_ADDRESS",
    # groups of up to four hex digits joined by colons, a dotted IPv4 tail allowed
    # (2001:db8::192.0.2.33, ::ffff:192.0.2.14); never next to a letter, so std::cout is no address.
    # The last group is a hex group or "::", and a sentence's colon may follow ("from 2a02:c207::1:
    # 37 attempts": the address took the colon in, and failed its check)
    re.compile(
        r"(?<![0-9A-Za-z:.])((?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){0,6}(?::[0-9A-Fa-f]{1,4}|::)"
        r"(?:\.\d{1,3}){0,3})(?![0-9A-Za-z])(?!:[0-9A-Fa-f:])(?!\.\d)"
    ),
    # a digit in it: "::" alone, or code such as "dead::beef", is no address
    lambda value: value.count(":") >= 2 and any(c.isdigit() for c in value) and v.is_valid_ip(value),
    base_score=0.9,
    needs_digit=False,
    group=1,
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
    "保安碼",
    "保安码",
    "认证码",
    "認證碼",
    "pass",
    "pw",
    "tac",
    "2fa",
    "mfa",
    "code",
    "口令",
    "编码",
    "編碼",
    # a phone's lock ("phone lock is 880128", "the pattern to unlock the ipad", 解锁图案, 锁屏密码)
    "lock",
    "解锁",
    "解鎖",
    "锁屏",
    "鎖屏",
    # a safe's combination, a remittance's withdrawal code (取款附言码, 取款码, 提款码): AUTH_NUMERIC's
    # code words that hold none of the words above
    "combination",
    "取款",
    "提款",
    # a parcel locker's pickup code (取件码, 取货码, 提货码), as "pickup code" and "locker code" are
    "取件",
    "取货",
    "取貨",
    "提货",
    "提貨",
)
# blanks, an optional separator word or sign, blanks. Written as blanks, then optionally the
# separator and its blanks, each run of blanks possessive (``*+``): what follows a run (a
# separator, a digit, a password character) is never a blank, so giving blanks back never helps,
# and a pattern that may give them back tries every split of a long run between its two runs of
# blanks (quadratic: about a second on 8,000 spaces after "PIN", and the native scanner's
# backtracking limit quarantined the record). tests/unit/test_detect_linear.py times every
# pattern of the pack on long runs.
# a number followed by a tilde, a dash or "to" and another is a range ("CVV 000 to 040"), not a
# code (an en dash is folded to a hyphen, which is also how a code is split: 123-456)
_NOT_A_RANGE = r"(?![ \t]*+(?:[—~至到]|(?i:to)(?![A-Za-z]))[ \t]*+[0-9])"
# a code of three to eight digits, or six written in two halves (123 456, 123-456: both halves)
# (or four to six single digits spelt out: "PIN: 4-8-2-1", "pin 4 8 2 1")
# (or as an OCR reads it, a zero as O, a one as l or I: "CVV: 7l3", "CVV2: 5O9"; _ocr_code)
_CODE_VALUE = (
    r"(\d{3,4}[ -]\d{3,4}(?![0-9])|\d{4} \d{2}(?![0-9])|\d{2}[ -]\d{2}[ -]\d{2}(?![0-9])|\d(?:[ -]\d){3,5}(?![0-9])"
    r"|\d{3,8}|(?=[OolI]{0,2}[0-9])[0-9OolI]{3,8}(?![0-9A-Za-z]))(?![0-9])"
)
_OCR_LETTERS = re.compile(r"[OolI]")


def _ocr_code(value: str) -> bool:
    """A code with letters an OCR reads for digits (O for 0, l or I for 1) holds two digits at least,
    and more digits than letters: "7l3", "5O9", "4O82l9"; not a word ("lol", "IOI")."""
    letters = len(_OCR_LETTERS.findall(value))
    return letters == 0 or (len(value) - letters >= 2 and len(value) - letters > letters)


# a PIN by its channel: mPIN (mobile), TPIN (telephone), ePIN, iPIN (internet banking)
# more names of codes, passwords among them (a password of digits only is a code: "password:
# 12345678", "pw 2580"), the second-factor codes (TAC, 2FA, MFA, login, activation, access), a
# remittance's pickup or withdrawal code (the secret its payee collects cash with), and
# their Chinese names (口令, 保安編碼); "TAC" alone names a meeting ("TAC 2024 meeting"), and "2FA" and
# "MFA" alone name a feature ("MFA 100% rollout", "MFA 2024 roadmap") unless a code's six to eight digits
# follow ("2FA 448213 accepted": _factor_code_length)
_MORE_CODE_WORDS = (
    r"pass codes?|passwords?|passwd|pwd|pw|tac codes?|2fa codes?|mfa codes?|2fa|mfa|securecode|token codes?|"
    r"sec\.? codes?|"
    r"(?:four|six|eight|4|6|8)[ -]digits? (?:codes?|pins?|otps?)|(?:three|3)[ -]digits? (?:security )?codes?|"
    r"(?:activation|login|log-in|sign-in|access|authentication|authori[sz]ation|one-time|one time|2-step|"
    # (a parcel's or a cash-on-delivery's handover or collection code: whoever says it takes the goods)
    r"two-factor|sms|otp|pickup|pick-up|withdrawal|handover|collection) codes?|"
    # a branch's or a shop's codes: a door's, a locker's, a safe's, an alarm's, a terminal
    # supervisor's ("locker code changed to 9-1-4-6", "the supervisor code for refunds. It's 7319")
    r"(?:door|locker|safe|gate|alarm|keypad|padlock|supervisor|manager|override|master) codes?|combination|"
    # a phone's or a tablet's lock ("the unlock code for grandpa's phone is 520520", "phone lock is
    # 880128", "the pattern to unlock the ipad is 1-4-7-8-9")
    r"unlock (?:codes?|patterns?|pins?)|(?:phone|screen|device) (?:lock|passcode)|lock ?screen (?:code|pin)|"
    r"pattern to unlock|"
)
_MORE_CODE_WORDS_ZH = (
    r"口令|保安编码|保安編碼|安全编码|安全編碼|取款附言码|取款附言碼|取款码|取款碼|提款码|提款碼|"
    # a parcel locker's pickup code: whoever holds it opens the locker ("丰巢柜 取件码 835127")
    r"取件码|取件碼|取货码|取貨碼|提货码|提貨碼|"
    # a phone's lock ("手机解锁图案是 2-5-8-9", 锁屏密码)
    r"解锁图案|解鎖圖案|解锁密码|解鎖密碼|锁屏密码|鎖屏密碼|"
)
_SECRET_SEP = r"[ \t]*+(?:(?:is|:|：|=|\?|？|为|為|是|係|系|#|no\.?|改为|改為|改咗做|改做|设为|設為)[ \t]*+)?"  # noqa: S105 - a separator, not a secret
_CARD_CODE_WORD = re.compile(r"(?i:cvv|cvc|cvn|cid)")


_BARE_TAC = re.compile(r"TAC(?![ \t]*+(?i:codes?)(?![A-Za-z]))")


def _tac_length(text: str, start: int, value_start: int, value_end: int) -> bool:
    """After "TAC" alone, six digits (a bank's transaction authorisation code): "TAC" also names a
    committee or a meeting ("TAC 2024 meeting")."""
    return _BARE_TAC.match(text, start) is None or len(v.compact(text[value_start:value_end])) == 6


def _card_code_length(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A card's security code (CVV, CVC, CVN, CID) holds three or four digits: a longer value after
    one is a range or another number ("CVV 000–040")."""
    return _CARD_CODE_WORD.match(text, start) is None or len(v.compact(text[value_start:value_end])) <= 4


AUTH_NUMERIC = Recognizer(
    "gc_auth_numeric",
    "AUTH_SECRET",
    re.compile(
        r"(?:(?<![A-Za-z0-9_])(?i:cvv2|cvvs?|cvc2|cvcs?|cvn2|cid|[mtei]?pins?|pin codes?|pin numbers?|otps?|"
        r"one-time passwords?|one time passwords?|passcodes?|security codes?|verification codes?|auth codes?|"
        + _MORE_CODE_WORDS
        + r"3-d secure code|3d secure code|3ds code|3ds)"
        # a bank's transaction authorisation code, in capitals (six digits: _tac_length)
        r"(?![A-Za-z])|(?<![A-Za-z0-9_])TAC(?![A-Za-z])"
        r"|安全码|安全碼|保安码|保安碼|验证码|驗證碼|校验码|校驗碼|认证码|認證碼|动态码|動態碼|动态密码|密码|密碼|"
        + _MORE_CODE_WORDS_ZH
        + r"交易密码|支付密码|一次性密码|一次性密碼)"
        # a bracketed remark after the keyword ("PIN (6 digits) 882910", "OTP (valid 5 min): 482913")
        + r"(?:[ \t]*+[(（][^()（）\n]{1,24}[)）])?"
        + _SECRET_SEP
        + _CODE_VALUE
        + _NOT_A_RANGE
    ),
    v.always,
    base_score=0.95,
    group=1,
    priority=10,
    required=_AUTH_WORDS,
    place=lambda text, start, value_start, value_end: (
        _ocr_code(text[value_start:value_end])
        and not _letter_glued(text, value_end)
        # (nor a percentage: "MFA 100% rollout")
        and text[value_end : value_end + 1] not in ("%", "％")
        and _factor_code_length(text, start, value_start, value_end)
        and _card_code_length(text, start, value_start, value_end)
        and _tac_length(text, start, value_start, value_end)
    ),
)


_BARE_FACTOR = re.compile(r"(?i:2fa|mfa)(?![ \t]*+codes?(?![A-Za-z]))")


def _letter_glued(text: str, value_end: int) -> bool:
    """A letter right after the digits: they begin a longer token (an approval code, "Auth code
    06411Z"), no code of digits."""
    return value_end < len(text) and text[value_end].isascii() and text[value_end].isalpha()


# A code said in free phrasing: an authentication keyword, then a few words of the same clause
# with no digit in them ("the CVV on the back is 317", "set the PIN to 8830", "PIN in the notes
# (2580)", "一次性密碼，之後又話收到咗：662301"), then a number of three to six digits (or 123 456) that
# is no amount, count, time, date, range or address; a code sent by SMS is named by "code" and
# "SMS" together in either order ("the code from the SMS: 482913", "短信里的验证码"). Eight-digit
# numbers are left to the keyword-first form: this far from the keyword they are phone numbers.
_AUTH_KEYWORD = (
    r"(?:(?<![A-Za-z0-9_])(?i:cvv2|cvvs?|cvc2|cvcs?|cvn2|cvn|[mtei]?pins?|pin codes?|pin numbers?|otps?|"
    r"one-time passwords?|one time passwords?|one-time codes?|one time codes?|one-time passcodes?|passcodes?|"
    r"security codes?|verification codes?|auth codes?|authentication codes?|3-d secure code|3d secure code|"
    r"3ds code|3ds|"
    + _MORE_CODE_WORDS
    # the card's security code by where it is printed
    + r"card verification (?:value|code|number)|(?:three|3)[ -](?:digits?|numbers?) (?:code )?(?:on|at) the back"
    r"|(?:digits|numbers) (?:on|at) the back|(?:back|reverse)[ -]?(?:side )?codes?|codes? (?:on|at|from) the back"
    r"|codes? behind)"
    # (the back's three digits in Chinese: 背面三位数, 背面的后三位, 背面嗰三個字, 背后三个数字)
    # (not a key's first part: "otp_ttl=300", "pin_attempts=3" name a setting)
    r"(?![A-Za-z_])|卡背|背[后後面](?:的|嘅|嗰)?[后後]?[三3](?:位(?:数字|數字|数|數)?|[个個](?:数字|數字|数|數|字))|安全码|安全碼|保安码|保安碼|验证码|驗證碼|校验码|校驗碼|认证码|認證碼|动态码|動態碼|动态密码|動態密碼|密码|密碼|短信码|"
    r"" + _MORE_CODE_WORDS_ZH + r"短信碼|短訊碼|簡訊碼)"
)
# a bare "code" (or 码) names a code sent by SMS only with an SMS word near it, before it or on the
# way to the value ("the code from the SMS: 482913", "SMS code 553201", "短信里的码是 662014")
_BARE_CODE = re.compile(r"(?i:codes?)(?![A-Za-z])|码|碼")
_SMS_WORD = re.compile(r"(?i:(?<![a-z])(?:sms|text message|texted|text)(?![a-z]))|短信|短訊|簡訊")
# what makes a number near an authentication keyword something else. Checked in Python on each
# candidate (_code_place): as look-arounds, the native scanner spent a third of a second compiling them
# a card's last four digits, an amount, an order or reference number named between keyword and value
NOT_A_CODE_BETWEEN_WORDS = tuple(
    "ending|ends|last 4|last four|bin|amount|order|ref|reference|invoice|txn|transaction|hkd|rmb|usd|cny|mop|"
    "room|flat|floor|block|tower|road|street|attempts?|tries|times|minutes?|seconds?|"
    # a support ticket's, a case's or an article's number ("password - see ticket 48213", "PIN mailer
    # tracking 48291736", "Passwords: see KB article 1234")
    "tickets?|case|request|incident|article|kb|tracking".split("|")
)
_NOT_A_CODE_BETWEEN = re.compile(
    grouped_source(NOT_A_CODE_BETWEEN_WORDS)
    + r"|尾号|尾號|尾数|尾數|后四位|後四位|末四位|金额|金額|订单|訂單|单号|單號|交易|元|蚊|次|分钟|分鐘|秒|[$¥￥£€]"
)
# a device's words: they make the number something else only when they name the code's word ("PIN
# pad 3000") or the number itself ("model 4000", "serial no. 4821"), not anywhere between ("the PIN
# for the new version is 4821")
_DEVICE_WORD = re.compile(r"(?i:(?<![a-z])(?:model|pads?|serial|sku|version)(?![a-z]))")
_KEYWORD_AT = re.compile(_AUTH_KEYWORD + r"|(?i:code)(?![A-Za-z])|码|碼")


def _nearest_keyword(text: str, start: int, value_start: int) -> int:
    """Where the last code's word (:data:`_KEYWORD_AT`) between ``start`` and the number starts;
    ``start`` if none does after it."""
    nearest = start
    for m in _KEYWORD_AT.finditer(text, start + 1, value_start):
        nearest = m.start()
    return nearest


def _device_between(text: str, keyword_start: int, value_start: int) -> bool:
    """Whether a device's word between a code's word (at ``keyword_start``) and a number names
    either of them."""
    keyword = _KEYWORD_AT.match(text, keyword_start)
    keyword_end = keyword.end() if keyword is not None else keyword_start
    for m in _DEVICE_WORD.finditer(text, keyword_start, value_start):
        if not text[keyword_end : m.start()].strip(" \t-") or _attached(text, m.end(), value_start):
            return True
    return False


# right before the value: a letter or sign joined to it, a year or place word
_NOT_A_CODE_BEFORE = re.compile(
    # (or a mask's: "the code sent to ***-****-6612", "OTP sent to ***8821")
    r"(?:[0-9A-Za-z+$¥£€#*•]|[*•][ -]|(?<![A-Za-z])(?i:in|since|year|at) "
    # an error's code in brackets or named so ("Incorrect OTP (code 1102)", "密码错误，错误码 1003")
    r"|\((?i:code|error|err)[ \t]*+[:#]?[ \t]*+|(?:错误码|錯誤碼|错误代码|錯誤代碼)[ \t]*+[:：]?[ \t]*+)\Z"
)
# right after it: more digits in a group, a decimal, time, date or range, a unit, a currency, an
# address word
_NOT_A_CODE_AFTER = re.compile(
    # a masked number's first digits ("验证码已发送至138****8000")
    r"[*•]|[ \t]?[0-9]|[.:/,-][0-9]|[ \t]*(?:[—~至到]|(?i:to)(?![A-Za-z]))[ \t]*[0-9]|"
    r"[ \t]*(?:%|元|蚊|块|塊|次|个|個|位|年|月|日|号|號|道|街|樓|楼|室|座|分钟|分鐘|秒|"
    r"(?i:digits?|times|attempts?|tries|mins?|minutes?|secs?|seconds?|hours?|hrs?|days?|hkd|rmb|usd|cny|mop|"
    r"dollars?|bucks|yuan|euros?|pounds?|"
    r"am|pm|floor|road|rd|street|st)(?![A-Za-z]))"
)


# Chinese verbs of a code read out or told, and the words of a slip said again
_READ_OUT_ZH = (
    "读咗",
    "讀咗",
    "讲咗",
    "講咗",
    "报咗",
    "報咗",
    "念咗",
    "读了",
    "讀了",
    "念了",
    "报了",
    "報了",
    # given ("事主提供咗 304 669")
    "提供咗",
    "提供了",
)
_SLIP_ZH = ("唔系", "唔係", "不是", "不对", "不對")
# A code changed into another ("PIN 係 7731，佢要改做 2468", "then changed it to 2468"), or one
# entered ("then I used 1957", "输入了 123456"): the verb before the code, an authentication
# keyword within 64 characters before the verb, in this sentence or the one before
_CHANGE_CUE = (
    r"(?:改做|改为|改為|改成|改咗做|换成|換成|设为|設為|(?<![A-Za-z])(?i:changed? (?:it )?to|reset (?:it )?to|"
    r"set (?:it )?to|updated? (?:it )?to|new one (?:is|(?:should|will|would) be)|new one:|used|tried|entered|typed|"
    r"keyed in|input|"
    # a code the keyword's question asks for, given back ("do u also need the pin? its 602417"), and codes
    # given as examples ("got 6 OTP sms in 10 mins, like 331904 and 870215")
    r"it'?s|it is|it was|its|like|such as|"
    # a code given away ("the 3 digits on the back, is that normal??? I gave her 412")
    r"gave (?:her|him|them|it)|told (?:her|him|them)|sent|"
    # ("Asked cust for one-time code. Cust gave 305918 before hanging up")
    r"gave|provided|revealed|disclosed|read out|"
    # a code set ("my tpin ... i set 9130 years ago") or replied ('the code you just received ..." Victim
    # replied "904127"')
    r"(?:i|he|she|we|they) set|(?:replied|answered)[ \t]*+[:,]?[ \t]*+[\"“']?|"
    # a code said, or said again in place of a slip ("She said 2580", "3384... no sorry, 3348")
    r"(?:she|he|they|customer|caller|cust|client) said|(?:no[ ,]+sorry|sorry[ ,]+i mean|i mean|no wait)[ \t]*+[,:]?|"
    # a code named as one of several the keyword spoke of: "three OTPs ...; the last one, 093871"
    r"(?:another|(?:the |that |this )?(?:last|first|latest|final|second|third|new|next|old|other|correct|right|"
    r"wrong)) one"
    r"(?: (?:is|was|were))?[ \t]*+[,:]?)"
    r"(?![A-Za-z])|输入了?|輸入了?|输咗|輸咗|入咗|按咗|(?i:key)[ \t]?咗|试过|試過|最后一个是|最後一個是|最後嗰個係|"
    # given again, or said again in place of a slip ("后来又给了一次114 582", "佢改口話係 338")
    r"又给了一次|又給了一次|又给了|又給了|又俾咗|又畀咗|改口話係|改口话系|改口说是|改口說是|改口話|改口说|"
    # the code a screen shows, or the one received ("验证码多少？我这边显示的是3 8 0 2 7 5")
    r"显示的是|顯示的是|显示嘅系|顯示嘅係|收到的是|收到嘅係|"
    # what was entered ("我输的是 201314", "我輸嘅係 2580")
    r"输的是|輸的是|输嘅系|輸嘅係|按的是|"
    # a code read out or told ("佢读咗 550311 出嚟", "我把908 771告诉了别人"), or said again in place
    # of a slip ("六四二... 唔系，642")
    + "|".join(_READ_OUT_ZH)
    + r"|把|(?:"
    + "|".join(_SLIP_ZH)
    + r")[ \t]*+[，,]?)"
)
_CHANGE_CUE_AT = re.compile(_CHANGE_CUE)
# how far before a change cue its keyword may stand (a chat's turns between: _code_place)
_CUE_REACH = 96
# a change cue right before a place ("like 331904": the cue, blanks, then the number)
_CHANGE_CUE_BEFORE = re.compile("(?:" + _CHANGE_CUE + r")[ \t]*+\Z")
_SPELT_THREE = re.compile(r"[0-9][ -][0-9][ -][0-9]")
_CARD_CODE_NAMED = re.compile(r"(?i:cvv|cvc|cvn|back|behind|verification value)|背")
# the words a year follows ("in 2021", "since 2018")
_YEAR_WORD_BEFORE = re.compile(r"(?i:(?<![a-z])(?:in|since|from|until|till|by|year|of))[ \t]++\Z")
# the keyword and a hyphen, the number right after: one identifier ("OTP-5512")
_GLUED_KEYWORD = re.compile(r"[A-Za-z0-9]+-")
# the keywords, or "code" with an SMS word near it
_AUTH_CONTEXT = re.compile(
    _AUTH_KEYWORD + r"|(?:(?<![A-Za-z])(?i:sms|text message|text)(?![A-Za-z])|短信|短訊|簡訊)"
    r"[^0-9\n。.!?！？;；]{0,20}(?:(?<![A-Za-z])(?i:code)(?![A-Za-z])|码|碼)"
    r"|(?<![A-Za-z])(?i:code)(?![A-Za-z])[^0-9\n。.!?！？;；]{0,20}"
    r"(?<![A-Za-z])(?i:sms|text message|texted)(?![A-Za-z])"
)


_DATE_SHAPE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


# a word that makes a bare "code" (or 码) some other code's name: promo, postal, area, bank, error ...
# (号码/號碼 is a number: 商業登記號碼 71234580)
_OTHER_CODE = re.compile(
    r"(?i:(?<![a-z])(?:promo|promotion|promotional|discount|coupon|voucher|referral|invite|invitation|postal|post|"
    r"zip|area|country|dial|dialling|dialing|bank|branch|swift|bic|sort|error|status|http|response|reason|"
    r"return|product|item|qr|bar|dress|source|tracking|booking|confirmation|tax|hs|station|airport|airline|"
    r"flight|course|class|department|dept|cost|gift|redemption|merchant|terminal|mcc|colou?r|style|"
    r"order|invoice|ref|reference|txn|transaction|case|ticket|product|sku|model|serial|part|item|"
    # a fee waiver's or an offer's code ("annual fee waiver code AFW2026"), an SMS short code's number,
    # the issuer's approval code a receipt prints ("auth code 00A123": a code word of its own names
    # a numeric one, "auth code 482913")
    r"waiver|fee|campaign|offer|rebate|reward|cashback|loyalty|membership|plan|short|auth|approval)"
    r"[ \t]*+(?:[:#-][ \t]*+)?\Z)"
    r"|(?:邮政|郵政|邮编|郵編|优惠|優惠|折扣|推荐|推薦|邀请|邀請|区号|區號|银行|銀行|分行|错误|錯誤|产品|產品|商品|"
    # (and a dispute's reason, a reply's code: 拒付原因码4837, 响应码 05)
    r"商户|商戶|终端|終端|二维|二維|条形|條形|订单|訂單|交易|货|貨|型号|型號|编|編|代|号|號|页|頁|原因|响应|響應|"
    r"回应|回應|返回)[ \t]*+\Z"
)
# a code someone owns ("your code", "his code", "your PayMe code"): a secret, not a product's
_OWNED_CODE = re.compile(
    r"(?i:(?<![a-z])(?:your|my|his|her|their|ur)[ \t]++(?:[A-Za-z][A-Za-z0-9-]{0,15}[ \t]++){0,2}\Z)|"
    r"(?:你的|您的|你嘅|佢嘅|我嘅|我的|個|个)[ \t]*+\Z"
)
# words that say a code is a secret: it expires, it is not to be shared, it logs in or verifies
SECRET_CUE_WORDS = tuple(
    "valid|validity|expire[sd]?|expiring|expiry|share|sharing|disclose|verify|verified|verification|log ?in|"
    "sign ?in|authenticate|authorise|authorize|one-time|"
    # a code asked for or given away ("asked me to send the code from Alipay HK ... I sent 550 913")
    "send|sent|forward|forwarded|receive|received".split("|")
)
_SECRET_CUE = re.compile(
    grouped_source(SECRET_CUE_WORDS)
    + r"|有效|透露|分享|验证|驗證|切勿|登入|登录|登錄|核实|核實|認證|认证|唔好話|唔好講"
)


_AUTH_KEYWORD_AT = re.compile(_AUTH_KEYWORD)


def _secret_code(text: str, start: int, value_end: int) -> bool:
    """Whether a bare "code" (or 码) before a number names a secret: no other code's word right
    before it (promo, postal, area, bank, error, order ...), and someone's code ("your code") or a
    secret's cue or a code's own name within 80 characters of it in its field (valid, expires, share,
    verify, log in, 有效, 切勿透露, OTP, PIN)."""
    floor = look_back(text, start, 24)
    if _OTHER_CODE.search(text, floor, start) is not None:
        return False
    if _OWNED_CODE.search(text, floor, start) is not None:
        return True
    next_field = text.find("\x00", value_end)
    ceiling = min(len(text), value_end + 80, len(text) if next_field < 0 else next_field)
    floor = look_back(text, start, 80)
    return (
        _SECRET_CUE.search(text, floor, ceiling) is not None
        or _AUTH_KEYWORD_AT.search(text, floor, ceiling) is not None
    )


def _keyword_before(text: str, at: int) -> bool:
    """Whether an authentication keyword (or "code" with an SMS word near it) stands within
    :data:`_CUE_REACH` characters before ``at``, in its field: a change cue's."""
    return _AUTH_CONTEXT.search(text, look_back(text, at, _CUE_REACH), at) is not None


def _secret_code_before(text: str, floor: int, end: int) -> bool:
    """Whether a bare "code" between ``floor`` and ``end`` names a secret ("Codes expire after 5
    minutes. Customer: new one 228971"): :func:`_secret_code` of each."""
    return any(_secret_code(text, m.start(), m.end()) for m in _BARE_CODE.finditer(text, floor, end))


def _phone_or_date(value: str) -> bool:
    """Whether a number of seven or eight digits is a mainland or Hong Kong phone number or a
    date (YYYYMMDD) rather than a code."""
    return v.is_valid_phone(value) or _DATE_SHAPE.fullmatch(v.compact(value)) is not None


# A code named by what it is for, the purpose's words holding an amount, a date or a payee ("Your
# OTP for the payment of HKD 2,300.00 to SHANGRI-LA HOTEL is 381 904", "the PIN for card ending 1234
# is 4821"): the keyword, "for", up to 80 characters of the same sentence (digits and a decimal point
# among them), "is" or a colon, and the code; nothing joined to it and no unit or date after it (as
# a form of AUTH_NEAR's pattern, its eighty characters of anything made that pattern's search cost
# five times as much)
_FOR_PURPOSE = r"[ \t]++(?i:for)(?![A-Za-z])[^\n。!?！？;；]{0,80}?(?:[ \t]++(?i:is|was)(?![A-Za-z])|[ \t]*+:)[ \t]*+"


# a sentence's end: the purpose's words stay in the keyword's sentence (a decimal point or a domain's
# dot may stand in them: "HKD 8,888.00 at APPLE.COM/BILL")
_SENTENCE_END = re.compile(r"\.(?![0-9A-Za-z])")


def _code_for_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    if _SENTENCE_END.search(text, start, value_start) is not None:
        return False
    if value_end - value_start > 6 and _phone_or_date(text[value_start:value_end]):
        return False
    if _NOT_A_CODE_BEFORE.search(text, max(0, value_start - 10), value_start) is not None:
        return False
    return _NOT_A_CODE_AFTER.match(text, value_end) is None


# a tracker's issue key before its number (PAY-4410, INC-3391, OPS-8803)
_ISSUE_KEY = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}-\Z")


def _factor_code_length(text: str, start: int, value_start: int, value_end: int) -> bool:
    """After the second factor's name alone, a code's six to eight digits ("2FA 448213 accepted"; "MFA 2024
    roadmap" names a year, "Enabled 2FA for 3000 staff" a count)."""
    return _BARE_FACTOR.match(text, start) is None or 6 <= sum(c.isdigit() for c in text[value_start:value_end]) <= 8


def _issue_number(text: str, value_start: int) -> bool:
    """The number is a tracker's issue's, its key glued before it by a hyphen (PAY-4410)."""
    return (
        text[value_start - 1 : value_start] == "-"
        and _ISSUE_KEY.search(text, max(0, value_start - 12), value_start) is not None
    )


def _code_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether a number near an authentication keyword, or after a change word, is a code: after a
    change word, a keyword within 64 characters before it; after a keyword, six digits at most (a
    longer number this far from it is a phone's), a bare "code" only with an SMS word near, and no
    word between them that makes the number something else; either way nothing joined to the
    number, and no unit, range or date after it; after a card's security code word, three or four
    digits."""
    if not _card_code_length(text, start, value_start, value_end):
        return False
    # three digits read one by one are a card's code only ("the code behind is 3 8 2"; "PIN in step 1 2 3
    # of the guide" counts steps)
    if _SPELT_THREE.fullmatch(text, value_start, value_end) is not None and (
        _CARD_CODE_NAMED.search(text, start, value_start) is None
    ):
        return False
    # a number glued to the keyword by a hyphen is an identifier's ("Ticket OTP-5512", "PIN-2024 rollout"),
    # and so is one glued to any key of capitals ("OTP logged in clear — bug PAY-4410": a tracker's issue)
    if _GLUED_KEYWORD.fullmatch(text, start, value_start) is not None:
        return False
    if _issue_number(text, value_start) or not _factor_code_length(text, start, value_start, value_end):
        return False
    if _CHANGE_CUE_AT.match(text, start) is not None:
        # never from the field before, when fields are scanned joined (their separator holds a NUL); a
        # chat's turns between ("the 6 digit code we just sent? [10:43] cust: 504917 [10:43] cust: wait
        # it says expired, new one is 228603"): 96 characters
        floor = look_back(text, start, _CUE_REACH)
        if not _keyword_before(text, start) and not _secret_code_before(text, floor, start):
            return False
    else:
        # seven or eight digits this far from the keyword: a code, unless they are a phone number
        # or a date ("the OTP sent to 9123 4567", "PIN changed 20240315")
        if value_end - value_start > 6 and _phone_or_date(text[value_start:value_end]):
            return False
        # a year said as one ("PIN issued in 2021", "OTP rules since 2019"); not after "it was": a PIN
        # may be a year ("what was the PIN? it was 1984"), and a year redacted costs less than a PIN left
        if (
            _YEAR.fullmatch(text, value_start, value_end) is not None
            and _YEAR_WORD_BEFORE.search(text, max(start, value_start - 10), value_start) is not None
        ):
            return False
        sms_floor = look_back(text, start, 24)
        if (
            _BARE_CODE.match(text, start)
            and _SMS_WORD.search(text, sms_floor, value_start) is None
            and not _secret_code(text, start, value_end)
        ):
            return False
        if _NOT_A_CODE_BETWEEN.search(text, start, value_start) is not None:
            # from the keyword nearest the number, as if the match had started there: a word between an
            # earlier keyword and the number may count or name something else while the nearest names
            # the code ("OTP，再send咗一次，個code係 482913": 一次 counts the sends)
            nearest = _nearest_keyword(text, start, value_start)
            if nearest == start:
                return False
            return _code_place(text, nearest, value_start, value_end)
        if _device_between(text, start, value_start):
            return False
    if _NOT_A_CODE_BEFORE.search(text, max(0, value_start - 10), value_start) is not None:
        return False
    after = _NOT_A_CODE_AFTER.match(text, value_end)
    # a code in groups (402 771) is no count: a measure word after it begins the next words
    # ("俾咗個碼402 771個自稱係職員嘅人")
    # (nor the measure word of the person it went to: "俾咗8841個自稱銀行職員嘅人")
    return after is None or (
        after.group().strip(" \t") in ("個", "个")
        and (
            _GROUPED_CODE.fullmatch(text, value_start, value_end) is not None
            or _PERSON_AFTER_MEASURE.match(text, value_end) is not None
        )
    )


# a measure word and the person it counts ("個自稱銀行職員嘅人", "个骗子")
_PERSON_AFTER_MEASURE = re.compile(r"[ \t]*+[個个][ \t]*+(?:自稱|自称|騙子|骗子|職員|职员|男人|女人|陌生|假|冒)")
# a code written in two groups of three (402 771, 402-771)
_GROUPED_CODE = re.compile(r"[0-9]{3}[ -][0-9]{3}")


AUTH_FOR = Recognizer(
    "gc_auth_for",
    "AUTH_SECRET",
    # (or a bare "code" that is someone's or near a secret's cue: "Your code for payment of HKD 500 is
    # 482913"; not a promo's, a postal or a booking code: _secret_code)
    re.compile(
        r"(?:"
        + _AUTH_KEYWORD
        + r"|(?<![A-Za-z])(?i:code)(?![A-Za-z]))"
        + _FOR_PURPOSE
        + r"([0-9]{3}[ -][0-9]{3}|[0-9]{3,8})(?![0-9A-Za-z])"
    ),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    min_digits=3,
    required=_AUTH_WORDS,
    place=lambda text, start, value_start, value_end: (
        _card_code_length(text, start, value_start, value_end)
        and _code_for_place(text, start, value_start, value_end)
        and (_BARE_CODE.match(text, start) is None or _secret_code(text, start, value_end))
    ),
)
# both forms in one pattern: each pattern costs the native scanner a search of every text
AUTH_NEAR = Recognizer(
    "gc_auth_near",
    "AUTH_SECRET",
    re.compile(
        r"(?:(?:"
        + _AUTH_KEYWORD
        # (not a key's last part: "decline_code=do_not_honor latency_ms=812" names no secret; a code's
        # key is AUTH_CODE_KEY's)
        + r"|(?<![A-Za-z_])(?i:codes?)(?![A-Za-z])|码|碼)[^0-9\n。.!?！？;；]{0,40}|"
        + _CHANGE_CUE
        + r"[ \t]*+)([0-9]{3,4}[ -][0-9]{3,4}(?![0-9])|[0-9]{4} [0-9]{2}(?![0-9])"
        # (or three to six single digits, as a caller reads them out: "his PIN was 1 2 3 4", "the code
        # behind is 3 8 2")
        r"|[0-9]{2}[ -][0-9]{2}[ -][0-9]{2}(?![0-9])|[0-9](?:[ -][0-9]){2,5}(?![0-9])|[0-9]{3,8})"
        r"(?![0-9A-Za-z])"
    ),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    required=(
        *_AUTH_WORDS,
        "code",
        "码",
        "碼",
        "改",
        "换",
        "換",
        "设",
        "設",
        "to",
        "new one",
        " one",
        "said",
        "sorry",
        "mean",
        "wait",
        *_SLIP_ZH,
        *_READ_OUT_ZH,
        "把",
        "verification",
        "on the back",
        "back",
        "behind",
        "背面",
        "背后",
        "背後",
        "at the back",
        "卡背",
        "最后一个",
        "最後一個",
        "最後嗰個",
        "used",
        "tried",
        "entered",
        "typed",
        "keyed",
        "input",
        "输",
        "輸",
        "入咗",
        "按咗",
        "试过",
        "試過",
    ),
    place=_code_place,
)
# A code said before its name ("4821 is your OTP", "660134 is the code", "739021是验证码",
# "604118呢個係一次性密碼", "482913（验证码）"): the number, then a link (is/was the, 是/係, a bracket
# around the name) and the name; a bare "code" only after "is the" or "was your" (a postal or product
# code is named so); never the last group of a longer number ("...8689 9809校驗碼唔啱": a card's
# check digit; 校验码 after a number is a check digit's name), nor a number a case, ticket, error,
# order or amount word stands before (_named_code_place)
_CODE_NAME_EN = (
    r"(?i:otps?|pins?|pin codes?|pin numbers?|passcodes?|pass codes?|passwords?|one-time passwords?|"
    r"one-time pins?|one-time codes?|one-time passcodes?|verification codes?|security codes?|auth codes?|"
    r"authentication codes?|cvv2?|cvc2?|cvn2|tac codes?|2fa codes?|mfa codes?|login codes?|access codes?|"
    r"sms codes?)(?![A-Za-z])"
)
_CODE_NAME_ZH = (
    r"(?:验证码|驗證碼|安全码|安全碼|保安码|保安碼|动态码|動態碼|动态密码|動態密碼|一次性密码|一次性密碼|动态验证码|"
    r"動態驗證碼|短信验证码|短信驗證碼|短訊驗證碼|密码|密碼|口令|认证码|認證碼)"
)
# what a number is when one of these stands right before it: a case, a ticket, an error, an order,
# an amount ("Case 12345 (OTP issue)", "Error 4001: OTP invalid", "Order 482913 is your OTP order")
_NOT_A_CODE_NEAR = re.compile(
    NOT_AN_ID_CONTEXT.pattern
    + "|"
    + _NOT_A_CODE_BETWEEN.pattern
    + r"|(?i:(?<![a-z])(?:error|err|no|number|pads?|version|model|serial|sku)(?![a-z]))|#|错误|錯誤|个案|個案"
)


# a dash after the number, and no "your", "the" or "my" after it
_BARE_DASH_AFTER = re.compile(r"[ \t]*+(?:-|—)[ \t]*+(?!(?i:your|the|my)[ \t])")


def _named_code_place(text: str, value_start: int, value_end: int) -> bool:
    """A number named a code after it is none when a case, ticket, error, order or amount word stands
    within 16 characters before it in its field, or when it has seven digits or more and is a phone
    number or a date; named after a bare dash, it holds five digits or more (a year or a step's
    number heads a line so: "2024 - OTP rollout")."""
    if value_end - value_start > 6 and _phone_or_date(text[value_start:value_end]):
        return False
    if value_end - value_start < 5 and _BARE_DASH_AFTER.match(text, value_end) is not None:
        return False
    floor = look_back(text, value_start, 16)
    return _NOT_A_CODE_NEAR.search(text, floor, value_start) is None


# more numbers of as many digits listed after one ("482913 or 739021", "482913, 553201 and 739021")
_LISTED_AFTER = r"(?:[ \t]*+(?:[,/&、]|(?<![A-Za-z])(?i:and|or)(?![A-Za-z])|或|和|及)[ \t]*+[0-9]{3,8}(?![0-9])){0,3}"
AUTH_BEFORE = Recognizer(
    "gc_auth_before",
    "AUTH_SECRET",
    re.compile(
        # Google writes its codes G-482913
        r"(?:(?<![0-9A-Za-z])G-|(?<![0-9A-Za-z.,$¥£€#+/:_-])(?<![0-9][ -]))([0-9]{3,8}|[0-9]{3}[ -][0-9]{3})(?![0-9])"
        # more codes listed after it ("482913 and 739021 are your one-time codes"): AUTH_LIST's
        + _LISTED_AFTER
        + r"[ \t]*+(?:"
        # 4821 is your OTP, 660134 is the code
        r"(?i:is|was|are|were)[ \t]++(?:(?i:your|the|my|his|her|our|their|this|that)[ \t]++)?"
        # qualifiers: "your new OTP", "your HSBC verification code", "your Google verification code"
        r"(?:(?:(?i:new|one-time|temporary|current|latest|correct|real|right|bank|card|sms|login|app)|"
        r"[A-Z][A-Za-z0-9]{1,15})[ \t]++){0,2}"
        r"(?:" + _CODE_NAME_EN + "|" + _CODE_NAME_ZH + r"|(?i:code)(?![A-Za-z]))"
        # 482913 - your verification code, 482913 — HSBC OTP (a dash between blanks, or an em dash;
        # without "your" or "the", five digits or more: _named_code_place)
        r"|(?:(?<=[ \t])-|—)[ \t]*+(?:(?i:your|the|my)[ \t]++)?"
        r"(?:(?:(?i:new|one-time|temporary|current|latest|bank|card|sms|login|app)|[A-Z][A-Za-z0-9]{1,15})[ \t]++){0,2}"
        r"(?:" + _CODE_NAME_EN + "|" + _CODE_NAME_ZH + r")"
        # 482913（验证码）, 4821 (PIN), 482913 (your OTP)
        r"|[（(][ \t]*+(?:(?i:your|the|my)[ \t]++)?(?:"
        + _CODE_NAME_EN
        + "|"
        + _CODE_NAME_ZH
        + r"|校验码|校驗碼)[ \t]*+[）)]"
        # 739021是验证码, 604118呢個係一次性密碼, 482913係你嘅驗證碼, 482913验证码
        r"|(?:(?:呢個|呢个|這個|这个|就)?(?:是|係|系|为|為)(?:你|您|佢|他|她|我)?(?:的|嘅|个|個)?[ \t]*+)?"
        + _CODE_NAME_ZH
        # 552 019 為閣下嘅 e-Banking 登入驗證碼: a few words of the same clause before the name
        + r"|(?:是|係|为|為)(?:你|您|閣下|阁下)(?:的|嘅)[^0-9\n。.!?！？;；，,]{0,16}?"
        + _CODE_NAME_ZH
        + r")"
    ),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    required=(*_AUTH_WORDS, "password"),
    min_digits=3,
    place=lambda text, _start, value_start, value_end: _named_code_place(text, value_start, value_end),
)
# A code said by what it is for, with no name ("Use 482913 to verify", "enter 4821 when asked",
# "key in 553 201 to log in", "请输入482913完成验证"): a verb of entering, the number, and a purpose
# of logging in or verifying; never a number an order, amount or case word names, a phone or a date
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
# a code's purpose after it: logging in, verifying, confirming; asked for at a prompt or an ATM
_PURPOSE = (
    r"(?:(?i:to (?:log ?in|sign ?in|verify|confirm|authenticate|authori[sz]e|complete|activate|unlock|approve|"
    r"reset|access|continue)|when (?:asked|prompted)|as (?:your|the) (?:code|otp|pin|password)|"
    r"at the (?:prompt|atm|keypad|terminal))(?![A-Za-z])"
    r"|(?:以|來|来)?(?:完成|进行|進行)?(?:验证|驗證|登录|登入|登錄|确认|確認|认证|認證))"
)
_PURPOSE_AT = re.compile(_LISTED_AFTER + r"[ \t]*+,?[ \t]*+" + _PURPOSE)
_ENTER_VERB = (
    # (or told as done: "he entered 482913 as the OTP", "keyed in 4821 at the ATM")
    r"(?:(?<![A-Za-z])(?i:use|enter|key in|input|type in|type|reply with|reply|quote|provide|used|entered|"
    r"keyed in|inputted|typed in|typed)[ \t]++"
    # "use the code 482913 to complete", "enter code 4821 at the ATM"
    r"(?:(?i:(?:the|this|your) )?(?i:codes?|otps?|pins?|passcodes?)[ \t]*+:?[ \t]*+)?"
    r"|(?:输入|輸入|回复|回覆|使用)[ \t]*+)"
)
_PURPOSE_CODE = re.compile(
    _ENTER_VERB
    + r"([0-9]{4,8}|[0-9]{3}[ -][0-9]{3})(?![0-9A-Za-z])(?![ \t]*+[-.:/,][0-9])"
    # more codes listed after it ("Use 482913 or 739021 to verify"): AUTH_LIST reports them
    + _LISTED_AFTER
    + r"[ \t]*+,?[ \t]*+"
    + _PURPOSE
)


def _purposed_code(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether a number after a verb of entering is a code entered for a purpose (_PURPOSE_CODE),
    and no year, phone, date, or number an order, amount or case word names."""
    m = _PURPOSE_CODE.match(text, start)
    if m is None or m.start(1) != value_start or m.end(1) != value_end:
        return False
    # a year is no code ("use 2024 and 2025 to confirm the years")
    return _YEAR.fullmatch(text, value_start, value_end) is None and _named_code_place(text, value_start, value_end)


# A code given as the answer in a dialogue: an agent's turn names the code ("请确认一下你的 CVV?",
# "I'll send a code to your phone"), the customer's turn opens with it, after a few words at most
# ("Customer: 417", "Customer: got it, 263 771", "客户：好险，我差点就发了402918"). The keyword
# within 120 characters before the customer's label, in the field; in the customer's words before
# the number no amount, order, last-four or unit word; a card code word asks for three or four digits
_SPEAKER = (
    r"(?:(?<![A-Za-z])(?i:customer|cust|client|caller|cardholder|member|user)(?![A-Za-z])"
    r"|客户|客戶|顾客|顧客|用户|用戶|来电人|來電人|持卡人)[ \t]*+[:：]"
)
_SPEAKER_AT = re.compile(_SPEAKER)
_ASKS_AN_AMOUNT = re.compile(
    _PAYMENT_WORD.pattern
    + r"|(?i:(?<![a-z])(?:how much|how many|balance|limit|total|fee)(?![a-z]))|幾多|多少|几多|余额|餘額"
)


def _answered_code(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether the number opening a customer's turn answers a code the turn before named."""
    label = _SPEAKER_AT.match(text, start)
    if label is None:
        return False
    floor = look_back(text, start, 120)
    keyword = None
    for m in _AUTH_KEYWORD_AT.finditer(text, floor, start):
        keyword = m
    if keyword is None:
        for m in _BARE_CODE.finditer(text, floor, start):
            if _secret_code(text, m.start(), value_end):
                keyword = m
    if keyword is None:
        return False
    # the keyword's turn asks for the code, not for an amount, a payment or a card's last digits
    # (a word of those followed by its own number, "your phone ending 88", asks for nothing)
    turn = max(floor, keyword.start() - 40)
    for asks in (_NOT_A_CODE_BETWEEN, _ASKS_AN_AMOUNT):
        for m in asks.finditer(text, turn, start):
            if _DIGIT.search(text, m.end(), min(start, m.end() + 3)) is None:
                return False
    if _NOT_A_CODE_BETWEEN.search(text, label.end(), value_start) is not None:
        return False
    digits = len(v.compact(text[value_start:value_end]))
    if _CARD_CODE_WORD.match(text, keyword.start()) is not None and digits > 4:
        return False
    if digits > 6 and _phone_or_date(text[value_start:value_end]):
        return False
    if _NOT_A_CODE_BEFORE.search(text, max(0, value_start - 10), value_start) is not None:
        return False
    return _NOT_A_CODE_AFTER.match(text, value_end) is None


# both forms in one pattern (each pattern costs the native scanner a search of every text): a
# customer's answer (_answered_code) and a code entered for a purpose (_purposed_code)
AUTH_CUED = Recognizer(
    "gc_auth_cued",
    "AUTH_SECRET",
    re.compile(
        r"(?:"
        + _SPEAKER
        + r"[^0-9\n]{0,24}?(?<![0-9A-Za-z])|"
        + _ENTER_VERB
        # (or read out digit by digit: "CALLER: 9 1 3 3 7 2")
        + r")([0-9]{3,4}[ -][0-9]{3,4}(?![0-9])|[0-9](?: [0-9]){3,7}(?![0-9])|[0-9]{3,8})(?![0-9A-Za-z])"
    ),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    required=(
        "customer",
        "cust",
        "client",
        "caller",
        "cardholder",
        "member",
        "user",
        "客户",
        "客戶",
        "顾客",
        "顧客",
        "用户",
        "用戶",
        "来电人",
        "來電人",
        "持卡人",
        "use",
        "enter",
        "key in",
        "keyed in",
        "input",
        "type",
        "reply",
        "quote",
        "provide",
        "输入",
        "輸入",
        "回复",
        "回覆",
        "使用",
    ),
    min_digits=3,
    place=lambda text, start, value_start, value_end: (
        _answered_code(text, start, value_start, value_end)
        if _SPEAKER_AT.match(text, start) is not None
        else _purposed_code(text, start, value_start, value_end)
    ),
)
# Codes in a list ("PINs 4821 and 9930", "OTPs 482913 / 553201", "tried 1948 and 2203 as PIN", "PIN
# 4821或9930", "tried 1357 then 1375"): a number after a joining word or sign, right after another number of as many
# digits that is a code (an authentication keyword within 48 characters before that one, or right
# after this one); checked in Python (_listed_code)
# (or read digit by digit: "佢估係 1 2 3 9 定 1 3 2 9")
# (or a six-digit code in two halves: "报了 836120 和 472 915")
_LIST_PREVIOUS = re.compile(r"(?<![0-9A-Za-z.$¥£€#+/:_-])([0-9]{3} [0-9]{3}|[0-9]{3,8}|[0-9](?: [0-9]){3,5})[ \t]*\Z")


# a number and a joining word or sign before the next one
_LIST_LINK = re.compile(
    r"(?<![0-9A-Za-z.$¥£€#+/:_-])([0-9]{3,8})[ \t]*+(?:[,/&、，;；]"
    r"|(?:[,，][ \t]*+)?(?<![A-Za-z])(?i:and|or|then|not)(?![A-Za-z])"
    r"|或者|或|和|及|同埋|同|与|與|定係|定|还是|還是)[ \t]*+\Z"
)


def _digit_count(value: str) -> int:
    return len(value) - value.count(" ")


def _listed_code(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether a number after a joining word or sign is a code listed after another: the number
    before it has as many digits, is no time, year, model or amount, and is named a code by an
    authentication keyword before it (no digit or amount word between) or after this one."""
    previous = _LIST_PREVIOUS.search(text, max(0, start - 10), start)
    # as many digits (a code in halves is one: 836120 和 472 915)
    if previous is None or _digit_count(previous.group(1)) != _digit_count(text[value_start:value_end]):
        return False
    if _NOT_A_CODE_BEFORE.search(text, max(0, previous.start() - 10), previous.start()) is not None:
        return False
    for near in _NOT_A_CODE_NEAR.finditer(text, max(0, previous.start() - 16), previous.start()):
        # a device's word only when it names the number ("model 3000 and 4000"), not before a
        # link ("the PIN for the new version is 4821 and 5930")
        if _DEVICE_WORD.fullmatch(near.group()) is None or _attached(text, near.end(), previous.start()):
            return False
    if _NOT_A_CODE_AFTER.match(text, value_end) is not None:
        return False
    if value_end - value_start > 6 and _phone_or_date(text[value_start:value_end]):
        return False
    # the first number of the list ("PIN 1111, 2222 and 3333"): the keyword stands before it
    first = previous.start()
    for _ in range(8):
        link = _LIST_LINK.search(text, max(0, first - 16), first)
        if link is None or len(link.group(1)) != value_end - value_start:
            break
        first = link.start(1)
    floor = look_back(text, first, 48)
    keywords = [m.end() for m in _AUTH_CONTEXT.finditer(text, floor, first)]
    # the keyword names these numbers, not an amount or an order number between
    if (
        keywords
        and _NOT_A_CODE_BETWEEN.search(text, keywords[-1], first) is None
        and not _device_between(text, keywords[-1], first)
        and _DIGIT.search(text, keywords[-1], first) is None
    ):
        return True
    # or the first follows a change cue with its keyword before, as AUTH_NEAR reads a code ("got 6 OTP
    # sms in 10 mins, like 331904 and 870215")
    cue = _CHANGE_CUE_BEFORE.search(text, max(0, first - 24), first)
    if cue is not None and _keyword_before(text, cue.start()):
        return True
    # or it follows the list ("tried 1948 and 2203 as PIN too")
    ceiling = min(len(text), value_end + 16)
    after = _AUTH_CONTEXT.search(text, value_end, ceiling)
    if after is not None and _DIGIT.search(text, value_end, after.start()) is None:
        return True
    # or the list's numbers are named after it ("482913 and 739021 are your one-time codes")
    if AUTH_BEFORE.pattern.match(text, value_start) is not None:
        return True
    # or the list is entered for a code's purpose ("Use 482913 or 739021 to verify")
    if _PURPOSE_AT.match(text, value_end) is None:
        return False
    entered = _PURPOSE_CODE.search(text, look_back(text, first, 40), min(len(text), value_end + 48))
    return entered is not None and entered.start(1) == first and _YEAR.fullmatch(text, value_start, value_end) is None


AUTH_LIST = Recognizer(
    "gc_auth_list",
    "AUTH_SECRET",
    re.compile(
        # (", then", a correction's "not": "tried PIN 4408, then 4480", "the pin is 0917 not 0971"; 定, 还是)
        r"(?:[,/&、，;；]|(?:[,，][ \t]*+)?(?<![A-Za-z])(?i:and|or|then|not)(?![A-Za-z])|或者|或|和|及|同埋|同|与|與|"
        r"定係|定|还是|還是)[ \t]*+([0-9]{3} [0-9]{3}(?![0-9])|[0-9]{3,8}|[0-9](?: [0-9]){3,5})(?![0-9A-Za-z])"
    ),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    min_digits=3,
    place=_listed_code,
)
# the verbs of what was entered after a password's word, a weak link (_LINK_WORD, _WEAK_LINK_END)
_ENTERED = r"入咗|输入了|輸入了|输入咗|輸入咗|(?i:key)[ \t]?咗"
_LINK_WORD = (
    # "is" and "was", not before "reset/changed/set/updated to" (the value follows "to": "password
    # was reset to Temp#4821"); a dash between blanks ("Password - Summer2026") and "reset/changed/
    # set/updated to" are weak links, after which the value must look like a password (_weak_link)
    r"(?:(?<![A-Za-z])(?i:is|was)(?![A-Za-z])(?![ \t]++(?i:reset|changed?|set|updated?)[ \t]++(?i:to)(?![A-Za-z]))"
    # denied, the value is still a password, an old one ("My password is NOT sunflower2024 anymore"):
    # a weak link
    r"(?:[ \t]++(?i:not|no longer)(?![A-Za-z]))?"
    # an arrow ("password -> Tam!2026hk", "pwd => ...", "密碼 → ...")
    # ("#" right after a keyword's last character, a bracket or a blank: one inside the value parts none of it:
    # "新密码 "Stg-Db#8821x"", but "口令#Abc123", "passwords#...", "security answer#...", "password (new)#...")
    r"|-+>|=+>|→|:|：|=|为|為|係咪|系咪|是不是|是|係|系|(?:(?<=[dDwWeEsSrR码碼令案)\]])|(?<=[ \t]))#"
    r"|(?<=[ \t])-(?=[ \t])|"
    r"(?<![A-Za-z])(?i:reset|changed?|set|updated?)[ \t]++(?i:to)(?![A-Za-z])|"
    r"改为|改為|改成|改咗做|改做|设为|設為|换成|換成|" + _ENTERED + r"|"
    # what was entered, a weak link ("輸入密碼，佢已經入咗Flo2024!hk", "密码输入了 Abc@2024")
    # ("改咗 test account 密碼做 Sz@Ops2026!")
    r"(?<=密碼)做|(?<=密码)做)"
)
# what a password is said to be rather than what it is ("the password is reset", "password: expired"):
# such a word after a link word is no value, unless it stands right after "=" (checked in Python on
# each candidate: as a look-ahead of the pattern, the native scanner took long to compile it)
_STATE_WORDS = frozenset(
    "reset changed wrong incorrect invalid expired locked correct required needed weak strong too not the a an "
    "same different set updated missing empty blank sent shared leaked compromised forgotten unknown ok fine "
    "case same none below above attached enclosed separately real fake visible exposed plaintext hashed encrypted "
    "rotated revoked again done pending ready removed deleted disabled enabled active inactive being "
    # adverbs and what was done with it ("customer was only guessing", "no PIN or password requested")
    "only still just also really probably maybe guessing requested asked given provided taken used stored kept "
    "known involved included".split()
)
# a value that points at another ("password = your date of birth"), even right after "="
_POINTING_WORDS = frozenset("your their ours yours".split())
# a login's other fields named as the value, or right before its link ("password changed user=fin_ops",
# "密码 reset 请求：user finance@...": the user's name or address follows, no password)
_OTHER_FIELDS = frozenset("user username userid login account email id by".split())
# (a key's "=", as a log line writes its fields, or a login's own label and its colon; "password for
# user: Tam!2026" gives the password)
_OTHER_FIELD_LINK = re.compile(
    r"(?<![A-Za-z])(?:(?i:user(?:name|id)?|login|account|e-?mail|id)[ \t]*+="
    r"|(?i:username|user id|userid|login|e-?mail)[ \t]*+[:：]|(?i:by)[ \t])[ \t]*+\Z"
)
# after a weak link (a dash between blanks, "reset to", "is not"), a value with a digit, a sign or a capital
# past its first letter: "Password - Reset", "password was reset to default" name none
_WEAK_LINK_END = re.compile(r"(?:[ \t]-|(?<![A-Za-z])(?i:to|not|no longer)|" + _ENTERED + r")[ \t]*+\Z")
_PASSWORD_LIKE = re.compile(r"[^A-Za-z]|.[A-Z]")
# words and a key's sign after a word: the word begins a key, it is no value
_NEXT_KEY = re.compile(r"(?:[ \t]++[A-Za-z']{1,16}){1,3}[ \t]*+[=:：]")
# a heading's word and its colon ("Password reset: done"), not a value
_HEADING_WORD = re.compile(r"[A-Za-z]+:")
# a support ticket's, a case's, an order's number between the keyword and the value ("Password Reset
# Request #A12345", "password for ticket 48213 is ..."; "case sensitive" names none)
_NOT_A_PASSWORD_BETWEEN = re.compile(
    r"(?i:(?<![a-z])(?:tickets?|case(?![ -]?(?:in)?sensitive)|request|ref|reference|article|kb|incident|order|"
    r"invoice|tracking)(?![a-z]))"
)


_MASK = re.compile(r"[*•xX#]+")
_PLAIN_WORD = re.compile(r"[a-z]+")
# a remark in brackets ("password: (see vault)", "pw: [redacted]")
# (a quote or an abbreviation's dot inside it: 'security question ("name of ...")', "(e.g. ...)")
_BRACKETED_WORD = re.compile(r"[(\[<{][\"“'‘]?[A-Za-z][A-Za-z.]*+[)\]>}]?")
_SAID_TO_BE = re.compile(r"(?i:(?<![a-z])(?:is|was)(?![a-z]))|是|係|为|為")
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-z]")


def _masked_or_ip(value: str) -> bool:
    """``value`` is a mask, a closing bracket or a stop after it perhaps ("（系统日志中为 password=******）"),
    or an IP address with an IPv4's dots after a password's change ("密碼被改，新登入 IP ::ffff:192.0.2.147":
    the IP's; "pwd=dead::beef", an IPv6's shape with no dot, stays a password)."""
    if _MASK.fullmatch(value.rstrip(_CLOSING)) is not None:
        return True
    return value.count(".") == 3 and _ip_value(value)


_CLOSING = "）)]」』\"'。，,.;；"


def _ip_value(value: str) -> bool:
    """``value`` (a blank's or a colon's neighbour perhaps taken off its start) is an IP address."""
    bare = value.rstrip(_CLOSING)
    for candidate in (bare, ":" + bare):
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            continue
        return True
    return False


def _not_a_state(text: str, start: int, value_start: int, value_end: int) -> bool:
    value = text[value_start:value_end]
    # a masked value ("password: ********") is no password; after "pw", a plain lower-case word
    # before another word is more often an abbreviation's meaning than a password
    if _masked_or_ip(value) or _BRACKETED_WORD.fullmatch(value) is not None:
        return False
    # a link or a connection string: the password in it is AUTH_URL's ("password in it:
    # postgres://app:S3cret!@db...")
    if "://" in value:
        return False
    # a state or a pointer in quotes is still one ("password: 'not set'", 'is "your date of birth"')
    # (and a question's or a sentence's mark after it: "password reset?")
    bare = value.strip("\"“”'‘’「」『』`").rstrip("?？!.").lower()
    # (a placeholder or an encrypted value, quoted or not: 'password: "${DB_PASSWORD}"', "ENC(3kJf...)")
    if _PLACEHOLDER.fullmatch(value.strip("\"“”'‘’「」『』`（(")) is not None:
        return False
    if _HEADING_WORD.fullmatch(value) is not None or bare in _POINTING_WORDS or bare in _OTHER_FIELDS:
        return False
    if _OTHER_FIELD_LINK.search(text, max(start, value_start - 12), value_start) is not None:
        return False
    # a word in lower case and a question mark: the question's own word ("can I change my password
    # here? the new one ...", "password now?")
    if value[-1] in "?？" and _PLAIN_WORD.fullmatch(value[:-1]) is not None:
        return False
    # a word that begins the next key ("Security answers on file: favourite teacher = Miss Pereira")
    if value.isalpha() and _NEXT_KEY.match(text, value_end) is not None:
        return False
    # an identifier glued to the keyword ("PWD-2026-0042"), a ticket's number after it
    if value[0] in "-_." and text[value_start - 1].isalpha():
        return False
    if _NOT_A_PASSWORD_BETWEEN.search(text, start, value_start) is not None:
        return False
    if _WEAK_LINK_END.search(text, start, value_start) is not None and _PASSWORD_LIKE.search(value) is None:
        return False
    if (
        text[start : start + 2].lower() == "pw"
        and _PLAIN_WORD.fullmatch(value) is not None
        and _SAID_TO_BE.search(text, start + 2, value_start) is None
        and _WORD_AFTER.match(text, value_end) is not None
    ):
        # an abbreviation's meaning ("pw = pending withdrawal"); not a word said to be the
        # password ("my pw is letmein") or one ending the clause ("new pw: sunflower")
        return False
    # a negation ("the password isn't "password", it's ..."), a length's range ("密码规则：8-20位")
    if bare.replace("’", "'") in _NEGATIONS or (
        _RANGE_VALUE.fullmatch(value) is not None and _NOT_A_CODE_AFTER.match(text, value_end) is not None
    ):
        return False
    if bare not in _STATE_WORDS:
        return True
    return text[:value_start].rstrip(" \t").endswith("=")


_NEGATIONS = frozenset(
    "isn't wasn't aren't doesn't didn't won't can't isnt wasnt doesnt didnt "
    # a pronoun's contraction ("the password they'll ask is lotus": the value follows the link)
    "they'll we'll you'll i'll he'll she'll it'll they're we're you're i'm i've we've they've i'd you'd".split()
)
_RANGE_VALUE = re.compile(r"[0-9]+-[0-9]+")


# printable ASCII without , and ;: the password never runs on into the Chinese text after it, and a
# sentence's full stop is not part of it
_PRINTABLE_RUN = r"([!-+\--:<-~]{3,63}[!-+/-:<-~])"
# a security question named as such, whose answer comes next: the answer's name before it ("Answer
# to security question: Fluffy"), or the question's words in brackets after it ("security question
# (first pet): Fluffy"); the password's keyword and the answer's cue alike
_SECURITY_QUESTION = (
    r"(?i:answers?[ \t]++to[ \t]++(?:(?:the|my|your|his|her)[ \t]++)?(?:security|secret)[ \t]++questions?"
    r"|(?:security|secret)[ \t]++questions?[ \t]*+[(（][^()（）\n]{1,48}[)）])"
)
# what a text must hold for a password's keyword (or a security answer's) to be in it: the
# recognizers' ``required`` words, a cheap test before their patterns run
_PASSWORD_WORDS: tuple[str, ...] = (
    "password",
    "passwd",
    "pwd",
    "pw",
    "p/w",
    "pass",
    "passphrase",
    "pass phrase",
    "answer",
    "memorable",
    "密码",
    "密碼",
    "口令",
)
AUTH_PASSWORD = Recognizer(
    "gc_auth_password",
    "AUTH_SECRET",
    re.compile(
        # "pw" as chat writes it ("new pw Tam!2026hk", "pw係HappyCat_99"); "pass" only before a
        # colon or an equals sign ("pass: s3cr3t!"), for "pass" is mostly a verb or a boarding pass
        # ("p/w", "pword", "pass word" as forms and notes abbreviate it)
        r"(?:(?<![A-Za-z0-9_])(?i:passwords?|passwd|pwd|pw|p/w|pword|pass word|passphrases?|pass phrase|passcodes?|"
        r"pass(?=[ \t]*[:=：])|"
        # ("temp pass was Cws#5611", "the wifi pass is ...": a login's pass, said to be the value)
        r"(?:temp(?:orary)?|new|old|login|admin|wi-?fi|default)[ \t]++pass(?=[ \t]++(?:is|was)[ \t])|"
        # the answer to a security question is a password ("Security answer: mrwhiskers1999")
        r"security answers?|secret answers?|memorable word|memorable answer|maiden name)(?![A-Za-z])"
        # a security question's answer: named after the question ("Security question: first pet? Answer:
        # Fluffy2009"), or the question's own words before the value ("mother's maiden name: Cheung")
        r"|(?<![A-Za-z])(?i:security|secret|test)[ \t]++(?i:questions?)[^0-9\n。！;；]{0,48}?(?i:answers?)(?![A-Za-z])"
        # the answer before the question, or the question in brackets after its name
        r"|(?<![A-Za-z])" + _SECURITY_QUESTION + r"|登录密码|登錄密碼|密码|密碼|口令|密保答案"
        r"|(?:安全問題|安全问题|保安問題|保安问题)[^0-9\n。.!?！？;；]{0,16}?答案)"
        # right after the keyword, not a plain word ("password reset link" and "Password Change"
        # name no password); else a separator, after a few words of the same clause without a
        # digit ("password for the HSBC app is ...", "密码已经改成 ..."), then the value, in
        # Chinese quotes or not ("密碼：「Chan2024」")
        # (nor a bracketed remark: "password (case sensitive): Tam!2026hk" takes the value after it)
        # (nor a participle of choosing before a colon: "password chosen: Tam!2026hk", "password agreed:
        # lychee": the value follows the link, as after "is")
        + r"(?:[ \t]*+(?![A-Za-z][a-z]*(?![!-+\--:<-~]))(?![:=#])(?![(\[<{][A-Za-z][A-Za-z ]{0,18}[)\]>}])"
        + r"(?!(?i:chosen|agreed|selected|picked|created|given|used|set)[ \t]*+[:：=])"
        # (nor a pronoun's contraction: "the password they'll ask is lotus")
        + r"(?!(?i:they|we|you|i|he|she|it)['’](?i:ll|re|m|ve|d)(?![A-Za-z]))"
        # (or, longer, what the password opens, then "is": "pw for the shared merchant portal is ...")
        + r"|[ \t]++(?i:for)[ \t]++[^0-9\n。.!?！？;；:：=]{0,40}?[ \t]++(?i:is|was)[ \t]++"
        + r"|[^0-9\n。.!?！？;；:：=]{0,24}?[ \t]*+"
        + _LINK_WORD
        # (an adverb after the link: "the wifi pw in the office is still Fintech@Nanshan2?")
        + r"[ \t]*+(?:(?i:still|just|now|probably|maybe|also|actually|currently)[ \t]++)?)"
        # a bracketed remark before the value ("password: (new) Tam!2026hk")
        + r"(?:[(\[<{][A-Za-z][A-Za-z ]{0,18}[)\]>}][ \t]++)?"
        # not the next keyword with a value after it ("pw/password: X", "pass: password is X"):
        # taken as the value, it would hide the password it names
        + r"(?![^0-9A-Za-z\s]{0,3}(?i:passwords?|passwd|pwd|pw|passphrases?|pass)(?![0-9A-Za-z])"
        + r"[^0-9A-Za-z\n]{0,4}[0-9A-Za-z「『“‘\"'])"
        + r"[「『“‘]?"
        + _PRINTABLE_RUN
    ),
    lambda value: not value.isdigit() or len(value) > 8,
    base_score=0.9,
    needs_digit=False,
    group=1,
    priority=10,
    required=(*_PASSWORD_WORDS, "maiden", "question", "答案"),
    place=_not_a_state,
)


def _secret_value(
    name: str,
    pattern: str,
    validate: Callable[[str], bool],
    score: float,
    required: tuple[str, ...],
    place: Callable[[str, int, int, int], bool] | None = None,
) -> Recognizer:
    """A secret whose value is the pattern's first group and may hold no digit (a password, a login's
    pair): no digit floor for the native scanner, the required words its cheap first test."""
    return Recognizer(
        name,
        "AUTH_SECRET",
        re.compile(pattern),
        validate,
        base_score=score,
        needs_digit=False,
        group=1,
        priority=10,
        min_digits=0,
        required=required,
        place=place,
    )


# A passphrase or a wallet's seed phrase of words in lower case ("passphrase: correct horse battery
# staple", "seed phrase is abandon ability able ..."): three words or more after its name and a
# link, the whole phrase one value (AUTH_PASSWORD takes one word, and a first word such as "correct"
# reads as a state there); not a state's words ("passphrase: not set yet")
def _phrase_place(text: str, _start: int, value_start: int, value_end: int) -> bool:
    first = text[value_start:value_end].lstrip("\"“'‘").split(maxsplit=1)[0].split("-")[0]
    return first not in _STATE_WORDS or first == "correct"


AUTH_PHRASE = Recognizer(
    "gc_auth_phrase",
    "AUTH_SECRET",
    re.compile(
        r"(?<![A-Za-z])(?i:passphrases?|pass phrases?|seed phrases?|recovery phrases?|mnemonic(?: phrase)?)"
        r"[ \t]*+(?:(?i:is|was)(?![A-Za-z])|[:：=])[ \t]*+"
        # (an opening quote in the value: the password pattern's one word takes it in, and a part of
        # the phrase it covered would be left over)
        # (words parted by blanks: hyphened, the phrase is one token, the password pattern's, digits and
        # all: "correct-horse-battery-9")
        r"([\"“'‘]?[a-z]{2,12}(?: [a-z]{2,12}){2,23})(?![A-Za-z0-9_-])"
    ),
    v.always,
    # above the password pattern's one word
    base_score=0.95,
    needs_digit=False,
    group=1,
    priority=10,
    required=("phrase", "mnemonic"),
    place=_phrase_place,
)
# A password of two words in lower case after its name and a colon or "is", the clause ending right
# after them ("pick-up password agreed between sender and receiver: lychee harbour.", "the password we
# agreed on: mango tree"): a remittance's pick-up words, a code word's pair. The password pattern's one
# token took the first word and left the second in clear. Not a state, a pointer or an adverb ("the
# password is not set", "is very weak", "is saved securely", "password: your birthday"), nor after a
# ticket's or an order's word between
_TWO_WORDS = (
    r"(?<![A-Za-z])(?i:passwords?|pass phrases?|code words?|secret words?|memorable words?)(?![A-Za-z])"
    r"[^0-9\n。.!?！？;；:：=\"“'‘]{0,40}?(?:[:：]|(?<![A-Za-z])(?i:is|was)(?![A-Za-z]))[ \t]*+"
    r"([a-z]{3,12} [a-z]{3,12})(?![ \t]*+[^ \t.,;!?)\n。，])"
)
_NOT_IN_TWO_WORDS = (
    _STATE_WORDS
    | _POINTING_WORDS
    | frozenset(
        "please thanks thank you and or but for with it this that here there now today yet too also okay as "
        "before again very quite so my our his her its securely safely correctly properly separately already "
        "really exactly quickly immediately recently currently manually automatically successfully".split()
    )
)


def _two_words_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    first, second = text[value_start:value_end].split(" ")
    if first in _NOT_IN_TWO_WORDS or second in _NOT_IN_TWO_WORDS:
        return False
    if first.endswith("ed"):  # a state (saved, printed)
        return False
    return _NOT_A_PASSWORD_BETWEEN.search(text, start, value_start) is None


AUTH_TWO_WORDS = _secret_value(
    "gc_auth_two_words",
    _TWO_WORDS,
    v.always,
    # above the password pattern's one word, which it holds
    0.92,
    ("password", "pass phrase", "code word", "secret word", "memorable word"),
    _two_words_place,
)
# A password in quotes that holds blanks ('password = "correct horse battery staple"', "password:
# 'open sesame 42'", 密碼：「芝麻 開門」): the quotes bound the value, and the password pattern's one
# token took only its first word and left the rest in clear. The value keeps its quotes (the pattern's
# one token takes the opening one too) and stands right after the keyword, or after a link word a few
# words on ("the password for the app is '...'"); not a state or a pointer ("password: 'not set'")
_QUOTED_WITH_BLANKS = (
    r"(\"[^\"\n]{3,64}\"|'[^'\n]{3,64}'|“[^”\n]{3,64}”|‘[^’\n]{3,64}’|「[^」\n]{3,64}」|`[^`\n]{3,64}`)"
)


_PHRASE_WORDS = re.compile(r"[a-z]{2,12}(?: [a-z]{2,12}){2,23}")
_QUOTED_UTTERANCE = re.compile(
    r"[，。！？；：]|, |(?i:(?<![a-z])(?:passwords?|passwd|pwd|passphrase|pin|otp|code)(?![a-z]))|密码|密碼|口令"
)


def _quoted_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Not a state of a few words ("'not set yet'") nor a pointer ("'your date of birth'"), nor a
    ticket's or an order's remark between the keyword and the value; a phrase of four words or more
    that starts with a state's word is a passphrase ("correct horse battery staple")."""
    inner = text[value_start + 1 : value_end - 1]
    words = inner.lower().split()
    # one word in quotes is the password pattern's (its one token takes the quote in)
    if len(words) < 2 or words[0] in _POINTING_WORDS or (words[0] in _STATE_WORDS and len(words) < 4):
        return False
    # a quoted utterance, not a password: a clause's punctuation or a password's own word inside
    # ('密码：“我的支付密码是 258036，帮我看看”': the password pattern finds the digits in it)
    if _QUOTED_UTTERANCE.search(inner) is not None or len(words) > 10:
        return False
    # lower-case words after a passphrase's name are the passphrase pattern's (AUTH_PHRASE)
    if text[start : start + 10].lower() in ("passphrase", "pass phras") and _PHRASE_WORDS.fullmatch(inner):
        return False
    return _NOT_A_PASSWORD_BETWEEN.search(text, start, value_start) is None


AUTH_QUOTED = Recognizer(
    "gc_auth_quoted",
    "AUTH_SECRET",
    re.compile(
        r"(?:(?<![A-Za-z0-9_])(?i:passwords?|passwd|pwd|pw|p/w|pword|pass word|passphrases?|pass phrase|passcodes?|"
        r"pass(?=[ \t]*[:=：])|security answers?|secret answers?|memorable word|memorable answer)(?![A-Za-z])"
        r"|登录密码|登錄密碼|密码|密碼|口令)"
        r"[ \t]*+(?:[^0-9\n。.!?！？;；:：=\"“'‘「`]{0,24}?[ \t]*+" + _LINK_WORD + r"[ \t]*+)?" + _QUOTED_WITH_BLANKS
    ),
    v.always,
    # above the password pattern's one token, which overlaps the value's start; below the passphrase
    # pattern's lower-case words, which take the same value
    base_score=0.92,
    needs_digit=False,
    group=1,
    priority=10,
    required=_PASSWORD_WORDS,
    place=_quoted_place,
)


# A password named by a configuration key that holds the password's word as one of its parts
# ("DB_PASSWORD=...", "smtp_pass: ...", "admin_pwd = ...", "password_super_secure = ...", as a pasted
# .env file, a YAML file or a log line writes it): the password pattern refuses a keyword inside a
# longer identifier. The key's other parts must not name a property of the password rather than the
# password ("password_policy: strict", "password_expiry_days = 90", "password_reset_url = ..."), and
# the value is no placeholder, mask, switch or state ("${DB_PASS}", "<secret>", "****", "true", "unset")
_CONFIG_KEY_PROPERTY = frozenset(
    "policy policies expiry expires expiration expire days age reset url uri link change changed length len "
    "min max hint field label prompt required enabled enable disabled rule rules strength history attempts "
    "retries count file path env var date time timeout ttl at format regex pattern type mode manager store "
    "vault id ref updated set last rotation interval complexity validation lockout recovery".split()
)
# a placeholder for a value, or an encrypted one (as Jasypt writes it: ENC(...))
_PLACEHOLDER_SOURCE = r"ENC\(.*|\$\{.*\}|\$[A-Za-z_][A-Za-z0-9_]*|\{\{.*\}\}|<[^<>]*>|%\(.*\)s"
_PLACEHOLDER = re.compile(_PLACEHOLDER_SOURCE)
_CONFIG_NOT_A_VALUE = re.compile(
    _PLACEHOLDER_SOURCE + r"|[*•xX#]+|(?i:true|false|null|none|nil|yes|no|"
    r"on|off|unset|changeme|redacted|hidden|masked)"
)


def _key_parts(text: str, start: int, value_start: int) -> list[str]:
    """The parts of a configuration key that starts at ``start`` and names the value at ``value_start``
    (``DB_PASSWORD=...``: db, password), in lower case."""
    key = text[start:value_start]
    return re.split(r"[_.\-]", key.split("=")[0].split(":")[0].strip().strip("\"'`").lower())


def _config_key_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    if any(part in _CONFIG_KEY_PROPERTY for part in _key_parts(text, start, value_start)):
        return False
    value = text[value_start:value_end]
    return _CONFIG_NOT_A_VALUE.fullmatch(value) is None and value.lower() not in _STATE_WORDS


AUTH_CONFIG_KEY = Recognizer(
    "gc_auth_config_key",
    "AUTH_SECRET",
    re.compile(
        r"(?<![0-9A-Za-z_])"
        # ("pass" only as the key's last part: "boarding_pass_no" is a boarding pass's number)
        r"(?:(?:[A-Za-z0-9]{1,20}_){1,3}(?:(?i:passwords?|passwd|pwd|passphrase)(?:_[A-Za-z0-9]{1,20}){0,3}|(?i:pass))"
        r"|(?i:passwords?|passwd|pwd|passphrase)(?:_[A-Za-z0-9]{1,20}){1,3})(?![0-9A-Za-z])"
        # (the key quoted, as HCL, JSON and PHP write it: '"db_password" = "..."', "'smtp_pass' => '...'")
        # (a Chinese clause's comma, stop or semicolon ends the value: "DB_PASSWORD=pG7!xR2m#Lq9，5分钟内已回滚")
        r"[\"'`]?[ \t]*+(?:=>|:=|=|:|：)[ \t]*+[\"'`]?([^\s\"'`,;，。；]{2,64})"
    ),
    v.always,
    base_score=0.9,
    needs_digit=False,
    group=1,
    priority=10,
    required=("pass", "pwd"),
    place=_config_key_place,
)


# API keys, access tokens, shared secrets. Either named by a keyword ("API key", "secret", "token",
# "AppSecret", 密钥, 金鑰, 令牌), then a few words of the same clause without a digit, then the
# value; or, with no keyword, in the shape vendors give their keys: a lower-case prefix and
# underscores before the random part (``sk_live_...``, ``whsec_...``, ``ghp_...``). Either way the
# random part is long (16 characters or more) and mixes letters and digits (``_token_value``): a
# word, a date or an order number is none. Corridor's own pseudonyms (``tok_<key id>_<26 base32>``)
# are output, never a secret
_API_KEY_WORDS = (
    r"(?:(?<![A-Za-z])(?i:(?:api|app|client|access|secret|private|signing|webhook|shared|session|auth|refresh|"
    r"bearer|license|licence)[ _-]?(?:keys?|secrets?|tokens?)|secrets?|tokens?|bearer)(?![A-Za-z])"
    r"|密钥|密鑰|秘钥|秘鑰|金鑰|金钥|令牌|私钥|私鑰)"
)
_KEY_CHARS = r"[A-Za-z0-9_-]"
_PSEUDONYM_SHAPE = re.compile(r"tok_[A-Za-z0-9-]+_[a-z2-7]{26}")
_TOKEN_SEPARATORS = re.compile(r"[_.-]")


def _token_value(value: str) -> bool:
    """Whether a value reads as random: 16 letters and digits or more, at least two of each (a word,
    a number, a date is none); not one of Corridor's own pseudonyms."""
    if _PSEUDONYM_SHAPE.fullmatch(value) is not None:
        return False
    chars = _TOKEN_SEPARATORS.sub("", value)
    digits = sum(c.isdigit() for c in chars)
    return len(chars) >= 16 and digits >= 2 and len(chars) - digits >= 2


def _mixed_case_value(value: str) -> bool:
    """After a key word, a value of 16 characters or more with a digit and letters of both cases (a
    base64 secret may hold one digit only); not one of Corridor's own pseudonyms."""
    if _PSEUDONYM_SHAPE.fullmatch(value) is not None or len(value) < 16:
        return False
    return any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)


AUTH_TOKEN = Recognizer(
    "gc_auth_token",
    "AUTH_SECRET",
    re.compile(
        _API_KEY_WORDS
        + r"[^0-9\n。.!?！？;；]{0,24}?("
        # the value: 16 characters or more, the dotted parts of a JWT taken in
        # or base64 (an AWS secret access key: wJalrXUtnFEMI/K7MDENG/bPxRfiCY...), padded with "=" at
        # its end only (an "=" before it is the separator: "client_secret=...", "SECRET_ACCESS_KEY=...")
        + r"[A-Za-z0-9_/+-]{16,256}={0,2}(?:\."
        + _KEY_CHARS
        + r"{2,512}){0,2})(?![A-Za-z0-9_/+=-])"
    ),
    lambda value: _token_value(value) or _mixed_case_value(value),
    base_score=0.9,
    group=1,
    priority=10,
    min_digits=1,
    required=(
        "key",
        "secret",
        "token",
        "bearer",
        "密钥",
        "密鑰",
        "秘钥",
        "秘鑰",
        "金鑰",
        "金钥",
        "令牌",
        "私钥",
        "私鑰",
    ),
)
# a vendor's key shape with no keyword: a lower-case prefix (and an environment) joined by
# underscores to 16 letters and digits or more
# The shapes of well-known vendors' keys, keyword or not: AWS access key ids (AKIA..., ASIA...),
# Google API keys (AIza...), Slack tokens (xoxb-...), OpenAI and Anthropic keys (sk-..., sk-proj-...),
# GitLab tokens (glpat-...), SendGrid keys (SG.<id>.<secret>) and JSON web tokens (eyJ...)
_VENDOR_KEY = (
    r"(?:AKIA|ASIA)[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{35}|xox[abprse]-[0-9A-Za-z-]{10,250}|"
    r"sk-(?:proj-|live-|test-|ant-)?[A-Za-z0-9_-]{20,256}|glpat-[0-9A-Za-z_-]{20,64}|"
    # GitHub's fine-grained tokens (github_pat_<22>_<59>), Google OAuth access tokens (ya29.)
    r"github_pat_[0-9A-Za-z_]{30,255}|ya29\.[0-9A-Za-z_-]{20,1024}|"
    r"SG\.[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}|eyJ[A-Za-z0-9_-]{10,512}\.eyJ[A-Za-z0-9_-]{10,1024}\.[A-Za-z0-9_-]{10,512}|"
    # HashiCorp Vault's service, batch and recovery tokens (hvs.CAES...)
    r"hv[sbr]\.[A-Za-z0-9_-]{24,256}"
)
_VENDOR_PREFIX = re.compile(r"AKIA|ASIA|AIza|xox[abprse]-|sk-|glpat-|github_pat_|ya29\.|SG\.|eyJ|hv[sbr]\.")


def _shaped_token_value(value: str) -> bool:
    """A vendor's key (a digit in it: AKIAIOSFODNN7EXAMPLE holds one) or a random-looking value."""
    if _VENDOR_PREFIX.match(value) is not None:
        return any(c.isdigit() for c in value)
    return _token_value(value)


AUTH_TOKEN_SHAPE = Recognizer(
    "gc_auth_token_shape",
    "AUTH_SECRET",
    re.compile(
        # a key run into the sentence before it ("Done.sk_live_...", "config.ghp_...") is one
        r"(?<![A-Za-z0-9_-])(?:[a-z]{2,10}_(?:[a-z0-9]{2,10}_)?[A-Za-z0-9]{16,256}|"
        + _VENDOR_KEY
        + r")(?![A-Za-z0-9_-])"
    ),
    _shaped_token_value,
    base_score=0.9,
    priority=10,
    min_digits=1,
    required=("_", "AKIA", "ASIA", "AIza", "xox", "sk-", "glpat-", "ya29.", "SG.", "eyJ", "hvs.", "hvb.", "hvr."),
)


# A user name and its password as a pair, after the name of a login's details ("login credentials:
# user jchan / Hk$2026pass", "creds: admin:admin123", "sign-in: chan.tm@example.com | Tm!2026"): a
# user name, a slash, colon, bar or comma, and the password, which must look like one (a digit, a
# sign or a capital past its first letter: "login: jchan / Monday" names a day)
# (a colon between the two only with no blank on either side: "login time: 12:03:44" is a time)
_CREDENTIALS = (
    r"(?<![A-Za-z])(?i:(?:log-?in|sign-?in)[ \t]++(?:credentials?|creds|details|info)|credentials?|creds|"
    # (what the login is for before its colon: "the login for the test merchant portal: demo / Pw#2025")
    r"log-?in|sign-?in)(?![A-Za-z])"
    r"(?:[ \t]++(?i:for|to|of|on)[ \t]++[^:：\n]{1,40}?[:：][ \t]*+|[ \t]++(?i:is|was)[ \t]++|"
    r"[ \t]*+(?:[:：=-][ \t]*+)?)"
    r"(?:(?i:user(?:name)?|user id|id)[ \t]*+[:：=]?[ \t]*+)?"
    r"[A-Za-z0-9._@+-]{2,64}(?::(?=[!-~])|[ \t]*+[/|,][ \t]*+)"
    r"(?:(?i:passwords?|pwd|pw|pass)[ \t]*+[:：=]?[ \t]*+)?" + _PRINTABLE_RUN
)
# a time, a date, a path, a link or a transcript's next speaker (login email / cust: ...) is no password
_NOT_A_CREDENTIAL = re.compile(r"[0-9:./-]+|.*://.*|/.*|[A-Za-z]+[:：]")


def _password_like(value: str) -> bool:
    return (
        _PASSWORD_LIKE.search(value) is not None
        and _MASK.fullmatch(value) is None
        and _NOT_A_CREDENTIAL.fullmatch(value) is None
    )


AUTH_CREDENTIALS = _secret_value(
    "gc_auth_credentials", _CREDENTIALS, _password_like, 0.9, ("cred", "login", "log-in", "sign-in", "signin")
)
# An administrator's user name, a slash and its password, as a sticky note, a handover or an audit
# finding writes them ('"admin / Ch@ngeMe2 - POS backoffice"', 便条写住「admin / Pos@8899」): the
# password holds a letter and a digit or a sign (_paired_password: "admin / finance" is none)
_ADMIN_PAIR = (
    r"(?<![A-Za-z0-9_.@-])(?i:admin|administrator|root|supervisor|sysadmin|superuser)[ \t]*+/[ \t]*+" + _PRINTABLE_RUN
)
# An e-mail address and its password as a leaked list or a pasted login writes them
# ("kitty.lo@example.hk / kitty1234, finance@example.com / Tinhau#2019", "chan@example.com:Pw2026!"):
# the address, a slash or a colon (a colon with no blank beside it), and the password, with a letter
# and a digit or a sign in it (a phone's "+852", a date, a name, a floor's "18/F", a form's next label
# "Employer:" or another address is none; a bar parts a signature's fields: "... | 18/F, Two ...")
_EMAIL_THEN_PASSWORD = (
    r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+(?::(?=[!-~])|[ \t]*+/[ \t]*+)" + _PRINTABLE_RUN
)
_AN_ADDRESS = re.compile(r"[^@]+@[^@.]+\.[^@]+|[0-9]{1,3}/?[Ff]|.*[:：]")
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT_OR_SIGN = re.compile(r"[^A-Za-z]")


def _paired_password(value: str) -> bool:
    return (
        _password_like(value)
        and _LETTER.search(value) is not None
        and _DIGIT_OR_SIGN.search(value) is not None
        and _AN_ADDRESS.fullmatch(value) is None
    )


def _not_in_a_url(text: str, start: int, _value_start: int, _value_end: int) -> bool:
    """Not a link's host and port ("postgres://app:pG7!r2Qw@db.internal:5432/ledger", "ssh://git@host:22/repo")."""
    return _URL_USER_BEFORE.search(text, look_back(text, start, 200), start) is None and not text.endswith(
        "://", 0, start
    )


AUTH_EMAIL_PAIR = _secret_value(
    "gc_auth_email_pair", _EMAIL_THEN_PASSWORD, _paired_password, 0.85, ("@",), _not_in_a_url
)
# A password after its word, a few words of the same clause and a comma, ending its clause ('He also
# asked my password for the computer, tang1948."'): no digit between the word and the comma, and a
# value with a letter and a digit or a sign in it (_paired_password) that ends its clause
_COMMA_THEN_VALUE = (
    r"(?<![A-Za-z])(?i:passwords?|passcodes?|passwd|pwd)(?![A-Za-z])[^0-9\n。.!?！？;；:：=,，]{0,40}[,，][ \t]*+"
    r"([A-Za-z0-9][!-+\--:<-~]{2,40}[A-Za-z0-9!#$%&*@^_~])"
)


def _comma_password_place(text: str, _start: int, _value_start: int, value_end: int) -> bool:
    return _CLAUSE_END.match(text, value_end) is not None


AUTH_PASSWORD_COMMA = _secret_value(
    "gc_auth_password_comma",
    _COMMA_THEN_VALUE,
    _paired_password,
    0.85,
    ("pass", "pwd"),
    _comma_password_place,
)
AUTH_ADMIN_PAIR = _secret_value(
    "gc_auth_admin_pair", _ADMIN_PAIR, _paired_password, 0.85, ("admin", "root", "supervisor", "superuser")
)
# A Wi-Fi network's key after its name, as a branch's handover lists them ("SSID BOC-Staff, key
# Cntrl2024$Staff", 'staff Wi-Fi "SZHK-Ops" key lotus.bridge.8'): the network's word, up to 40
# characters of the same line, "key" (passkey, PSK), the value, which looks like a password
_WIFI_KEY = (
    r"(?<![A-Za-z])(?i:wi-?fi|wlan|ssid)(?![A-Za-z])[^\n;；。]{0,40}?(?<![A-Za-z])(?i:key|passkey|psk|wpa2? key)"
    r"(?![A-Za-z])[ \t]*+[:=：]?[ \t]*+[\"'“]?" + _PRINTABLE_RUN
)
# A password someone changed, set or reset, the verb before the password's name and "to" before the
# value ("the attacker changed the password to Summer2024!!", "I reset my banking pin to 8830", "set
# her app password to Lok#Fu88"): the value must look like one (a digit, a sign or a capital past its
# first letter: "changed the password to something else" names none)
_CHANGED_TO = (
    r"(?<![A-Za-z])(?i:changed?|changing|reset(?:ting)?|set(?:ting)?|updated?|updating)[ \t]++"
    r"(?:(?i:the|my|his|her|their|your|our|its|a)[ \t]++)?(?:[A-Za-z-]{2,16}[ \t]++){0,2}"
    r"(?i:passwords?|passcodes?|pins?|pw|pwd)[ \t]++(?i:to)[ \t]++[「『“‘\"']?" + _PRINTABLE_RUN
)
AUTH_CHANGED_TO = _secret_value(
    "gc_auth_changed_to", _CHANGED_TO, _password_like, 0.9, ("password", "passcode", "pin", "pw")
)
AUTH_WIFI_KEY = _secret_value("gc_auth_wifi_key", _WIFI_KEY, _password_like, 0.85, ("wifi", "wi-fi", "wlan", "ssid"))
# A password asked for and given in the next turn of a chat or a call ("u got the new staging
# password? Support: it's Stg#Corridor2024", "what's your PIN? CUST: it is 4821"): the keyword, a
# question mark within 40 characters, a speaker's name and a colon or not, "it's" (it is, it was),
# and a value that looks like a password (a digit, a sign or a capital past its first letter)
# (the question, within 40 characters of the keyword, and the next turn's speaker, if named)
_ASKED_THEN_SPEAKER = r"[^?？\n]{0,40}[?？]++[ \t]*+(?:[^\n:：?？]{1,24}[:：][ \t]*+)?"
_ITS = r"(?i:it's|it’s|its|it is|it was)[ \t]++"
_ANSWERED_PASSWORD = (
    r"(?:(?<![A-Za-z])(?i:passwords?|passcodes?|passwd|pwd|pw|passphrase|pins?)(?![A-Za-z])|密码|密碼)"
    + _ASKED_THEN_SPEAKER
    + r"(?:"
    + _ITS
    + r"|(?:就)?[係系是][ \t]*+)"
    + _PRINTABLE_RUN
)
# A security answer asked for and given in the next turn ("CSR: can you confirm your memorable word? |
# CALLER: butterfly... no wait"): the question's name, its question mark within 40 characters, a
# speaker and a colon, then one word that ends its clause; no state, pointer or reply word ("sure",
# "yes", "hold on")
_ANSWERED_WORD = (
    r"(?<![A-Za-z])(?i:memorable word|security answer|secret answer|maiden name|security question)(?![A-Za-z])"
    r"[^?？\n]{0,40}[?？]++[ \t]*+(?:[|/][ \t]*+)?[^\n:：?？|]{1,24}[:：][ \t]*+"
    r"(?:(?i:it's|it’s|its|it is)[ \t]++)?[\"“'‘]?([A-Za-z][A-Za-z'’-]{1,30})(?![A-Za-z'’-])"
)
_REPLY_WORDS = frozenset(
    "sure yes yeah yep no nope ok okay hold hang wait sorry um uh erm hmm hello hi thanks thank please "
    "i it its it's what which one".split()
)


def _answered_word_place(text: str, _start: int, value_start: int, value_end: int) -> bool:
    word = text[value_start:value_end].lower()
    if word in _REPLY_WORDS or word in _STATE_WORDS or word in _POINTING_WORDS or word in _NOT_AN_ANSWER:
        return False
    return _CLAUSE_END.match(text, value_end) is not None or text.startswith("...", value_end)


AUTH_ANSWERED_WORD = _secret_value(
    "gc_auth_answered_word",
    _ANSWERED_WORD,
    v.always,
    0.85,
    ("memorable", "security answer", "secret answer", "maiden", "security question"),
    _answered_word_place,
)
# A security question and its answer as a set-up note writes them, each quoted after Q and A ('Q "Name
# of your first pet?" A "Doudou". Q "Primary school?" A "St Paul's Co-ed"'): the quoted answer
_QUOTED_QA = (
    r"(?<![A-Za-z])Q[.:]?[ \t]*+[\"“][^\"”\n]{2,80}[\"”][ \t]*+[,;]?[ \t]*+A[.:]?[ \t]*+[\"“]([^\"”\n]{1,40})[\"”]"
)
AUTH_QUOTED_QA = _secret_value("gc_auth_quoted_qa", _QUOTED_QA, v.always, 0.9, ('a "', "a “", 'a: "', 'a. "'))
AUTH_ANSWERED = _secret_value(
    "gc_auth_answered", _ANSWERED_PASSWORD, _password_like, 0.85, ("pass", "pw", "pin", "密码", "密碼")
)
# The same reply with a description before the password ("passcode? Customer: it's my dog's name plus
# 2 digits, biscuit07", "it's the usual one, Hk2026!"): the words of the reply up to a comma, then a
# value with a letter and a digit or a sign in it, as a list's pair asks (_paired_password)
_ANSWERED_AFTER_WORDS = (
    r"(?<![A-Za-z])(?i:passwords?|passcodes?|passwd|pwd|pw|passphrase)(?![A-Za-z])"
    + _ASKED_THEN_SPEAKER
    + _ITS
    # (words, two at least: "it's Stg#2024, don't post it" gave the password before the comma)
    + r"[^\n?？,:： \t]++[ \t]++[^\n?？,:：]{1,60}?,[ \t]*+"
    + _PRINTABLE_RUN
)
_QUOTE_MARKS = re.compile("['’]")


def _described_password(value: str) -> bool:
    """A password with a letter and a digit or a sign in it, an apostrophe not counting ("don't")."""
    return _paired_password(value) and _DIGIT_OR_SIGN.search(_QUOTE_MARKS.sub("", value)) is not None


AUTH_ANSWERED_AFTER = _secret_value(
    "gc_auth_answered_after", _ANSWERED_AFTER_WORDS, _described_password, 0.85, ("pass", "pw")
)
# A password typed as a chat turn of its own, a password's word in the turns before ("Dad: I forgot
# the netbanking password again / Winnie: it's in the notebook / Dad: Wong1958pass? / Winnie: don't
# type it here"): a speaker, a colon, and one token with a small letter and a digit in it, a question
# mark or a stop after it at most, then the next turn's mark or the end (a ticket's number in capitals,
# "INC20261", and a reply of words are none)
_LONE_TURN = (
    r"(?<![^/|\n])[ \t]*+[A-Z][A-Za-z]{1,15}[ \t]*+[:：][ \t]*+"
    r"((?=[!-~]*[a-z])(?=[!-~]*[0-9])[A-Za-z][A-Za-z0-9_!@#$%^&*.+-]{4,40}[A-Za-z0-9_!@#$%^&*+-])"
    r"[ \t]*+[?？!.]?[ \t]*+(?![^/|\n])"
)


def _lone_turn_place(text: str, start: int, _value_start: int, _value_end: int) -> bool:
    return _PASSWORD_WORD.search(text, look_back(text, start, 200), start) is not None


# (a password's word must stand before the turn, _lone_turn_place: the text holds one of its letters' runs)
AUTH_LONE_TURN = _secret_value(
    "gc_auth_lone_turn", _LONE_TURN, _paired_password, 0.8, ("pass", "pw", "密码", "密碼"), _lone_turn_place
)
# A password named as one of several that a sentence before spoke of ("I typed the wrong password 5
# times ... Last one I tried was Summer2026!hk", "the new one is Tam#2027"): "the last/new/old/...
# one", a verb of trying or setting or none, "is"/"was" or a colon, and a value that looks like a
# password, with a password's word within 120 characters before it
_PASSWORD_ONE = (
    r"(?<![A-Za-z])(?i:(?:the |that |this )?(?:last|first|latest|final|new|old|other|second|third|wrong|right|"
    r"correct) one"
    r"(?: (?:i|he|she|they|we|you) (?:tried|used|typed|entered|set|chose|gave|put in))?"
    r"(?: (?:is|was|were))?)[ \t]*+[:,]?[ \t]*+" + _PRINTABLE_RUN
)
_PASSWORD_WORD = re.compile(r"(?i:(?<![a-z])(?:passwords?|passwd|pwd|pw|passcodes?|passphrases?)(?![a-z]))|密码|密碼")


def _password_one_place(text: str, start: int, _value_start: int, _value_end: int) -> bool:
    return _PASSWORD_WORD.search(text, look_back(text, start, 120), start) is not None


AUTH_PASSWORD_ONE = _secret_value(
    "gc_auth_password_one", _PASSWORD_ONE, _password_like, 0.85, (" one",), _password_one_place
)
# A value shaped as a chosen password, a password's word within 120 characters before it, whatever stands
# between ("wifi pw again → its Tamarind#88", "wrong passwords and pasted the one she thought was right,
# Mango@Lantau2024", "password 係咪 case sensitive？我打 Sunny@2024!"): a capital, a small letter and a digit
# in 8 to 40 printable characters, no blank, starting with a letter or a digit, and a sign (or, with none, a
# link right before it: "wifi密码改了 新的 Lyx520131"; _shaped_place); a quote or a bracket around it, a
# sentence's stop after it, is none of it
_CHOSEN_SHAPE = (
    r"(?<![!-~])[\"'(\[<{“‘]?+((?=[!-~]{0,39}[A-Z])(?=[!-~]{0,39}[a-z])(?=[!-~]{0,39}[0-9])"
    r"[A-Za-z0-9][!-~]{6,38}[A-Za-z0-9!#$%&*+=@^~_])(?=[.,;:?)\]}>'\"”’]*+(?![!-~]))"
)
# an address, a link or a path is no password (kavya.iyer@example.net), nor a key and its value
# (password=Lily0818chow, -Dnexus.password=...: the value is AUTH_PASSWORD's), nor a masked sample
# ($2b$12$XXXXXXXXXXXX)
_NOT_SHAPED = re.compile(
    r".*@[A-Za-z0-9-]+\.[A-Za-z].*|.*://.*|.*[/\\].*|[-A-Za-z_.]*[=:].*|.*(?i:password|passwd|pwd).*"
    r"|.*(?:XXXX|xxxx|\*\*).*"
    # (nor a wrapped or an encrypted value: ENC(Qm9vYmF6), ${DB_PASS2})
    r"|.*[()\[\]{}<>].*"
)


# a user's name, an account's or a handle's word right before the value names it (user Chan_Tai2024@ok)
_USER_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:user(?:[ _]?name|[ _]?id)?|login|log-in|account|acct|handle|id|email|e-mail)"
    r"|用户名?|用戶名?|账号|帳號)[ \t]*+[:：=]?[ \t]*+$"
)
# a reference's, an order's, a device's, a version's, a room's or a promotion's word before the value names
# it (booking ref Abc12345, Ref#Ab2024x, case HK-Ab12345, order No HKo2024A1, 快递单号 SF123..., my room is
# Rm12B-3F, version v2.3.1Beta, promo code Save20Now, on my iPhone13, using Win11Pro, Model: GalaxyS23Ultra,
# 错误码 ERR_Auth401)
_NAMED_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:ref|reference|booking|order|no|model|version|ver|room|rm|promo|code|case|ticket|tracking"
    r"|waybill|item|sku|device|phone|laptop|using|on[ \t]+my|error|err|build|serial|invoice|inv)\.?"
    r"|单号|單號|订单|訂單|型号|型號|版本|错误码|錯誤碼|编号|編號|快递|快遞|房号|房號)[ \t]*+(?:[:：#]|is|was)?[ \t]*+$"
)
# a link right before a value with no sign in it: is, a colon, 是/係/為, 改成, 新的, or another one ("新的
# Lyx520131", "is it ChanFamily123? or Lucky1997?")
_LINK_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?i:is|was|now|or)|[:：=→]|->|是|係|为|為|改成|改为|改為|改咗做|新的|新嘅|定|或者)"
    r"[ \t]*+[\"'“‘「]?$"
)


# an example of a password's rules, not anyone's password (例如 "Pa$$w0rd", e.g. Abc#1234)
_EXAMPLE_BEFORE = re.compile(r"(?:例如|比如|譬如|(?i:e\.g\.|eg|example|such as|like))[ \t:：,，]*+[\"'“‘「]?$")


def _shaped_password(value: str) -> bool:
    return _NOT_SHAPED.fullmatch(value) is None and _MASK.fullmatch(value) is None


# a sign in a chosen password (an underscore is an identifier's as often: ERR_Auth401)
_SIGN = re.compile(r"[!#$%&*+=?@^~]")
_DIGITS = re.compile(r"[0-9]")


def _shaped_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A password's word within 120 characters before the value; one with no sign needs two digits, the
    password's word within 40 characters and a link right before it ("wifi密码改了 新的 Lyx520131", not "pay
    at 7-Eleven", "using Win11Pro"); no user's, example's, reference's, order's, device's or version's
    word right before it."""
    back = look_back(text, value_start, 24)
    if _USER_BEFORE.search(text, back, value_start) is not None or _NAMED_BEFORE.search(text, back, value_start):
        return False
    if _EXAMPLE_BEFORE.search(text, look_back(text, value_start, 16), value_start) is not None:
        return False
    if _SIGN.search(text, value_start, value_end) is None:
        if len(_DIGITS.findall(text, value_start, value_end)) < 2:
            return False
        if _LINK_BEFORE.search(text, look_back(text, value_start, 12), value_start) is None:
            return False
        return _PASSWORD_WORD.search(text, look_back(text, value_start, 40), value_start) is not None
    return _password_one_place(text, start, value_start, value_end)


AUTH_SHAPED = _secret_value(
    "gc_auth_shaped",
    _CHOSEN_SHAPE,
    _shaped_password,
    0.85,
    ("password", "passwd", "pwd", "pw", "passcode", "密码", "密碼"),
    _shaped_place,
)
# A code said to have expired or failed, a code's word within 120 characters before it ("收不到验证码 ...
# 上次收到的482913已过期", "OTP ... 我打 661204 話 invalid", "the code 448213 expired"): four to eight digits,
# then (a blank or a word of saying between) a word of expiry or failure; whoever holds a code that has not
# yet expired may still use it, and a code read out to support is the one the caller holds
_FAILED_CODE = (
    r"(?<![0-9A-Za-z.,:/-])([0-9]{4,8})(?![0-9A-Za-z.,:/-])[ \t]*+(?:(?i:has|had|is|was|already|just)[ \t]++)?"
    r"(?:已经|已經|已|都|又|就|话|話|说|說|显示|顯示|提示)?[ \t]*+"
    r"(?:过期|過期|失效|无效|無效|错误|錯誤|唔得|用唔到|不能用|用不了"
    r"|(?i:expired|invalid|failed|didn['’]t work|rejected))"
)
# a code's words: the literals a recognizer tests first, and the search for one before a number
_CODE_WORDS_REQUIRED = (
    "otp",
    "code",
    "passcode",
    "pin",
    "验证码",
    "驗證碼",
    "动态码",
    "動態碼",
    "短信码",
    "短信碼",
    "校验码",
    "校驗碼",
)
_CODE_WORD_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?:otps?|codes?|passcodes?|pins?|tac)(?![A-Za-z]))|"
    + "|".join(w for w in _CODE_WORDS_REQUIRED if not w.isascii())
)


# an order's, a reference's or a card's word right before the number names it (order 20240318 expired)
_NUMBERED_BEFORE = re.compile(
    r"(?i:(?<![A-Za-z])(?:order|ref|reference|invoice|inv|txn|card|acct|account|no|voucher|coupon|promo|batch"
    r"|policy|version|plan|payment|top-?up|balance|ending|expiring|expiry|exp|at|item|amount|of|total"
    # (a code that is no one's secret: error code 4012, merchant code 5411, branch code 0123)
    r"|(?:error|merchant|branch|reason|response|result|status|promo|discount|product|postal|zip|area|bank|swift"
    r"|country|sort|mcc|item)[ \t]+code|#)\.?)[ \t]*+[:：#]?[ \t]*+$"
    r"|(?:单号|單號|订单|訂單|尾号|尾號|卡号|卡號|账号|賬號|帳號|编号|編號|金额|金額|余额|餘額|错误码|錯誤碼)"
    r"[ \t]*+[:：]?[ \t]*+$"
    r"|[$¥￥][ \t]*+$"
)


# A code read out, told or typed, a code's word within 120 characters before ("Told him never to read out the
# code... he had already read 482913 to me", "OTP? she gave me 551092"): a verb of telling, reading, giving or
# typing, its object, then four to eight digits
_TOLD_CODE = (
    r"(?<![A-Za-z])(?i:read|reads|told|gave|give|sent|typed|entered|keyed|texted|said)(?:[ \t]++(?i:out|over|back))?"
    r"(?:[ \t]++(?i:me|us|him|her|them|it))?(?:[ \t]++(?i:was|as|is))?[ \t]*+[:：]?[ \t]*+"
    r"([0-9]{4,8}|[0-9]{3}[ -][0-9]{3})(?![0-9A-Za-z.,:/-])(?![ \t-]?[0-9])"
    r"(?![ \t]*+(?i:hkd|rmb|usd|mop|dollars?|times|mins?|minutes|days|%))"
)


def _failed_code_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A code's word within 80 characters before the value, no order's, reference's, card's, amount's or
    time's word right before it (payment of 1200 failed, card ending 4821 was rejected, at 1430 expired),
    and no date (20240318)."""
    if _NUMBERED_BEFORE.search(text, look_back(text, value_start, 20), value_start) is not None:
        return False
    if _DATE_SHAPE.fullmatch(text, value_start, value_end) is not None:
        return False
    return _CODE_WORD_BEFORE.search(text, look_back(text, start, 80), start) is not None


AUTH_TOLD_CODE = Recognizer(
    "gc_auth_told_code",
    "AUTH_SECRET",
    re.compile(_TOLD_CODE),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    min_digits=3,
    # (the code's word, which the place requires anyway, is rarer than the verbs: "sent" and "said" are in
    # many a memo)
    required=_CODE_WORDS_REQUIRED,
    place=_failed_code_place,
)
AUTH_FAILED_CODE = Recognizer(
    "gc_auth_failed_code",
    "AUTH_SECRET",
    re.compile(_FAILED_CODE),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    min_digits=4,
    required=(
        "过期",
        "過期",
        "失效",
        "无效",
        "無效",
        "错误",
        "錯誤",
        "唔得",
        "用唔到",
        "不能用",
        "用不了",
        "expired",
        "invalid",
        "failed",
        "didn't work",
        "didn’t work",
        "rejected",
    ),
    place=_failed_code_place,
)
# A password on a database client's command line, as a shell history or a pasted log keeps it ("mysql -u ops
# -pOps!2024sz", "mysqldump -uroot -pS3cret! db", "mariadb --password=Pw_2026"): -p glued to the value (a blank
# after -p makes the client ask for it), or --password= and the value
_DB_CLIENT_FLAG = (
    r"(?<![A-Za-z0-9_-])(?i:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)(?![A-Za-z0-9_-])[^\n`|;&]{0,80}?"
    r"[ \t](?:-p|--password=)([^\s`'\"|;&<>]{2,64})(?![^\s`'\"|;&<>])"
)
AUTH_CLI_PASSWORD = _secret_value("gc_auth_cli_password", _DB_CLIENT_FLAG, v.always, 0.9, ("mysql", "mariadb"))
# A code asked for and read out in the next turn ("背后三个字? / 我: 602", "what's your PIN? CUST:
# 4821"): a code's word, a question mark within 40 characters, a speaker and a colon, and three to six
# digits with nothing after them that makes them a count, an amount, a time or a date
_ANSWERED_CODE_ASKED = (
    r"(?:(?<![A-Za-z])(?i:cvv2?|cvc2?|cvn2?|[mtei]?pins?|otps?|passcodes?|security codes?|verification codes?|"
    r"(?:three|3)[ -](?:digits?|numbers?)(?: code)?(?: (?:on|at) (?:the )?back)?"
    # a bare code said to be texted ("and the code we just texted you? Caller: 3384")
    r"|codes?(?=[^?？\n]{0,24}(?:texted|sms|sent by text|text message)))(?![A-Za-z])"
    r"|背[后後面][三3][个個](?:数|數)?字|后三位|後三位|安全码|安全碼|验证码|驗證碼|密码|密碼"
    # (the back's three numbers as a driver asks in Cantonese and English: "後面三個number呢？")
    r"|(?:背[后後面]|[后後]面)的?[三3][个個](?i:numbers?|digits?))"
    # (or, in a chat log that stamps each turn, a request's word and the next turn's time instead of a
    # question mark: "[21:03] Wing: whats the cvv again [21:04] Jacky: 508")
    r"(?:[^?？\n]{0,40}[?？]++[ \t/]*+(?:\[[0-9]{1,2}:[0-9]{2}\][ \t]*+)?"
    r"|[^?？\n\[]{0,24}(?<![A-Za-z])(?i:again|pls|plz|please)[ \t]*+\[[0-9]{1,2}:[0-9]{2}\][ \t]*+)"
    r"[^\n:：?？0-9\[]{1,24}[:：][ \t]*+"
)
# (or read out digit by digit: "three digits on the back? Caller: 7 1 9"; or with hyphens: "Caller: 2-0-9")
_ANSWERED_CODE = _ANSWERED_CODE_ASKED + r"([0-9]{3,6}|[0-9](?: [0-9]){2,5}|[0-9](?:-[0-9]){2,5})(?![0-9A-Za-z])"


_WORD_NEXT = re.compile(r"[ \t]++[A-Za-z]")


def _answered_code_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """A reply that is the code alone: no unit, time or date after it, and no English word (a count's
    noun: "Ops: 120 tickets today"); and a question that asked for no other number (a card's last
    digits, an amount, an order's: "confirm the last 4 digits of the card for the OTP? Customer: 5678")."""
    return (
        _NOT_A_CODE_AFTER.match(text, value_end) is None
        and _WORD_NEXT.match(text, value_end) is None
        and _NOT_A_CODE_BETWEEN.search(text, look_back(text, start, 48), value_start) is None
    )


AUTH_ANSWERED_CODE = Recognizer(
    "gc_auth_answered_code",
    "AUTH_SECRET",
    re.compile(_ANSWERED_CODE),
    v.always,
    base_score=0.85,
    group=1,
    priority=10,
    min_digits=3,
    required=(
        "cvv",
        "cvc",
        "cvn",
        "pin",
        "otp",
        "passcode",
        "code",
        "digit",
        "背",
        "后三位",
        "後三位",
        "面三",
        "back",
        "码",
        "碼",
    ),
    place=_answered_code_place,
)
# The same reply in Chinese numerals, as a transcript writes the digits said ("背面三個字呢？客人：五八二")
_CHINESE_DIGITS = "〇零一二三四五六七八九"
AUTH_ANSWERED_CODE_ZH = replace(
    AUTH_ANSWERED_CODE,
    name="gc_auth_answered_code_zh",
    pattern=re.compile(
        _ANSWERED_CODE_ASKED + "([" + _CHINESE_DIGITS + "]{3,6})(?![" + _CHINESE_DIGITS + "十百千万萬])"
    ),
    # (no ASCII digit in the value)
    needs_digit=False,
    min_digits=0,
)
# A code spelt out in words after its keyword, as a call note or a victim's statement writes what was
# said ('spelled the OTP as "seven, two, two, nine, zero, four"', "security code five five eight", "PIN
# is one-nine-seven-three", "提款卡密碼，我話咗三四七九", "一次性密碼一二七五零三"): the keyword, up to 40
# characters of its sentence, then three to eight digits' words (blanks, commas or hyphens between)
# or Chinese numerals; not a count or a measure after them (三四七九次, 五六七八位), nor a place's
# numeral before them (后三位)
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPELT_CODE = (
    r"(?:"
    + _AUTH_KEYWORD
    + r"|(?<![A-Za-z])(?i:codes?)(?![A-Za-z]))[^0-9\n。.!?！？;；]{0,40}?(?<![A-Za-z"
    + _CHINESE_DIGITS
    + r"第前后後])("
    + r"(?i:"
    + _DIGIT_WORD
    + r"(?:(?:,? |-|, )"
    + _DIGIT_WORD
    + r"){2,7})(?![A-Za-z])|["
    + _CHINESE_DIGITS
    + r"]{3,8}(?!["
    + _CHINESE_DIGITS
    + r"十百千万萬])"
    + r")"
)
_DIGIT_WORDS = re.compile(r"(?i:" + _DIGIT_WORD + r")")
_SPEAKER_NEXT = re.compile(r"[ \t]++[A-Za-z]{2,16}[ \t]*+[:：]")
_NOT_A_CODE_UNIT_ZH = re.compile(r"[ \t]*+(?:位|次|个|個|元|蚊|年|月|日|号|號|天|分|秒|小时|小時|点|點|张|張|人)")


def _spelt_code_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    # a count or a measure after Chinese numerals; a word's own numeral ("一次性", "三位数") is none
    if text[value_start] in _CHINESE_DIGITS and _NOT_A_CODE_UNIT_ZH.match(text, value_end) is not None:
        return False
    # three words before a noun count something ("one two three steps"); not before the next speaker's
    # label ("security code caller: six four two agent: thank you")
    if (
        _WORD_NEXT.match(text, value_end) is not None
        and _SPEAKER_NEXT.match(text, value_end) is None
        and len(_DIGIT_WORDS.findall(text, value_start, value_end)) < 4
    ):
        return False
    # a bare "code": a secret's only (someone's, near an SMS or a secret's cue)
    if _BARE_CODE.match(text, start) is not None and not _secret_code(text, start, value_end):
        return False
    return _NOT_A_CODE_BETWEEN.search(text, start, value_start) is None


AUTH_SPELT = _secret_value(
    "gc_auth_spelt",
    _SPELT_CODE,
    v.always,
    0.85,
    (),
    _spelt_code_place,
)


# A password after "pass" with no colon, as a pasted login writes it after its user ("host sftp.example,
# user szsettle01, pass Sz#Settle!2025q4", "user alerts@hk-pay.example，pass Sm7p!Relay2025"); a Redis
# password directive ("requirepass Rd!s_pr0d_2025", "masterauth ..."); curl's user and password
# ("curl -u merchant_8812:mK8#vT2qLw9z https://..."). The value looks like a password, and is no
# placeholder ("pass ${SFTP_PASS}", "-u $USER:$TOKEN")
_USER_PASS = (
    r"(?:(?<![A-Za-z])(?i:user(?:name)?|login|uid)[ \t]*+[:=]?[ \t]*+[^\s,，;；/|]{2,64}[ \t]*+[,，;；/|][ \t]*+"
    r"(?i:pass)(?![A-Za-z])[ \t]*+[:=]?[ \t]*+"
    r"|(?<![A-Za-z])(?i:requirepass|masterauth)[ \t]++"
    r"|(?<![A-Za-z0-9-])(?:-u|--user)[ \t]++[\"']?[^\s:'\"]{1,64}:)"
    r"[\"']?" + _PRINTABLE_RUN
)


def _user_pass_value(value: str) -> bool:
    return _password_like(value) and _CONFIG_NOT_A_VALUE.fullmatch(value) is None and "$" not in value[:2]


AUTH_USER_PASS = _secret_value(
    "gc_auth_user_pass", _USER_PASS, _user_pass_value, 0.9, ("pass", "masterauth", "-u", "--user")
)


# A password in a URL's user information, as a connection string or a pasted link holds it
# ("postgres://app:S3cret!@db.example.com/pay", "https://jchan:pa55word@example.com/login"): a
# scheme, "://", a user name, a colon, the password, "@" and the host. A masked one ("****") is none;
# the address the host makes with the password is no e-mail address (EmailRecognizer)
# (people paste a password as they typed it, "#" and "@" in it unescaped: "postgresql://app:Gx7#wQ2m
# @db-02:5432", "mysql://rw:Pay@2026!sz@rm-szpay.example.cn:3306": the host follows the last "@"
# before a blank, a path or a query)
_URL_USERINFO = (
    r"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,15}://[^\s:/@?#]{0,64}:([^\s/?，。]{1,128})"
    r"@(?=[A-Za-z0-9\[])"
)
# (the password's characters before the address's local part: "postgres://app:pG7!r2Qw@db..." reads
# as r2Qw@db...)
_URL_USER_BEFORE = re.compile(r"://[^\s:/@?#]{0,64}:[^\s/?，。]{0,127}\Z")


def _unmasked(value: str) -> bool:
    return value.strip("*•xX") != ""


AUTH_URL = _secret_value("gc_auth_url", _URL_USERINFO, _unmasked, 0.95, ("://",))
# The answer to a security question, as a ticket records it: quoted after an answer word ('security
# answer you gave ("Batangas")', 安全问题“母亲的姓名”回答“刘秀英”, 保安問題「第一間小學」答案「聖保祿學校」,
# 'Security Q "first pet" 答 "Lucky"'), after the quoted question and "with" ('answered "mother's
# maiden name" with Fung'), in capitals after "security answer" ("security answer Lagos Island") or
# after the question's words and "=" or ":" ("favourite teacher = Miss Pereira"). Names, places and
# words, which no password pattern takes: a security question's cue must stand within 120
# characters before it (_answer_place); a state ("Security answer: Incorrect") is none
# the words of a quoted answer, between its quotes (the value holds no quote)
_QUOTED_ANSWER = r'(?<=["“「『])[^"”」』\n]{1,40}?(?=["”」』])'
_OPEN_QUOTE = r'["“「『]'
# capitalised words (and numbers) of a name or a place: "Lagos Island", "St. Paul's Convent", "Corolla 1998"
_CAPITAL_WORD = r"(?:(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Sr|Jr)\.|[A-Z][A-Za-z0-9'’-]*)"
_CAPITAL_WORDS = _CAPITAL_WORD + r"(?:[ \t](?:" + _CAPITAL_WORD + r"|[0-9]{1,4}(?![0-9A-Za-z]))){0,4}"
_QUESTION_WORDS = (
    r"(?i:maiden name|first (?:pet|car|school|teacher|job|love|street)|pet'?s name|"
    r"favou?rite (?:teacher|food|colou?r|team|book|movie|film|city|place|sport|singer)|"
    r"(?:city|place|town) of birth|birth ?place|childhood (?:friend|nickname|street|hero))"
)
# a security question's name, in English (then its words' end) and in Chinese
# (a remittance's test question and its answer, which the payee collects cash with: "test question
# "favourite fruit", answer durian")
_SECURITY_NAME = r"(?:security|secret|memorable|verification|test)[ \t]++(?:questions?|answers?|qs?)|memorable word"
_SECURITY_NAME_ZH = r"安全问题|安全問題|保安问题|保安問題|预留问题|預留問題|密保|提示问题|提示問題"
_SECURITY_CUE = re.compile(
    r"(?i:(?<![a-z])(?:" + _SECURITY_NAME + r")(?![a-z])|" + _QUESTION_WORDS[4:-1] + r")|" + _SECURITY_NAME_ZH
)
_ANSWER_STATES = frozenset(
    "incorrect correct wrong verified failed matched match matches passed ok yes no none unknown".split()
)
# the question's words and a blank right before a value
_QUESTION_BLANK = re.compile(_QUESTION_WORDS + r"[ \t]++\Z")
# a security question's cue other than the question's words: its name, or the record's "on file"
_STRICT_SECURITY_CUE = re.compile(r"(?i:(?<![a-z])(?:" + _SECURITY_NAME + r"|on file)(?![a-z]))|" + _SECURITY_NAME_ZH)
# a quoted question, the answer after it: 'answered "first school" with St. Paul's Convent' (or "as")
_QUESTION_WITH = re.compile(r'["”」』][ \t]*+(?i:with|as)(?![A-Za-z])')


def _answer_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    """Whether a quoted or capitalised value is a security question's answer: a question's cue within
    120 characters before it, in its field; not a quoted question ('"first school" with ...'), not a
    state."""
    floor = look_back(text, start, 120)
    if _SECURITY_CUE.search(text, floor, value_start) is None:
        return False
    # the question's words and a blank before the answer: a cue of the question's own ("security
    # question", "on file") before them, for "her first school St Paul's" names a school
    if (
        _QUESTION_BLANK.search(text, max(0, value_start - 40), value_start) is not None
        and _STRICT_SECURITY_CUE.search(text, floor, value_start) is None
    ):
        return False
    value = text[value_start:value_end].lower()
    if value in _ANSWER_STATES or value in _STATE_WORDS:
        return False
    return _QUESTION_WITH.match(text, value_end) is None


AUTH_ANSWER = Recognizer(
    "gc_auth_answer",
    "AUTH_SECRET",
    re.compile(
        # quoted after an answer word
        r"(?:(?:(?<![A-Za-z])(?i:answers?|answered|ans|gave|replied)(?![A-Za-z])|答案|回答|答)"
        r"[ \t]*+(?:[:：=]|(?<![A-Za-z])(?i:is|was)(?![A-Za-z])|係|是|为|為)?[ \t]*+[(（]?[ \t]*+"
        + _OPEN_QUOTE
        # after a quoted question and "with" or "as" ('gave the answer to "First school?" as Escola Portuguesa')
        # (the answer quoted too: 'answered "mother's maiden name" with "Lau"')
        + r"|[\"”」』][ \t]*+(?i:with|as)[ \t]++(?:"
        + _OPEN_QUOTE
        + r"|(?=[A-Z]))"
        # after "security answer", "answer to the security question", "security question (first pet)",
        # in capitals
        + r"|(?<![A-Za-z])(?:(?i:security|secret)[ \t]++(?i:answers?)|"
        + _SECURITY_QUESTION
        + r")[ \t]*+(?:[:：=-][ \t]*+)?(?=[A-Z])"
        # after the question's words and "=" or ":", or a blank ("On file: first pet Mochi": a
        # security cue of its own must stand before, _answer_place)
        + r"|"
        + _QUESTION_WORDS
        + r"(?:[ \t]*+[=:：][ \t]*+(?=[A-Z0-9])|[ \t]++(?=[A-Z]))"
        # unquoted after "the answer is" ("the answer is PoKfuLam88", "答案係 St Paul's", "the answer
        # on file is Rosary Hill")
        + r"|(?:(?<![A-Za-z])(?i:answer)(?:[ \t]++(?i:on file|recorded|given|set))?[ \t]*+"
        + r"(?:[:：=]|(?i:is|was)(?![A-Za-z]))|答案[ \t]*+(?:[:：=]|係|是|为|為))[ \t]*+(?=[A-Za-z0-9]))("
        + _QUOTED_ANSWER
        + "|"
        + _CAPITAL_WORDS
        # a word with digits in it, in lower case ("the answer was tommy2019")
        + r"|[a-z][a-z0-9]*[0-9][a-z0-9]*(?![A-Za-z0-9])"
        + ")"
    ),
    v.always,
    # as a name's score: a quoted Chinese name (“刘秀英”) is the answer, whole, not a name cutting it
    base_score=0.95,
    needs_digit=False,
    group=1,
    priority=10,
    required=(
        "answer",
        "ans",
        "gave",
        "replied",
        "答",
        "with",
        "maiden",
        "first",
        "favourite",
        "favorite",
        "pet",
        "birth",
        "childhood",
        # the security cue's own words (_answer_place asks for one): the "as" form needs no other
        "security",
        "secret",
        "memorable",
        "verification",
        "安全问题",
        "安全問題",
        "保安问题",
        "保安問題",
        "预留问题",
        "預留問題",
        "密保",
        "提示问题",
        "提示問題",
    ),
    place=_answer_place,
)
# A one-time code of capitals and digits, as banks and IT desks issue them ("the one-time activation
# code is K7P-2QX-9LM", "bypass token BYP-4Q7M-X2RT-88LZ", "use code TR6-55W to reset your
# password"): after a secret's code word, or after a bare "code" or "token" that is someone's or near
# a secret's cue (_secret_code: not a promo, error, booking or product code); a letter and a digit
# in it, five of them or more. Not after "auth code": of letters and digits, that is the issuer's
# approval code a receipt prints ("Paid by Visa ending 1881, auth code 00A123, TID 10023412")
_ALNUM_CODE_WORD = re.compile(r"(?i:codes?|tokens?)(?![A-Za-z])")


def _alnum_code_value(value: str) -> bool:
    chars = value.replace("-", "")
    return len(chars) >= 5 and any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars)


def _alnum_code_place(text: str, start: int, _value_start: int, value_end: int) -> bool:
    if _ALNUM_CODE_WORD.match(text, start) is None:
        return True
    return _secret_code(text, start, value_end)


AUTH_ALNUM_CODE = Recognizer(
    "gc_auth_alnum_code",
    "AUTH_SECRET",
    re.compile(
        r"(?<![A-Za-z])(?:(?i:(?:one-time|one time|activation|verification|bypass|reset|recovery|login|log-in|"
        r"sign-in|access|security|authentication|temporary|temp|otp|2fa|mfa|unlock|pickup|pick-up|withdrawal)"
        r"(?:[ \t]++(?:activation|verification|bypass|reset|login|access|security|sign-in))?"
        r"[ \t]++(?:codes?|tokens?|pins?|keys?|passcodes?)|codes?|passcodes?|otps?|tokens?)(?![A-Za-z])"
        # (or whom it is for: "Pickup code for Dewi is KJ4829")
        r"(?:[ \t]++(?i:for)(?![A-Za-z])[^\n。.!?！？;；:：]{1,40}?[ \t]++(?i:is|was)(?![A-Za-z])[ \t]*+"
        r"|[ \t]*+(?:(?i:is|was)(?![A-Za-z])|[:：=#-])?[ \t]*+))"
        r"([A-Z0-9]{2,8}(?:-[A-Z0-9]{2,8}){0,4})(?![A-Za-z0-9-])"
    ),
    _alnum_code_value,
    base_score=0.85,
    needs_digit=False,
    group=1,
    priority=10,
    # no digit floor: a match may hold none ("security code HKID"; the check refuses it), and the
    # native scanner, skipping a text without a digit, found less than re (the scanners' hypothesis
    # test caught it)
    min_digits=0,
    # (the pattern's "login PIN", "access key" hold neither a code nor a token)
    required=("code", "token", "otp", "pin", "key"),
    place=_alnum_code_place,
)


# Recovery and backup codes, as an account's security page lists them and a ticket pastes them
# ("Recovery codes: 8f3k-2m9q, 7h2j-4n8p", "backup code 4829-1736", "BitLocker recovery key:
# 123456-654321-..."): after their name, one code or a list of them (commas, semicolons, slashes,
# blanks or line breaks between), each of letters and digits in groups, a digit in each. The list
# is one value; a year alone ("backup codes 2024 rollout") is none
_RECOVERY_CODE = r"(?=[A-Za-z-]{0,40}[0-9])[A-Za-z0-9]{4,10}(?:-[A-Za-z0-9]{3,10}){0,7}(?![A-Za-z0-9-])"
AUTH_RECOVERY = Recognizer(
    "gc_auth_recovery",
    "AUTH_SECRET",
    re.compile(
        r"(?:(?<![A-Za-z])(?i:recovery|backup|back-up|emergency|scratch)[ \t]++(?i:codes?|keys?)(?![A-Za-z])"
        # a word or two and a colon ("Backup codes issued: ..."), a bracketed remark and a colon ("Your
        # recovery codes (keep them safe): ..."), or a link
        # (or a few words of a sentence: "Recovery codes I saved when setting up 2FA: ...")
        r"(?:(?:[ \t]++[a-z]{2,12}){1,2}[ \t]*+[:：]|(?:[ \t]++[A-Za-z0-9]{1,12}){1,6}[ \t]*+[:：]"
        r"|[ \t]*+[(（][^()（）\n]{1,40}[)）][ \t]*+[:：]"
        r"|[ \t]*+(?:(?i:is|are|were|was)(?![A-Za-z])|[:：=#-])?)"
        # and in Chinese, a few characters and a colon or a link ("備用碼我抄低咗：7731 0284、5520 9613")
        r"|(?:備用碼|备用码|後備碼|后备码|恢復碼|恢复码|備用代碼|备用代码|救援碼|救援码)"
        r"(?:[^0-9A-Za-z\n:：。]{0,12}[:：]|[ \t]*+(?:係|系|是|为|為)?))"
        r"[ \t]*+\n?[ \t]*+("
        + _RECOVERY_CODE
        + r"(?:(?:[ \t]*+(?:[,;/、]|同|和|及|(?<![A-Za-z])(?i:and|or)(?![A-Za-z]))[ \t]*+|[ \t]*+\n[ \t]*+|[ \t]++)"
        + _RECOVERY_CODE
        + r"){0,15})"
    ),
    lambda value: _YEAR.fullmatch(value) is None,
    # a list of codes named so: above a phone number one of them reads as ("7741-0923 同 5520-1184")
    base_score=0.95,
    group=1,
    priority=10,
    min_digits=1,
    required=(
        "recovery",
        "backup",
        "back-up",
        "emergency",
        "scratch",
        "備用",
        "备用",
        "後備",
        "后备",
        "恢復碼",
        "恢复码",
        "救援",
    ),
)
# A cryptographic key in hex as a payment HSM's or a terminal's key ceremony writes it ("the HSM test key
# for LMK pair 2 (UAT only) = 0123 4567 89AB CDEF ...", "ZMK: 8F3A ..."): the key's name (an HSM's, a
# zone's, a terminal's, a master, a transport or a key-encryption key), up to 32 characters of the same
# line, a colon or an equals sign, then sixteen to sixty-four hex digits in groups of four or in one
# run, letters and digits both
# (or a key's own acronym as a log line's field: "key_index=03 TMK=A1B2C3D4...")
_HEX_KEY = (
    r"(?<![A-Za-z])(?:(?i:hsm|lmk|zmk|zpk|tmk|tpk|kek|bdk|ipek|master|transport|working|key[ -]encryption|"
    r"des|3des|tdes|aes)(?:[ \t]++(?i:test|live|prod|uat|session))?[ \t]++(?i:keys?)(?![A-Za-z])"
    r"[^\n:：=]{0,32}?|(?i:lmk|zmk|zpk|tmk|tpk|kek|bdk|ipek)(?![A-Za-z])[ \t]*+)"
    r"[:：=][ \t]*+([0-9A-Fa-f]{4}(?:[ -]?[0-9A-Fa-f]{4}){3,15})(?![0-9A-Za-z])"
)


def _hex_key(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


# A key, a secret or a recovery code named, then a few words of the same clause, then a link and the
# value ("my API secret keeps showing as invalid: 3f9a7c21...", "the recovery code the app gave me was
# R7KQ-2MXP-9WVD-4TLB", "backup codes for 2FA, I only have this one left: 8391-2207", "the 2FA setup key
# I saved when registering: MFRGG43FMJRWK3TI"): sixteen characters or more of letters and digits both,
# or a code in groups of four (letters and digits, or digits after a recovery or backup code's name)
_NAMED_KEY_OR_CODE = (
    r"(?<![A-Za-z])(?i:api (?:secret|key)|secret key|client secret|app secret|webhook secret|signing secret|"
    r"access token|refresh token|auth token|recovery codes?|backup codes?|set-?up key|2fa key|mfa key)"
    r"(?![A-Za-z])[^\n。.!?！？;；:：=]{1,40}?(?:[:：=]|(?<![A-Za-z])(?i:was|is)(?![A-Za-z])|系|係|是)[ \t]*+"
    r"([A-Za-z0-9]{4}(?:-[A-Za-z0-9]{3,4}){1,4}|[A-Za-z0-9]{16,96})(?![A-Za-z0-9_-])"
)
_GROUPED_CODE_VALUE = re.compile(r"[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{3,4}){1,4}")
_RECOVERY_NAME = re.compile(r"(?i:recovery|backup)")


def _named_secret_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    value = text[value_start:value_end]
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    if _GROUPED_CODE_VALUE.fullmatch(value) is not None:
        # a code of digits only in groups is a recovery or backup code's only ("8391-2207"), not a date's
        return has_digit and (has_letter or _RECOVERY_NAME.match(text, start) is not None)
    return has_digit and has_letter


AUTH_NAMED_SECRET = _secret_value(
    "gc_auth_named_secret",
    _NAMED_KEY_OR_CODE,
    v.always,
    0.9,
    ("api", "secret", "token", "recovery", "backup", "setup", "set-up", "2fa", "mfa"),
    _named_secret_place,
)
# A wallet's seed or recovery phrase after a colon, its name a few words before ("i wrote down the 12
# words when i set up the wallet: ribbon oyster canal ...", "I have my recovery phrase but I mixed up
# the order: lamp twelve ...", "seed phrase 我抄喺張紙度，但有一個字睇唔清：orange tribe ... ?? eagle"):
# eleven words or more in lower case, one unreadable word (??) allowed; the phrase's name (seed,
# recovery, mnemonic, the words' count, a wallet) within 80 characters before the colon
_SEED_PHRASE = r"[:：][ \t]*+((?:[a-z]{3,8}|\?\?)(?: (?:[a-z]{3,8}|\?\?)){10,23})(?![A-Za-z?])"
_SEED_NAME = re.compile(
    r"(?i:(?<![a-z])(?:seed|recovery|mnemonic|wallet|(?:12|24|18|twelve|twenty-four) words)(?![a-z]))|助记词|助記詞"
)


# function words a sentence holds and a wallet's word list does not
_SENTENCE_WORDS = frozenset(
    "the and that with this are was were has have from will our your you not but its they them then than into".split()
)


def _seed_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    words = text[value_start:value_end].split(" ")
    return (
        _SEED_NAME.search(text, look_back(text, start, 80), start) is not None
        and words.count("??") <= 1
        and sum(w in _SENTENCE_WORDS for w in words) < 2
    )


AUTH_SEED_PHRASE = _secret_value(
    "gc_auth_seed_phrase",
    _SEED_PHRASE,
    v.always,
    0.95,
    ("seed", "recovery", "mnemonic", "wallet", "words", "助记词", "助記詞"),
    _seed_place,
)
AUTH_HEX_KEY = _secret_value(
    "gc_auth_hex_key",
    _HEX_KEY,
    _hex_key,
    0.9,
    ("hsm", "lmk", "zmk", "zpk", "tmk", "tpk", "kek", "bdk", "ipek", "master", "transport", "working", "des", "aes"),
)
# A money transfer's control number (Western Union's MTCN, 监控号), the credential its payee collects the
# cash with, as a sender passes it on ("MTCN 418 553 9027, bring ID", "西联汇款的监控号（MTCN）是 8130 552
# 764"): the number's name, up to twelve characters of no digit, ten digits (3-3-4, 4-3-3 or a run);
# scored above a phone's or an account's reading of the same digits
_MTCN = (
    r"(?:(?<![A-Za-z])(?i:mtcn|money transfer control (?:number|no\.?)|control (?:number|no\.?))(?![A-Za-z])"
    r"|监控号|監控號|监控号码|監控號碼)[^0-9\n]{0,12}?"
    r"([0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}|[0-9]{4}[ -]?[0-9]{3}[ -]?[0-9]{3})(?![0-9])(?![ -][0-9])"
)
AUTH_MTCN = Recognizer(
    "gc_auth_mtcn",
    "AUTH_SECRET",
    re.compile(_MTCN),
    v.always,
    base_score=0.97,
    group=1,
    priority=10,
    min_digits=3,
    required=("mtcn", "control n", "监控号", "監控號"),
)
# An authenticator's setup key (a TOTP secret in base32, as the app shows it in groups of four:
# "I kept the setup key on paper: K4QW 7ZRM P2XD 9LTN"): the key's name, a few words, a colon or an
# equals sign, sixteen to thirty-two capitals and digits in groups of four (as people copy it, not
# only base32's), letters and digits both
# (or its seed, the key right after the name: "the MFA seed JBSWY3DPEHPK3PXP was in the alert payload")
_SETUP_KEY = (
    r"(?<![A-Za-z])(?i:set-?up key|secret key|2fa key|mfa key|totp (?:secret|key)|authenticator key|otp secret|"
    r"(?:mfa|2fa|totp|otp|authenticator) seed)"
    r"(?![A-Za-z])(?:[^\n:：=]{0,24}?[:：=][ \t]*+|[ \t]++(?i:(?:is|was)[ \t]++)?)"
    r"([A-Z0-9]{4}(?:[ -]?[A-Z0-9]{4}){3,7})(?![A-Za-z0-9])"
)


def _base32_key(value: str) -> bool:
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


AUTH_SETUP_KEY = _secret_value(
    "gc_auth_setup_key",
    _SETUP_KEY,
    _base32_key,
    0.9,
    ("setup key", "set-up key", "secret key", "2fa key", "mfa key", "totp", "authenticator key", "otp secret", "seed"),
)
# A card's security code written after the card with no keyword, as card details are listed: the
# card (any grouping), its expiry date if given, then three digits, or four after an expiry date
# ("4111 1111 1111 1111 123", "4111111111111111, 12/27, 123", "... exp 09/26 1234"). The number
# before must pass its card check (_after_a_card)
# (the expiry with a slash, or as MMYY, MM YY, MM-YY, MMYYYY in a run of groups: "4111 1111 1111 1111
# 1228 123", "4111-1111-1111-1111-09/27-123"; a UnionPay card's 4-4-4-4-3 before an expiry)
# (or as a dump of stolen cards lists them, fields between bars: "4111111111111111|12|27|123"; or in a
# table's next column: "| 4000 0566 5566 5556 | 123 | TEST USER |")
# (a spreadsheet's row parts the expiry's month and year by a comma too: "4000056655665556,12,2027,123",
# "5555555555554444, 09, 28, 731")
_CARD_THEN_CODE = re.compile(
    # (an Amex number first: in one run with its expiry and code, "37828224631000511261234", a
    # sixteen-digit reading of it takes the expiry's first digit)
    r"(?<![0-9A-Za-z+])(?<![0-9][ -])(3[47][0-9]{2}[ -]?[0-9]{6}[ -]?[0-9]{5}|"
    r"[0-9]{4}(?:[ -]?[0-9]{4}){3}[ -]?[0-9]{3}|[0-9]{4}(?:[ -]?[0-9]{4}){3}"
    r"|[0-9]{4}[ -]?[0-9]{6}[ -]?[0-9]{4,5})"
    r"(?:[ \t]*+[,;/|-]?[ \t]*+((?:(?i:exp|expiry|expires|valid thru|good thru)\.?[ \t]*+[:：]?[ \t]*+|"
    r"有效期至?[:：]?[ \t]*+)?(?:0[1-9]|1[0-2])(?:[ \t]*+[/,][ \t]*+|[ |-]?)(?:20)?[0-9]{2})[ \t]*+[,;/|-]?"
    r"|[ \t]*+[,;|][ \t]*+| )[ \t]*+"
    # (the back's word before the code: "有效期 0930 後面 218", "exp 05/28 back 640")
    r"(?:(?:後面|后面|背面|背後|背后|(?i:back|behind))[ \t]*+[:：]?[ \t]*+)?"
    r"([0-9]{3,4})(?![0-9A-Za-z])(?![ ./-][0-9])"
)


def _after_a_card(text: str, start: int, value_start: int, value_end: int) -> bool:
    m = _CARD_THEN_CODE.match(text, start)
    if m is None or m.start(3) != value_start:
        return False
    # four digits only after an expiry date (without one they are as likely the date itself); a
    # UnionPay number (62...) and three digits with no date between are a 19-digit card's shape, and
    # with a wrong check digit a near miss, not a card and its code
    if m.group(2) is None and (value_end - value_start != 3 or m.group(1).startswith("62")):
        return False
    # nineteen digits, then a code with no expiry between: a 16-digit card's run, not this one's
    if m.group(2) is None and len(v.compact(m.group(1))) == 19:
        return False
    # a run of groups a reference, order, account or phone word names (no slash or word marks an
    # expiry in it): as CARD_EXPIRY_CODE, no card and no code
    expiry = m.group(2) or ""
    if (
        "/" not in expiry
        and not any(c.isalpha() for c in expiry)
        and _NOT_A_CARD_CONTEXT.search(text, look_back(text, start, 32), start) is not None
    ):
        return False
    if m.group(2) is None and _CODE_TAIL_END.match(text, value_start - 1) is None:
        return False
    card = m.group(1)
    return card_grouping(card) and v.is_valid_card(card)


AUTH_CARD_CODE = Recognizer(
    "gc_auth_card_code",
    "AUTH_SECRET",
    _CARD_THEN_CODE,
    v.always,
    base_score=_TAIL_SCORE,
    group=3,
    priority=10,
    min_digits=13,
    place=_after_a_card,
)
# A card's security code named by where it is printed, after the card and whatever else came between
# ("信用卡 5413 7720 0918 3363 到期 09/26 背面 482", "有效期 09/27，背面 268", "JOHN A SMITH | back: 317",
# "expiry 09 26 and the back is 5 5 0"): the back's word (背面, 背後, the back, back and a colon), a
# link, three or four digits (or three said one by one), a number that passes its card check within
# 240 characters before it; no unit, amount, time or date after it (_NOT_A_CODE_AFTER)
_BACK_CODE = (
    r"(?:(?<![A-Za-z])(?i:(?:the|at|on)[ \t]++back(?:[ \t]++(?:is|was|says|reads))?|back(?=[ \t]*+[:：]))"
    # (三個字: three characters, as Cantonese says a code's digits: "後面三個字 382")
    r"|背面|背後|背后|(?:背面|背後|背后|[后後]面)(?:的|嘅)?[三3](?:位|個字|个字)(?:数字|數字|数|數)?)"
    r"[ \t]*+(?:[:：=]|是|係|系)?[ \t]*+"
    # (or in Chinese numerals, as a booking's caller said them: "后面三位是 四一九")
    r"([0-9]{3,4}|[0-9](?:[ -][0-9]){2}|[〇零一二三四五六七八九]{3,4}(?![〇零一二三四五六七八九十百千万萬]))"
    r"(?![0-9A-Za-z])(?![ ./-]?[0-9])"
)
_CARD_LIKE = re.compile(r"(?<![0-9])[0-9](?:[ .-]?[0-9]){12,18}(?![0-9])")


def _back_code_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    if _NOT_A_CODE_AFTER.match(text, value_end) is not None:
        return False
    before = _CARD_LIKE.finditer(text, look_back(text, start, 240), start)
    return any(v.is_valid_card(v.compact(m.group()).replace(".", "")) for m in before)


# (no digit floor: the scanner's set of cores, which hold the back's word, says where it may match)
AUTH_BACK_CODE = _secret_value(
    "gc_auth_back_code", _BACK_CODE, v.always, 0.9, ("back", "背面", "背後", "背后", "后面", "後面"), _back_code_place
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
# Track 2 data without its start sentinel, as a log or a DLP alert quotes it ("track2
# 4000001234567899=28102011000012300000"): the PAN, which passes its check, "=", the expiry (YYMM), the
# service code and the discretionary data: seven digits at the least after the "="
_TRACK2_BARE = re.compile(r"(?<![0-9A-Za-z;=])([0-9]{13,19})=[0-9]{7,40}(?![0-9])")


def _track2_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    return v.luhn_valid(text[value_start : text.index("=", value_start)])


TRACK2_BARE = Recognizer(
    "gc_track2_bare",
    "AUTH_SECRET",
    _TRACK2_BARE,
    v.always,
    base_score=1.0,
    priority=11,
    min_digits=13,
    required=("=",),
    place=_track2_place,
)
# or as a log's key and "=" give it ("`TRK2=4761739001010119=25122011143804400000`", "track2: ..."): the
# key's "=" is no part of the data
TRACK2_KEYED = replace(
    TRACK2_BARE,
    name="gc_track2_keyed",
    pattern=re.compile(
        r"(?<![A-Za-z])(?i:trk2|trk_2|track2|track_2|track 2)[ \t]*+[=:][ \t]*+([0-9]{13,19}=[0-9]{7,40})(?![0-9])"
    ),
    group=1,
    required=("trk", "track"),
)


# A password referred to after its word, as a customer or an analyst goes on about it: "it was", "it's"
# ("I forgot my app login password. I think it was HappyCat2019!"), "the new one should be"
# ("password here? the new one should be Sunflower#2026"), "reset it to", "changed from" ("password
# changed from Kowloon1997 to ..."): the password's word or a security question's (its name or its
# words: "the name of my first pet... it's Mochi"), up to 80 characters of the same line, the cue, the
# value. The value looks like a password (a digit, a sign or a capital past its first letter), or,
# after a security question's words, is a word that ends its clause (an answer: "it's Mochi.");
# never a state ("it's fine"), a year or a phone
_REFERRING_WORD = (
    r"(?:(?<![A-Za-z])(?i:passwords?|passcodes?|passwd|pwd|passphrase|"
    + _SECURITY_NAME
    + r")(?![A-Za-z])|"
    + _QUESTION_WORDS
    + r"|密码|密碼)[^\n]{0,80}?(?<![A-Za-z])"
)
_REFERRING_CUE = (
    r"(?i:(?:it's|it’s|its|it is|it was|is it|was it)|"
    # ("the new one I'd like is ...": a few words before the link)
    r"(?:the )?new one(?:(?: [^ \t\n.,:;!?]{1,10}){0,3}? (?:is|was|(?:should|will|would) be))?(?:[ \t]*+:)?|"
    r"(?:reset|changed?|set|updated?|switched) (?:it |this |that )?to|changed? (?:it )?from|"
    # an old one ("It used to be LuckyStar888")
    r"(?:it |that |this |mine )?used to be|"
    # one chosen ("fails policy P-07. She then chose Kwan!Hill_Rd_33")
    r"(?:then )?(?:chose|picked|created|came up with)|"
    # one typed, told or answered ("He then asked for my password and I typed Lucky2026mox", "security
    # question 'Mother's maiden name' and I answered Fernandes", "memorable word ... tried sunshine")
    r"(?:i |he |she |they |we )?(?:typed|typed in|entered|keyed in|put in|answered|replied|tried)|"
    r"(?:gave|told) (?:him|her|them)|i said)"
)
# and in Chinese, after the password's word: the one still used or not to be used again ("密码改一下吧，别再
# 用abc123456了", "佢仲用緊 Chan1234"), the old or the new one ("旧的是 ...", "新嘅係 ...")
_REFERRING_CUE_ZH = (
    r"(?:别再用|別再用|不要再用|唔好再用|还在用|還在用|一直用|仲用紧|仲用緊|用的是|用嘅係|用嘅系|"
    r"旧的是|舊的是|新的是|旧嘅係|舊嘅係|新嘅係|"
    # told, or guessed ("叫我講網上銀行密碼，我講咗hoyin2008", "佢估係「wong1952」")
    r"讲咗|講咗|话咗|話咗|讲了|講了|说了|說了|报咗|報咗|报了|報了|给了|給了|俾咗|畀咗|"
    r"估係|估系|估计是|估計係|估計是|可能係|可能是|应该是|應該係|應該是|"
    # the one used before ("密碼唔記得咗，以前用 Kayan0903")
    r"以前用|之前用|原本用|原来用|原來用|以前用的是|之前用的是|"
    # the one typed ("密碼錯誤 ... 我 type 咗 Happy2024family 三次都唔得")
    r"(?i:type)[ \t]*+咗|打咗|輸入咗|输入咗|试咗|試咗|用咗|"
    # the one said ("又問我網上理財密碼，我話 chan1962"), or asked about ("password，係咪 Ming_0712？")
    r"我話|我话|我說|我说|我答|佢話|佢话|係咪|系咪|是不是)"
)
# (the value's closing quote is no part of it: 'She answered "Mocha".')
_UNQUOTED_RUN = r"([!-+\--:<-~]{3,63}[!#-&(-+/-:<-~])"
_REFERRED = (
    _REFERRING_WORD
    + r"(?:"
    + _REFERRING_CUE
    + r"[ \t]++|"
    + _REFERRING_CUE_ZH
    + r"[ \t]*+)[「『“‘\"']?"
    + _UNQUOTED_RUN
)
# the second of two values: "it was X or maybe Y", "changed from X to Y"
_REFERRED_SECOND = (
    _REFERRING_WORD
    + r"(?:"
    + _REFERRING_CUE
    + r"[ \t]++[!-~]{4,64}?[ \t]++(?i:or)(?:[ \t]++(?i:maybe|perhaps|possibly))?[ \t]++"
    + r"|(?i:changed?|switched)[ \t]++(?:(?i:it)[ \t]++)?(?i:from)[ \t]++[!-~]{4,64}?[ \t]++(?i:to)[ \t]++"
    # (in Chinese, no blank needed: "佢估係「wong1952」定「Wong1952」")
    + r"|"
    + _REFERRING_CUE_ZH
    + r"[ \t]*+[「『“‘\"']?[!-~]{4,64}?[」』”’\"']?[?？]?[ \t]*+(?:定係|定|还是|還是|或者|或)[ \t]*+)"
    + r"[「『“‘\"']?"
    + _UNQUOTED_RUN
)
# a clause's end after an answer: a stop, a comma, a bracket, a quote, a turn's mark, the line's end
_CLAUSE_END = re.compile(r"[ \t]*+(?:[.,!?;)）」』”\"'/|\n]|\Z)|[ \t]++(?i:or|but|and)(?![A-Za-z])")
_ANSWER_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{1,30}")
# (beside _STATE_WORDS, which _referred_place reads too)
_NOT_AN_ANSWER = frozenset(
    "my his her their our your this that it in on at of for from with by and or but already here there "
    "now then today yesterday written saved easy simple long short okay sure yes no right".split()
)


def _referred_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    value = text[value_start:value_end]
    bare = value.strip("\"“”'‘’「」『』`").lower()
    if (
        _MASK.fullmatch(value) is not None
        or "://" in value
        or bare in _STATE_WORDS
        or bare in _POINTING_WORDS
        or bare in _ANSWER_STATES
        or bare in _NOT_AN_ANSWER
    ):
        return False
    if value.isdigit():
        # a number: four to twelve digits, no year, no phone, no date, no count ("俾咗5000個客戶"; "俾咗8841個
        # 自稱銀行職員嘅人" names whom it went to)
        if (
            _NOT_A_CODE_AFTER.match(text, value_end) is not None
            and _PERSON_AFTER_MEASURE.match(text, value_end) is None
        ):
            return False
        return 4 <= len(value) <= 12 and _YEAR.fullmatch(value) is None and not _phone_or_date(value)
    if _password_like(value) and _NOT_A_CREDENTIAL.fullmatch(value) is None:
        return True
    # a plain word: an answer, after a security question's words, at its clause's end
    return (
        _SECURITY_CUE.match(text, start) is not None
        and _ANSWER_WORD.fullmatch(value) is not None
        and _CLAUSE_END.match(text, value_end) is not None
    )


# A security answer in brackets after its name, as a verification note writes it ("Verified by DOB +
# memorable word (tangerine).", "security answer (Bubbles)"): one or two words, the bracket closing its
# clause; not a remark before the value ("password (case sensitive): ...", "memorable word (see file)")
_BRACKETED_ANSWER = (
    r"(?<![A-Za-z])(?i:memorable (?:word|answer)|security answer|secret answer|maiden name)[ \t]*+[(（]"
    r"([A-Za-z][A-Za-z'’-]{1,30}(?: [A-Za-z][A-Za-z'’-]{1,30})?)[)）]"
)
_BRACKET_REMARKS = frozenset(
    "case sensitive new old see vault file on file verified correct incorrect wrong failed passed ok hint "
    "required optional given asked matched match none unknown".split()
)
_AFTER_BRACKET = re.compile(
    r"[ \t]*+(?:[.,;!?/|)\n]|(?i:and|then|ok|verified|passed|confirmed|checked|matched)(?![A-Za-z])|\Z)"
)


def _bracketed_answer_place(text: str, _start: int, value_start: int, value_end: int) -> bool:
    value = text[value_start:value_end].lower()
    if value in _BRACKET_REMARKS or value in _STATE_WORDS or value in _ANSWER_STATES:
        return False
    if any(word in _BRACKET_REMARKS for word in value.split()):
        return False
    # the bracket closes its clause: a stop, a comma or the end after it, no colon (a remark's)
    return _AFTER_BRACKET.match(text, value_end + 1) is not None


AUTH_BRACKETED_ANSWER = _secret_value(
    "gc_auth_bracketed_answer",
    _BRACKETED_ANSWER,
    v.always,
    0.85,
    ("memorable", "answer", "maiden"),
    _bracketed_answer_place,
)
_REFERRED_REQUIRED = ("pass", "pwd", "question", "memorable", "first", "favo", "maiden", "密码", "密碼")
AUTH_REFERRED = _secret_value("gc_auth_referred", _REFERRED, v.always, 0.85, _REFERRED_REQUIRED, _referred_place)
AUTH_REFERRED_SECOND = _secret_value(
    "gc_auth_referred_second", _REFERRED_SECOND, v.always, 0.85, _REFERRED_REQUIRED, _referred_place
)


# A card's security code, a PIN or a one-time code named by a configuration or a log line's key that
# holds the code's word as its last part ("card_cvc=915", "payment.cvv2: 123", '"sms_code": "482913"',
# "user_pin=4821"): the code words' pattern refuses a word joined to a longer identifier. The key's
# first parts are any; the value three to eight digits. Not "cid" (a customer's, a client's, a
# connection's id in a key)
_CODE_KEY = re.compile(
    r"(?<![0-9A-Za-z_.])(?:[A-Za-z0-9]{1,20}[_.]){0,3}"
    r"(?i:cvv2|cvv|cvc2|cvc|cvn2|cvn|pin|pin_code|otp|otp_code|passcode|sms_code|verify_code|verification_code|"
    r"security_code|auth_code|login_code|2fa_code|mfa_code)"
    r"(?![0-9A-Za-z_])[\"']?[ \t]*+(?:=>|:=|=|:)[ \t]*+[\"']?([0-9]{3,8})(?![0-9A-Za-z])"
)
AUTH_CODE_KEY = Recognizer(
    "gc_auth_code_key",
    "AUTH_SECRET",
    _CODE_KEY,
    v.always,
    base_score=0.9,
    group=1,
    priority=10,
    min_digits=3,
    required=("cvv", "cvc", "cvn", "pin", "otp", "passcode", "_code"),
)


# An API key or a secret named by a configuration key whose last part is "key", "secret" or "token"
# ("wechatpay.api_v3_key=...", "merchant_sign_key: ...", "hmac.secret = ..."): the token pattern's words
# stand alone or after "api", "app", "client" and a few more; here any parts come first. The value
# reads as random (_token_value, _mixed_case_value). Not a public or publishable key, nor a key that
# names a record (an idempotency, a partition, a cache, a trace key: random too, and no secret)
_NAMED_KEY = re.compile(
    r"(?<![0-9A-Za-z_.])((?:[A-Za-z0-9]{1,20}[_.-]){1,4})(?i:keys?|secrets?|tokens?)(?![0-9A-Za-z_])[\"']?"
    r"[ \t]*+(?:=>|:=|=|:)[ \t]*+[\"'`]?([A-Za-z0-9_/+-]{16,256}={0,2})(?![A-Za-z0-9_/+=-])"
)
_NOT_A_SECRET_KEY_PART = frozenset(
    "public publishable pub partition sort primary foreign idempotency idempotent request trace cache dedup "
    "dedupe object bucket s3 routing group message event lookup index hash row record file path id".split()
)


def _named_key_place(text: str, start: int, value_start: int, _value_end: int) -> bool:
    return not any(part in _NOT_A_SECRET_KEY_PART for part in _key_parts(text, start, value_start))


AUTH_NAMED_KEY = Recognizer(
    "gc_auth_named_key",
    "AUTH_SECRET",
    _NAMED_KEY,
    lambda value: _token_value(value) or _mixed_case_value(value),
    base_score=0.9,
    group=2,
    priority=10,
    min_digits=1,
    required=("key", "secret", "token"),
    place=_named_key_place,
)


# A security question's answer in Chinese, after the question's name and 答案 ("密保问题“您最喜欢的食物”答案
# 填的是螺蛳粉", "安全問題答案係：九龍塘"): the name, up to 30 characters of the same sentence (the question
# itself, quoted or not), 答案 and a link (填的是, 写的是, 是, 係, a colon), then the answer: one to eight
# Chinese characters up to the clause's end, or a value in Latin letters and digits. Not a state
# ("答案是错误的" is no answer: a state word, then 的)
_ANSWER_ZH = (
    r"(?:" + _SECURITY_NAME_ZH + r"|(?<![A-Za-z])(?i:security|secret)[ \t]++(?i:questions?|qs?)(?![A-Za-z]))"
    r"[^\n。！？!?]{0,30}?答案[ \t]*+"
    # (the one who set it before the link: "答案我设的是 王秀英")
    r"(?:(?:我|佢|他|她)?(?:填的是|填嘅係|写的是|寫的是|设的是|設的是|设置的是|設置的是|是|係|为|為|[:：=])"
    # (or blanks alone after 答案: "安全问题 "母亲姓氏" 答案 李...")
    r"[ \t]*+[:：]?[ \t]*+[“「『\"]?|(?<=[ \t])[“「『\"]?)"
    # (a Latin answer of several capitalised words whole: "答案係 Heep Yunn", "答案係 St Paul's")
    r"([\u3400-\u9fff]{1,8}|[A-Za-z0-9][!-~]{0,29}[A-Za-z0-9!-/](?: [A-Z][A-Za-z'’.-]{0,20}[A-Za-z'’]){0,3})"
)
# the clause's end after an answer in Chinese characters: a stop, a comma, a bracket, a quote, a blank,
# the end
_ANSWER_ZH_END = re.compile(r"[，,。.！!？?；;、\s)）」』”\"]|\Z")


def _answer_zh_place(text: str, _start: int, value_start: int, value_end: int) -> bool:
    value = text[value_start:value_end]
    if value.rstrip("的了啦") in _ANSWER_STATES_ZH or value.lower() in _STATE_WORDS:
        return False
    return not ("\u3400" <= value[0] <= "\u9fff") or _ANSWER_ZH_END.match(text, value_end) is not None


# A security question quoted, a dash, its answer, as a recovery note lists them ("密保问题“小学班主任姓名”
# ——孙老师", "保安問題「第一隻寵物名」——豆豆，同「母親姓氏」——歐陽"): the quoted question, a dash, the answer
# up to its clause's end (Chinese characters) or one to three words; a security question's name within
# 80 characters before (_dashed_answer_place)
_DASHED_ANSWER = (
    r"[「“『\"][^」”』\"\n]{1,16}[」”』\"][ \t]*+(?:——|—|－－|--)[ \t]*+"
    r"([\u3400-\u9fff]{1,8}|[A-Za-z][A-Za-z'’-]*+(?: [A-Z][A-Za-z'’-]*+){0,2})"
)
_SECURITY_NAME_AT = re.compile(r"(?:" + _SECURITY_NAME_ZH + r"|(?<![A-Za-z])(?i:" + _SECURITY_NAME + r")(?![A-Za-z]))")


def _dashed_answer_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    if _SECURITY_NAME_AT.search(text, look_back(text, start, 80), start) is None:
        return False
    return _answer_zh_place(text, start, value_start, value_end)


_ANSWER_STATES_ZH = frozenset(
    "错误 錯誤 不对 不對 正确 正確 忘了 忘记 忘記 一样 一樣 空 没有 沒有 不知道 唔知 错 錯 对 對 无 無 "
    "未设置 未設置".split()
)
# (a security answer read from its question's structure outranks the name model's reading of the same
# characters: 答案我设的是 王秀英 is the answer, a secret, whatever else it names; scored above a name)
_ANSWER_SCORE = 0.96
AUTH_DASHED_ANSWER = _secret_value(
    "gc_auth_dashed_answer", _DASHED_ANSWER, v.always, _ANSWER_SCORE, ("——", "—", "－－", "--"), _dashed_answer_place
)
AUTH_ANSWER_ZH = _secret_value(
    "gc_auth_answer_zh",
    _ANSWER_ZH,
    v.always,
    _ANSWER_SCORE,
    ("密保", "问题", "問題", "question", "security q", "secret q"),
    _answer_zh_place,
)
# A memorable word or an agreed code word in Chinese, after its name ("事主提供咗 304 669 同埋記憶字
# 菠蘿包", 约定取款暗号：“荔枝湾”): the name, a link or none, the value up to its clause's end (Chinese
# characters) or a value in Latin letters and digits; not a state (_answer_zh_place)
# (a link, a blank or a quote before the value: "暗号已经改了" says what became of it)
_CODE_WORD_ZH = (
    r"(?:記憶字|记忆字|記憶詞|记忆词|暗号|暗號|密语|密語)"
    r"(?:[ \t]*+(?:係|系|是|为|為|[:：])[ \t]*+[“「『\"]?|[ \t]++[“「『\"]?|[“「『\"])"
    r"([\u3400-\u9fff]{1,8}|[A-Za-z0-9][!-~]{0,29}[A-Za-z0-9!-/])"
)
# what a clause says of the word rather than what it is: a state, a change, a doing, a question
_NOT_A_CODE_WORD_START = frozenset("已未不没沒冇唔要会會都也就改被可有什乜咩啥几幾哪边邊")


def _code_word_place(text: str, start: int, value_start: int, value_end: int) -> bool:
    return text[value_start] not in _NOT_A_CODE_WORD_START and _answer_zh_place(text, start, value_start, value_end)


AUTH_CODE_WORD_ZH = _secret_value(
    "gc_auth_code_word_zh",
    _CODE_WORD_ZH,
    v.always,
    _ANSWER_SCORE,
    ("記憶", "记忆", "暗号", "暗號", "密语", "密語"),
    _code_word_place,
)

ID_RECOGNIZERS: tuple[Recognizer, ...] = (
    TRACK,
    TRACK2_BARE,
    TRACK2_KEYED,
    AUTH_NUMERIC,
    AUTH_NEAR,
    AUTH_FOR,
    AUTH_BEFORE,
    AUTH_LIST,
    AUTH_CUED,
    AUTH_CARD_CODE,
    AUTH_BACK_CODE,
    AUTH_PASSWORD,
    AUTH_PHRASE,
    AUTH_TWO_WORDS,
    AUTH_QUOTED,
    AUTH_CONFIG_KEY,
    AUTH_TOKEN,
    AUTH_TOKEN_SHAPE,
    AUTH_URL,
    AUTH_CREDENTIALS,
    AUTH_EMAIL_PAIR,
    AUTH_ADMIN_PAIR,
    AUTH_PASSWORD_COMMA,
    AUTH_WIFI_KEY,
    AUTH_CHANGED_TO,
    AUTH_ANSWERED,
    AUTH_ANSWERED_WORD,
    AUTH_QUOTED_QA,
    AUTH_ANSWERED_AFTER,
    AUTH_REFERRED,
    AUTH_REFERRED_SECOND,
    AUTH_BRACKETED_ANSWER,
    AUTH_CODE_KEY,
    AUTH_NAMED_KEY,
    AUTH_ANSWER_ZH,
    AUTH_CODE_WORD_ZH,
    AUTH_DASHED_ANSWER,
    AUTH_LONE_TURN,
    AUTH_PASSWORD_ONE,
    AUTH_CLI_PASSWORD,
    AUTH_SHAPED,
    AUTH_FAILED_CODE,
    AUTH_TOLD_CODE,
    AUTH_ANSWERED_CODE,
    AUTH_ANSWERED_CODE_ZH,
    AUTH_SPELT,
    AUTH_USER_PASS,
    AUTH_RECOVERY,
    AUTH_SETUP_KEY,
    AUTH_MTCN,
    AUTH_HEX_KEY,
    AUTH_NAMED_SECRET,
    AUTH_SEED_PHRASE,
    AUTH_ANSWER,
    AUTH_ALNUM_CODE,
    RIC,
    RIC_GROUPED,
    HKID,
    CARD,
    CARD_RUN,
    CARD_DASHED,
    CARD_SHORT,
    CARD_TAILED,
    CARD_THEN_EXPIRY,
    CARD_EXPIRY_CODE,
    CARD_ISO_FIELD2,
    CARD_IN_WORDS,
    CARD_READ_OUT,
    CARD_SAID,
    CARD_SPLIT,
    CARD_OCR,
    CARD_PAIR_FIRST,
    CARD_PAIR_LATER,
    CARD_GLUED_PAIR,
    CARD_GLUED_PAIR_SECOND,
    CARD_LOOSE,
    CARD_GLUED,
    CARD_GLUED_AFTER,
    CARD_EMV,
    USCC,
    EMAIL,
    EMAIL_SPELT,
    MO_ID,
    HRP,
    EEP,
    PASSPORT,
    PASSPORT_NAMED,
    CN_MOBILE,
    CN_MOBILE_RUN,
    HK_PHONE,
    HK_PHONE_RUN,
    CN_LANDLINE,
    MO_PHONE,
    PHONE_TAILED,
    INTL_PHONE,
    NANP_PHONE,
    PHONE_LOOSE,
    PHONE_GLUED,
    PHONE_EXTENSION,
    HK_ACCOUNT,
    HK_ACCOUNT_BRANCH,
    IBAN,
    IBAN_LOWER,
    IPV4,
    IPV6,
    CN_ACCOUNT,
)
