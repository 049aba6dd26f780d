"""The sanitizing core: classify, transform, verify one decoded record; derive the sanitized schema.

Structured fields are classified by their schema properties (``classification``, ``pii``) and
validated by check digits, never NLP-scanned. Free-text fields are scanned by the detector.
A string field with no known classification is *unclassified* (schema drift): reported, and
redacted as free text should the caller forward it anyway.
"""

from __future__ import annotations

import copy
import enum
import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from streams.detect.engine import Detector
from streams.detect.findings import Finding, refine_type
from streams.detect.fold import fold
from streams.detect.validators import (
    is_valid_card,
    is_valid_cn_bank_account,
    is_valid_cn_eep,
    is_valid_cn_hrp,
    is_valid_cn_passport,
    is_valid_cn_ric,
    is_valid_cn_uscc,
    is_valid_email,
    is_valid_hk_bank_account,
    is_valid_hkid,
    is_valid_ip,
    is_valid_mo_id,
    is_valid_phone,
)
from streams.errors import ConfigError, SchemaError
from streams.native import extension
from streams.schemas import CLASSIFICATIONS, JsonSchema
from streams.transform import DEFAULT_TRANSFORMS, RETYPING_OPS, Keyring, TransformSpec, apply, describe

# validators of structured values by entity type; a type absent here is accepted by its tag alone
STRUCTURED_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "CN_RESIDENT_ID": is_valid_cn_ric,
    "HK_ID": is_valid_hkid,
    "MO_ID": is_valid_mo_id,
    "CN_HOME_RETURN_PERMIT": is_valid_cn_hrp,
    "CN_EXIT_ENTRY_PERMIT": is_valid_cn_eep,
    "CN_PASSPORT": is_valid_cn_passport,
    "CN_USCC": is_valid_cn_uscc,
    "CREDIT_CARD": is_valid_card,
    "PHONE_NUMBER": is_valid_phone,
    "CN_BANK_ACCOUNT": is_valid_cn_bank_account,
    "HK_BANK_ACCOUNT": is_valid_hk_bank_account,
    "EMAIL_ADDRESS": is_valid_email,
    "IP_ADDRESS": is_valid_ip,
}
# the operator of a tagged value that fails every check its tags name: what it holds is not
# known (a passport or a name in a company-code field), so none of it may show
UNCHECKED_SPEC = TransformSpec(op="mask")
# verify remembers up to this many short field values in which it found nothing
CLEAN_CAPACITY = 4096
CLEAN_MAX_LENGTH = 64
# whole-field outputs whose shape proves what they are: checked by shape, not scanned again
TOKEN_SHAPES: dict[str, re.Pattern[str]] = {
    "hmac": re.compile(r"tok_[A-Za-z0-9-]+_[a-z2-7]{26}"),
    "encrypt": re.compile(r"enc:v1:[A-Za-z0-9-]+:[A-Za-z0-9_-]+"),
    # a mask that shows at most four characters (no identifier here is that short). Not fpe: its
    # output is digits like its input, and kept digits of a mis-tagged short value could be one
    "mask": re.compile(r"[*\s-]*(?:[^*\s-][*\s-]*){0,4}"),
}


@dataclass(frozen=True)
class FieldInfo:
    name: str
    classification: str | None
    pii: tuple[str, ...]
    avro_type: Any
    is_string: bool


class Applied(NamedTuple):
    """One transform applied: where, to what type, how (never the value)."""

    path: str
    entity_type: str
    op: str
    start: int | None = None  # span in the original text, for free text


@dataclass
class Sanitized:
    """The result for one record."""

    record: dict[str, Any]
    findings: list[Finding]
    applied: list[Applied]
    unclassified: list[str]
    violations: list[Finding] = field(default_factory=list)

    @property
    def entity_types(self) -> set[str]:
        return {f.entity_type for f in self.findings}


def _branches(avro_type: Any) -> list[Any]:
    return avro_type if isinstance(avro_type, list) else [avro_type]


def _is_string_type(avro_type: Any) -> bool:
    return any(b == "string" or (isinstance(b, dict) and b.get("type") == "string") for b in _branches(avro_type))


