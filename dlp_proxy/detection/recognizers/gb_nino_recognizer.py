"""UK_NINO: the UK National Insurance number (AB 12 34 56 C), checked against HMRC's prefix rules."""

from __future__ import annotations

from presidio_analyzer import Pattern

from dlp_proxy.detection.national_id import NationalIdRecognizer

# Prefixes HMRC never allocates (python-stdnum has no NINO module, so the rules are here).
_NOT_ALLOCATED = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_FIRST = "ABCEGHJKLMNOPRSTWXYZ"  # not D F I Q U V
_SECOND = "ABCEGHJKLMNPRSTWXYZ"  # not D F I O Q U V


class GbNinoRecognizer(NationalIdRecognizer):
    """Two prefix letters, six digits, a suffix A-D.

    Written in pairs ("AB 12 34 56 C", the notation on HMRC letters and payslips) it counts
    on its own; compact ("AB123456C") it is shaped like many reference codes and needs a label.
    The number has no check digit: the prefix rules are the check. QQ 12 34 56 C, HMRC's own
    example, fails them (Q is never a first letter).
    """

    ENTITY = "UK_NINO"
    PATTERNS = [
        Pattern("nino_pairs", r"(?<![\w\-])[A-Z]{2} \d{2} \d{2} \d{2} [A-D](?![\w\-])", 0.6),
        Pattern("nino_spaced", r"(?<![\w\-])[A-Z]{2} \d{6} [A-D](?![\w\-])", 0.6),
        Pattern("nino_compact", r"(?<![\w\-])[A-Z]{2}\d{6}[A-D](?![\w\-])", 0.3),
    ]
    CONTEXT = [
        "national insurance number",
        "national insurance no.",
        "national insurance nr.",
        "national insurance",
        "nat. ins. no.",
        "ni number",
        "ni no.",
        "ni nr.",
        "ni-nummer",
        "nino",
        "national insurance-nummer",
    ]

    def validate_result(self, pattern_text: str) -> bool:
        prefix = pattern_text[:2]
        return prefix[0] in _FIRST and prefix[1] in _SECOND and prefix not in _NOT_ALLOCATED
