"""The detector: the recognizer pack in one pass per text, plus an optional NER backend for names.

The detector is pure: an NER backend, when there is one, is a callable handed in by the runtime
(``agents.ner`` loads a spaCy model from site-packages; nothing is ever downloaded).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence

from streams.detect.findings import TEXT_ENTITIES, Finding, refine_type
from streams.detect.fold import fold, map_back, strip_invisible
from streams.detect.names import NAME_PATTERNS, judge_name, scan_names
from streams.detect.names_anywhere import MAY_NAME, scan_batch, scan_names_anywhere
from streams.detect.patterns import ID_RECOGNIZERS, Recognizer
from streams.detect.scanner import NativeScanner, native_available

# (start, end, label) spans of one text, as a NER backend reports them
NerSpans = list[tuple[int, int, str]]
NerBackend = Callable[[Sequence[str]], list[NerSpans]]

# joins fields for one scan: every pattern that could run on across it stops at the NUL or the
# caret, and a newline on each side looks to every look-around like the start or end of a text
FIELD_SEPARATOR = "\n\x00^\n"
# a separator inside a run of digits ("6222 0212", "138-0013-8000"), and a run without them
_INNER_SEPARATOR = re.compile(r"(?<=\d)[ -](?=\d)")
_DIGITS = re.compile(r"\d+")
_LATIN_CAPITAL = re.compile(r"[A-Z][a-z]")


def longest_digit_run(text: str) -> int:
    """Digits in the text's longest run of them, separators inside a run ("6222 0212") not counted."""
    return max(map(len, _DIGITS.findall(_INNER_SEPARATOR.sub("", text))), default=0)


