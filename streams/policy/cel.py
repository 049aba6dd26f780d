"""CEL for policy conditions, through ``cel-expr-python`` (Google's CEL C++ runtime).

Chosen over ``cel-python`` and ``common-expression-language`` by measurement (``make bench`` prints
all three on the same rules) and by conformance: it is the reference implementation's parser,
checker and evaluator. Conditions see:

- ``record``: the decoded record; timestamps as epoch milliseconds (as Avro stores them), dates as
  ``"YYYY-MM-DD"`` strings, enums as their symbol;
- ``meta``: ``topic``, ``partition``, ``offset``, ``timestamp`` (epoch ms), ``date`` (its Asia/Shanghai
  calendar date, ``YYYY-MM-DD``), ``headers`` (string map);
- ``findings``: a list of ``{entity_type, path, score, validated, structured}`` (types, never values);
- ``field_entities`` and ``text_entities``: the entity types found in tagged fields and in free text;
- ``config``: the policy's ``config`` map;
- ``has_entity(type)``, ``has_category(name)``, ``quota(name)`` (distinct subjects this year,
  counting this record's subject if it would be new), ``subject_key()`` and ``subject_age()`` (age in
  whole years of the youngest person whose birth date the record holds, in a resident ID or a
  date-of-birth field, at the record's time, ``-1`` when none), and
  ``day(ms)`` (the Asia/Shanghai date of a timestamp, to compare with ``meta.date``).

Named ``definitions`` are written ``def.NAME`` in a condition; each is bound once per record
(``cel.bind``, lazily: a definition a record never reaches is never evaluated).

Evaluation errors are CEL values here (a missing key, a select on null); the engine reports only
their status code, because the runtime's messages may quote the value they choke on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from cel_expr_python import cel
from cel_expr_python.ext import ext_bindings

DEF_REF = re.compile(r"\bdef\.([a-z][a-z0-9_]*)\b")
_POSITION = re.compile(r"<input>:(\d+):(\d+): (.*?)(?:\n|$)", re.S)
_STATUS = re.compile(r"^([A-Z_]+):")
_PLAIN = frozenset({str, int, bool, float, type(None), bytes})
FUNCTIONS = ("has_entity", "has_category", "quota", "subject_key", "subject_age", "day")
SHANGHAI = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
VARIABLES = ("record", "meta", "findings", "field_entities", "text_entities", "config")


class CelCompileError(ValueError):
    """A condition that does not compile: ``line`` and ``column`` are 1-based in the condition."""

    def __init__(self, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class Scope(Protocol):
    """What the policy functions read for the record being evaluated."""

    def has_entity(self, entity_type: str) -> bool: ...
    def has_category(self, category: str) -> bool: ...
    def quota(self, name: str) -> int: ...
    def subject_key(self) -> str: ...
    def subject_age(self) -> int: ...


class ScopeRef:
    """The scope the compiled functions call; the engine points it at each record in turn."""

    def __init__(self) -> None:
        self.current: Scope | None = None

    def get(self) -> Scope:
        if self.current is None:
            raise RuntimeError("a policy function was called outside an evaluation")
        return self.current


def _refs(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(1) for m in DEF_REF.finditer(text)))


def definition_order(text: str, definitions: Mapping[str, str]) -> list[str]:
    """The definitions ``text`` uses, directly or through others, each after those it uses.
    Unknown names and cycles raise :class:`CelCompileError`."""
    order: list[str] = []

    def visit(name: str, path: tuple[str, ...], column: int) -> None:
        if name in order:
            return
        if name not in definitions:
            raise CelCompileError(f"unknown definition def.{name}", 1, column)
        if name in path:
            raise CelCompileError(f"definition def.{name} refers to itself through {' -> '.join((*path, name))}")
        for match in DEF_REF.finditer(definitions[name]):
            visit(match.group(1), (*path, name), column)
        order.append(name)

    for match in DEF_REF.finditer(text):
        visit(match.group(1), (), match.start() + 1)
    return order


def _local(text: str) -> str:
    # ``def.x`` -> ``def_x``: a bound variable of the same length, so columns stay where they were
    return DEF_REF.sub(lambda m: "def_" + m.group(1), text)


def compose(body: str, definitions: Mapping[str, str], names: Sequence[str] | None = None) -> tuple[str, int]:
    """``body`` inside ``cel.bind`` of each definition it uses (evaluated lazily, at most once per
    record), and the number of lines before the body starts (to map an error back to its line)."""
    order = definition_order(body, definitions) if names is None else list(names)
    prefix = "".join(f"cel.bind(def_{n}, ({_local(definitions[n])}), " for n in order)
    if not prefix:
        return _local(body), 0
    prefix += "\n"
    return prefix + _local(body) + "\n" + ")" * len(order), prefix.count("\n")


def split_top(text: str) -> tuple[str, list[str]]:
    """The operator (``&&`` or ``||``) joining ``text``'s top-level operands, and the operands;
    ``("", [text])`` when it has none. Brackets and string literals are skipped; a chain that
    mixes the two operators is split at ``||`` (CEL binds ``&&`` tighter)."""
    depth, quote = 0, ""
    parts_at: dict[str, list[int]] = {"&&": [], "||": []}
    i = 0
    while i < len(text):
        ch = text[i]
        if quote:
            if ch == "\\":
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0 and text[i : i + 2] in parts_at:
            parts_at[text[i : i + 2]].append(i)
            i += 1
        i += 1
    op = "||" if parts_at["||"] else "&&" if parts_at["&&"] else ""
    if not op:
        return "", [text.strip()]
    cuts = parts_at[op]
    bounds = [0, *[c + 2 for c in cuts]]
    ends = [*cuts, len(text)]
    return op, [text[a:b].strip() for a, b in zip(bounds, ends, strict=True)]


def conditions(text: str, depth: int = 0, limit: int = 3) -> list[tuple[int, str]]:
    """The parts of a condition worth reporting on their own, each with its depth: the top-level
    ``&&`` / ``||`` operands, and again inside an operand that is a bracketed or negated chain
    (R10's seven conditions stand inside ``!( ... )``)."""
    op, parts = split_top(text)
    if not op:
        inner = _bracketed(text)
        return conditions(inner, depth, limit) if inner is not None and depth == 0 else []
    out: list[tuple[int, str]] = []
    for part in parts:
        out.append((depth, part))
        inner = _bracketed(part)
        if inner is not None and depth + 1 < limit:
            out.extend(conditions(inner, depth + 1, limit))
    return out


def _bracketed(text: str) -> str | None:
    """The inside of ``(X)`` or ``!(X)`` when the brackets enclose all of ``text``."""
    body = text.strip()
    if body.startswith("!"):
        body = body[1:].lstrip()
    if not (body.startswith("(") and body.endswith(")")):
        return None
    depth = 0
    for n, ch in enumerate(body):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and n != len(body) - 1:
            return None  # ``(a) && (b)``: the first bracket closes early
    return body[1:-1]


def expand(text: str, definitions: Mapping[str, str]) -> str:
    """``text`` with its definitions bound: what the engine compiles."""
    return compose(text, definitions)[0]


def status_of(message: str) -> str:
    """The status code of a CEL runtime error (``NOT_FOUND``), never its text."""
    match = _STATUS.match(message)
    return match.group(1) if match else "EVALUATION_ERROR"


_DAYS: dict[int, str] = {}


def day(timestamp_ms: int) -> str:
    """The Asia/Shanghai calendar date (``YYYY-MM-DD``) of an epoch-milliseconds timestamp, cached
    by the hour (Asia/Shanghai is a whole number of hours from UTC, so an hour has one date)."""
    hour = timestamp_ms // 3_600_000
    found = _DAYS.get(hour)
    if found is None:
        if len(_DAYS) > 10_000:
            _DAYS.clear()
        found = _DAYS[hour] = dt.datetime.fromtimestamp(timestamp_ms / 1000, tz=SHANGHAI).date().isoformat()
    return found


def _overload(name: str, ret: Any, params: list[Any], impl: Callable[..., Any]) -> Any:
    return cel.FunctionDecl(name, [cel.Overload(f"corridor_{name}", ret, params, impl=impl)])


class CelRuntime:
    """One CEL environment with the policy functions bound to ``scope``."""

    def __init__(self, scope: ScopeRef) -> None:
        t = cel.Type
        s = scope
        self.env = cel.NewEnv(
            variables={name: t.DYN for name in VARIABLES},
            extensions=[ext_bindings.ExtBindings()],
            functions=[
                _overload("has_entity", t.BOOL, [t.STRING], lambda x: s.get().has_entity(x)),
                _overload("has_category", t.BOOL, [t.STRING], lambda x: s.get().has_category(x)),
                _overload("quota", t.INT, [t.STRING], lambda x: s.get().quota(x)),
                _overload("subject_key", t.STRING, [], lambda: s.get().subject_key()),
                _overload("subject_age", t.INT, [], lambda: s.get().subject_age()),
                _overload("day", t.STRING, [t.INT], day),
            ],
        )

    def compile(self, text: str) -> Any:
        try:
            return self.env.compile(text)
        except RuntimeError as exc:
            raise _compile_error(str(exc)) from None

    def activation(self, variables: Mapping[str, Any]) -> Any:
        return self.env.Activation(dict(variables))


def _compile_error(message: str) -> CelCompileError:
    match = _POSITION.search(message)
    if not match:
        return CelCompileError(message.strip().splitlines()[0] if message.strip() else "does not compile")
    return CelCompileError(match.group(3).strip(), int(match.group(1)), int(match.group(2)) + 1)


@dataclass(frozen=True)
class Outcome:
    """One condition's result: ``value`` when it evaluated, else the error's status code."""

    value: Any = None
    error: str | None = None


def evaluate(program: Any, activation: Any) -> Outcome:
    result = program.eval(activation)
    if result.type() == cel.Type.ERROR:
        return Outcome(error=status_of(str(result.value())))
    return Outcome(value=result.plain_value())


def to_cel(value: Any) -> Any:
    """A decoded Avro value as CEL can hold it: datetimes to epoch ms, dates to ISO strings,
    decimals to doubles; containers copied only when something inside them changes."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, dict):
        out = None
        for key, item in value.items():
            new = to_cel(item)
            if new is not item:
                if out is None:
                    out = dict(value)
                out[key] = new
        return value if out is None else out
    if isinstance(value, list):
        if all(type(v) in _PLAIN for v in value):
            return value
        items = [to_cel(v) for v in value]
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, dt.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return int(moment.timestamp() * 1000)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, tuple):  # fastavro's (record name, value) for named unions
        return to_cel(list(value))
    return value


_RECORD_PATH = re.compile(r"\brecord((?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*)")
_SEGMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

Trie = dict[str, "Trie"]


def referenced_paths(texts: Sequence[str]) -> Trie | None:
    """The record paths the conditions name, as a trie (the key ``""`` marks a path needed whole);
    ``None`` when some condition uses ``record`` other than by a field path (then all of it is)."""
    trie: Trie = {}
    for text in texts:
        for match in _RECORD_PATH.finditer(text):
            segments = _SEGMENT.findall(match.group(1))
            if text[match.end() :].lstrip().startswith("("):
                segments = segments[:-1]  # ``.all(``, ``.exists(``, ``.startsWith(``: a method, not a field
            if not segments:
                return None  # ``record`` itself, or ``record[...]``
            node = trie
            for seg in segments:
                node = node.setdefault(seg, {})
            node[""] = {}
    return trie


def project(value: Any, trie: Trie) -> Any:
    """Only the parts of ``value`` that ``trie`` names, made CEL-ready (the reference that
    :func:`compile_projector` is tested against). A missing key stays
    missing, so ``has()`` answers as it would on the whole record."""
    if "" in trie or not isinstance(value, dict):
        return to_cel(value)
    out: dict[str, Any] = {}
    for key, sub in trie.items():
        if key in value:
            out[key] = project(value[key], sub)
    return out


def compile_projector(trie: Trie) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """:func:`project` for one trie, generated as straight-line code once per policy (field names
    are CEL identifiers, so they are safe to write into its source)."""
    lines = ["def projector(r):", "    o0 = {}"]
    counter = [0]

    def walk(node: Trie, src: str, dst: str, indent: str) -> None:
        for name in sorted(k for k in node if k):
            counter[0] += 1
            n = counter[0]
            sub = node[name]
            lines.append(f"{indent}v{n} = {src}.get({name!r}, M)")
            lines.append(f"{indent}if v{n} is not M:")
            inner = indent + "    "
            if "" in sub or not sub:
                lines.append(f"{inner}{dst}[{name!r}] = v{n} if type(v{n}) in plain else conv(v{n})")
                continue
            lines.append(f"{inner}if type(v{n}) is dict:")
            lines.append(f"{inner}    o{n} = {{}}")
            walk(sub, f"v{n}", f"o{n}", inner + "    ")
            lines.append(f"{inner}    {dst}[{name!r}] = o{n}")
            lines.append(f"{inner}else:")
            lines.append(f"{inner}    {dst}[{name!r}] = conv(v{n})")

    walk(trie, "r", "o0", "    ")
    lines.append("    return o0")
    namespace: dict[str, Any] = {"M": object(), "plain": _PLAIN, "conv": to_cel}
    exec(compile("\n".join(lines), "<corridor policy projector>", "exec"), namespace)  # noqa: S102 - our own source
    projector: Callable[[Mapping[str, Any]], dict[str, Any]] = namespace["projector"]
    return projector
