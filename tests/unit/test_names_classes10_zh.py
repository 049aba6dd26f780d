"""Classes of Chinese-script names (issue #11, the tenth round): adverbs and kinship words that read
like names, shops named after a nickname, nicknames of doubled characters, names after verbs of asking
and before verbs of stating. One table per class: names that must be found, and texts of the same shape
where nothing of the named part may be reported as a PERSON. The names and the sentences are made up
for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: 曾 is a surname and the adverb "once, ever" (客户曾误填, 该账户曾接收): before a character that is
# less likely in a given name than in text at large, a verb or an adverb, it is the adverb. The names of
# the family 曾 have a given name's characters after it (曾志伟, 曾繁星).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人曾志伟，卡号见附件", "曾志伟"),
        ("请联系曾美玲核对流水", "曾美玲"),
        ("客户曾国强来电要求补卡", "曾国强"),
        ("转给曾繁星 800 元", "曾繁星"),
        ("經手人：曾俊華", "曾俊華"),
        ("曾子墨的工资已发", "曾子墨"),
        ("由曾江签收", "曾江"),
    ],
)
def test_when_a_name_of_the_family_zeng_is_written_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("用户曾误填手机号", "曾误"),
        ("该卡，曾接收境外汇款", "曾接"),
        ("备注：曾多次致电催收", "曾多"),
        ("本人曾被骗过一次", "曾被"),
        ("客户称，曾在香港工作三年", "曾在"),
        ("客户曾于三月申请挂失", "曾于"),
        ("該卡曾用於境外消費", "曾用"),
        ("回访时曾表示不知情", "曾表"),
        ("持卡人曾提供虚假资料", "曾提"),
    ],
)
def test_when_zeng_is_the_adverb_once_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 2: a kinship word used to address a relative (姐姐, 哥哥; by birth order 二叔, 三姨, 大伯, 细姨) is
# no given name, although its characters are likely ones (叔, 姨, 姐): a family chat's speaker, the one a
# transfer goes to. A given name alone where they stand (叫嘉欣, 多谢家俊, 玲姐) and a name after them is.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("叫嘉欣帮手搬屋", "嘉欣"),
        ("多谢家俊", "家俊"),
        ("转俾 家姐 梁思敏", "梁思敏"),
        ("转给 哥哥 梁思聪，备注学费", "梁思聪"),
        ("玲姐，张单我影咗", "玲姐"),
        ("细佬家豪，今晚返嚟", "家豪"),
        ("【親戚群】三叔：叫嘉欣去接阿嫲", "嘉欣"),
    ],
)
def test_when_a_given_name_stands_near_a_kinship_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("【親戚群】三叔：收到", "三叔"),
        ("叫二叔帮手搬屋", "二叔"),
        ("轉去 Macau 姐姐 梁思敏", "姐姐"),
        ("转给 哥哥 梁思聪", "哥哥"),
        ("同三姨讲声", "三姨"),
        ("多谢大伯", "大伯"),
        ("问下细姨", "细姨"),
        ("【群】四婶: 我转咗啦", "四婶"),
    ],
)
def test_when_a_kinship_word_addresses_a_relative_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 3: a stall or a dessert shop named after its owner's nickname or titled surname (老李烧烤, 林太糖水,
# 李姐甜品, 黄伯云吞面), and Hong Kong's chains whose names read as a given name (翠华, 美心, 太兴): a
# shop, no person. The nickname, the titled surname or the given name before a verb or punctuation is one.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("老李：收到，明早转", "老李"),
        ("转俾老李 200 蚊", "老李"),
        ("陈太话张单未到", "陈"),
        ("同翠玲讲声，张单我影咗", "翠玲"),
        ("多谢美玲，收到", "美玲"),
        ("李姐，张单已经寄出", "李姐"),
    ],
)
def test_when_a_nickname_or_a_titled_surname_stands_alone_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("在“老李烧烤”宝安店吃宵夜被扣两次", "老李"),
        ("商户：林太糖水，已开户", "林太"),
        ("外卖：李姐甜品 两份", "李姐"),
        ("老张烧鹅饭 38 元", "老张"),
        ("黄伯云吞面 扫码付款", "黄伯"),
        ("午餐：翠華 HK$96，晚餐：美心 HK$320", "翠華"),
        ("午餐：翠華 HK$96，晚餐：美心 HK$320", "美心"),
        ("今晚去 太兴 食饭", "太兴"),
    ],
)
def test_when_a_nickname_or_a_titled_surname_names_a_shop_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 4: a nickname of one character doubled (乐乐, 豆豆, 萌萌; a surname's doubled too, 毛毛, 龙龙), as a
# family or a platform calls a child or a user: after a word that introduces a person (给, 转给, 昵称,
# 同, 叫) and before punctuation or a particle, or addressed at a clause's start before "you". A doubled
# character that is a word (星星, 哈哈), an interjection (嘻嘻, 嗯嗯, 喂喂), a relative (伯伯), an adverb
# (白白 "in vain") or a classifier's (一张张) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给乐乐的压岁钱 200", "乐乐"),
        ("昵称豆豆，实名见附件", "豆豆"),
        ("萌萌，你妈叫你返屋企食饭", "萌萌"),
        ("转给妞妞 300，备注学费", "妞妞"),
        ("同毛毛讲声，车票买咗", "毛毛"),
        ("叫龙龙帮手搬屋", "龙龙"),
        ("飞飞，你几点到", "飞飞"),
    ],
)
def test_when_a_doubled_nickname_is_addressed_or_paid_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("嘻嘻，你真系好搞笑", "嘻嘻"),
        ("哈哈，你讲笑", "哈哈"),
        ("用户白白损失了 500 元", "白白"),
        ("给伯伯的红包", "伯伯"),
        ("一张张单据都要盖章", "张张"),
        ("星星，你睇下", "星星"),
        ("嗯嗯，你讲", "嗯嗯"),
        ("冲冲冲，你快啲", "冲冲"),
        ("喂喂，你听到吗", "喂喂"),
    ],
)
def test_when_a_doubled_character_is_a_word_or_a_sound_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 5: a surname and a doubled given character (林依依, 高多多, 赵甜甜) after a word that introduces a
# person (举报人, 租客, 买家): the doubled character may be one seldom in names (多), for a doubled
# given name is a name's shape. A colour's adjective of the same shape (金灿灿, 白花花, 黄澄澄) and a
# surname's character before a word (钱 | 多多少少, 钱 | 多多益善) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("举报人林依依说对方冒充客服", "林依依"),
        ("租客高多多说押金未退", "高多多"),
        ("买家赵甜甜投诉少发货", "赵甜甜"),
        ("收款人李冰冰，卡号见附件", "李冰冰"),
        ("转给孙满满 300", "孙满满"),
        ("受害人周多多表示已报警", "周多多"),
        ("客户马乐乐反映到账慢", "马乐乐"),
    ],
)
def test_when_a_surname_has_a_doubled_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("给金灿灿的奖杯拍照", "金灿灿"),
        ("跟白花花的银子一样", "白花花"),
        ("买家黄澄澄的芒果收到了", "黄澄澄"),
        ("客户红彤彤的脸", "红彤彤"),
        ("还钱多多少少有点难", "多多少"),
        ("给钱多多益善", "多多益"),
        ("用户蓝莹莹的屏幕坏了", "蓝莹莹"),
        ("客户黑乎乎的照片看不清", "黑乎乎"),
    ],
)
def test_when_a_colour_adjective_or_a_word_follows_a_surname_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 6: a name before a verb of stating, as a complaint, a report or a police notice relates what a
# party said (房东郑家宁表示, 举报人钱满满称, 对方王建国否认): the verb ends the name as 说 does. A
# word, an organisation or a look-alike before the verb (官方表示, 华为表示, 平安表示, 高层称) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("房东郑家宁表示下月加租", "郑家宁"),
        ("举报人钱满满称收到诈骗短信", "钱满满"),
        ("对方王建国否认借款", "王建国"),
        ("借款人高家兴声称已还款", "高家兴"),
        ("租客黄美玲反映热水器坏了", "黄美玲"),
        ("当事人陈家明承认转错账", "陈家明"),
        ("業主鄭家寶表示下個月加租", "鄭家寶"),
    ],
)
def test_when_a_name_comes_before_a_verb_of_stating_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("官方表示暂停服务", "官方"),
        ("方面表示会跟进", "方面"),
        ("华为表示新机将上市", "华为"),
        ("高层称下月调整", "高层"),
        ("平安表示理赔已受理", "平安"),
        ("黄金价格表示坚挺", "黄金"),
        ("马上回复客户", "马上"),
        ("公司简称华润", "简称"),
    ],
)
def test_when_a_word_comes_before_a_verb_of_stating_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 7: a verb of asking, finding or reminding with its measure (问一下, 问问, 找一下, 联系一下, 提醒一下,
# 告诉) before a name: the person asked, as after 问 and 找; a name whose given part is a word (张国庆, 李新华,
# 吴建国) has that verb before it for evidence. What those verbs ask about (a bank, a price, a day, a balance,
# a train) is no name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("联系一下张国庆，问他收到没有", "张国庆"),
        ("让同事问一下李新华", "李新华"),
        ("找一下吴建国核对流水", "吴建国"),
        ("提醒一下周志明交材料", "周志明"),
        ("问问黄美玲，她知道密码", "黄美玲"),
        ("告诉何子健款已退回", "何子健"),
        ("麻煩問一下陳立新有冇收到", "陳立新"),
    ],
)
def test_when_a_verb_of_asking_with_its_measure_precedes_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("问一下高铁几点开", "高铁"),
        ("问问价格再说", "价格"),
        ("找一下发票原件", "发票"),
        ("问一下明天开唔开", "明天"),
        ("问一下余额还有多少", "余额"),
        ("联系一下客服热线", "客服"),
        ("问一下方便吗", "方便"),
        ("找一下黄金价格走势", "黄金"),
        ("提醒一下安全事项", "安全"),
    ],
)
def test_when_a_verb_of_asking_precedes_a_thing_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 8: a relative's given name or 小 and a given character after the kinship word that names them (我
# 老婆小丽, 佢個仔俊朗, 老公志强), before whatever they did with the card or the phone: the kinship word is
# evidence enough that the name need not end at punctuation, only not inside a word. What follows a
# kinship word and is a word (小时候, 小学, 小心, 今日, 读书, 出差) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("老婆小丽偷偷刷咗我张信用卡", "小丽"),
        ("女儿小雨用我手机付款", "小雨"),
        ("儿子小杰偷偷充值游戏", "小杰"),
        ("佢個仔俊朗偷偷用咗張卡", "俊朗"),
        ("个女嘉欣用我张卡买嘢", "嘉欣"),
        ("老公志强借咗我张卡", "志强"),
        ("细佬家豪拎咗我张卡", "家豪"),
    ],
)
def test_when_a_kinship_word_precedes_a_relative_s_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("我老婆小时候住过深圳", "小时"),
        ("老婆小心点", "小心"),
        ("我女儿小学毕业", "小学"),
        ("女儿小提琴课学费", "小提"),
        ("儿子小区门口等", "小区"),
        ("个仔今日发烧", "今日"),
        ("个女读书好叻", "读书"),
        ("老公出差未返", "出差"),
        ("细佬成日唔喺度", "成日"),
    ],
)
def test_when_a_kinship_word_precedes_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 9: characters of Hong Kong's and Taiwan's given names that jieba's names lack (淑, 绮) or its words
# undersell (美 0.4: 美琪, 美琳), with a weak cue before them (包括, 多谢, 付款人): a name's characters as
# likely as 朗 or 玲. The words they begin or end (美国, 美元, 欧美, 淑女) and kinship words (家姐) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("名单包括冯淑仪及李国雄", "冯淑仪"),
        ("多谢美琳", "美琳"),
        ("同事何绮琪已复核", "何绮琪"),
        ("付款人：曾绮文", "曾绮文"),
        ("问下美琪得唔得闲", "美琪"),
        ("涉事账户有梁美华及陈志强", "梁美华"),
        ("轉數俾黎淑嫻", "黎淑嫻"),
    ],
)
def test_when_a_given_name_has_a_hong_kong_character_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("多谢家人支持", "家人"),
        ("同美国客户开会", "美国"),
        ("叫家长签名", "家长"),
        ("美元汇率下跌", "美元"),
        ("欧美市场回暖", "欧美"),
        ("淑女装八折", "淑女"),
        ("给家里打电话", "家里"),
        ("中美贸易摩擦", "中美"),
        ("同家居店对数", "家居"),
        ("转俾家姐 300", "家姐"),
    ],
)
def test_when_a_hong_kong_name_character_is_in_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 10: a given name mentioned in a group chat after @ (@嘉欣, @Ivan @詩雅): the mention addresses a
# member, as 同 or 多谢 does. What a chat mentions that is no member's given name (@所有人, @全体成员, @客服,
# @财务部, @群主, @管理员) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("@嘉欣 呢几单 payment 卡住咗", "嘉欣"),
        ("@志明 check 下呢单", "志明"),
        ("@美玲 麻烦跟进", "美玲"),
        ("@俊杰：收到，已转", "俊杰"),
        ("@Ivan @詩雅 請批", "詩雅"),
        ("@陈美玲 请批", "陈美玲"),
        ("麻烦 ＠嘉豪 跟进一下", "嘉豪"),
    ],
)
def test_when_a_given_name_is_mentioned_after_an_at_sign_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("@所有人 今晚开会", "所有人"),
        ("@全体成员 请查收", "全体"),
        ("@客服 帮忙查下", "客服"),
        ("@财务部 请查收", "财务"),
        ("@群主 改下群名", "群主"),
        ("@管理员 踢咗佢", "管理员"),
        ("@深圳分行 请回复", "深圳"),
        ("@文件传输助手", "文件"),
    ],
)
def test_when_an_at_sign_mentions_no_member_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 11: a given name alone at a remark's start before a month and what it pays for (附言：芷晴九月钢琴课,
# 备注：梓轩三月学费): a child's lessons and fees are paid under the child's given name, as a name before
# 学费 is a payee's. What opens a remark before a month and is a word or a place (国庆, 今年, 中秋, 龙华,
# 上次) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("附言：芷晴九月钢琴课", "芷晴"),
        ("备注：梓轩三月学费 2400", "梓轩"),
        ("俊熙十月补习费 1600", "俊熙"),
        ("转账附言：子琪12月书法班", "子琪"),
        ("附言：詠詩四月游泳課，共八堂", "詠詩"),
        ("學費，嘉怡二月", "嘉怡"),
    ],
)
def test_when_a_given_name_opens_a_remark_before_a_month_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("附言：国庆十月出游费", "国庆"),
        ("备注：今年九月学费", "今年"),
        ("龙华五月租金 3200", "龙华"),
        ("附言：中秋八月加班费", "中秋"),
        ("备注：上次三月的款", "上次"),
        ("附言：春节二月红包", "春节"),
        ("福田十月物业费", "福田"),
        ("说明：全年12月结清", "全年"),
    ],
)
def test_when_a_word_opens_a_remark_before_a_month_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 12: a surname and its title in a list of the parties (业主叶先生同叶太, 李小姐同李太, 何经理和何太):
# the title is no given name of a listed name (叶先生 is 叶 and 先生), so nothing of the title is reported;
# the surnames and the full names of the list are.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("业主黄先生、黄太同黄家明", "黄家明"),
        ("业主陈先生和陈太", "陈"),
        ("李小姐同李太已签字", "李"),
        ("收款人张伟、李娜和王芳", "王芳"),
        ("業主葉先生同葉太（葉家明、葉陳美華）", "葉家明"),
        ("何经理和何太一齐嚟", "何"),
    ],
)
def test_when_titled_surnames_are_listed_then_the_names_are_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("业主黄先生、黄太同黄家明", "先生"),
        ("业主陈先生和陈太", "先生"),
        ("李小姐同李太已签字", "小姐"),
        ("業主葉先生同葉太（葉家明）", "先生"),
        ("何经理和何太一齐嚟", "经理"),
        ("王女士及王太", "女士"),
    ],
)
def test_when_titled_surnames_are_listed_then_no_title_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 13: a name of three characters whose surname and first given character make a word or a place (高山 |
# 峰, 金华 | 明, 黄金 | 龙, 江海 | 涛) after a caller's or an applicant's self-naming (我是, 我叫, 自称, 本人)
# and before punctuation: the self-naming says a name follows, and its last character is a name's. What
# follows a self-naming and is a word, a place, an office or a kind of person (林业局, 白云区, 高中生, 江西人,
# 包工头, 周末班) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("你好，我是高山峰，密码忘了", "高山峰"),
        ("对方自称金华明，要求转账", "金华明"),
        ("本人黄金龙，申请补卡", "黄金龙"),
        ("我叫江海涛，卡被锁了", "江海涛"),
        ("来电人自称龙华英。", "龙华英"),
        ("我係方正杰，想查下張卡", "方正杰"),
    ],
)
def test_when_a_self_named_name_opens_with_a_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("我是林业局的，来核实", "林业局"),
        ("我是白云区，不是天河区", "白云区"),
        ("本人高中生，没有收入", "高中生"),
        ("我是江西人，在深圳工作", "江西人"),
        ("我是包工头，要发工资", "包工头"),
        ("我是周末班，下周一再来", "周末班"),
        ("我是龙华人，住民治", "龙华人"),
        ("我是包租婆，收租", "包租婆"),
    ],
)
def test_when_a_self_naming_precedes_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 14: a surname and its title after the office that names the person (班主任何老师, 教导主任黄sir,
# 主任刘医生): 任 and the surname after it read as a word (任何, 任宁), so nothing was found. What follows
# the office and is a word (主任医师, 主任委员, 班主任工作, 班主任任期) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("有事请找班主任何老师。", "何"),
        ("班主任柯老师说不用转账", "柯"),
        ("教导主任黄sir话要补交", "黄"),
        ("科室主任刘医生签字", "刘"),
        ("班主任王老师", "王"),
        ("請聯絡班主任麥老師", "麥"),
    ],
)
def test_when_a_titled_surname_follows_the_office_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("主任医师门诊", "医师"),
        ("主任委员会议", "委员"),
        ("班主任任期三年", "任期"),
        ("班主任工作手册", "工作"),
        ("主任何时回来", "何时"),
        ("班主任何必亲自去", "何必"),
    ],
)
def test_when_the_office_precedes_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 15: a name that is a word (高翔, 林海, 石磊, 白雪) between the party of a report or a complaint
# (受害人, 举报人, 投诉人, 当事人, 报案人) and a verb of saying or stating (说, 称, 表示): the party's words
# are reported, so a person stands there; its last character a name's. A word there that is no name (本人,
# 当时, 方面, 多次, 双方) or a look-alike is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("受害人高翔说对方自称客服", "高翔"),
        ("举报人林海称收到中奖短信", "林海"),
        ("投诉人石磊表示未收到退款", "石磊"),
        ("报案人白雪称卡被盗刷", "白雪"),
        ("当事人高明说已经还清", "高明"),
        ("受害人高山表示对方冒充公检法", "高山"),
    ],
)
def test_when_a_word_name_of_a_party_says_something_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("受害人本人说不知情", "本人"),
        ("受害人当时说没收到", "当时"),
        ("举报人方面称已报警", "方面"),
        ("投诉人多次表示不满", "多次"),
        ("当事人双方表示同意", "双方"),
        ("受害人平时说话很快", "平时"),
        ("受害人黄金称被调包", "黄金"),
        ("举报人曾说过", "曾说"),
    ],
)
def test_when_a_word_between_a_party_and_a_verb_of_saying_is_no_name_then_nothing_is_found(
    text: str, part: str
) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 16: a name that is a word (高翔, 白雪, 高山) between a verb of giving or paying (付, 给, 还) and what
# the payment is for (押金, 工资, 学费, 红包), directly or after one word or a month (付高翔装修押金, 给高山三月工资):
# the payee of a transfer remark, as before 的. A word there whose characters are no name's, a look-alike
# or an organisation (高速, 石油, 华为, 万家, 方便, 白天) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("付高翔装修押金 3000", "高翔"),
        ("给高山三月工资 5000", "高山"),
        ("付白雪学费 2400", "白雪"),
        ("还林海房租 2800", "林海"),
        ("给林海生日红包 520", "林海"),
        ("付高明工程款尾款", "高明"),
    ],
)
def test_when_a_word_name_is_paid_for_something_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("付高速通行费", "高速"),
        ("付石油公司货款", "石油"),
        ("给华为工程款", "华为"),
        ("给万家装修押金", "万家"),
        ("付方便面货款", "方便"),
        ("付白天工资", "白天"),
        ("付高层装修押金", "高层"),
        ("给大家发红包", "大家"),
    ],
)
def test_when_a_word_is_paid_for_something_then_it_is_no_name(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 17: a Tibetan's, a Uyghur's or a Mongol's name of two syllables or more written without the dot (扎西次仁,
# 艾力买买提), or one that is whole alone (那日苏), standing alone in quotes or as a field's value after a
# colon: the run is a name whatever word stands before it. A run that only begins with such a syllable (扎西
# 德勒, 格桑花, 乌兰察布, 呼和浩特) or a lone syllable that is no whole name (尼玛, 卓玛) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开户行留的户名是“艾力买买提”，没有间隔号", "艾力买买提"),
        ("对方户名「扎西次仁」，与证件一致", "扎西次仁"),
        ('实名："达瓦拉姆"', "达瓦拉姆"),
        ("审核中：那日苏 提交的证件模糊", "那日苏"),
        ("收款方：格桑德吉，卡号另附", "格桑德吉"),
        ("昵称『乌兰图雅』", "乌兰图雅"),
    ],
)
def test_when_a_minority_name_stands_alone_in_quotes_or_a_field_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("群里都在说“扎西德勒”", "扎西德勒"),
        ("店名：格桑花，在拉萨", "格桑花"),
        ("目的地：乌兰察布", "乌兰察布"),
        ("航班：呼和浩特 转机", "呼和浩特"),
        ("备注：“尼玛”不是人名", "尼玛"),
        ("商品：“次仁”系列", "次仁"),
        ("产品：“格桑”系列", "格桑"),
        ("景点：“查干湖”", "查干湖"),
    ],
)
def test_when_a_quoted_run_only_begins_with_a_minority_syllable_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 18: a school, a hospital or a hall named after a person with the person's honorific (陈瑞祺爵士纪念小学,
# 邓肇坚爵士纪念中学, 李树芬博士纪念医院): the institution, as a shop named after its owner is a shop. The
# person named with the honorific elsewhere (何会督话, 李博士的诊症) and a pupil of such a school are persons.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("学生：欧阳子晴，学校：李树芬博士纪念中学", "欧阳子晴"),
        ("梁大文爵士今日到访", "梁大文"),
        ("联系陈志明博士，电话另附", "陈志明"),
        ("何国强的女儿在中学读书", "何国强"),
        ("校监黄美玲签字", "黄美玲"),
    ],
)
def test_when_a_person_is_named_beside_a_school_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("學校：鄧肇堅爵士紀念中學，學費已交", "鄧肇堅"),
        ("学校：邓肇坚爵士纪念中学", "邓肇坚"),
        ("覆診：李树芬博士纪念医院", "李树芬"),
        ("缴费：陈瑞祺爵士纪念小学", "陈瑞祺"),
        ("场地：梁銶琚博士纪念堂", "梁銶琚"),
    ],
)
def test_when_an_institution_is_named_after_a_person_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 19: a person before a verb of shift duty (由小邱顶班, 今晚老周值班, 陈志明接班): a handover note names
# who covers the counter, as 说 or 签收 ends a name. A word before such a verb (小组, 小区, 晚上, 高层, 夜间) is
# none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今天大堂由小邱顶班", "小邱"),
        ("今晚由老周值班", "老周"),
        ("明早陈志明接班，钥匙在抽屉", "陈志明"),
        ("周六由小马代班", "小马"),
        ("下午由何嘉欣当班", "何嘉欣"),
        ("由小黄替班一天", "小黄"),
    ],
)
def test_when_a_person_takes_a_shift_then_the_name_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("由小组值班", "小组"),
        ("由小区保安值班", "小区"),
        ("晚上值班的人", "晚上"),
        ("由高层值班", "高层"),
        ("夜间值班补贴", "夜间"),
        ("由金融部顶班", "金融"),
    ],
)
def test_when_a_word_takes_a_shift_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
