"""Classes of Chinese-script names (issue #11, the eleventh round): a full name right after a kinship's
or a party's word, a roster's weekday, given names alone in lists of amounts. One table per class:
names that must be found, and texts of the same shape where nothing of the named part may be
reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import at as _at
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import hit as _hit
from person_spans import spans as _spans
from person_spans import touched as _touched


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


# class 3: given names alone in a list of amounts (群收款：建华40、春梅40、志刚40): two or more items whose
# two characters are a name's and no word make a list of people, in which a given name that is a word
# (国庆, 海燕) is one too. Lists of meals, districts, currencies, fruit or banks with amounts are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AA聚餐：俊峰60、丽娟60、志刚60、晓东60", "俊峰"),
        ("AA聚餐：俊峰60、丽娟60、志刚60、晓东60", "晓东"),
        ("礼金：嘉欣500、子轩500，已转", "子轩"),
        ("车费分摊：秀英35，春梅35；国庆35", "国庆"),
        ("团购：海燕 120、美玲 120、丽华 120", "海燕"),
        ("红包：婉婷¥88、志明¥88", "婉婷"),
        ("加班费：振华200；桂芳150；丽萍100", "桂芳"),
    ],
)
def test_when_given_names_alone_make_a_list_of_amounts_then_they_are_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("报销：早餐20、午餐30、晚餐40", "午餐"),
        ("停车：海珠200、越秀300、天河100", "海珠"),
        ("换汇：美元100、港币200", "美元"),
        ("年货：红枣30、桂圆20、核桃50", "红枣"),
        ("转账：建行200、工行300", "建行"),
        ("门店：新华200、文华300", "新华"),
        ("开支：水电300，网费100，话费50", "水电"),
        ("分店业绩：福田120，罗湖90", "福田"),
    ],
)
def test_when_a_list_of_amounts_names_things_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 4: a person named again by their given name alone after their full name was found (吴天佑 ...
# 由天佑顶班, 刘国庆 ... 给国庆买衣服): the full name says the two characters are a name there. A given
# name that is a word (国庆, 明亮, 建国) stands after punctuation or a word that introduces a person, and
# not before 的 or a word; inside a longer word (国庆节), after a word's character (圣若瑟) or a masking
# star, it is none.
@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("周三何天佑值班。周日由天佑顶班", "天佑"),
        ("收款人钟国庆，附言：路费，顺便给国庆买件外套", "国庆"),
        ("新同事欧阳嘉怡下周入职，嘉怡负责对账", "嘉怡"),
        ("今日见袁振邦同太太，振邦系的士司机", "振邦"),
        ("付款人周晓东，晓东说明天再补", "晓东"),
        ("早班梁家辉、家辉唔得就由冯嘉欣顶", "家辉"),
    ],
)
def test_when_a_named_person_is_named_again_by_the_given_name_then_it_is_found(text: str, given: str) -> None:
    assert _hit(_spans(text), _at(text, given, 1)), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("收款人钟国庆，附言：国庆节回家的路费", "国庆节"),
        ("收款人王建国，建国以来头一回", "建国以来"),
        ("付款人李明亮，明亮的灯已装好", "明亮的"),
        ("汇款人黄文华，文华东方酒店订金", "文华东方"),
        ("汇款人梁若瑟，圣若瑟中学学费", "圣若瑟"),
        ("收款人陈平安，祝你平安", "祝你平安"),
    ],
)
def test_when_a_found_given_name_is_said_again_inside_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 5: rarer surnames a payer, a caller or a loan's party bears (阚, 查, 解: 阚丽君, 查文斌, 解红梅),
# read like the wordy ones; 查 and 解 are verbs first, so a name of them has two given characters, and
# the words they begin (查询, 查收, 解冻, 解锁, 解约) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客服记录：来电人阚秀珍，反映商户多收费", "阚秀珍"),
        ("收款人阚志强，附言：货款", "阚志强"),
        ("贷款资料：借款人马建业，担保人查文斌", "查文斌"),
        ("配偶解红梅已到场签字", "解红梅"),
        ("转给查美玲，备注房租", "查美玲"),
        ("解丽华：明天下午到网点补资料", "解丽华"),
        ("阚文涛的卡已经挂失", "阚文涛"),
    ],
)
def test_when_a_rarer_surname_has_a_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("请查收款项，核对无误后回复", "查收"),
        ("查询余额请拨打客服电话", "查询"),
        ("解冻账户需要本人到场", "解冻"),
        ("解锁手机后再扫码", "解锁"),
        ("解约金已退回原卡", "解约"),
        ("查明原因后退款", "查明"),
        ("帮我查一下这笔流水", "查一"),
        ("解释清楚再转账", "解释"),
        ("查房记录已上传", "查房"),
    ],
)
def test_when_a_rarer_surname_begins_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 6: a child's or a sibling's given name alone after the word for them by birth order (大仔志轩,
# 细女凯晴, 二家姐咏欣, 大姐美玲), as a family's budget or a gift list writes it. What such a word is part
# of (大哥大, 大女儿, 细仔细女) or what follows it and is a word (大哥明白, 大仔细心) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("家用：大仔俊轩每月俾$4,000", "俊轩"),
        ("家用：大仔俊轩每月俾$4,000，细女凯琳俾$2,000", "凯琳"),
        ("医药费：二家姐咏诗出$3,000", "咏诗"),
        ("生日红包：大姐美玲出一半", "美玲"),
        ("二哥志伟话下个月先还", "志伟"),
        ("利是：细仔浩贤$200", "浩贤"),
    ],
)
def test_when_a_birth_order_word_comes_before_a_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("大哥大已经停产多年", "大哥大"),
        ("大姐大的作风改不了", "大姐大"),
        ("大女儿上学的学费", "大女儿"),
        ("细仔细女都好乖", "细女"),
        ("大哥明白了，明天转", "明白"),
        ("大仔细心，钱交俾佢放心", "细心"),
        ("二姐夫帮忙付了首期", "二姐夫"),
        ("大哥建议先还款", "建议"),
    ],
)
def test_when_a_birth_order_word_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 7: a surname alone before a title after a copy's or an agent's word (抄送钟经理, 经纪黄生), or after
# a word of three characters (公安局李警官: no name of two ends there). A copy to a department, an agency
# and a name before a title stay as they were (抄送财务部, 经纪公司; 黄大文先生 whole).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("对账单已发出，抄送钟经理", "钟"),
        ("按揭：经纪黄生介绍，业主下周签约", "黄"),
        ("经纪人卢生跟进，明天回复", "卢"),
        ("一名自称公安局彭警官的男子来电", "彭"),
        ("请抄送潘主任和财务部", "潘"),
        ("派出所吴警官已联系客户", "吴"),
    ],
)
def test_when_a_surname_alone_before_a_title_follows_a_copy_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("报表已抄送财务部", "财务"),
        ("经纪公司收取佣金", "公司"),
        ("经纪费已从房款扣除", "经纪费"),
        ("公安局长办公室来电", "局长"),
        ("抄送全体员工", "全体"),
    ],
)
def test_when_a_copy_or_agent_word_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 8: given names alone as a chat writes them: a speaker's before a colon where the text holds two
# speakers at least (婉婷：收到了 ... 丽姐：好), and a name mentioned with @ (@婉婷). A form's labels, a
# kinship's speaker, @ to everyone and a label before an amount or a time are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("丽姐：@婉婷 奖金发了 婉婷：真的吗", "婉婷"),
        ("群聊 俊杰：钱转了没 丽姐：转了", "俊杰"),
        ("【家庭群】妈：学费交了没 爸：交了 嘉欣：好", "嘉欣"),
        ("@志伟 记得今晚转账", "志伟"),
        ("交接 @咏欣 明早对账，急", "咏欣"),
        ("贝贝：收到 妈：好的", "贝贝"),
    ],
)
def test_when_a_chat_speaks_or_mentions_a_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("备注：房租 用途：生活费", "备注"),
        ("时间：12:30 地点：海底捞", "地点"),
        ("明细：见附件 摘要：工资", "明细"),
        ("家姐：今晚食咩 细佬：随便", "家姐"),
        ("@所有人 明天交钱", "所有"),
        ("@全体成员 注意查收", "全体"),
        ("金额：500 币种：港币", "币种"),
    ],
)
def test_when_a_chat_or_form_label_is_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 9: a form of address of a given character and 哥/姐/仔 (强哥, 芳姐, 辉仔) before whatever its bearer
# does (强哥明早先看, 强哥请啦), not only before punctuation or a word a name comes before; what ends inside
# a word (姐妹, 哥们) and the words of looks, trades and kin (帅哥, 打工仔, 空姐, 表哥) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("退款待处理，胜哥明早先看", "胜哥"),
        ("肥仔明：胜哥请啦", "胜哥"),
        ("交接完毕，霞姐下午对账", "霞姐"),
        ("今晚埋单，辉哥出钱", "辉哥"),
        ("收据遗失，伟仔明天补交", "伟仔"),
        ("货款未到，玲姐话下周先", "玲姐"),
    ],
)
def test_when_an_address_with_a_kin_suffix_comes_before_a_verb_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("收到，帅哥你好", "帅哥"),
        ("早知，打工仔好难", "打工仔"),
        ("航班上，空姐服务好", "空姐"),
        ("好友群，姐妹们明天见", "姐妹"),
        ("钱到了，哥们儿放心", "哥们"),
        ("转账后，表哥明天到", "表哥"),
        ("零食，公仔面两包", "公仔"),
    ],
)
def test_when_a_kin_suffix_word_comes_before_a_verb_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 10: a minority's name of two syllables (四 characters: 扎西顿珠, 格桑卓玛) after a colleague's, a
# friend's or a kinship's word, before whatever its bearer does (同事扎西顿珠负责开卡), not only before
# punctuation. A single syllable before a word (巴图 | 负责), a place (乌兰巴托) and a greeting (扎西德勒)
# are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("藏族同事次仁卓玛负责开通工资卡", "次仁卓玛"),
        ("同事格桑卓玛负责对账", "格桑卓玛"),
        ("朋友乌云其木格明天到网点", "乌云其木格"),
        ("同事达瓦央金下周休假", "达瓦央金"),
        ("弟弟索朗平措负责还款", "索朗平措"),
    ],
)
def test_when_a_two_syllable_minority_name_follows_an_address_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("同事乌兰巴托出差，卡先停用", "乌兰巴托"),
        ("同事扎西德勒，新年快乐", "扎西德勒"),
        ("同事巴图负责", "负责"),
        ("同事哈斯负责核对", "负责"),
    ],
)
def test_when_a_minority_syllable_follows_an_address_word_before_a_word_then_nothing_more_is_found(
    text: str, part: str
) -> None:
    assert _touched(text, part) == [], (text, _found(text))
