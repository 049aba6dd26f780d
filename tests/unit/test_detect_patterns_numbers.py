"""Phone and card numbers in the written forms issue 11 found missed: mainland fixed lines as
libphonenumber formats them and as people write them, numbers followed by a count or a date,
Hong Kong numbers with the cue word after them (Cantonese and Chinese put the verb after the
number), and cards written back to back in groups. Numbers come from libphonenumber's metadata and
python-stdnum's Luhn, not from any corpus; each table holds near misses too."""

from __future__ import annotations

import phonenumbers
import pytest
from stdnum import luhn

from streams.detect.engine import Detector
from streams.detect.validators import is_valid_card


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param, names_anywhere=False)


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


# -- mainland fixed lines ----------------------------------------------------------------------

# area codes of two and three digits across the provinces; the local numbers are whichever
# libphonenumber allocates first among a few candidates of seven and eight digits
_AREA_CODES: tuple[str, ...] = (
    "10",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
    "27",
    "28",
    "29",
    "311",
    "351",
    "371",
    "431",
    "451",
    "471",
)
_AREA_CODES += ("531", "551", "571", "591", "755", "757", "760", "769", "771", "791", "851", "871", "898", "991")
_LOCALS = ("62751234", "88889999", "26881234", "5123456", "2345678", "81234567")


def _fixed_lines() -> list[phonenumbers.PhoneNumber]:
    numbers = []
    for area in _AREA_CODES:
        for local in _LOCALS:
            number = phonenumbers.parse(f"+86{area}{local}")
            if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.FIXED_LINE:
                numbers.append(number)
                break
    return numbers


FIXED_LINES = _fixed_lines()


def _written_forms(number: phonenumbers.PhoneNumber) -> list[str]:
    """libphonenumber's own formats, and the forms people write from its national one."""
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, fmt.NATIONAL)  # "010 6275 1234"
    area, *local = national.split()
    spaced, joined = " ".join(local), "".join(local)
    return [
        national,
        phonenumbers.format_number(number, fmt.INTERNATIONAL),
        phonenumbers.format_number(number, fmt.E164),
        phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:"),
        f"{area}-{joined}",
        f"{area}-{'-'.join(local)}",
        f"{area} {joined}",
        f"({area}) {spaced}",
        f"({area}){joined}",
        f"+86-{area[1:]}-{joined}",
        f"+86 ({area[1:]}) {spaced}",
        f"+86 (0){area[1:]} {joined}",
        f"0086 {area[1:]} {spaced}",
    ]


def test_the_fixed_line_table_covers_both_area_code_lengths() -> None:
    lengths = {
        len(phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL).split()[0]) for n in FIXED_LINES
    }
    assert len(FIXED_LINES) >= 20 and lengths == {3, 4}


@pytest.mark.parametrize(
    "number", FIXED_LINES, ids=[phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) for n in FIXED_LINES]
)
def test_when_a_mainland_fixed_line_is_written_in_any_usual_form_then_it_is_found(
    detector: Detector, number: phonenumbers.PhoneNumber
) -> None:
    for form in _written_forms(number):
        for text in (f"办公室电话 {form}，谢谢", f"office line {form}.", f"{form}"):
            assert found(detector, text, "PHONE_NUMBER") == [form], text


FIXED_LINE_NEAR_MISSES = [
    "tel 010-0234567",  # a local number libphonenumber does not allocate
    "tel +86 (0)10 0234 567",
    "version 0.755-12345678",
    "ref 1010-6275-1234-5",  # inside a longer grouped number
    "010-6275 1234 567",  # the grouped run goes on
]


@pytest.mark.parametrize("text", FIXED_LINE_NEAR_MISSES)
def test_when_a_fixed_line_shape_is_no_fixed_line_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [], text


# -- a count or a date after a number ----------------------------------------------------------

COUNTED = [
    ("我 WhatsApp 你 +852 9333 1122 1 次，冇覆", "+852 9333 1122"),
    ("call 138 1234 5678 2 times", "138 1234 5678"),
    ("打咗 +86 138 1234 5678 3 次都冇人听", "+86 138 1234 5678"),
    ("rang 0755-2688 1234 2 times", "0755-2688 1234"),
    ("+853 6612 3456 2 times no answer", "+853 6612 3456"),
]
COUNT_NEAR_MISSES = [
    "ref +852 9333 1122 123 4",  # a longer grouped run, not a count
    "+852 9333 1122 1",  # nothing after the group: the run's own last group
    "call 138 1234 5678 12345 times",
]


@pytest.mark.parametrize(("text", "number"), COUNTED)
def test_when_a_phone_number_is_followed_by_a_count_then_the_number_alone_is_found(
    detector: Detector, text: str, number: str
) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [number], text


@pytest.mark.parametrize("text", COUNT_NEAR_MISSES)
def test_when_the_group_after_a_phone_number_continues_the_run_then_nothing_is_found(
    detector: Detector, text: str
) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [], text


# -- Hong Kong numbers with the cue after them --------------------------------------------------


def _hk_numbers() -> list[str]:
    kinds = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE)
    out = []
    for kind in kinds:
        example = phonenumbers.example_number_for_type("HK", kind)
        assert example is not None
        digits = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL).replace(" ", "")
        out += [f"{digits[:4]} {digits[4:]}", digits]
    return out


HK_NUMBERS = _hk_numbers()
CUES_AFTER = [
    "你打{}俾我啦",
    "有事就打 {} 揾我",
    "{} 係我手提，收到請覆",
    "{}係佢屋企電話",
    "有问题打 {} 找我",
    "reach Ka-ming on {} (mobile) after 6pm",
    "ring {} whatsapp ok",
]
NO_CUE = [
    "訂單 {} 已經出貨",
    "{} 個包裹已到",
    "batch {} closed",
]


