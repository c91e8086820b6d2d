"""A pattern recognizer that runs only the patterns a text could match.

Presidio's PatternRecognizer runs every pattern over the whole text. `HintedPatternRecognizer`
first asks, per pattern, whether the text holds one of the strings every match of it must hold
(`literal_hints.required_literals`: "ghp_", "AKIA", "xox"); a substring test is far cheaper than a
regular-expression scan with a look-behind at every position. The patterns that remain run as
presidio runs them: the same validation, scores, explanations, metadata and duplicate removal,
so the findings are the same as without the filter.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.literal_hints import may_match, required_literals
from dlp_proxy.detection.regex_time import scan_timeout

# As presidio's PatternRecognizer: a pattern whose scan takes longer is skipped.
REGEX_TIMEOUT_SECONDS = int(os.environ.get("REGEX_TIMEOUT_SECONDS", "60"))


class HintedPatternRecognizer(PatternRecognizer):
    """PatternRecognizer that skips the patterns whose required strings a text does not hold."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._hinted = [(p, required_literals(p.regex, self.global_regex_flags or 0)) for p in self.patterns]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        flags = regex_flags if regex_flags else self.global_regex_flags
        # Case-insensitive flags make a written prefix match other cases: then every pattern runs.
        hinted = [(p, None) for p in self.patterns] if (flags or 0) & regex.IGNORECASE else self._hinted
        return self.analyze_patterns(
            text, [p for p, hints in hinted if may_match(hints, text) and self.gate_ok(p, text)], flags
        )

    def gate_ok(self, pattern: Pattern, text: str) -> bool:
        """A further test a subclass may make before a pattern runs (one the literals cannot say,
        such as a look-behind's word); every pattern runs by default."""
        return True

    def analyze_patterns(self, text: str, patterns: Sequence[Pattern], flags: int | None) -> list[RecognizerResult]:
        """Presidio's pattern pass over `patterns` alone."""
        results: list[RecognizerResult] = []
        for pattern in patterns:
            if not pattern.compiled_regex or pattern.compiled_with_flags != flags:
                pattern.compiled_with_flags = flags  # type: ignore[assignment]  # presidio declares None
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags or 0)
            compiled: regex.Pattern[str] = pattern.compiled_regex
            try:
                for match in compiled.finditer(text, timeout=scan_timeout(text, REGEX_TIMEOUT_SECONDS)):
                    result = self._result(pattern, match.start(), match.end(), text[match.start() : match.end()], flags)
                    if result is not None:
                        results.append(result)
            except TimeoutError:
                continue  # as presidio: a pattern that times out is skipped
        return EntityRecognizer.remove_duplicates(results)

    def _result(self, pattern: Pattern, start: int, end: int, value: str, flags: int | None) -> RecognizerResult | None:
        if not value:
            return None
        valid = self.validate_result(value)
        explain: Any = self.build_regex_explanation  # presidio declares bool and int; it passes None too
        explanation = explain(self.name, pattern.name, pattern.regex, pattern.score, valid, flags)
        result = RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=pattern.score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
        if valid is not None:
            result.score = EntityRecognizer.MAX_SCORE if valid else EntityRecognizer.MIN_SCORE
        if self.invalidate_result(value):
            result.score = EntityRecognizer.MIN_SCORE
        explanation.score = result.score
        return result if result.score > EntityRecognizer.MIN_SCORE else None
