"""IBAN_CODE: IBANs of every country, compact or in groups of four, mod-97 checked."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban


class IbanRecognizer(PatternRecognizer):
    """International bank account numbers, validated with python-stdnum (mod 97 + country format)."""

    PATTERNS = [
        Pattern(
            "iban",
            # Country code, two check digits, then 11-30 alphanumerics, optionally in
            # groups of four separated by one space or dash.
            r"\b[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,7}+(?:[ -]?[A-Z0-9]{1,4})?\b",
            0.5,
        )
    ]
    CONTEXT = ["iban", "rekening", "rekeningnummer", "account", "bank", "betaling", "payment"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            name="IbanRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            # Case-sensitive: IBANs are written in capitals; "nl91abna..." in prose is rare.
            global_regex_flags=0,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Like PatternRecognizer, but a run that fails the checksum is retried without its
        trailing groups: "BE71 0961 2345 6769 1500 EUR" holds the IBAN "BE71 0961 2345 6769"."""
        pattern = self.patterns[0]
        results = []
        for m in regex.finditer(pattern.regex, text, timeout=5):
            candidate = m.group()
            while candidate:
                if self.validate_result(candidate):
                    explanation = self.build_regex_explanation(
                        self.name, pattern.name, pattern.regex, pattern.score, True, 0
                    )
                    results.append(
                        RecognizerResult(
                            self.supported_entities[0],
                            m.start(),
                            m.start() + len(candidate),
                            1.0,
                            analysis_explanation=explanation,
                            recognition_metadata={
                                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            },
                        )
                    )
                    break
                cut = max(candidate.rfind(" "), candidate.rfind("-"))
                candidate = candidate[:cut] if cut > 4 else ""
        return results

    def validate_result(self, pattern_text: str) -> bool:
        # check_country=False: mod 97 and the country's length and format, but not
        # stdnum's per-country extras such as its list of Belgian bank codes, which
        # rejects real accounts at banks the list does not know (BE68 5390 0754 7034).
        return bool(iban.is_valid(pattern_text, check_country=False))
