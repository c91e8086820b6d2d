"""The report's view of AI use nobody assessed: services of the bundled catalogue that were used (by
service and by kind), and tunnelled hosts that only looked like AI services (`observed` records:
"possibly AI, not assessed"). Fed record by record by dlp_proxy.audit.report; counts only."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

ACTIONS: Final = ("allow", "pseudonymise", "redact", "warn", "block")
MAX_HOSTS: Final = 50_000  # observed names the report keeps apart; further ones add to "*"
OVERFLOW_HOST: Final = "*"  # as the proxy writes it (dlp_proxy.pipeline.discovery)
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z\Z")


def _str(value: Any, default: str) -> str:
    return value if isinstance(value, str) and value else default


def _count(value: Any) -> int | None:
    return value if type(value) is int and value >= 0 else None


@dataclass
class Seen:
    """First and last seen, requests, distinct users and actions of one tool, exception or policy."""

    first: str = "9999"
    last: str = ""
    requests: int = 0
    users: set[str] = field(default_factory=set)
    actions: Counter[str] = field(default_factory=Counter)
    labels: set[str] = field(default_factory=set)  # hosts of a tool, consent refs of an exception

    def add(self, ts: str, user: str, action: str, label: str | None = None) -> None:
        self.first, self.last = min(self.first, ts), max(self.last, ts)
        self.requests += 1
        self.users.add(user)
        self.actions[action] += 1
        if label:
            self.labels.add(label)


@dataclass
class Possible:
    """One observed host over every flush interval in the period."""

    first: str = "9999"
    last: str = ""
    connections: int = 0
    long_lived: int = 0
    intervals: int = 0
    patterns: set[str] = field(default_factory=set)


def readable_observed(r: dict[str, Any]) -> bool:
    """Whether an `observed` record has every field the report reads, well formed."""
    host, pattern, first, last = r.get("host"), r.get("pattern"), r.get("first_seen"), r.get("last_seen")
    if _count(r.get("connections")) is None or _count(r.get("long_lived", 0)) is None:
        return False
    names = isinstance(host, str) and host and isinstance(pattern, str) and pattern
    times = isinstance(first, str) and _TIMESTAMP.match(first) and isinstance(last, str) and _TIMESTAMP.match(last)
    return bool(names and times)


def _desc(items: Iterable[tuple[str, dict[str, Any]]], by: str) -> dict[str, Any]:
    return dict(sorted(items, key=lambda kv: (-kv[1][by], kv[0])))


class ShadowInventory:
    """Bundled-catalogue hits and observed hosts, as `ReportBuilder` reads the log."""

    def __init__(self) -> None:
        self.bundled: defaultdict[str, Seen] = defaultdict(Seen)
        self.kind_of: dict[str, str] = {}
        self.kinds: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.observed: dict[str, Possible] = {}
        self.observed_records = 0

    def add_decision(self, r: dict[str, Any], ts: str, user: str, action: str, tool: str) -> None:
        """A decision on a tool of the bundled catalogue (`tool_source: bundled`); records written
        before the bundled catalogue carry no source and are the organisation's."""
        if r.get("tool_source") != "bundled":
            return
        kind = _str(r.get("tool_kind"), "unknown")
        self.bundled[tool].add(ts, user, action, _str(r.get("host"), ""))
        self.kind_of[tool] = kind
        self.kinds[kind][action] += 1

    def add_observed(self, r: dict[str, Any]) -> None:
        """An `observed` record (`readable_observed`): its counts, summed per host."""
        host, pattern = str(r["host"]), str(r["pattern"])
        connections, long_lived = int(r["connections"]), int(r.get("long_lived", 0))
        first, last = str(r["first_seen"]), str(r["last_seen"])
        self.observed_records += 1
        if host not in self.observed and len(self.observed) >= MAX_HOSTS:
            host = OVERFLOW_HOST
        seen = self.observed.setdefault(host, Possible())
        seen.first, seen.last = min(seen.first, first), max(seen.last, last)
        seen.connections += connections
        seen.long_lived += long_lived
        seen.intervals += 1
        seen.patterns.add(pattern)

    def sections(self) -> dict[str, Any]:
        """The report's sections: bundled services used, per kind, and possibly AI hosts."""
        services = {
            tool: {
                "kind": self.kind_of[tool],
                "hosts": ", ".join(sorted(s.labels)),
                "first_seen": s.first,
                "last_seen": s.last,
                "requests": s.requests,
                "distinct_users": len(s.users),
                **{a: s.actions[a] for a in ACTIONS},
            }
            for tool, s in self.bundled.items()
        }
        kinds = {
            kind: {
                "services": sum(1 for k in self.kind_of.values() if k == kind),
                "requests": sum(c.values()),
                **{a: c[a] for a in ACTIONS},
            }
            for kind, c in self.kinds.items()
        }
        possible = {
            host: {
                "pattern": ", ".join(sorted(p.patterns)),
                "connections": p.connections,
                "long_lived": p.long_lived,
                "first_seen": p.first,
                "last_seen": p.last,
                "intervals": p.intervals,
            }
            for host, p in self.observed.items()
        }
        return {
            "shadow_ai_bundled": _desc(services.items(), "requests"),
            "shadow_ai_kinds": _desc(kinds.items(), "requests"),
            "possibly_ai": _desc(possible.items(), "connections"),
        }

    def totals(self) -> dict[str, int]:
        return {
            "bundled_ai_requests": sum(s.requests for s in self.bundled.values()),
            "possibly_ai_hosts": sum(1 for h in self.observed if h != OVERFLOW_HOST),
            "possibly_ai_connections": sum(p.connections for p in self.observed.values()),
            "observed_records": self.observed_records,
        }

    def evidence(self) -> dict[str, int]:
        """For ISO 27001 A.5.10: unassessed AI use the proxy saw."""
        return {
            "bundled_ai_services_used": len(self.bundled),
            "possibly_ai_hosts_not_assessed": sum(1 for h in self.observed if h != OVERFLOW_HOST),
        }
