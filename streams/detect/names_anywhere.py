"""Names found without a title or a context word: Chinese (``zh_names``) and romanised
(``roman_names``), one call per text for the detector.

No memory of texts read: the sanitizer's verify already remembers clean values, and on the bench's
records a per-text memory of short texts found 2 repeats in 4,637 reads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.detect.findings import Finding, coverage
from streams.detect.names import EN_TITLE, judge_title
from streams.detect.roman_names import (
    COMMON_WORDS,
    is_name_part,
    is_name_word,
    place_or_business,
    repeated_name_words,
    scan_roman_given_names,
    scan_roman_names,
)
from streams.detect.zh_names import (
    fold_t2s,
    listed_rows,
    mentioned_again,
    mixed_lists,
    scan_zh_given_names,
    scan_zh_names,
)

# every name either scanner finds holds a CJK character, a capital followed by a small letter, two
# words in capitals (CHAN TAI MAN), or a title in lower case (mr wong): a text without one (codes such as
# ``cross_border_payment``, ``2026-01``, ``m-772339``, ``CN_MAINLAND``, ``UNIONPAY``) is not read
# (the alternatives ``[\u3400-\u9fff]|[A-Z][a-z]|[A-Z]{2}[ \t]+[A-Z]``, written to start with one
# character class: ``re`` then skips to a CJK character or a capital, where it tried all three
# alternatives at every place; the same matches, tests/unit/test_names_speed.py)
# A text in lower case may hold a surname after a title in lower case (mr fernandes, mdm wong): a d
# or an m that starts a word, then r, rs, s, dm or iss (a superset of mr, mrs, ms, mdm, dr, miss),
# a dot, blanks and a letter
# A casual text in lower case may hold a given name after ah, a salutation or an interjection (hey its
# ah keung, thx kelvin, wah kelvin: roman_names._LOWER_CUED): ah, hi, hey, thx, thanks, wah or dear
# that starts a word, a blank or a comma, and a letter
MAY_NAME = re.compile(
    "[\u3400-\u9fffA-Zdmahtw](?:(?<=[\u3400-\u9fff])|(?<=[A-Z])(?:[a-z]|[A-Z][ \t]+[A-Z])"
    "|(?<=[dm])(?<![A-Za-z][dm])(?:rs?|s|dm|iss)\\.?[ \t]+[a-z]"
    "|(?<=a)(?<![A-Za-z]a)h[ ,]{1,2}[a-z]"
    "|(?<=h)(?<![A-Za-z]h)(?:i|ey)[ ,]{1,2}[a-z]"
    "|(?<=t)(?<![A-Za-z]t)(?:hx|hanks)[ ,]{1,2}[a-z]"
    "|(?<=w)(?<![A-Za-z]w)ah[ ,]{1,2}[a-z]"
    "|(?<=d)(?<![A-Za-z]d)ear[ ,]{1,2}[a-z])"
)
MAY_NAME_REFERENCE = re.compile(
    "[\u3400-\u9fff]|[A-Z][a-z]|[A-Z]{2}[ \t]+[A-Z]|(?<![A-Za-z])[dm](?:rs?|s|dm|iss)\\.?[ \t]+[a-z]"
    "|(?<![A-Za-z])(?:ah|hi|hey|thx|thanks|wah|dear)[ ,]{1,2}[a-z]"
)
_CJK = re.compile("[\u3400-\u9fff]")
# a title's first letters, blanks and a capital: every EN_TITLE match holds one (0.9 us a text on the
# bench's memos and the development sets, where EN_TITLE's own search took 3.2; 7% of them pass)
_TITLE_GATE = re.compile(
    "(?:M[rsdia]|Dr|Prof|Off|Insp|Serg|Sgt|Const|Herr|Frau|Encik|Puan|Senh|Mons|Mme|Mlle)[a-z]*\\.?\\s+[A-Z]"
)
_LATIN = re.compile("[A-Za-z]")


def _joined(found: list[Finding]) -> list[Finding]:
    """Findings that overlap, each with a part the other lacks, joined into one over both: the
    detector keeps one of overlapping findings, and two scanners may each see part of one name
    (``Kelly 區`` and ``區嘉雯`` of ``Kelly 區嘉雯``), which would leave the other part in clear.
    The joined finding keeps the higher score and its recognizer."""
    if len(found) < 2:
        return found
    out: list[Finding] = []
    # the findings kept so far that end after the current one's start (the only ones it can
    # overlap: the starts only grow), in their order; the others are dropped for good, so a text
    # of thousands of names is read in linear time, not quadratic
    active: list[int] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        active = [k for k in active if out[k].end > f.start]
        for k in active:
            g = out[k]
            # each holds a part of the name the other lacks: one finding over both. A finding
            # inside another is left to the detector, which keeps the better one
            if g.start < f.start < g.end < f.end:
                best = g if g.score >= f.score else f
                out[k] = best._replace(start=g.start, end=f.end)
                break
        else:
            active.append(len(out))
            out.append(f)
    return out


def scan_names_anywhere(text: str) -> list[Finding]:
    """PERSON findings of both scanners in ``text``, overlapping ones joined (see :func:`_joined`);
    overlaps with other recognizers are the detector's to resolve."""
    first = MAY_NAME.search(text)
    if first is None:
        return []
    return scan_from(text, first)


