"""Policy text to a checked :class:`~streams.policy.model.Policy`, or every problem with its line.

Problems name the file, the line, the key (``rules[3].when``) and the reason: bad YAML, a duplicate
YAML key, an unknown key, action, operator, entity type, category, quota, definition or config name,
a CEL syntax or type error, a duplicate rule id, a route from or to an unknown topic. Parsing text is
not I/O: the caller reads the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import ValidationError

from streams.detect.custom import registered_entity_types
from streams.detect.findings import ALL_ENTITIES
from streams.errors import CorridorError
from streams.policy.cel import CelCompileError, CelRuntime, ScopeRef, compose
from streams.policy.model import ACTIONS, NAME, Policy
from streams.transform import OPS, TransformSpec

Loc = tuple[str | int, ...]
_CALL = re.compile(r"\b(has_entity|has_category|quota)\(\s*(?:\"([^\"]*)\"|'([^']*)')\s*\)")
_CONFIG_REF = re.compile(r"\bconfig\.([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Problem:
    source: str
    line: int
    key: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.key or '(top)'}: {self.reason}"


class PolicyError(CorridorError, ValueError):
    """An invalid policy; ``problems`` lists each with its line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class TopicCatalog:
    """Topics a route may name: Shenzhen sources and Hong Kong targets."""

    sources: frozenset[str]
    targets: frozenset[str]


