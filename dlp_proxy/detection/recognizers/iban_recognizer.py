"""IBAN_CODE: IBANs of every country, compact or in groups of four, mod-97 checked."""

from __future__ import annotations

from collections.abc import Iterator

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum import iban

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer
from dlp_proxy.detection.results import first_valid


def _without_trailing_groups(run: str) -> Iterator[str]:
    """The run, then the run less one trailing group at a time while more than its first group is left."""
    while run:
        yield run
        cut = max(run.rfind(" "), run.rfind("-"))
        run = run[:cut] if cut > 4 else ""


class IbanRecognizer(HintedPatternRecognizer):
    """International bank account numbers, validated with python-stdnum (mod 97 + country format)."""

    PATTERNS = [
        Pattern(
            "iban",
            # Country code, two check digits, then 11-30 alphanumerics, optionally in
            # groups of four separated by one space or dash. Not inside a longer run of letters
            # and digits, but an underscore may touch it: "factuur_NL91ABNA0417164300_2026.pdf".
            r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]{4}){2,7}+(?:[ -]?[A-Z0-9]{1,4})?(?![A-Za-z0-9])",
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
        return first_valid(self, text, _without_trailing_groups, 1.0)

    def validate_result(self, pattern_text: str) -> bool:
        # check_country=False: mod 97 and the country's length and format, but not
        # stdnum's per-country extras such as its list of Belgian bank codes, which
        # rejects real accounts at banks the list does not know (BE68 5390 0754 7034).
        return bool(iban.is_valid(pattern_text, check_country=False))