class Scanned(dict[str, tuple[str, list[Finding]]]):
    """:meth:`Sanitizer.scanned_texts`' answer: by text field, its value and what classify found
    in it; and, as ``checked``, classify's finding of each tagged field and authentication
    secret with the value it checked."""

    def __init__(self, items: Iterable[tuple[str, tuple[str, list[Finding]]]] = ()) -> None:
        super().__init__(items)
        self.checked: dict[str, tuple[Any, Finding]] = {}


class _Kind(enum.Enum):
    TEXT = "scanned as free text"
    UNCLASSIFIED = "no known classification: reported, and scanned as free text"
    AUTH = "reported as an authentication secret, whole"
    STRUCTURED = "validated as the identifier its tags name"


def _kind(info: FieldInfo) -> _Kind | None:
    """How classify treats a field; None for one it leaves alone (metadata, public, untagged internal)."""
    cls = info.classification
    if cls not in CLASSIFICATIONS:
        return _Kind.UNCLASSIFIED
    if cls == "free_text":
        return _Kind.TEXT
    if cls == "auth_secret":
        return _Kind.AUTH
    if cls in ("metadata", "public") or not info.pii:
        return None
    return _Kind.STRUCTURED


def field_infos(schema: JsonSchema) -> list[FieldInfo]:
    out = []
    for f in schema.get("fields", []):
        pii = f.get("pii", ())
        pii_types = (pii,) if isinstance(pii, str) else tuple(pii)
        out.append(FieldInfo(f["name"], f.get("classification"), pii_types, f["type"], _is_string_type(f["type"])))
    return out


