"""Table-driven recognizer tests with synthetic values (never real data)."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.iso7064 import mod_11_2

from streams.detect.engine import Detector
from streams.detect.validators import hkid_check_char
from streams.synthetic import Synth


def ric(body17: str) -> str:
    return body17 + mod_11_2.calc_check_digit(body17)


def wrong_ric(body17: str) -> str:
    good = mod_11_2.calc_check_digit(body17)
    return body17 + ("1" if good != "1" else "2")


def card(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def wrong_card(body: str) -> str:
    return body + str((int(luhn.calc_check_digit(body)) + 1) % 10)


def hkid(prefix: str, digits: str) -> str:
    return f"{prefix}{digits}({hkid_check_char(prefix, digits)})"


RIC = ric("44030519900307123")
PERMIT = ric("81000019850214002")
UNIONPAY19 = card("622202123456789012")
UNIONPAY16 = card("622848001234567")
VISA = card("411111111111111")
HKID = hkid("A", "123456")
BAD_HKID = HKID[:-2] + ("4" if HKID[-2] != "4" else "5") + ")"

# (text, entity type or None, the value expected as the finding's text)
CASES = [
    # mainland resident ID: valid, glued to Chinese, wrong check digit, bad date, wrong length
    (f"ID {RIC} verified", "CN_RESIDENT_ID", RIC),
    (f"身份证号码{RIC}，已核实", "CN_RESIDENT_ID", RIC),
    (f"客户证件号{RIC.lower()}", "CN_RESIDENT_ID", RIC.lower()),
    ("standard example 11010519491231002X", "CN_RESIDENT_ID", "11010519491231002X"),
    (f"ID {wrong_ric('44030519900307123')} verified", None, None),
    (f"ID {ric('44030519901307123')} verified", None, None),  # month 13
    (f"ID {ric('44030520990307123')} verified", None, None),  # born in the future
    (f"ID {RIC[:-1]} verified", None, None),  # 17 characters
    (f"ID {RIC}5 verified", None, None),  # 19 digits
    (f"港澳居民居住证{PERMIT}", "CN_RESIDENT_ID", PERMIT),
    # HKID
    (f"HKID {HKID} on file", "HK_ID", HKID),
    (f"香港身份證{HKID}", "HK_ID", HKID),
    (f"HKID {BAD_HKID} on file", None, None),
    (f"ref {HKID.replace('(', '').replace(')', '')} shipped", None, None),  # unbracketed, no keyword
    (f"HKID no. {HKID.replace('(', '').replace(')', '')}", "HK_ID", HKID.replace("(", "").replace(")", "")),
    # cards: UnionPay 19 and 16, grouped, glued, wrong Luhn, Visa
    (f"卡号{UNIONPAY19}，请核对", "CREDIT_CARD", UNIONPAY19),
    (
        f"card {UNIONPAY16[:4]} {UNIONPAY16[4:8]} {UNIONPAY16[8:12]} {UNIONPAY16[12:]} ok",
        "CREDIT_CARD",
        f"{UNIONPAY16[:4]} {UNIONPAY16[4:8]} {UNIONPAY16[8:12]} {UNIONPAY16[12:]}",
    ),
    (
        f"pay with {VISA[:4]}-{VISA[4:8]}-{VISA[8:12]}-{VISA[12:]}",
        "CREDIT_CARD",
        f"{VISA[:4]}-{VISA[4:8]}-{VISA[8:12]}-{VISA[12:]}",
    ),
    (f"卡号{wrong_card('622202123456789012')}", None, None),
    (f"Refund to {VISA} today", "CREDIT_CARD", VISA),
    # phones
    ("手机13800138000联系", "PHONE_NUMBER", "13800138000"),
    ("call +86 138 0013 8000 now", "PHONE_NUMBER", "+86 138 0013 8000"),
    ("Tel: +852 9123 4567", "PHONE_NUMBER", "+852 9123 4567"),
    ("電話 6123 4567", "PHONE_NUMBER", "6123 4567"),
    ("order 91234567 shipped", None, None),  # eight bare digits, no keyword
    ("手机12800138000", None, None),  # 128 is not allocated
    # other identifiers
    ("USCC 91350100M000100Y43", "CN_USCC", "91350100M000100Y43"),
    ("USCC 91350100M000100Y4Z", None, None),  # the standard's own wrong example
    ("护照E12345678", "CN_PASSPORT", "E12345678"),
    ("part E12345678 in stock", None, None),  # no check digit, no keyword: below threshold
    ("回乡证H1234567801", "CN_HOME_RETURN_PERMIT", "H1234567801"),
    ("往来港澳通行证C12345678", "CN_EXIT_ENTRY_PERMIT", "C12345678"),
    ("澳門居民身份證 1234567(8)", "MO_ID", "1234567(8)"),
    ("HSBC account 004-123-456789", "HK_BANK_ACCOUNT", "004-123-456789"),
    ("结算账号7123456789012", "CN_BANK_ACCOUNT", "7123456789012"),
    ("batch 7123456789012 closed", None, None),
    ("mail wang.fang88@example.com please", "EMAIL_ADDRESS", "wang.fang88@example.com"),
    ("邮箱wang88@example.cn谢谢", "EMAIL_ADDRESS", "wang88@example.cn"),
    ("login from 203.0.113.7.", "IP_ADDRESS", "203.0.113.7"),
    ("login from 2001:db8::8a2e:370:7334 ok", "IP_ADDRESS", "2001:db8::8a2e:370:7334"),
    ("version 1.2.3.999", None, None),
    # authentication data
    ("card ok, CVV 123", "AUTH_SECRET", "123"),
    ("安全码：456", "AUTH_SECRET", "456"),
    ("验证码882931请勿泄露", "AUTH_SECRET", "882931"),
    ("password: S3cret!x", "AUTH_SECRET", "S3cret!x"),
    ("支付密码是246810", "AUTH_SECRET", "246810"),
    ("澳門 BIR 1/234567/8", "MO_ID", "1/234567/8"),
    # keywords inside tokens are no keywords
    ("tok_p1_ab2pwd6xyz7qq", None, None),
    ("ref a3pin2345 done", None, None),
    # names
    ("客户王伟，已开户", "PERSON", "王伟"),
    ("收款人陳嘉欣", "PERSON", "陳嘉欣"),
    ("Pls pay Mr Chan Tai Man", "PERSON", "Chan Tai Man"),
    ("Customer Peter Wong called", "PERSON", "Peter Wong"),
    ("Hong Kong Island branch", None, None),
]


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.parametrize(("text", "entity_type", "value"), CASES)
def test_when_text_is_scanned_then_the_expected_finding_is_reported(
    detector: Detector, text: str, entity_type: str | None, value: str | None
) -> None:
    found = detector.analyze(text)
    if entity_type is None:
        assert found == [], [(f.entity_type, text[f.start : f.end]) for f in found]
    else:
        assert [(f.entity_type, text[f.start : f.end]) for f in found] == [(entity_type, value)]


def test_when_a_gansu_id_has_a_wrong_check_digit_then_it_is_no_card() -> None:
    # a 62xxxx resident ID shape that happens to pass Luhn must not become a card without a keyword
    s = Synth(seed=1)
    checked = 0
    for _ in range(3000):
        value = s.bad_ric()
        if value.startswith("62") and value.isdigit() and luhn.is_valid(value):
            assert Detector().analyze(f"ID {value} rejected") == []
            checked += 1
    assert checked > 0


def test_when_generated_memos_are_scanned_then_recall_is_high_and_bad_checks_are_ignored() -> None:
    detector = Detector()
    s = Synth(seed=123)
    checked_types = {"CN_RESIDENT_ID", "HK_ID", "CREDIT_CARD", "CN_USCC"}
    hits = total = false = 0
    for _ in range(2000):
        memo = s.memo()
        found = {(f.entity_type, f.start, f.end) for f in detector.analyze(memo.text)}
        truth = {(e.entity_type, e.start, e.end) for e in memo.truth}
        for t in truth:
            if t[0] in checked_types:
                total += 1
                hits += t in found
        false += len(found - truth)
    assert total > 500
    assert hits / total >= 0.98
    assert false == 0


def test_when_entities_are_restricted_then_only_those_are_reported() -> None:
    text = f"客户王伟 card {VISA} CVV 123"
    assert {f.entity_type for f in Detector(entities=["CREDIT_CARD"]).analyze(text)} == {"CREDIT_CARD"}
    with pytest.raises(ValueError, match="unknown entity types"):
        Detector(entities=["NOT_A_TYPE"])


def test_when_min_score_is_raised_then_context_free_weak_findings_drop() -> None:
    text = "HSBC 004-123-456789"
    assert [f.entity_type for f in Detector(min_score=0.5).analyze(text)] == ["HK_BANK_ACCOUNT"]
    assert Detector(min_score=0.95).analyze(text) == []
