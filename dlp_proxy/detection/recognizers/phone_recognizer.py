"""PHONE_NUMBER: Dutch and international numbers in their written notations, validated by libphonenumber.

Presidio's phone recognizer lets libphonenumber find numbers in any run of digits, which
turns order-number tails ("2024-123456"), dates and KvK numbers into phone numbers. Here a
number must look like one as people write it (a leading 0, +, 00 or a US/UK layout), and
libphonenumber then decides whether it is a valid number. A candidate that swallowed a
following group of digits ("+31 6 12345678 2024") is retried without it.
"""

from __future__ import annotations

from typing import Any

import phonenumbers
import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.results import metadata

# Regions whose national notation (no country prefix) we accept, most likely first.
NATIONAL_REGIONS = ("NL", "BE", "DE", "GB", "FR", "US")
SCORE = 0.7

_SEP = r"[ .\-]?"
PATTERNS = [
    # +31 6 12345678, 0031 (0)20 123 4567, +44 20 7946 0958, +1 (555) 123-4567, +1-617-332-9149x123
    regex.compile(
        rf"(?<![\w+])(?:\+|00)[1-9]\d{{0,2}}(?:{_SEP}\(0\))?(?:{_SEP}\(?\d{{1,5}}\)?){{1,6}}"
        r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w@]|[.,]\d)"
    ),
    # 06-12345678, 06 1234 5678, 020 123 4567, (020) 123 4567, 0612345678, 07700 900123
    regex.compile(r"(?<![\w+.\-/])(?:\(0\d{1,4}\)|0\d{1,4})(?:[ \-]?\d){5,9}(?![\w@\-]|[.,]\d)"),
    # 646-702-7286, (617) 332-9149, 617.332.9149 x123
    regex.compile(
        r"(?<![\w+.\-/])(?:\(\d{3}\)\s?|\d{3}[.\-])\d{3}[.\-]\d{4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w@\-]|[.,]\d)"
    ),
]
CONTEXT = ["phone", "tel", "telefoon", "telefoonnummer", "mobiel", "mobile", "bel", "call", "nummer", "gsm", "fax"]


# A date written with dashes or slashes ("06-05-2026") is a valid Dutch mobile number to
# libphonenumber; so is a group of an IBAN, a KvK or an order number after its label.
_DATE = regex.compile(r"\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})")
_NOT_A_PHONE_BEFORE = regex.compile(
    r"(?i)(?:\b(?:kvk|coc|btw|vat|order|ordernummer|factuur|invoice|ref|referentie|klantnummer|iban|"
    r"rekening|account)\b[\s.:#-]{0,12}(?:nr\.?|nummer|number|no\.?)?[\s.:#-]{0,4}|\b(?-i:[A-Z]{4})\s)$"
)


def _not_a_phone(text: str, start: int, candidate: str) -> bool:
    return bool(_DATE.fullmatch(candidate.strip()) or _NOT_A_PHONE_BEFORE.search(text[max(0, start - 30) : start]))


def _valid(candidate: str) -> bool:
    text = candidate.strip()
    international = text.startswith(("+", "00"))
    if text.startswith("00"):
        text = "+" + text[2:]
    for region in (None,) if international else NATIONAL_REGIONS:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False


def _shorter(candidate: str) -> str:
    """The candidate without its last group of digits (after a space, dot or dash)."""
    cut = max(candidate.rfind(" "), candidate.rfind("-"), candidate.rfind("."))
    return candidate[:cut].rstrip(" .-(") if cut > 0 else ""


class PhoneRecognizer(LocalRecognizer):
    """Phone numbers as written, each checked by libphonenumber."""

    CONTEXT = CONTEXT

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            name="PhoneRecognizer",
            context=CONTEXT,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "PHONE_NUMBER" not in entities:
            return []
        out: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for pattern in PATTERNS:
            for m in pattern.finditer(text, timeout=5):
                candidate = m.group()
                if _not_a_phone(text, m.start(), candidate):
                    continue
                while candidate and sum(c.isdigit() for c in candidate) >= 7:
                    if _valid(candidate):
                        span = (m.start(), m.start() + len(candidate))
                        if span not in seen:
                            seen.add(span)
                            out.append(
                                RecognizerResult(
                                    "PHONE_NUMBER",
                                    *span,
                                    SCORE,
                                    analysis_explanation=self._explain(),
                                    recognition_metadata=metadata(self),
                                )
                            )
                        break
                    candidate = _shorter(candidate)
        return out

    def _explain(self) -> Any:
        from presidio_analyzer import AnalysisExplanation

        return AnalysisExplanation(
            recognizer=self.name, original_score=SCORE, textual_explanation="valid number (libphonenumber)"
        )