class Sanitizer:
    """Classify, transform and verify records of one source schema.

    :param schema: the (expanded) source schema with classification properties.
    :param detector: the free-text detector.
    :param keyring: transform keys.
    :param transforms: operator per entity type (defaults: :data:`DEFAULT_TRANSFORMS`).
    :param field_transforms: operator per top-level field path, overriding the per-type one.
    """

    def __init__(
        self,
        schema: JsonSchema,
        detector: Detector,
        keyring: Keyring,
        transforms: Mapping[str, TransformSpec] | None = None,
        field_transforms: Mapping[str, TransformSpec] | None = None,
    ) -> None:
        self.schema = schema
        self.detector = detector
        self.keyring = keyring
        self.transforms = dict(DEFAULT_TRANSFORMS)
        self.transforms.update(transforms or {})
        self.field_transforms = dict(field_transforms or {})
        self.fields = field_infos(schema)
        # what classify does with each field it does not leave alone, decided once
        self._plan = tuple((info, kind) for info in self.fields if (kind := _kind(info)) is not None)
        self._text_fields = tuple(info.name for info, kind in self._plan if kind in (_Kind.TEXT, _Kind.UNCLASSIFIED))
        self._kept = frozenset(t for t, s in self.transforms.items() if s.op == "keep")
        # each tagged field's checks, in its tags' order; whether none of its tags has one; its
        # findings' recognizer
        self._checks = {
            info.name: (
                tuple((t, STRUCTURED_VALIDATORS[t]) for t in info.pii if t in STRUCTURED_VALIDATORS),
                all(t not in STRUCTURED_VALIDATORS for t in info.pii),
                f"schema:{info.name}",
            )
            for info, kind in self._plan
            if kind is _Kind.STRUCTURED
        }
        # sanitized values verify found nothing in, the oldest first (an OrderedDict: evicting from
        # the front of a plain dict leaves holes that every later eviction walks past)
        self._clean: OrderedDict[str, None] = OrderedDict()
        # the top-level fields verify reads: every one, the metadata envelope too (a raw identifier
        # in it would cross as the bytes it came in: the codec copies them)
        self._verified = tuple(info.name for info in self.fields)
        self._metadata = frozenset(info.name for info in self.fields if info.classification == "metadata")
        # the tagged fields and the authentication secrets: verify checks those that cross as
        # they came against what their tags say they hold
        self._whole_fields = tuple((info, kind) for info, kind in self._plan if kind in (_Kind.STRUCTURED, _Kind.AUTH))
        # every field name of the schema, nested ones too: a dict key that is not one is data (a
        # map's key), scanned like any other string and never written into a path
        self._names = frozenset(_field_names(schema))
        self.verify_lookups = 0
        self.verify_clean_hits = 0
        names = {f.name for f in self.fields}
        unknown = set(self.field_transforms) - names
        if unknown:
            raise ConfigError(f"field transforms for unknown fields {sorted(unknown)}")

    # -- classify ------------------------------------------------------------------------------

    def classify(self, record: Mapping[str, Any]) -> tuple[list[Finding], list[str]]:
        """Findings of every field, and the names of unclassified string fields."""
        return self.classify_batch([record])[0]

    def classify_batch(self, records: Sequence[Mapping[str, Any]]) -> list[tuple[list[Finding], list[str]]]:
        """:meth:`classify` of each record, the text fields of them all in one call to the
        detector (each text is scanned alone all the same: the findings are the same)."""
        pending: list[tuple[list[Finding], list[str], list[tuple[str, str]]]] = []
        for record in records:
            findings: list[Finding] = []
            unclassified: list[str] = []
            texts: list[tuple[str, str]] = []
            for info, kind in self._plan:
                value = record.get(info.name)
                # nothing there (None, empty, blank: isspace() is strip()'s test, without a copy):
                # no finding, nothing to transform
                if value is None or (isinstance(value, str) and (not value or value.isspace())):
                    continue
                if kind is _Kind.STRUCTURED:
                    findings.append(self._structured(info, value))
                elif kind is _Kind.AUTH:
                    findings.append(_whole(info.name, "AUTH_SECRET", value, 1.0, True))
                elif isinstance(value, str):
                    if kind is _Kind.UNCLASSIFIED:
                        unclassified.append(info.name)
                    texts.append((info.name, value))
            pending.append((findings, unclassified, texts))
        every = [text for _f, _u, texts in pending for _path, text in texts]
        per_text = iter(self.detector.analyze_batch(every) if every else ())
        out: list[tuple[list[Finding], list[str]]] = []
        for findings, unclassified, texts in pending:
            for path, _text in texts:
                found = next(per_text)
                if found:  # most texts hold nothing
                    findings.extend(
                        [
                            Finding(f.entity_type, f.start, f.end, f.score, f.recognizer, path, f.validated)
                            for f in found
                        ]
                    )
            out.append((findings, unclassified))
        return out

    def scanned_texts(
        self, record: Mapping[str, Any], findings: Iterable[Finding]
    ) -> dict[str, tuple[str, list[Finding]]]:
        """The text fields :meth:`classify` scanned, each with its value and what was found in it,
        for :meth:`verify` to reuse where the field comes out of the transform unchanged. Only for
        findings that classify returned: after a detector error, verify must scan everything.

        It also carries (as :attr:`Scanned.checked`) what classify made of each tagged field and
        authentication secret, with the value it checked: verify judges such a field that crosses
        as that very object (``forward``, ``keep``) by that finding rather than checking it again
        (the same check of the same value)."""
        out = Scanned(
            (name, (value, []))
            for name in self._text_fields
            if isinstance(value := record.get(name), str) and value and not value.isspace()
        )
        checked = out.checked
        for f in findings:
            if f.recognizer.startswith("schema:"):
                checked[f.path] = (record.get(f.path), f)
            elif f.path in out:
                out[f.path][1].append(f)
        return out

    def _structured(self, info: FieldInfo, value: Any) -> Finding:
        # checked folded (full-width digits and letters, other Unicode digits, as ASCII), as the
        # detector checks what it finds in text
        text = fold(value) if isinstance(value, str) else str(value)
        checks, confirmed, recognizer = self._checks[info.name]
        for entity_type, check in checks:
            if check(text):
                return Finding(refine_type(entity_type, text), 0, len(text), 1.0, recognizer, info.name, True)
        # tagged but not confirmed: still that type (fail closed), with a lower score; a type
        # with no check is confirmed by its tag alone
        return Finding(info.pii[0], 0, len(text), 1.0 if confirmed else 0.6, recognizer, info.name, confirmed)

    # -- transform -----------------------------------------------------------------------------

    def spec_for(
        self, path: str, entity_type: str, overrides: Mapping[str, TransformSpec] | None = None
    ) -> TransformSpec:
        if path in self.field_transforms:
            return self.field_transforms[path]
        if overrides and entity_type in overrides:
            return overrides[entity_type]
        spec = self.transforms.get(entity_type)
        if spec is None:
            raise ConfigError(f"no transform for entity type {entity_type}")
        return spec

    def transform(
        self,
        record: Mapping[str, Any],
        findings: Iterable[Finding],
        overrides: Mapping[str, TransformSpec] | None = None,
    ) -> tuple[dict[str, Any], list[Applied]]:
        """A transformed copy of the record (the input is not changed)."""
        out = dict(record)  # top-level fields are replaced, never mutated: a shallow copy suffices
        applied: list[Applied] = []
        spans: dict[str, list[Finding]] = {}
        metadata = self._metadata
        keyring = self.keyring
        # each entity type's operator in text, looked up once per record (spec_for("", type, ...))
        in_text: dict[str, TransformSpec] = {}
        for f in findings:
            path = f.path
            if path in metadata:
                # the codec copies the envelope's bytes as they came: a change here would not cross
                raise ConfigError("a transform of the metadata envelope")
            if f.recognizer.startswith("schema:"):
                spec = self.spec_for(path, f.entity_type, overrides)
                if not f.validated and _shows_value(spec):
                    spec = UNCHECKED_SPEC
                out[path] = apply(spec, keyring, f.entity_type, _operand(spec, record[path]), path)
                applied.append(Applied(path, f.entity_type, spec.op))
            else:
                group = spans.get(path)
                if group is None:
                    spans[path] = [f]
                else:
                    group.append(f)
        for path, found in spans.items():
            text = record[path]
            pieces: list[str] = []
            cursor = 0
            if len(found) > 1:
                found.sort(key=_start_of)
            for f in found:
                entity_type = f.entity_type
                looked_up = in_text.get(entity_type)
                if looked_up is None:
                    looked_up = in_text[entity_type] = self.spec_for("", entity_type, overrides)
                spec = looked_up
                start = f.start
                pieces.append(text[cursor:start])
                value = _operand(spec, text[start : f.end])
                pieces.append(str(apply(spec, keyring, entity_type, value, path, in_text=True)))
                cursor = f.end
                applied.append(Applied(path, entity_type, spec.op, start))
            pieces.append(text[cursor:])
            out[path] = "".join(pieces)
        return out, applied

    # -- verify --------------------------------------------------------------------------------

    def verify(
        self,
        sanitized: Mapping[str, Any],
        allowed: Iterable[str],
        applied: Iterable[Applied] = (),
        scanned: Mapping[str, tuple[str, list[Finding]]] | None = None,
    ) -> list[Finding]:
        """Scan every string of the sanitized record once more, nested ones and the metadata
        envelope's too; findings of types not in ``allowed`` are violations. Each string is
        scanned as if alone, all of them in two joined passes (:meth:`Detector.analyze_fields`).

        A tagged field or an authentication secret that crosses as it came (no operator, or
        ``keep``: a ``forward`` decision transforms nothing) is checked against its tags as
        classify checks it: a type not in ``allowed`` is a violation, and so is a value that fails
        every check its tags name (what it holds is not known, so it may not cross as it is).

        The envelope (``metadata``) is never transformed (the codec copies its bytes as they
        came), so a finding in it that is not allowed can only quarantine the record.

        A whole field that a pseudonym or encryption replaced is checked by its token shape
        instead: a token of the right shape holds no identifier; anything else is scanned. A
        short value already found to hold nothing (a merchant name, a currency, a mask) is not
        scanned again: the detector is fixed for the sanitizer's life, so the answer is too. For the
        same reason a text field that the transform left as it was (a memo with nothing to redact)
        is judged by what classify found in it (``scanned``, from :meth:`scanned_texts`).
        """
        return self.verify_batch([(sanitized, allowed, applied, scanned)])[0]

    def verify_batch(
        self,
        items: Sequence[
            tuple[Mapping[str, Any], Iterable[str], Iterable[Applied], Mapping[str, tuple[str, list[Finding]]] | None]
        ],
    ) -> list[list[Finding]]:
        """:meth:`verify` of each ``(sanitized, allowed, applied, scanned)``, the strings of them
        all that need scanning in one call to the detector, each distinct string once (the
        detector's answer for a string is the same wherever it stands: each is scanned alone).
        The memory of clean values is read before the call and written after it, in the records'
        order; a value two records share is scanned once, where one at a time it was found clean
        for the second: the same violations either way."""
        names = self._names
        clean = self._clean
        prepared: list[tuple[list[Finding], frozenset[str], list[str], list[tuple[int, str, Any]], list[int]]] = []
        distinct: dict[str, int] = {}
        for sanitized, allowed, applied, scanned in items:
            ok = frozenset(allowed)
            violations, values, owners = self._strings_to_scan(sanitized, ok, applied, scanned)
            todo = [i for i, value in enumerate(values) if value not in clean]
            self.verify_lookups += len(values)
            self.verify_clean_hits += len(values) - len(todo)
            for i in todo:
                distinct.setdefault(values[i], len(distinct))
            prepared.append((violations, ok, values, owners, todo))
        found_all = self.detector.analyze_fields(list(distinct)) if distinct else []
        out: list[list[Finding]] = []
        for violations, ok, values, owners, todo in prepared:
            for i in todo:
                value = values[i]
                found = found_all[distinct[value]]
                if not found:
                    if len(value) <= CLEAN_MAX_LENGTH and value not in clean:
                        if len(clean) >= CLEAN_CAPACITY:
                            clean.popitem(last=False)  # the oldest goes first
                        clean[value] = None
                    continue
                leaks = [f for f in found if f.entity_type not in ok]
                if leaks:
                    path = _path_of(owners, i, value, names)
                    violations.extend(
                        Finding(f.entity_type, f.start, f.end, f.score, f.recognizer, path, f.validated) for f in leaks
                    )
            out.append(violations)
        return out

    def _strings_to_scan(
        self,
        sanitized: Mapping[str, Any],
        ok: frozenset[str],
        applied: Iterable[Applied],
        scanned: Mapping[str, tuple[str, list[Finding]]] | None,
    ) -> tuple[list[Finding], list[str], list[tuple[int, str, Any]]]:
        """What :meth:`verify` judges without the detector (the violations of fields that cross
        as they came, and of text fields left as classify scanned them), and every other string
        of the record, in order, with the fields they lie in (``owners``)."""
        whole = {a.path: a.op for a in applied if a.start is None}
        violations = self._kept_as_they_came(sanitized, ok, whole, getattr(scanned, "checked", None))
        names = self._names
        # every string to check, in order, without its path: a path is made only for a string in
        # which something was found (rare), from the field it lies in (``owners``)
        values: list[str] = []
        owners: list[tuple[int, str, Any]] = []  # (index of its first string, field, nested value or None)
        get = sanitized.get
        for name in self._verified:
            value = get(name)
            if type(value) is not str:  # most are exactly str: one test for them
                if isinstance(value, (dict, list, tuple)):
                    owners.append((len(values), name, value))
                    _COLLECT_STRINGS(value, names, values)
                    continue
                if not isinstance(value, str):
                    continue
            if not value:
                continue
            if whole:
                shape = TOKEN_SHAPES.get(whole.get(name, ""))
                if shape is not None and shape.fullmatch(value):
                    continue
            known = scanned.get(name) if scanned else None
            if known is not None and known[0] == value:
                violations.extend(f for f in known[1] if f.entity_type not in ok)
                continue
            owners.append((len(values), name, None))
            values.append(value)
        return violations, values, owners

    def _kept_as_they_came(
        self,
        sanitized: Mapping[str, Any],
        ok: frozenset[str],
        whole: Mapping[str, str],
        checked: Mapping[str, tuple[Any, Finding]] | None = None,
    ) -> list[Finding]:
        """The tagged fields and authentication secrets that cross as they came (no operator, or
        ``keep``), checked as classify checks them: a type not in ``ok``, or a value that fails
        every check its tags name, is a violation. ``checked``: classify's findings of them, each
        with the value it checked, taken for a field whose value is that same object."""
        violations: list[Finding] = []
        for info, kind in self._whole_fields:
            if whole.get(info.name, "keep") != "keep":
                continue  # transformed: its output is scanned
            value = sanitized.get(info.name)
            if value is None or (isinstance(value, str) and (not value or value.isspace())):
                continue
            known = checked.get(info.name) if checked else None
            if known is not None and known[0] is value and known[1].path == info.name:
                found = known[1]
            elif kind is _Kind.AUTH:
                found = _whole(info.name, "AUTH_SECRET", value, 1.0, True)
            else:
                found = self._structured(info, value)
            if found.entity_type not in ok or not found.validated:
                violations.append(found)
        return violations

    # -- all together --------------------------------------------------------------------------

    def kept_types(self, overrides: Mapping[str, TransformSpec] | None = None) -> frozenset[str]:
        """Entity types whose transform is ``keep``: allowed to cross as they are."""
        if not overrides:
            return self._kept
        merged = {**self.transforms, **overrides}
        return frozenset(t for t, s in merged.items() if s.op == "keep")

    def sanitize(
        self,
        record: Mapping[str, Any],
        overrides: Mapping[str, TransformSpec] | None = None,
        allowed: Iterable[str] | None = None,
    ) -> Sanitized:
        return self.sanitize_batch([record], overrides, allowed)[0]

    def sanitize_batch(
        self,
        records: Sequence[Mapping[str, Any]],
        overrides: Mapping[str, TransformSpec] | None = None,
        allowed: Iterable[str] | None = None,
    ) -> list[Sanitized]:
        """:meth:`sanitize` of each record, with one call to the detector for the texts of them
        all (:meth:`classify_batch`) and one for what verify scans (:meth:`verify_batch`): the
        scanners' tables and the recognizers' code stay in the processor's caches from one text to
        the next, where a record at a time finds them cold. The same results as one at a time;
        an error in any record raises for the batch (nothing of it is returned)."""
        permitted = self.kept_types(overrides) if allowed is None else frozenset(allowed)
        results: list[tuple[dict[str, Any], list[Finding], list[Applied], list[str]]] = []
        checks: list[
            tuple[Mapping[str, Any], Iterable[str], Iterable[Applied], Mapping[str, tuple[str, list[Finding]]] | None]
        ] = []
        for record, (findings, unclassified) in zip(records, self.classify_batch(records), strict=True):
            out, applied = self.transform(record, findings, overrides)
            results.append((out, findings, applied, unclassified))
            checks.append((out, permitted, applied, self.scanned_texts(record, findings)))
        return [
            Sanitized(out, findings, applied, unclassified, violations)
            for (out, findings, applied, unclassified), violations in zip(
                results, self.verify_batch(checks), strict=True
            )
        ]

    # -- schema --------------------------------------------------------------------------------

    def sanitized_schema(
        self, overrides: Mapping[str, TransformSpec] | None = None, namespace: str = "corridor.sanitized"
    ) -> JsonSchema:
        """The schema of sanitized records: transformed fields retyped to string where the
        operator changes the type, dropped fields made nullable, each field's doc saying how
        it was transformed. Classification properties are kept."""
        out = copy.deepcopy(self.schema)
        out["namespace"] = namespace
        out["doc"] = (out.get("doc", "") + " Sanitized by Corridor: see each field's doc.").strip()
        new_fields = []
        for info, f in zip(self.fields, out["fields"], strict=True):
            if info.classification == "free_text":
                f["doc"] = f"{f.get('doc', '')} [corridor: free text; detected spans transformed by type]".strip()
                new_fields.append(f)
                continue
            specs = self._possible_specs(info, overrides)
            if not specs:
                new_fields.append(f)
                continue
            notes = "; ".join(f"{t}: {describe(s)}" for t, s in specs)
            ops = {s.op for _t, s in specs}
            nullable = any(b == "null" for b in _branches(info.avro_type))
            typ: Any = info.avro_type
            if ops & RETYPING_OPS and not info.is_string:
                typ = ["null", "string"] if nullable or "drop" in ops else "string"
            elif "drop" in ops and not nullable:
                typ = ["null", typ]
            f["type"] = typ
            if isinstance(typ, list) and typ[0] == "null":
                f["default"] = None
            elif "default" in f and ops & RETYPING_OPS and not info.is_string:
                del f["default"]
            f["doc"] = f"{f.get('doc', '')} [corridor: {notes}]".strip()
            f["corridor_transform"] = sorted(ops)
            new_fields.append(f)
        out["fields"] = new_fields
        if not all(isinstance(f.get("type"), (str, list, dict)) for f in new_fields):
            raise SchemaError("derived schema has a field without a type")
        return out

    def _possible_specs(
        self, info: FieldInfo, overrides: Mapping[str, TransformSpec] | None
    ) -> list[tuple[str, TransformSpec]]:
        if info.classification == "auth_secret":
            return [("AUTH_SECRET", self.spec_for(info.name, "AUTH_SECRET", overrides))]
        if info.classification in ("pi", "sensitive_pi", "internal") and info.pii:
            return [(t, self.spec_for(info.name, t, overrides)) for t in info.pii]
        return []


