"""A team's own recognizers, written as Presidio documents them, run inside Corridor's detector.

Presidio stays the extension point users know. Each of these is accepted:

* a ``PatternRecognizer`` subclass (patterns, context words, a deny list) or any
  ``EntityRecognizer`` subclass, named by its ``module:Class`` path; a ``module:name`` may also
  name a recognizer instance, or a function returning one or a list of them;
* Presidio's YAML recognizer configuration (the ``recognizers:`` list that
  ``RecognizerRegistry.add_recognizers_from_yaml`` reads: ``patterns``, ``context``,
  ``deny_list``, ``supported_entity``), deny lists among them.

:class:`CustomRecognizers` runs them on a text as Presidio's ``AnalyzerEngine`` would, without its
NLP engine: each recognizer's ``analyze`` is called with the entity types it supports, and a result
with a context word of its recognizer within :data:`CONTEXT_WINDOW` characters before it is raised
as Presidio's context enhancer raises it (by 0.35, to at least 0.4). Texts are given folded
(``streams.detect.fold``: full-width digits and letters in ASCII, offsets unchanged).

:class:`ExtendedDetector` is Corridor's detector with these added: their findings join the pack's,
and overlaps are resolved once over both (higher score first), in ``analyze``, ``analyze_batch`` and
``analyze_fields``, so classify, verify, ``corridor detect`` and the worker all see them.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from streams.detect.engine import Detector, NerBackend, resolve_overlaps
from streams.detect.findings import TEXT_ENTITIES, Finding
from streams.detect.fold import fold

log = logging.getLogger(__name__)

# Presidio's context enhancer: a context word raises a result's score by this, to at least the floor
CONTEXT_BOOST = 0.35
CONTEXT_FLOOR = 0.4
# how far before a result a context word counts (Presidio counts five words; CJK has no spaces)
CONTEXT_WINDOW = 40
_ENTITY_NAME = re.compile(r"[A-Z][A-Z0-9_]{1,63}")

# the entity types of every custom recognizer loaded in this process: the policy loader accepts
# them (streams.policy.loader), so a policy can give them transforms
_REGISTERED: set[str] = set()


class CustomRecognizerError(ValueError):
    """A custom recognizer could not be loaded (the path, the class, or the YAML is wrong)."""


def registered_entity_types() -> frozenset[str]:
    """Entity types of the custom recognizers loaded so far in this process."""
    return frozenset(_REGISTERED)


def _is_recognizer(obj: object) -> bool:
    from presidio_analyzer import EntityRecognizer

    return isinstance(obj, EntityRecognizer)


def load_path(path: str) -> list[Any]:
    """The recognizers ``module:name`` names: a class (instantiated without arguments), an
    instance, or a function returning one or a list of them."""
    from presidio_analyzer import EntityRecognizer

    module_name, sep, attr = path.partition(":")
    if not sep or not module_name or not attr:
        raise CustomRecognizerError(f"recognizer {path!r}: expected 'module:Class'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise CustomRecognizerError(f"recognizer {path!r}: module {module_name!r} cannot be imported") from exc
    obj: Any = module
    for part in attr.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            raise CustomRecognizerError(f"recognizer {path!r}: {module_name} has no {attr!r}")
    if inspect.isclass(obj):
        if not issubclass(obj, EntityRecognizer):
            raise CustomRecognizerError(f"recognizer {path!r}: not a presidio EntityRecognizer subclass")
        factory: Any = obj  # a subclass whose constructor takes no arguments
        obj = factory()
    elif callable(obj) and not _is_recognizer(obj):
        obj = obj()
    found = list(obj) if isinstance(obj, list | tuple) else [obj]
    for one in found:
        if not _is_recognizer(one):
            raise CustomRecognizerError(f"recognizer {path!r}: gives something that is not an EntityRecognizer")
    return found


def load_yaml(path: Path) -> list[Any]:
    """The recognizers of a Presidio YAML recognizer configuration (``recognizers:`` list)."""
    from presidio_analyzer import RecognizerRegistry

    registry = RecognizerRegistry(recognizers=[])
    try:
        registry.add_recognizers_from_yaml(path)
    except (OSError, TypeError, KeyError, ValueError) as exc:
        raise CustomRecognizerError(f"recognizer configuration {path}: {type(exc).__name__}") from exc
    return list(registry.recognizers)


def deny_list_recognizer(entity_type: str, words: Sequence[str], name: str | None = None, score: float = 1.0) -> Any:
    """A Presidio deny-list recognizer: each word, as a whole word, is an ``entity_type``."""
    from presidio_analyzer import PatternRecognizer

    return PatternRecognizer(
        supported_entity=entity_type,
        name=name or f"deny_list_{entity_type.lower()}",
        deny_list=list(words),
        deny_list_score=score,
    )


class CustomRecognizers:
    """Presidio recognizers run over a text, their results as Corridor findings."""

    def __init__(self, recognizers: Iterable[Any]) -> None:
        self.recognizers = list(recognizers)
        self._plan: list[tuple[Any, list[str], re.Pattern[str] | None]] = []
        for r in self.recognizers:
            entities = list(r.supported_entities)
            for e in entities:
                if not _ENTITY_NAME.fullmatch(e):
                    raise CustomRecognizerError(f"recognizer {r.name!r}: entity type {e!r} is not UPPER_SNAKE_CASE")
            words = [w for w in (getattr(r, "context", None) or []) if w]
            context = re.compile("|".join(map(re.escape, words)), re.IGNORECASE) if words else None
            self._plan.append((r, entities, context))
        self.entity_types = frozenset(e for _r, entities, _c in self._plan for e in entities)
        _REGISTERED.update(self.entity_types)

    def __bool__(self) -> bool:
        return bool(self.recognizers)

    def analyze(self, text: str, wanted: frozenset[str] | None = None) -> list[Finding]:
        """Findings of every recognizer in a folded text (offsets into it)."""
        out: list[Finding] = []
        for r, entities, context in self._plan:
            ask = entities if wanted is None else [e for e in entities if e in wanted]
            if not ask:
                continue
            for res in r.analyze(text, ask, None) or ():
                if res.entity_type not in ask or not 0 <= res.start < res.end <= len(text):
                    continue
                score = float(res.score)
                if context is not None and context.search(text, max(0, res.start - CONTEXT_WINDOW), res.start):
                    score = min(1.0, max(score + CONTEXT_BOOST, CONTEXT_FLOOR))
                out.append(Finding(res.entity_type, res.start, res.end, score, r.name))
        return out


def load_custom(paths: Sequence[str] = (), yaml_path: Path | None = None) -> CustomRecognizers:
    """The recognizers named by ``module:Class`` paths and a Presidio YAML configuration."""
    recognizers: list[Any] = []
    for path in paths:
        recognizers.extend(load_path(path))
    if yaml_path is not None:
        recognizers.extend(load_yaml(yaml_path))
    custom = CustomRecognizers(recognizers)
    if custom:
        log.warning(
            "custom recognizers: %s (entity types %s)",
            ", ".join(r.name for r in custom.recognizers),
            ", ".join(sorted(custom.entity_types)),
        )
    return custom


class ExtendedDetector(Detector):
    """Corridor's detector with a team's own Presidio recognizers added.

    :param custom: the recognizers; their entity types are reported beside ``entities`` (the
        pack's types, all by default) unless ``custom_entities`` narrows them.
    """

    def __init__(
        self,
        custom: CustomRecognizers,
        entities: Iterable[str] | None = None,
        min_score: float = 0.5,
        ner: NerBackend | None = None,
        ner_name: str = "",
        scanner: str = "auto",
    ) -> None:
        wanted = None if entities is None else set(entities)
        own: frozenset[str] | None = None
        if wanted is not None:
            own = frozenset(wanted & custom.entity_types)
            wanted -= custom.entity_types
        pack = (
            None if wanted is None else [e for e in TEXT_ENTITIES if e in wanted] + sorted(wanted - set(TEXT_ENTITIES))
        )
        super().__init__(pack, min_score, ner, ner_name, scanner)
        self.custom = custom
        self._custom_wanted = own
        self.entities = self.entities | (custom.entity_types if own is None else own)

    def _with_custom(self, texts: Sequence[str], found: list[list[Finding]]) -> list[list[Finding]]:
        out: list[list[Finding]] = []
        for text, kept in zip(texts, found, strict=True):
            folded = fold(text)
            extra = [f for f in self.custom.analyze(folded, self._custom_wanted) if f.score >= self.min_score]
            out.append(resolve_overlaps(kept + extra) if extra else kept)
        return out

    def analyze_batch(self, texts: Sequence[str]) -> list[list[Finding]]:
        return self._with_custom(texts, super().analyze_batch(texts))

    def analyze_fields(self, fields: Sequence[str]) -> list[list[Finding]]:
        if self._native is not None:  # the base class goes through analyze_batch: added there
            return super().analyze_fields(fields)
        return self._with_custom(fields, super().analyze_fields(fields))
