"""Exact decision memo: records that look the same to the policy get the same decision.

A decision is a pure function of what the conditions can see: the record fields they name, the
``meta`` fields they name, the entity types (``has_entity``, ``has_category``), ``findings`` when a
condition reads it, ``config`` (constant), the unclassified fields, the detector's state, and the
values of ``quota()``, ``subject_age()`` and ``subject_key()``. The memo key holds exactly those, so
a hit returns what evaluating the rules would have returned. Handing a record to CEL costs far more
than building this key (every value crosses into C++), so streams whose envelopes repeat (one
producer, one contract, one consent version) skip CEL for most records.

``quota()`` and ``subject_age()`` change with every record, so the key holds where their value
stands against each number the conditions compare them with (``quota("q") > 10000`` only asks
whether the value is above 10000). This needs every call to be compared with an integer literal;
a policy that does anything else with them is evaluated without a memo (still correct, slower).

The memo is bounded (``max_entries``) and emptied when full; it belongs to one policy version.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from streams.policy.cel import Trie

_MISSING = object()
_NOT_DICT = "\x00not-a-map"
_PLAIN = frozenset({str, int, bool, float, type(None), bytes})
_CMP = r"(<=|>=|<|>|==|!=)"
_QUOTA_CALL = re.compile(r"\bquota\(\s*[\"']([^\"']*)[\"']\s*\)")
_AGE_CALL = re.compile(r"\bsubject_age\(\s*\)")
_META_REF = re.compile(r"\bmeta\b(\s*\.\s*([A-Za-z_][A-Za-z0-9_]*))?")
_TIMESTAMP = re.compile(r"\bmeta\s*\.\s*timestamp\b")
_PATH = r"record(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)+"
_TS_AFTER = re.compile(rf"({_PATH})\s*{_CMP}\s*meta\s*\.\s*timestamp\b")
_TS_BEFORE = re.compile(rf"\bmeta\s*\.\s*timestamp\s*{_CMP}\s*({_PATH})")
_ARITH_BEFORE = re.compile(r"[-+*/%.\w\])]\s*$")
_ARITH_AFTER = re.compile(r"^\s*[-+*/%.\[(\w]")


def timestamp_comparisons(texts: Sequence[str]) -> tuple[tuple[str, ...], ...] | None:
    """The record paths that ``meta.timestamp`` is compared with (``record.x.y <= meta.timestamp``
    or the other way round), or ``None`` when it is used any other way. The memo keys a record on
    where each of these values stands against the timestamp, not on the timestamp itself (which
    differs for nearly every record)."""
    paths: set[tuple[str, ...]] = set()
    for text in texts:
        seen = 0
        for regex, path_group in ((_TS_AFTER, 1), (_TS_BEFORE, 2)):
            for match in regex.finditer(text):
                left, right = text[: match.start()], text[match.end() :]
                if _ARITH_BEFORE.search(left) or _ARITH_AFTER.match(right):
                    continue  # ``x + record.a < meta.timestamp``, ``meta.timestamp < record.a.size()``
                paths.add(tuple(_SEGMENT.findall(match.group(path_group))[1:]))
                seen += 1
        if seen != len(_TIMESTAMP.findall(text)):
            return None
    return tuple(sorted(paths))


_SEGMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def freeze(value: Any) -> Any:
    """A stand-in that is equal exactly when the values are (hashable unless a list holds maps)."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, list | tuple):
        return ("\x00list", *value)  # an unhashable item makes the key unhashable: no memo for it
    if isinstance(value, dict):
        return ("\x00map", *sorted((str(k), freeze(v)) for k, v in value.items()))
    try:
        hash(value)
    except TypeError:
        return ("\x00repr", repr(value))
    return value


def _step(node: Any, key: str) -> Any:
    if type(node) is dict:
        return node.get(key, _MISSING)
    return (_NOT_DICT, node if node is _MISSING else freeze(node))


def compile_extractor(trie: Trie) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    """A function giving the tuple of the record's values at the trie's paths, generated once per
    policy (field names are CEL identifiers, so they are safe to write into its source). A map is
    checked once for all the fields read from it."""
    lines = ["def extract(r):"]
    leaves: list[str] = []
    counter = [0]

    def walk(node: Trie, var: str, indent: str) -> None:
        names = sorted(k for k in node if k)
        children = []
        for name in names:
            counter[0] += 1
            children.append((name, f"n{counter[0]}"))
        if not children:
            return
        lines.append(f"{indent}if type({var}) is dict:")
        lines.extend(f"{indent}    {child} = {var}.get({name!r}, M)" for name, child in children)
        lines.append(f"{indent}else:")
        lines.extend(f"{indent}    {child} = step({var}, {name!r})" for name, child in children)
        for name, child in children:
            sub = node[name]
            if "" in sub or not sub:
                leaves.append(
                    f"({child} if type({child}) in plain else "
                    f"(LIST + tuple({child}) if type({child}) is list else freeze({child})))"
                )
            if any(k for k in sub):
                walk(sub, child, indent)

    walk(trie, "r", "    ")
    lines.append(f"    return ({', '.join(leaves)}{',' if len(leaves) == 1 else ''})" if leaves else "    return ()")
    namespace: dict[str, Any] = {"step": _step, "freeze": freeze, "plain": _PLAIN, "M": _MISSING, "LIST": ("\x00list",)}
    exec(compile("\n".join(lines), "<corridor policy memo>", "exec"), namespace)  # noqa: S102 - our own source
    extractor: Callable[[Mapping[str, Any]], tuple[Any, ...]] = namespace["extract"]
    return extractor


