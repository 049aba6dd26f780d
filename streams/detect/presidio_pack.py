"""The Greater China recognizer pack as Presidio recognizers, for an ``AnalyzerEngine``.

Each recognizer of :mod:`streams.detect.patterns` (and the name rules) is wrapped as a Presidio
``EntityRecognizer``, so the pack plugs into a stock ``AnalyzerEngine`` beside Presidio's own
recognizers. Corridor's own :class:`~streams.detect.engine.Detector` runs the same recognizers in
one pass without the engine's per-recognizer overhead; both report the same findings.
"""

from __future__ import annotations

from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from streams.detect.fold import fold
from streams.detect.names import scan_names
from streams.detect.patterns import ID_RECOGNIZERS, Recognizer


class GreaterChinaRecognizer(EntityRecognizer):
    """One recognizer of the pack, as Presidio sees it."""

    def __init__(self, spec: Recognizer) -> None:
        self.spec = spec
        super().__init__(supported_entities=[spec.entity_type], name=spec.name, supported_language="en")

    def load(self) -> None:
        """Nothing to load: the pattern is compiled at import."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if self.spec.entity_type not in entities:
            return []
        return [RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in self.spec.scan(fold(text))]


class GreaterChinaNameRecognizer(EntityRecognizer):
    """PERSON from Chinese surname/context and English title/context rules."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="gc_names", supported_language="en")

    def load(self) -> None:
        """Nothing to load."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if "PERSON" not in entities:
            return []
        return [RecognizerResult(f.entity_type, f.start, f.end, f.score) for f in scan_names(fold(text))]


def greater_china_recognizers() -> list[EntityRecognizer]:
    """Every recognizer of the pack, ready for ``RecognizerRegistry.add_recognizer``."""
    return [GreaterChinaRecognizer(spec) for spec in ID_RECOGNIZERS] + [GreaterChinaNameRecognizer()]
