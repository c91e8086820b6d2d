"""`dlp-proxy report`: stream the decision log into one summary (JSON-ready dict).

One pass, one line at a time: memory grows with the number of tools, rules, users, days and
observed hosts (bounded: dlp_proxy.audit.report_shadow), never with the number of records. Only
known fields are read; the justification (masked when logged) is the only free text that reaches
the report (a request's purpose, reason and consent never do: dlp_proxy.audit.report_requests).
JSON and CSV: dlp_proxy.audit.report_formats; HTML: dlp_proxy.audit.report_html."""

from __future__ import annotations

import heapq
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from dlp_proxy.audit.chain import files_of as log_files  # noqa: F401 - re-exported for the CLI
from dlp_proxy.audit.report_acks import AcknowledgementLedger, readable_acknowledgement
from dlp_proxy.audit.report_compliance import compliance
from dlp_proxy.audit.report_drift import DriftLedger, readable_drift
from dlp_proxy.audit.report_formats import to_csv, to_json  # noqa: F401 - re-exported, as before the split
from dlp_proxy.audit.report_requests import RequestLedger, readable_request
from dlp_proxy.audit.report_shadow import ACTIONS, ShadowInventory, readable_observed
from dlp_proxy.audit.report_shadow import Seen as _Seen

__all__ = ["build_report", "log_files", "to_csv", "to_json"]

SHADOW_STATUSES = frozenset({"unlisted", "forbidden"})
FAIL_RULES = ("FAIL-CLOSED", "FAIL-OPEN")  # dlp_proxy.policy.decision; not imported: it pulls in the detector
MAX_JUSTIFICATIONS = 1000  # the newest ones are listed; the count covers all
# The report's columns of a justification, in the order ReportBuilder keeps them.
JUSTIFICATION_FIELDS = ("timestamp", "decision_id", "user", "tool", "rule_id", "action", "justification")
MAX_MALFORMED_SHOWN = 20  # where (file:line) the first malformed lines are; never their content
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z\Z")


def _readable_decision(r: dict[str, Any]) -> bool:
    return r.get("action") in ACTIONS and isinstance(r.get("tool"), str)


# The events the report reads, each with its check that a record is readable.
_READABLE = {
    "decision": _readable_decision,
    "observed": readable_observed,
    "request": readable_request,
    "acknowledgement": readable_acknowledgement,
    "drift": readable_drift,
}


def _sortable(ts: str) -> str:
    """'...:40Z' and '...:40.5Z' to fixed width, so timestamps compare as strings."""
    if len(ts) == 27:
        return ts
    frac = ts[20:-1] if ts[19] == "." else ""
    return f"{ts[:19]}.{frac.ljust(6, '0')}Z"


def _count_map(value: Any) -> dict[str, int]:
    """A {name: count} field as logged; anything else (a damaged record) counts as empty."""
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if type(v) is int and v > 0}


def _str(value: Any, default: str = "none") -> str:
    return value if isinstance(value, str) and value else default


