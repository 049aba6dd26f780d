"""Build tests/corpus/memos.jsonl from the hand-written sources in tests/corpus/src/ (or another
corpus, such as holdout.jsonl, blind.jsonl or field.jsonl, from its own sources with --src and --out).

The memo texts are written by hand in src/*.txt.  This script only
  * turns the inline labels into character offsets,
  * fills in check characters where the source wrote a placeholder, and
  * checks every labelled value (check digits, phone validity) before writing.

Source format, one memo per line::

    kind | text with ⟦TYPE:value⟧ labels and ⟪TYPE:value⟫ near misses

Lines that are empty or start with ``#`` are ignored.  TYPE is one of the short
codes in ``SHORT``.  In values of checked types a ``?`` stands for the correct
check character(s) and a ``!`` for a deliberately wrong one (near misses):

    ⟦RIC:44030519900101123?⟧  ⟦HKID:A123456(?)⟧  ⟦CC:4012 8888 8888 188?⟧
    ⟦IBAN:GB?? NWBK 6016 1331 9268 19⟧  ⟦USCC:91440300MA5F12345?⟧
    ⟪RIC:44030519900101123!⟫

Full-width digits (１２３) are allowed; a computed check digit is written in
full width if the digit before it is full width.

Usage::

    python tests/corpus/make_ids.py          # rebuild memos.jsonl, print stats
    python tests/corpus/make_ids.py --readme # also refresh the stats in README.md
    python tests/corpus/make_ids.py --src tests/corpus/holdout/src --out tests/corpus/holdout.jsonl --readme
                                             # the held-out corpus (its own stats block in README.md)
    python tests/corpus/make_ids.py --src tests/corpus/blind/src --out tests/corpus/blind.jsonl --readme
                                             # the blind corpus, the judge (its own stats block too)
    python tests/corpus/make_ids.py --src tests/corpus/field/src --out tests/corpus/field.jsonl --readme
                                             # the field corpus, a development set (its own stats block)

``--readme`` rewrites the block between ``<!-- stats:begin -->`` and ``<!-- stats:end -->`` for
memos.jsonl, and between ``<!-- stats NAME:begin -->`` and ``<!-- stats NAME:end -->`` for any
other output file NAME.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import unicodedata
from pathlib import Path

import phonenumbers
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.cn import ric as std_ric
from stdnum.cn import uscc as std_uscc

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "memos.jsonl"
README = HERE / "README.md"

SHORT = {
    "P": "PERSON",
    "E": "EMAIL_ADDRESS",
    "T": "PHONE_NUMBER",
    "CC": "CREDIT_CARD",
    "IP": "IP_ADDRESS",
    "IBAN": "IBAN_CODE",
    "RIC": "CN_RESIDENT_ID",
    "HKID": "HK_ID",
    "MO": "MO_ID",
    "HRP": "CN_HOME_RETURN_PERMIT",
    "EEP": "CN_EXIT_ENTRY_PERMIT",
    "PP": "CN_PASSPORT",
    "USCC": "CN_USCC",
    "CNBA": "CN_BANK_ACCOUNT",
    "HKBA": "HK_BANK_ACCOUNT",
    "SEC": "AUTH_SECRET",
}
TYPES = sorted(set(SHORT.values()))
CHECKED = {"CN_RESIDENT_ID", "HK_ID", "CN_USCC", "CREDIT_CARD", "IBAN_CODE"}
FILES = [("en.txt", "en"), ("zh_hans.txt", "zh-Hans"), ("zh_hant.txt", "zh-Hant"), ("mixed.txt", "mixed")]
PREFIX = {"en": "en", "zh-Hans": "hans", "zh-Hant": "hant", "mixed": "mix"}
LABEL_RE = re.compile(r"⟦([A-Z]+):([^⟧]+)⟧|⟪([A-Z]+):([^⟫]+)⟫")

RIC_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
RIC_CHARS = "10X98765432"
HMT_PREFIXES = ("810000", "820000", "830000")
HK_BANK_CODES = {"003", "004", "009", "012", "015", "016", "020", "024", "025", "027", "028", "035", "038"}
HK_BANK_CODES |= {"039", "040", "041", "043", "061", "072", "128", "250", "382", "387", "388", "389", "390"}
HK_BANK_CODES |= {"391", "392", "393", "395"}


def norm(s: str) -> str:
    """NFKC (full-width digits to ASCII) and drop spaces / hyphens."""
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", s))


def ric_check(body17: str) -> str:
    return RIC_CHARS[sum(int(c) * w for c, w in zip(body17, RIC_WEIGHTS, strict=True)) % 11]


def hkid_check(prefix: str, digits6: str) -> str:
    vals = ([36] if len(prefix) == 1 else []) + [ord(c) - 55 for c in prefix] + [int(d) for d in digits6]
    r = (11 - sum(v * w for v, w in zip(vals, [9, 8, 7, 6, 5, 4, 3, 2], strict=True)) % 11) % 11
    return "A" if r == 10 else str(r)


def ric_ok(value: str) -> bool:
    s = norm(value).upper()
    if s.startswith(HMT_PREFIXES):
        if not re.fullmatch(r"\d{17}[0-9X]", s):
            return False
        try:
            std_ric.get_birth_date(s)
        except Exception:
            return False
        return ric_check(s[:17]) == s[17]
    return std_ric.is_valid(s)


def hkid_ok(value: str) -> bool:
    m = re.fullmatch(r"([A-Z]{1,2})(\d{6})\s?(?:\(([0-9A])\)|([0-9A]))", unicodedata.normalize("NFKC", value).strip())
    return bool(m) and hkid_check(m.group(1), m.group(2)) == (m.group(3) or m.group(4))


def check_ok(typ: str, value: str) -> bool:
    """True if the identifier's check character is right (for CHECKED types)."""
    s = norm(value)
    if typ == "CN_RESIDENT_ID":
        return ric_ok(value)
    if typ == "HK_ID":
        return hkid_ok(value)
    if typ == "CN_USCC":
        return std_uscc.is_valid(s)
    if typ == "CREDIT_CARD":  # people group a card with dots or slashes too (4111.1111.1111.1111)
        s = s.replace(".", "").replace("/", "")
        return s.isdigit() and 13 <= len(s) <= 19 and luhn.is_valid(s)
    if typ == "IBAN_CODE":
        return std_iban.is_valid(s)
    raise ValueError(typ)


