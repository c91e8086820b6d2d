"""`dlp-proxy requests export|list`: the `request` records of the decision log as draft policy entries
for the owner to review (a `tools:` list for tools.yaml, an `exceptions:` list for exceptions.yaml),
and as a short overview.

Pure: log files in (read as `dlp-proxy report` finds them, rotated files included), text out. A
draft never loads as it is: `REVIEW` stands where only the owner can decide (a tool's status and
review date, an exception's end date), and the schema refuses it until it is filled in. Free text
reaches the draft only as the log holds it (detected values masked) and only in comments.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dlp_proxy.audit.chain import log_files
from dlp_proxy.policy.schema import Policy, Tool
from dlp_proxy.portal.request_form import CATEGORIES, LEVELS
from dlp_proxy.portal.tool_choice import HOST_PREFIX, requested_tool

REVIEW = "REVIEW"  # the placeholder the owner replaces; the schema refuses it where it stands
KINDS = {"tool": "tool_assessment", "exception": "exception"}
MAX_PURPOSES = 20  # per tool, newest last; the count covers all
_REQUEST_ID = re.compile(r"req-[0-9a-f]{16}\Z")
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T")


def read_requests(
    paths: Iterable[Path], kind: str | None = None, since: date | None = None
) -> Iterator[dict[str, Any]]:
    """The readable `request` records of these log folders or files, oldest first per folder;
    `kind` "tool" or "exception" (None: both), `since` the first day (UTC) to include."""
    for folder in paths:
        for path in log_files(folder):
            with path.open(encoding="utf-8", errors="replace") as f:
                for line in f:
                    record = _request(line)
                    if record is None or (kind and record["kind"] != KINDS[kind]):
                        continue
                    if since and record["timestamp"][:10] < since.isoformat():
                        continue
                    yield record


def _request(line: str) -> dict[str, Any] | None:
    """A line as a request record, or None when it is another event or not readable."""
    if '"request"' not in line:
        return None
    try:
        r = json.loads(line)
    except ValueError:
        return None
    if not (isinstance(r, dict) and r.get("event") == "request" and r.get("kind") in KINDS.values()):
        return None
    if not all(isinstance(r.get(k), str) and r[k] for k in ("request_id", "tool", "user", "timestamp")):
        return None
    if not (_REQUEST_ID.match(r["request_id"]) and _TIMESTAMP.match(r["timestamp"])):
        return None
    return r


def _text(value: Any) -> str | None:
    """A logged text for a comment: one line, or None."""
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _strings(value: Any, allowed: Iterable[str]) -> list[str]:
    ok = set(allowed)
    return [v for v in value if isinstance(v, str) and v in ok] if isinstance(value, list) else []


@dataclass
class ToolAsked:
    """Every tool-assessment request for one tool."""

    tool: str
    name: str = ""
    ids: list[str] = field(default_factory=list)
    users: set[str] = field(default_factory=set)
    categories: Counter[str] = field(default_factory=Counter)
    levels: Counter[str] = field(default_factory=Counter)
    purposes: list[str] = field(default_factory=list)
    first: str = ""
    last: str = ""

    def add(self, r: dict[str, Any]) -> None:
        self.name = _text(r.get("tool_name")) or self.name or self.tool
        self.ids.append(r["request_id"])
        self.users.add(r["user"])
        category = r.get("use_category")
        if category in CATEGORIES:
            self.categories[category] += 1
        self.levels.update(_strings(r.get("data_levels"), LEVELS))
        purpose = _text(r.get("purpose"))
        if purpose and purpose not in self.purposes:
            self.purposes.append(purpose)
        day = r["timestamp"][:10]
        self.first, self.last = min(self.first or day, day), max(self.last, day)

    @property
    def category(self) -> str:
        """The use asked for most (ties: the order of the three categories)."""
        if not self.categories:
            return "general_use"
        return max(CATEGORIES, key=lambda c: (self.categories[c], -CATEGORIES.index(c)))

    @property
    def level(self) -> str:
        """The highest level of data asked for."""
        return max((lv for lv in self.levels if self.levels[lv]), key=LEVELS.index, default="low")


def tools_asked(records: Iterable[dict[str, Any]]) -> list[ToolAsked]:
    """Tool-assessment requests grouped by tool, most people first."""
    by_tool: dict[str, ToolAsked] = {}
    for r in records:
        if r["kind"] == KINDS["tool"]:
            by_tool.setdefault(r["tool"], ToolAsked(r["tool"])).add(r)
    return sorted(by_tool.values(), key=lambda a: (-len(a.users), -len(a.ids), a.tool))


def _counts(c: Counter[str], order: tuple[str, ...]) -> str:
    return ", ".join(f"{k} ({c[k]})" for k in order if c[k]) or "none given"


def _yaml_value(value: Any) -> str:
    """One scalar or flow list in YAML, quoted where it must be (a name with ': ' or '#')."""
    text: str = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1 << 16)
    return text.removesuffix("\n...\n").strip()


def _comment_lines(asked: ToolAsked) -> list[str]:
    people = len(asked.users)
    lines = [
        f"{asked.tool} ({asked.name}): {len(asked.ids)} request(s) from {people} "
        f"{'person' if people == 1 else 'people'}, {asked.first} to {asked.last}",
        f"requests: {', '.join(asked.ids)}",
        f"use asked for: {_counts(asked.categories, CATEGORIES)}; data asked for: {_counts(asked.levels, LEVELS)}",
    ]
    if asked.purposes:
        lines.append(f"purposes (as logged, detected values masked; {len(asked.purposes)} different):")
        lines += [f"  - {p}" for p in asked.purposes[-MAX_PURPOSES:]]
    return lines


def tools_draft(policy: Policy, asked: list[ToolAsked], header: str) -> str:
    """A `tools:` list with one entry per requested service the organisation does not list yet;
    requests about its own entries (already in tools.yaml) as comments only."""
    out = [*(f"# {line}" for line in header.splitlines()), "tools:"]
    known = {t.id: t for t in policy.known_tools()}
    for a in asked:
        tool = known.get(a.tool) or (requested_tool(policy, a.tool) if a.tool.startswith(HOST_PREFIX) else None)
        out.append("")
        out += [f"  # {line}" for line in _comment_lines(a)]
        if tool is None or (tool.source == "organisation" and not tool.id.startswith(HOST_PREFIX)):
            where = "not in the policy any more" if tool is None else f"already in tools.yaml as {tool.status}"
            out.append(f"  # {where}: no draft entry; change that entry if the assessment says so.")
            continue
        out += _tool_entry(policy, tool, a)
    return "\n".join(out) + "\n"


def _tool_entry(policy: Policy, tool: Tool, a: ToolAsked) -> list[str]:
    out = (
        [f"  # {REVIEW}: no catalogue knows this host: name the vendor and every host the tool uses."]
        if tool.id.startswith(HOST_PREFIX)
        else []
    )
    out += [
        f"  # {REVIEW}: after the assessment set status (approved, unlisted or forbidden) and the review date;",
        "  #   approved_for is the highest level asked for: keep it with status approved only.",
        f"  - id: {_yaml_value(draft_id(tool.id))}",
        f"    name: {_yaml_value(tool.name)}",
        f"    vendor: {_yaml_value(tool.vendor or REVIEW)}",
        f"    hosts: {_yaml_value(tool.hosts)}",
    ]
    if tool.paths != ["/*"]:
        out.append(f"    paths: {_yaml_value(tool.paths)}")
    if tool.adapter != "generic":
        out.append(f"    adapter: {_yaml_value(tool.adapter)}")
    out += [
        f"    category: {a.category}",
        f"    status: {REVIEW}",
        f"    approved_for: {a.level}",
        f"    owner: {_yaml_value(policy.settings.owner)}",
        f"    reviewed: {REVIEW}",
    ]
    if tool.kind:
        out.append(f"    kind: {tool.kind}")
    if tool.country:
        out.append(f"    country: {tool.country}")
    return out


def draft_id(tool_id: str) -> str:
    """A tool id tools.yaml accepts: a host asked about as itself ("host:new-ai.example") becomes
    "new-ai-example"."""
    if not tool_id.startswith(HOST_PREFIX):
        return tool_id
    return re.sub(r"[^a-z0-9-]+", "-", tool_id.removeprefix(HOST_PREFIX).lower()).strip("-")


def exception_id(request_id: str) -> str:
    """The draft exception's id: the request's, so an exception taken over is known next time."""
    return "EXC-REQ-" + request_id.removeprefix("req-").upper()


def exceptions_draft(policy: Policy, records: Iterable[dict[str, Any]], header: str) -> str:
    """An `exceptions:` list, one entry per exception request not yet taken over (by its id)."""
    out = [*(f"# {line}" for line in header.splitlines()), "exceptions:"]
    have = {e.id for e in policy.exceptions}
    skipped = 0
    for r in records:
        if r["kind"] != KINDS["exception"]:
            continue
        exc_id = exception_id(r["request_id"])
        if exc_id in have:
            skipped += 1
            continue
        out += ["", *_exception_entry(r, exc_id)]
    if skipped:
        out += ["", f"  # {skipped} request(s) left out: their exception is in the policy already."]
    return "\n".join(out) + "\n"


def _exception_entry(r: dict[str, Any], exc_id: str) -> list[str]:
    classes = _strings(r.get("data_classes"), ("personal", "client", "secret", "internal", "placeholder"))
    client = _text(r.get("client"))
    decision = _text(r.get("decision_id")) or "none"
    out = [
        f"  # {r['request_id']}: asked on {r['timestamp'][:10]} by {_text(r['user'])} after decision {decision}",
        f"  # reason (as logged, detected values masked): {_text(r.get('reason')) or '(none)'}",
        f"  # written permission given by (as logged): {_text(r.get('consent_by')) or '(none)'}",
        f"  # {REVIEW}: check the signed permission, then set valid_until; narrow who, data and action if need be.",
    ]
    if client is None:
        out.append("  # the client was not on the list: add it to clients.yaml and to clients: below")
    out += [
        f"  - id: {exc_id}",
        f"    description: {_yaml_value(_text(r.get('reason')) or 'requested through the portal')}",
        f"    who: {{users: {_yaml_value([r['user']])}}}",
        f"    tools: {_yaml_value([r['tool']])}",
        f"    data_classes: {_yaml_value(classes) if classes else '[' + REVIEW + ']'}",
    ]
    if client:
        out.append(f"    clients: {_yaml_value([client])}")
    out += [
        f"    consent_ref: {_yaml_value(_text(r.get('consent_ref')) or REVIEW)}",
        f"    valid_from: {r['timestamp'][:10]}",
        f"    valid_until: {REVIEW}",
        "    action: allow",
    ]
    return out


def overview(records: Iterable[dict[str, Any]], policy: Policy | None = None) -> str:
    """`requests list`: per kind and tool, the requests and the people asking, most people first."""
    rows: dict[tuple[str, str], ToolAsked] = {}
    for r in records:
        rows.setdefault((r["kind"], r["tool"]), ToolAsked(r["tool"])).add(r)
    if not rows:
        return "no requests\n"
    status = {t.id: t.status for t in policy.known_tools()} if policy else {}
    lines = [f"{'kind':<16} {'tool':<28} {'requests':>8} {'people':>6}  {'last':<10}  now"]
    for (kind, tool), a in sorted(rows.items(), key=lambda kv: (kv[0][0], -len(kv[1].users), kv[0][1])):
        now = status.get(tool, "not in the policy") if policy else ""
        lines.append(f"{kind:<16} {tool:<28} {len(a.ids):>8} {len(a.users):>6}  {a.last:<10}  {now}")
    return "\n".join(lines) + "\n"
