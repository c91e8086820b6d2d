"""SECRET: JSON Web Tokens (signed, three segments) whose header decodes to JSON naming an "alg"."""

from __future__ import annotations

import base64
import binascii
import json

from presidio_analyzer import Pattern

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer

PATTERNS = [
    Pattern(
        "jwt",
        # header.payload.signature, base64url without padding; header and payload are JSON
        # objects, so both start with "eyJ" (base64 of '{"'). Bounded, possessive segments.
        r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,2000}+\.eyJ[A-Za-z0-9_-]{8,16000}+\.[A-Za-z0-9_-]{16,2000}+"
        r"(?![A-Za-z0-9_-])",
        0.85,
    ),
]


def _header(token: str) -> object:
    """The decoded JSON header, or None when it is not base64url JSON."""
    segment = token.split(".", 1)[0]
    try:
        return json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    # Bad base64, UTF-8 or JSON; or JSON nested deeper than the parser allows.
    except (binascii.Error, ValueError, RecursionError):
        return None


class JwtRecognizer(HintedPatternRecognizer):
    """Bearer tokens in JWT form (OAuth access and ID tokens, Supabase/Firebase keys, ...)."""

    PATTERNS = PATTERNS
    CONTEXT = ["token", "jwt", "bearer", "authorization", "access_token", "id_token", "session"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="SECRET",
            name="JwtRecognizer",
            patterns=list(self.PATTERNS),
            context=self.CONTEXT,
            supported_language=supported_language,
            # base64url is case-sensitive.
            global_regex_flags=0,
        )

    def validate_result(self, pattern_text: str) -> bool:
        header = _header(pattern_text)
        return isinstance(header, dict) and isinstance(header.get("alg"), str)
