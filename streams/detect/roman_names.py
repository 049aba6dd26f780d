"""Romanised Chinese names without a title or a model: Pinyin (``Liu Wei``, ``Huang Zixuan``),
Hong Kong and Macao Cantonese in either order with hyphenated or spaced given names and
capitalised surnames (``Ka-ming Wong``, ``LEUNG Wai-man``, ``Tse Mei Ling``, ``Au Yeung
Chun-kit``), an English given name before a Chinese surname (``Kelvin Yip``, ``Jason Kwok
Chi-wai``, ``Eric 陳``) and a Chinese surname before a romanised given name (``司徒 Ka Lok``).

A run of capitalised (or all-capital) words is read word by word: a romanised surname
(``zh_surnames.ROMAN_SURNAMES``), a given-name word (one or two syllables of Pinyin or of Hong
Kong's Cantonese romanisation, hyphenated parts each one syllable), or an English given name.
A name is an English given name, a surname, then up to two given-name words; a surname then one or
two given-name words; or given-name words then a surname, when the given name is hyphenated or is
not itself a surname. Districts, streets and brands named like people (Mong Kok, Chow Tai Fook,
Lee Kum Kee, Li Ning) are a list of their own, and a run followed by a word such as Road, Bank,
Jewellery or branch is a place or a business, not a person.
"""

from __future__ import annotations

import re

from streams.detect.findings import Finding
from streams.detect.zh_names import fold_t2s, surname_chars
from streams.detect.zh_surnames import CANTONESE_COMPOUND, COMPOUND, ROMAN_SURNAMES, SINGLE

RECOGNIZER = "gc_roman_name"

_PINYIN_SYL = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|in|iu|ua|uo|ui|un|ve|ue"
    r"|a|o|e|i|u|v))"
)
_CANTONESE_SYL = (
    r"(?:(?:ch|ts|sh|sz|kw|gw|ng|[bpmfdtlgkhjwysnz])?"
    r"(?:ieong|eung|euk|oeng|aang|aai|aau|aam|aan|aap|aat|aak|uen|uet|ang|ing|ung|ong|eng|iao|uan|ai|au|am|an|ap"
    r"|at|ak|ei|ee|oi|ou|oo|ui|un|ut|uk|iu|im|in|ip|it|ik|ok|on|ot|ue|yu|eun|eui|oy|ay|a|e|i|o|u|z))"
)
_SYL = f"(?:{_PINYIN_SYL}|{_CANTONESE_SYL})"
_GIVEN_WORD = re.compile(rf"{_SYL}{{1,2}}|{_SYL}(?:-{_SYL})+", re.IGNORECASE)

