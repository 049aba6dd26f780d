"""Issue 11, secrets as support tickets and e-mail threads write them: a password after a dash
("Password - Summer2026") or after "reset/changed to", a security question's answer, recovery and
backup codes (one or a list, letters and digits), keys and tokens with an "=" before them, GitHub's
fine-grained and Google's OAuth tokens. Near misses: headings ("Password reset: done"), a ticket's,
case's or article's number near a password word, plain words after a weak link, a year after a
backup-code word, a value pointing elsewhere ("password = your date of birth")."""

from __future__ import annotations

import pytest
from format_tables import secrets

from streams.detect.engine import Detector


@pytest.fixture(scope="module", params=["auto", "python"])
def detector(request: pytest.FixtureRequest) -> Detector:
    return Detector(scanner=request.param)


GH_PAT = "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRS"
OAUTH = "ya29.a0AfH6SMBx7Yq2k9LmN3pQrStUvWxYz0123456789"

# (text, the secrets as reported)
HITS = [
    ("temp password - Hk$8823a", ["Hk$8823a"]),
    ("Password - Summer2026", ["Summer2026"]),
    # an en dash folds to a hyphen
    ("Password \u2013 Summer2026", ["Summer2026"]),
    ("security answer - Fluffy2009", ["Fluffy2009"]),
    ("Password was reset to Temp#4821", ["Temp#4821"]),
    ("temporary password has been changed to Welcome2026!", ["Welcome2026!"]),
    ("Security question: mother's maiden name? Answer: Wong", ["Wong"]),
    ("Security Question - first pet's name. Answer: Fluffy2009", ["Fluffy2009"]),
    ("mother's maiden name: Cheung", ["Cheung"]),
    ("Recovery codes: 8f3k-2m9q, 7h2j-4n8p, 3k9d-6v2x", ["8f3k-2m9q, 7h2j-4n8p, 3k9d-6v2x"]),
    ("Backup codes:\n48291736\n55320194", ["48291736\n55320194"]),
    ("backup code 4829-1736", ["4829-1736"]),
    ("recovery code: 48291736 (use once)", ["48291736"]),
    ("BitLocker recovery key is 123456-654321-112233-445566", ["123456-654321-112233-445566"]),
    ("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    ("client_secret=Zx8Qw2Er4Ty6Ui8Op0As", ["Zx8Qw2Er4Ty6Ui8Op0As"]),
    ("secret: c2VjcmV0LXZhbHVlLTEyMzQ1Ng==", ["c2VjcmV0LXZhbHVlLTEyMzQ1Ng=="]),
    (f"pasted {GH_PAT} by mistake", [GH_PAT]),
    (f"Authorization header had {OAUTH}", [OAUTH]),
    ("Password reset: new password is Tr0ub4dor&3", ["Tr0ub4dor&3"]),
    ("memorable word: sunshine", ["sunshine"]),
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_when_a_ticket_writes_a_secret_then_it_is_found(detector: Detector, text: str, expected: list[str]) -> None:
    assert secrets(detector, text) == expected, text


NEAR_MISSES = [
    # headings and states
    "Subject: Password reset: ticket #48213",
    "Password reset: done, user informed",
    "Password - Reset",
    "Password - reset via portal",
    "password was reset to default",
    "PIN was set to expire",
    "password = your date of birth",
    "Password protected PDF, password is your HKID",
    # a ticket's, case's, request's or article's number
    "Password Reset Request #A12345",
    "Re: Password reset - ticket 48213",
    "password - see ticket 48213",
    "Passwords: see KB article 1234",
    "PIN mailer tracking 48291736",
    "Case 20261130-0042: password not working",
    # a year, a count, a date after a backup-code word
    "backup codes 2024 rollout",
    "recovery code count: 10",
    "backup code generation failed at 10:42",
    "recovery codes were regenerated on 2026-11-30",
    "backup keys are stored offline",
    # an "=" and no secret after it
    "API key rotation scheduled for 2026",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_when_a_ticket_only_names_a_secret_then_nothing_is_found(detector: Detector, text: str) -> None:
    assert secrets(detector, text) == [], text
