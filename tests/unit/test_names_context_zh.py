"""Chinese names after a context word (客户, 收款人, 持卡人, 会员) or before a title (先生), issue #11:
the context and title scanners of ``streams.detect.names`` apply the Chinese scanner's word and
look-alike checks (``streams.detect.zh_names.context_name_end``, ``titled_name_ok``), and the name
they report ends where the name does, not one character into the next word. Each table is run with
both scanners (``re`` and the native extension, when it is built). The names and sentences are made
up for these tests."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.findings import Finding
from streams.detect.names import judge_name, scan_names
from streams.detect.scanner import native_available

SCANNERS = ["python", pytest.param("native", marks=pytest.mark.skipif(not native_available(), reason="no build"))]
_DETECTORS: dict[str, Detector] = {}


def _persons(scanner: str, text: str) -> list[Finding]:
    detector = _DETECTORS.get(scanner)
    if detector is None:
        detector = _DETECTORS[scanner] = Detector(scanner=scanner)
    return [f for f in detector.analyze(text) if f.entity_type == "PERSON"]


def _touched(scanner: str, text: str, part: str) -> list[str]:
    """The PERSON findings overlapping ``part`` (its first occurrence in ``text``)."""
    start = text.index(part)
    end = start + len(part)
    return [text[f.start : f.end] for f in _persons(scanner, text) if f.start < end and start < f.end]


def _covered(scanner: str, text: str, name: str) -> bool:
    """Every character of ``name`` (its first occurrence) lies in a PERSON finding."""
    start = text.index(name)
    found = _persons(scanner, text)
    return all(any(f.start <= k < f.end for f in found) for k in range(start, start + len(name)))


def _context(text: str) -> list[str]:
    """The context and title scanners' Chinese findings alone."""
    return [text[f.start : f.end] for f in scan_names(text) if f.recognizer.startswith("gc_zh_name")]


# class 1: a place, a brand, a product or a verb named like a person after a context word (何文田 a
# district, 张贴 "to post", 金卡 a gold card, 余额 a balance, 向 "towards"): the Chinese scanner's
# look-alikes, shops and prepositions. Masking them hides what the payment was for and protects
# no one.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("收款人 何文田街坊福利會；用途：捐款", "何文田"),
        ("收款人何文田街坊福利会", "何文田"),
        ("客户张贴截图时遮挡了卡号", "张贴截"),
        ("客戶張貼截圖時遮住咗卡號", "張貼截"),
        ("会员金卡积分可抵扣年费", "金卡积"),
        ("會員金卡積分可抵年費", "金卡積"),
        ("用户余额不足，扣款失败", "余额"),
        ("客户马上到柜台", "马上"),
        ("會員白金卡年費豁免", "白金卡"),
        ("客户向银行投诉扣款", "向银行"),
        # a jewellery chain like 周大福 and 周生生, alone (no trade after it)
        ("merchant 周大生 overcharged me", "周大生"),
        ("客户在周大生买金链", "周大生"),
    ],
)
@pytest.mark.parametrize("scanner", SCANNERS)
def test_when_a_look_alike_follows_a_context_word_then_it_is_no_name(scanner: str, text: str, word: str) -> None:
    assert _touched(scanner, text, word) == [], (text, _touched(scanner, text, word))
    assert _context(text) == []


# class 2: a dictionary word whose given character names rarely hold (關係 "relation": 系 is
# likelier in text than in a name) after a context word is the word
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("羅詠琳｜與持卡人關係：本人｜有冇報警：冇", "關係"),
        ("与持卡人关系：配偶", "关系"),
    ],
)
@pytest.mark.parametrize("scanner", SCANNERS)
def test_when_a_common_word_follows_a_context_word_then_it_is_no_name(scanner: str, text: str, word: str) -> None:
    assert _touched(scanner, text, word) == []


