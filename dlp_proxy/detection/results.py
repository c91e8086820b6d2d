"""How our recognizers build their results: presidio's recognizer metadata, and a pattern
match that is retried shorter until its checksum holds."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult

from dlp_proxy.detection.regex_time import scan_timeout


def metadata(recognizer: EntityRecognizer) -> dict[str, Any]:
    """The recognition metadata presidio's own recognizers give a result (a fresh dict each call)."""
    return {
        RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
    }


def first_valid(
    recognizer: PatternRecognizer, text: str, candidates: Callable[[str], Iterable[str]], score: float
) -> list[RecognizerResult]:
    """Like PatternRecognizer.analyze with the recognizer's one pattern, but a match whose
    `validate_result` fails is retried as each of `candidates(match)` in turn (each a prefix of
    the match, the match itself first); the first that validates is the result."""
    pattern = recognizer.patterns[0]
    results = []
    # The matches first: the timeout guards the regex, not the checksum work done per match.
    for m in list(regex.finditer(pattern.regex, text, timeout=scan_timeout(text, 5))):
        candidate = next((c for c in candidates(m.group()) if c and recognizer.validate_result(c)), None)
        if candidate is None:
            continue
        explanation = recognizer.build_regex_explanation(
            recognizer.name, pattern.name, pattern.regex, pattern.score, True, 0
        )
        results.append(
            RecognizerResult(
                recognizer.supported_entities[0],
                m.start(),
                m.start() + len(candidate),
                score,
                analysis_explanation=explanation,
                recognition_metadata=metadata(recognizer),
            )
        )
    return results
