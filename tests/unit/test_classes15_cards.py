"""Issue 11, fifteenth round: a card as a speech-to-text note writes it, in groups of one to four digits
as the caller said them ("yes it's 5 4 9 1 0 2 33 77 60 1981"), its expiry and code perhaps said
after it in the same run: the longest run of the first groups, not all of four digits, whose digits
make a listed network's number that passes Luhn, after a card word. A card's security code named by
where it is printed (背面 482, back: 317, the back is 5 5 0) after a card that passes its check, and the
back's numbers asked for and read out in the next turn. Hits and near misses of the same
shape; the numbers are test numbers or made up with a Luhn digit. Both scanners run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def cards(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "CREDIT_CARD"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "agent: the card number please | caller: yes it's 5 4 9 1 0 2 33 77 60 1981 | agent: thanks",
            "5 4 9 1 0 2 33 77 60 1981",
        ),
        ("card number 4 0 12 88 88 8888 1 881 and that's a visa", "4 0 12 88 88 8888 1 881"),
        ("caller read her card 5555 55 55 5 5 5 5 4444 expiry 10 29", "5555 55 55 5 5 5 5 4444"),
        # the expiry and the code said after it, in the same run
        ("card no 4111 11 11 1 1 11 1111 12 27 6 4 2", "4111 11 11 1 1 11 1111"),
        ("信用卡号码 4 111 1111 111 1111 1 到期 12 27", "4 111 1111 111 1111 1"),
    ],
)
def test_when_a_card_is_said_in_groups_of_one_to_four_then_it_is_found(
    detector: Detector, text: str, value: str
) -> None:
    found = cards(detector, text)
    assert found == [value], (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # no card word, an order's or an account's word before it, a wrong Luhn digit, a list of
        # small numbers, and only the groups of four a card's own patterns judge
        "amounts 5 4 9 1 0 2 33 77 60 1981",
        "card ending 1111, order 5 4 9 1 0 2 33 77 60 1981",
        "card: table 1 2 3 4 5 6 7 8 9 10 11",
        "card account 6228 48 00 12 34 5671 018",
        # a wrong number whose first thirteen digits pass Luhn, and more said after a card than an
        # expiry and a code
        "card number 4 0 12 88 88 8888 1 882",
        "card no 4111 11 11 1 1 11 1111 12 27 6 4 2 9 9 9",
    ],
)
def test_when_groups_said_make_no_card_then_none_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == []


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


# a card's security code named by where it is printed, after the card and whatever came between; and
# the back's three numbers asked for, then read out in the next turn (with hyphens too)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("信用卡 4012 8888 8888 1881 到期 11/27 背面 530，聯絡人陳太", "530"),
        ("卡号 5555 5555 5555 4444 | 老板：对，有效期 03/28，背面 907 | 前台：好的", "907"),
        ("card 4111 1111 1111 1111 expiry 03 28 and the back is 4 4 1, thanks", "4 4 1"),
        ("PAN 4012888888881881 / EXP 0129 / back: 265 / name as on card", "265"),
        ("Card 4012 8888 8888 1881 11/27 | 司機: 後面三個number呢？ | Customer: 508 | 司機: OK", "508"),
        ("card 4111 1111 1111 1111 | Driver: and the 3 number at back? | Customer: 993 | Driver: ok", "993"),
        ("card 4012 8888 8888 1881. Staff: three digits on the back? Caller: 6-1-4. Staff: thanks", "6-1-4"),
    ],
)
def test_when_a_cards_back_code_follows_it_then_the_code_is_found(detector: Detector, text: str, value: str) -> None:
    assert value in secrets(detector, text), (text, secrets(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # no card before, a card with a wrong Luhn digit, a date, an amount or a phone after the word
        "背面 482",
        "card 4111 1111 1111 1112 背面 482",
        "card 4111 1111 1111 1111 back: 12/27",
        "card 4111 1111 1111 1111, the back is 300 dollars",
        "card 4111 1111 1111 1111, I'll pay you back 500 tomorrow",
        "card 4111 1111 1111 1111 please call back: 9123 4567",
        "後面三個number呢？ | Customer: 2024-11-02",
    ],
)
def test_when_no_code_follows_the_back_then_no_secret_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the back's three digits named in Chinese after a card, in Chinese numerals too
        ("卡号是 4012 8888 8888 1881，有效期二零二八年三月，后面三位是 七一五，我叫陈明", "七一五"),
        ("卡号 5555 5555 5555 4444 後面三位 826", "826"),
        # spelt out before the next speaker's label
        ("agent: and the three digit security code | caller: nine one four agent: thank you", "nine one four"),
    ],
)
def test_when_the_backs_digits_are_said_in_chinese_or_in_words_then_they_are_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in secrets(detector, text), (text, secrets(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # a phone's last three digits, no card before; three words counting a noun
        "手机号后面三位是 四一九",
        "code one two three steps to pay",
    ],
)
def test_when_three_digits_after_the_back_name_no_cards_code_then_none_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a card sent in pieces across a chat's turns: one finding from the first piece to the last
        ("Amy: can I pay by card? | Amy: it's 4012 8888 | Amy: 8888 1881 | Shop: ok", "4012 8888 | Amy: 8888 1881"),
        ("客户：卡号分开发你 | 客户：4111 1111 | 客户：1111 1111 | 店员：收到", "4111 1111 | 客户：1111 1111"),
        ("card no 5555 5555\n5555 4444 thanks", "5555 5555\n5555 4444"),
    ],
)
def test_when_a_card_is_sent_in_pieces_across_turns_then_the_pieces_are_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in cards(detector, text), (text, cards(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # an amount's or an order's word between the turns, no card word before, a wrong Luhn digit
        "card 4111 1111 | amount 1111 | 1111",
        "card 4111 1111 | order 1111 1111",
        "ticket 4012 8888 | 8888 1881",
        "card 4012 8888 | 8888 1882",
    ],
)
def test_when_pieces_across_turns_make_no_card_then_none_is_found(detector: Detector, text: str) -> None:
    assert cards(detector, text) == []