# class 3: the context scanner took the name and the next character (林晓反, 上官云提); where the
# Chinese scanner's tighter finding won the overlap, that character (反, 提) was left a PERSON
# finding of its own. The name ends before a word its last character would begin (反馈, 反映, 提交).
@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        ("用户林晓反馈：绑定邮箱收不到验证码", "林晓", "反"),
        ("客户吴敏反映：收到可疑短信", "吴敏", "反"),
        ("客户白洁反映：收到短信", "白洁", "反"),
        ("客户上官云提交身份证4403", "上官云", "提"),
        ("客戶上官雲提交身份證", "上官雲", "提"),
        ("客户王伟明天来柜台", "王伟", "明"),
    ],
)
@pytest.mark.parametrize("scanner", SCANNERS)
def test_when_a_name_runs_into_a_word_then_the_finding_ends_with_the_name(
    scanner: str, text: str, name: str, after: str
) -> None:
    at = text.index(name) + len(name)
    assert text[at] == after
    assert _covered(scanner, text, name)
    assert not any(f.start <= at < f.end for f in _persons(scanner, text)), _persons(scanner, text)
    assert _context(text) in ([], [name])


# class 4: a surname and a title before a trade is a shop's name (李先生牛肉面), as Mr Wong's Kitchen is
@pytest.mark.parametrize(
    "text",
    [
        "附近有“张亮麻辣烫”“李先生牛肉面”“王记”",
        "李先生牛肉面消费38元",
        "陳生茶餐廳外賣",
    ],
)
@pytest.mark.parametrize("scanner", SCANNERS)
def test_when_a_title_names_a_shop_then_it_is_no_name(scanner: str, text: str) -> None:
    assert _persons(scanner, text) == [], [text[f.start : f.end] for f in _persons(scanner, text)]


# near misses: names after a context word or before a title that must still be found, some that
# begin like a look-alike or a word (何文静, 金晓明, 高峰, 关伟), a surname before a job title (鄭經理:
# the surname alone), a name the Chinese scanner alone does not find (高峰后: 后 no word with 输)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人何文静，账号见附件", "何文静"),
        ("会员金晓明申请退款", "金晓明"),
        ("请核对收款人高峰后输入，切勿泄露", "高峰"),
        ("持卡人关伟称未收到货", "关伟"),
        ("聯絡人：鄭經理 直線3181", "鄭"),
        ("持卡人宋雨桐，银行卡号见附件", "宋雨桐"),
        # punctuation ends a name: 银行 after it names no shop 宋雨桐 (the Chinese scanner too)
        ("转账给宋雨桐，银行卡尾号见附件", "宋雨桐"),
        ("客户王建国 手机号见附件", "王建国"),
        ("用户戴文静称未在美团消费", "戴文静"),
        ("收款人：諸葛慧；銀行：中銀", "諸葛慧"),
        ("李先生您好，退款已处理", "李"),
        ("签收人“何先生”已确认", "何"),
        ("客户张伟反映卡被锁", "张伟"),
    ],
)
@pytest.mark.parametrize("scanner", SCANNERS)
def test_when_a_name_follows_a_context_word_or_precedes_a_title_then_it_is_found(
    scanner: str, text: str, name: str
) -> None:
    assert _covered(scanner, text, name), (text, [text[f.start : f.end] for f in _persons(scanner, text)])


def test_when_a_job_title_follows_the_surname_then_the_context_name_is_the_surname() -> None:
    text = "聯絡人：鄭經理 直線3181"
    assert _context(text) == ["鄭"]


@pytest.mark.parametrize(
    ("recognizer", "text", "span", "expected"),
    [
        ("gc_zh_name_context", "用户林晓反馈", (2, 5), "林晓"),
        ("gc_zh_name_context", "收款人何文田街坊", (3, 6), None),
        ("gc_zh_name_context", "持卡人宋雨桐，", (3, 6), "宋雨桐"),
        ("gc_zh_name_title", "李先生牛肉面", (0, 1), None),
        ("gc_zh_name_title", "李先生您好", (0, 1), "李"),
    ],
)
def test_when_the_native_scanner_hands_a_match_then_it_is_judged_as_scan_names_judges_it(
    recognizer: str, text: str, span: tuple[int, int], expected: str | None
) -> None:
    found = judge_name(recognizer, text, *span)
    assert (None if found is None else text[found.start : found.end]) == expected