def _shows_value(spec: TransformSpec) -> bool:
    """Whether the operator lets any of a value show: ``keep``, ``fpe`` (a card keeps its BIN and
    last four), a mask with kept ends."""
    return spec.op in ("keep", "fpe") or (spec.op == "mask" and bool(spec.keep_prefix or spec.keep_suffix))


def _field_names(schema: Any) -> Iterator[str]:
    """Every field name of a schema, nested records' too."""
    if isinstance(schema, list):
        for branch in schema:
            yield from _field_names(branch)
    elif isinstance(schema, dict):
        for f in schema.get("fields", ()):
            yield f["name"]
            yield from _field_names(f.get("type"))
        for key in ("type", "items", "values"):
            if isinstance(schema.get(key), (dict, list)):
                yield from _field_names(schema[key])


def _strings_in(value: Any, path: str, names: frozenset[str], out: list[tuple[str, str]]) -> None:
    """Every string inside a nested value, with its path: ``a.b`` for a record's field, ``a[2]``
    for an array's item, ``a{2}`` for a map's third value and ``a{2}.key`` for its key (a map's
    keys are data: never written into a path). The same strings in the same order as
    :func:`_collect_strings`, which verify runs over every record; this one names the path of a
    string something was found in."""
    if isinstance(value, dict):
        items: Iterable[tuple[str, Any]] = (
            (f"{path}.{key}" if key in names else f"{path}{{{i}}}", item) for i, (key, item) in enumerate(value.items())
        )
        for i, key in enumerate(value):
            if key not in names and isinstance(key, str) and key:
                out.append((f"{path}{{{i}}}.key", key))
    elif isinstance(value, (list, tuple)):
        items = ((f"{path}[{i}]", item) for i, item in enumerate(value))
    else:
        if isinstance(value, str) and value:
            out.append((path, value))
        return
    for inner, item in items:
        if isinstance(item, str):
            if item:
                out.append((inner, item))
        elif isinstance(item, (dict, list, tuple)):
            _strings_in(item, inner, names, out)


