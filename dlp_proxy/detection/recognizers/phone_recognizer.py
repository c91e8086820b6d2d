"""PHONE_NUMBER: Dutch and international numbers, parsed by libphonenumber (via presidio)."""

from __future__ import annotations

from presidio_analyzer.predefined_recognizers import PhoneRecognizer as _PresidioPhoneRecognizer

# Regions whose national notation (no +country prefix) we accept; numbers with a "+" or
# "00" prefix are recognised for every country regardless.
DEFAULT_REGIONS = ("NL", "BE", "DE", "GB", "US", "FR")


class PhoneRecognizer(_PresidioPhoneRecognizer):
    """Phone numbers; libphonenumber decides what is a valid number for its region."""

    CONTEXT = ["phone", "tel", "telefoon", "telefoonnummer", "mobiel", "mobile", "bel", "call", "nummer"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            context=self.CONTEXT,
            supported_language=supported_language,
            supported_regions=DEFAULT_REGIONS,
            leniency=1,
        )
        self.name = "PhoneRecognizer"
