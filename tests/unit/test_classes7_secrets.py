"""Issue 11, seventh round: classes of secrets that public suites written by others showed (secret
scanners' keyword fixtures: a quoted value after its keyword). Our own words and values; each table
holds hits and near misses (a state, a pointer, a ticket's remark, a keyword with no value). Both
scanners (native and ``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def secrets(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


def left_in_clear(detector: Detector, text: str, value: str) -> str:
    """The characters of ``value`` (its quotes aside) that no secret's span covers."""
    start = text.index(value)
    spans = [(f.start, f.end) for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]
    return "".join(
        c for i, c in enumerate(value, start) if c not in "\"'“”‘’「」`" and not any(a <= i < b for a, b in spans)
    )


# values of several words, in each kind of quote
QUOTED = [
    '"lantern harbour 1987"',
    "'open sesame 42'",
    "“Blue Moon over Kowloon”",
    "‘tea for two’",
    "「芝麻 開門」",
    "`paper kite 7`",
    # four words or more that start with a state's word: a passphrase
    '"correct horse battery staple"',
]


@pytest.mark.parametrize("value", QUOTED)
@pytest.mark.parametrize(
    "template",
    [
        "password = {v}",
        "password: {v}",
        "Password {v};",
        "The password for the staff portal is {v} until Friday",
        "pw => {v}",
        "my new passphrase is {v}",
        "security answer: {v}",
        "密碼：{v}",
        "口令是{v}",
    ],
)
def test_when_quoted_value_with_blanks_after_password_word_then_whole_value(
    detector: Detector, value: str, template: str
) -> None:
    # the whole quoted value, never only its first word
    text = template.format(v=value)
    assert left_in_clear(detector, text, value) == ""


@pytest.mark.parametrize(
    "text",
    [
        # states and pointers, quoted or not
        "password: 'not set'",
        "password: 'not set yet'",
        'Password is "your date of birth"',
        'password: "expired"',
        "password 'reset' done",
        # a ticket's remark between the keyword and the quoted words
        "password reset ticket 'cannot log in'",
        # the keyword alone, quotes elsewhere in the sentence
        "Please reset the password. Customer said 'thanks a lot'",
        # quotes with no blank inside and no password word
        "order 'A12 B34' shipped",
        'the note says "call me back"',
    ],
)
def test_when_quoted_words_are_no_password_then_none(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a single quoted token stays the password pattern's (the quote in its span)
        ('password = "Tr0ub4dor&3"', '"Tr0ub4dor&3"'),
        # a state's word right after "=" is a value
        ('password = "expired"', '"expired"'),
        # the quoted value and a code after it are two secrets
        ('password is "Harbour Lights 9" and PIN 4821', '"Harbour Lights 9"'),
    ],
)
def test_when_quoted_password_then_reported(detector: Detector, text: str, value: str) -> None:
    assert value in secrets(detector, text)


# a password named by a configuration key with the password's word as one of its parts (secret
# scanners' keyword fixtures: .env, YAML and log lines pasted into a ticket)
CONFIG_VALUES = ["Harbour2026!", "Kw9!xLm2", "lantern-77-kite"]


@pytest.mark.parametrize("value", CONFIG_VALUES)
@pytest.mark.parametrize(
    "template",
    [
        "DB_PASSWORD={v}",
        "db_password: {v}",
        "export MYSQL_PASSWORD='{v}'",
        'smtp_pass = "{v}"',
        "admin_pwd => {v}",
        "password_super_secure := {v}",
        "the ticket shows app_db_password: {v} in the log",
    ],
)
def test_when_config_key_names_password_then_value(detector: Detector, value: str, template: str) -> None:
    assert secrets(detector, template.format(v=value)) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # the key names a property of the password, not the password
        "password_policy: strict",
        "password_expiry_days = 90",
        "password_reset_url = https://example.com/reset",
        "last_password_change: 2026-11-30",
        "min_password_length=12",
        # placeholders, masks, switches, states
        "DB_PASSWORD=${DB_PASS}",
        "db_password: <secret>",
        "db_password = ****",
        "require_password: true",
        "smtp_pass: unset",
        # "pass" in other keys
        "boarding_pass_no: AB1234",
        "first_pass_count: 3",
        "bypass_cache=1",
        # the key with no value
        "set DB_PASSWORD before the deploy",
    ],
)
def test_when_config_key_holds_no_password_then_none(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a quoted utterance after a password's word: the code in it is the secret, not the sentence
        ("用户在备注写了密码：“我的登录密码是 730251，请帮我查一下”", "730251"),
        ('the customer wrote in the password field: "my pin is 4821, please call me"', "4821"),
    ],
)
def test_when_quoted_utterance_after_password_word_then_only_its_code(
    detector: Detector, text: str, inside: str
) -> None:
    assert secrets(detector, text) == [inside]