ENGLISH_GIVEN = frozenset(
    (
        "Aaron Ada Adrian Agnes Alan Albert Alex Alexander Alice Alison Alvin Amanda Amy Andrew Andy Angel Angela "
        "Angus Ann Anna Annie Anson Anthony Antonio Apple Ashley Audrey Ben Benjamin Bernard Betty Bill Billy Bonnie "
        "Brian Bruce Calvin Candy Carl Carmen Carol Catherine Cathy Cecilia Charles Charlie Charlotte Cherry Cheryl "
        "Chloe Chris Christina Christine Christopher Cindy Claire Clara Connie Crystal Cynthia Daisy Daniel Danny "
        "David Dennis Derek Diana Dickson Dominic Doris Edmond Edward Edwin Eileen Elaine Eleanor Elizabeth Ella "
        "Ellen Elsa Elsie Emily Emma Eric Erica Ernest Esther Eugene Eunice Eva Fanny Felix Fiona Florence Frank "
        "Franky Gary George Gigi Gilbert Gloria Gordon Grace Hannah Harry Helen Henry Herman Iris Irene Isaac Ivan "
        "Ivy Jack Jackie Jacky Jacqueline James Jane Janet Jason Jasmine Jeffrey Jennifer Jenny Jeremy Jerry Jessica "
        "Jimmy Joan Joanna Joe Joey John Johnny Jonathan Joseph Josephine Joshua Joyce Judy Julia Julian Julie "
        "Justin Karen Karl Kate Katherine Kathy Katie Keith Kelly Kelvin Ken Kenneth Kenny Kevin Kimberly Kitty "
        "Larry Leo Leon Leslie Lily Linda Lisa Louis Lucas Lucy Maggie Mandy Marco Margaret Maria Mark Martin Mary "
        "Matthew Maurice Max Melody Michael Michelle Mike Monica Nancy Natalie Nelson Nicholas Nicole Nina Oliver "
        "Olivia Oscar Pam Patrick Paul Peggy Peter Philip Phoebe Priscilla Queenie Rachel Raymond Rebecca Richard "
        "Rita Robert Roger Ronald Rose Roy Ruby Ryan Sally Samantha Samuel Sandy Sarah Sean Serena Sharon Shirley "
        "Simon Sophia Sophie Stanley Stella Stephanie Stephen Steven Sue Susan Sylvia Terence Teresa Terry Thomas "
        "Tiffany Tim Timothy Tina Tom Tommy Tony Tracy Vanessa Vicky Victor Victoria Vincent Vivian Wendy William "
        "Willy Wilson Winnie Yvonne Zoe"
    ).split()
)
_ENGLISH_GIVEN_UPPER = frozenset(n.upper() for n in ENGLISH_GIVEN)

# districts, streets, stations, brands and businesses named like people (compared case-blind)
LOOKALIKES: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.lower().split())
    for p in (
        "Chow Tai Fook|Chow Sang Sang|Lee Kum Kee|Li Ning|Luk Fook|Tse Sui Luen|Hang Seng|Wing Lung|Wing Hang|"
        "Chong Hing|Kee Wah|Tai Cheong|Hui Lau Shan|Wong Lo Kat|Tsui Wah|Cheung Kong|Sun Hung Kai|Hang Lung|"
        "Tim Ho Wan|Yung Kee|Tai Hing|Man Wah|Fung Kee|Ho Hung Kee|Wing Wah|Hung Fook Tong|Kai Kee|Lan Fong Yuen|"
        "Mong Kok|Wan Chai|Ho Man Tin|Wong Tai Sin|Sham Shui Po|Tsim Sha Tsui|Ma On Shan|Tai Koo|Kwun Tong|Lok Fu|"
        "Yuen Long|Sha Tin|Tung Chung|Tai Po|Tsuen Wan|Sai Kung|Lai Chi Kok|To Kwa Wan|Tin Shui Wai|Fo Tan|"
        "Siu Sai Wan|Chai Wan|Shau Kei Wan|Heng Fa Chuen|Ap Lei Chau|Kwai Chung|Kwai Fong|Tsing Yi|Tuen Mun|"
        "Sheung Shui|Tai Wai|Lo Wu|Lok Ma Chau|Shek Kip Mei|Cheung Sha Wan|Mei Foo|Lam Tin|Yau Tong|Choi Hung|"
        "Ngau Tau Kok|Hung Hom|Tai Hang|Sheung Wan|Pok Fu Lam|Wong Chuk Hang|Yau Ma Tei|Jordan|Kowloon Tong|"
        "Kowloon Bay|Diamond Hill|Tai Wo|Kam Sheung|Tseung Kwan O|Po Lam|Hang Hau|Tiu Keng Leng|Tai Kok Tsui|"
        "Mei Lam|Wu Kai Sha|Ma Wan|Lei Tung|Wong Nai Chung|Tai Hang Tung|Kwun Tong|Lo Tak|Fu Tai|Sai Ying Pun|"
        "Kennedy Town|Shun Tak|Sun Yat Sen|Hoi Fai|Cheung Chau|Lamma|Tai O|Ngong Ping|Shek O|Stanley|"
        "Wan Tsui|Luohu|Futian|Nanshan|Bao An|Longgang|Qianhai|Shekou|Huaqiangbei|Yantian|Longhua|"
        "Sun Hing|Wing On|Sincere|Shun Hing|Chung Hwa|Chiu Chow|Yue Hwa|Wai Yuen|Lee Garden|Lee Gardens|"
        "Lee Tung|Sai Wan|Ma Tau Wai|Kai Tak|Hoi Yuen|Ho Tung|Tung Wah|Po Leung Kuk|Yan Chai|Kwong Wah"
    ).split("|")
)
_LOOKALIKE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in LOOKALIKES:
    _LOOKALIKE_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
