"""Issue 11, fifteenth round: a password named, then a participle of choosing before the colon
("password chosen: ...", "password agreed: ..."): the value follows the colon, as after "is"; the
participle was taken for the value and refused, which left the password after it in clear. A password
of two words in lower case after its name and a colon or "is", the clause ending after them ("pick-up
password agreed between sender and receiver: lychee harbour."): the whole pair, not its first word. A
six-digit code in two halves listed after another code ("报了 836120 和 472 915"). Each
table
holds hits and near misses of the same shape. The values are made up. Both scanners (native and
``re``) run every table."""

from __future__ import annotations

import pytest

from streams.detect.engine import Detector


def found(detector: Detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector.analyze(text) if f.entity_type == "AUTH_SECRET"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customer called back, new password chosen: Lam#Tsuen_88, told her not to say it aloud", "Lam#Tsuen_88"),
        ("password chosen: Kowloon!Bay_27 (customer read it out)", "Kowloon!Bay_27"),
        ("Pick-up password agreed: starfruit. Collect at the Mong Kok branch.", "starfruit"),
        ("Portal password set: Harb0ur&Mist9 by the admin this morning", "Harb0ur&Mist9"),
        ("PASSWORD SELECTED: Ferry_Pier_31", "Ferry_Pier_31"),
        ("temporary password created = Qw7!nLp2", "Qw7!nLp2"),
        ("wifi password picked: mangosteen88", "mangosteen88"),
    ],
)
def test_when_a_participle_of_choosing_comes_before_the_colon_then_the_value_after_it_is_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in found(detector, text), (text, found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # a label of the password's rules or state, not its value
        "Password hint: my dog",
        "Password requirements: minimum 8 characters",
        "password used: the old one",
        "password given: none",
        "password set: yes",
        "password chosen: not yet, customer will call back",
        "password agreed: to be confirmed",
    ],
)
def test_when_the_colon_introduces_no_value_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pick-up password agreed between the two families: jade garden. Ref to follow.", "jade garden"),
        ("The password we set together: plum blossom", "plum blossom"),
        ("Password (agreed on the phone): camphor tree", "camphor tree"),
        ("the password is night market, don't forget", "night market"),
        ("the code word is paper lantern; tell nobody else", "paper lantern"),
        ("Memorable word: silver ferry", "silver ferry"),
    ],
)
def test_when_a_password_is_two_words_ending_its_clause_then_both_are_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in found(detector, text), (text, found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # a state, a pointer, an adverb, a ticket's value; or more words after the pair
        "the password is not set.",
        "password: your birthday",
        "the password is case sensitive.",
        "password is very weak",
        "the password for ticket 4412 is blue moon.",
        "password is saved securely.",
    ],
)
def test_when_two_words_after_a_password_are_no_pair_then_no_pair_is_found(detector: Detector, text: str) -> None:
    assert not any(" " in value for value in found(detector, text)), found(detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("骗子让我报验证码，我先后报了 550213 和 618 904，之后就被转走了", "618 904"),
        ("OTP 731905 or 284 116, I can't tell which one worked", "284 116"),
        ("OTP 284 116 or 731905", "731905"),
        ("佢問我要驗證碼，我俾咗 902 331 同 417 580", "417 580"),
    ],
)
def test_when_a_code_in_halves_is_listed_after_another_then_it_is_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in found(detector, text), (text, found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # as many digits but an amount, a room, or a number of seven digits in halves
        "验证码 836120，金额 472 915 元",
        "OTP 836120 and room 472 915",
        "OTP 836120 or 472 9155",
    ],
)
def test_when_a_number_in_halves_after_a_code_is_no_code_then_it_is_not_found(detector: Detector, text: str) -> None:
    assert found(detector, text) == [text.split()[1].split("，")[0]]


# a password someone changed, set or reset, the verb before the password's name and "to" before it
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the attacker changed the password to Winter2023## (seen in the macro log) and left", "Winter2023##"),
        ("Ops reset her portal password to Tsuen!Wan77 at 09:10", "Tsuen!Wan77"),
        ("user asked us to set the password to Chan@1990#SZ for him", "Chan@1990#SZ"),
        ("I changed my banking pw to Gr33nTea and forgot it", "Gr33nTea"),
    ],
)
def test_when_a_password_was_changed_to_a_value_then_the_whole_value_is_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in found(detector, text), (text, found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # what the change was for, or a value that does not look like a password
        "changed the password to something else",
        "we changed the PIN to avoid fraud",
        "changed the password to match the policy",
        "updating your password to a stronger one",
    ],
)
def test_when_a_change_names_no_value_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text) == []


# a key, a secret or a recovery code named, a few words, a link and the value; a key's acronym as a
# log's field; a wallet's seed phrase after a colon, its name a few words before
@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "my API secret keeps showing as invalid: 9c2e4b7a1f3d8e6a0b5c7d9e2f4a6b8c. Account",
            "9c2e4b7a1f3d8e6a0b5c7d9e2f4a6b8c",
        ),
        ("the recovery code the app gave me was K4MZ-7QPD-2XWN-9RTB, it says not valid", "K4MZ-7QPD-2XWN-9RTB"),
        ("我個 recovery code 系 ZP8Q-4HJT-77MV，it says expired", "ZP8Q-4HJT-77MV"),
        ("my backup codes for 2FA, only this one is left: 5520-8134, the others are used", "5520-8134"),
        ("the 2FA setup key I saved when registering: JBSWY3DPEHPK3PXP. Lost my phone", "JBSWY3DPEHPK3PXP"),
        (
            "pos log: term=00771234 key_index=02 ZPK=0F1E2D3C4B5A69788796A5B4C3D2E1F0",
            "0F1E2D3C4B5A69788796A5B4C3D2E1F0",
        ),
        (
            "i wrote the 12 words when i made the wallet: harbor pencil mango tiger velvet ocean silk crane amber "
            "frost lemon quiet",
            "harbor pencil mango tiger velvet ocean silk crane amber frost lemon quiet",
        ),
    ],
)
def test_when_a_named_key_code_or_phrase_follows_a_few_words_then_it_is_found(
    detector: Detector, text: str, value: str
) -> None:
    assert value in found(detector, text), (text, found(detector, text))


@pytest.mark.parametrize(
    "text",
    [
        # dates, paths and times named after such words; a team's notes of ordinary words
        "the API key docs were updated on: 2024-07-31",
        "backup codes were generated on 2024-07-31",
        "the API key for the sandbox is in vault path kv/payments/sandbox",
        "the access token expired at: 2024-07-31T10:00:00Z",
        "wallet update: team agreed the new flow looks good and ships after more tests with real users",
    ],
)
def test_when_such_words_name_no_value_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert found(detector, text) == []
