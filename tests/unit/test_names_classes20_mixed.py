"""Classes of names in mixed Chinese and English text (the twentieth round, from the development set
``delta``): a found name's word mentioned again glued to Chinese characters (要Rachel本人); 小 and a
surname with one side strong and the other no word's part (转给小周了, 截图发小周); a surname and a
one-character title after a role's word (供应商梁总催款, 值班刘工已处理); an English given name after
麻煩 or before 名下, and after a signature's dash that follows a closing bracket (…）— Ivan). One table
of names that must be found and one of look-alikes of the same shape, through the whole detector and
the names scanner alone. The names and sentences are made up for these tests."""

from __future__ import annotations

import pytest
from person_spans import anywhere, at, hit, spans, touch
from person_spans import found_by_both as _found
from person_spans import left_by_both as _left


@pytest.mark.parametrize(
    ("text", "word", "nth"),
    [
        ("drop off 俾 Rachel Ho，佢話一定要Rachel本人簽收", "Rachel", 1),
        ("客戶話Benny報價 $12,000，但發票寫 $21,000，Benny Chow已經離職", "Benny", 0),
        ("财务谢欣，英文名叫Cindy Tse，找Cindy就得", "Cindy", 1),
    ],
)
def test_when_a_found_names_word_is_glued_to_chinese_again_then_it_is_found(text: str, word: str, nth: int) -> None:
    where = at(text, word, nth)
    assert hit(spans(text), where), (text, spans(text))
    assert hit(anywhere(text), where), (text, anywhere(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word inside a Latin word, or a name's word the text holds once, stays as it was (Rachelle 係佢妹妹
        # is a given name of its own between two Chinese words: test_names_classes23_ridge.py)
        ("Rachel Ho 話 Rachelland 係佢公司", "Rachelland"),
        ("Benny Chow 去咗 Bennyland", "Bennyland"),
    ],
)
def test_when_a_longer_latin_word_holds_a_names_word_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("转完截图发小周", "小周"),
        ("我已经转给小王了", "小王"),
        ("请于入职前补交至HR小蒋处", "小蒋"),
        ("6栋小唐2斤，钱直接转我", "小唐"),
        ("供应商梁总催款：发票抬头写错了", "梁"),
        ("生产告警：值班刘工已处理", "刘"),
        ("麻煩Ivy今日補返", "Ivy"),
        ("麻烦 Ivy 今天补回", "Ivy"),
        ("对账发现Alice名下有笔提现", "Alice"),
        ("個code係 482913（已提佢唔好講俾人聽）— Ivan", "Ivan"),
    ],
)
def test_when_a_name_stands_in_these_mixed_places_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("转给小米了", "小米"),
        ("买了个小马扎", "小马"),
        ("共享单车小黄车押金退了吗", "小黄"),
        ("转到小金库", "小金"),
        ("下线蒙小龙、农春梅负责收购", "蒙小龙"),
        ("供应商王工厂在东莞", "王工"),
        ("运营周总结已发", "周总"),
        ("仓库石工人已下班", "石工"),
    ],
)
def test_when_a_look_alike_stands_in_these_places_then_no_short_name_is_found(text: str, word: str) -> None:
    if word == "蒙小龙":  # the full name is found whole, not cut into 蒙 and 小龙
        assert (text.index(word), text.index(word) + 3) in spans(text), spans(text)
        return
    where = at(text, word)
    assert not touch(spans(text), where), (text, spans(text))
    assert not touch(anywhere(text), where), (text, anywhere(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("叫人轉去何志明個戶口 012-123-0-987654", "何志明"),
        ("董事 Harjit Singh Gill，辦公室喺海岸城", "Harjit Singh Gill"),
        ("Paid Harjit Singh yesterday", "Harjit Singh"),
        ("Gurpreet Kaur sent HKD 500", "Gurpreet Kaur"),
        ("呢單chargeback嘅cardholder係 Farhan Qureshi，billing name寫 F. Qureshi", "Farhan Qureshi"),
        ("呢單chargeback嘅cardholder係 Farhan Qureshi，billing name寫 F. Qureshi", "F. Qureshi"),
        ("Cardholder Farhan Qureshi; billing name F. Qureshi", "F. Qureshi"),
        ("快递员小马说放在丰巢柜了", "小马"),
        ("业务员小王说明天到", "小王"),
        ("客户说不是她操作，转小冯看", "小冯"),
        ("司機阿強用PayMe收咗$150車錢", "阿強"),
        # a surname and a two-character title after a two-character word (the glen set)
        ("受害人被冒充“公安李警官”的人要求转账", "李"),
    ],
)
def test_when_a_name_stands_in_these_other_places_then_it_is_found(text: str, word: str) -> None:
    _found(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("入面係 Calvin Klein 件衫", "Calvin"),
        ("跟Tommy Hilfiger那张订单无关", "Tommy"),
        ("阿媽張信用卡卡號係4391 2205 8817 3304", "張信"),
        ("Harjit Singh Road shop", "Harjit"),
        ("Gurpreet Kaur Trading Co", "Gurpreet"),
        ("Dear Singh, thanks", "Dear"),
        ("快递小哥说放门口", "小哥"),
        ("销售小程序上线", "小程"),
        # a fee's word before 总共, a builder's 包工 (a review's cases): no surname before a title
        ("服务费总共 120 元", "费"),
        ("管理费总共 500 元", "费"),
        ("装修师傅包工包料", "包"),
        ("装修包工费用 5 万", "包"),
        ("麻烦 Apple 退款", "Apple"),
        # brands, a road, a mountain, a hospital's and a school's namesakes, money paid first (fjord, glen)
        ("爭議：卡主話 譚木匠 網店重複扣款", "譚木匠"),
        ("聽日去路環食安德魯蛋撻", "安德魯"),
        ("地址 黃大仙 龍翔道；代收", "龍翔道"),
        ("在 中山大学孙逸仙纪念医院 做过手术", "孙逸仙"),
        ("支票抬頭「李惠利中學家長教師會」", "李惠利"),
        ("钱先转给小李", "钱先"),
        ("他在宁夏贺兰山那边开农家乐", "贺兰山"),
    ],
)
def test_when_a_look_alike_stands_in_these_other_places_then_it_is_not_a_name(text: str, word: str) -> None:
    _left(text, word)


def test_when_a_brand_is_named_by_its_possessive_after_the_person_then_only_the_person_is_found() -> None:
    text = "記得同 Auntie Wendy 講多謝（唔係 Wendy's 嗰個呀）"
    assert hit(spans(text), at(text, "Wendy")), spans(text)
    assert not touch(spans(text), at(text, "Wendy", 1)), spans(text)
    assert not touch(anywhere(text), at(text, "Wendy", 1)), anywhere(text)


def test_when_a_count_of_accounts_follows_a_name_then_the_numeral_is_not_part_of_it() -> None:
    text = "一小时内先后登录了邓伟、邓卫和冯丽三个账户"
    assert at(text, "冯丽") in spans(text), spans(text)
    assert not touch(spans(text), at(text, "三")), spans(text)
