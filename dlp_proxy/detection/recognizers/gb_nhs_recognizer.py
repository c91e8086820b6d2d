"""UK_NHS: the NHS number of England, Wales and the Isle of Man, mod-11 checked, label required."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.gb import nhs

from dlp_proxy.detection.national_id import CHECKED_LABELLED_SCORE, NationalIdRecognizer


class GbNhsRecognizer(NationalIdRecognizer):
    """Ten digits, plain or as the NHS prints them (943 476 5919), never bare.

    python-stdnum checks the mod-11 check digit (a remainder of 10 is never issued). About one
    random ten-digit number in eleven still passes, and ten digits are also a phone number or an
    order number, so it counts only next to a label (NHS number, NHS no., NHS-nummer) or under
    one in a table. A patient identifier: special-category data under the GDPR.
    """

    ENTITY = "UK_NHS"
    LABELLED_SCORE = CHECKED_LABELLED_SCORE
    CHECKED = True
    MIN_DIGITS = 10
    PATTERNS = [
        Pattern("nhs_grouped", r"(?<![\w\-.+]|\d )\d{3}([ \-])\d{3}\1\d{4}(?![\w\-]| \d|[.,]\d)", 0.0),
        Pattern("nhs_plain", r"(?<![\w\-+]|\d[.,])\d{10}(?![\w\-]|[.,]\d)", 0.0),
    ]
    CONTEXT = [
        "nhs",
        "nhs number",
        "nhs no.",
        "nhs nr.",
        "nhs num",
        "nhs id",
        "nhs-nummer",
        "nhs patient number",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        return bool(nhs.is_valid(pattern_text))
