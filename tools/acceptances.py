"""The allow-list of advisories accepted on purpose (security/accepted.yaml): strict schema, dated review.

An acceptance names the advisory (its id or one of its aliases, e.g. the CVE), the package, why it
does not matter here, and the date by which someone looks again. After that date the advisory fails
the check again: an acceptance is a decision with an expiry, not a mute button.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml
from osv_ranges import normalise

FIELDS = ("id", "package", "reason", "review_by")
EXAMPLE = (
    "accepted:\n  - id: PYSEC-2024-1\n    package: jinja2\n    reason: why it does not apply\n    review_by: 2027-01-31"
)


class AcceptanceError(ValueError):
    """security/accepted.yaml is not what the checker can trust; the message names the field and the fix."""


@dataclass(frozen=True)
class Acceptance:
    id: str
    package: str  # PEP 503 normalised
    reason: str
    review_by: dt.date

    def expired(self, today: dt.date) -> bool:
        return self.review_by < today


def load_acceptances(path: Path) -> list[Acceptance]:
    """The file's entries; a missing file accepts nothing. Unknown or missing keys are errors."""
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise AcceptanceError(f"{path}: cannot read it as YAML ({type(e).__name__}); expected:\n{EXAMPLE}") from e
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"accepted"}:
        raise AcceptanceError(f"{path}: the file holds one key, `accepted`, a list; expected:\n{EXAMPLE}")
    entries = data.get("accepted") or []
    if not isinstance(entries, list):
        raise AcceptanceError(f"{path}: `accepted` must be a list of entries; expected:\n{EXAMPLE}")
    return [_entry(path, i, raw) for i, raw in enumerate(entries, start=1)]


def _entry(path: Path, index: int, raw: object) -> Acceptance:
    where = f"{path}: entry {index}"
    if not isinstance(raw, dict):
        raise AcceptanceError(f"{where}: an entry is a mapping with {', '.join(FIELDS)}")
    unknown = sorted(str(k) for k in raw if k not in FIELDS)
    if unknown:
        raise AcceptanceError(f"{where}: unknown field {unknown[0]!r}; the fields are {', '.join(FIELDS)}")
    for field in FIELDS:
        value = raw.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise AcceptanceError(f"{where}: `{field}` is missing or empty; every entry needs {', '.join(FIELDS)}")
    return Acceptance(
        id=str(raw["id"]).strip(),
        package=normalise(str(raw["package"])),
        reason=str(raw["reason"]).strip(),
        review_by=_date(where, raw["review_by"]),
    )


def _date(where: str, value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as e:
        raise AcceptanceError(f"{where}: `review_by` must be a date, YYYY-MM-DD (got {value!r})") from e
