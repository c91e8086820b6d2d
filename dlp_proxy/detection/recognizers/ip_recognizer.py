"""IP_ADDRESS: IPv4 and IPv6 addresses, validated by the standard library."""

from __future__ import annotations

import ipaddress

from presidio_analyzer import Pattern

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer


class IpRecognizer(HintedPatternRecognizer):
    """IPv4 dotted quads and IPv6 addresses; version numbers ("v1.2.3.4") are not addresses."""

    PATTERNS = [
        Pattern(
            "ipv4",
            # Not inside a longer dotted number (a version "1.2.3.4.5"), nor a product token's
            # version ("Chrome/156.0.0.0" in every browser's User-Agent); a sentence-final dot is fine.
            r"(?<![\w.])(?<!\bv)(?<![A-Za-z]/)(?<!versie )(?<!version )(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?!\w|\.\d)",
            0.6,
        ),
        Pattern(
            "ipv6",
            # A run of hex digits and colons (linear, possessive); validate_result
            # lets the standard library decide what is a real address.
            r"(?<![\w:.])[0-9A-Fa-f:]{6,39}+(?:/\d{1,3})?(?![\w:]|\.\w)",
            0.6,
        ),
    ]
    CONTEXT = ["ip", "ip-adres", "address", "adres", "server", "host", "client", "ipv4", "ipv6"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="IP_ADDRESS",
            name="IpRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=0,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        candidate = pattern_text.split("/", 1)[0].split("%", 1)[0]
        try:
            ip = ipaddress.ip_address(candidate)
        except ValueError:
            return False
        if ip.version == 6 and not (
            candidate.count(":") >= 4 or any(len(group) >= 3 for group in candidate.split(":"))
        ):
            return False  # "a::b", "12:30:45": technically or nearly IPv6, in prose rarely one
        if ip.is_unspecified:
            return False
        return None
