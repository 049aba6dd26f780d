"""Issue 11, cards as text we did not write holds them: groups parted by tabs, two blanks, dots,
slashes or a mix, numbers glued to a word or to CJK, and the live ranges that mainland accounts share
(RuPay, Elo, Verve) with no card word near. Each table holds hits and near misses: the same number
with a wrong check digit, a longer run it belongs to, an IBAN or token it sits inside, an account or
order word before it."""

from __future__ import annotations

import pytest
from format_tables import card as _card
from format_tables import wrong_check_digit as _wrong

from streams.detect.engine import Detector
from streams.detect.validators import card_network, live_range_card


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def _groups(pan: str, seps: str | list[str], sizes: tuple[int, ...] = (4, 4, 4, 4, 3)) -> str:
    parts, i = [], 0
    for size in sizes:
        if i >= len(pan):
            break
        parts.append(pan[i : i + size])
        i += size
    seps = list(seps) if isinstance(seps, list) else [seps] * (len(parts) - 1)
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out


def found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text) if f.entity_type != "PERSON"]


VISA = _card("4", 16)
MASTERCARD = _card("52", 16)
UNIONPAY_19 = _card("6228", 19)
AMEX = _card("37", 15)

# (pan, separators between its groups, group sizes)
SEPARATED = [
    (VISA, "\t", (4, 4, 4, 4)),
    (VISA, ". ", (4, 4, 4, 4)),
    (VISA, "_", (4, 4, 4, 4)),
    (VISA, "   ", (4, 4, 4, 4)),
    (VISA, "/", (4, 4, 4, 4)),
    (VISA, " / ", (4, 4, 4, 4)),
    (VISA, " - ", (4, 4, 4, 4)),
    (VISA, ". ", (4, 4, 4, 4)),
    (VISA, "_", (4, 4, 4, 4)),
    (MASTERCARD, ["-", " ", "."], (4, 4, 4, 4)),
    (MASTERCARD, ["\t", "  ", "/"], (4, 4, 4, 4)),
    (UNIONPAY_19, "\t", (4, 4, 4, 4, 3)),
    (UNIONPAY_19, ["/", "/", "/", " "], (4, 4, 4, 4, 3)),
    (AMEX, "  ", (4, 6, 5)),
    (AMEX, "\t", (4, 6, 5)),
]


@pytest.mark.parametrize(("pan", "seps", "sizes"), SEPARATED)
def test_when_groups_are_parted_by_tabs_blanks_dots_or_slashes_then_the_card_is_found(
    detector: Detector, pan: str, seps: str | list[str], sizes: tuple[int, ...]
) -> None:
    written = _groups(pan, seps, sizes)
    assert card_network(pan) is not None
    for text in (f"card {written} please", f"paid with {written}", f"卡号：{written}，谢谢", written):
        assert found(detector, text) == [("CREDIT_CARD", written)], repr(text)
    # the same number with a wrong check digit is never reported, as a card or anything else
    wrong = _groups(_wrong(pan), seps, sizes)
    for text in (f"card {wrong} please", f"paid with {wrong}", wrong):
        assert [t for t, _ in found(detector, text) if t == "CREDIT_CARD"] == [], repr(text)


# a card's groups inside a longer run parted the same way: a table row, a reference
LONGER_RUNS = [
    f"9\t{_groups(VISA, chr(9), (4, 4, 4, 4))}",
    f"{_groups(VISA, chr(9), (4, 4, 4, 4))}\t2222",
    f"1234/{_groups(VISA, '/', (4, 4, 4, 4))}",
    f"{_groups(VISA, '  ', (4, 4, 4, 4))}  5678  9012",
    f"{_groups(VISA, '.', (4, 4, 4, 4))}.77",
    "2019\t2020\t2021\t2022",
]


@pytest.mark.parametrize("text", LONGER_RUNS)
def test_when_card_groups_belong_to_a_longer_run_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert [t for t, _ in found(detector, text) if t == "CREDIT_CARD"] == []


# (template, pan, group sizes or () for one run)
GLUED = [
    ("card{}", VISA, ()),
    ("CARD{}.", VISA, ()),
    ("{}exp 12/28", VISA, ()),
    ("card{}exp", VISA, ()),
    ("pan:{}", VISA, ()),
    ("卡号{}", VISA, ()),
    ("卡號{}到期", VISA, ()),
    ("card{} ok", VISA, (4, 4, 4, 4)),
    ("visa{}", MASTERCARD, ()),
    ("{}CVV", UNIONPAY_19, ()),
]


@pytest.mark.parametrize(("template", "pan", "sizes"), GLUED)
def test_when_a_card_is_glued_to_a_word_then_it_is_found(
    detector: Detector, template: str, pan: str, sizes: tuple[int, ...]
) -> None:
    written = _groups(pan, " ", sizes) if sizes else pan
    text = template.format(written)
    assert found(detector, text) == [("CREDIT_CARD", written)], repr(text)
    wrong = _wrong(pan)
    text = template.format(_groups(wrong, " ", sizes) if sizes else wrong)
    assert [t for t, _ in found(detector, text) if t == "CREDIT_CARD"] == [], repr(text)


