"""The detection interface (`scan(text) -> findings`) and its Presidio implementation."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from dlp_proxy.detection.language import Span, paragraph_languages
from dlp_proxy.errors import DetectorError
from dlp_proxy.findings import DataClass, Finding

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

logger = logging.getLogger(__name__)

# Entity types that come from the spaCy NER model rather than from a pattern.
NER_ENTITIES = ("PERSON", "LOCATION")


class Detector(Protocol):
    """What the proxy needs from a detection engine."""

    def scan(self, text: str, language: str | None = None) -> list[Finding]:
        """Findings in `text`, sorted by position; raises DetectorError when it cannot scan."""
        ...


class PresidioDetector:
    """Presidio analyzer with our own recognizers and an offline spaCy pipeline.

    Construction is cheap; `load()` loads spaCy and builds the analyzer (seconds).
    """

    def __init__(
        self,
        *,
        entity_classes: Mapping[str, DataClass],
        thresholds: Mapping[str, float] | None = None,
        default_threshold: float = 0.5,
        pipelines: Mapping[str, str] | None = None,
        max_chars: int = 2_000_000,
    ) -> None:
        from dlp_proxy.detection.nlp import DEFAULT_PIPELINES

        self.entity_classes = dict(entity_classes)
        self.thresholds = dict(thresholds or {})
        self.default_threshold = default_threshold
        self.pipelines = dict(pipelines or DEFAULT_PIPELINES)
        self.max_chars = max_chars
        self._analyzer: AnalyzerEngine | None = None

    @property
    def languages(self) -> list[str]:
        return list(self.pipelines)

    def load(self) -> PresidioDetector:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer

        from dlp_proxy.detection.nlp import ensure_offline, load_spacy
        from dlp_proxy.detection.recognizers.api_key_recognizer import ApiKeyRecognizer
        from dlp_proxy.detection.recognizers.credit_card_recognizer import CreditCardRecognizer
        from dlp_proxy.detection.recognizers.email_recognizer import EmailRecognizer
        from dlp_proxy.detection.recognizers.iban_recognizer import IbanRecognizer
        from dlp_proxy.detection.recognizers.phone_recognizer import PhoneRecognizer

        ensure_offline()
        nlp_engine = SpacyNlpEngine(models=[{"lang_code": k, "model_name": v} for k, v in self.pipelines.items()])
        # Load the packages ourselves: SpacyNlpEngine.load() would try to download a
        # missing model, and a DLP proxy must never fetch anything at run time.
        nlp_engine.nlp = {lang: load_spacy(pkg) for lang, pkg in self.pipelines.items()}

        registry = RecognizerRegistry(supported_languages=self.languages)
        for lang in self.languages:
            for recognizer_cls in (
                EmailRecognizer,
                IbanRecognizer,
                CreditCardRecognizer,
                PhoneRecognizer,
                ApiKeyRecognizer,
            ):
                registry.add_recognizer(recognizer_cls(supported_language=lang))
            registry.add_recognizer(
                SpacyRecognizer(supported_language=lang, supported_entities=list(NER_ENTITIES))
            )
        self._analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=self.languages
        )
        return self

    @property
    def loaded(self) -> bool:
        return self._analyzer is not None

    def scan(self, text: str, language: str | None = None) -> list[Finding]:
        if self._analyzer is None:
            raise DetectorError("detection engine used before load()")
        if len(text) > self.max_chars:
            raise DetectorError(f"text of {len(text)} characters exceeds the scan limit of {self.max_chars}")
        if not text.strip():
            return []
        lang = language if language in self.pipelines else self.languages[0]
        entities = [e for e in self.entity_classes if e not in ("CLIENT", "INTERNAL_MARKER")]
        try:
            # regex_flags=0 makes each recognizer use its own flags (presidio would
            # otherwise force IGNORECASE on case-sensitive vendor prefixes and IBANs).
            results = self._analyzer.analyze(text=text, language=lang, entities=entities, regex_flags=0)
        except Exception as e:  # any failure inside Presidio/spaCy means "not scanned"
            raise DetectorError(f"detection failed: {e.__class__.__name__}") from e
        spans = paragraph_languages(text, default=lang)
        findings = []
        for r in results:
            if r.entity_type in NER_ENTITIES and not _in_language(spans, r.start, "en"):
                # The English NER model tags ordinary Dutch words ("Wat", "Leg") as names;
                # its findings count only in English paragraphs.
                continue
            if r.score < self.thresholds.get(r.entity_type, self.default_threshold):
                continue
            data_class = self.entity_classes.get(r.entity_type)
            if data_class is None:
                continue
            meta = r.recognition_metadata or {}
            findings.append(
                Finding(
                    entity_type=r.entity_type,
                    data_class=data_class,
                    start=r.start,
                    end=r.end,
                    score=round(float(r.score), 3),
                    recognizer=str(meta.get("recognizer_name", "unknown")),
                )
            )
        return resolve_overlaps(findings)


def _in_language(spans: list[Span], offset: int, language: str) -> bool:
    return any(s.start <= offset <= s.end and s.language == language for s in spans)


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Drop a finding contained in a stronger or longer one of the same data class."""
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start), -f.score))
    kept: list[Finding] = []
    for f in ordered:
        if any(
            k.start <= f.start and f.end <= k.end and (k.data_class == f.data_class or k.score >= f.score)
            for k in kept
        ):
            continue
        kept.append(f)
    return kept
