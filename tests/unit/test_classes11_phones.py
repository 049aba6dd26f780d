"""Issue 11, eleventh round: phones and addresses the vault set showed missed, as classes. A Hong Kong
mobile right after a person's name of two or three capitalised words (a sign-off, a counter's log);
an FPS proxy's number; a number before a list's next item ("138 2654 7790 3) ..."); an IPv6 address
before a sentence's colon; a mobile after a pronoun and "on" or after a Chinese name a role's word
names; a money transfer's control number (MTCN) redacted. Each table holds hits and near misses of the
same shape. The values are made up. Both scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == kind]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thanks for the help. Regards, Carmen Leung 6134 2287", "6134 2287"),
        ("Counter log: payer Chan Tai Wing 9021 4478 sends HKD 3,000", "9021 4478"),
        ("FPS transfer failed, proxy entered was 5377 1802.", "5377 1802"),
        ("交接：1) 清算已完成 2) 李娜 值班 139 2281 0456 3) v2.1.0 已回滚", "139 2281 0456"),
    ],
)
def test_when_a_mobile_follows_a_name_proxy_or_list_then_phone(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Invoice Total 9123 4567 settled",
        "Order Batch 6123 4567 shipped",
        "Regards, Team 6178 2309",
        "账号 6222 0212 3456 7894 12) 已冻结",
    ],
)
def test_when_a_number_follows_no_name_then_no_phone(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("attacks from 2a02:c207:3008:4213::1: 37 attempts", "2a02:c207:3008:4213::1"),
        ("blocked 2001:db8:85a3::8a2e:370:7334: see the WAF log", "2001:db8:85a3::8a2e:370:7334"),
        ("prefix 2001:db8:: assigned", "2001:db8::"),
        ("loopback ::1 only", "::1"),
    ],
)
def test_when_an_ipv6_address_ends_a_clause_then_ip(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "IP_ADDRESS") == [value]


@pytest.mark.parametrize("text", ["std::cout << total;", "dead::beef", "at 12:30:45: done", "a::b::c"])
def test_when_colons_join_no_address_then_no_ip(detector: Detector, text: str) -> None:
    assert found(detector, text, "IP_ADDRESS") == []


# a money transfer's control number (MTCN, 监控号码) collects the cash: it is not left in clear (reported
# as a secret, the credential it is: patterns.AUTH_MTCN; it was reported as an account before)
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("西联汇款到账，收款人凭监控号码MTCN 8837410295到网点领取", "8837410295"),
        ("請憑監控號碼 7741029385 取款", "7741029385"),
    ],
)
def test_when_a_number_is_a_transfers_control_number_then_it_is_redacted(
    detector: Detector, text: str, value: str
) -> None:
    assert found(detector, text, "AUTH_SECRET") == [value]


def test_when_an_account_word_names_the_number_then_account(detector: Detector) -> None:
    text = "收款账号 6217 0032 1234 5678 901，监控短信已发送"
    assert found(detector, text, "CN_BANK_ACCOUNT") == ["6217 0032 1234 5678 901"]


# a mobile after a pronoun and "on" ("She's on ..."), or after a Chinese name a role's word names, a
# blank between
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please call her back. She's on 6712 3390 after six.", "6712 3390"),
        ("I'm on 9320 1847 all day", "9320 1847"),
        ("目擊證人 何嘉欣 6278 1193，已錄口供", "6278 1193"),
        ("紧急联系人 王建华 5188 2046", "5188 2046"),
    ],
)
def test_when_a_mobile_follows_a_pronoun_or_a_named_role_then_phone(detector: Detector, text: str, value: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize(
    "text",
    [
        "The parcel is on 5123 4567 shelf",
        "批次 5123 4567 已發貨",
        "It is on 6123 4567 units",
        "客户 王建华 订单 5188 2046",
    ],
)
def test_when_a_number_follows_no_pronoun_or_named_role_then_no_phone(detector: Detector, text: str) -> None:
    assert found(detector, text, "PHONE_NUMBER") == []
