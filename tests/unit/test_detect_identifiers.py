"""Issue 11: identifiers in plain context, generic identity words, Hong Kong bank-code accounts, and
the misses public suites found (python-stdnum's cn.ric/cn.uscc doctests, libphonenumber's CN/HK/MO
example numbers, Presidio's recognizer tests). Each table holds hits and near misses."""

from __future__ import annotations

import phonenumbers
import pytest

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type != "PERSON"]


def check(detector: Detector, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(detector, text) == expected, text


# 1. a right check digit is evidence on its own; a wrong one is never reported
PLAIN_CONTEXT = [
    ("supplier 913101101600123453 paid", [("CN_USCC", "913101101600123453")]),
    ("supplier 913101101600123454 paid", []),  # wrong check digit
    ("stdnum's 91110000600037341L example", [("CN_USCC", "91110000600037341L")]),
    ("stdnum's A1110000600037341L example", []),
    ("holder C7654322 came in", [("HK_ID", "C7654322")]),
    ("holder C7654323 came in", []),  # wrong check digit
    ("holder AB9876543 came in", [("HK_ID", "AB9876543")]),
    ("holder AB9876542 came in", []),
    ("order ref C7654322 shipped", []),  # an order reference, not an ID
    ("invoice 913101101600123453", []),
    # an 18-digit number shaped like a resident ID whose check fails is a near miss, USCC check or not
    ("ref 110105194912310021 and 11010519491231002X", [("CN_RESIDENT_ID", "11010519491231002X")]),
    ("stdnum's 360426199101010071", [("CN_RESIDENT_ID", "360426199101010071")]),
    ("stdnum's 360426199101010072", []),
    # a type's own keyword still wins over the shape of another
    ("往来港澳通行证 CA1234567", [("CN_EXIT_ENTRY_PERMIT", "CA1234567")]),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN_CONTEXT)
def test_when_a_check_digit_identifier_has_no_keyword_then_its_check_decides(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    check(detector, text, expected)


# 2. document numbers without check digits next to generic identity words
GENERIC_WORDS = [
    ("The document number given, H60318274, is his", [("CN_HOME_RETURN_PERMIT", "H60318274")]),
    ("证件号 EA6203918 (passport)", [("CN_PASSPORT", "EA6203918")]),
    ("證件號碼：C12345678", [("CN_EXIT_ENTRY_PERMIT", "C12345678")]),
    ("ID no. G12345678", [("CN_PASSPORT", "G12345678")]),
    ("澳居民證件號碼 1234567", []),  # seven digits: no Macao ID shape
    ("證件號碼 12345678", [("MO_ID", "12345678")]),
    ("号码 3101 2345 6789 0123 4", [("CN_BANK_ACCOUNT", "3101 2345 6789 0123 4")]),
    # a card-shaped number (62..., 19 digits) needs an account or card word
    ("号码 6222000011112222333", []),
    # near misses: no identity word, or a word that speaks of something else
    ("shipment H60318274 left", []),
    ("order number 12345678 shipped", []),
    ("订单号码 6222000011112222333", []),
    ("电话号码 12345678", []),
    # a resident ID with a wrong check digit after a generic word is no account either
    ("证件号码 110105194912310021", []),
    # nor a card-shaped number failing Luhn
    ("号码 4111111111111112", []),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_WORDS)
def test_when_a_generic_identity_word_stands_before_a_document_number_then_it_is_found(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    check(detector, text, expected)


# 3. Hong Kong accounts in their bank-code forms
HK_ACCOUNTS = [
    ("汇丰账户004-741-556677-838，用途", [("HK_BANK_ACCOUNT", "004-741-556677-838")]),
    ("中銀帳戶012-678-0-045678-9轉去", [("HK_BANK_ACCOUNT", "012-678-0-045678-9")]),
    ("Hang Seng account 024-282-123456-882", [("HK_BANK_ACCOUNT", "024-282-123456-882")]),
    ("account 016-478-000123456 (DBS)", [("HK_BANK_ACCOUNT", "016-478-000123456")]),
    # an unknown bank code stays a mainland account
    ("账户 999-741-556677-838", [("CN_BANK_ACCOUNT", "999-741-556677-838")]),
    ("账号 6222 0212 3456 7890 1", [("CN_BANK_ACCOUNT", "6222 0212 3456 7890 1")]),
]


@pytest.mark.parametrize(("text", "expected"), HK_ACCOUNTS)
def test_when_a_hong_kong_bank_code_form_is_given_then_it_is_a_hong_kong_account(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    check(detector, text, expected)


# 4. public-suite misses
PUBLIC = [
    # a card or phone followed by a space and another number
    (
        "4012888888881881 4012-8888-8888-1881",
        [("CREDIT_CARD", "4012888888881881"), ("CREDIT_CARD", "4012-8888-8888-1881")],
    ),
    ("call 13812345678 2 times", [("PHONE_NUMBER", "13812345678")]),
    ("卡号 6222021234567890128 20240411", [("CREDIT_CARD", "6222021234567890128")]),
    ("4012888888881882 4012-8888-8888-1882", []),  # Luhn fails
    # a space-grouped run still holds no card
    ("3283 4139 4266 5635 6527 61", []),
    ("4111 1111 1111 1111 2", []),
    # mainland fixed lines
    ("tel 010-12345678", [("PHONE_NUMBER", "010-12345678")]),
    ("+86 10 1234 5678", [("PHONE_NUMBER", "+86 10 1234 5678")]),
    ("办公室 0755-12345678", [("PHONE_NUMBER", "0755-12345678")]),
    ("(0755) 2688 1234", [("PHONE_NUMBER", "(0755) 2688 1234")]),
    ("+86 755 2688 1234", [("PHONE_NUMBER", "+86 755 2688 1234")]),
    ("tel 010-0234567", []),  # not allocated
    ("version 0.755-12345678", []),
    # Macao numbers with their prefix
    ("+853 6612 3456", [("PHONE_NUMBER", "+853 6612 3456")]),
    ("+853 1612 3456", []),
    # card ranges
    ("Maestro 6759123456789015", [("CREDIT_CARD", "6759123456789015")]),
    ("Maestro 6759123456789016", []),
    ("Discover 6440123456789010", [("CREDIT_CARD", "6440123456789010")]),
    ("Discover 6499123456789010", [("CREDIT_CARD", "6499123456789010")]),
    ("Discover 6430123456789012", []),  # 643 is no network
    # a reference number grouped like no card, which happens to pass Luhn
    ("商業登記號碼 64812309-000-05-24-8", []),
    # internationalised e-mail domains
    ("mail jy.ho@xn--fsqu00a.xn--j6w193g now", [("EMAIL_ADDRESS", "jy.ho@xn--fsqu00a.xn--j6w193g")]),
    ("邮箱ma.jun@例子.香港，请回复", [("EMAIL_ADDRESS", "ma.jun@例子.香港")]),
    ("邮箱li@例子.中国请回复", [("EMAIL_ADDRESS", "li@例子.中国")]),
    ("mail a@b.xn-- now", []),
    ("mail a@例子 now", []),
    # IPv4 in IPv6, and code that is no address
    ("from 2001:db8::192.168.1.1 today", [("IP_ADDRESS", "2001:db8::192.168.1.1")]),
    ("from ::ffff:192.0.2.14.", [("IP_ADDRESS", "::ffff:192.0.2.14")]),
    ("from 2001:db8::1 and fe80::1", [("IP_ADDRESS", "2001:db8::1"), ("IP_ADDRESS", "fe80::1")]),
    ("std::cout << x; a::b", []),
    ("ratio 12:30:45", []),
    # resident IDs in groups
    ("身份证号 1101 0519 4912 3100 2X", [("CN_RESIDENT_ID", "1101 0519 4912 3100 2X")]),
    ("身份证号 110105 19491231 002x", [("CN_RESIDENT_ID", "110105 19491231 002x")]),
    ("身份证号 1101 0519 4912 3100 21", []),
    ("ref 1234 1101 0519 4912 3100 2X", []),  # inside a longer grouped run
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC)
def test_when_public_suite_cases_are_scanned_then_hits_and_near_misses_are_right(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    check(detector, text, expected)


@pytest.mark.parametrize("region", ["CN", "HK", "MO"])
def test_when_libphonenumber_example_numbers_are_written_then_they_are_found(detector: Detector, region: str) -> None:
    """Every example number of the region's fixed-line, mobile and fixed-or-mobile types, in
    international form (and national form for CN fixed lines and HK), as libphonenumber prints it."""
    types = (
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    for kind in types:
        number = phonenumbers.example_number_for_type(region, kind)
        assert number is not None
        forms = [phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)]
        if region != "MO":
            forms.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
        for form in forms:
            text = f"tel {form} ok"
            assert found(detector, text) == [("PHONE_NUMBER", form)], text
