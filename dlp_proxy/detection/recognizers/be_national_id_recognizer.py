"""BE_NATIONAL_ID: the Belgian national number (rijksregisternummer, numéro national) and the
BIS number, with the mod-97 check of python-stdnum (born in 2000 or later: a 2 in front)."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.be import bis, nn

from dlp_proxy.detection.national_id import CHECKED_LABELLED_SCORE, NationalIdRecognizer


class BeNationalIdRecognizer(NationalIdRecognizer):
    """YY.MM.DD-XXX.CC as on the eID card, or YYMMDD-XXX-CC, count on their own; eleven
    plain digits (or YYMMDD XXX CC, YY MM DD XXX CC) need a label.

    The first six digits are the date of birth (a BIS number adds 20 or 40 to the month),
    the next three a serial, the last two 97 minus the first nine mod 97, computed over
    "2" + the nine for people born from 2000 on. About one random eleven-digit number in a
    few hundred passes date and check, which is why the plain form waits for its label.
    """

    ENTITY = "BE_NATIONAL_ID"
    LABELLED_SCORE = CHECKED_LABELLED_SCORE
    CHECKED = True
    PARAGRAPH_LABEL = True
    MIN_DIGITS = 11  # the fewest digits of any notation below
    PATTERNS = [
        Pattern("rrn_card", r"(?<![\w\-.])\d{2}\.\d{2}\.\d{2}[-.]\d{3}\.\d{2}(?![\w\-]|\.\d)", 0.6),
        Pattern("rrn_dashed", r"(?<![\w\-.])\d{6}-\d{3}[-.]\d{2}(?![\w\-]|\.\d)", 0.6),
        Pattern("rrn_spaced", r"(?<![\w\-.]|\d )\d{2}( ?)\d{2}\1\d{2} \d{3} \d{2}(?![\w\-]| \d|[.,]\d)", 0.3),
        Pattern("rrn_plain", r"(?<![\w\-]|\d[.,])\d{11}(?![\w\-]|[.,]\d)", 0.3),
    ]
    CONTEXT = [
        "rijksregisternummer",
        "rijksregisternr.",
        "rijksregister",
        "rijksregister nr.",
        "identificatienummer van het rijksregister",
        "insz",
        "insz-nummer",
        "niss",
        "numéro national",
        "numéro de registre national",
        "registre national",
        "n° national",
        "national number",
        "national register number",
        "national registry number",
        "belgian national id",
        "bis-nummer",
        "bisnummer",
        "numéro bis",
        "bis number",
        "rrn",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c.isdigit())
        return len(set(digits)) > 2 and (nn.is_valid(digits) or bis.is_valid(digits))
