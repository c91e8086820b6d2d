"""DE_TAX_ID: the German tax identification number (Steuer-ID, IdNr), ISO 7064 checked, label required."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.de import idnr

from dlp_proxy.detection.national_id import CHECKED_LABELLED_SCORE, NationalIdRecognizer


class DeTaxIdRecognizer(NationalIdRecognizer):
    """Eleven digits, plain or as printed on the Bescheid (12 345 678 901), never bare.

    python-stdnum checks the first digit (not 0), the repetition rule (in the first ten
    digits exactly one digit occurs twice or three times, the others once) and the ISO 7064
    MOD 11,10 check digit. That still leaves about one random eleven-digit number in a
    hundred or so, and nothing in the notation tells a tax id from an order number: it
    counts only next to a label (Steuer-ID, Steueridentifikationsnummer, IdNr, tax id).
    """

    ENTITY = "DE_TAX_ID"
    LABELLED_SCORE = CHECKED_LABELLED_SCORE
    CHECKED = True
    PARAGRAPH_LABEL = True
    MIN_DIGITS = 11  # the fewest digits of any notation below
    PATTERNS = [
        Pattern("idnr_grouped", r"(?<![\w\-.]|\d )[1-9]\d \d{3} \d{3} \d{3}(?![\w\-]| \d|[.,]\d)", 0.0),
        Pattern("idnr_plain", r"(?<![\w\-]|\d[.,])[1-9]\d{10}(?![\w\-]|[.,]\d)", 0.0),
    ]
    CONTEXT = [
        "steuer-id",
        "steuer-idnr.",
        "steuer-id-nr.",
        "steuer-identifikationsnummer",
        "steueridentifikationsnummer",
        "steuerliche identifikationsnummer",
        "persönliche identifikationsnummer",
        "identifikationsnummer",
        "idnr.",
        "id-nr.",
        "tax id",
        "tax-id",
        "tax id number",
        "tax identification number",
        "taxpayer identification number",
        "german tax id",
        "tin",
        "duits fiscaal nummer",
        "duits fiscaal identificatienummer",
        "fiscaal identificatienummer",
        "duitse fiscale nummer",
        "fiscaal nummer",
        "fiscale nummer",
        "steuerliche id",
        "steuerliche id-nr.",
        "german tax number",
        "tax number",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        return bool(idnr.is_valid(pattern_text))