# the digits sit inside a token, not after a word: an IBAN, a hex string, a longer run
GLUED_NEAR_MISSES = [
    f"GB82WEST{VISA}",
    f"a3f{VISA}",
    f"x9y{VISA}",
    f"{VISA}ab12",
    f"k{VISA}7",
]


@pytest.mark.parametrize("text", GLUED_NEAR_MISSES)
def test_when_card_digits_sit_inside_a_token_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert [t for t, _ in found(detector, text) if t == "CREDIT_CARD"] == [], repr(text)


# (prefix, length): live ranges that mainland account numbers share
LIVE_RANGES = [
    ("607", 16),  # RuPay
    ("8123", 16),  # RuPay
    ("8212", 16),  # RuPay
    ("5081", 16),  # RuPay
    ("636297", 16),  # Elo
    ("509012", 16),  # Elo
    ("506702", 16),  # Elo
    ("5061", 16),  # Verve
    ("5078", 19),  # Verve
]


@pytest.mark.parametrize(("prefix", "length"), LIVE_RANGES)
def test_when_a_live_range_card_stands_without_a_card_word_then_it_is_found(
    detector: Detector, prefix: str, length: int
) -> None:
    pan = _card(prefix, length)
    assert card_network(pan) is None and live_range_card(pan)
    for written in (pan, _groups(pan, " ")):
        assert found(detector, f"paid with {written} yesterday") == [("CREDIT_CARD", written)]
        assert found(detector, f"refund to {written}") == [("CREDIT_CARD", written)]
    # a wrong check digit: nothing, not even a card
    assert not live_range_card(_wrong(pan))
    assert [t for t, _ in found(detector, f"paid with {_wrong(pan)} yesterday") if t == "CREDIT_CARD"] == []


@pytest.mark.parametrize(("prefix", "length"), LIVE_RANGES)
@pytest.mark.parametrize(
    "template",
    ["order {} shipped", "ref no. {}", "tracking {}", "账号 {}", "account {}", "订单号 {}", "tel {}"],
)
def test_when_a_live_range_number_follows_an_account_or_order_word_then_it_is_no_card(
    detector: Detector, prefix: str, length: int, template: str
) -> None:
    text = template.format(_card(prefix, length))
    assert [t for t, _ in found(detector, text) if t == "CREDIT_CARD"] == [], text


@pytest.mark.parametrize(("prefix", "length"), [("8123", 18), ("6071", 13), ("5081", 19), ("1234", 16)])
def test_when_a_luhn_number_is_out_of_a_live_range_then_it_needs_a_card_word(
    detector: Detector, prefix: str, length: int
) -> None:
    pan = _card(prefix, length)
    assert card_network(pan) is None and not live_range_card(pan)
    assert [t for t, _ in found(detector, f"paid with {pan} yesterday") if t == "CREDIT_CARD"] == []


def test_when_an_account_keyword_stands_before_a_live_range_number_then_the_account_wins(detector: Detector) -> None:
    pan = _card("8123", 16)
    assert found(detector, f"收款账号 {pan}") == [("CN_BANK_ACCOUNT", pan)]


# a card, its expiry (MMYY) and its code in one run of groups, as a call note takes them down
EXPIRY_CODE_HITS = [
    "card {} 1228 123",
    "Visa {} 0927 4821 thanks",
    "cust read out {} 0130 765",
    "卡号 {} 1228 123",
    "{} 1228 123",
]


@pytest.mark.parametrize("template", EXPIRY_CODE_HITS)
@pytest.mark.parametrize("pan", [VISA, MASTERCARD])
def test_when_a_card_is_followed_by_its_expiry_and_code_in_one_run_then_the_card_is_found(
    detector: Detector, template: str, pan: str
) -> None:
    written = _groups(pan, " ", (4, 4, 4, 4))
    text = template.format(written)
    assert [(t, s) for t, s in found(detector, text) if t == "CREDIT_CARD"] == [("CREDIT_CARD", written)], repr(text)


EXPIRY_CODE_NEAR_MISSES = [
    "card " + _groups(_wrong(VISA), " ", (4, 4, 4, 4)) + " 1228 123",  # wrong check digit
    "card " + _groups(VISA, " ", (4, 4, 4, 4)) + " 1328 123",  # no month 13: a longer number's groups
    "ref " + _groups(VISA, " ", (4, 4, 4, 4)) + " 1228 123",  # a reference's groups
    "order no. " + _groups(VISA, " ", (4, 4, 4, 4)) + " 0927 4821",
]


@pytest.mark.parametrize("text", EXPIRY_CODE_NEAR_MISSES)
def test_when_the_run_is_no_card_with_its_expiry_and_code_then_no_card_is_found(detector: Detector, text: str) -> None:
    assert [t for t, _ in found(detector, text) if t == "CREDIT_CARD"] == [], repr(text)
