"""Issue 11, phone numbers as people write them: mainland mobiles grouped 3-4-4, 3-3-5 or 4-3-4, with
+86, 0086 or 86-; fixed lines after 86- without the "+"; the international prefix dialled for "+"
(0044, 001 from Hong Kong); North American numbers in national form after a phone word; the cue
words of forms, signatures and chat (T:, Mob, cell, fax, 微信, 傳真, office, "my new no", an
extension after the number) and a Hong Kong mobile right after a person's title (陳生 6123 4567).
Each table holds hits and near misses."""

from __future__ import annotations

import phonenumbers
import pytest
from format_tables import phones

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def _valid(number: str) -> bool:
    """What the corpora's writers checked: libphonenumber parses it as valid, read in CN, HK or MO."""
    for region in ("CN", "HK", "MO"):
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False


HITS = [
    ("call 138-001-38000 now", "138-001-38000"),
    ("call 138 001 38000 now", "138 001 38000"),
    ("手机 1867 512 3309", "1867 512 3309"),
    ("+86 1380 013 8000", "+86 1380 013 8000"),
    ("tel 86-755-26881234", "86-755-26881234"),
    ("tel: 86 755 2688 1234", "86 755 2688 1234"),
    ("+86 (0755) 2688 1234", "+86 (0755) 2688 1234"),
    ("tel +86-0755-26881234", "+86-0755-26881234"),
    ("call 0044 20 7946 0958", "0044 20 7946 0958"),
    ("call 001 415 555 0132", "001 415 555 0132"),
    ("call (415) 555-0132", "(415) 555-0132"),
    ("phone 415-555-0132", "415-555-0132"),
    ("微信 9123 4567", "9123 4567"),
    ("傳真 2123 4567", "2123 4567"),
    ("fax 2123 4567", "2123 4567"),
    ("Mob 9123 4567", "9123 4567"),
    ("cell 9123 4567", "9123 4567"),
    ("M: 9123 4567", "9123 4567"),
    ("T: 2123 4567", "2123 4567"),
    ("Ph: 2123 4567", "2123 4567"),
    ("hotline 2123 4567", "2123 4567"),
    ("send it to my new no 9123 4567 thx", "9123 4567"),
    # the extension is in the span since PHONE_EXTENSION: its digits crossed in clear after the number
    ("office 2854 3321 ext 118, mornings only", "2854 3321 ext 118"),
    ("新號碼 6123 4567", "6123 4567"),
    ("可以打 9123 4567", "9123 4567"),
    ("加我 9123 4567", "9123 4567"),
    ("陳生 6123 4567", "6123 4567"),
    ("Mr Chan 6123 4567", "6123 4567"),
    ("芳姐：9123 4567", "9123 4567"),
]


@pytest.mark.parametrize(("text", "number"), HITS)
def test_when_a_phone_is_written_in_a_usual_form_then_it_is_found(detector: Detector, text: str, number: str) -> None:
    assert _valid(number), number
    assert phones(detector, text) == [number]


NEAR_MISSES = [
    # not allocated: a mobile prefix that does not exist, a fixed line's area code that does not
    "call 128 001 38000 now",
    "tel 86-000-26881234",
    # the international prefix without a phone word: an account or reference as often
    "a/c 0044 20 7946 0958",
    "ref 0044 2079 4609 58",
    # a North American shape without a phone word, or not allocated
    "invoice 415-555-0132",
    "call (415) 155-0132",
    # eight digits after a label that is no phone's, or a title with an order word between
    "Receipt: 2123 4567",
    "No: 9123 4567",
    "陳生 order 6123 4567",
    "學生人數 6123 4567",
    "學生 6123 4567",
    "打咗 9123 4567 次",
    "打8折 6123 4567",
    "醫生 6123 4567",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_number_only_looks_like_a_phone_then_none_is_found(detector: Detector, text: str) -> None:
    assert phones(detector, text) == []
