"""DRIVER_LICENSE: a driving licence number, only right after a licence word."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from dlp_proxy.detection.national_id import NationalIdRecognizer, reads_as_date

# A date written with dashes ("rijbewijs geldig tot 2031-05-01" stops at "geldig", but a
# table column of issue dates must not count either).
_DASHED_DATE = regex.compile(r"\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")


class DriverLicenseRecognizer(NationalIdRecognizer):
    """Licence numbers differ per country and per US state and carry no public check, so a
    number counts only with a licence word just before it (rijbewijsnummer, driving licence,
    driver's license, Führerschein, permis de conduire) or over its table column.

    After the word: the UK licence (MORGA657054SM9IJ, 16 characters, also in its printed
    groups), or six to sixteen capitals and digits with at least one digit, optionally in
    dash-separated groups as some US states print them (S123-456-78-901-0); the Dutch
    rijbewijsnummer is ten digits. A licence category ("rijbewijs B") is too short, and a
    date is not a number.
    """

    ENTITY = "DRIVER_LICENSE"
    PATTERNS = [
        Pattern("uk_licence", r"(?<![\w\-])[A-Z9]{5} ?\d{6} ?[A-Z9]{2}\d ?[A-Z0-9]{2}(?![\w\-])", 0.0),
        Pattern("licence", r"(?<![\w\-@./])(?=[A-Z\-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w\-@]|[./]\w)", 0.0),
    ]
    CONTEXT = [
        "rijbewijs",
        "rijbewijsnummer",
        "rijbewijsnr.",
        "rijbewijs nr.",
        "driving licence",
        "driving license",
        "driving licence number",
        "driving licence no.",
        "driving license number",
        "driver's license",
        "driver's licence",
        "driver's license number",
        "driver's license no.",
        "driver license",
        "driver license number",
        "führerschein",
        "führerscheinnummer",
        "führerschein-nr.",
        "permis de conduire",
        "numéro de permis",
        "permis de conduire n°",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        compact = pattern_text.replace(" ", "").replace("-", "")
        if not 6 <= len(compact) <= 16 or len(set(compact)) < 3 or reads_as_date(compact):
            return False
        return "-" not in pattern_text or _DASHED_DATE.fullmatch(pattern_text) is None