def scan_from(text: str, first: re.Match[str]) -> list[Finding]:
    """:func:`scan_names_anywhere` of a text whose first :data:`MAY_NAME` match the caller has."""
    # given names alone (阿明, 家輝 after 同, Ah Keung, thanks Tiffany) score lower than full names:
    # where they overlap, the full name wins. The Simplified copy is made once for the three
    # scanners that read Chinese; a text without a CJK character has no Chinese name
    if text.isascii() or (_CJK.match(first.group()) is None and _CJK.search(text, first.end()) is None):
        return _again(text, _joined(scan_roman_names(text, text) + scan_roman_given_names(text)))
    folded = fold_t2s(text)
    if _LATIN.search(text) is None:  # no Latin letter: no romanised or mixed name (Eric 陳)
        return _zh_again(folded, _joined(scan_zh_names(text, folded) + scan_zh_given_names(text, folded)))
    return _zh_again(
        folded,
        _again(
            text,
            _romanised_after(
                text,
                _joined(
                    scan_zh_names(text, folded)
                    + scan_roman_names(text, folded)
                    + scan_zh_given_names(text, folded)
                    + scan_roman_given_names(text)
                ),
            ),
        ),
    )


def scan_batch(texts: Sequence[str], firsts: Sequence[re.Match[str] | None]) -> list[list[Finding]]:
    """:func:`scan_from` of each text whose first :data:`MAY_NAME` match ``firsts`` holds (none for a
    text that holds no name), in four passes over the batch, a scanner a pass: the findings are those
    of :func:`scan_from`, in its order. The Chinese scanners and the romanised ones each read tables of
    their own, and a text at a time went from one to the next and back: on the bench's memos a Chinese
    text's two Chinese scanners cost a third more called in turn than called each over the batch (the
    processor's caches held one's tables, then the other's)."""
    # (index, text, its Simplified copy (the text itself when roman), kind): "roman" (no CJK), "zh" (no
    # Latin letter) or "both"
    todo: list[tuple[int, str, str, str]] = []
    for i, (text, first) in enumerate(zip(texts, firsts, strict=True)):
        if first is None:
            continue
        if text.isascii() or (_CJK.match(first.group()) is None and _CJK.search(text, first.end()) is None):
            todo.append((i, text, text, "roman"))
        else:
            todo.append((i, text, fold_t2s(text), "zh" if _LATIN.search(text) is None else "both"))
    zh = [scan_zh_names(text, folded) if kind != "roman" else [] for _i, text, folded, kind in todo]
    roman = [
        scan_roman_names(text, text if kind == "roman" else folded) if kind != "zh" else []
        for _i, text, folded, kind in todo
    ]
    zh_given = [scan_zh_given_names(text, folded) if kind != "roman" else [] for _i, text, folded, kind in todo]
    roman_given = [scan_roman_given_names(text) if kind != "zh" else [] for _i, text, _folded, kind in todo]
    out: list[list[Finding]] = [[] for _ in texts]
    for k, (i, text, folded, kind) in enumerate(todo):
        joined = _joined(zh[k] + roman[k] + zh_given[k] + roman_given[k])
        if kind == "zh":
            out[i] = _zh_again(folded, joined)
        elif kind == "roman":
            out[i] = _again(text, joined)
        else:
            out[i] = _zh_again(folded, _again(text, _romanised_after(text, joined)))
    return out


