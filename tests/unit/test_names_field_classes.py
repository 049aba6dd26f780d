"""Classes of names the scanners missed on the hand-written field set (issue #11), one table per
class: sentences that must give a PERSON finding over a name, and near misses (places, shops,
brands, words) that must give none. The names and sentences are made up for these tests, other
than those of the corpora."""

from __future__ import annotations

import pytest
from person_spans import covered as _covered
from person_spans import persons as _persons
from person_spans import touched as _touched

from streams.detect.roman_names import fold_latin


def _found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in _persons(text)]


# class 1, a name form not covered: Latin letters with diacritics (Vietnamese, Portuguese,
# Spanish) were no word at all to the romanised scanner, which reads [A-Za-z]
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Remit to Trần Thị Mai Anh, HKD 2,000", "Trần Thị Mai Anh"),
        ("匯款俾 Phạm Văn Đức，purpose: tuition", "Phạm Văn Đức"),
        ("Beneficiary: Lê Văn Bình (VN)", "Lê Văn Bình"),
        ("BIR holder Inês Carvalho, Macao resident", "Inês Carvalho"),
        ("paid José Martínez for the Lisbon flat", "José Martínez"),
        ("refund to Zoë Müller via FPS", "Zoë Müller"),
    ],
)
def test_when_a_name_has_diacritics_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, name, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("lunch at Café Deco, HKD 480", "Café Deco"),
        ("Crème Brûlée x2 from the bakery", "Crème Brûlée"),
        ("transfer via Zürich Kantonalbank", "Zürich Kantonalbank"),
        ("São Paulo office rent, BRL 9,000", "São Paulo"),
        ("dessert: Pâtisserie Élysée, 2 boxes", "Pâtisserie Élysée"),
    ],
)
def test_when_accented_words_are_no_name_then_none_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, part)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nguyễn Văn Đức", "Nguyen Van Duc"),
        ("João Gonçalves", "Joao Goncalves"),
        ("no accents here", "no accents here"),
        ("陳大文 Zoë", "陳大文 Zoe"),
    ],
)
def test_when_latin_is_folded_then_offsets_stand(text: str, expected: str) -> None:
    folded = fold_latin(text)
    assert folded == expected
    assert len(folded) == len(text)


# class 2, a surname missing or a name form not covered: Japanese and South Indian surnames on no
# list (read by their endings now), Malay given names on no list before bin/binti and a listed
# father's name, and Japanese or Korean order (a surname, then a given name of that language)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UBO Hiroshi Kinoshita 持 HK ID", "Hiroshi Kinoshita"),
        ("Director Kenji Fujisawa (JP)", "Kenji Fujisawa"),
        ("OT: Priya Venkatanathan +1,200", "Priya Venkatanathan"),
        ("payee Anand Gopalaswamy, INR 20,000", "Anand Gopalaswamy"),
        ("Guarantor Mohd Azlan bin Yusof，Malaysian", "Mohd Azlan bin Yusof"),
        ("Nominee Muhd Hakim bin Ismail, MY", "Muhd Hakim bin Ismail"),
        ("paid Tanaka Yuki JPY 12,000 for the ryokan", "Tanaka Yuki"),
        ("Nakamura Hiroshi，2,000円 already sent", "Nakamura Hiroshi"),
    ],
)
def test_when_a_foreign_asian_name_is_off_the_lists_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, name, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("trip to Kumamoto Castle, tickets HKD 200", "Kumamoto Castle"),
        ("visit Yamamoto Clinic on Monday", "Yamamoto Clinic"),
        ("Kawasaki Ninja 650 deposit", "Kawasaki Ninja"),
        ("Matsushita Electric invoice 2026-11", "Matsushita Electric"),
        ("Shimokitazawa Station exit A", "Shimokitazawa Station"),
        ("Suzuki Swift service at the garage", "Suzuki Swift"),
        ("empty the recycle bin Monday", "bin Monday"),
        ("Kitchen Waste Bin Collection fee HKD 30", "Kitchen Waste Bin Collection"),
        ("Green Recycling bin Tuesday pickup", "Green Recycling bin Tuesday"),
        ("Tokyo Osaka JPY rail pass", "Tokyo Osaka"),
    ],
)
def test_when_a_japanese_or_indian_looking_place_or_brand_then_none_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, part)


# class 3, a cue word missing: the parties of a report, a complaint or a delivery (受害人, 嫌疑人,
# 投诉人, 收件人) introduce a Chinese name as 客户 and 收款人 do
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("要求受害人冯建国转账到安全账户", "冯建国"),
        ("嫌疑人王海军已到案", "王海军"),
        ("投訴人陳志強表示未收到退款", "陳志強"),
        ("被害人刘秀英报称被骗3万元", "刘秀英"),
        ("寄件人郑丽华，电话已核实", "郑丽华"),
    ],
)
def test_when_a_report_party_word_precedes_a_name_then_it_is_found(text: str, name: str) -> None:
    assert _covered(text, name), (text, name, _found(text))


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("受害人称其于昨日被骗", "称其于"),
        ("嫌疑人已到案，涉案金额5万元", "已到案"),
        ("当事人双方同意和解", "双方同"),
        ("收件人地址有误，请更正", "地址有"),
        ("买家已确认收货", "已确认"),
        ("患者家属已付款", "家属已"),
    ],
)
def test_when_a_report_party_word_precedes_no_name_then_none_is_found(text: str, part: str) -> None:
    assert _touched(text, part) == [], (text, part)