def phone_ok(value: str) -> bool:
    for region in ("CN", "HK", "MO"):
        try:
            n = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


def _wrong(alphabet: str, right: str) -> str:
    digits = [c for c in alphabet if c.isdigit()]
    pool = digits if right.isdigit() or right in "XA" else alphabet
    i = pool.index(right) if right in pool else 0
    return pool[(i + 3) % len(pool)]


def _fw(ch: str, like: str) -> str:
    """Write ch in full width if `like` is a full-width character."""
    if like and unicodedata.east_asian_width(like) == "F" and ch.isascii():
        return chr(ord(ch) + 0xFEE0)
    return ch


def fill(short: str, value: str) -> str:
    """Replace a ? / ! placeholder in value by the right / a wrong check character."""
    if short == "IBAN":
        if "??" in value or "!!" in value:
            wrong = "!!" in value
            compact = norm(value.replace("??", "00").replace("!!", "00"))
            cd = std_iban.calc_check_digits(compact)
            if wrong:
                cd = f"{(int(cd) + 11) % 97 or 42:02d}"
            return value.replace("!!" if wrong else "??", cd)
        return value
    if short not in ("RIC", "HKID", "USCC", "CC") or ("?" not in value and "!" not in value):
        return value
    wrong = "!" in value
    ph = "!" if wrong else "?"
    idx = value.index(ph)
    before = norm(value[:idx])
    prev = value[idx - 1] if idx else ""
    if short == "RIC":
        right, alphabet = ric_check(before[-17:]), RIC_CHARS
    elif short == "HKID":
        m = re.search(r"([A-Z]{1,2})(\d{6})\(?$", before)
        assert m, value
        right, alphabet = hkid_check(m.group(1), m.group(2)), "0123456789A"
    elif short == "USCC":
        right, alphabet = std_uscc.calc_check_digit(before[-17:]), std_uscc._alphabet
    elif short == "CC":
        right, alphabet = luhn.calc_check_digit(before.replace(".", "").replace("/", "")), "0123456789"
    else:
        raise ValueError(f"no check digit for {short}: {value}")
    if prev == "(":
        prev = value[idx - 2]
    ch = _wrong(alphabet, right) if wrong else right
    return value[:idx] + _fw(ch, prev) + value[idx + 1 :]


