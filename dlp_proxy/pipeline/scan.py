"""Stage 2, scan: every segment of the request through the detector as one text, plus the
junctions of neighbouring prompt parts, and each finding located in its segment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dlp_proxy.adapters import Segment
from dlp_proxy.errors import DetectorError
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.context import AsyncScan, Failure
from dlp_proxy.pipeline.extract import Read
from dlp_proxy.pipeline.scanning import SEPARATOR, Located, bridges, join, locate, locate_bridged


@dataclass(frozen=True)
class Scanned:
    """What the detector found: findings on the joined text, and each located in its segment."""

    segments: tuple[Segment, ...]
    findings: tuple[Finding, ...]
    located: tuple[Located, ...]
    text: str  # what was scanned (the joined segments and their junctions)

    def located_of(self, findings: Sequence[Finding]) -> list[Located]:
        return [loc for loc in self.located if loc.origin in findings]


async def scan(read: Read | Failure, detector: AsyncScan) -> Scanned | Failure:
    if isinstance(read, Failure):
        return read
    segments = read.segments
    try:
        findings, located, text = await _scan_all(detector, segments)
    except TimeoutError:
        return Failure("detection_timeout")
    except DetectorError:
        return Failure("detection_error")
    return Scanned(segments, tuple(findings), tuple(located), text)


async def _scan_all(detector: AsyncScan, segments: Sequence[Segment]) -> tuple[list[Finding], list[Located], str]:
    """Scan all segments as one text, plus the junctions of neighbouring prompt parts."""
    if not segments:
        return [], [], ""
    text, starts = join(segments)
    glued, links = bridges(segments, len(text) + len(SEPARATOR))
    scanned = text + SEPARATOR + glued if glued else text
    found = await detector(scanned)
    inside = [f for f in found if f.end <= len(text)]
    located = locate(inside, segments, starts)
    ignored = _ignored_credentials(segments, located, text)
    if ignored:
        inside = [f for f in inside if id(f) not in ignored]
        located = [loc for loc in located if id(loc.origin) not in ignored]
    crossing, pieces = locate_bridged([f for f in found if f.start >= len(text)], links)
    # A glued finding counts only where neither half is already part of a finding of its own
    # ("lookup" glued to "jan@example.nl" is not a longer address).
    known = [(loc.segment, loc.finding) for loc in located]
    overlapping = {id(p.origin) for p in pieces if any(i == p.segment and f.overlaps(p.finding) for i, f in known)}
    crossing = [f for f in crossing if id(f) not in overlapping]
    pieces = [p for p in pieces if id(p.origin) not in overlapping]
    return inside + crossing, located + pieces, scanned


def _ignored_credentials(segments: Sequence[Segment], located: list[Located], text: str) -> set[int]:
    """Findings in the vendor's own session and key headers that do not count there."""
    return {
        id(loc.origin)
        for loc in located
        if segments[loc.segment].role == "credential"
        and not closed_world.credential_finding_counts(
            loc.origin.entity_type, loc.origin.recognizer, text[loc.origin.start : loc.origin.end]
        )
    }
