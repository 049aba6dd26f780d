"""PERSON without a model: Chinese names by surname and context, English names by title and context.

Chinese text has no spaces and no capitals, so a Chinese name is taken where a name-introducing
word (客户, 收款人, 持卡人, 户名, ...) or a title (先生, 女士) frames a surname plus one or two
given-name characters. English names are taken after a title (Mr, Ms, Dr) or a role word
(customer, payee, beneficiary, holder) as two or three capitalised words. A spaCy NER model, when
one is installed, adds English names found anywhere (see ``streams.detect.engine``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from streams.detect.findings import Finding
from streams.detect.patterns import field_start, literals
from streams.detect.roman_names import after_street_title, business_word, field_label, is_name_part, place_or_business
from streams.detect.zh_names import context_name_end, fold_t2s, titled_name_ok

SINGLE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "陳黃張劉楊趙吳許韓馮鄧蕭董潘袁蔣葉魏蘇呂盧鍾譚陸賈韋鄒龍賀顧龔錢嚴區麥關鄺岑鄭謝羅文"
)
COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "司徒", "皇甫", "慕容")
# words that end a name when they follow it without punctuation ("客户王伟身份证...")
_STOP_AFTER = (
    "身份|电话|電話|手机|手機|卡号|卡號|账号|帳號|账户|帳戶|邮箱|郵箱|电邮|電郵|护照|護照|证件|證件|通行|回乡|回鄉|"
    "先生|女士|小姐|已|于|於|在|的|和|与|與|及|为|為|是|来|來|转|轉|付|收|请|請|称|稱|说|說|致|电|電|号|號|"
    # verbs and adverbs a subject's name runs into (客户杨帆要求, 王伟也说, 陈静对此)
    "要|想|会|會|也|都|还|還|就|将|將|对|對|被|把|从|從|向|给|給|跟"
)
_GIVEN = rf"(?:(?!{_STOP_AFTER})[\u4e00-\u9fff])"
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + f"|[{SINGLE_SURNAMES}])"
_ZH_CONTEXT_WORDS = (
    "客户",
    "客戶",
    "收款人",
    "付款人",
    "汇款人",
    "匯款人",
    "持卡人",
    "户名",
    "戶名",
    "姓名",
    "联系人",
    "聯絡人",
    "聯繫人",
    "申请人",
    "申請人",
    "受益人",
    "开户人",
    "開戶人",
    "用户",
    "用戶",
    "会员",
    "會員",
    "乘客",
    # the parties of a sale (卖方谭伟业, 買方黃子健): 方 ends no name's context word but theirs
    "买方",
    "買方",
    "卖方",
    "賣方",
    "员工",
    "員工",
    # an expense claim's traveller, a judgment's parties (出差人史方舟, 被告牛建业)
    "出差人",
    "报销人",
    "報銷人",
    "被告人",
    "被告",
    "原告",
    "holder",
    "name",
    "payee",
    "payer",
)
_ZH_CONTEXT = "|".join(_ZH_CONTEXT_WORDS)
_ZH_TITLES = ("先生", "女士", "小姐", "太太")
# the blanks and separators after the context word are possessive: no surname is one of them, so
# giving them back never helps, and a name's stop-word look-ahead failing after a long run would
# otherwise try the name at every place of the run (the native scanner's backtracking limit)
ZH_NAME_AFTER_CONTEXT = re.compile(rf"(?:{_ZH_CONTEXT})[\s:：为為是]*+({_SURNAME}{_GIVEN}{{1,2}})")
ZH_NAME_BEFORE_TITLE = re.compile(rf"(?<![\u4e00-\u9fff])({_SURNAME}{_GIVEN}{{0,2}}?)(?:先生|女士|小姐|太太)")

_CAP = r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
# titles and forms of address, and ranks a caller or a scammer gives (Officer Chan, Inspector Lee);
# German, Malay, Portuguese and French ones of partner banks' and customers' letters (Herr Becker,
# Encik Farid, Senhor Lopes, Monsieur Martin)
EN_TITLE = re.compile(
    rf"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Dr|Madam|Mdm|Prof|Professor|Officer|Inspector|Sergeant|Sgt|Constable"
    rf"|Herr|Frau|Encik|Puan|Senhor|Senhora|Monsieur|Mme|Mlle)"
    rf"\.?\s+({_CAP}(?:\s+{_CAP}){{0,3}})"
)
_EN_TITLE_WORDS = (
    *("mr", "ms", "miss", "dr", "madam", "mdm", "prof", "officer", "inspector", "sergeant", "sgt"),
    *("herr", "frau", "encik", "puan", "senhor", "monsieur", "mme", "mlle"),
)
_TITLE_WORDS = frozenset(
    (
        "mr mrs ms miss dr madam mdm prof professor officer inspector sergeant sgt constable herr frau encik puan "
        "senhor senhora monsieur mme mlle"
    ).split()
)
# two or three capitalised words; the role word before them is checked afterwards (cheaper than
# an alternation of role words tried at every position)
EN_CAPITALISED = re.compile(rf"(?<![A-Za-z])({_CAP}(?:[ \t]+{_CAP}){{1,3}})")
_EN_ROLE_WORDS = frozenset(
    (
        "customer client payee payer beneficiary remitter holder cardholder name to from attn contact "
        # the parties of a sale or a transfer between people (Buyer Faith Ogunleye, Sender Ada Obi)
        "buyer seller sender recipient"
    ).split()
)
EN_ROLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:customer|client|payee|payer|beneficiary|remitter|holder|cardholder|account name|name|to|"
    r"from|attn|signed by|contact|buyer|seller|sender|recipient)[\s:：]+$",
    re.IGNORECASE,
)
# a capitalised pair counts after a role word only when one of its words is a known name part
KNOWN_NAME_PARTS = frozenset(
    (
        "Chan Wong Lee Cheung Lau Ng Leung Ho Tsang Lam Yeung Chow Tang Li Zhang Wang Liu Chen Yang "
        "Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Luo Gao Liang Zheng Xie Tse Yip Fung Kwok Mak Chu "
        "Siu Lo Tam Au Yu Smith Taylor Brown Jones Williams Johnson Davies Evans Wilson Thomas Roberts "
        "Walker White Green Hall Wing Ming Chi Wai Mei Ling Ka Kin Man Hoi Siu Yan Fai Kwan Hung Peter "
        "Mary John Grace Kelvin Winnie Ivy Jason Karen Alan Cheryl Eric Fiona Raymond Tiffany Vincent "
        "Joyce Derek David Michael Sarah Emily James Daniel Jessica Kevin Michelle Tony Annie Ben Carmen "
        "Edmond Gloria Henry Irene Ken Louis Oscar Queenie"
    ).split()
)


# one search each, instead of a test per word: does the text hold any context word or title at all
_ZH_CONTEXT_GATE = literals(_ZH_CONTEXT_WORDS)
_ZH_TITLE_GATE = literals(_ZH_TITLES)
_EN_TITLE_GATE = literals(_EN_TITLE_WORDS)


def scan_names(text: str, lower: str | None = None, starts: Sequence[int] = ()) -> list[Finding]:
    """PERSON findings from context and titles (no model); ``starts`` as in ``Recognizer.scan``."""
    out: list[Finding] = []
    lowered = lower if lower is not None else text.lower()
    if _ZH_CONTEXT_GATE.search(lowered):
        for m in ZH_NAME_AFTER_CONTEXT.finditer(text):
            found = judge_zh_context(text, m.start(1), m.end(1))
            if found is not None:
                out.append(found)
    if _ZH_TITLE_GATE.search(text):
        for m in ZH_NAME_BEFORE_TITLE.finditer(text):
            found = judge_zh_title(text, m.start(1), m.end(1))
            if found is not None:
                out.append(found)
    if _EN_TITLE_GATE.search(lowered):
        for m in EN_TITLE.finditer(text):
            titled = judge_title(text, m.start(1), m.end(1))
            if titled is not None:
                out.append(titled)
    for m in EN_CAPITALISED.finditer(text):
        found = judge_capitalised(text, m.start(1), m.end(1), starts)
        if found is not None:
            out.append(found)
    return out


# a possessive, then a word and up to two capitalised words (Mr Chan's Chinese Kitchen)
_POSSESSIVE = re.compile(r"['’]s[ \t]+([A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]*){0,2})")


def judge_title(text: str, start: int, end: int) -> Finding | None:
    """The name after a title at ``text[start:end]``, unless the title and the name are a shop's or
    a firm's (``Mr Wong's Kitchen``, ``Dr Chan's Clinic``: a possessive, then a capitalised word
    naming a business or a place) or the name runs into one (``Dr Sun Yat Sen Road``)."""
    m = _POSSESSIVE.match(text, end)
    # capitalised: a shop's name (Mr Wong's Kitchen), not a person's things (Mr Wong's bank account)
    if m is not None and m.group(1)[0].isupper() and any(business_word(w) for w in m.group(1).split()):
        return None
    if place_or_business(text, start, end, capital_next=True):
        return None
    # a street named after the titled person (Avenida do Dr. Rodrigo Rodrigues)
    if after_street_title(text, start):
        return None
    return Finding("PERSON", start, end, 0.85, "gc_en_name_title")


def judge_name(recognizer: str, text: str, start: int, end: int) -> Finding | None:
    """The finding of the name pattern ``recognizer`` (one of :data:`NAME_PATTERNS`) matched at
    ``text[start:end]``, for a scanner that finds the matches elsewhere: titles and capitalised
    runs are judged here, as :func:`scan_names` judges them."""
    if recognizer == "gc_en_name_title":
        return judge_title(text, start, end)
    if recognizer == "gc_en_name_context":
        return judge_capitalised(text, start, end)
    if recognizer == "gc_zh_name_context":
        return judge_zh_context(text, start, end)
    if recognizer == "gc_zh_name_title":
        return judge_zh_title(text, start, end)
    return Finding("PERSON", start, end, 0.85, recognizer)


# what the Chinese scanner's checks read around a name: a character before it, and words, trades
# and a title after it (the longest trade, 会计师行, after one more character)
_BEFORE, _AFTER = 4, 8


def _folded_window(text: str, start: int, end: int) -> tuple[str, int]:
    """The Simplified copy (:func:`fold_t2s`, one character for one) of the part of ``text`` the
    Chinese scanner's checks read around ``text[start:end]``, and where that part starts: a copy of
    the whole text for each name would make a text of many names quadratic."""
    a = max(0, start - _BEFORE)
    return fold_t2s(text[a : end + _AFTER]), a


def judge_zh_context(text: str, start: int, end: int) -> Finding | None:
    """The Chinese name after a context word at ``text[start:end]``, as the Chinese scanner's checks
    leave it (:func:`streams.detect.zh_names.context_name_end`): a look-alike (何文田, 张贴, 金卡)
    or a word (关系) is none, and the name ends before a word it runs into (林晓 | 反馈)."""
    s, a = _folded_window(text, start, end)
    cut = context_name_end(s, start - a, end - a)
    if cut is None:
        return None
    return Finding("PERSON", start, a + cut, 0.85, "gc_zh_name_context")


def judge_zh_title(text: str, start: int, end: int) -> Finding | None:
    """The Chinese name before a title at ``text[start:end]``, unless a shop is named so (李先生 |
    牛肉面) or a look-alike starts there (:func:`streams.detect.zh_names.titled_name_ok`)."""
    s, a = _folded_window(text, start, end)
    if not titled_name_ok(s, start - a, end - a):
        return None
    return Finding("PERSON", start, end, 0.85, "gc_zh_name_title")


def judge_capitalised(text: str, start: int, end: int, starts: Sequence[int] = ()) -> Finding | None:
    """A run of capitalised words at ``text[start:end]`` is a name after a role word, when one of
    its words is a known name part: listed here, or a given name or surname of the romanised
    scanner's lists (Chinese, Vietnamese, English and other languages'), and the run is no place or
    business."""
    name = text[start:end]
    first = name.split(None, 1)[0]
    if first.lower() in _EN_ROLE_WORDS:  # "Customer Tiffany Tsang": the role word leads the run
        rest = name[len(first) :].lstrip()
        start, name = end - len(rest), rest
        if " " not in name and "\t" not in name:
            return None
    # "Cardholder Ms Anita Kwok": the title's scanner has the name; taken here too, the title would
    # be left over as a name's part where the two findings overlap
    if name.split(None, 1)[0].lower() in _TITLE_WORDS:
        return None
    # a field's label glued to a colon after the name is the next field's (From: Karen So Sent: ...,
    # To: Tam Wai Keung Cc: ..., Chan Tai Man Tel: ...), not the name's: the name ends before it
    if text[end : end + 1] in (":", "：") and name.count(" ") + name.count("\t") > 1:
        cut = max(name.rfind(" "), name.rfind("\t"))
        if field_label(name[cut + 1 :]):
            end, name = start + len(name[:cut].rstrip()), name[:cut].rstrip()
    floor = max(start - 20, field_start(starts, start)) if starts else start - 20
    parts = name.split()
    # the short list first, the romanised scanner's lists (a look-up each) next, the role word last
    if not any(part in KNOWN_NAME_PARTS for part in parts) and not any(is_name_part(part) for part in parts):
        return None
    if not EN_ROLE_BEFORE.search(text, max(0, floor), start):
        return None
    # a place or a business named like a person (Chow Sang Sang Holdings, Tseung Kwan O)
    if place_or_business(text, start, end):
        return None
    return Finding("PERSON", start, end, 0.8, "gc_en_name_context")


# the name patterns in the order scan_names runs them, each with its recognizer's name; the last
# one's matches are judged by judge_capitalised, the titles' by judge_title (judge_name, for a scanner
# that finds the matches elsewhere)
NAME_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (ZH_NAME_AFTER_CONTEXT, "gc_zh_name_context"),
    (ZH_NAME_BEFORE_TITLE, "gc_zh_name_title"),
    (EN_TITLE, "gc_en_name_title"),
    (EN_CAPITALISED, "gc_en_name_context"),
)
