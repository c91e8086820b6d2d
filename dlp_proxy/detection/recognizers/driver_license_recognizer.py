"""DRIVER_LICENSE: a driving licence number, only right after a licence word."""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from dlp_proxy.detection.national_id import Candidate, NationalIdRecognizer, label_pattern, reads_as_date

# A date written with dashes ("rijbewijs geldig tot 2031-05-01" stops at "geldig", but a
# table column of issue dates must not count either).
_DASHED_DATE = regex.compile(r"\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{1,2}-\d{1,2}")
# Years side by side ("licence 2024 2025 2026" over a table of renewals) are no number.
_YEARS = regex.compile(r"(?:(?:19|20)\d\d ?)+")
# Words that name a licence only in a context ("DL" is also a distribution list or a download,
# "license no." also a software licence): after one of these only a licence's own shape counts.
WEAK_CONTEXT = [
    "dl",
    "dl no.",
    "dl nr.",
    "dl number",
    "dln",
    "license no.",
    "license number",
    "licence no.",
    "licence number",
    "lic. no.",
]
_WEAK = label_pattern(WEAK_CONTEXT)
# The shapes of licence numbers: letters and digits (California D1234567, New York 9 digits,
# Dutch 10 digits), digit groups (Florida S123-456-78-901-0, Illinois X164-5809-8890, New
# Jersey G8835 87152 92729), and the German Führerschein (B072RRE2I55). A software key
# (XKCD-9F8E-7D6C-5B4A) mixes letters into its groups and has none of these shapes.
_SHAPE = regex.compile(r"[A-Z]{0,3}\d{5,14}|[A-Z]?\d{3,5}(?:[ \-]\d{1,5}){2,4}|[A-Z0-9]\d{2}[A-Z0-9]{6}\d[A-Z0-9]")


class DriverLicenseRecognizer(NationalIdRecognizer):
    """Licence numbers differ per country and per US state and carry no public check, so a
    number counts only with a licence word just before it (rijbewijsnummer, driving licence,
    driver's license, Führerschein, permis de conduire) or over its table column.

    "DL", "DL#", "DLN" and "license no." name a licence only in context: after them a number
    counts only in one of the shapes licences have (WEAK_CONTEXT, _SHAPE).

    After the word: the UK licence (MORGA657054SM9IJ, 16 characters, also in its printed
    groups), or six to sixteen capitals and digits with at least one digit, optionally in
    dash-separated groups as some US states print them (S123-456-78-901-0); the Dutch
    rijbewijsnummer is ten digits. A licence category ("rijbewijs B") is too short, and a
    date is not a number.
    """

    ENTITY = "DRIVER_LICENSE"
    PATTERNS = [
        # Counts without a label too, in its own shape only (accept): its date and a sign of the holder
        Pattern("uk_licence", r"(?<![\w\-])[A-Z9]{5} ?\d{6} ?[A-Z9]{2}\d ?[A-Z0-9]{2}(?![\w\-])", 0.6),
        Pattern("grouped", r"(?<![\w\-@./])[A-Z]\d{4} \d{5} \d{5}(?![\w\-@]|[./]\w)", 0.0),  # New Jersey
        # Possessive: a shorter match would end before a letter, digit or dash, which the end
        # excludes, and the regex module's backtracking over the groups is quadratic ("A1-A1-...@").
        Pattern("licence", r"(?<![\w\-@./])(?=[A-Z\-]*\d)[A-Z0-9]++(?:-[A-Z0-9]++)*+(?![\w\-@]|[./]\w)", 0.0),
        # Digits printed in spaced groups (New York "384 927 615"), after a licence word only.
        Pattern("spaced", r"(?<![\w\-@./])[A-Z]?\d{3,5}(?: \d{3,5}){1,3}+(?![\w\-@]|[./]\w)", 0.0),
    ]
    CONTEXT = [
        "rijbewijs",
        "rijbewijsnummer",
        "rijbewijsnr.",
        "rijbewijs nr.",
        "rijbewijs nummer",
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
        "driver's lic.",
        "driver lic.",
        "drivers lic.",
        "führerschein",
        "führerscheinnummer",
        "führerschein-nr.",
        "permis de conduire",
        "numéro de permis",
        "permis de conduire n°",
        "n° de permis",
        "numéro du permis",
        *WEAK_CONTEXT,
    ]

    def validate_result(self, pattern_text: str) -> bool:
        compact = pattern_text.replace(" ", "").replace("-", "")
        if not 6 <= len(compact) <= 16 or len(set(compact)) < 3 or reads_as_date(compact):
            return False
        if _YEARS.fullmatch(pattern_text) is not None:
            return False
        return "-" not in pattern_text or _DASHED_DATE.fullmatch(pattern_text) is None

    def accept(self, text: str, candidate: Candidate) -> bool:
        if candidate.label is None:  # only the UK licence counts bare (PATTERNS)
            return uk_licence_unlabelled(text, text[candidate.start : candidate.end])
        if _WEAK.fullmatch(candidate.label) is None:
            return True
        value = text[candidate.start : candidate.end]
        return candidate.pattern.name == "uk_licence" or _SHAPE.fullmatch(value) is not None


# The date in a UK licence number: decade digit, month (plus 50 for a woman), day, year digit.
_UK_DATE = regex.compile(r"\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\d")
_LICENCE_WORDS = ("licen", "rijbewijs", "dvla", "driving", "driver")


def uk_licence_unlabelled(text: str, value: str) -> bool:
    """A UK licence number (DVLA: MORGA657054SM9IJ) without a label before it, as in a roster or a
    table without headers: its birth date must be one, its first five characters the start of a
    surname (letters, padded with 9s), and the text must name a licence or hold that surname
    elsewhere ("Stuart McKinnon | MCKIN601028SJ9FK"). A product key or serial of the same length has
    none of this."""
    compact = value.replace(" ", "")
    surname = compact[:5].rstrip("9")
    if len(surname) < 2 or "9" in surname or _UK_DATE.fullmatch(compact, 5, 11) is None:
        return False
    folded = text.casefold()
    if any(word in folded for word in _LICENCE_WORDS):
        return True
    return (
        regex.search(
            rf"(?<!\w)(?:ma?c|o'|o’)?{regex.escape(surname.casefold())}", folded.replace(compact.casefold(), " ")
        )
        is not None
    )
