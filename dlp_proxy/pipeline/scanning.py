"""Scan all segments of a request as one text, map findings back, and mask them."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from dlp_proxy.adapters.base import JsonPath, Segment
from dlp_proxy.findings import Finding

# Segments are joined so that a value split across messages can still be seen whole,
# while the blank line keeps unrelated messages from running into one word.
SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Located:
    """A finding clipped to one segment, with offsets local to that segment."""

    segment: int
    finding: Finding
    origin: Finding  # the finding on the joined text this piece comes from


def join(segments: Sequence[Segment]) -> tuple[str, list[int]]:
    """The combined text and the start offset of each segment in it."""
    starts, pos = [], 0
    for seg in segments:
        starts.append(pos)
        pos += len(seg.text) + len(SEPARATOR)
    return SEPARATOR.join(s.text for s in segments), starts


# Characters on each side of the junction of two neighbouring parts that are scanned glued
# together: "mail jan@exa" + "mple.nl" in two content parts of one message is one address.
BRIDGE = 64


@dataclass(frozen=True)
class Bridge:
    """The end of segment `left` glued to the start of segment `left + 1`, at `start` in the scanned text."""

    start: int
    junction: int  # where the right segment's text begins in the scanned text
    left: int
    left_start: int  # offset in the left segment where the bridge's text begins


def bridges(segments: Sequence[Segment], offset: int) -> tuple[str, list[Bridge]]:
    """Text around each junction of two neighbouring prompt segments, glued without a separator.

    Only the adapter's prompt segments (paths that do not start with '@'); the text is meant to
    be appended to join()'s text, `offset` being where it starts."""
    pieces: list[str] = []
    out: list[Bridge] = []
    pos = offset
    for i in range(len(segments) - 1):
        a, b = segments[i], segments[i + 1]
        if outside(a) or outside(b) or len(a.path) < 3 or a.path[:-2] != b.path[:-2]:
            continue  # only parts of one content array (or neighbouring messages' contents)
        left, right = a.text[-BRIDGE:], b.text[:BRIDGE]
        if not left.strip() or not right.strip() or left[-1].isspace() or right[0].isspace():
            continue  # a junction at white space splits nothing
        out.append(Bridge(pos, pos + len(left), i, len(a.text) - len(left)))
        pieces.append(left + right)
        pos += len(left) + len(right) + len(SEPARATOR)
    return SEPARATOR.join(pieces), out


def outside(seg: Segment) -> bool:
    """A segment of the closed-world pass, not an adapter's."""
    return outside_path(seg.path)


def outside_path(path: JsonPath) -> bool:
    """A path of the closed-world pass ("@json", "@header", ...), not an adapter's."""
    return bool(path) and str(path[0]).startswith("@")


def locate_bridged(findings: Sequence[Finding], links: Sequence[Bridge]) -> tuple[list[Finding], list[Located]]:
    """The findings that cross a junction, clipped to the two segments they join."""
    kept: list[Finding] = []
    out: list[Located] = []
    for f in findings:
        for b in links:
            if f.start < b.junction < f.end and f.start >= b.start:
                left_start = b.left_start + (f.start - b.start)
                out.append(Located(b.left, replace(f, start=left_start, end=b.left_start + (b.junction - b.start)), f))
                out.append(Located(b.left + 1, replace(f, start=0, end=f.end - b.junction), f))
                kept.append(f)
                break
    return kept, out


def locate(findings: Sequence[Finding], segments: Sequence[Segment], starts: Sequence[int]) -> list[Located]:
    """Clip findings on the joined text to the segments they touch."""
    out = []
    for f in findings:
        for i, seg in enumerate(segments):
            s0, s1 = starts[i], starts[i] + len(seg.text)
            if f.start < s1 and s0 < f.end:
                out.append(Located(i, replace(f, start=max(f.start, s0) - s0, end=min(f.end, s1) - s0), f))
    return out


def mask(
    segments: Sequence[Segment],
    located: Sequence[Located],
    fixed: Mapping[tuple[str, str], str] | None = None,
    reserved: Collection[str] = (),
) -> dict[JsonPath, str]:
    """New text for every segment that has a finding to mask.

    Each distinct value becomes a numbered placeholder per type ("[EMAIL_ADDRESS_1]"), the
    same value the same placeholder throughout the request, so the AI can still tell two
    people apart. `fixed` holds the placeholders the vault issued for pseudonymised values,
    by (entity type, value); the numbers of the others skip them and every placeholder in
    `reserved` (the vault's earlier ones: an answer must not bring one of those back for a
    redacted value). The values live only in this function's memory.
    """
    fixed = fixed or {}
    taken = set(fixed.values()) | set(reserved)
    numbers: dict[tuple[str, str], str] = {}
    per_type: dict[str, int] = {}
    by_segment: dict[int, list[Finding]] = {}
    for loc in located:
        by_segment.setdefault(loc.segment, []).append(loc.finding)
    out: dict[JsonPath, str] = {}
    for index in sorted(by_segment):
        seg = segments[index]
        spans = merge(sorted(by_segment[index], key=lambda f: (f.start, -f.end)))
        pieces, cursor = [], 0
        for start, end, entity_type in spans:
            value = seg.text[start:end]
            token = fixed.get((entity_type, value))
            if token is None:
                key = (entity_type, value.casefold())
                if key not in numbers:
                    numbers[key] = _next_free(entity_type, per_type, taken)
                token = numbers[key]
            pieces += [seg.text[cursor:start], token]
            cursor = end
        pieces.append(seg.text[cursor:])
        out[seg.path] = "".join(pieces)
    return out


def _next_free(entity_type: str, per_type: dict[str, int], taken: set[str]) -> str:
    while True:
        per_type[entity_type] = per_type.get(entity_type, 0) + 1
        token = f"[{entity_type}_{per_type[entity_type]}]"
        if token not in taken:
            return token


def merge(findings: list[Finding]) -> list[tuple[int, int, str]]:
    """Overlapping spans become one, labelled with the strongest finding's type."""
    merged: list[tuple[int, int, str, float]] = []
    for f in findings:
        if merged and f.start < merged[-1][1]:
            s, e, t, sc = merged[-1]
            merged[-1] = (s, max(e, f.end), t if sc >= f.score else f.entity_type, max(sc, f.score))
        else:
            merged.append((f.start, f.end, f.entity_type, f.score))
    return [(s, e, t) for s, e, t, _ in merged]