def _collect_strings(value: Any, names: frozenset[str], out: list[str]) -> None:
    """The strings of :func:`_strings_in`, in its order, without their paths (this runs over the
    envelope of every record): a dict's keys that are not field names (a map's, which are data)
    first, then its values; a list's items."""
    if isinstance(value, dict):
        if not names.issuperset(value):
            out.extend(key for key in value if key not in names and isinstance(key, str) and key)
        items: Iterable[Any] = value.values()
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        if isinstance(value, str) and value:
            out.append(value)
        return
    for item in items:
        if isinstance(item, str):
            if item:
                out.append(item)
        elif isinstance(item, (dict, list, tuple)):
            _collect_strings(item, names, out)


# the extension's walk (native/src/walk.rs) where it is built, held equal to _collect_strings
_COLLECT_STRINGS: Callable[[Any, frozenset[str], list[str]], None] = getattr(
    extension, "collect_strings", _collect_strings
)


def _path_of(owners: list[tuple[int, str, Any]], index: int, value: str, names: frozenset[str]) -> str:
    """The path of the ``index``-th string verify collected (``value``): its field's name, or for
    a string nested in the field, the path :func:`_strings_in` gives it."""
    k = bisect_right(owners, index, key=lambda owner: owner[0]) - 1
    start, name, nested = owners[k]
    if nested is None:
        return name
    paths: list[tuple[str, str]] = []
    _strings_in(nested, name, names, paths)
    path, found = paths[index - start]
    if found != value:  # the two walks disagree: never, but then the field itself is named
        return name
    return path


def _start_of(f: Finding) -> int:
    return f.start


def _operand(spec: TransformSpec, value: Any) -> Any:
    """What an operator is given: a text folded (full-width or other Unicode digits as ASCII, as
    it was checked), so that format-preserving encryption reads its digits and a pseudonym is
    the one the ASCII form gets; a kept or encrypted value as it came (decryption gives back
    what was sent)."""
    return fold(value) if isinstance(value, str) and spec.op not in ("keep", "encrypt") else value


def _length(value: Any) -> int:
    return len(value) if isinstance(value, str) else (len(str(value)) if value is not None else -1)


def _whole(path: str, entity_type: str, value: Any, score: float, validated: bool) -> Finding:
    return Finding(entity_type, 0, _length(value), score, f"schema:{path}", path, validated)
