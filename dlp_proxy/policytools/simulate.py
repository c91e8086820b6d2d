"""`dlp-proxy policy simulate`: replay logged decisions under a new policy before it goes live.

A decision record holds entity types and counts, never text, so findings are rebuilt from
the counts: offsets and scores are gone, and so is which client a CLIENT finding named
(inferred from the exception that applied, where one did, and reported as a caveat).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dlp_proxy.errors import PolicyError
from dlp_proxy.findings import Finding
from dlp_proxy.policy.decision import Decision, decide
from dlp_proxy.policy.schema import Policy
from dlp_proxy.textnorm import key

TOOL_REMOVED = "tool removed"
EXAMPLES = 5


def read_records(path: str | Path) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """(file:line, record) for every line of every `*.jsonl` in a folder, or of one file; None if unreadable."""
    root = Path(path)
    if root.is_dir():
        files = sorted(p for p in root.iterdir() if p.suffix == ".jsonl" and p.is_file())
    elif root.is_file():
        files = [root]
    else:
        raise PolicyError(f"{root}: no decision log here; pass --logs with a folder of *.jsonl or one file")
    if not files:
        raise PolicyError(f"{root}: no decision logs (*.jsonl) in this folder")
    for file in files:
        with file.open(encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    record = None
                yield f"{file}:{n}", record if isinstance(record, dict) else None


@dataclass
class Change:
    count: int = 0
    # Of which the client-scoped exception could not be evaluated (see the caveat).
    uncertain: int = 0
    actions: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)


@dataclass
class Sample:
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, example: str) -> None:
        self.count += 1
        if len(self.examples) < EXAMPLES:
            self.examples.append(example)


@dataclass
class Simulation:
    policy_version: str
    baseline: str  # "log", or the version of the current policy the records were re-decided under
    records: int = 0
    other_events: int = 0
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    changes: dict[tuple[str, str, str], Change] = field(default_factory=dict)
    unreadable: Sample = field(default_factory=Sample)
    uncertain_client: Sample = field(default_factory=Sample)
    removed_tools: dict[str, Sample] = field(default_factory=dict)
    dropped_types: Counter[str] = field(default_factory=Counter)
    not_reproduced: Sample = field(default_factory=Sample)
    logged_versions: set[str] = field(default_factory=set)

    @property
    def changed(self) -> int:
        return sum(c.count for c in self.changes.values())

    def caveats(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []

        def add(kind: str, n: int, message: str, examples: list[str] | None = None) -> None:
            if n:
                out.append({"kind": kind, "count": n, "examples": examples or [], "message": message})

        s = self.uncertain_client
        add(
            "client_unknown",
            s.count,
            f"{s.count} records with client data where a client-scoped exception decides, but the log "
            "does not say which client was named: where the logged decision applied the exception, the "
            "client counts as still covered (pass --current to verify the client lists); otherwise the "
            "exception counts as not applying (the stricter outcome)",
            s.examples,
        )
        for tool, s in sorted(self.removed_tools.items()):
            add(
                "tool_removed",
                s.count,
                f"{s.count} records of tool '{tool}', which the new policy no longer has ({TOOL_REMOVED}): "
                "its traffic would not be inspected at all",
                s.examples,
            )
        for et, n in sorted(self.dropped_types.items()):
            add(
                "entity_type_dropped",
                n,
                f"{n} records with {et} findings: {et} is in no data class of the new policy, so those "
                "findings were left out (the detector would not look for them)",
            )
        s = self.not_reproduced
        add(
            "not_reproduced",
            s.count,
            f"{s.count} records the current policy does not decide as logged (the policy changed since, or "
            "the log lacks what decided it); their baseline is the current policy's decision",
            s.examples,
        )
        if self.baseline == "log" and len(self.logged_versions) > 1:
            add(
                "mixed_versions",
                len(self.logged_versions),
                f"the records were decided under {len(self.logged_versions)} policy versions; pass --current "
                "to compare against one policy",
            )
        s = self.unreadable
        add(
            "unreadable",
            s.count,
            f"{s.count} lines are not a decision record (not JSON, or fields missing)",
            s.examples,
        )
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "policy_version": self.policy_version,
            "baseline": self.baseline,
            "records": self.records,
            "changed": self.changed,
            "transitions": [{"old": o, "new": n, "count": c} for (o, n), c in sorted(self.transitions.items())],
            "changes": [
                {
                    "tool": t,
                    "old_rule": o,
                    "new_rule": n,
                    "count": c.count,
                    "uncertain": c.uncertain,
                    "actions": [{"old": a, "new": b, "count": k} for (a, b), k in sorted(c.actions.items())],
                    "examples": c.examples,
                }
                for (t, o, n), c in self.sorted_changes()
            ],
            "caveats": self.caveats(),
        }

    def sorted_changes(self) -> list[tuple[tuple[str, str, str], Change]]:
        return sorted(self.changes.items(), key=lambda kv: (-kv[1].count, kv[0]))


@dataclass(frozen=True)
class _Outcome:
    action: str
    rule: str
    exception: str | None


def _findings(policy: Policy, entities: dict[str, Any], dropped: Counter[str]) -> list[Finding]:
    classes = policy.entity_classes()
    out = []
    for et, n in sorted(entities.items()):
        cls = classes.get(et)
        if cls is None:
            dropped[et] += 1
            continue
        out += [Finding(et, cls, 0, 0, 1.0, "decision-log")] * int(n)
    return out


def _client_subject(record: dict[str, Any], policy: Policy) -> str | None:
    """Which client the CLIENT findings named, as far as the record tells: one the logged
    exception covered, when it applied to the client data; else unknown (None)."""
    exc_id = record.get("exception_id")
    rejected = record.get("exceptions_rejected") or []
    if not exc_id or "client" not in (record.get("data_classes") or {}):
        return None
    if any(isinstance(r, dict) and r.get("id") == exc_id and r.get("reason") == "other_client" for r in rejected):
        return None
    exc = next((e for e in policy.exceptions if e.id == exc_id), None)
    if exc is None or not exc.clients or "client" not in exc.data_classes:
        return None
    return " ".join(key(exc.clients[0]))


def _same_clients(exc_id: str, current: Policy | None, new: Policy) -> bool:
    """Whether every client the current exception covers is still covered by the new one."""
    old = next((e for e in current.exceptions if e.id == exc_id), None) if current else None
    now = next((e for e in new.exceptions if e.id == exc_id), None)
    if old is None or now is None or "client" not in old.data_classes:
        return False
    return {" ".join(key(c)) for c in old.clients} <= {" ".join(key(c)) for c in now.clients}


def _redecide(policy: Policy, record: dict[str, Any], dropped: Counter[str]) -> Decision | None:
    # A record names the list its tool came from: an organisation entry, or a bundled service.
    tools = policy.bundled if record.get("tool_source") == "bundled" else policy.tools
    tool = next((t for t in tools if t.id == record["tool"]), None)
    if tool is None:
        return None
    subject = _client_subject(record, policy)
    findings = [
        replace(f, subject=subject) if f.data_class == "client" else f
        for f in _findings(policy, record["entities"], dropped)
    ]
    return decide(
        policy,
        tool,
        findings,
        user=str(record.get("user") or ""),
        today=_day(record["timestamp"]),
        # A valid DLP-OK line was given: a `warn` under the new policy would have let it through too.
        justified=record.get("justification") is not None,
        detection_failed=bool(record.get("detection_failed")),
        # Sensitivity labels as the record names them: known ones in the policy's spelling,
        # unknown ones by id; either may match the new policy's map.
        labels=[(str(label), str(label)) for label in record.get("labels") or []],
    )


def _day(timestamp: str) -> date:
    return datetime.fromisoformat(timestamp).date()


def _valid(record: dict[str, Any]) -> bool:
    try:
        _day(record["timestamp"])
    except (KeyError, TypeError, ValueError):
        return False
    return (
        isinstance(record.get("tool"), str)
        and isinstance(record.get("action"), str)
        and isinstance(record.get("entities"), dict)
        and all(isinstance(n, int) and n >= 0 for n in record["entities"].values())
    )


def simulate(
    records: Iterator[tuple[str, dict[str, Any] | None]], new: Policy, current: Policy | None = None
) -> Simulation:
    """Re-decide every decision record under `new`; the baseline is the log, or `current` when given."""
    sim = Simulation(new.version, current.version if current else "log")
    for where, record in records:
        if record is not None and record.get("event") != "decision":
            sim.other_events += 1
            continue
        if record is None or not _valid(record):
            sim.unreadable.add(where)
            continue
        sim.records += 1
        ref = str(record.get("decision_id") or where)
        sim.logged_versions.add(str(record.get("policy_version")))
        old = _Outcome(record["action"], str(record.get("rule_id")), record.get("exception_id"))
        if current is not None:
            base = _redecide(current, record, Counter())
            if base is not None:
                again = _Outcome(base.action, base.rule_id, base.exception_id)
                if (again.action, again.rule) != (old.action, old.rule):
                    sim.not_reproduced.add(ref)
                old = again
        decision = _redecide(new, record, sim.dropped_types)
        if decision is None:
            sim.removed_tools.setdefault(record["tool"], Sample()).add(ref)
            new_outcome = _Outcome(TOOL_REMOVED, f"({TOOL_REMOVED})", None)
        else:
            new_outcome = _Outcome(decision.action, decision.rule_id, decision.exception_id)
        # Client-scoped exceptions: the log does not say which client was named.
        uncertain = decision is not None and (
            any(r == "other_client" for _, r in decision.exceptions_rejected)
            or (_client_subject(record, new) is not None and not _same_clients(record["exception_id"], current, new))
        )
        if uncertain:
            sim.uncertain_client.add(ref)
        sim.transitions[(old.action, new_outcome.action)] += 1
        if old != new_outcome:
            change = sim.changes.setdefault((record["tool"], old.rule, new_outcome.rule), Change())
            change.count += 1
            change.uncertain += uncertain
            change.actions[(old.action, new_outcome.action)] += 1
            if len(change.examples) < EXAMPLES:
                change.examples.append(ref)
    return sim
