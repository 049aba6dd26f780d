"""Classes of Chinese-script names (issue #11, the ninth round): mainland transfer remarks, wage and
gift lists, minority names. One table per class: names that must be found, and texts of the same shape
where nothing of the named part may be reported as a PERSON. The names and the sentences are made up
for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: surnames of the commonest few hundred that the scanner did not read (农 Nong, of the Zhuang
# of Guangxi; 仇, 尚, 柏). Read like the rare ones: a likely given name after them is a name, the words
# they begin (农行, 尚未, 柏林, 仇恨) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收农秀兰货款 3260 元，请开收据", "农秀兰"),
        ("参保人仇丽娜从佛山转入深圳", "仇丽娜"),
        ("财务柏丽收到对方的消息", "柏丽"),
        ("冒充总经理尚志刚要求转账", "尚志刚"),
        ("这笔钱转给农建华，备注房租", "农建华"),
        ("仇文斌：明天下午三点到网点签字", "仇文斌"),
        ("请联系尚晓燕核对流水", "尚晓燕"),
    ],
)
def test_when_a_surname_newly_read_has_a_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("客户尚未还款，农行卡已冻结", "尚未"),
        ("客户尚未还款，农行卡已冻结", "农行"),
        ("请到农业银行柏林分行办理", "柏林"),
        ("请到农业银行柏林分行办理", "农业"),
        ("农民工工资尚需核对", "农民"),
        ("农历新年前发放奖金，尚可", "尚可"),
        ("对方出于仇恨发帖辱骂", "仇恨"),
        ("柏油路面施工，车辆绕行", "柏油"),
        ("尚品宅配的定金已退", "尚品"),
    ],
)
def test_when_a_newly_read_surname_begins_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 2: a name before its bearer's ethnic group in brackets, as a register, an onboarding note or a
# police record writes it (沙玛阿果（彝族）, 经营者韦阿壮（壮族）). The minorities' names are seldom a
# surname and a given name the statistics know; the bracket says a person stands before it. What stands
# before such a bracket and is a word (a festival, a craft, a dish, a customer) or a place is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经营者阿苏拉则（彝族），信用代码见附件", "阿苏拉则"),
        ("回访：沙玛阿果（彝族）收到假冒法院的短信", "沙玛阿果"),
        ("个体工商户，经营者韦阿壮（壮族），执照待补", "韦阿壮"),
        ("借款人次仁旺姆（藏族），身份证见附件", "次仁旺姆"),
        ("收款人热依拉（维吾尔族）已确认", "热依拉"),
        ("联系人：吉克石布(彝族)，电话另附", "吉克石布"),
        ("客户巴特尔（蒙古族）要求补卡", "巴特尔"),
    ],
)
def test_when_an_ethnic_group_in_brackets_follows_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("客户（汉族）要求补卡", "客户"),
        ("今年的火把节（彝族）在七月", "火把节"),
        ("凉山州（彝族）的网点", "凉山州"),
        ("这件刺绣（苗族）很贵", "刺绣"),
        ("新到的银饰（苗族）手工", "银饰"),
        ("店里卖的腊肉(土家族)", "腊肉"),
        ("参加泼水节（傣族）的游客", "泼水节"),
        ("民族：（汉族）", "民族"),
    ],
)
def test_when_a_word_or_a_place_precedes_an_ethnic_group_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 3: a Tibetan's, a Mongol's or a Yi's name written without the dot (扎西顿珠, 那日苏, 吉克伍呷)
# after the party of a loan, a policy or a parcel (借款人, 担保人, 收件人), after a word a person is
# addressed by (跟, 找, 弟弟), a Mongol's after the surname 包 as well (包巴特尔); a name of three
# syllables such as 那日苏 is whole alone. Those words before a verb, a shop or a greeting are no name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("借款人扎西顿珠，身份证见附件", "扎西顿珠"),
        ("客户那日苏尾号 8866 的卡扣款失败", "那日苏"),
        ("收件人她弟弟包巴特尔，联系电话另附", "包巴特尔"),
        ("跟吉克伍呷确认后再录", "吉克伍呷"),
        ("担保人次仁旺姆已签字", "次仁旺姆"),
        ("找曲比阿呷核对流水", "曲比阿呷"),
        ("收货人格桑旺姆，电话见单", "格桑旺姆"),
    ],
)
def test_when_a_minority_name_follows_a_party_or_an_address_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("收件人写仓库", "写仓库"),
        ("经营者阿西烧烤店的老板", "阿西"),
        ("收货人改成公司前台", "改成"),
        ("寄件人填的是仓库地址", "填的"),
        ("扎西德勒！新年快乐", "扎西"),
        ("经营者阿牛烧烤的账户", "阿牛"),
        ("客户那边尾号 8866 的卡", "那边"),
        ("投保人本人签字", "本人"),
    ],
)
def test_when_a_party_word_precedes_a_verb_or_a_shop_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 4: a list of names with amounts (a wedding's gift book, a payroll's lines, a split bill): 于洋
# 1000，金山 666，二舅吕国庆 2000. Next to a name found, an item of the same shape (a surname and a given
# name, or a minority's name whole, then an amount) is a name too, a given name that is a word (金山,
# 于洋) among them; a kinship's word may stand before it. Goods, fees and places listed with amounts
# next to a name (水电, 高铁, 白菜, 余额, 江苏) are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("礼金登记：于洋 1000，金山 666，二舅吕国庆 2000", "于洋"),
        ("礼金登记：于洋 1000，金山 666，二舅吕国庆 2000", "金山"),
        ("工资明细：朱雪梅 7200，喻鹏 6850，达瓦央金 6850，巴图 7100，合计 28000", "达瓦央金"),
        ("工资明细：朱雪梅 7200，喻鹏 6850，达瓦央金 6850，巴图 7100，合计 28000", "巴图"),
        ("份子钱：陈静 500，高山 800，二姨常青 600", "高山"),
        ("份子钱：陈静 500，高山 800，二姨常青 600", "常青"),
        ("AA 明细：江河 ¥120，林晓红 ¥120", "江河"),
    ],
)
def test_when_a_name_is_listed_with_an_amount_next_to_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("张伟 500，水电 200，物业 300", "水电"),
        ("王芳 300，高铁 500，打车 60", "高铁"),
        ("李娜 200，白菜 15，金桔 8", "白菜"),
        ("陈静 800，合计 2000", "合计"),
        ("刘洋 200，黄金 3 克，白银 100", "黄金"),
        ("马丽 ¥88，钱包 ¥299，陈醋 12 元", "钱包"),
        ("吴敏 200，江苏 300，湖南 500", "江苏"),
        ("孙丽 300，常规 200，安全 100", "常规"),
        ("郑凯 50，包邮 10，于 12 月 10 日", "包邮"),
    ],
)
def test_when_goods_or_places_are_listed_with_amounts_then_they_are_no_name(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 5: Cantonese verbs that introduce a person (問下 ask, 等 wait for, 還返/畀返 pay back, 港人 a Hong
# Konger) and questions asked about one (得唔得閒, 有冇, 係咪): a name after or before them is a person's,
# as after 問 and 俾. Those verbs before a thing, a time or a word (等於, 等候, 問下價錢) are no name's.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("問下家輝得唔得閒，星期六幫手搬屋", "家輝"),
        ("问下嘉欣有冇收到钱", "嘉欣"),
        ("港人古天恩喺深圳開工資卡", "古天恩"),
        ("校驗唔通過，等馮子彤補返正確號碼", "馮子彤"),
        ("還返黎淑嫻上次代墊嘅差餉 $1,630", "黎淑嫻"),
        ("畀返陳美琪上個月嘅按金", "陳美琪"),
        ("等梁振邦返嚟再簽", "梁振邦"),
    ],
)
def test_when_a_cantonese_verb_introduces_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("等于零的时候再说", "于零"),
        ("等高线图已更新", "高线"),
        ("平等对待每位客户", "对待"),
        ("等候区请排队", "候区"),
        ("还返张卡俾我", "张卡"),
        ("问下价钱先", "价钱"),
        ("问下明天开唔开", "明天"),
        ("問下間分行得唔得閒", "分行"),
    ],
)
def test_when_a_cantonese_verb_precedes_a_thing_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 6: a surname's character that ends a place's name of two characters (龍華 | 倉, 石龍 | 飛機場) is the
# place's, as one that ends a dictionary word (黃金) is the word's; the name that starts with the place's
# first character is still found (石龍飛).
@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("那批货明天到龙华仓，让他叫上刘磊一起卸", "华仓"),
        ("货放在龙华仓库", "华仓"),
        ("寄到石龙仔的店", "龙仔"),
        ("福田区的福民站", "民站"),
        ("去梅林关口等", "林关"),
        ("货到谢岗仓再分", "岗仓"),
    ],
)
def test_when_a_surname_ends_a_place_name_then_it_is_no_name(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人石龙飞，卡号见附件", "石龙飞"),
        ("转给谢岗明 500 元", "谢岗明"),
        ("请联系宁德华核对", "宁德华"),
        ("给叫上刘磊一起卸的师傅", "刘磊"),
        ("跟小王说一下，让刘磊一起去", "刘磊"),
        ("让龙华仓的吴志强签收", "吴志强"),
    ],
)
def test_when_a_name_starts_with_a_place_s_first_character_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


# class 3, continued: a platform's user, a cashier or a clerk (用户, 收银员, 柜员) before a minority's name
# (用户乌云其木格, 收银员巴特尔); a Tibetan's name of two syllables that is whole alone (次旺, 巴桑). What
# such a word introduces otherwise (a place, a verb) is no name.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收银员巴特尔，交班前已点钞", "巴特尔"),
        ("用户乌云其木格在天猫店买剪刀被扣了两次款", "乌云其木格"),
        ("Login from 203.0.113.9 用户 次旺，password reset", "次旺"),
        ("用户巴桑反映到账慢", "巴桑"),
        ("柜员达瓦央金已复核", "达瓦央金"),
        ("实名：热依拉，与银行登记一致", "热依拉"),
    ],
)
def test_when_a_user_or_a_clerk_is_a_minority_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("用户反映次旺路的网点关门", "次旺"),
        ("用户在老王烧烤店被重复扣款", "在老"),
        ("收银员找零错误", "找零"),
        ("柜员已经复核", "已经"),
        ("实名认证失败", "认证"),
        ("用户巴士卡充值失败", "巴士"),
    ],
)
def test_when_a_user_or_a_clerk_precedes_a_thing_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 7: a name that is a word (高峰, 常青, 文静, 向阳) between a verb of giving or paying (给, 还, 付) and
# 的: the payee of a transfer remark (给高峰的工程款). A word there whose characters are no name's, a
# look-alike, or a word with a character that is never a given name's (大家, 公司, 黄金, 华为) is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给高峰的工程款尾款，高峰期打不进去就明早再转", "高峰"),
        ("给江山的工资先垫上", "江山"),
        ("给常青的押金 5000", "常青"),
        ("给文静的红包 200", "文静"),
        ("给向阳的定金已付", "向阳"),
        ("还白雪的 300 元", "白雪"),
    ],
)
def test_when_a_word_name_is_paid_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("给大家的红包", "大家"),
        ("给高层的报告", "高层"),
        ("给黄金的定价", "黄金"),
        ("给石油的补贴", "石油"),
        ("给方向的指示", "方向"),
        ("给华为的货款", "华为"),
        ("付高速的通行费", "高速"),
        ("给白云的款", "白云"),
        ("给万家的灯火", "万家"),
    ],
)
def test_when_a_word_is_paid_then_it_is_no_name(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
