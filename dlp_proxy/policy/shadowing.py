"""Where the organisation's tools.yaml meets the bundled catalogue: which services an organisation
entry replaces, and whether that looks intended (same vendor and kind, every host covered).

Pure; `policy check` (dlp_proxy.policytools.check) turns each doubtful case into a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dlp_proxy.policy.bundled import met_by_organisation, pattern_covers, patterns_meet
from dlp_proxy.policy.schema import Tool

# Words that say what kind of company, not which: "OpenAI, L.L.C." and "OpenAI" are one vendor.
_LEGAL_FORMS = {
    "inc", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh", "ag", "se", "sa", "sas",
    "bv", "nv", "plc", "pbc", "ab", "oy", "srl", "spa", "pte", "pty", "kk", "the", "technologies", "labs",
}  # fmt: skip


def vendor_words(vendor: str) -> frozenset[str]:
    """'Midjourney, Inc.' -> {'midjourney'}: the vendor's name without punctuation and legal form."""
    words = re.sub(r"[^\w\s]", "", vendor.casefold().replace("&", " and ")).split()
    return frozenset(w for w in words if w not in _LEGAL_FORMS) or frozenset(words)


def same_vendor(a: str, b: str) -> bool:
    """Whether two vendor names name one company: one's words contain the other's."""
    wa, wb = vendor_words(a), vendor_words(b)
    return wa <= wb or wb <= wa


@dataclass(frozen=True)
class Shadow:
    """A bundled service the organisation's entries meet: replaced whole (an entry has its id) or
    in part (entries take some of its hosts; the rest stay bundled, unlisted)."""

    service: Tool
    # (position in tools.yaml, tool) of every organisation entry that covers one of its hosts or has its id.
    by: tuple[tuple[int, Tool], ...]
    covered: tuple[str, ...]  # the service's host patterns organisation entries cover whole
    left: tuple[str, ...]  # the rest: unknown as AI when `replaced`, else still the bundled service's
    replaced: bool = True  # an organisation entry has its id: the bundled service is left out whole

    def other_vendor(self, tool: Tool) -> bool:
        return not same_vendor(tool.vendor, self.service.vendor)

    def other_kind(self, tool: Tool) -> bool:
        return tool.kind is not None and tool.kind != self.service.kind


def meets(tool: Tool, host: str) -> bool:
    """Whether the tool covers any host the bundled host pattern does."""
    return any(patterns_meet(p, host) for p in tool.hosts)


def covers(tool: Tool, host: str) -> bool:
    """Whether the tool covers everything the bundled host pattern does."""
    return any(pattern_covers(p, host) for p in tool.hosts)


def shadows(organisation: Sequence[Tool], catalogue: Sequence[Tool], kept: Sequence[Tool]) -> list[Shadow]:
    """Every catalogue service the organisation's entries meet, with which entries: the ones not
    among the `kept` bundled tools were replaced whole, the others lost only the hosts covered."""
    kept_ids = {t.id for t in kept}
    met = {t.id for t in met_by_organisation(organisation, catalogue)}
    out = []
    for service in catalogue:
        if service.id in kept_ids and service.id not in met:
            continue
        by = [
            (i, t) for i, t in enumerate(organisation) if t.id == service.id or any(meets(t, h) for h in service.hosts)
        ]
        covered = tuple(h for h in service.hosts if any(covers(t, h) for _, t in by))
        left = tuple(h for h in service.hosts if h not in covered)
        out.append(Shadow(service, tuple(by), covered, left, replaced=service.id not in kept_ids))
    return out
