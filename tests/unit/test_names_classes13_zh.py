"""Classes of Chinese-script names (issue #11, the thirteenth round): a given name before an
elder's kinship title (惠珍姨, 国豪叔叔), a given name that is a word before 哥/姐 (建国哥), and a
given name after a verb of giving with its aspect (给过强哥, 畀咗志明); a given name after a
grandchild's, a child's or a spouse's word of someone named before (其孙家俊) or after a verb of
calling along (叫上思思); a name that signs after a police officer's role (经办民警卫东); a full
name between 至/到 and an account's word (退款至吴家宝嘅信用卡); a name that is a word between a
holder's word and a verb of saying (持卡人宁静称); 单 after a demonstrative, a classifier
(嗰单少收); a given name as its clause's subject before an adverb (嘉慧已经核对, 小慧也知道); a full
name after a verb of checking with its measure (看下胡家豪那笔); a clinic named after its doctor
(文杰医务中心); a full name after a kinship's word before a copula (配偶崔少华为); a given name addressed
before a pronoun (家乐你).
One table per class: names that must be found, and texts of the same shape where nothing of the
named part may be reported as a PERSON. The names and the sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import found_names as _found
from person_spans import touched as _touched


# class 1: a given name before an elder's kinship title, single or doubled (姨, 叔, 伯, 婶, 嫂: 秀芬姨,
# 志明伯伯), or before 哥/姐 though the given name is a word (建国哥, 海燕姐), after punctuation or a
# word that introduces a person; a verb of giving with its aspect introduces one (给过, 畀咗, 交咗).
# A relative's word (老伯, 表叔, 师姐), a kinship word doubled (叔叔) and a title inside a word are none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("红包已经转给秀芬姨，佢话收到", "秀芬"),
        ("，志明伯伯话下个月先还", "志明"),
        ("房租今个月交咗俾丽华婶", "丽华"),
        ("姐，建国哥讲周五先过数", "建国"),
        ("麻烦畀咗美玲嫂未？", "美玲"),
        ("押金我上个月已经给过伟强叔了", "伟强"),
        ("海燕姐话得闲再约饮茶", "海燕"),
        ("呢份礼金係俾淑仪姨姨嘅", "淑仪"),
        ("利是畀咗俊杰哥，唔使再俾", "俊杰"),
    ],
)
def test_when_a_kinship_title_follows_a_given_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("我叔叔话下个月先还", "叔叔"),
        ("，老伯话唔记得密码", "老伯"),
        ("表叔已经转咗钱", "表叔"),
        ("今天姐姐来了", "今天"),
        ("沙特阿拉伯的客户汇款", "拉伯"),
        ("，大伯母说会还", "大伯"),
        ("我俾咗钱未？", "钱未"),
        ("畀咗钱未呀", "钱未"),
        ("已经给过方便面钱了", "方便"),
        ("交咗张单俾师姐", "师姐"),
    ],
)
def test_when_a_kinship_title_follows_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 2: a given name alone after a word for a grandchild, a child or a spouse of someone named before
# (其孙, 其子, 外孙女, 外甥) or a verb of calling someone along (叫上, 约埋, 带上); what such a word
# comes before and is a word, a thing or another relative is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("老人家接到自称其孙浩贤的电话，要求转账", "浩贤"),
        ("外孙女思彤的钢琴学费已缴", "思彤"),
        ("其子志强于上月开户", "志强"),
        ("外甥嘉俊话下个月还", "嘉俊"),
        ("得闲叫上婷婷同佢男朋友食饭", "婷婷"),
        ("听日带上美琪去银行开户", "美琪"),
        ("其女慧敏代为签收", "慧敏"),
    ],
)
def test_when_a_grandchild_or_calling_along_word_comes_before_a_given_name_then_it_is_found(
    text: str, name: str
) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("其子女均在香港读书", "子女"),
        ("带上身份证原件到柜台", "身份"),
        ("叫上朋友一起来", "朋友"),
        ("外孙女婿下周到", "女婿"),
        ("其夫妻二人共同申请", "夫妻"),
        ("约上周末再谈", "周末"),
        ("孙仔生日快乐", "生日"),
    ],
)
def test_when_a_grandchild_or_calling_along_word_comes_before_a_word_then_nothing_is_found(
    text: str, part: str
) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 3: a name that signs after a police officer's role (经办民警, 值班警员, 探员), its given character a
# likely one, alone before punctuation or the end; a word after the role that goes on is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("冻结3个账户（经办民警卫东）。", "卫东"),
        ("已录取笔录，经办民警韩磊", "韩磊"),
        ("报案回执：值班警员林峰。", "林峰"),
        ("跟进探员邓伟：", "邓伟"),
    ],
)
def test_when_a_police_role_comes_before_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("民警培训安排在周三", "培训"),
        ("请联系警员热线", "热线"),
        ("经办民警方面已回复", "方面"),
        ("探员高度关注此案", "高度"),
        ("警官证号码已核对", "官证"),
    ],
)
def test_when_a_police_role_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 4: a full name after 至/到 (a place's word far more often) before an account's word, with or without
# a possessive (退款至吴家宝嘅信用卡, 转账到陈大文账户); a place, a brand or a word there is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("退款HK$120已退至区嘉欣嘅信用卡", "区嘉欣"),
        ("工资已转账到陈大文账户", "陈大文"),
        ("请汇至黄美玲的银行卡", "黄美玲"),
        ("款项将存至欧阳子健的储蓄卡", "欧阳子健"),
        ("已过数到梁家辉户口", "梁家辉"),
        ("赔偿金退到何婉婷嘅钱包", "何婉婷"),
    ],
)
def test_when_a_name_stands_between_to_and_an_account_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("款项已退至原卡", "原卡"),
        ("请汇到石家庄的账户", "石家庄"),
        ("转到黄金账户即可", "黄金"),
        ("已退至湾仔分行账户", "湾仔"),
        ("请转至王府井店的账户", "王府井"),
        ("退款至马上到账的卡", "马上"),
        ("转账到方便的账户", "方便"),
    ],
)
def test_when_a_place_or_word_stands_between_to_and_an_account_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 5: a name that is a word (宁静, 高翔) between a card's, an account's or a claim's holder (持卡人,
# 客户, 用户, 申请人, 来电人) and a verb of saying, as between a victim's word and one; a word or a phrase
# there that is no name is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("持卡人宁静称在商场消费时被多刷一次", "宁静"),
        ("客户高翔表示从未授权该笔交易", "高翔"),
        ("用户林海反映提现一直未到账", "林海"),
        ("申请人文静说地址已经更改", "文静"),
        ("來電人高峰聲稱卡片遺失", "高峰"),
    ],
)
def test_when_a_holder_word_and_a_saying_verb_stand_around_a_word_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("客户方面称暂不追究", "方面"),
        ("客户马上说会还款", "马上"),
        ("持卡人本人表示同意", "本人"),
        ("申请人还说要补交材料", "还说"),
    ],
)
def test_when_a_holder_word_and_a_saying_verb_stand_around_a_phrase_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 6: 单 after a demonstrative or a numeral is Cantonese's classifier of an order or a case (嗰单少收,
# 呢单货, 两单到付), as 张 is of a card (那张卡); Cantonese's 嗰 (that) stays a Chinese character in the
# Simplified copy. 单 after any other word is a surname still (收款人单志明).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人单志明已确认", "单志明"),
        ("请转给单丽华，谢谢", "单丽华"),
        ("嗰個陳志明話聽日先俾", "陳志明"),
    ],
)
def test_when_shan_follows_no_demonstrative_then_the_name_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("差$30係阿豪嗰單少收", "單少"),
        ("呢單貨仲未到", "單貨"),
        ("今日收咗兩單到付", "單到"),
        ("每单平均运费12元", "单平"),
        ("嗰單明日先出", "單明"),
    ],
)
def test_when_shan_follows_a_demonstrative_or_a_numeral_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 7: a given name alone as its clause's subject, before an adverb (已, 已经, 也, 都, 亦: 嘉慧已经核对),
# and 小 and a given character before 也/亦 (小慧也知道); a word or a phrase in the same place is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("文件收到，嘉慧已经核对金额", "嘉慧"),
        ("，家欣也转了两百", "家欣"),
        ("志明都话得，咁就咁话", "志明"),
        ("别急，小慧也知道这件事", "小慧"),
        ("款已经齐，婉婷亦已确认", "婉婷"),
        ("淑仪已經check咗張單", "淑仪"),
    ],
)
def test_when_a_given_name_is_a_clause_subject_before_an_adverb_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("，文件已经发出", "文件"),
        ("，金额也对", "金额"),
        ("，款项亦已退回", "款项"),
        ("，明天也可以", "明天"),
        ("，小心也没用", "小心"),
        ("，小时也算加班", "小时"),
    ],
)
def test_when_a_word_is_a_clause_subject_before_an_adverb_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 8: a full name after a verb of checking with its measure (看下, 查一下, 睇下, 核下), whose payment or
# record is asked after (看下胡家豪那笔, 查一下王芳的转账); what is checked and is a word, a place or a
# classifier's phrase is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("帮我看下欧家豪那笔港币入账没有？", "欧家豪"),
        ("麻烦查一下王丽芳的转账记录", "王丽芳"),
        ("你睇下陳大文張單過咗數未", "陳大文"),
        ("核下黎淑娴嘅户口余额", "黎淑娴"),
        ("查下邓志伟那边有没有回款", "邓志伟"),
    ],
)
def test_when_a_checking_verb_comes_before_a_full_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("帮我看下余额够不够", "余额"),
        ("睇下张单几多钱", "张单"),
        ("看一下黄金价格再买", "黄金"),
        ("查下万达广场的地址", "万达"),
        ("看下马上能不能到账", "马上"),
        ("查下周一的流水", "周一"),
        ("看下高铁票还有没有", "高铁"),
    ],
)
def test_when_a_checking_verb_comes_before_a_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 9: a doctor's practice or a clinic named after its doctor (文杰医务中心, 志明中医馆, 家豪医疗中心) is a
# business, as a shop named after its owner is; the doctor or the patient named before another word is a
# person still.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("付款給黃文傑醫生，診金$450", "黃文傑"),
        ("王美玲眼科覆診費已付", "王美玲"),
        ("收款人：李國強，用途：醫務中心診金", "李國強"),
    ],
)
def test_when_a_doctor_or_a_patient_is_named_then_the_name_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("診金已付文傑醫務中心 (旺角)", "文傑"),
        ("請付款至志明中醫館", "志明"),
        ("陈家豪医疗中心的体检费", "陈家豪"),
        ("付给林国华诊疗所的押金", "林国华"),
        ("嘉欣體檢中心收據", "嘉欣"),
    ],
)
def test_when_a_clinic_is_named_after_its_doctor_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 10: a full name after a kinship's or a party's word, before a copula (为, 是) that makes a word
# with the name's last character (华为, 成为): the copula starts the clause's predicate (配偶崔少华为联名
# 户口持有人). A word after the kinship's word is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("配偶崔少華為聯名戶口持有人", "崔少華"),
        ("母亲江丽华为本账户受益人", "江丽华"),
        ("配偶汤振华是公司董事", "汤振华"),
    ],
)
def test_when_a_copula_follows_a_name_after_a_kinship_word_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("配偶方面为主要联系人", "方面"),
        ("客户资料为最新版本", "资料"),
        ("员工华为手机报销", "华为"),
    ],
)
def test_when_a_copula_follows_a_word_after_a_kinship_word_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))


# class 11: a given name addressed at its clause's start with a pronoun after it (家乐你今晚..., 志华您好):
# the pronoun says someone is spoken to, for a given name with less evidence (家 0.7); a word, a time or
# a title before the pronoun is none.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("家樂你今晚返唔返屋企食飯？", "家樂"),
        ("收到，家宝你记得转账", "家宝"),
        ("嘉欣您好，款项已到", "嘉欣"),
        ("志华你听日得唔得闲？", "志华"),
    ],
)
def test_when_a_pronoun_follows_a_given_name_at_a_clause_start_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("，明天你记得带证件", "明天"),
        ("，其实你唔使转", "其实"),
        ("，下次你直接转账", "下次"),
        ("，师傅你好", "师傅"),
        ("，原来你已经付咗", "原来"),
        ("，好彩你有备份", "好彩"),
    ],
)
def test_when_a_pronoun_follows_a_word_at_a_clause_start_then_nothing_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, _found(text))
