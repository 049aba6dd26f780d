"""Classes of Chinese-script names (issue #11, the eleventh round): a full name right after a kinship's
or a party's word, a roster's weekday, given names alone in lists of amounts. One table per class:
names that must be found, and texts of the same shape where nothing of the named part may be
reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import persons as _persons
from person_spans import touched as _touched


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _persons(text)]


# class 1: a full name right after a kinship's word (大舅, 她爸, 姐夫) or a party's (配偶, 来电人, 外部人员,
# 借到): the word says a person follows, for two given characters that are a name's whatever their
# ratio (立, 大). What follows such a word and is a word, a brand, a place or a time is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("过年红包：大舅吴国安 600，二姨吴桂兰 400", "吴国安"),
        ("学费她爸黎建军说先垫上，月底还", "黎建军"),
        ("受害人妻子韩立新陪同到派出所报案", "韩立新"),
        ("外部人员程大勇与柜员串通，已报警", "程大勇"),
        ("今借到欧阳建国人民币叁万元整", "欧阳建国"),
        ("贷款资料：借款人孔志强，配偶邹红霞", "邹红霞"),
        ("姐夫钟立伟帮忙垫付了首付款", "钟立伟"),
        ("我妈方秀英让我把钱转过去", "方秀英"),
    ],
)
def test_when_a_kinship_or_party_word_comes_before_a_full_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("大舅周末来深圳，顺便带点年货", "周末"),
        ("二姨黄金首饰都存在银行保险箱", "黄金"),
        ("她妈高兴坏了，说钱已经到账", "高兴"),
        ("配偶方面的材料还差一份", "方面"),
        ("外婆家常菜的订金已付", "家常"),
        ("工作人员安全培训下周开始", "安全"),
        ("我爸王老吉喝多了", "王老吉"),
        ("丈夫王府井上班，月底回来", "王府井"),
        ("表哥马上到，钱等他来付", "马上"),
        ("太太黄金周去玩，卡先停用", "黄金周"),
    ],
)
def test_when_a_kinship_or_party_word_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 2: a roster's weekday or shift right before whoever works it (周三吴天佑, 星期六冯嘉欣, 夜班欧阳俊贤):
# like a word that introduces a person. What follows a weekday and is a time, a brand, a place or a
# word a surname's character begins (周三下午, 周一王府井, 早班车) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("排班：周一梁志明；周二孙悦然/周子豪；周三吴天佑", "孙悦然"),
        ("排班：周一梁志明；周二孙悦然/周子豪；周三吴天佑", "吴天佑"),
        ("本月值班：星期六冯嘉欣，星期日邓志远", "冯嘉欣"),
        ("本月值班：星期六冯嘉欣，星期日邓志远", "邓志远"),
        ("柜台排班：早班何家辉；夜班欧阳俊贤", "何家辉"),
        ("柜台排班：早班何家辉；夜班欧阳俊贤", "欧阳俊贤"),
        ("礼拜五陶文静顶班，礼拜六休息", "陶文静"),
    ],
)
def test_when_a_weekday_or_shift_comes_before_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("周一王府井店盘点，暂停营业", "王府井"),
        ("星期五高峰期排队较长", "高峰"),
        ("周二万达广场门口见", "万达"),
        ("早班车到站时间提前", "车到"),
        ("周日黄金价格有波动", "黄金"),
        ("周四方便的话来网点一趟", "方便"),
        ("星期天安排体检，卡先不用", "安排"),
        ("周五金价上涨，兑换暂停", "金价"),
        ("周二马上处理退款", "马上"),
    ],
)
def test_when_a_weekday_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