def literal_comparisons(texts: Sequence[str], call: re.Pattern[str]) -> dict[str, list[int]] | None:
    """For each call of ``call`` in ``texts`` (keyed by its string argument, or ``""``), the integer
    literals it is compared with; ``None`` when some call is used any other way."""
    out: dict[str, set[int]] = {}
    for text in texts:
        for match in call.finditer(text):
            name = match.group(1) if match.groups() else ""
            after = re.match(rf"\s*{_CMP}\s*(-?\d+)\b(?!\s*[.*/%+-])", text[match.end() :])
            before = re.search(rf"(?<![.*/%+-])\s*\b(-?\d+)\s*{_CMP}\s*$", text[: match.start()])
            if after:
                out.setdefault(name, set()).add(int(after.group(2)))
            elif before:
                out.setdefault(name, set()).add(int(before.group(1)))
            else:
                return None
    return {k: sorted(v) for k, v in out.items()}


@dataclass(frozen=True)
class MemoPlan:
    """What a policy's memo key is made of."""

    extract: Callable[[Mapping[str, Any]], tuple[Any, ...]]
    meta_fields: tuple[str, ...] | None  # None: all of meta
    uses_findings: bool
    uses_places: bool  # field_entities / text_entities
    quota_literals: dict[str, list[int]]
    age_literals: list[int] | None  # None: subject_age() is not used; [] with raw values
    age_raw: bool
    uses_subject_key: bool
    # entity type -> its class: types no condition can tell apart (same categories, never named);
    # None when a condition reads the entity lists in a way that could tell them apart
    entity_class: dict[str, Any] | None = None
    # record paths compared with meta.timestamp (then meta_fields leaves the timestamp out)
    timestamp_paths: tuple[tuple[str, ...], ...] = ()


_LIST_USE = re.compile(r"\b(field_entities|text_entities)\b")
_SAFE_LIST_USE = re.compile(
    r"\b(?:field_entities|text_entities)\s*\.\s*(?:exists|all)\(\s*([a-z_][a-z0-9_]*)\s*,\s*"
    r"\1\s*(?:==|!=)\s*(?:\"[A-Z_0-9]+\"|'[A-Z_0-9]+')\s*\)"
)
_LITERAL = re.compile(r"[\"']([A-Z][A-Z_0-9]*)[\"']")


def entity_classes(
    texts: Sequence[str], categories: Mapping[str, Sequence[str]], entities: Sequence[str], uses_findings: bool
) -> dict[str, Any] | None:
    """Entity types grouped so that no condition can tell two types of one group apart: the same
    categories, and never named in a condition. Only when the entity lists are read as
    ``xs.exists(t, t == "X")`` / ``xs.all(t, t != "X")`` and ``findings`` is not read at all."""
    if uses_findings:
        return None
    for text in texts:
        if len(_LIST_USE.findall(text)) != len(_SAFE_LIST_USE.findall(text)):
            return None
    named = {m.group(1) for t in texts for m in _LITERAL.finditer(t)}
    out: dict[str, Any] = {}
    for entity in entities:
        if entity in named:
            out[entity] = entity
        else:
            out[entity] = tuple(sorted(c for c, members in categories.items() if entity in members))
    return out


def memo_plan(
    texts: Sequence[str],
    trie: Trie | None,
    trivial_quota_subjects: bool,
    uses_findings: bool,
    rule_texts: Sequence[str],
    categories: Mapping[str, Sequence[str]] | None = None,
    entities: Sequence[str] = (),
) -> MemoPlan | None:
    """The memo plan of a policy whose conditions (rules, used definitions, quota expressions) are
    ``texts`` (``rule_texts`` without the quotas'), or ``None`` when its decisions cannot be
    memoised exactly."""
    if trie is None or not trivial_quota_subjects:
        return None
    quotas = literal_comparisons(texts, _QUOTA_CALL)
    if quotas is None:
        return None
    ages = literal_comparisons(texts, _AGE_CALL)
    uses_age = any(_AGE_CALL.search(t) for t in texts)
    fields: set[str] = set()
    whole_meta = False
    times = timestamp_comparisons(texts)
    for text in texts:
        for match in _META_REF.finditer(text):
            if match.group(2) is None:
                whole_meta = True
            else:
                fields.add(match.group(2))
    if times is not None:
        fields.discard("timestamp")
    return MemoPlan(
        extract=compile_extractor(trie),
        meta_fields=None if whole_meta else tuple(sorted(fields)),
        uses_findings=uses_findings,
        uses_places=any(re.search(r"\b(field|text)_entities\b", t) for t in texts),
        quota_literals=quotas,
        age_literals=(ages or {}).get("", []) if uses_age else None,
        age_raw=uses_age and ages is None,
        uses_subject_key=any("subject_key()" in t for t in rule_texts),
        entity_class=entity_classes(texts, categories or {}, entities, uses_findings),
        timestamp_paths=times or (),
    )