def key_of(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _node_at(root: yaml.Node | None, loc: Loc, *, want_key: bool = False) -> yaml.Node | None:
    node = root
    for depth, part in enumerate(loc):
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == part:
                    last = depth == len(loc) - 1
                    node = k if (want_key and last) else v
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def _line(root: yaml.Node | None, loc: Loc, *, want_key: bool = False) -> int:
    node = _node_at(root, loc, want_key=want_key)
    return node.start_mark.line + 1 if node is not None else 1


def _duplicate_keys(node: yaml.Node | None, loc: Loc = ()) -> Iterator[tuple[Loc, int, str]]:
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for k, v in node.value:
            if k.value in seen:
                yield (
                    (*loc, k.value),
                    k.start_mark.line + 1,
                    f"duplicate key {k.value!r} (YAML would keep only the last)",
                )
            seen.add(k.value)
            yield from _duplicate_keys(v, (*loc, k.value))
    elif isinstance(node, yaml.SequenceNode):
        for n, item in enumerate(node.value):
            yield from _duplicate_keys(item, (*loc, n))


def _pydantic_reason(err: Any) -> str:
    kind, loc, value = err["type"], err["loc"], err.get("input")
    last = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        return f"unknown key {last!r}"
    if kind == "literal_error" and (last == "action" or (len(loc) >= 2 and loc[-2] == "defaults")):
        return f"unknown action {value!r}: expected one of {', '.join(ACTIONS)}"
    if kind == "literal_error" and last == "op":
        return f"unknown operator {value!r}: expected one of {', '.join(OPS)}"
    if kind == "missing":
        return f"missing key {last!r}"
    if kind == "string_type" and isinstance(value, int | float):
        return f"{last} must be a string: quote it ({str(value)!r})"
    return str(err["msg"])


def load_policy(text: str, source: str = "<policy>", topics: TopicCatalog | None = None) -> Policy:
    """Parse and check a policy; raise :class:`PolicyError` listing every problem found."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError([Problem(source, line, "", f"bad YAML: {problem}")]) from None
    problems = [Problem(source, line, key_of(loc), reason) for loc, line, reason in _duplicate_keys(root)]
    if not isinstance(data, dict):
        raise PolicyError([*problems, Problem(source, 1, "", "a policy is a YAML mapping (version, rules, ...)")])
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(err["loc"])
            extra = err["type"] == "extra_forbidden"
            problems.append(Problem(source, _line(root, loc, want_key=extra), key_of(loc), _pydantic_reason(err)))
        raise PolicyError(problems) from None
    for loc, reason, offset in check(policy, topics):
        problems.append(Problem(source, _line_in_value(root, loc, offset), key_of(loc), reason))
    if problems:
        raise PolicyError(sorted(problems, key=lambda p: p.line))
    return policy


def _line_in_value(root: yaml.Node | None, loc: Loc, offset: int) -> int:
    """The line of ``loc``, moved ``offset`` lines into its value (a CEL error's own line)."""
    node = _node_at(root, loc)
    if node is None:
        return 1
    block = isinstance(node, yaml.ScalarNode) and node.style in ("|", ">") and offset >= 0
    return node.start_mark.line + 1 + (1 + offset if block else 0)


def check(policy: Policy, topics: TopicCatalog | None = None) -> list[tuple[Loc, str, int]]:
    """The problems of meaning in a well-shaped policy (empty when it is valid), each with its
    line offset inside the value (CEL errors in block scalars), else 0."""
    out = _name_problems(policy)
    runtime = CelRuntime(ScopeRef())
    for name, text in policy.definitions.items():
        out.extend(_cel_problems(runtime, policy, text, ("definitions", name)))
    out.extend(_rule_problems(runtime, policy))
    for name, quota in policy.quotas.items():
        for c in quota.categories:
            if c not in policy.categories:
                out.append((("quotas", name, "categories"), f"unknown category {c!r}", 0))
        out.extend(_cel_problems(runtime, policy, quota.subject, ("quotas", name, "subject")))
        out.extend(_cel_problems(runtime, policy, quota.counts_when, ("quotas", name, "counts_when")))
    out.extend(_route_problems(policy, topics))
    return out


_CUSTOM_ENTITY = re.compile(r"[A-Z][A-Z0-9_]{1,63}")


def known_entities(policy: Policy) -> frozenset[str]:
    """The entity types a policy may name: the pack's, those it declares in ``custom_entities``,
    and those of the custom recognizers loaded in this process."""
    return ALL_ENTITIES | frozenset(policy.custom_entities) | registered_entity_types()


def _name_problems(policy: Policy) -> list[tuple[Loc, str, int]]:
    out: list[tuple[Loc, str, int]] = []
    known = known_entities(policy)
    for n, t in enumerate(policy.custom_entities):
        if not _CUSTOM_ENTITY.fullmatch(t):
            out.append((("custom_entities", n), f"entity type {t!r} is not UPPER_SNAKE_CASE", 0))
    for name, types in policy.categories.items():
        if not NAME.match(name):
            out.append((("categories", name), f"category name {name!r} is not lower_snake_case", 0))
        for t in sorted(set(types) - known):
            out.append((("categories", name), f"unknown entity type {t!r}", 0))
    out.extend(_transform_problems(policy.transforms, ("transforms",), known))
    for section, names in (("definitions", policy.definitions), ("quotas", policy.quotas), ("config", policy.config)):
        for name in names:
            if not NAME.match(name):
                out.append(((section, name), f"name {name!r} is not lower_snake_case", 0))
    if policy.defaults.no_route not in ("retain", "quarantine"):
        out.append((("defaults", "no_route"), "a record without a route can only be retained or quarantined", 0))
    return out


def _rule_problems(runtime: CelRuntime, policy: Policy) -> list[tuple[Loc, str, int]]:
    out: list[tuple[Loc, str, int]] = []
    seen: dict[str, int] = {}
    for n, rule in enumerate(policy.rules):
        if rule.id in seen:
            out.append((("rules", n, "id"), f"duplicate rule id {rule.id!r} (first at rules[{seen[rule.id]}])", 0))
        else:
            seen[rule.id] = n
        out.extend(_transform_problems(rule.transforms, ("rules", n, "transforms"), known_entities(policy)))
        if rule.transforms and rule.action != "transform":
            out.append(
                (("rules", n, "transforms"), f"transforms only apply to 'transform' rules, not {rule.action!r}", 0)
            )
        out.extend(_cel_problems(runtime, policy, rule.when, ("rules", n, "when")))
    return out


def _route_problems(policy: Policy, topics: TopicCatalog | None) -> list[tuple[Loc, str, int]]:
    out: list[tuple[Loc, str, int]] = []
    for source, target in policy.routes.items():
        if topics is not None and source not in topics.sources:
            out.append((("routes", source), f"route from unknown topic {source!r}", 0))
        if topics is not None and target not in topics.targets:
            out.append((("routes", source), f"route to unknown topic {target!r}", 0))
        if target == source:
            out.append((("routes", source), "a route cannot lead back to its source topic", 0))
    return out


def _transform_problems(
    transforms: dict[str, TransformSpec], loc: Loc, known: frozenset[str] = ALL_ENTITIES
) -> list[tuple[Loc, str, int]]:
    out: list[tuple[Loc, str, int]] = []
    for entity, spec in transforms.items():
        if entity not in known:
            out.append(((*loc, entity), f"unknown entity type {entity!r}", 0))
        text = spec.in_text
        if entity == "AUTH_SECRET" and (spec.op != "drop" or (text is not None and text.op != "drop")):
            op = spec.op if spec.op != "drop" else text.op if text is not None else spec.op
            out.append(((*loc, entity), f"AUTH_SECRET may only be dropped, never kept or tokenised (not {op!r})", 0))
        if text is not None and text.in_text is not None:
            out.append(((*loc, entity, "in_text"), "in_text is itself the operator for text: it has no in_text", 0))
    return out


def _cel_problems(runtime: CelRuntime, policy: Policy, text: str, loc: Loc) -> list[tuple[Loc, str, int]]:
    out: list[tuple[Loc, str, int]] = []
    for match in _CALL.finditer(text):
        fn, arg = match.group(1), match.group(2) if match.group(2) is not None else match.group(3)
        if fn == "has_entity" and arg not in known_entities(policy):
            out.append((loc, f"has_entity({arg!r}): unknown entity type", 0))
        elif fn == "has_category" and arg not in policy.categories:
            out.append((loc, f"has_category({arg!r}): unknown category", 0))
        elif fn == "quota" and arg not in policy.quotas:
            out.append((loc, f"quota({arg!r}): unknown quota", 0))
    for match in _CONFIG_REF.finditer(text):
        if match.group(1) not in policy.config:
            out.append((loc, f"config.{match.group(1)}: not in the policy's config", 0))
    try:
        composed, before = compose(text, policy.definitions)
    except CelCompileError as exc:
        return [*out, (loc, exc.message, 0)]
    try:
        runtime.compile(composed)
    except CelCompileError as exc:
        line = exc.line - 1 - before
        if line < 0:  # inside a definition this uses: reported at the definition itself
            return out
        line = min(line, text.rstrip("\n").count("\n"))  # an error at the very end: the last line
        return [*out, (loc, f"CEL error at column {exc.column}: {exc.message}", line)]
    return out