@pytest.mark.parametrize("number", HK_NUMBERS)
def test_when_a_hong_kong_number_has_its_cue_word_after_it_then_it_is_found(detector: Detector, number: str) -> None:
    for template in CUES_AFTER:
        text = template.format(number)
        assert found(detector, text, "PHONE_NUMBER") == [number], text


@pytest.mark.parametrize("number", HK_NUMBERS)
def test_when_eight_digits_have_no_cue_before_or_after_then_no_phone_is_found(detector: Detector, number: str) -> None:
    for template in NO_CUE:
        text = template.format(number)
        assert found(detector, text, "PHONE_NUMBER") == [], text


def test_a_cue_after_a_digit_or_in_the_next_field_does_not_count(detector: Detector) -> None:
    number = HK_NUMBERS[0]
    assert found(detector, f"批次 {number} 第 3 個電話", "PHONE_NUMBER") == []
    by_field = detector.analyze_fields([f"批次 {number}", "電話"])
    assert [f.entity_type for f in by_field[0]] == []


# -- cards -------------------------------------------------------------------------------------


def _card(prefix: str, length: int) -> str:
    body = (prefix + "3141592653589793238")[: length - 1]
    return body + luhn.calc_check_digit(body)


def _grouped(pan: str) -> str:
    if len(pan) == 15:
        return f"{pan[:4]} {pan[4:10]} {pan[10:]}"
    return " ".join(pan[i : i + 4] for i in range(0, len(pan), 4))


CARDS = [_card("4", 16), _card("51", 16), _card("2221", 16), _card("62", 16), _card("62", 19), _card("37", 15)]
SIXTEENS = [c for c in CARDS if len(c) == 16]


def _wrong(pan: str) -> str:
    wrong = pan[:-1] + str((int(pan[-1]) + 1) % 10)
    assert not luhn.is_valid(wrong)
    return wrong


@pytest.mark.parametrize("pan", CARDS)
def test_when_a_grouped_card_is_followed_by_a_count_or_a_date_then_the_card_alone_is_found(
    detector: Detector, pan: str
) -> None:
    card = _grouped(pan)
    for count, text in (("2", f"{card} 2 times"), ("1", f"卡号 {card} 1 次"), ("", f"card {card} 12/27 cvv ok")):
        # a one-digit count may also be a longer card's last digit: when that longer number is a
        # valid card too, it is the one reported (the longer of two valid readings), count and all
        longer = f"{card} {count}"
        expected = longer if count and is_valid_card(longer) else card
        assert found(detector, text, "CREDIT_CARD") == [expected], text


@pytest.mark.parametrize("pan", CARDS)
def test_when_the_group_after_a_card_may_be_its_own_then_nothing_is_found(detector: Detector, pan: str) -> None:
    card = _grouped(pan)
    for text in (f"{card} 2", f"{card} 123 times", f"{card} 12", f"{_grouped(_wrong(pan))} 2 times"):
        assert found(detector, text, "CREDIT_CARD") == [], text


@pytest.mark.parametrize("count", [2, 3])
def test_when_cards_are_written_back_to_back_in_groups_then_each_is_found(detector: Detector, count: int) -> None:
    for first in SIXTEENS:
        cards = [_grouped(first), *(_grouped(SIXTEENS[(SIXTEENS.index(first) + i) % len(SIXTEENS)]) for i in (1, 2))]
        run = cards[:count]
        text = "Card " + " ".join(run) + " 同一張卡抄咗兩次"
        assert found(detector, text, "CREDIT_CARD") == run, text


def test_when_one_card_of_a_pair_fails_its_check_then_only_the_other_is_found(detector: Detector) -> None:
    good, bad = _grouped(SIXTEENS[0]), _grouped(_wrong(SIXTEENS[1]))
    assert found(detector, f"cards {good} {bad} ok", "CREDIT_CARD") == [good]
    assert found(detector, f"cards {bad} {good} ok", "CREDIT_CARD") == [good]


def test_a_run_of_groups_that_is_not_whole_cards_holds_no_card(detector: Detector) -> None:
    card = _grouped(SIXTEENS[0])
    for text in (f"ref 1234 {card}", f"ref {card} 1234", f"ref 1234 {card} {card}", f"ref 12 {card} {card}"):
        assert found(detector, text, "CREDIT_CARD") == [], text


def test_when_a_grouped_card_follows_a_card_of_another_form_then_all_are_found(detector: Detector) -> None:
    pan = SIXTEENS[0]
    dashed = "-".join(pan[i : i + 4] for i in range(0, 16, 4))
    text = f"{pan} {dashed} {_grouped(pan)}"
    assert found(detector, text, "CREDIT_CARD") == [pan, dashed, _grouped(pan)]
    # a card of another form failing its check is still a number of its own
    wrong = _wrong(pan)
    assert found(detector, f"{wrong} {_grouped(pan)}", "CREDIT_CARD") == [_grouped(pan)]


def test_when_an_account_with_its_keyword_ends_in_a_short_group_then_it_is_taken_whole(detector: Detector) -> None:
    """A card or phone followed by a count scores below a mainland account with its keyword: an
    account whose last group reads like a count is not cut by the card or phone at its start,
    which would leave that group in clear."""
    card = _grouped(SIXTEENS[3])  # a valid 62... card as the account's first sixteen digits
    for number in (f"{card} 12", "138 1234 5678 12"):
        text = f"账号 {number} 已冻结"
        spans = [(f.entity_type, text[f.start : f.end]) for f in detector.analyze(text)]
        assert spans == [("CN_BANK_ACCOUNT", number)], text
