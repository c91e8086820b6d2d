"""PERSON: Dutch and English personal names from name lists and the words around them, no NER model.

The lists are deduce's (first names, surnames, interfixes) plus our own titles, salutations,
sign-offs, labels and ordinary words (name_words); the rules live in name_finder.
"""

from __future__ import annotations

from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.name_finder import MEDIUM, STRONG, WEAK, NameFinder
from dlp_proxy.detection.recognizers.name_lexicon import lexicon

__all__ = ["MEDIUM", "STRONG", "WEAK", "PersonNameRecognizer"]


class PersonNameRecognizer(LocalRecognizer):
    """Personal names in Dutch and English text, found from lists and patterns (no spaCy)."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language=supported_language, name="PersonNameRecognizer"
        )

    def load(self) -> None:
        lexicon()  # read the lists at start-up rather than on the first prompt

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PERSON" not in entities or not text:
            return []
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [
            RecognizerResult("PERSON", start, end, score, recognition_metadata=dict(meta))
            for start, end, score in NameFinder(text, lexicon()).find()
        ]
