"""The report's view of requests employees sent from the portal (`request` records): per tool and
kind, and exception requests per client. Fed record by record by dlp_proxy.audit.report; counts,
dates and the logged choices only: the free text (purpose, reason, who gave consent) stays in the
log for `dlp-proxy requests export` and never reaches a report.

A request has no answer in the log (the policy owner answers by changing rules/). A request to
assess a tool counts as open until a decision on that tool after the last request shows it as
approved or forbidden; whether an exception was granted the log cannot tell.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

KINDS: Final = ("tool_assessment", "exception")
CATEGORIES: Final = ("internal_productivity", "general_use", "client_projects")
LEVELS: Final = ("low", "medium", "high")
ASSESSED: Final = frozenset({"approved", "forbidden"})
NO_CLIENT: Final = ""  # the key of exception requests that name no client
_REQUEST_ID = re.compile(r"req-[0-9a-f]{16}\Z")


def readable_request(r: dict[str, Any]) -> bool:
    """Whether a `request` record has what the report groups by, well formed."""
    tool, rid = r.get("tool"), r.get("request_id")
    return (
        r.get("kind") in KINDS and isinstance(tool, str) and bool(tool) and isinstance(rid, str)
        and bool(_REQUEST_ID.match(rid))
    )  # fmt: skip


def _user(r: dict[str, Any]) -> str | None:
    user = r.get("user")
    return user if isinstance(user, str) and user else None


@dataclass
class Group:
    """The requests of one tool and kind, or the exception requests of one client."""

    first: str = "9999"
    last: str = ""
    requests: int = 0
    users: set[str] = field(default_factory=set)
    anonymous: int = 0
    names: set[str] = field(default_factory=set)  # tool names as the requests logged them
    tools: set[str] = field(default_factory=set)
    categories: Counter[str] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    consent_named: int = 0

    def add(self, r: dict[str, Any], ts: str) -> None:
        self.first, self.last = min(self.first, ts), max(self.last, ts)
        self.requests += 1
        user = _user(r)
        if user is None:
            self.anonymous += 1
        else:
            self.users.add(user)
        name = r.get("tool_name")
        if isinstance(name, str) and name:
            self.names.add(name)
        self.tools.add(str(r["tool"]))
        category = r.get("use_category")
        self.categories[category if category in CATEGORIES else "none"] += 1
        levels = r.get("data_levels")
        for level in sorted(set(levels)) if isinstance(levels, list) else []:
            if level in LEVELS:
                self.levels[level] += 1
        if any(isinstance(r.get(k), str) and r[k].strip() for k in ("consent_by", "consent_ref")):
            self.consent_named += 1


class RequestLedger:
    """Requests per (tool, kind) and exception requests per client, plus each tool's newest status."""

    def __init__(self) -> None:
        self.by_tool: dict[tuple[str, str], Group] = {}
        self.by_client: dict[str, Group] = {}
        self.users: set[str] = set()
        self.status: dict[str, tuple[str, str]] = {}  # tool -> (timestamp, status) of its newest decision

    def add_decision(self, ts: str, tool: str, status: str) -> None:
        """A decision on `tool` (every one; the report cannot know yet which tools were requested)."""
        if ts >= self.status.get(tool, ("", ""))[0]:
            self.status[tool] = (ts, status)

    def add_request(self, r: dict[str, Any], ts: str) -> None:
        """A `readable_request` record inside the period."""
        tool, kind = str(r["tool"]), str(r["kind"])
        self.by_tool.setdefault((tool, kind), Group()).add(r, ts)
        if kind == "exception":
            client = r.get("client")
            self.by_client.setdefault(client if isinstance(client, str) and client else NO_CLIENT, Group()).add(r, ts)
        user = _user(r)
        if user is not None:
            self.users.add(user)

    def _state(self, tool: str, kind: str, g: Group) -> tuple[str, str]:
        """(state, status now): "open" or "assessed" for a tool assessment, "" for an exception."""
        seen, status = self.status.get(tool, ("", "unknown"))
        if kind != "tool_assessment":
            return "", status
        return ("assessed" if seen > g.last and status in ASSESSED else "open"), status

    def sections(self) -> dict[str, Any]:
        """`requests_by_tool` ("<tool>/<kind>", most requested first) and `exception_requests_by_client`."""
        by_tool = {}
        for (tool, kind), g in self.by_tool.items():
            state, status = self._state(tool, kind, g)
            by_tool[f"{tool}/{kind}"] = {
                "tool": tool,
                "tool_name": ", ".join(sorted(g.names)) or tool,
                "kind": kind,
                "requests": g.requests,
                "distinct_users": len(g.users),
                "without_user": g.anonymous,
                "first_seen": g.first,
                "last_seen": g.last,
                **{f"category_{c}": g.categories[c] for c in (*CATEGORIES, "none")},
                **{f"level_{lv}": g.levels[lv] for lv in LEVELS},
                "tool_status_now": status,
                "state": state,
            }
        by_client = {
            client: {
                "tools": ", ".join(sorted(g.tools)),
                "requests": g.requests,
                "distinct_users": len(g.users),
                "consent_named": g.consent_named,
                "first_seen": g.first,
                "last_seen": g.last,
            }
            for client, g in self.by_client.items()
        }
        order = lambda kv: (-kv[1]["requests"], kv[0])  # noqa: E731 - one sort key, used twice
        return {
            "requests_by_tool": dict(sorted(by_tool.items(), key=order)),
            "exception_requests_by_client": dict(sorted(by_client.items(), key=order)),
        }

    def totals(self) -> dict[str, int]:
        per_kind = Counter({kind: 0 for kind in KINDS})
        for (_, kind), g in self.by_tool.items():
            per_kind[kind] += g.requests
        awaiting = {
            tool
            for (tool, kind), g in self.by_tool.items()
            if kind == "tool_assessment" and self._state(tool, kind, g)[0] == "open"
        }
        return {
            "requests": sum(per_kind.values()),
            "tool_assessment_requests": per_kind["tool_assessment"],
            "exception_requests": per_kind["exception"],
            "tools_awaiting_assessment": len(awaiting),
            "requesting_users": len(self.users),
        }
