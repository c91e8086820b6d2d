"""Whether an installed version falls in an OSV advisory's affected set: ECOSYSTEM ranges and explicit lists.

Pure logic shared by the checker (audit_deps.py) and the snapshot refresher (refresh_advisories.py),
so the versions the refresher leaves out as "already covered by a range" are covered by exactly the
ranges the checker evaluates. Versions compare in PEP 440 order (packaging), which is the order the
OSV schema prescribes for the PyPI ecosystem: 2.0rc1 sorts before 2.0.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from packaging.version import InvalidVersion, Version

# OSV event kinds in the order they sort when two events name the same version: an advisory that
# introduces and fixes in one release affects none of it; one whose last affected release is the
# introducing one affects exactly that release.
EVENT_KINDS = ("introduced", "fixed", "last_affected", "limit")


class Verdict(enum.Enum):
    AFFECTED = "affected"
    NOT_AFFECTED = "not affected"
    # A range or the installed version is not PEP 440: the checker treats this as affected (fail
    # closed) and says why, so a person decides.
    UNKNOWN = "cannot evaluate"


@dataclass(frozen=True)
class Event:
    kind: str  # one of EVENT_KINDS
    version: str


@dataclass(frozen=True)
class Advisory:
    """One advisory as it concerns one package (an advisory naming two packages is two of these)."""

    id: str
    package: str  # PEP 503 normalised
    aliases: tuple[str, ...]
    summary: str
    ranges: tuple[tuple[Event, ...], ...]  # ECOSYSTEM ranges only; GIT ranges name commits
    versions: tuple[str, ...]  # explicitly affected versions not already covered by a range
    fixed: tuple[str, ...]


def normalise(name: str) -> str:
    """PEP 503 project name normalisation: 'Jinja2' and 'ruamel.yaml' -> 'jinja2', 'ruamel-yaml'."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def _sort_key(event: Event) -> tuple[int, Version, int]:
    # "introduced: 0" is the start of time: before every version, pre-releases of 0 included.
    if event.kind == "introduced" and event.version == "0":
        return (0, Version("0"), 0)
    version = parse_version(event.version)
    assert version is not None  # callers check parseability first
    return (1, version, EVENT_KINDS.index(event.kind))


def in_range(version: Version, events: Sequence[Event]) -> Verdict:
    """The OSV schema's evaluation of one ECOSYSTEM range (events sorted, the last applicable wins)."""
    if any(e.kind not in EVENT_KINDS for e in events):
        return Verdict.UNKNOWN
    if any(parse_version(e.version) is None for e in events if not (e.kind == "introduced" and e.version == "0")):
        return Verdict.UNKNOWN
    limits = [Version(e.version) for e in events if e.kind == "limit"]
    if limits and not any(version < limit for limit in limits):
        return Verdict.NOT_AFFECTED
    affected = False
    for event in sorted((e for e in events if e.kind != "limit"), key=_sort_key):
        bound = None if event.version == "0" and event.kind == "introduced" else Version(event.version)
        if event.kind == "introduced" and (bound is None or bound <= version):
            affected = True
        elif event.kind == "fixed" and bound is not None and bound <= version:
            affected = False
        elif event.kind == "last_affected" and bound is not None and bound < version:
            affected = False
    return Verdict.AFFECTED if affected else Verdict.NOT_AFFECTED


def same_version(a: str, b: str) -> bool:
    """Equal as PEP 440 versions ('2.0' == '2.0.0'), or as text when either is not PEP 440."""
    va, vb = parse_version(a), parse_version(b)
    if va is not None and vb is not None:
        return va == vb
    return a.strip() == b.strip()


def verdict(advisory: Advisory, installed: str) -> Verdict:
    """Whether the installed version is affected: in an explicit list, or in any range."""
    if any(same_version(installed, listed) for listed in advisory.versions):
        return Verdict.AFFECTED
    version = parse_version(installed)
    if version is None:
        return Verdict.UNKNOWN if advisory.ranges else Verdict.NOT_AFFECTED
    verdicts = [in_range(version, events) for events in advisory.ranges]
    if Verdict.AFFECTED in verdicts:
        return Verdict.AFFECTED
    return Verdict.UNKNOWN if Verdict.UNKNOWN in verdicts else Verdict.NOT_AFFECTED


def fixed_after(advisory: Advisory, installed: str) -> list[str]:
    """The advisory's fixed versions above the installed one (all of them if it is not PEP 440)."""
    version = parse_version(installed)
    later = []
    for fixed in advisory.fixed:
        parsed = parse_version(fixed)
        if version is None or parsed is None or parsed > version:
            later.append(fixed)
    return later


# The compact form kept in security/advisories/advisories.jsonl, one advisory-package a line.


def to_record(advisory: Advisory) -> dict[str, Any]:
    return {
        "package": advisory.package,
        "id": advisory.id,
        "aliases": list(advisory.aliases),
        "summary": advisory.summary,
        "ranges": [[{e.kind: e.version} for e in events] for events in advisory.ranges],
        "versions": list(advisory.versions),
        "fixed": list(advisory.fixed),
    }


def from_record(record: Mapping[str, Any]) -> Advisory:
    """One line of advisories.jsonl; KeyError/TypeError/ValueError on a malformed one."""
    ranges = tuple(tuple(_event(e) for e in events) for events in record["ranges"])
    return Advisory(
        id=str(record["id"]),
        package=normalise(str(record["package"])),
        aliases=tuple(str(a) for a in record["aliases"]),
        summary=str(record["summary"]),
        ranges=ranges,
        versions=tuple(str(v) for v in record["versions"]),
        fixed=tuple(str(v) for v in record["fixed"]),
    )


def _event(raw: Mapping[str, Any]) -> Event:
    if len(raw) != 1:
        raise ValueError(f"an event has exactly one key, got {sorted(raw)}")
    ((kind, version),) = raw.items()
    return Event(kind=str(kind), version=str(version))


def events_from_osv(raw_events: Iterable[Mapping[str, Any]]) -> tuple[Event, ...]:
    """OSV's `events` list ({"introduced": "0"}, {"fixed": "1.2"}) as Events, keeping unknown kinds."""
    return tuple(_event(e) for e in raw_events)
