"""Value objects shared by detection, policy and audit: findings and data classes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# "placeholder": documentation stand-ins for credentials (AKIAIOSFODNN7EXAMPLE), masked rather than blocked.
DataClass = Literal["personal", "client", "secret", "internal", "placeholder"]
DATA_CLASSES: tuple[DataClass, ...] = ("personal", "client", "secret", "internal", "placeholder")

# Every entity type our recognizers (and the NER pass) can produce. A policy that names
# another type waits for something that never comes; `dlp-proxy policy check` says so.
# A new recognizer adds its type here.
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "IBAN_CODE",
    "CREDIT_CARD",
    "NL_BSN",
    "US_SSN",
    "UK_NINO",
    "UK_NHS",
    "BE_NATIONAL_ID",
    "DE_TAX_ID",
    "FR_NIR",
    "PASSPORT_NUMBER",
    "DRIVER_LICENSE",
    "IP_ADDRESS",
    "LOCATION",
    "DATE_OF_BIRTH",
    "SECRET",
    "SECRET_PLACEHOLDER",
    "CLIENT",
    "INTERNAL_MARKER",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One detected span in a scanned text. Never logged with its value."""

    entity_type: str
    data_class: DataClass
    start: int
    end: int
    score: float
    recognizer: str
    # For CLIENT findings: which list entry matched (normalised name, hash or reference
    # pattern), so exceptions can be scoped to one client. Never logged.
    subject: str | None = None

    def overlaps(self, other: Finding) -> bool:
        return self.start < other.end and other.start < self.end


def count_by_type(findings: list[Finding] | tuple[Finding, ...]) -> dict[str, int]:
    """Entity type -> number of findings, sorted by type for stable records."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
    return dict(sorted(counts.items()))
