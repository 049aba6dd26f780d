"""Classes of Chinese-script names (issue #11, the sixth round). One table per class: names that must
be found whole, and near misses (words that must give no PERSON finding). Each class says why a
privacy engineer decides it so. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import persons as _persons
from person_spans import touched as _touched


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _persons(text)]


# class 1: given names that begin as a word or are words, after a time that opens the sentence.
# 一 opens given names often (一鸣, 一帆, 一诺), and 周一 (Monday) or 万一 (in case) made a word of the
# surname and it: 周一鸣 was no name. A time word before the subject (今天, 琴日) stood where a name
# is no less likely than after a comma, and the dictionary's word of the time's last character and
# the surname (天王) had hidden 王建国. A one-character verb after the name that makes a word with its
# last character (武侠小 | 说) leaves the name inside a word.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客户周一鸣提交了回乡证。", "周一鸣"),
        ("收款人：周一鸣，金额 800 元", "周一鸣"),
        ("付款人 万一帆 已确认", "万一帆"),
        ("今天王建国来电话，说卡被吞。", "王建国"),
        ("昨天李国庆说没收到钱。", "李国庆"),
        ("刚才胡一鸣打过来问余额", "胡一鸣"),
        ("琴日陳志明話張卡用唔到。", "陳志明"),
        ("今天周一鳴來電話。", "周一鳴"),
    ],
)
def test_when_a_given_name_begins_as_a_word_then_the_name_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("周一上午十点开会。", "周一"),
        ("周一到周五营业。", "周一"),
        ("万一出错请致电客服。", "万一"),
        ("关于孟买分行的汇款，请回复。", "关于"),
        ("今天天气很好。", "天天"),
        ("今天毕恭毕敬地道歉。", "毕恭"),
        ("昨天胡思乱想了一整晚", "胡思"),
        ("刚才莫桑比克的汇款到了", "莫桑"),
        ("今天武侠小说打折。", "武侠"),
        ("今天黄金价格上涨。", "黄金"),
        ("今天高兴，周末再说。", "高兴"),
        ("今天方案已经提交。", "方案"),
    ],
)
def test_when_a_time_or_a_numeral_word_stands_beside_no_name_then_nothing_is_found(text: str, word: str) -> None:
    assert _touched(text, word) == [], (text, _found(text))


# class 2: a name whose characters a blank parts, as OCR prints a scanned card and as forms pad a
# name to its box (郭 靖 宇, 欧 阳 娜 娜, 張 國 華): the scanner read only glued characters, and the
# name crossed whole. A surname and one or two given characters of a name's, at a run's start or
# after a label, before the run's end, a glued word (卡号) or spaced characters that begin one
# (性 别). Spaced words (高 兴, 周 末, 电 话) and spaced field labels are no names.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[扫描件OCR] 姓 名：欧 阳 娜 娜 性 别：女", "欧 阳 娜 娜"),
        ("持卡人签名：郭 靖 宇 卡号：5555 5555 5555 4444", "郭 靖 宇"),
        ("[掃描 OCR] 姓名：張 國 華 身份證號碼：G518204 (1)", "張 國 華"),
        ("持證人：蔡 少 雯？辨識有誤", "蔡 少 雯"),
        ("Name 姓名：Luo Yi 罗 毅 Address：深圳市", "罗 毅"),
        ("收款人 王 伟 已确认", "王 伟"),
    ],
)
def test_when_a_name_is_spaced_out_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("电 话：2345 6789", "电 话"),
        ("住 址：北京市朝阳区", "住 址"),
        ("签 发 机 关：北京市公安局", "签 发"),
        ("今天 高 兴", "高 兴"),
        ("祝 周 末 愉 快", "周 末"),
        ("黄 金 价 格 上 涨", "黄 金"),
        ("林 业 局 通 知", "林 业"),
    ],
)
def test_when_spaced_characters_make_a_word_then_they_are_no_name(text: str, word: str) -> None:
    assert _touched(text, word) == [], (text, _found(text))


# class 3: an English title before a Chinese surname in mixed text (Mr 張, Miss 黃, Mr & Mrs 梁): the
# surname is what the text gives of the person, and the title says it is one. A street's kind after
# a name-like run (漕溪 | 北路, 高士德 | 大馬路) makes it a street's name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Invoice remark：已收 Mr 張 deposit HK$3,000 by FPS", "張"),
        ("學生：麥樂澄。導師：Miss 黃。", "黃"),
        ("borrowers Mr & Mrs 梁 —— 即將簽約", "梁"),
        ("Dr. 歐陽 will call back", "歐陽"),
    ],
)
def test_when_an_english_title_stands_before_a_chinese_surname_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("房屋地址：上海徐汇区漕溪北路 88 弄", "漕溪"),
        ("澳門收款人地址：高士德大馬路 45 號", "高士德"),
        ("送货到黄浦区南京东路 100 号", "南京"),
        ("Mr Bean 好好笑", "好好"),
    ],
)
def test_when_a_street_or_no_surname_follows_then_nothing_is_found(text: str, word: str) -> None:
    assert _touched(text, word) == [], (text, _found(text))


# class 4: nicknames and the staff a customer deals with. 阿 and a name's character is a nickname
# wherever a word that ends a name follows (那个阿龙的, 称阿波已), not only after a word that introduces
# a person; 阿 never opens a given name after a surname (主任 | 阿芝: 任阿芝 is none). A role of the
# staff before a name (客服小张, 职员陈美玲) introduces it, and an elder is addressed by surname and
# kinship (房东韩阿姨, 陳伯伯). Kinship alone (那个阿姨, 清洁阿姨), 阿波罗 and other words stay out.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("联系其紧急联系人冯太，称阿波已去香港打工。", "阿波"),
        ("私信：那个阿龙的卡号是多少？", "阿龙"),
        ("客服小张态度还行。", "小张"),
        ("职员陈美玲已核对身份证。", "陈美玲"),
        ("房东韩阿姨说周一已经转了", "韩"),
        ("打俾陳伯伯問下佢", "陳"),
        ("轉駁客服主任阿芝，通話時間 3 分鐘", "阿芝"),
    ],
)
def test_when_a_nickname_or_a_staff_name_stands_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("那个阿姨的钱包丢了", "阿姨"),
        ("清洁阿姨已经走了", "阿姨"),
        ("阿波罗计划的纪念币", "阿波罗"),
        ("阿里巴巴的账户", "阿里"),
        ("一个阿拉伯人来开户", "阿拉"),
        ("转驳客服主任阿芝", "主任"),
        ("客服热线 2233 4455", "客服"),
        ("经理高兴地说已处理", "高兴"),
    ],
)
def test_when_kinship_or_a_word_stands_alone_then_it_is_no_name(text: str, word: str) -> None:
    assert _touched(text, word) == [], (text, _found(text))
