"""Builds ``streams/detect/roman_names_data.py``, the given names and surnames written in Latin
letters that the romanised-name scanner reads besides its Chinese ones, from an installed package
(dev extra): Faker's person providers (MIT licence, Copyright (c) 2012 Daniele Faraglia), whose
per-locale lists hold the common given names and surnames of English-speaking, European, South and
South-East Asian, African and Latin American countries. Nothing is downloaded; the generated module
is committed, so the core needs no Faker at run time.

A name is kept in its ASCII form (accents dropped: ``José`` is written ``Jose`` in a memo as often
as not), when it is one capitalised word (or two joined by a hyphen or an apostrophe) of at least
three letters. Words that a capital at a sentence's start makes look like names are dropped: the
common English words of Faker's own en_US word list, months and weekdays, and the payment,
banking and place words of :data:`NOT_NAMES`.

``python -m agents.local.build_roman_names`` rewrites the module; a unit test checks it is current
against the installed package when it is installed.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "streams" / "detect" / "roman_names_data.py"
# locales whose person lists are written in Latin letters (hi_IN and the like are in their own
# scripts; en_IN, en_PK, ta_IN and ne_NP carry South Asian names in Latin letters)
LOCALES = (
    "en en_US en_GB en_IE en_NZ en_IN en_PK en_KE en_NG ig_NG yo_NG ha_NG tw_GH sw zu_ZA ta_IN ne_NP id_ID "
    "it_IT de_DE de_AT fr_FR fr_CA es_ES es_MX pt_BR pt_PT nl_NL sv_SE da_DK no_NO fi_FI pl_PL cs_CZ sk_SK "
    "hu_HU ro_RO hr_HR sl_SI tr_TR"
).split()
# words of memos, payments, banks and places that some locale's list also holds as a name (Cash,
# Branch, Royal, Chase, Victoria, Jordan): at a sentence's start they look like names
NOT_NAMES = frozenset(
    (
        "cash branch royal chase sterling victoria jordan china london paris sydney golden silver diamond crystal "
        "star sky lucky noble phoenix king queen prince princess lady lord master holder merchant date swift "
        "park hill moon grace mark rose joy faith sunny jade garden bank card pay payment transfer refund order "
        "account client customer fee rent salary deposit wire note ticket status pending done urgent hold check "
        "cheque amount total visa union team support agent tower central harbour ocean bay express global first "
        "direct online mobile wallet prime plus premier grand dragon tiger lion sun summer winter autumn spring "
        "christmas easter april may june july august january february march september october november december "
        "monday tuesday wednesday thursday friday saturday sunday kyc aml fps iban hkd rmb usd cny ref invoice "
        "receipt dear hello thanks thank regards best kind please urgent sent received paid memo remark "
        "america american british english french german italian spanish indian asia europe africa "
        "kowloon island territories macau macao taipa coloane shenzhen guangzhou beijing shanghai canton "
        "standard federal national international general city town village county state street road lane "
        "chapel church temple mission faith hope charity liberty justice honor honour glory major minor "
        "baby sister brother son daughter father mother uncle aunt friend doctor lawyer author "
        "red green blue white black brown gray grey pink orange violet ruby amber pearl coral ivory "
        "art ball bill carry case chance early else ever floor gun guy job less line little long lot media "
        "over page peace per price reason rich rock side sing true west north south east young will can"
    ).split()
)
_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?")


def ascii_form(name: str) -> str:
    """``name`` without its accents (``José`` -> ``Jose``)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _lists() -> tuple[set[str], set[str]]:
    given: set[str] = set()
    surnames: set[str] = set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, value in vars(provider).items():
            if not isinstance(value, list | tuple | dict):
                continue
            if attr.startswith("first_names"):
                target = given
            elif attr.startswith("last_names") or attr.endswith("_last_names"):
                target = surnames
            else:
                continue
            for name in value:
                form = ascii_form(str(name))
                if len(form) >= 3 and _NAME.fullmatch(form):
                    target.add(form)
    # Japanese names in their Hepburn romanisation (ja_JP writes the others in kanji and kana)
    japanese = importlib.import_module("faker.providers.person.ja_JP").Provider
    given.update(n for n in japanese.first_romanized_names if len(n) >= 3)
    surnames.update(n for n in japanese.last_romanized_names if len(n) >= 3)
    return given, surnames


def build() -> str:
    from faker.providers.lorem.en_US import Provider as Lorem

    common = {w.lower() for w in Lorem.word_list} | NOT_NAMES
    given, surnames = _lists()
    given = {g for g in given if g.lower() not in common}
    surnames = {s for s in surnames if s.lower() not in common}
    lines = [
        "# ruff: noqa: E501",
        '"""Generated by ``python -m agents.local.build_roman_names`` from Faker\'s person providers (MIT',
        "licence, Copyright (c) 2012 Daniele Faraglia): do not edit by hand.",
        "",
        "GIVEN: given names written in Latin letters, ASCII forms, common English words left out.",
        "SURNAMES: surnames, the same way.",
        "COMMON: the common English words left out (Faker's en_US word list and the payment words), in",
        'lower case: a capitalised one is no surname on no list (Karen Customer, Arjun Said)."""',
        "",
        "# fmt: off",
        "GIVEN_TEXT = (",
    ]
    for name, values in (("GIVEN_TEXT", given), ("SURNAMES_TEXT", surnames), ("COMMON_TEXT", common)):
        if name != "GIVEN_TEXT":
            lines += [")", f"{name} = ("]
        ordered = sorted(values)
        for i in range(0, len(ordered), 16):
            lines.append(f'    "{" ".join(ordered[i : i + 16])} "')
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


def main() -> int:
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
