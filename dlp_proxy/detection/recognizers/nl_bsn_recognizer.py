"""NL_BSN: the Dutch citizen service number (burgerservicenummer), eleven-test checked."""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.nl import bsn

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer

_ANY_CONTEXT = re.compile(r"(?i)\b(?:bsn(?:'?s)?|burgerservicenummers?|sofi-?nummers?|citizen service numbers?)\b")
# The places a BSN is asked for: benefits, tax, social security, healthcare, DigiD. In a
# text about these, a valid number is more likely a BSN than an order number.
_DOMAIN_CONTEXT = re.compile(
    r"(?i)\b(?:(?:zorg|huur|kinderopvang|kind)?toeslag(?:en)?|belastingdienst|uwv|svb|digid|"
    r"zorgverzeker(?:ing|aar)|gemeente|uitkering|aangifte|loonheffing|"
    # payroll documents print the employee's BSN: "361915573-loonstrook.pdf"
    r"(?:loon|salaris)(?:strook|stroken|specificatie|specificaties)|jaaropga(?:ve|ven|af)|werkgeversverklaring)(?![^\W_])"
)
# "Controleer dit nummer: 123456782": the bare word "nummer" after a determiner, right before the
# number. Not a compound ("ordernummer", "klantnummer": presidio's context step would take those,
# as it matches context words inside longer words), not "nummer" with a noun before it ("order
# nummer"). Nine digits that pass the eleven-test and are called just "a number" in Dutch are a
# BSN or an old bank account number; both are personal.
_BARE_NUMBER_WORD = re.compile(
    r"(?i)(?:^|(?<![^\W_]))(?:dit|het|deze|dat|mijn|zijn|haar|hun|uw|je|jouw|ons|volgende|onderstaande|"
    r"bovenstaande|genoemde)[ \t]+nummer[ \t]*(?:op[ \t]*)?(?:[:=]\s*)?(?:is[ \t]+)?$"
)
_BARE_WINDOW = 48
# What may stand between two numbers of one list: "455.403.272 of 461051345", "A, B en C", "A / B".
_LIST_JOIN = re.compile(r"(?i)[ \t]*+(?:[,;/]|or|of|and|en|vs\.?|versus)[ \t]*+")


class NlBsnRecognizer(HintedPatternRecognizer):
    """Nine digits (or 8 with an implied leading zero), plain, dotted (1234.56.782) or spaced
    (123 456 782, or in an SSN's layout 123-45-6782 with a context word).

    About one random 9-digit number in eleven passes the eleven-test, so a bare number
    starts below the default threshold and needs a context word ("BSN", "sofinummer",
    "burgerservicenummer") to count; the dotted notation is specific enough on its own.
    A valid number listed right next to one that counts ("455.403.272 of 461051345") is
    taken to be of the same kind.
    """

    LISTED_SCORE = 0.55
    BARE_WORD_SCORE = 0.55

    PATTERNS = [
        # 1234.56.782 and 123.456.782
        Pattern("bsn_dotted", r"(?<![\d.])(?:\d{4}\.\d{2}|\d{3}\.\d{3})\.\d{3}(?!\d|\.\d)", 0.6),
        Pattern("bsn_spaced", r"(?<!\d)(?<!\d )\d{3} \d{3} \d{3}(?!\d| \d)", 0.35),
        # The US SSN's layouts (123-45-6789, 123 45 6789), which the canonical text keeps: a
        # BSN only where a context word makes it one (an SSN otherwise, US_SSN's).
        Pattern("bsn_ssn_layout", r"(?<![\w\-./])(?<!\d )\d{3}([- ])\d{2}\1\d{4}(?![\w\-]| \d|[./]\d)", 0.35),
        # Not part of a longer number, a decimal or a thousands-grouped amount.
        Pattern("bsn_plain", r"(?<![\w-]|\d[.,])\d{8,9}(?![\w-]|[.,]\d)", 0.35),
        # Nine digits glued to the word BSN itself, as a record or a key names them: "bsn111222333",
        # "BSN:111222333" is bsn_plain's. The word is the context.
        Pattern("bsn_glued_to_label", r"(?<=bsn)\d{9}(?![\w-]|[.,]\d)", 0.6),
        # Nine digits joined to a word by '-' or '_', as file names write them: "361915573-loonstrook.pdf",
        # "jaaropgave_2024_361915573.pdf": a word in lower case beside it, or a number and an underscore
        # (not "06-12345678", "ORD-361915573", "factuur 2024-361915573").
        Pattern(
            "bsn_in_file_name",
            r"(?<![\w-])\d{9}(?=[-_](?-i:[a-z]))|(?:(?<=(?-i:[a-z])[-_])|(?<=\d_))\d{9}(?![\w-]|[.,]\d)",
            0.35,
        ),
    ]
    CONTEXT = [
        "bsn",
        "burgerservicenummer",
        "burgerservice",
        "sofinummer",
        "sofi",
        "citizen service number",
        "persoonsnummer",
        "bsn-nummer",
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="NL_BSN",
            name="NlBsnRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # Document-level context: in a CSV export or a table the word "BSN" stands in the
        # header, far from the numbers below it, out of reach of presidio's 5-word window.
        if results and not _ANY_CONTEXT.search(text) and _DOMAIN_CONTEXT.search(text):
            for r in results:
                r.score = max(r.score, 0.55)
        if results and _ANY_CONTEXT.search(text):
            for r in results:
                r.score = max(r.score, 0.6)
        for r in results:
            if r.score < 0.5 and _BARE_NUMBER_WORD.search(text, max(0, r.start - _BARE_WINDOW), r.start):
                r.score = self.BARE_WORD_SCORE
        return self._raise_listed(text, results)

    def _raise_listed(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Raise numbers joined to a number that counts by only a comma, "of", "or", "en", ... (chains too)."""
        ordered = sorted(results, key=lambda r: r.start)
        joined = [_LIST_JOIN.fullmatch(text, a.end, b.start) is not None for a, b in pairwise(ordered)]
        # One sweep to the right and one back carry a number that counts along the whole list.
        for i in [*range(len(joined)), *reversed(range(len(joined)))]:
            a, b = ordered[i], ordered[i + 1]
            if joined[i] and (a.score >= 0.5) != (b.score >= 0.5):
                (b if a.score >= 0.5 else a).score = self.LISTED_SCORE
        return ordered

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if not bsn.is_valid(digits) or len(set(digits)) < 3:
            return False
        return None  # valid checksum: keep the pattern's score, so context still matters