# a name run followed by one of these words is a place or a business
_PLACE_AFTER = frozenset(
    (
        "road rd street st avenue ave lane path terrace building bldg centre center plaza station hospital bank "
        "group ltd limited co company holdings jewellery jewelry kitchen restaurant tower house estate court "
        "garden gardens branch store shop market mall temple park port industrial properties pharmacy noodle "
        "noodles cafe hotel village bay school college university stadium pier ferry line mtr district office "
        "warehouse flagship outlet factory trading enterprises international corp corporation inc sauce "
        "racecourse exit interchange tunnel bridge square arcade campus clinic church"
    ).split()
)
_PLACE_BEFORE = frozenset(("in", "at", "near", "via", "around"))

_CJK = re.compile("[\u3400-\u9fff]")
_CAPITAL = re.compile("[A-Z][A-Za-z]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*")
_ZH_SURNAME_THEN_ROMAN = re.compile("(?<![\u3400-\u9fff])(" + "|".join(COMPOUND) + f"|[{SINGLE}])" + r"[ \t](?=[A-Z])")
# every name holds a romanised surname, a whole word (a maximal run of letters), capitalised or
# in capitals: a text without one of these words has no romanised name
_SURNAME_WORDS = frozenset(ROMAN_SURNAMES) | frozenset(s.upper() for s in ROMAN_SURNAMES)
_CAPITALISED = re.compile("[A-Z][A-Za-z]*")
# a Latin letter, an optional blank, then a CJK character (``Eric 陳``); a CJK character, a blank,
# then a capital (``司徒 Ka Lok``): the mixed forms need one or the other
_LATIN_THEN_CJK = re.compile("[A-Za-z] ?[" + "".join(sorted(surname_chars())) + "]")
_CJK_THEN_CAPITAL = re.compile("[\u3400-\u9fff][ \t][A-Z]")
_KINDS: dict[str, str] = {}  # words' kinds, read once (a word recurs across records)
_KINDS_MAX = 1 << 16


def _kind(word: str) -> str:
    """``S`` a romanised surname, ``G`` a given-name word, ``E`` an English given name, ``-`` none;
    a word is read only when capitalised or all capitals."""
    kind = _KINDS.get(word)
    if kind is None:
        if len(_KINDS) >= _KINDS_MAX:
            _KINDS.clear()
        kind = _KINDS[word] = _read_kind(word)
    return kind


def _read_kind(word: str) -> str:
    if not word[0].isupper():
        return "-"
    upper = word.isupper()
    if not upper and not word[1:].replace("-", "").replace("'", "").replace("’", "").islower():
        # CamelCase ("McDonald", "iPhone") is no Chinese name; a hyphen's part may be capitalised
        parts = word.split("-")
        if not all(p[:1].isupper() or p.islower() for p in parts) or not all(p[1:].islower() for p in parts):
            return "-"
    title = word.title() if upper else word
    if title in ROMAN_SURNAMES:
        return "S"
    if (title in ENGLISH_GIVEN) or (upper and word in _ENGLISH_GIVEN_UPPER):
        return "E"
    if _GIVEN_WORD.fullmatch(word):
        return "G"
    return "-"


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words separated by one blank, as (start, end, word)."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if current and (m.start() - current[-1][1] != 1 or text[current[-1][1]] not in " \t"):
            runs.append(current)
            current = []
        if word[0].isupper():
            current.append((m.start(), m.end(), word))
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _blocked(words: list[str]) -> list[bool]:
    """Which words of a run belong to a look-alike place or brand."""
    lowered = [w.lower().replace("’", "'") for w in words]
    blocked = [False] * len(words)
    for i, first in enumerate(lowered):
        for phrase in _LOOKALIKE_BY_FIRST.get(first, ()):
            n = len(phrase)
            if tuple(lowered[i : i + n]) == phrase:
                for k in range(i, i + n):
                    blocked[k] = True
    return blocked


