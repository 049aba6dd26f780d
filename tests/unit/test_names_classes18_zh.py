"""Classes of Chinese-script names (the eighteenth round, from the development sets ``clan`` and
``hearth``): surnames outside the built lists (康, 荣, 卜, 逄, 訾, 笪); a staff job before a nickname
or a given name (财务小吴, 楼长老贺, 坐席晓琳); a child's given name before its parent's word (子轩爸爸：, 佳佳妈：);
words that introduce a person before a full name (家属康建新, 患儿包一宁, 业主代表卜凡); a relative's word
at the head of a list's row, no name (二舅 2000元); a care home named like a person (安康敬老院); a chat's
speaker whose name is a word, speaking twice (国庆：, 和平：); a given name before its card (打到晓峰卡上);
小 and a surname closing its clause after a particle (哎小刘，, 问了小杰，); given names listed with a found one
(大鹏、阿杰、晓雯); a surname and an elder sibling's word (邢大姐, 隔壁王婶);
a full name before its standing in a notice (何建平业主, 李建国同志); a given name before
an event of its bearer's life (阿彪结婚, 壮壮考上); a given name before its share (大伟出300); a note's given name
before its fee (附言：豆豆三月托管费).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import at as _at
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import spans as _spans
from person_spans import touched as _touched


# class 1: surnames outside the built lists, read like the wordy ones (a likelier given name): 康 and
# 荣, of the commonest three hundred, 卜, and the rarer 逄, 訾, 笪; the words they begin or end
# (康复, 健康, 光荣, 荣誉, 卜卦) are none
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("转账给康丽萍 500，备注房租", "康丽萍"),
        ("收款人荣志强，备注：装修尾款", "荣志强"),
        ("付款人卜晓燕 转入 1,200.00", "卜晓燕"),
        ("03-05 转出 -800.00 逄国栋 摘要：还款", "逄国栋"),
        ("03-06 转出 -600.00 訾秀英 摘要：礼金", "訾秀英"),
        ("借款人笪海涛，借款金额两万元", "笪海涛"),
    ],
)
def test_when_a_name_bears_a_surname_outside_the_built_lists_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("康复治疗费 800元已付", "康复"),
        ("祝您身体健康平安，红包 200", "康平"),
        ("光荣军属慰问金 1,000 已发放", "荣军"),
        ("卜卦算命费 50，不可信", "卜卦"),
        ("荣誉证书工本费 20元", "荣誉"),
        ("康师傅方便面一箱 45", "康师傅"),
        ("小区健康讲座报名费 30", "康讲"),
    ],
)
def test_when_such_a_surnames_character_is_in_a_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 2: a job's word of a small firm's, a shop's, an estate's or a group's staff (财务, 收银, 楼长, 物业,
# 坐席, 团长, 室友) before the nickname or the given name they are called by: 小/老 and a surname, 小 and
# a name's character, a given name of a name's characters; ending where a name may end. The words of 小
# or 老 (小区, 小程序, 小结, 老化, 老师), a kinship word or a title (小哥, 小姐, 阿姨) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("报销的事你直接找出纳小彭，她今天在", "小彭"),
        ("会计老蔡说发票要重开", "老蔡"),
        ("3月工资：收银小芳 3600；保洁刘姨 2800", "小芳"),
        ("电梯的钱交给楼长老魏，他统一交物业", "老魏"),
        ("【在线客服】坐席思琪：您好，请问有什么可以帮您", "思琪"),
        ("[水果团购群] 团长丽萍：车厘子明天到，钱转我就行", "丽萍"),
        ("室友梦瑶：这个月网费一人40", "梦瑶"),
        ("水管爆了，叫物业老汪来看一下", "老汪"),
    ],
)
def test_when_a_nickname_or_given_name_follows_a_staff_job_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("物业小区门口的快递柜坏了", "小区"),
        ("物业小程序缴费 120 元", "小程"),
        ("财务小结：本月支出 3,200", "小结"),
        ("司机小哥说已经到楼下了", "小哥"),
        ("前台小姐说押金退回卡里", "小姐"),
        ("会计老师说这张发票不能报", "老师"),
        ("物业老化的水管该换了", "老化"),
        ("保洁阿姨的工资 2800 已发", "阿姨"),
        ("财务自由之前先把房贷还了", "自由"),
        ("中介费用 3000 元已付", "费用"),
    ],
)
def test_when_a_staff_jobs_word_stands_before_a_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 3: a child's given name before its parent's or grandparent's word, who pays or speaks for the
# child (子轩爸爸：, 梓涵妈妈已转, 佳佳妈：): the word of two characters, or 妈/爸 alone before a colon or
# punctuation; the name as :func:`_bare_given_ok` reads one. Words for children and people (宝宝, 孩子,
# 同学, 老师, 朋友) and pronouns (我妈) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("【家委会】 雨桐妈妈：已转160", "雨桐"),
        ("佳佳妈：请问学费怎么交？", "佳佳"),
        ("接龙：1. 子豪爸爸 80 2. 诗涵奶奶 80", "子豪"),
        ("接龙：1. 子豪爸爸 80 2. 诗涵奶奶 80", "诗涵"),
        ("家族群 俊杰姑妈：红包每家500", "俊杰"),
        ("收到 梓萱爸爸 转来的书本费", "梓萱"),
    ],
)
def test_when_a_given_name_stands_before_its_parents_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("宝宝妈妈：已转", "宝宝"),
        ("孩子爸爸说收到了", "孩子"),
        ("同学妈妈：谢谢", "同学"),
        ("老师妈妈：好的", "老师"),
        ("我跟我妈：说了", "跟我"),
        ("朋友爸爸，转了 200", "朋友"),
    ],
)
def test_when_a_word_for_a_person_stands_before_a_parents_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 4: words that introduce a person right before a full name: a patient's family who pays, a child
# patient, a social worker, an owners' representative, a small firm's or an estate's staff (家属, 患儿,
# 社工, 业主代表, 楼长, 财务, 出纳, 会计), as 收款人 or 借款人 do; what the words begin (家属区, 财务费用,
# 会计师, 出纳员, 社工站) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("请家属荣建新于周五前来缴费", "荣建新"),
        ("患儿包一鸣，5岁，押金不足", "包一鸣"),
        ("联系社工康建平，电话见下", "康建平"),
        ("出纳荣国新签字后发放", "荣国新"),
        ("有问题找会计康新民", "康新民"),
        ("楼长卜平说电梯费每户120", "卜平"),
    ],
)
def test_when_a_full_name_follows_a_word_that_introduces_a_person_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("家属区水电费 200 已交", "家属区"),
        ("财务费用 300", "费用"),
        ("财务管理费 50", "管理"),
        ("会计师事务所审计费", "会计师"),
        ("出纳员签字", "出纳员"),
        ("社工站活动经费 800", "社工站"),
        ("财务司法鉴定费", "司法"),
        ("楼长会议下周开", "会议"),
    ],
)
def test_when_such_a_word_begins_a_longer_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 5 (precision): a relative named by birth order or a kinship word at the head of a row of a list
# whose rows name people (二舅 2000元, 三姨 800元) is no one's name; the nicknames of such rows stay names.
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("礼金：王建国 500元；三姨 800元；刘海燕 300元", "三姨"),
        ("随礼：周立新 600元；大姑 1000元；冯桂英 400元；老马 200元", "大姑"),
        ("压岁钱：孙晓东 500；二叔 500；李凤霞 300", "二叔"),
    ],
)
def test_when_a_rows_head_is_a_relatives_word_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("礼金：王建国 500元；胖虎 800元；刘海燕 300元", "胖虎"),
        ("随礼：周立新 600元；大姑 1000元；冯桂英 400元；老马 200元", "老马"),
    ],
)
def test_when_a_rows_head_is_a_nickname_beside_a_relatives_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


# class 6 (precision): a care home, a welfare home, a township clinic or a kindergarten named like a
# person (安康敬老院, 金宝贝幼儿园): its trade after the name makes it a shop's or a place's, as 五金店 does;
# a name before such a word with punctuation between stays a name.
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("账户名：安康敬老院 账号：6100", "安康"),
        ("缴费：金宝贝幼儿园 学费 3200", "金宝贝"),
        ("付给康乐敬老院 1500", "康乐"),
    ],
)
def test_when_a_care_homes_name_looks_like_a_persons_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("请家属邵建新于5日前缴清。账户名：长寿敬老院", "邵建新"),
        ("转给林家豪，幼儿园学费", "林家豪"),
    ],
)
def test_when_a_name_stands_apart_from_a_care_homes_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


# class 7: a chat's speakers whose names are words (国庆：, 和平：): a label of two characters that speaks
# twice at least, in a text of two labels at least, is a name, unless it is a form's field, a party's role
# (客服：, 用户：, 甲方：), a kinship word (老公：, 二舅：) or a record's item (早餐：15).
@pytest.mark.parametrize(
    ("text", "name", "nth"),
    [
        ("春风：房租谁交了？ 秋实：我交了 春风：那我转你一半 秋实：好", "春风", 0),
        ("春风：房租谁交了？ 秋实：我交了 春风：那我转你一半 秋实：好", "秋实", 1),
        ("[宿舍群] 和睦：电费多少？ 远航：三百 和睦：我转你一百 远航：收到", "和睦", 1),
    ],
)
def test_when_a_word_speaks_twice_in_a_chat_then_it_is_found(text: str, name: str, nth: int) -> None:
    a, b = _at(text, name, nth)
    assert any(s <= a and b <= e for s, e in _spans(text)), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("客服：您好 用户：我要退款 客服：请稍等 用户：好", "客服"),
        ("客服：您好 用户：我要退款 客服：请稍等 用户：好", "用户"),
        ("老公：钱转了吗 老婆：转了 老公：好", "老公"),
        ("二舅：我出一千 我：好 二舅：别客气", "二舅"),
        ("甲方：付款 乙方：收款 甲方：确认 乙方：好", "甲方"),
        ("早餐：15 午餐：30 早餐：12 午餐：28", "早餐"),
        ("问题：转错了 回复：请联系对方 问题：联系不上 回复：请报警", "问题"),
    ],
)
def test_when_a_repeated_label_is_a_role_a_field_or_kin_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 8: more cues after a given name: the person's card where money is paid to (打到晓峰卡上, 转到俊豪卡里),
# a pronoun and 媳妇 (建伟他媳妇), 爸/妈 alone before 也, 都 or 说 (晓娟爸也同意了); a card's kind (信用卡上,
# 工资卡上, 饭卡里), a demonstrative (这张卡上) and a pronoun (我卡上, 我爸也) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("彩礼钱打到思雨卡上了，你查一下", "思雨"),
        ("学费先转到俊豪卡里，他自己交", "俊豪"),
        ("3.14 志勇他媳妇 面粉一袋 80", "志勇"),
        ("行，就按你说的，雨萱爸也同意了", "雨萱"),
    ],
)
def test_when_a_given_name_stands_before_its_card_or_a_relative_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("打到信用卡上了", "信用"),
        ("钱在银行卡里", "银行"),
        ("存到工资卡上", "工资"),
        ("转到这张卡上", "这张"),
        ("我爸也同意了", "我爸"),
        ("钱打到我卡上", "到我"),
        ("转到老公卡上了", "老公"),
        ("充到饭卡里", "到饭"),
    ],
)
def test_when_a_cards_kind_or_a_pronoun_stands_before_the_cue_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 9: 小 and a surname or a name's character that ends its clause (a punctuation mark right after it)
# after an interjection, a particle or a function word (哎小刘，, 问了小杰，, 是不是小韩？); the words of 小
# there (小米, 小费, 小菜, 小数点, 小半天, 从小) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("哎小周，你把发票给我", "小周"),
        ("我刚问了小杜，他说还没转", "小杜"),
        ("转账的是不是小韩？", "小韩"),
    ],
)
def test_when_a_nickname_closes_its_clause_after_a_particle_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("买了小米，还有苹果", "小米"),
        ("付了小费。", "小费"),
        ("从小，他就帮家里记账", "从小"),
        ("等了小半天。", "小半"),
        ("吃了小龙虾，一共 300", "小龙"),
        ("多了小数点，金额错了", "小数"),
        ("买的小菜，38块", "小菜"),
    ],
)
def test_when_a_word_of_small_closes_a_clause_after_a_particle_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 10: given names and nicknames of two characters in a list with one found (、, 和, 同, 跟 between):
# each a given name as a bare one is read (晓彤, 欣欣), starting and ending where a name may; words for
# people, kinship words and pronouns in such a list (同事, 大家, 老师, 二舅, 我) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("AA 的钱还差三个人：浩宇、阿杰、晓彤还没转", "晓彤"),
        ("油费他垫的。大勇、阿杰、思雨还没转啊", "思雨"),
        ("阿辉同欣欣结婚，我们每人一千", "欣欣"),
    ],
)
def test_when_a_given_name_is_listed_with_a_found_one_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("阿杰和同事去吃饭了", "同事"),
        ("阿杰、大家都转了", "大家"),
        ("阿杰、老师、家长都到了", "老师"),
        ("阿杰、老师、家长都到了", "家长"),
        ("阿杰跟我说过了", "我说"),
        ("阿杰、二舅都出了钱", "二舅"),
    ],
)
def test_when_a_word_for_people_is_listed_with_a_found_name_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 11: a surname and an elder sibling's word (邢大姐, 刘大爷, 石大哥), read as a title is, the word with
# the name; a neighbour's word before a name (隔壁王婶, 对门刘大爷), as a word that introduces a person; none
# after a surname that is a preposition (向大哥借, 于大姐处), nor the word alone (交给大姐).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给蒋大姐转账 ¥200，说明：保洁 4小时", "蒋大姐"),
        ("对门刘大爷的快递我代收了", "刘大爷"),
        ("钱给石大哥了", "石大哥"),
        ("别告诉隔壁赵婶了", "赵"),
    ],
)
def test_when_a_surname_bears_an_elder_siblings_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("向大哥借了两千", "向大哥"),
        ("于大姐处拿钥匙", "于大姐"),
        ("钱交给大姐了", "大姐"),
        ("隔壁房间的空调坏了", "房间"),
        ("楼下便利店 23 元", "便利"),
        ("邻居家孩子的学费", "家孩"),
        ("楼上漏水，物业说修", "漏水"),
    ],
)
def test_when_an_elder_siblings_word_has_no_surname_before_it_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 12: the person's standing in a notice right after a full name (何建平业主, 李建国同志, 康福林老人), a
# word a name comes before, as 先生 is: names whose given name is a word (建平, 建国) are found there; the
# standing alone (本栋业主：, 各位同志：, 老人护理费) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("5栋1单元吴建平业主：物业费尚未缴纳", "吴建平"),
        ("关于孙建国同志医疗补助的公示", "孙建国"),
    ],
)
def test_when_a_full_name_stands_before_its_standing_in_a_notice_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("本栋业主：物业费 1680 元", "业主"),
        ("各位同志：本月党费请交", "同志"),
        ("老人护理费 2600 元", "老人"),
        ("户主：请于月底前缴费", "户主"),
        ("中国业主协会会费", "中国"),
        ("黄金业主卡", "黄金"),
    ],
)
def test_when_a_standing_stands_alone_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 13: a given name or nickname right before an event of its bearer's life (结婚, 住院, 出事, 考上, 满月,
# 过生日), its subject, whatever stands before it unless that makes a word with the name (上次阿彪结婚,
# 前年壮壮考上); times, kinship words and words for people before the event (今天, 妈妈, 孩子, 宝宝, 同事, 二姐)
# are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("上回阿坤结婚我随了 500", "阿坤"),
        ("去年浩宇考上大学，他舅给了两千", "浩宇"),
        ("听说梓涵住院了，我们凑点钱", "梓涵"),
    ],
)
def test_when_a_given_name_stands_before_a_life_event_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("今天生日，红包 200", "今天"),
        ("明天出院，押金退回卡里", "明天"),
        ("妈妈住院押金 5000", "妈妈"),
        ("孩子考上大学了", "孩子"),
        ("宝宝满月酒 20 桌", "宝宝"),
        ("同事结婚随了 300", "同事"),
        ("二姐结婚的份子钱", "二姐"),
        ("上次出事以后", "上次"),
    ],
)
def test_when_a_time_or_a_word_for_people_stands_before_a_life_event_then_no_name_is_found(
    text: str, part: str
) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 14: a given name or nickname before 出 and an amount, its bearer's share of a gift or a bill (小舟出200,
# 大伟出300, 大哥家樂出$5,000), starting where a name may (punctuation, a word that introduces a person, a
# kinship word); pronouns, words for people and kinship words there (我出, 大家出, 公司出, 每人出, 老公出,
# 外婆出) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给奶奶过寿，志豪出500，晓彤出300", "志豪"),
        ("给奶奶过寿，志豪出500，晓彤出300", "晓彤"),
        ("婚礼份子钱：雨桐出两千，我出一千", "雨桐"),
    ],
)
def test_when_a_given_name_stands_before_its_share_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("我出500，你出300", "我出"),
        ("大家出100", "大家"),
        ("公司出5000，个人出2000", "公司"),
        ("公司出5000，个人出2000", "个人"),
        ("每人出200", "每人"),
        ("老公出一半", "老公"),
        ("外婆出 2000", "外婆"),
    ],
)
def test_when_a_word_for_people_stands_before_a_share_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


# class 15: the given name or nickname a payment's note opens with, before the fee it pays (附言：豆豆三月托管费,
# 转账说明：小雨钢琴课一学期); a time, a word for a child or a school there (本月学费, 孩子学费, 大学学费, 宝宝奶粉钱)
# is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("转账说明：思琪舞蹈课一学期", "思琪"),
        ("备注：子豪学费 3800", "子豪"),
    ],
)
def test_when_a_note_opens_with_a_given_name_before_a_fee_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("附言：本月学费", "本月"),
        ("说明：孩子学费", "孩子"),
        ("备注：二月生活费", "二月"),
        ("用途：大学学费", "大学"),
        ("附言：宝宝奶粉钱", "宝宝"),
        ("备注：今年学费", "今年"),
    ],
)
def test_when_a_note_opens_with_a_time_or_a_word_before_a_fee_then_no_name_is_found(text: str, part: str) -> None:
    assert not _touched(text, part), (text, _found(text))


@pytest.mark.parametrize(
    "text",
    [
        # a business's, an institution's or a desk's word speaking twice is no name
        "酒店：李先生您好，請問係咪用呢張卡？ | 客：係呀 | 酒店：好，已預授權",
        "司机：到了 | 客人：好 | 司机：收钱",
        "银行：请核实 | 我：好 | 银行：已冻结",
    ],
)
def test_when_a_business_or_a_desk_speaks_twice_then_it_is_no_name(text: str) -> None:
    label = text[:2]
    assert _touched(text, label) == [], (text, _touched(text, label))
