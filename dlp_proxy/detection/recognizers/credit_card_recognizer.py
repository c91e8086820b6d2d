"""CREDIT_CARD: 13-19 digit card numbers with a known prefix that pass the Luhn check."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer
from stdnum import luhn


class CreditCardRecognizer(PatternRecognizer):
    """Payment card numbers (Visa, Mastercard, Amex, Maestro, Discover, ...)."""

    PATTERNS = [
        Pattern(
            "card",
            # Issuer prefixes 2-6 (Mastercard 2-series, Amex 3, Visa 4, MC 5, Discover/Maestro 6),
            # digits optionally grouped by single spaces or dashes.
            r"(?<![\d-])[2-6]\d{3}(?:[ -]?\d{4}){2}(?:[ -]?\d{1,4}){1,2}(?![\d-])",
            0.5,
        )
    ]
    CONTEXT = ["card", "creditcard", "credit card", "kaart", "visa", "mastercard", "amex", "betaalpas"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            name="CreditCardRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(c for c in pattern_text if c.isdigit())
        return 13 <= len(digits) <= 19 and luhn.is_valid(digits) and len(set(digits)) > 1
