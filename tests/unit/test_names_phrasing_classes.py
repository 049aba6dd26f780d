"""Name classes of phrasing the name scanners missed or mistook on hand-written text (issue #11),
one table per class: sentences that must give a PERSON finding over a name, and near misses
(places, shops, brands, words) that must give none. The names and sentences are made up for
these tests; each class is tried with names other than those of the corpora."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import persons as _persons
from person_spans import touched as _touched


def _assert_names(text: str, names: tuple[str, ...]) -> None:
    for name in names:
        assert _covered(text, name), (text, name, [text[f.start : f.end] for f in _persons(text)])


def _assert_none(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, part)


# -- titles and ranks ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('caller said he was "Officer Tsang" from the bank', ("Tsang",)),
        ("Inspector Ho asked for the OTP", ("Ho",)),
        ("Prof. Margaret Lam signed the form", ("Margaret Lam",)),
        ("Mr Wong's card was declined twice", ("Wong",)),
        ("Mr Lam's bank account was frozen", ("Lam",)),
        ("Ms Chiu's office called back", ("Chiu",)),
        ("Mr Tang bank transfer received", ("Tang",)),
    ],
)
def test_when_a_rank_or_title_precedes_then_the_name_is_found(text: str, names: tuple[str, ...]) -> None:
    _assert_names(text, names)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ('refund from "Mr Chan\'s Kitchen", Mong Kok', "Chan"),
        ("Dr Lee's Clinic consultation HK$400", "Lee"),
        ("Mr Ho's Noodle shop, card ending 1234", "Ho"),
        ("lunch at Dr Sun Yat Sen Road branch", "Sun"),
    ],
)
def test_when_a_title_and_possessive_name_a_business_then_no_name(text: str, part: str) -> None:
    _assert_none(text, part)


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        ("Cardholder Ms Vivian Poon disputes HK$300", "Ms", "Vivian Poon"),
        ("Bill to: Dr Alan Yuen Ka-fai | fee", "Dr", "Alan Yuen Ka-fai"),
    ],
)
def test_when_a_role_word_precedes_a_title_then_the_title_is_no_part_of_the_name(
    text: str, title: str, name: str
) -> None:
    _assert_names(text, (name,))
    title_at = text.index(title + " ")
    assert not any(f.start <= title_at < f.end for f in _persons(text))


# -- romanised names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("please reset it -- Winnie Sze-To", ("Winnie Sze-To",)),
        ("reply from Gloria Au-Yeung today", ("Gloria Au-Yeung",)),
        ("parcel signed by W. K. Leung at the lobby", ("W. K. Leung",)),
        ("collected by J. Tam", ("J. Tam",)),
        ("Payroll | Fung, Wai Keung | staff no. 1182", ("Fung, Wai Keung",)),
        ("MPF member CHEUNG, Ka-yan, period 2024-03", ("CHEUNG, Ka-yan",)),
        ("director Ho Ka Lun, Raymond.", ("Ho Ka Lun, Raymond",)),
        ("no hit for Ana Sofia dos Santos Leong, Macao resident", ("Ana Sofia dos Santos Leong",)),
        ("scheme member So Ka Ming, HKID on file", ("So Ka Ming",)),
        ("FPS TO CHAN SIU MING HKD 300.00", ("CHAN SIU MING",)),
        ("PAID TO LEE KA WAI 2,000.00 DR", ("LEE KA WAI",)),
        ("2024-06-01 FPS IN WONG Hoi Yan HKD 120.00", ("WONG Hoi Yan",)),
        ("Stanley Yip paid the deposit", ("Stanley Yip",)),
    ],
)
def test_when_a_romanised_name_is_written_in_a_form_order_then_it_is_found(text: str, names: tuple[str, ...]) -> None:
    _assert_names(text, names)


def test_when_a_statement_preposition_precedes_a_name_then_it_is_left_out() -> None:
    text = "FPS TO CHAN SIU MING HKD 300.00"
    assert _touched(text, "TO ") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("shops in Wan Chai, Mong Kok and Sha Tin", "Wan Chai"),
        ("Sha Tin, Tai Po", "Tai Po"),
        ("Home Return Permit HA1234567 seen", "Permit"),
        ("So the refund went through", "So"),
        ("walked around Stanley today", "Stanley"),
        ("wire via U.S. Bank", "Bank"),
        ("ordered from Lee Kum Kee, 20 cases", "Lee Kum Kee"),
        ("temple at Wong Tai Sin", "Wong Tai Sin"),
    ],
)
def test_when_a_place_or_code_reads_like_a_romanised_name_then_no_name(text: str, part: str) -> None:
    _assert_none(text, part)


# -- given names alone, in English text -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hey it's Jenny, can u pay me back", ("Jenny",)),
        ("this is Ronald from accounts", ("Ronald",)),
        ("Dominic here, pls call me", ("Dominic",)),
        ("my husband Wai will pay the rest", ("Wai",)),
        ("our helper Mila paid it", ("Mila",)),
        ("delivered to the shop, attn. Brenda.", ("Brenda",)),
        ("send it to 9876 5432 (Sandy)", ("Sandy",)),
        ("pls pay by tonight thx, Pat", ("Pat",)),
        ("signed by Doris at reception", ("Doris",)),
        ("pls confirm with Nelson when it lands", ("Nelson",)),
        ("yo Chun-kit the code is ready", ("Chun-kit",)),
    ],
)
def test_when_a_given_name_has_an_english_cue_then_it_is_found(text: str, names: tuple[str, ...]) -> None:
    _assert_names(text, names)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("paid with Wing Lung Bank transfer", "Wing"),
        ("my friend Hang Seng Bank staff", "Hang"),
        ("paid by Visa ending 1234", "Visa"),
        ("amount (USD) due", "USD"),
        ("it's Monday, pay later", "Monday"),
        ("Hi Team, pls check", "Team"),
    ],
)
def test_when_a_cue_precedes_a_thing_or_a_business_then_no_name(text: str, part: str) -> None:
    _assert_none(text, part)


# -- given names alone, in mixed text ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kelvin 你收到未？", ("Kelvin",)),
        ("Ivan 我已經過咗數", ("Ivan",)),
        ("收到，Gigi 你睇下", ("Gigi",)),
        ("Wing Yan 你 call 返我", ("Wing Yan",)),
        ("你用 PayMe 转给 Candy 吧", ("Candy",)),
    ],
)
def test_when_a_given_name_is_addressed_in_mixed_text_then_it_is_found(text: str, names: tuple[str, ...]) -> None:
    _assert_names(text, names)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("俾 Apple Pay 啦", "Apple"),
        ("Visa 你張卡到期", "Visa"),
        ("Tai Po 你去唔去", "Tai Po"),
    ],
)
def test_when_a_thing_or_a_place_is_addressed_then_no_name(text: str, part: str) -> None:
    _assert_none(text, part)


# -- Chinese given names, nicknames and titles ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("老黄，钱转好了，你看下", ("老黄",)),
        ("备注：还小林上次的饭钱", ("小林",)),
        ("明天见，小芳", ("小芳",)),
        ("丽丽你把地址发我", ("丽丽",)),
        ("嘉欣，今晚食飯夾份", ("嘉欣",)),
        ("好的志强，我晚点转你", ("志强",)),
        ("对方自称“王经理”，要求转账", ("王",)),
        ("过数俾细佬家豪交学费", ("家豪",)),
        ("见到佢女朋友慧敏", ("慧敏",)),
        ("肥仔强话佢唔记得密码", ("肥仔强",)),
        ("收款人古丽娜·艾尔肯，乌鲁木齐", ("古丽娜·艾尔肯",)),
        ("澳門居民瑪利亞·施華拿，舊式身份證", ("瑪利亞·施華拿",)),
        ("户口持有人颜志恒登入", ("颜志恒",)),
    ],
)
def test_when_a_chinese_name_is_a_nickname_a_vocative_or_titled_then_it_is_found(
    text: str, names: tuple[str, ...]
) -> None:
    _assert_names(text, names)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("小时工工资 ¥3,000", "小时"),
        ("小区物业费已交", "小区"),
        ("采购老干妈辣酱 30 瓶", "老干妈"),
        ("小程序支付失败", "小程"),
        ("王总的公司发票", "总"),
        ("地址：天河区·珠江新城", "天河区"),
        ("中国·深圳", "深圳"),
        ("收货地址：东莞市南城区鸿福路", "区鸿福"),
        ("收據：何洪記粥麵外賣", "何洪"),
        ("商户为周大生珠宝", "周大生"),
        ("搬去何文田，已更新", "文田"),
        ("API金鑰被上載", "金鑰"),
        ("于凌晨3点修改了密码", "于凌晨"),
        ("张卡号 6222 0212 3456 7890", "张卡号"),
        ("周大福订金", "周大福"),
        ("李寧運動鞋退款", "李寧"),
        ("Chargeback filed, KYC L1 pending", "Chargeback"),
    ],
)
def test_when_a_word_shop_or_place_reads_like_a_chinese_name_then_no_name(text: str, part: str) -> None:
    _assert_none(text, part)


# -- the whole name, not a part of it (a part left in clear is a leak) ------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("客户郑子然已确认", "郑子然"),
        ("欧阳子然，收到", "欧阳子然"),
        ("Wai Kit Cheung paid the deposit", "Wai Kit Cheung"),
        ("Ka Ming Wong paid", "Ka Ming Wong"),
        ("Chi Keung Lai, HKD 300", "Chi Keung Lai"),
        ("Sender LIU Zi-han paid", "LIU Zi-han"),
        ("Payer Huang Zixuan paid", "Huang Zixuan"),
    ],
)
def test_when_a_name_is_found_then_all_of_it_is_covered(text: str, name: str) -> None:
    _assert_names(text, (name,))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("持卡人黄丽对卡号 6222 有异议", "对卡号"),
        ("张三要求退款", "要求"),
        ("Sender LIU Zi-han paid", "Sender"),
        ("Payer Huang Zixuan paid", "Payer"),
    ],
)
def test_when_a_name_is_covered_then_the_word_next_to_it_is_not(text: str, part: str) -> None:
    _assert_none(text, part)
