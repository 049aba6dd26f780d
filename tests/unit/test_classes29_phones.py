"""Issue 11, the shoal set's phone classes: a Hong Kong mobile in its two groups of four after a verb of
telling someone and on, at or via ("pls inform her on 6583 2207", "inform via 5106 3372", "he's at
6475 2218"), counted whatever else the sentence says (an amount's word before it); and the negative
words of a bare number's sentence read from the sentence's start, where a semicolon or an English stop
before a capital ends the one before ("(Mannings HKD 89.90). Ma Chi Wai 6097 1123"; not an
abbreviation's stop: "part no. CA..."). Hits and near misses on both scanners; the numbers are made
up."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def phones(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "PHONE_NUMBER"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("remitter Kwok Siu Ping less HKD 80 fee, pls inform her on 6583 2207", "6583 2207"),
        ("CH Mok Hiu Tung liable, inform via 5106 3372", "5106 3372"),
        ("re-send tmr, he's at 6475 2218, redelivery fee waived", "6475 2218"),
        ("ID&V via DOB + last txn (Mannings HKD 89.90). Ma Chi Wai 6097 1123", "6097 1123"),
        ("FPS: Lo Ka Chun 6935 2170 HKD 780; Wu Sze Wing 5603 8824 HKD 780", "5603 8824"),
        # a fixed line right after a person's title and name (the cove set)
        ("domestic helper insured; employer Mr Szeto 2567 8901. Premium HK$1,180", "2567 8901"),
        ("pls ring me on 91234567", "91234567"),
        # a fixed line after a verb of telling too (it was held none without a phone word until the knoll
        # set's writer labelled "Inform via 2891 2345" a phone: a person's line, as a mobile is)
        ("pls inform her on 2583 2207 fee waived", "2583 2207"),
        ("policy 未過 waiting period. Inform via 2891 2345.", "2891 2345"),
        # the fjord and glen sets: an international number with a Chinese word glued after it, a
        # mainland landline's seven digits grouped 4-3, Macao's name right before a number in
        # brackets, a number after a name in brackets after its Chinese form
        ("騙徒WhatsApp +65 9123 4567同+1 212 555 0187。", "+65 9123 4567"),
        ("交警在场，报案电话0756-2218 765。", "0756-2218 765"),
        ("持卡人 Cheang Chi Keong（澳門 6288 1234）對網購單有爭議", "6288 1234"),
        ("送貨單：收貨人黃生（Wong Siu Ming）9456 7812，地址 黃大仙", "9456 7812"),
        ("裝修報價單：師傅肥仔強 6234 5781；訂金 30%", "6234 5781"),
    ],
)
def test_when_a_mobile_is_named_so_then_it_is_found(detector: Detector, text: str, value: str) -> None:
    assert value in phones(detector, text), (text, phones(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # an order's or an amount's word in the same sentence, no cue right before the number
        "Refund HKD 80 for order 6583 2207",
        "order no. 5106 3372 shipped",
        "batch 6475 2218 closed; amount HKD 500",
        # "ring" inside a word is no phone word (Engineering), and a BR number is none
        "Tse Kwok Wing trading as Tse Kee Engineering, BR 70213456.",
        "Mr Szeto's order 2567 8901 shipped",
        # two capitalised words and "on" do not override the sentence's reference and amount words
        "Ref 99812: Octopus Top Up on 9123 4567",
        "Invoice 3321 total HKD 800, status updated on 6123 4567",
        "+65 9123 4567abc",
        "澳門幣 6288 1234",
    ],
)
def test_when_a_number_is_no_phone_then_none_is_found(detector: Detector, text: str) -> None:
    assert phones(detector, text) == [], (text, phones(detector, text))
