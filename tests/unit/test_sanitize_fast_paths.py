"""The core's fast paths answer what the plain forms did (issues #10, #11 speed work).

- A field is blank, for classify, verify and :meth:`Sanitizer.scanned_texts`, exactly when
  ``str.strip()`` leaves nothing of it (``isspace()`` is the same test, without the copy): Unicode
  spaces count, a zero-width space does not (it is no whitespace: its text is scanned).
- The transform of a text's findings in any order is the transform of them in order, and the
  caller's list of findings is left as it was.
- The detector reads an ASCII text as given and a non-ASCII one stripped and folded: a batch of
  both kinds gives each text what it gets alone.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from keyrings import KEYRING

from agents.schema_files import event_schemas
from agents.settings import Settings
from streams.detect.engine import Detector
from streams.sanitize import Sanitizer
from streams.synthetic import Synth

SCHEMA = event_schemas(Settings().schemas_dir)["sz.payments.v1"]
DETECTOR = Detector()
SANITIZER = Sanitizer(SCHEMA, DETECTOR, KEYRING)
# whitespace of several kinds, and characters that look blank but are not whitespace
BLANKISH = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\u200b\ufeff"


def _payment(memo: str, cardholder_name: Any) -> dict[str, Any]:
    record = Synth(seed=3).card_payment()
    record["memo"] = memo
    record["cardholder_name"] = cardholder_name
    return record


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=BLANKISH, max_size=6))
def test_when_a_field_looks_blank_then_it_is_blank_exactly_when_strip_leaves_nothing(value: str) -> None:
    record = _payment(value, value)
    findings, _unclassified = SANITIZER.classify(record)
    blank = not value.strip()
    # the text field: scanned (and so remembered for verify) unless blank
    assert ("memo" in SANITIZER.scanned_texts(record, findings)) is not blank
    # the tagged field: a finding unless blank
    assert any(f.path == "cardholder_name" for f in findings) is not blank


def test_when_a_text_holds_only_a_zero_width_space_then_it_is_no_blank() -> None:
    record = _payment("\u200b", "\u3000")
    findings, _ = SANITIZER.classify(record)
    assert "memo" in SANITIZER.scanned_texts(record, findings)
    assert not any(f.path == "cardholder_name" for f in findings)


@pytest.mark.parametrize("seed", range(4))
def test_when_a_texts_findings_come_in_any_order_then_the_transform_is_the_same(seed: int) -> None:
    synth = Synth(seed=seed)
    for _ in range(20):
        record = synth.card_payment()
        record["memo"] = synth.memo().text
        findings, _ = SANITIZER.classify(record)
        in_text = [f for f in findings if f.path == "memo"]
        if len(in_text) < 2:
            continue
        # the text's findings reversed, the others where they stand
        backwards = iter(reversed(in_text))
        shuffled = [next(backwards) if f.path == "memo" else f for f in findings]
        assert shuffled != findings
        before = list(shuffled)
        assert SANITIZER.transform(record, shuffled) == SANITIZER.transform(record, findings)
        assert shuffled == before  # the caller's list is not sorted in place
        return
    pytest.fail("no generated memo held two findings")  # the comparison must not be vacuous


def test_when_ascii_and_other_texts_share_a_batch_then_each_gets_what_it_gets_alone() -> None:
    texts = [
        "card 4111 1111 1111 1111 exp 12/27",
        "卡号 ４１１１ １１１１ １１１１ １１１１，联系 陳\u200d大文",
        "call 9123 4567",
        "身份证 11010519491231002X\u200b 王伟",
        "",
        "nothing here",
    ]
    batch = DETECTOR.analyze_batch(texts)
    assert batch == [DETECTOR.analyze(text) for text in texts]
    assert all(batch[i] for i in (0, 1, 2, 3))  # found in each: not a comparison of empty answers
    # offsets point into the text as given, past the zero-width joiner
    names = [f for f in batch[1] if f.entity_type == "PERSON"]
    assert names and texts[1][names[0].start : names[0].end].replace("\u200d", "") == "陳大文"