def _surname_at(words: list[str], kinds: str, i: int) -> int:
    """Words a surname takes at ``i`` (two for "Au Yeung"), or 0."""
    if i + 1 < len(words) and f"{words[i].title()} {words[i + 1].title()}" in CANTONESE_COMPOUND:
        return 2
    return 1 if kinds[i] == "S" or words[i].title() in CANTONESE_COMPOUND else 0


def _given_run(kinds: str, words: list[str], i: int, most: int = 2) -> int:
    """Given-name words from ``i`` (surnames read as syllables too: ``Tse Mei Ling``, ``Wai Man``)."""
    n = 0
    while n < most and i + n < len(kinds) and kinds[i + n] in "GS" and "'" not in words[i + n]:
        # an all-capital word after a capitalised one is an acronym ("Kwok Chi-wai PIPIA")
        if words[i + n].isupper() and i + n > 0 and not words[i + n - 1].isupper():
            break
        n += 1
    return n


def _match(words: list[str], kinds: str, i: int) -> int:
    """Words of the name starting at word ``i``, or 0."""
    if kinds[i] == "E":
        s = _surname_at(words, kinds, i + 1) if i + 1 < len(words) else 0
        if s:
            return 1 + s + _given_run(kinds, words, i + 1 + s)
        return 0
    s = _surname_at(words, kinds, i)
    if s:
        g = _given_run(kinds, words, i + s)
        if g:
            return s + g
    # given name first: hyphenated ("Ka-ming Wong") or not a surname itself ("Zixuan Huang")
    g = 0
    while g < 2 and i + g < len(kinds) and kinds[i + g] == "G":
        g += 1
    clear = g and ("-" in words[i] or g == 2 or len(words[i]) > 4)
    if clear and i + g < len(kinds) and _surname_at(words, kinds, i + g):
        return g + _surname_at(words, kinds, i + g)
    return 0


def _next_word(text: str, end: int) -> str:
    m = _WORD.match(text, end + 1) if end < len(text) and text[end] in " \t" else None
    return m.group().lower() if m else ""


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[ \t]$", text[max(0, start - 12) : start])
    return m.group(1).lower() if m else ""


def scan_roman_names(text: str) -> list[Finding]:
    """PERSON findings of romanised names (and mixed ``Eric 陳`` / ``司徒 Ka Lok``) in ``text``."""
    out: list[Finding] = []
    if not _CAPITAL.search(text) or _SURNAME_WORDS.isdisjoint(_CAPITALISED.findall(text)):
        return _mixed(text)
    for run in _runs(text):
        words = [w for _s, _e, w in run]
        kinds = "".join(_kind(w) for w in words)
        if "S" not in kinds:  # every form of name holds a surname
            continue
        blocked = _blocked(words)
        i = 0
        while i < len(words):
            n = _match(words, kinds, i) if not blocked[i] else 0
            if n and not any(blocked[i : i + n]):
                start, end = run[i][0], run[i + n - 1][1]
                if _next_word(text, end) not in _PLACE_AFTER and _prev_word(text, start) not in _PLACE_BEFORE:
                    out.append(Finding("PERSON", start, end, 0.8, RECOGNIZER))
                i += n
            else:
                i += 1
    out.extend(_mixed(text))
    return out


_ZH_SURNAME_CHARS = frozenset(SINGLE)


