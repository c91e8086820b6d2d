"""IBAN_CODE: a Dutch bank account number as written before the IBAN, next to its label.

A Dutch bank account number of nine or ten digits ("417164300") passes the eleven-test with
the weights 10..1 (or 9..1); the IBAN adds a country code, two check digits and the bank's code,
which anyone (or a model asked to "work out the IBAN") computes from the number and the bank. So
the number is the account: reported as IBAN_CODE, the type of the data it gives away.

About one random number in eleven passes the test, and nine or ten digits are also a phone,
order or BSN number; so only a number that a bank-account label names in its sentence counts
("mijn rekeningnummer bij ABN AMRO is 417164300", "account number 0417164300").
"""

from __future__ import annotations

import regex
from presidio_analyzer import LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.regex_time import scan_timeout
from dlp_proxy.detection.results import metadata

SCORE = 1.0  # labelled and checked: as sure as a checked IBAN (a phone reading of "0417164300" loses to it)
# The number: nine or ten digits, or nine dotted as the banks printed them (41.71.64.300).
_NUMBER = regex.compile(r"(?<![\d.,\-])(?:\d{9,10}|\d{2}\.\d{2}\.\d{2}\.\d{3})(?![\d\-]|[.,]\d)")
# Its label, at most 60 characters before it in its sentence with no digit between.
_LABEL = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:bank)?(?:rekening(?:nummer|nr\.?)?|rek\.?[ \t]?nr\.?)|girorekening"
    r"|(?:bank[ \t]+)?account(?:[ \t]+(?:number|no\.?|nr\.?))?(?![\p{L}]))"
)
_REACH = 60 + 24  # the gap and the longest label
_GAP_BREAK = regex.compile(r"[\d\n!?]|\.(?:\s|$)")  # a digit, a line or sentence end ends the reach
# Words for other numbers between the label and the number: "rekening van de order 123456789".
_OTHER = regex.compile(r"(?i)(?<![\p{L}])(?:order|factuur|invoice|klant|ticket|telefoon|phone|bsn|kenmerk|referentie)")


def eleven_test(digits: str) -> bool:
    """The Dutch banks' check: the digits weighted len..1 sum to a multiple of eleven."""
    n = len(digits)
    return len(set(digits)) > 1 and sum(int(d) * (n - i) for i, d in enumerate(digits)) % 11 == 0


class NlBankAccountRecognizer(LocalRecognizer):
    """A nine- or ten-digit Dutch account number that passes the eleven-test, after its label."""

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["IBAN_CODE"], supported_language=supported_language, name="NlBankAccountRecognizer"
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "IBAN_CODE" not in entities:
            return []
        out: list[RecognizerResult] = []
        for number in _NUMBER.finditer(text, timeout=scan_timeout(text, 1.0)):
            if not eleven_test(number.group().replace(".", "")):
                continue
            before = text[max(0, number.start() - _REACH) : number.start()]
            labels = list(_LABEL.finditer(before))
            if not labels:
                continue
            gap = before[labels[-1].end() :]
            if len(gap) <= 60 and _GAP_BREAK.search(gap) is None and _OTHER.search(gap) is None:
                out.append(
                    RecognizerResult(
                        "IBAN_CODE", number.start(), number.end(), SCORE, recognition_metadata=metadata(self)
                    )
                )
        return out
