"""Issue 11, e-mail addresses as people write them: plus-addressing, subdomains, capitals, digits and
hyphens in labels, long top-level domains, internationalised local parts and domains (RFC 6531 and
IDNA: 陳大文@例子.香港, josé@exämple.com), the Public Suffix List's CJK top-level domains, an address
in angle brackets, after ``mailto:``, in quotes, or run into Chinese text and full-width punctuation
with no space; an address spelt out (``chan [at] example [dot] com``). Each table holds hits and near misses."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector
from streams.detect.validators import is_valid_email


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


def emails(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "EMAIL_ADDRESS"]


HITS = [
    ("write to chan.tm+refund@example.com today", "chan.tm+refund@example.com"),
    ("write to ops@mail.example.com.hk today", "ops@mail.example.com.hk"),
    ("write to CHAN.TM@EXAMPLE.COM today", "CHAN.TM@EXAMPLE.COM"),
    ("write to wong-99@my-bank2.example.org", "wong-99@my-bank2.example.org"),
    ("write to anna@example.photography now", "anna@example.photography"),
    ("Contact <lee.ka.ming@example.com> asap", "lee.ka.ming@example.com"),
    ("mailto:lee@example.com", "lee@example.com"),
    ('"lee@example.com"', "lee@example.com"),
    ("邮箱lee@example.com联系", "lee@example.com"),
    ("郵箱：lee@example.com。謝謝", "lee@example.com"),
    ("「lee@example.com」", "lee@example.com"),
    # internationalised local parts and domains
    ("write to 陳大文@例子.香港 today", "陳大文@例子.香港"),
    ("邮箱：张伟@例子.中国，谢谢", "张伟@例子.中国"),
    ("请发邮件至陳大文@例子.香港，谢谢", "陳大文@例子.香港"),
    ("Email陳大文@例子.香港", "陳大文@例子.香港"),
    ("客服邮箱是客服@例子.公司吗", "客服@例子.公司"),
    ("email josé@exämple.com", "josé@exämple.com"),
    ("write to müller@bücher.example now", "müller@bücher.example"),
    ("发到abc@例子.商城谢谢", "abc@例子.商城"),
    ("電郵地址為 wong.tm@例子.香港。", "wong.tm@例子.香港"),
    ("邮箱 wang@xn--fsqu00a.xn--j6w193g 吗", "wang@xn--fsqu00a.xn--j6w193g"),
    # Chinese text run into the address: an ASCII local part is cut from it, a name before it is
    # left to the name recognizers
    ("客人要求寄月結單去chan.tm@example.com.hk", "chan.tm@example.com.hk"),
    ("聯絡人陳大文chan@example.com", "chan@example.com"),
    # no cue word: the last eight characters of the Chinese run
    ("客户说以后所有对账单都寄信息部小组@例子.中国", "单都寄信息部小组@例子.中国"),
]


# spelt out so that machines would not read it
SPELT = [
    ("email me at chan at example dot com", "chan at example dot com"),
    ("chan.tm [at] example.com", "chan.tm [at] example.com"),
    ("chan(at)example(dot)com", "chan(at)example(dot)com"),
    ("chan [at] example [dot] com [dot] hk", "chan [at] example [dot] com [dot] hk"),
    ("chan.tm at example dot com", "chan.tm at example dot com"),
]
SPELT_NEAR_MISSES = [
    "meet at hotel.com",
    "Lunch at 12.30",
    "look at example dot com",
    "he is at home dot",
    "sent at 10 dot 30",
    "chan [at] example",  # no top-level domain
]


@pytest.mark.parametrize(("text", "address"), SPELT)
def test_when_an_address_is_spelt_out_then_it_is_found(detector: Detector, text: str, address: str) -> None:
    assert emails(detector, text) == [address]


@pytest.mark.parametrize("text", SPELT_NEAR_MISSES)
def test_when_at_and_dot_are_words_of_a_sentence_then_no_address_is_found(detector: Detector, text: str) -> None:
    assert emails(detector, text) == []


@pytest.mark.parametrize(("text", "address"), HITS)
def test_when_an_address_is_written_in_a_legitimate_form_then_it_is_found_whole(
    detector: Detector, text: str, address: str
) -> None:
    assert emails(detector, text) == [address]
    assert is_valid_email(address)


NEAR_MISSES = [
    "email chan.@example.com",  # a local part ends in a dot
    "email chan..tm@example.com",
    "email chan@-example.com",  # a label starts with a hyphen
    "email chan@exa_mple.com",
    "email chan@example.123",  # a top-level domain of digits
    "email chan@localhost",  # no dot in the domain
    "請發去陳大文@例子",  # no top-level domain
    "@例子.香港 is the domain",  # no local part
    "邮箱：@例子.中国",
    "std::cout << a@b",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_string_only_looks_like_an_address_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert emails(detector, text) == []