# a name's romanised form in brackets right after its Chinese form (热依拉·艾力 (Reyila Aili), 陳大文（CHAN TAI
# MAN）): two to four capitalised words (a hyphen inside one allowed) or words in capitals
_ROMAN_WORD = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,})"
_ROMANISED_AFTER = re.compile(rf"[ \t]?[(（][ \t]?({_ROMAN_WORD}(?:[ \t]{_ROMAN_WORD}){{1,3}})[ \t]?[)）]")


def _romanised_after(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` and the romanised forms in brackets right after its Chinese names (热依拉·艾力 (Reyila
    Aili)), with the finding's score: one word at least a listed given name or surname, every word a
    name's or no common English word, no place's nor business's (陳大文 (Gold Card), (Private Banking))."""
    if "(" not in text and "（" not in text:
        return found
    out = list(found)
    covered = coverage(len(text), ((f.start, f.end) for f in found))
    for f in found:
        if _CJK.match(text, f.end - 1) is None:
            continue
        m = _ROMANISED_AFTER.match(text, f.end)
        if m is None or any(covered[m.start(1) : m.end(1)]):
            continue
        words = m.group(1).split()
        if not any(is_name_part(w) for w in words) or place_or_business(text, m.start(1), m.end(1)):
            continue
        if all(is_name_word(w) or w.lower() not in COMMON_WORDS for w in words):
            out.append(f._replace(start=m.start(1), end=m.end(1)))
    return out


def _zh_again(folded: str, found: list[Finding]) -> list[Finding]:
    """``found`` and the other bare mentions of its Chinese names in the text (``folded``, its
    Simplified copy): :func:`streams.detect.zh_names.mentioned_again`."""
    if not found:
        return found
    found = found + listed_rows(folded, found) + mixed_lists(folded, found)
    return found + mentioned_again(folded, found)


def _again(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` and the other mentions of its romanised names' words (``From: Jimmy Wong ... Thanks!
    Jimmy``): once a word is a name in a text, it is one wherever it stands alone there
    (:func:`streams.detect.roman_names.repeated_name_words`). A surname after a title (``Mr
    Oyelaran``), which the title's scanner reports, counts as a name found here too: a title's
    literal must be in the text, and the name's word twice."""
    titled = _titled(text)
    if not titled and (not found or (len(found) == 1 and found[0].end - found[0].start < 3)):
        return found
    return found + repeated_name_words(text, found, titled)


def _titled(text: str) -> list[Finding]:
    """The names after an English title in ``text`` (:data:`streams.detect.names.EN_TITLE`) whose last
    word the text holds again, judged as the title's scanner judges them."""
    if _TITLE_GATE.search(text) is None:
        return []
    out: list[Finding] = []
    for m in EN_TITLE.finditer(text):
        last = m.group(1).rsplit(None, 1)[-1]
        if text.count(last) > 1 and (f := judge_title(text, m.start(1), m.end(1))) is not None:
            out.append(f)
    return out
