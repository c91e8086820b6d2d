"""PASSPORT_NUMBER: a passport or identity card number, only right after a passport word."""

from __future__ import annotations

from presidio_analyzer import Pattern

from dlp_proxy.detection.national_id import Candidate, NationalIdRecognizer, label_pattern, reads_as_date

# Words that name any document's number, not only a passport's ("documentnummer" is the field
# on a Dutch passport, and also the number of a letter in a filing system): after one of
# these only the Dutch document notation counts.
WEAK_CONTEXT = ["documentnummer", "documentnr.", "document number", "document no.", "document nr."]
_WEAK = label_pattern(WEAK_CONTEXT)


class PassportRecognizer(NationalIdRecognizer):
    """Passport numbers have no common notation and no public check digit outside the
    machine-readable zone, so a number counts only with a passport word just before it
    (paspoortnummer, passport no., Reisepass, documentnummer, ID-kaart) or over its table
    column; never on its own.

    After the word: the Dutch passport and identity card notation (nine characters, two
    letters first, a digit last, no letter O: NX4FJ8RK2), or any other country's number as
    six to twelve capitals and digits with at least one digit (US and UK: nine digits;
    Germany: C01X00T47). A date ("paspoort geldig tot 20300115") is not a number of the
    passport, and a word in between that is not part of the label ("passport photo",
    "rijbewijs B") keeps the number apart.
    """

    ENTITY = "PASSPORT_NUMBER"
    PATTERNS = [
        Pattern("nl_document", r"(?<![\w\-@./])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\w\-@]|[./]\w)", 0.0),
        Pattern("passport", r"(?<![\w\-@./])(?=[A-Z]*\d)[A-Z0-9]{6,12}(?![\w\-@]|[./]\w)", 0.0),
        # written in groups with dashes, as read out or copied from a form ("GG7-WUF-336")
        Pattern(
            "grouped",
            r"(?<![\w\-@./])(?=[A-Z-]*\d)(?=[0-9-]*[A-Z])[A-Z0-9]{2,4}(?:-[A-Z0-9]{2,4}){1,3}(?![\w\-@]|[./]\w)",
            0.0,
        ),
    ]
    CONTEXT = [
        "paspoort",
        "paspoortnummer",
        "paspoortnr.",
        "paspoort nr.",
        "passport",
        "passport number",
        "passport no.",
        "passport nr.",
        "passport #",
        "reisepass",
        "reisepassnummer",
        "passnummer",
        "pass-nr.",
        "passeport",
        "numéro de passeport",
        "identiteitskaart",
        "identiteitskaartnummer",
        "id-kaart",
        "id-kaartnummer",
        "identity card",
        "identity card number",
        "id card number",
        "personalausweis",
        "personalausweisnummer",
        "carte d'identité",
        *WEAK_CONTEXT,
    ]

    def validate_result(self, pattern_text: str) -> bool:
        compact = pattern_text.replace("-", "")
        return 6 <= len(compact) <= 12 and len(set(compact)) > 2 and not reads_as_date(pattern_text)

    def accept(self, text: str, candidate: Candidate) -> bool:
        label = candidate.label or ""
        return candidate.pattern.name == "nl_document" or _WEAK.fullmatch(label) is None
