"""Issue 11, sixth round: cards and secrets as English text writes them, and identifiers in any
context. Each table holds hits and near misses: a card with a wrong Luhn digit is never reported, and
amounts, dates, times, order and reference numbers, last fours, BINs and versions stay unreported.
Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest
from format_tables import card as _card
from format_tables import wrong_check_digit as _wrong

from streams.detect.engine import Detector


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type != "PERSON"]


def cards(detector: Detector, text: str) -> list[str]:
    return [value for kind, value in found(detector, text) if kind == "CREDIT_CARD"]


def grouped(pan: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(pan[i : i + size])
        i += size
    assert i == len(pan), (pan, sizes)
    return sep.join(parts)


VISA = grouped(_card("4", 16), (4, 4, 4, 4))
MASTERCARD = grouped(_card("55", 16), (4, 4, 4, 4))
AMEX = grouped(_card("37", 15), (4, 6, 5))
DINERS = grouped(_card("36", 14), (4, 6, 4))
UNIONPAY = grouped(_card("6228", 19), (4, 4, 4, 4, 3))
UNIONPAY_6_13 = grouped(_card("6228", 19), (6, 13))
VISA_RUN = _card("4", 16)
MASTERCARD_DASHED = grouped(_card("52", 16), (4, 4, 4, 4), "-")


def wrong(written: str) -> str:
    """The same grouping with a wrong Luhn digit."""
    return written[:-1] + _wrong(written.replace(" ", "").replace("-", ""))[-1]


# two cards of any shapes written back to back, parted by one blank: two cards (each its own span)
BACK_TO_BACK = [
    (VISA, AMEX),
    (AMEX, VISA),
    (VISA, UNIONPAY),
    (UNIONPAY, VISA),
    (AMEX, UNIONPAY),
    (DINERS, VISA),
    (VISA, DINERS),
    (VISA, VISA_RUN),
    (VISA, MASTERCARD_DASHED),
    (VISA, UNIONPAY_6_13),
    (UNIONPAY_6_13, VISA),
    (AMEX, AMEX),
    (UNIONPAY, UNIONPAY),
    (MASTERCARD, VISA),
]


@pytest.mark.parametrize(("first", "second"), BACK_TO_BACK)
def test_when_two_cards_of_any_shape_stand_back_to_back_then_both_are_found(
    detector: Detector, first: str, second: str
) -> None:
    for text in (f"cards {first} {second}", f"{first} {second} declined", f"Customer gave {first} {second}."):
        assert cards(detector, text) == [first, second], repr(text)
    # a wrong check digit in either: that one is never reported, the other is
    assert cards(detector, f"cards {wrong(first)} {second}") == [second]
    assert cards(detector, f"cards {first} {wrong(second)}") == [first]


# a card after a time, a date or an amount and a blank: the token before it holds signs no card
# number holds, so the card's run starts after it
AFTER_A_TOKEN = [
    "10:30 {} declined",
    "2026-11-30 10:32:05 {} DECLINED",
    "30/11 {} charged",
    "30/11/2026 {}",
    "$1,200.00 {} refund",
    "HK$1200 {}",
    "1,200.00 {}",
]


@pytest.mark.parametrize("template", AFTER_A_TOKEN)
@pytest.mark.parametrize("pan", [VISA, AMEX, UNIONPAY])
def test_when_a_time_date_or_amount_stands_before_a_card_then_the_card_is_found(
    detector: Detector, template: str, pan: str
) -> None:
    assert cards(detector, template.format(pan)) == [pan]
    assert cards(detector, template.format(wrong(pan))) == []


# runs that hold no card: a longer number in groups, a card's groups inside one
LONGER_RUNS = [
    "3283 4139 4266 5635 6527 61",
    f"1234 {VISA}",
    "ref 1234 5678 9012 3456 7890 1234 5678",
    f"{VISA} 5678 9012",
    f"99 {VISA} 1234 5678",
    f"{AMEX} 123456",
]


@pytest.mark.parametrize("text", LONGER_RUNS)
def test_when_card_shapes_sit_in_a_longer_run_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == []


def secrets(detector: Detector, text: str) -> list[str]:
    return [value for kind, value in found(detector, text) if kind == "AUTH_SECRET"]


# (text, the secrets in it): codes named by their purpose, with a domain's dot or a card's last four
# in the purpose and a colon right after it; a bare "code" someone owns
CODES_FOR_A_PURPOSE = [
    ("OTP for txn of HKD 8,888.00 at APPLE.COM/BILL on card ending 4444: 019283. Valid 3 min.", ["019283"]),
    ("PIN for card ending 1111: 4821", ["4821"]),
    ("OTP for login at 10:30: 482913", ["482913"]),
    ("Your code for payment of HKD 500 is 482913", ["482913"]),
    # near misses: another code's word, a sentence's end before the value, a year
    ("Promo code for orders over HKD 500 is 482913", []),
    ("postal code for the office is 518000", []),
    ("the code for the event is 2024", []),
    ("OTP for login. Order: 482913", []),
]


@pytest.mark.parametrize(("text", "expected"), CODES_FOR_A_PURPOSE)
def test_when_a_code_is_named_by_its_purpose_then_the_value_is_a_secret(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected


# (text, secrets): recovery codes after a bracketed remark; a password denied ("is NOT x") is still
# one; a security question's answer after the quoted question and "as"; codes as an OCR reads them
SECRETS_AS_FORMS_WRITE_THEM = [
    (
        "Your recovery codes (keep them safe): 8f2k-91xq m3zt-07pd q1wv-66hr. Each code can be used once.",
        ["8f2k-91xq m3zt-07pd q1wv-66hr"],
    ),
    ("recovery key (BitLocker): 123456-654321-111111", ["123456-654321-111111"]),
    ("Backup codes (2024 rollout): none issued", []),
    ("My password is NOT sunflower2024 anymore btw.", ["sunflower2024"]),
    ("password was no longer Tam!2026hk", ["Tam!2026hk"]),
    ("password is not required", []),
    ("the password is not correct", []),
    ("password is not case sensitive", []),
    (
        'customer gave the answer to "Mother\'s maiden name?" as Figueiredo and to "First school?" as '
        "Escola Portuguesa.",
        ["Figueiredo", "Escola Portuguesa"],
    ),
    ('Secret question "Where were you born?" as Kowloon', ["Kowloon"]),
    ('the plan "Premium" as Gold member', []),
    ("[OCR scan] CARD No.: 4012 8888 8888 1881 EXP: 1O/28 CVV: 7l3 SIGNATURE", ["7l3"]),
    ("Expiry (MM/YY): O8/28 | CVV2: 5O9 | Amount: SGD 2,4OO", ["5O9"]),
    ("CVV：O42 Cardholder", ["O42"]),
    ("OTP: 4O82l9", ["4O82l9"]),
    ("PIN: lol", []),
    ("CVV: 1OI", []),
    ("PIN Ol23", []),
]


@pytest.mark.parametrize(("text", "expected"), SECRETS_AS_FORMS_WRITE_THEM)
def test_when_forms_write_a_secret_then_it_is_found(detector: Detector, text: str, expected: list[str]) -> None:
    assert secrets(detector, text) == expected


# codes that are no secret: a fee waiver's, an SMS short code, the approval code a receipt prints
NOT_SECRET_CODES = [
    'Section D: annual fee waiver code AFW2026. Section E: "I authorise the bank to debit my account."',
    "Your security code is 904 117. Reply STOP to 68338 to opt out. Short codes like 68338 are no phones.",
    "Receipt no. R-88123: Paid by Visa ending 1881, auth code 00A123, TID 10023412. Customer signed.",
    "cashback code CB2026X1 applied; verify your e-mail to get it",
]


@pytest.mark.parametrize("text", NOT_SECRET_CODES)
def test_when_a_code_is_an_offers_a_short_codes_or_an_approval_then_only_real_secrets_are_found(
    detector: Detector, text: str
) -> None:
    assert secrets(detector, text) == (["904 117"] if "904 117" in text else [])


# a card in groups followed by a date glued to its month, an ordinal or a count glued to its unit
CARD_THEN_GLUED_WORD = ["{} 28NOV HKD 4,600.00", "card {} 2nd attempt", "{} 3x", "{} 28Nov26"]


@pytest.mark.parametrize("template", CARD_THEN_GLUED_WORD)
@pytest.mark.parametrize("pan", [VISA, MASTERCARD, AMEX])
def test_when_a_glued_date_or_count_follows_a_card_then_the_card_is_found(
    detector: Detector, template: str, pan: str
) -> None:
    assert cards(detector, template.format(pan)) == [pan]
    assert cards(detector, template.format(wrong(pan))) == []


# (text, secrets): a code named after it past a dash or inside brackets with "your"; a code told as
# entered for a purpose; a bank's TAC in capitals
CODES_NAMED_OR_ENTERED = [
    ("482913 - your verification code", ["482913"]),
    ("482913 — HSBC OTP", ["482913"]),
    ("482913 (your OTP)", ["482913"]),
    ("1234 - your PIN", ["1234"]),
    ("he entered 482913 as the OTP", ["482913"]),
    ("keyed in 4821 at the ATM", ["4821"]),
    ("I typed 553201 to verify", ["553201"]),
    ("TAC 482913", ["482913"]),
    ("Your TAC is 482913 for the transfer", ["482913"]),
    # near misses: a year or a step heading a line, a case's or an order's number, a year entered,
    # a count entered, "TAC" naming a meeting, lower-case "tac", a word holding it
    ("2024 - OTP rollout", []),
    ("Step 4821 - PIN reset", []),
    ("Case 482913 - OTP issue", []),
    ("Order 482913 - OTP", []),
    ("used 2024 as the year", []),
    ("entered 3 items to complete the order", []),
    ("entered 482913 into the form", []),
    ("TAC 2024 meeting", []),
    ("tac 482913", []),
    ("CONTACT 482913", []),
]


@pytest.mark.parametrize(("text", "expected"), CODES_NAMED_OR_ENTERED)
def test_when_a_code_is_named_after_it_or_told_as_entered_then_it_is_a_secret(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected


# (text, secrets): passwords after abbreviations, arrows and bracketed remarks; security answers
# named before the question or after it in brackets
PASSWORDS_AND_ANSWERS = [
    ("password (case sensitive): Hunter2024", ["Hunter2024"]),
    ("password -> Hunter2024", ["Hunter2024"]),
    ("pwd => Hunter2024", ["Hunter2024"]),
    ("P/W: Hunter2024", ["Hunter2024"]),
    ("p/w Hunter2024", ["Hunter2024"]),
    ("pword: Hunter2024", ["Hunter2024"]),
    ("pass word: Hunter2024", ["Hunter2024"]),
    ("Answer to security question: Fluffy", ["Fluffy"]),
    ("answer to the security question: Wong Tai Sin", ["Wong Tai Sin"]),
    ("security question (first pet): Fluffy", ["Fluffy"]),
    ("Security question (What was the name of your first pet?): Fluffy2009", ["Fluffy2009"]),
    # near misses: remarks, masks and states where the value would be
    ("password (see vault)", []),
    ("password: (see vault)", []),
    ("p/w: ********", []),
    ("password -> reset", []),
    ("I/O p/w ratio", []),
    ("password for case 48213 is below", []),
    ("answer to security question: incorrect", []),
    ("security question (first pet): not set", []),
    ("answers to security questions were verified", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSWORDS_AND_ANSWERS)
def test_when_a_password_or_answer_is_written_so_then_it_is_found(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected


# a card broken across lines: at a Windows line end, one group a line after a card word; an expiry
# of month and year after it parted by a hyphen or a blank
CARD_LINES_AND_EXPIRIES = [
    "card: {a} {b}\r\n{c} {d}",
    "card number {a} {b} {c}\r\n{d} exp",
    "card\n{a}\n{b}\n{c}\n{d}",
    "Card No.:\r\n{a}\r\n{b}\r\n{c}\r\n{d}\r\nExp 12/27",
    "{a} {b} {c} {d} 12-27",
    "{a} {b} {c} {d} 12 2027",
]


@pytest.mark.parametrize("template", CARD_LINES_AND_EXPIRIES)
@pytest.mark.parametrize("pan", [VISA, MASTERCARD])
def test_when_a_card_is_broken_across_lines_or_followed_by_its_expiry_then_it_is_found(
    detector: Detector, template: str, pan: str
) -> None:
    a, b, c, d = pan.split(" ")
    text = template.format(a=a, b=b, c=c, d=d)
    start = text.index(a)
    assert cards(detector, text) == [text[start : text.index(d, start + 15) + 4]], repr(text)
    a, b, c, d = wrong(pan).split(" ")
    assert cards(detector, template.format(a=a, b=b, c=c, d=d)) == []


# four-digit groups a line each that are no card: no card word, a number between the word and them,
# a fifth group after them, a month that is none
NO_CARD_IN_LINES = [
    VISA.replace(" ", chr(10)),
    "years\n2019\n2020\n2021\n2022",
    f"card 2019\n{VISA.replace(' ', chr(10))}",
    f"card\n{VISA.replace(' ', chr(10))}\n2222",
    f"{VISA} 13-27",
]


@pytest.mark.parametrize("text", NO_CARD_IN_LINES)
def test_when_groups_stand_a_line_each_without_a_card_word_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == []


# (text, secrets): a passphrase or a seed phrase, the whole phrase; not a state's words
PHRASES = [
    ("passphrase: correct horse battery staple", ["correct horse battery staple"]),
    (
        "seed phrase is abandon ability able about above absent absorb abstract absurd abuse access accident",
        ["abandon ability able about above absent absorb abstract absurd abuse access accident"],
    ),
    ('Passphrase = "river stone lamp garden"', ['"river stone lamp garden']),
    ("passphrase: not set yet", []),
    ("passphrase is required for login", []),
    ("the passphrase was changed", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_when_a_passphrase_of_words_follows_its_name_then_the_phrase_is_a_secret(
    detector: Detector, text: str, expected: list[str]
) -> None:
    assert secrets(detector, text) == expected


# (text, the types found): numbers inside a code of capitals and digits are no account; a terminal's
# number is no Macao ID; the Faster Payment System's Chinese name before a mobile names a phone
IDENTIFIERS_IN_ANY_CONTEXT = [
    ("催收员备注：本次通话 02:31，录音编号 RC-20261130-0441。", []),
    ("旅遊保險索償：報案編號 TPE-2026-1129-33。", []),
    ("單據備註：批核編號 661234、終端機 10023391、商戶號碼 000451209988779。", []),
    ("收款账号 6222 0212 3456 7894 12", [("CN_BANK_ACCOUNT", "6222 0212 3456 7894 12")]),
    ("账号：6217001234567890123", [("CN_BANK_ACCOUNT", "6217001234567890123")]),
    ("澳門身份證 1234567(8)", [("MO_ID", "1234567(8)")]),
    ("我過咗數俾你，轉數快 5123 6677，金額 HK$680", [("PHONE_NUMBER", "5123 6677")]),
    ("转数快 9123 4567", [("PHONE_NUMBER", "9123 4567")]),
    ("转数快 ID 1234567", []),
]


@pytest.mark.parametrize(("text", "expected"), IDENTIFIERS_IN_ANY_CONTEXT)
def test_when_a_number_is_named_by_its_context_then_its_type_follows(
    detector: Detector, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(detector, text) == expected


# numbers and words near a card's or a secret's that are neither: amounts, dates, times, order,
# invoice, tracking and reference numbers, merchant and terminal ids, BINs and last fours alone,
# versions, a secret's word with no value, masked values
NEITHER_CARD_NOR_SECRET = [
    "amount 4111.11",
    "HKD 1,234.56",
    "paid $4,111.00 on 12/27",
    "date 2026-11-30 at 10:30",
    "merchant ID 123456789012345",
    "terminal ID 12345678",
    "BIN 411111",
    "card ending 1111",
    "last four 1111",
    "acct ending 4821",
    "version 4.1.1.1",
    "v1.2.3 build 482913",
    "password",
    "password reset requested",
    "forgot password",
    "Password: ",
    "enter your password",
    "PIN pad",
    "PIN required",
    "the OTP was sent",
    "OTP sent to your phone",
    "your code expires in 10 minutes",
    "error code 500",
    "invoice 482913",
    "order 482913",
    "tracking 482913",
    "reference number 482913",
    "ticket #482913",
    "PIN changed successfully",
    "password policy: 8 characters",
    "OTP valid for 5 minutes",
    "PIN 3 times wrong",
    "password: ********",
    "PIN: ****",
    "password: [redacted]",
    "OTP: ******",
    "api_key=YOUR_API_KEY",
    "password: N/A",
    "Your code is",
    "transaction 482913 approved",
    f"card {wrong(VISA)}",
    f"cc# {wrong(VISA).replace(' ', '')}",
    f"UnionPay {wrong(UNIONPAY_6_13)}",
    f"Amex {wrong(AMEX)}",
]


@pytest.mark.parametrize("text", NEITHER_CARD_NOR_SECRET)
def test_when_a_number_or_word_only_looks_like_a_card_or_secret_then_neither_is_found(
    detector: Detector, text: str
) -> None:
    assert [kind for kind, _ in found(detector, text) if kind in ("CREDIT_CARD", "AUTH_SECRET")] == []


# a hyphened passphrase is one token, the password pattern's, digits and all; words parted by blanks
# followed by a digit or a hyphen are not a phrase of their own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("passphrase is correct-horse-battery-9", ["correct-horse-battery-9"]),
        ("passphrase: correct-horse-battery-staple", ["correct-horse-battery-staple"]),
    ],
)
def test_when_a_passphrase_is_hyphened_then_it_is_one_value(detector: Detector, text: str, expected: list[str]) -> None:
    assert secrets(detector, text) == expected
