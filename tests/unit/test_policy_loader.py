"""Every kind of invalid policy gives a problem naming its line, key and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.cli import main
from agents.cli.policy import read_policy, topic_catalog
from agents.schema_files import event_schemas
from agents.settings import PROJECT_ROOT
from streams.policy import PolicyError, load_policy

TOPICS = topic_catalog(event_schemas(PROJECT_ROOT / "schemas"))
DEFAULT = PROJECT_ROOT / "ops" / "policies" / "gba-default.yaml"

VALID = """\
version: "t-1"
categories:
  pi: [PERSON, PHONE_NUMBER]
config:
  strict: true
definitions:
  has_pi: has_category("pi")
rules:
  - id: R1
    when: def.has_pi
    action: transform
  - id: R2
    when: "!def.has_pi"
    action: forward
routes:
  sz.payments.v1: hk.payments.v1
quotas:
  subjects:
    categories: [pi]
    thresholds: [100]
"""


def problems(text: str) -> list[str]:
    with pytest.raises(PolicyError) as err:
        load_policy(text, "p.yaml", TOPICS)
    return [str(p) for p in err.value.problems]


def one(text: str) -> str:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


def test_the_valid_example_and_the_default_policy_load() -> None:
    assert load_policy(VALID, "p.yaml", TOPICS).version == "t-1"
    policy = read_policy(DEFAULT)
    assert len(policy.rules) >= 18
    assert "NOT LEGAL ADVICE" in DEFAULT.read_text(encoding="utf-8").splitlines()[2]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # bad YAML
        (("    action: forward\n", "    action: [forward\n"), "p.yaml:15: (top): bad YAML"),
        # unknown action
        (("    action: forward\n", "    action: allow\n"), "p.yaml:14: rules[1].action: unknown action 'allow'"),
        # unknown key
        (
            ("    action: forward\n", "    action: forward\n    colour: red\n"),
            "p.yaml:15: rules[1].colour: unknown key",
        ),
        # missing key
        (("    when: def.has_pi\n", ""), "rules[0].when: missing key 'when'"),
        # unknown entity type in a category
        (("[PERSON, PHONE_NUMBER]", "[PERSON, SSN]"), "p.yaml:3: categories.pi: unknown entity type 'SSN'"),
        # unknown entity type in a condition
        (
            ("when: def.has_pi\n", "when: has_entity('PASSPORT_US')\n"),
            "p.yaml:10: rules[0].when: has_entity('PASSPORT_US')",
        ),
        # unknown category in a condition
        (
            ('has_category("pi")', 'has_category("biometric")'),
            "p.yaml:7: definitions.has_pi: has_category('biometric')",
        ),
        # unknown category in a quota
        (
            ("    categories: [pi]\n", "    categories: [spi]\n"),
            "p.yaml:19: quotas.subjects.categories: unknown category",
        ),
        # CEL syntax error, with its line and column
        (("when: def.has_pi\n", "when: record.amount >>= 3\n"), "p.yaml:10: rules[0].when: CEL error at column"),
        # CEL: an undeclared function
        (
            ("when: def.has_pi\n", "when: shout(record.x)\n"),
            "rules[0].when: CEL error at column 7: undeclared reference to 'shout'",
        ),
        # duplicate rule id
        (("  - id: R2\n", "  - id: R1\n"), "p.yaml:12: rules[1].id: duplicate rule id 'R1' (first at rules[0])"),
        # route to an unknown topic
        (
            ("hk.payments.v1", "hk.payment.v1"),
            "p.yaml:16: routes.sz.payments.v1: route to unknown topic 'hk.payment.v1'",
        ),
        # route from an unknown topic
        (
            ("  sz.payments.v1:", "  sz.cards.v1:"),
            "p.yaml:16: routes.sz.cards.v1: route from unknown topic 'sz.cards.v1'",
        ),
        # unknown definition, config name, quota
        (("when: def.has_pi\n", "when: def.has_pii\n"), "rules[0].when: unknown definition def.has_pii"),
        (
            ("when: def.has_pi\n", "when: config.strictly\n"),
            "rules[0].when: config.strictly: not in the policy's config",
        ),
        (("when: def.has_pi\n", "when: quota('people') > 3\n"), "rules[0].when: quota('people'): unknown quota"),
        # an unknown operator, and AUTH_SECRET that is not dropped
        (
            ("    action: transform\n", "    action: transform\n    transforms: {PERSON: {op: scramble}}\n"),
            "unknown operator 'scramble'",
        ),
        (
            ("    action: transform\n", "    action: transform\n    transforms: {AUTH_SECRET: {op: hmac}}\n"),
            "rules[0].transforms.AUTH_SECRET: AUTH_SECRET may only be dropped",
        ),
        # a number where a string belongs (YAML reads 2026.11 as a float)
        (('version: "t-1"', "version: 2026.11"), "p.yaml:1: version: version must be a string: quote it ('2026.11')"),
        # a YAML key given twice (YAML itself would silently keep the last)
        (("config:\n", "routes: {}\nconfig:\n"), "routes: duplicate key 'routes'"),
    ],
)
def test_each_kind_of_invalid_policy_names_line_key_and_reason(change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in VALID
    found = problems(VALID.replace(old, new, 1))
    assert any(expected in p for p in found), found


def test_a_definition_cycle_is_reported() -> None:
    text = VALID.replace('  has_pi: has_category("pi")\n', "  has_pi: def.other\n  other: def.has_pi\n")
    assert any("refers to itself" in p for p in problems(text))


def test_a_cel_error_in_a_block_condition_points_at_its_own_line() -> None:
    text = VALID.replace("    when: def.has_pi\n", "    when: |\n      def.has_pi &&\n      record.x ==\n")
    found = one(text)
    assert found.startswith("p.yaml:12: rules[0].when: CEL error"), found


def test_every_problem_is_reported_at_once() -> None:
    text = VALID.replace("[PERSON, PHONE_NUMBER]", "[SSN]").replace("  - id: R2\n", "  - id: R1\n")
    found = problems(text)
    assert len(found) == 2
    assert [p.split(":")[1] for p in found] == ["3", "12"]  # sorted by line


def test_policy_check_exits_0_when_valid_and_2_with_the_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["policy", "check", str(DEFAULT)]) == 0
    assert "valid (version" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text(VALID.replace("action: forward", "action: allow"), encoding="utf-8")
    assert main(["policy", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:14: rules[1].action: unknown action 'allow'" in err
    assert main(["policy", "check", str(tmp_path / "missing.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_auth_secret_cannot_be_kept_in_text_and_in_text_has_no_in_text() -> None:
    import pytest

    from streams.policy import PolicyError, load_policy

    text = """
version: "t"
transforms:
  AUTH_SECRET: {op: drop, in_text: {op: keep}}
  PERSON: {op: mask, in_text: {op: hmac, in_text: {op: mask}}}
rules: [{id: r, when: "true", action: forward}]
"""
    with pytest.raises(PolicyError) as caught:
        load_policy(text, "t.yaml")
    message = str(caught.value)
    assert "AUTH_SECRET may only be dropped" in message and "'keep'" in message
    assert "transforms.PERSON.in_text" in message