def _mixed(text: str) -> list[Finding]:
    """``Eric 陳`` (an English given name, then a Chinese surname) and ``司徒 Ka Lok``."""
    out: list[Finding] = []
    latin_first = _LATIN_THEN_CJK.search(text) is not None
    if not latin_first and not _CJK_THEN_CAPITAL.search(text):
        return out
    s = fold_t2s(text)
    for m in _WORD.finditer(text) if latin_first else ():
        word = m.group()
        if word in ENGLISH_GIVEN:
            k = m.end() + (1 if text[m.end() : m.end() + 1] == " " else 0)
            if k < len(s) and s[k] in _ZH_SURNAME_CHARS:
                nxt = s[k + 1 : k + 2]
                # the surname alone (a Chinese given name after it is the Chinese scanner's)
                if not nxt or not ("\u3400" <= nxt <= "\u9fff") or nxt in "生先女小嘅的交俾付转还":
                    out.append(Finding("PERSON", m.start(), k + 1, 0.8, RECOGNIZER))
    for m in _ZH_SURNAME_THEN_ROMAN.finditer(s):
        words: list[re.Match[str]] = []
        pos = m.end()
        while len(words) < 2:
            w = _WORD.match(text, pos)
            if not w or _kind(w.group()) not in "GS":
                break
            words.append(w)
            pos = w.end() + 1
            if text[w.end() : w.end() + 1] != " ":
                break
        if words:
            out.append(Finding("PERSON", m.start(), words[-1].end(), 0.8, RECOGNIZER))
    return out


# -- given names and nicknames alone ------------------------------------------------------------------
GIVEN_RECOGNIZER = "gc_roman_given_name"
GIVEN_SCORE = 0.75
# Cantonese nickname: Ah and a romanised syllable (Ah Keung, Ah-Ming)
_AH_NICKNAME = re.compile(r"(?<![A-Za-z])Ah[ -]([A-Z][a-z]+)(?![A-Za-z'’-])")
# a given name alone after a salutation or a role word: an English given name, or a hyphenated
# romanised one (Ka-ming)
_GIVEN_AFTER = re.compile(
    r"(?<![A-Za-z])(?i:hi|hello|dear|thanks|thank you|thx|cc|attn|payee|beneficiary|account holder|"
    r"cardholder|holder|customer|client|tenant|landlord)[,:]?[ \t]+"
    r"([A-Z][a-z]+(?:-[a-z]+)?)(?![A-Za-z'’-])"
)
# an English (or romanised) given name with a Cantonese suffix: May姐, Ken仔
_GIVEN_SUFFIX = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,7})[姐仔哥]")
_NOT_GIVEN = frozenset("The This That There Sir Madam Team All Everyone Customer Client".split())


def scan_roman_given_names(text: str) -> list[Finding]:
    """PERSON findings of a romanised or English given name alone: ``Ah Keung``, ``thanks
    Tiffany``, ``payee: Ka-ming``, ``May姐``."""
    out: list[Finding] = []
    for m in _AH_NICKNAME.finditer(text) if "Ah" in text else ():
        if _kind(m.group(1)) in "GS":
            out.append(Finding("PERSON", m.start(), m.end(), GIVEN_SCORE, GIVEN_RECOGNIZER))
    for m in _GIVEN_AFTER.finditer(text):
        word = m.group(1)
        if word in _NOT_GIVEN or _next_word(text, m.end(1)) in _PLACE_AFTER:
            continue
        if word in ENGLISH_GIVEN or ("-" in word and _kind(word) == "G"):
            out.append(Finding("PERSON", m.start(1), m.end(1), GIVEN_SCORE, GIVEN_RECOGNIZER))
    suffixed = "姐" in text or "仔" in text or "哥" in text
    for m in _GIVEN_SUFFIX.finditer(text) if suffixed else ():
        if m.group(1) not in _NOT_GIVEN:
            out.append(Finding("PERSON", m.start(), m.end(), GIVEN_SCORE, GIVEN_RECOGNIZER))
    return out