# fields whose longest digit run reaches this are scanned apart from the others
_LONG_RUN = 6


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Keep the best of overlapping findings: higher score, then recognizer priority, then length.

    A finding that loses to one that covers only part of it keeps the parts nobody covers, as
    findings of its own type: dropped whole, those characters stayed in clear (an account number's
    last group after a card that won its first sixteen digits; the rest of a name two scanners
    each found a part of). A finding inside a better one is dropped: it is covered.

    The findings kept so far never overlap one another, so they are held sorted by start (their
    ends are then sorted too) and the ones a finding meets are found by bisection: n log n, where
    comparing each finding with every kept one took seconds for a long text of many findings
    (16,000 in 100,000 characters). :func:`_resolve_pairwise` is that first form, kept for findings
    of no length, and as the reference the tests hold this one equal to."""
    findings = list(findings)
    if len(findings) < 2:
        return findings
    ranked = sorted(findings, key=lambda f: (-f.score, -_priority(f), -(f.end - f.start), f.start))
    if any(f.start >= f.end for f in ranked):
        return _resolve_pairwise(ranked)
    kept: list[Finding] = []
    starts: list[int] = []
    ends: list[int] = []
    for f in ranked:
        lo = bisect_right(ends, f.start)  # the first kept finding ending after f starts
        hi = bisect_left(starts, f.end)  # the first kept finding starting at or after f's end
        if lo >= hi:
            kept.insert(hi, f)
            starts.insert(hi, f.start)
            ends.insert(hi, f.end)
            continue
        merged: list[Finding] = []
        cursor = f.start
        for k in kept[lo:hi]:
            if k.start > cursor:
                merged.append(f._replace(start=cursor, end=k.start, validated=False))
            merged.append(k)
            cursor = max(cursor, k.end)
        if cursor < f.end:
            merged.append(f._replace(start=cursor, end=f.end, validated=False))
        kept[lo:hi] = merged
        starts[lo:hi] = [m.start for m in merged]
        ends[lo:hi] = [m.end for m in merged]
    return kept


def _resolve_pairwise(ranked: Sequence[Finding]) -> list[Finding]:
    """:func:`resolve_overlaps` by comparing each finding with every one kept before it."""
    kept: list[Finding] = []
    for f in ranked:
        over = [k for k in kept if not (f.end <= k.start or f.start >= k.end)]
        if not over:
            kept.append(f)
            continue
        pieces = [(f.start, f.end)]
        for k in over:
            pieces = [
                part
                for start, end in pieces
                for part in ((start, min(end, k.start)), (max(start, k.end), end))
                if part[0] < part[1]
            ]
        kept.extend(f._replace(start=start, end=end, validated=False) for start, end in pieces)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


_PRIORITY = {r.name: r.priority for r in ID_RECOGNIZERS}


def _priority(f: Finding) -> int:
    return _PRIORITY.get(f.recognizer, 0)


def _mapped_back(
    results: list[list[Finding]], stripped: Iterable[tuple[int, list[int]]], originals: Sequence[str]
) -> list[list[Finding]]:
    """Each text's findings with offsets into the text as given, for the texts zero-width characters
    were stripped from (``stripped``: their index and their kept characters' offsets, from
    :func:`streams.detect.fold.strip_invisible`)."""
    for i, offsets in stripped:
        if results[i]:
            results[i] = [_map_finding(f, offsets, len(originals[i])) for f in results[i]]
    return results


def _map_finding(f: Finding, offsets: list[int], length: int) -> Finding:
    start, end = map_back(f.start, f.end, offsets, length)
    if end - start == f.end - f.start:
        return f._replace(start=start, end=end)
    # a value with zero-width characters inside: no operator that reads its value (a check
    # digit, a format-preserving pseudonym) is handed it as a valid one; it is masked
    return f._replace(start=start, end=end, validated=False)


class Detector:
    """Greater China PII detection over plain text.

    :param entities: the entity types to report (default: all text entities).
    :param min_score: findings below this score are not reported.
    :param ner: an optional NER backend; its PERSON spans join the pattern findings.
    :param ner_name: the backend's model name, for :attr:`mode`.
    :param names_anywhere: also find Chinese and romanised names with no title or context word
        (:mod:`streams.detect.names_anywhere`).
    :param scanner: ``native`` (the extension in ``native/`` finds every pattern's matches in one
        call per text), ``python`` (``re``, one call per pattern), or ``auto``: native when the
        extension is installed. Both find the same; :attr:`scanner` says which one runs.
    """

    def __init__(
        self,
        entities: Iterable[str] | None = None,
        min_score: float = 0.5,
        ner: NerBackend | None = None,
        ner_name: str = "",
        scanner: str = "auto",
        names_anywhere: bool = True,
    ) -> None:
        wanted = frozenset(entities) if entities is not None else frozenset(TEXT_ENTITIES)
        unknown = wanted - frozenset(TEXT_ENTITIES)
        if unknown:
            raise ValueError(f"unknown entity types {sorted(unknown)}; valid: {', '.join(TEXT_ENTITIES)}")
        self.entities = wanted
        self.min_score = min_score
        self._digit_recognizers: tuple[Recognizer, ...] = tuple(
            r for r in ID_RECOGNIZERS if r.entity_type in wanted and r.needs_digit
        )
        self._other_recognizers: tuple[Recognizer, ...] = tuple(
            r for r in ID_RECOGNIZERS if r.entity_type in wanted and not r.needs_digit
        )
        self._names = "PERSON" in wanted
        self._ner = ner if self._names else None
        # Chinese and romanised names without context words (zh_names, roman_names)
        self._names_anywhere = self._names and names_anywhere
        self.mode = f"patterns+ner:{ner_name}" if self._ner is not None else "patterns"
        if scanner not in ("auto", "native", "python"):
            raise ValueError(f"scanner {scanner!r}: auto, native or python")
        self._native: NativeScanner | None = None
        if scanner == "native" or (scanner == "auto" and native_available()):
            # the order of the python path's findings: digit recognizers, the others, then names
            self._native_recognizers = self._digit_recognizers + self._other_recognizers
            names = NAME_PATTERNS if self._names else ()
            self._native = NativeScanner(
                [(r.pattern, r.group) for r in self._native_recognizers] + [(p, 1) for p, _name in names],
                [r.min_digits for r in self._native_recognizers],
            )
        self.scanner = self._native.name if self._native is not None else "python"

    def _native_findings(self, texts: Sequence[str], anywhere: bool = False) -> list[list[Finding]]:
        """Every recognizer's findings in each text, before overlaps are resolved, from matches
        the native scanner found (each text alone); with ``anywhere``, the names found anywhere
        after them (:func:`scan_names_anywhere`, called only for a text that may hold one).

        The batch is read in two passes, as the extension scans it pattern by pattern: every
        text's matches are judged, then every text is read for names. The recognizers' code and
        tables, then the name scanners', stay in the processor's caches from one text to the next
        (a text at a time went from one set to the other and back: 4-8% of the detector's time,
        measured side by side). Each text's findings are in the same order as before."""
        assert self._native is not None
        recognizers = self._native_recognizers
        count = len(recognizers)
        out: list[list[Finding]] = []
        ceilings = [r.ceiling for r in recognizers]
        for text, matches in zip(texts, self._native.scan(texts), strict=True):
            found: list[Finding] = []
            # the best score found on each exact span so far: a candidate whose recognizer cannot
            # score above it would only lose to that finding (resolve_overlaps drops a finding inside
            # a better one), and is not judged (a mainland account's reading of a card or an ID)
            best: dict[tuple[int, int], float] = {}
            for index, start, _end, value_start, value_end in matches:
                finding: Finding | None
                if index < count:
                    ceiling = ceilings[index]
                    if ceiling < 1.0 and best.get((value_start, value_end), 0.0) > ceiling:
                        continue
                    finding = recognizers[index].judge(text, start, value_start, value_end)
                    if finding is not None and finding.score > best.get((finding.start, finding.end), 0.0):
                        best[finding.start, finding.end] = finding.score
                else:  # a name pattern's match, judged as scan_names judges it
                    finding = judge_name(NAME_PATTERNS[index - count][1], text, value_start, value_end)
                if finding is not None:
                    found.append(finding)
            out.append(found)
        if anywhere:
            may_name = MAY_NAME.search
            for found, names in zip(out, scan_batch(texts, [may_name(text) for text in texts]), strict=True):
                found.extend(names)
        return out

    def _patterns(self, text: str, starts: Sequence[int] = (), longest: int | None = None) -> list[Finding]:
        """Every recognizer's findings, before overlaps are resolved; ``longest`` is the text's
        :func:`longest_digit_run` when the caller knows it already."""
        found: list[Finding] = []
        lower = text.lower()
        if longest is None:
            longest = longest_digit_run(text)
        if longest:
            gates: dict[re.Pattern[str], bool] = {}
            for r in self._digit_recognizers:
                if longest < r.min_digits:
                    continue
                if r.gate is not None:
                    open_ = gates.get(r.gate)
                    if open_ is None:
                        open_ = gates[r.gate] = r.gate.search(text) is not None
                    if not open_:
                        continue
                found.extend(r.scan(text, starts))
        for r in self._other_recognizers:
            found.extend(r.scan(text, starts))
        if self._names:
            found.extend(scan_names(text, lower, starts))
        return found

    def _finish(self, found: list[Finding], text: str = "") -> list[Finding]:
        """The findings above the score floor, overlaps resolved, each typed by its value in
        ``text`` where that matters (an individual business's USCC)."""
        kept = resolve_overlaps([f for f in found if f.score >= self.min_score])
        return [
            f._replace(entity_type=refine_type(f.entity_type, text[f.start : f.end]))
            if f.entity_type == "CN_USCC"
            else f
            for f in kept
        ]

    def analyze(self, text: str) -> list[Finding]:
        """Findings in one text, with code-point offsets."""
        return self.analyze_batch([text])[0]

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        """Findings for each text; NER, when present, runs once over the texts that need it.

        Each text is scanned, and each candidate validated, in its folded copy
        (:func:`streams.detect.fold.fold`: full-width and other Unicode digits, full-width letters
        and signs, Unicode spaces in their ASCII forms), as long as the text: offsets point into
        the text as given."""
        # zero-width characters are read past (their findings map back to the text as given); a
        # text with nothing to fold (every ASCII one, most of a record's) is not handed to either
        originals = texts
        texts = list(texts)
        offsets: list[tuple[int, list[int]]] = []  # (index, kept characters' offsets), where stripped
        for i, text in enumerate(texts):
            if not text.isascii():
                stripped, kept = strip_invisible(text)
                if kept is not None:
                    offsets.append((i, kept))
                texts[i] = fold(stripped)
        if self._native is None:
            results = [self._patterns(t) for t in texts]
            self._add_names(texts, results)
        else:
            results = self._native_findings(texts, self._names_anywhere)
            if self._ner is not None:
                self._add_ner(texts, results)
        finish = self._finish
        # most texts hold nothing (ids, codes, the envelope's values): nothing to resolve
        for i, found in enumerate(results):
            if found:
                results[i] = finish(found, texts[i])
        return _mapped_back(results, offsets, originals)

    def _add_names(self, texts: Sequence[str], results: list[list[Finding]]) -> None:
        """Names found anywhere (no context word needed), then the NER backend's PERSON spans, in
        one batch over the texts with a capitalised word."""
        if self._names_anywhere:
            for text, found in zip(texts, results, strict=True):
                found.extend(scan_names_anywhere(text))
        if self._ner is not None:
            self._add_ner(texts, results)

    def _add_ner(self, texts: Sequence[str], results: list[list[Finding]]) -> None:
        """The NER backend's PERSON spans, in one batch over the texts with a capitalised word."""
        assert self._ner is not None
        todo = [i for i, t in enumerate(texts) if _LATIN_CAPITAL.search(t)]
        if todo:
            for i, spans in zip(todo, self._ner([texts[i] for i in todo]), strict=True):
                results[i].extend(
                    Finding("PERSON", s, e, 0.85, "spacy_ner") for s, e, label in spans if label == "PERSON"
                )

    def analyze_fields(self, fields: Sequence[str]) -> list[list[Finding]]:
        """Findings of each field, offsets into that field, as if each were scanned alone, but in
        few passes: the fields are joined by :data:`FIELD_SEPARATOR` (one call per recognizer, not
        one per field), those with a run of six digits or more apart from the others, so that a
        card number in one field does not make every digit recognizer read all the others. Context
        words are looked for only inside the match's own field."""
        if self._native is not None:
            return self.analyze_batch(fields)  # each field is scanned alone anyway
        originals = fields
        stripped = [strip_invisible(value) for value in fields]  # as analyze_batch does
        fields = [fold(value) for value, _ in stripped]
        per_field: list[list[Finding]] = [[] for _ in fields]
        runs = [longest_digit_run(value) for value in fields]
        for wanted in (True, False):
            group = [i for i, n in enumerate(runs) if (n >= _LONG_RUN) is wanted]
            if group:
                joined = self._scan_joined([fields[i] for i in group], max(runs[i] for i in group))
                for i, found in zip(group, joined, strict=True):
                    per_field[i] = found
        self._add_names(fields, per_field)
        out = [self._finish(found, text) for found, text in zip(per_field, fields, strict=True)]
        return _mapped_back(out, ((i, kept) for i, (_, kept) in enumerate(stripped) if kept is not None), originals)

    def _scan_joined(self, fields: Sequence[str], longest: int) -> list[list[Finding]]:
        starts: list[int] = []
        offset = 0
        for value in fields:
            starts.append(offset)
            offset += len(value) + len(FIELD_SEPARATOR)
        # the separator holds no digit, so the joined text's longest run is its longest field's
        found = self._patterns(FIELD_SEPARATOR.join(fields), starts, longest)
        per_field: list[list[Finding]] = [[] for _ in fields]
        for f in found:
            i = bisect_right(starts, f.start) - 1
            base = starts[i]
            # no pattern crosses the separator (tests/unit/test_detect_fields.py); were one to, the
            # finding is kept in the field it starts in, cut at that field's end (fail closed)
            end = min(f.end - base, len(fields[i]))
            per_field[i].append(
                Finding(f.entity_type, f.start - base, end, f.score, f.recognizer, validated=f.validated)
            )
        return per_field