class ReportBuilder:
    """Feed it log lines (`add_line`) or whole files (`add_file`); `summary()` gives the report."""

    def __init__(self, date_from: date | None = None, date_to: date | None = None) -> None:
        self.date_from = date_from.isoformat() if date_from else None
        self.date_to = date_to.isoformat() if date_to else None
        self.files = 0
        self.records = self.malformed = self.outside = self.other_events = 0
        self.malformed_at: list[str] = []
        self.first, self.last = "9999", ""
        self.actions: Counter[str] = Counter()
        self.users: set[str] = set()
        self.tools: dict[str, dict[str, Any]] = {}
        self.by_dim: dict[str, defaultdict[str, Counter[str]]] = {
            d: defaultdict(Counter) for d in ("tool_categories", "tool_approval_levels", "tool_statuses", "rules")
        }
        self.days: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.classes: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.entities: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.exceptions: defaultdict[str, _Seen] = defaultdict(_Seen)
        self.shadow: defaultdict[str, _Seen] = defaultdict(_Seen)
        self.shadow_status: dict[str, str] = {}
        self.inventory = ShadowInventory()  # bundled-catalogue services used, observed hosts
        self.requests = RequestLedger()  # `request` records: new tools and exceptions asked for
        self.acks = AcknowledgementLedger()  # `acknowledgement` records: the policy seen at first contact
        self.drift = DriftLedger()  # `drift` records: web apps that changed under their adapter
        self.policies: defaultdict[str, _Seen] = defaultdict(_Seen)
        self.justified = 0
        self.justifications: list[tuple[str, str, str, str, str, str, str]] = []  # heap, newest kept
        self.fail_reasons: Counter[str] = Counter()
        self.fail_rules: Counter[str] = Counter()
        self.monitor_would: Counter[str] = Counter()
        self.masked = self.with_data = 0
        self.nen: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def add_file(self, path: Path) -> None:
        self.files += 1
        with path.open(encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if line.strip() and not self.add_line(line):
                    self.malformed += 1
                    if len(self.malformed_at) < MAX_MALFORMED_SHOWN:
                        self.malformed_at.append(f"{path.name}:{n}")

    def add_line(self, line: str) -> bool:
        """Count one log line; False if it is not a readable decision, observed, request or
        acknowledgement record (the caller counts it). Other events are counted apart, never read."""
        try:
            r = json.loads(line)
        except ValueError:
            return False
        if not isinstance(r, dict):
            return False
        event, ts, action, tool = r.get("event"), r.get("timestamp"), r.get("action"), r.get("tool")
        if event not in _READABLE:
            self.other_events += 1
            return True
        if not (isinstance(ts, str) and _TIMESTAMP.match(ts)):
            return False
        if not _READABLE[event](r):
            return False
        day = ts[:10]
        # An acknowledgement before the period still holds in it: only the period's end bounds it.
        early = self.date_from and day < self.date_from and event != "acknowledgement"
        if early or (self.date_to and day > self.date_to):
            self.outside += 1
        elif event == "observed":  # a tunnelled host that looked like an AI service: counts only
            self.inventory.add_observed(r)
        elif event == "request":
            self.requests.add_request(r, _sortable(ts))
        elif event == "acknowledgement":
            self.acks.add(r, _sortable(ts))
        elif event == "drift":
            self.drift.add(r)
        else:
            self._add(r, _sortable(ts), day, str(action), str(tool))
        return True

    def _add(self, r: dict[str, Any], ts: str, day: str, action: str, tool: str) -> None:
        self.records += 1
        self.first, self.last = min(self.first, ts), max(self.last, ts)
        self.actions[action] += 1
        self.days[day][action] += 1
        user = _str(r.get("user"), "unknown")
        self.users.add(user)
        status = _str(r.get("tool_status"), "unknown")
        t = self.tools.setdefault(tool, {"requests": 0, "actions": Counter()})
        t["requests"] += 1
        t["actions"][action] += 1
        if ts >= t.get("as_of", ""):  # the tool as its newest decision saw it (files need not be in order)
            t["status"], t["category"], t["as_of"] = status, _str(r.get("tool_category")), ts
            t["approved_for"] = _str(r.get("tool_approved_for"))
        for dim, key in (
            ("tool_categories", t["category"]),
            ("tool_approval_levels", t["approved_for"]),
            ("tool_statuses", status),
            ("rules", _str(r.get("rule_id"))),
        ):
            self.by_dim[dim][key][action] += 1
        classes, entities = _count_map(r.get("data_classes")), _count_map(r.get("entities"))
        self.with_data += 1 if classes else 0
        for name, n in classes.items():
            self.classes[name].update(requests=1, findings=n)
        for name, n in entities.items():
            self.entities[name].update(requests=1, findings=n)
        if status in SHADOW_STATUSES:
            self.shadow[tool].add(ts, user, action, _str(r.get("host"), ""))
            if ts >= self.shadow[tool].last:
                self.shadow_status[tool] = status
        self.inventory.add_decision(r, ts, user, action, tool)
        self.requests.add_decision(ts, tool, status)
        exc = r.get("exception_id")
        if isinstance(exc, str) and exc:
            self.exceptions[exc].add(ts, user, action, _str(r.get("consent_ref"), "(none)"))
        self.policies[_str(r.get("policy_version"), "unknown")].add(ts, "", action)
        just = r.get("justification")
        if isinstance(just, str) and just:
            self.justified += 1
            item = (ts, _str(r.get("decision_id"), ""), user, tool, _str(r.get("rule_id")), action, just)
            if len(self.justifications) < MAX_JUSTIFICATIONS:
                heapq.heappush(self.justifications, item)
            else:
                heapq.heappushpop(self.justifications, item)
        reason = r.get("fail_reason")
        if isinstance(reason, str) and reason:
            self.fail_reasons[reason] += 1
        elif r.get("detection_failed") is True:
            self.fail_reasons["unspecified"] += 1
        if r.get("rule_id") in FAIL_RULES:
            self.fail_rules[r["rule_id"]] += 1
        if r.get("enforced") is False:
            self.monitor_would[_str(r.get("would_action"), action)] += 1
        masked = r.get("masked")
        if type(masked) is int and masked > 0:
            self.masked += masked
        if "personal" in classes:
            self.nen["personal_data"][action] += 1
        if "NL_BSN" in entities:
            self.nen["nl_bsn"][action] += 1
            if status in SHADOW_STATUSES:
                self.nen["nl_bsn_to_unlisted_or_forbidden"][action] += 1

    def summary(self, source: str = "", generated_at: datetime | None = None) -> dict[str, Any]:
        return _summary(self, source, generated_at or datetime.now(UTC))


def build_report(
    path: Path | list[Path],
    date_from: date | None = None,
    date_to: date | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """One report over one log folder, or over several (one per proxy replica, each its own chain)."""
    paths = path if isinstance(path, list) else [path]
    builder = ReportBuilder(date_from, date_to)
    for folder in paths:
        for p in log_files(folder):
            builder.add_file(p)
    return builder.summary(", ".join(map(str, paths)), generated_at)


def _by_action(c: Counter[str]) -> dict[str, int]:
    return {"requests": sum(c.values()), **{a: c[a] for a in ACTIONS}}


def _desc(items: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """Rows sorted by requests, most first, then by name."""
    return dict(sorted(items, key=lambda kv: (-kv[1]["requests"], kv[0])))


def _actions_table(counters: Mapping[str, Counter[str]]) -> dict[str, Any]:
    """Requests and actions per key, the most requested first."""
    return _desc((k, _by_action(c)) for k, c in counters.items())


def _days(b: ReportBuilder) -> dict[str, dict[str, int]]:
    """Every day of the period, the quiet ones too (a gap in the chart is evidence as well)."""
    if not b.records:
        return {}
    day, last = date.fromisoformat(b.first[:10]), date.fromisoformat(b.last[:10])
    out = {}
    while day <= last:
        out[day.isoformat()] = _by_action(b.days.get(day.isoformat(), Counter()))
        day += timedelta(days=1)
    return out


def _summary(b: ReportBuilder, source: str, generated_at: datetime) -> dict[str, Any]:
    any_records = b.records > 0
    period = {
        "from": b.date_from or (b.first[:10] if any_records else None),
        "to": b.date_to or (b.last[:10] if any_records else None),
        "first_record": b.first if any_records else None,
        "last_record": b.last if any_records else None,
    }
    # The version in force at the end of the period: that of the newest decision.
    current = max(b.policies, key=lambda v: b.policies[v].last, default=None)
    acks = b.acks.sections(current, b.users)
    totals = {
        "records": b.records,
        **{a: b.actions[a] for a in ACTIONS},
        "values_masked": b.masked,
        "monitor_only": sum(b.monitor_would.values()),
        "detection_failures": sum(b.fail_reasons.values()),
        "exceptions_used": sum(e.requests for e in b.exceptions.values()),
        "justifications": b.justified,
        "shadow_ai_requests": sum(s.requests for s in b.shadow.values()),
        "distinct_users": len(b.users),
        "distinct_tools": len(b.tools),
        "files": b.files,
        "malformed_lines": b.malformed,
        "outside_period": b.outside,
        "other_events": b.other_events,
        **b.inventory.totals(),
        **b.requests.totals(),
        **b.acks.totals(current),
    }
    tools = {
        name: {k: t[k] for k in ("status", "category", "approved_for")} | _by_action(t["actions"])
        for name, t in b.tools.items()
    }
    shadow = {
        name: {
            "status": b.shadow_status[name],
            "first_seen": s.first,
            "last_seen": s.last,
            "requests": s.requests,
            "distinct_users": len(s.users),
            "hosts": ", ".join(sorted(s.labels)),
            **{a: s.actions[a] for a in ACTIONS},
        }
        for name, s in b.shadow.items()
    }
    exceptions = {
        name: {
            "consent_ref": ", ".join(sorted(e.labels)),
            "first_seen": e.first,
            "last_seen": e.last,
            "requests": e.requests,
            "distinct_users": len(e.users),
            **{a: e.actions[a] for a in ACTIONS},
        }
        for name, e in b.exceptions.items()
    }
    policies = {v: {"first_seen": p.first, "last_seen": p.last, "requests": p.requests} for v, p in b.policies.items()}
    justifications = [dict(zip(JUSTIFICATION_FIELDS, j, strict=True)) for j in sorted(b.justifications, reverse=True)]
    fails = {"fail_reasons": dict(b.fail_reasons.most_common()), "fail_modes": {r: b.fail_rules[r] for r in FAIL_RULES}}
    shadow_total = {a: sum(s.actions[a] for s in b.shadow.values()) for a in ACTIONS}
    return {
        "report": {
            "title": "dlp-proxy: AI use and data-leakage prevention",
            "source": source,
            "generated_at": generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        "period": period,
        "totals": totals,
        "actions": {a: b.actions[a] for a in ACTIONS},
        "actions_per_day": _days(b),
        "tools": _desc(tools.items()),
        "tool_categories": _actions_table(b.by_dim["tool_categories"]),
        "tool_approval_levels": _actions_table(b.by_dim["tool_approval_levels"]),
        "tool_statuses": _actions_table(b.by_dim["tool_statuses"]),
        "data_classes": _desc((k, dict(c)) for k, c in b.classes.items()),
        "entities": _desc((k, dict(c)) for k, c in b.entities.items()),
        "rules": _actions_table(b.by_dim["rules"]),
        "exceptions": _desc(exceptions.items()),
        "justifications": {"total": b.justified, "shown": len(justifications), "items": justifications},
        **b.requests.sections(),
        **acks,
        "shadow_ai": _desc(shadow.items()),
        **b.inventory.sections(),
        **b.drift.sections(),
        "detection_failures": fails,
        "policy_versions": dict(sorted(policies.items(), key=lambda kv: str(kv[1]["first_seen"]))),
        "malformed": {"lines": b.malformed, "first_locations": list(b.malformed_at)},
        "compliance": compliance(b, totals, shadow_total, fails, len(policies), acks),
    }
