"""CREDIT_CARD: 13-19 digit card numbers with a known prefix that pass the Luhn check."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import luhn

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer

# The issuers whose cards have 15 digits: American Express (34, 37), JCB's old range (2131) and
# Diners Club enRoute (2014, 2149). Other 15-digit runs that pass Luhn are identifiers: a French
# NIR ("277110810530801") or a phone's IMEI (35...).
_FIFTEEN_DIGIT_PREFIXES = ("34", "37", "2131", "2014", "2149")


class CreditCardRecognizer(HintedPatternRecognizer):
    """Payment card numbers (Visa, Mastercard, Amex, Maestro, Discover, ...)."""

    # Issuer prefixes 2-6 (Mastercard 2-series, Amex 3, Visa 4, MC 5, Discover/Maestro 6).
    # One pattern per printed layout, each ending where its layout ends: a single pattern
    # with optional trailing groups swallowed what follows a number ("4111 1111 1111 1111
    # 12/27", or the CVC), and the longer run of digits then failed the Luhn check.
    PATTERNS = [
        Pattern("card", r"(?<![\d-])[2-6]\d{12,18}(?![\d-])", 0.5),
        # 4-4-4-4 and 4-4-4-4-3 (19 digits), one separator throughout.
        Pattern("card_grouped", r"(?<![\d-])[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{4}(?!\d)", 0.5),
        Pattern("card_grouped_19", r"(?<![\d-])[2-6]\d{3}([ -])\d{4}\1\d{4}\1\d{4}\1\d{3}(?!\d)", 0.5),
        # American Express as printed on the card: 4-6-5 digits.
        Pattern("amex_grouped", r"(?<![\d-])3[47]\d{2}([ -])\d{6}\1\d{5}(?!\d)", 0.5),
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
        if len(digits) == 15 and not digits.startswith(_FIFTEEN_DIGIT_PREFIXES):
            return False  # a French NIR or an IMEI, not a card: 15-digit cards are Amex, JCB or enRoute
        return 13 <= len(digits) <= 19 and luhn.is_valid(digits) and len(set(digits)) > 1