def parse_line(line: str, where: str) -> tuple[str, str, list[dict], list[dict]]:
    kind, _, body = line.partition(" | ")
    kind = kind.strip()
    assert body, f"{where}: no ' | ' separator"
    text, spans, near = [], [], []
    pos = 0
    last = 0
    for m in LABEL_RE.finditer(body):
        chunk = body[last : m.start()]
        text.append(chunk)
        pos += len(chunk)
        short = m.group(1) or m.group(3)
        assert short in SHORT, f"{where}: unknown type {short}"
        typ = SHORT[short]
        value = fill(short, m.group(2) or m.group(4))
        if m.group(1):
            if typ in CHECKED:
                assert check_ok(typ, value), f"{where}: bad check digit {value!r}"
            if typ == "PHONE_NUMBER":
                assert phone_ok(value), f"{where}: invalid phone {value!r}"
            spans.append({"start": pos, "end": pos + len(value), "type": typ, "text": value})
        else:
            assert typ in CHECKED, f"{where}: near miss of unchecked type {typ}"
            assert not check_ok(typ, value), f"{where}: near miss {value!r} is valid"
            near.append({"start": pos, "end": pos + len(value), "text": value, "type": typ, "why": "wrong check digit"})
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(body[last:])
    full = "".join(text)
    assert "⟦" not in full and "⟪" not in full and "⟧" not in full, f"{where}: unbalanced label"
    return kind, full, spans, near


def build(src: Path = SRC) -> list[dict]:
    records = []
    for fname, lang in FILES:
        path = src / fname
        if not path.exists():
            continue
        n = 0
        for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            n += 1
            kind, text, spans, near = parse_line(line, f"{fname}:{lineno}")
            records.append(
                {
                    "id": f"{PREFIX[lang]}-{n:03d}",
                    "lang": lang,
                    "kind": kind,
                    "text": text,
                    "spans": spans,
                    "near_misses": near,
                }
            )
    return records


def stats(records: list[dict]) -> str:
    langs = [lang for _, lang in FILES]
    by = collections.Counter()
    for r in records:
        by[("records", r["lang"])] += 1
        for s in r["spans"]:
            by[(s["type"], r["lang"])] += 1
        for s in r["near_misses"]:
            by[("near miss: " + s["type"], r["lang"])] += 1
    kinds = collections.Counter(r["kind"] for r in records)
    rows = ["records", *TYPES, *sorted({k[0] for k in by if k[0].startswith("near miss")})]
    out = ["| | " + " | ".join(langs) + " | total |", "|---" * (len(langs) + 2) + "|"]
    for row in rows:
        cells = [by[(row, lang)] for lang in langs]
        out.append(f"| {row} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    out.append("")
    out.append("Memo kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) + ".")
    return "\n".join(out)


def stats_markers(out: Path) -> tuple[str, str]:
    """The README comments around the stats block of ``out``."""
    tag = "stats" if out.name == OUT.name else f"stats {out.name}"
    return f"<!-- {tag}:begin -->", f"<!-- {tag}:end -->"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build a corpus .jsonl from hand-written sources.")
    parser.add_argument("--src", type=Path, default=SRC, help="folder of en.txt, zh_hans.txt, zh_hant.txt, mixed.txt")
    parser.add_argument("--out", type=Path, default=OUT, help="the .jsonl to write")
    parser.add_argument("--readme", action="store_true", help="refresh this corpus's stats block in README.md")
    args = parser.parse_args(argv)
    records = build(args.src)
    if not records:
        sys.exit(f"no memos under {args.src}")
    with args.out.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    table = stats(records)
    print(table)
    if args.readme and README.exists():
        txt = README.read_text(encoding="utf-8")
        start, end = stats_markers(args.out)
        a, b = txt.index(start) + len(start), txt.index(end)
        README.write_text(txt[:a] + "\n" + table + "\n" + txt[b:], encoding="utf-8")


if __name__ == "__main__":
    main()
