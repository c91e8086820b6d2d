"""INTERNAL_MARKER: confidentiality markings and the organisation's internal host names."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata

DEFAULT_MARKERS = (
    "VERTROUWELIJK",
    "STRIKT VERTROUWELIJK",
    "CONFIDENTIAL",
    "STRICTLY CONFIDENTIAL",
    "intern gebruik",
    "alleen voor intern gebruik",
    "internal use only",
    "for internal use only",
)


def _marker_pattern(marker: str) -> str:
    body = r"[\s_-]+".join(regex.escape(w) for w in marker.split())
    if marker.isupper():
        # A marker written in capitals is a marking ("VERTROUWELIJK") and matches only in
        # capitals; in lower case it is an ordinary adjective ("behandel dit vertrouwelijk").
        return rf"(?<!\w){body}(?!\w)"
    return rf"(?<!\w)(?i:{body})(?!\w)"


def _first_word(marker: str) -> str:
    """A pattern for the marker's first word alone, matched as the marker's pattern matches it:
    every match of the marker holds a match of this, and this one scans several times faster
    (the look-behind that opens the marker's pattern makes the regex engine try every position)."""
    word = regex.escape(marker.split()[0])
    return word if marker.isupper() else rf"(?i:{word})"


class InternalMarkerRecognizer(LocalRecognizer):
    """Markings like VERTROUWELIJK / CONFIDENTIAL / 'intern gebruik' and hosts under internal domains."""

    def __init__(
        self,
        markers: Iterable[str] = DEFAULT_MARKERS,
        domains: Iterable[str] = (),
        supported_language: str = "en",
    ) -> None:
        self._markers = [
            (regex.compile(_first_word(m)), regex.compile(_marker_pattern(m))) for m in markers if m.strip()
        ]
        domains = [d.strip().lower().lstrip("*.").rstrip(".") for d in domains if d.strip()]
        self._domains = (
            regex.compile(
                r"(?i)(?<![\w.-])(?:[a-z0-9-]{1,63}\.){0,8}(?:"
                + "|".join(regex.escape(d) for d in domains)
                + r")(?![\w-]|\.[a-z0-9])"
            )
            if domains
            else None
        )
        # Every match of the domain pattern holds one of the domains, in any case: a text whose
        # case-folded form holds none is not scanned with it (its label loop tries every position).
        self._domain_words = tuple(dict.fromkeys(d.casefold() for d in domains))
        super().__init__(
            supported_entities=["INTERNAL_MARKER"],
            supported_language=supported_language,
            name="InternalMarkerRecognizer",
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "INTERNAL_MARKER" not in entities:
            return []
        out = []
        patterns = [p for hint, p in self._markers if hint.search(text, timeout=scan_timeout(text, 1.0)) is not None]
        if self._domains is not None and self._may_hold_a_domain(text):
            patterns.append(self._domains)
        for pattern in patterns:
            for m in pattern.finditer(text, timeout=scan_timeout(text, 1.0)):
                out.append(
                    RecognizerResult("INTERNAL_MARKER", m.start(), m.end(), 0.9, recognition_metadata=metadata(self))
                )
        return out

    def _may_hold_a_domain(self, text: str) -> bool:
        # casefold() maps every character that matches an ASCII letter case-insensitively
        # (K and the Kelvin sign, s and the long s) to that letter, so nothing is skipped.
        folded = text.casefold()
        return any(d in folded for d in self._domain_words)
