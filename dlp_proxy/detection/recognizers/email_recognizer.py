"""EMAIL_ADDRESS: a linear-time pattern whose top-level domain is checked offline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import tldextract
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from dlp_proxy.detection.recognizers.hinted import HintedPatternRecognizer
from dlp_proxy.detection.results import first_valid


@lru_cache(maxsize=1)
def _extractor() -> tldextract.TLDExtract:
    # suffix_list_urls=() makes tldextract use the snapshot bundled in the wheel: no
    # download at start-up or while scanning. cache_dir=None keeps it off the disk.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# A file named after an address: "brief aan jan@example.nl.txt" (".txt" is no public suffix).
_FILE_EXTENSION = re.compile(
    r"(?i)\.(?:txt|pdf|docx?|xlsx?|csv|pptx?|odt|ods|rtf|eml|msg|vcf|ics|zip|json|xml|html?|md|png|jpe?g|gif)$"
)


def _without_file_extension(run: str) -> Iterator[str]:
    """The address as matched, then without a file extension after it."""
    yield run
    if (m := _FILE_EXTENSION.search(run)) is not None:
        yield run[: m.start()]


class EmailRecognizer(HintedPatternRecognizer):
    """E-mail addresses; the domain must end in a known public suffix."""

    # Possessive quantifiers and bounded repeats keep this linear on crafted input
    # (presidio's own pattern takes seconds on 5 kB of dots and letters).
    PATTERNS = [
        Pattern(
            "email",
            # Not the password in "scheme://user:password@host" (that is a secret, not an
            # address) nor the user of "ssh://git@host", but "mailto:jan@x.nl", "Contact:jan@x.nl",
            # "otpauth://totp/ACME:jan@x.nl" and a path's "/a/jan@x.nl" are addresses.
            r"(?<![\w.+-])(?<!://)(?<!//[^\s/@:]{0,64}+:)[\w%+-]{1,64}+(?:\.[\w%+-]{1,64}+){0,8}+"
            # A label ends in a letter or digit: consume possessively, then look back.
            # Letters and digits of any script: internationalised addresses (jan@café.nl) too.
            r"@(?:[^\W_](?:[\w-]{0,61}+(?<=[^\W_]))?\.){1,8}[^\W\d_]{2,24}+\b",
            0.5,
        )
    ]
    CONTEXT = ["email", "e-mail", "mail", "mailadres", "e-mailadres", "contact"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            name="EmailRecognizer",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, regex_flags: int | None = None
    ) -> list[RecognizerResult]:
        if "@" not in text:  # every match holds one; most texts have none
            return []
        return first_valid(self, text, _without_file_extension, 1.0)

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[-1]
        return bool(_extractor()(domain).suffix)
