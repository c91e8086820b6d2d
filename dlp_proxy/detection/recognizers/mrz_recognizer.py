"""The machine-readable zone of a passport or identity card, pasted as text (ICAO Doc 9303).

An MRZ read from a scan carries the holder's name, document number, date of birth and, on a
Dutch passport or identity card, the BSN in the optional data. No label stands near it, but its
check digits make it certain: a line counts only when the check digits of its document number,
date of birth and expiry date hold (and the composite one where the layout has it).

- TD3 (passports): two lines of 44 characters; the second holds the number, nationality, date of
  birth, sex, expiry, personal number.
- TD1 (identity cards): three lines of 30; the first holds the number and optional data, the
  second the dates.

Findings: PASSPORT_NUMBER over the document number, DATE_OF_BIRTH over the date of birth, NL_BSN
over a personal number that passes the eleven-test, and PERSON over the name line. Pure: the
check digit is the standard 7-3-1 weighting.
"""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.results import metadata

SCORE = 1.0
_WEIGHTS = (7, 3, 1)
# A TD3 second line, a TD1 first and second line, a name line; [A-Z0-9<] only, bounded.
_TD3_LINE2 = re.compile(
    r"(?m)^[ \t]*+(?P<line>[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9])[ \t]*+$"
)
_TD1_LINE1 = re.compile(r"(?m)^[ \t]*+(?P<line>[ACI][A-Z0-9<][A-Z<]{3}[A-Z0-9<]{9}[0-9<][A-Z0-9<]{15})[ \t]*+\r?\n")
_TD1_LINE2 = re.compile(
    r"[ \t]*+(?P<line>[0-9]{6}[0-9][MFX<][0-9]{6}[0-9][A-Z<]{3}[A-Z0-9<]{11}[0-9])[ \t]*+(?:\r?\n|$)"
)
_TD3_NAME = re.compile(r"(?m)^[ \t]*+P[A-Z<][A-Z<]{3}(?P<names>[A-Z<]{39})[ \t]*+\r?\n[ \t]*+\Z")


def check_digit(field: str) -> int:
    """The ICAO 9303 check digit of a field: digits as themselves, A-Z as 10-35, '<' as 0."""
    total = 0
    for i, c in enumerate(field):
        value = int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0)
        total += value * _WEIGHTS[i % 3]
    return total % 10


def _holds(field: str, digit: str) -> bool:
    return digit.isdigit() and check_digit(field) == int(digit)


def _bsn(number: str) -> bool:
    from stdnum.nl import bsn

    return len(number) == 9 and bsn.is_valid(number)


class MrzRecognizer(LocalRecognizer):
    """Passport and identity card MRZ lines whose check digits hold (see the module)."""

    ENTITIES = ["PASSPORT_NUMBER", "DATE_OF_BIRTH", "NL_BSN", "PERSON"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(supported_entities=self.ENTITIES, supported_language=supported_language, name="MrzRecognizer")

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if "<<" not in text:  # every MRZ pads with '<'
            return []
        spans: list[tuple[str, int, int]] = []
        for m in _TD3_LINE2.finditer(text):
            spans += self._td3(text, m.start("line"), m.group("line"))
        for m in _TD1_LINE1.finditer(text):
            second = _TD1_LINE2.match(text, m.end())
            if second is not None:
                spans += self._td1(text, m.start("line"), m.group("line"), second.start("line"), second.group("line"))
        return [self._result(kind, s, e) for kind, s, e in spans if kind in entities]

    def _td3(self, text: str, at: int, line: str) -> list[tuple[str, int, int]]:
        number, dob, expiry, personal = line[0:9], line[13:19], line[21:27], line[28:42]
        composite = line[0:10] + line[13:20] + line[21:43]
        if not (
            _holds(number, line[9])
            and _holds(dob, line[19])
            and _holds(expiry, line[27])
            and _holds(composite, line[43])
        ):
            return []
        spans = [("PASSPORT_NUMBER", at, at + len(number.rstrip("<"))), ("DATE_OF_BIRTH", at + 13, at + 19)]
        digits = personal.rstrip("<")
        if _bsn(digits):
            spans.append(("NL_BSN", at + 28, at + 28 + len(digits)))
        name = _TD3_NAME.search(text, max(0, at - 60), at)
        if name is not None:
            spans.append(("PERSON", name.start("names"), name.start("names") + len(name.group("names").rstrip("<"))))
        return spans

    def _td1(self, text: str, at1: int, line1: str, at2: int, line2: str) -> list[tuple[str, int, int]]:
        number, optional = line1[5:14], line1[15:30]
        dob, expiry = line2[0:6], line2[8:14]
        composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
        if not (
            _holds(number, line1[14])
            and _holds(dob, line2[6])
            and _holds(expiry, line2[14])
            and _holds(composite, line2[29])
        ):
            return []
        spans = [("PASSPORT_NUMBER", at1 + 5, at1 + 5 + len(number.rstrip("<"))), ("DATE_OF_BIRTH", at2, at2 + 6)]
        digits = optional.rstrip("<")
        if _bsn(digits):
            spans.append(("NL_BSN", at1 + 15, at1 + 15 + len(digits)))
        names = re.match(r"[ \t]*+\r?\n[ \t]*+(?P<names>[A-Z<]{30})", text[at2 + 30 :])
        if names is not None:
            start = at2 + 30 + names.start("names")
            spans.append(("PERSON", start, start + len(names.group("names").rstrip("<"))))
        return spans

    def _result(self, kind: str, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            kind,
            start,
            end,
            SCORE,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name, original_score=SCORE, textual_explanation="MRZ check digits hold (ICAO 9303)"
            ),
            recognition_metadata=metadata(self),
        )
