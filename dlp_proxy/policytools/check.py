"""`dlp-proxy policy check`: what the schema cannot see (unknown entity types, overlapping hosts,
rules that never decide, stale reviews, dated exceptions), each located by file and line."""

from __future__ import annotations

import ast
import calendar
import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations, product
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from dlp_proxy.cheatsheet.fit import cheatsheet_problems
from dlp_proxy.errors import PolicyError
from dlp_proxy.findings import DATA_CLASSES, ENTITY_TYPES, DataClass
from dlp_proxy.policy.decision import rule_matches  # the decider's own matcher, not a copy
from dlp_proxy.policy.loader import (
    PolicySource,
    Problem,
    Severity,
    field_path,
    load_policy,
    locate,
    read_sources,
    validation_problems,
)
from dlp_proxy.policy.schema import Policy, Tool
from dlp_proxy.policytools.check_catalogue import catalogue_problems
from dlp_proxy.textnorm import key

# Makes a problem located at a path into the policy, e.g. ("tools", 2, "reviewed").
At = Callable[[tuple[Any, ...], Severity, str, str], Problem]


@dataclass(frozen=True)
class CheckReport:
    path: str
    problems: tuple[Problem, ...]
    policy: Policy | None = None

    def count(self, severity: Severity) -> int:
        return sum(1 for p in self.problems if p.severity == severity)

    @property
    def ok(self) -> bool:
        return self.policy is not None and self.count("error") == 0


def render(p: Problem) -> str:
    """One line per problem, compiler style: editors jump to `file:line`."""
    return f"{p.where}: {p.severity}: {p.field}: {p.message}; fix: {p.fix}"


def check_policy(path: str | Path, today: date | None = None, catalogue: Path | None = None) -> CheckReport:
    """`catalogue`: another bundled catalogue file than the shipped one (tests)."""
    root, today = Path(path), today or date.today()
    try:
        policy = load_policy(root, catalogue=catalogue)
    except PolicyError as e:
        return CheckReport(str(root), tuple(load_problems(root, e)))
    _, sources = read_sources(root)
    return CheckReport(str(root), tuple(semantic_problems(policy, sources, root, today, catalogue)), policy)


def describe_invalid(path: str | Path, error: Exception) -> str:
    """Every error of an invalid policy with file and line, as `policy check` reports them
    (the loader alone leaves cross-reference errors without a line)."""
    try:
        problems = [p for p in check_policy(path).problems if p.severity == "error"]
    except Exception:  # the loader's own message is still a good answer
        return str(error)
    return "invalid policy:\n  " + "\n  ".join(render(p) for p in problems) if problems else str(error)


# --- load errors ------------------------------------------------------------------------


def load_problems(root: Path, e: PolicyError) -> list[Problem]:
    """The loader's error, one located problem per complaint."""
    if isinstance(e.__cause__, ValidationError):
        merged, sources = read_sources(root)
        return [
            p if p.line is not None else _locate_model_error(p, merged, sources, root)
            for p in validation_problems(e.__cause__, sources, root)
        ]
    # Unreadable files, YAML syntax, a section in two files: "file[:line]: message; fix".
    m = re.match(r"^(?P<file>.+?)(?::(?P<line>\d+))?: (?P<msg>.*)$", str(e), re.S)
    if m is None:
        return [Problem(str(e), str(root), field="(file)", fix="see the message")]
    msg, _, fix = m["msg"].rpartition("; ")
    return [
        Problem(
            msg or fix,
            m["file"],
            int(m["line"]) if m["line"] else None,
            "(file)",
            fix.removeprefix("fix ") if msg else "see the message",
        )
    ]


def _names(text: str) -> list[str]:
    try:
        return [str(v) for v in ast.literal_eval(text)]
    except (ValueError, SyntaxError):
        return []


def _index(items: Any, wanted: Any, attr: str | None = "id", nth: int = 0) -> int | None:
    """Position of the nth item (by its id, or the item itself) in a raw YAML list."""
    if not isinstance(items, list):
        return None
    hits = [i for i, it in enumerate(items) if (it.get(attr) if attr and isinstance(it, dict) else it) == wanted]
    return hits[nth] if len(hits) > nth else None


def _suggest(bad: str, known: Iterable[str], what: str) -> str:
    known = sorted(known)
    close = difflib.get_close_matches(bad, known, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return f"{hint}use one of the {what}: {', '.join(known)}"


def _locate_model_error(p: Problem, merged: dict[str, Any], sources: dict[str, PolicySource], root: Path) -> Problem:
    """Cross-reference errors come from the schema's model check without a location; find it.

    Coupled to the messages of Policy._consistent on purpose: tests/unit/policy/test_check.py
    covers each one, so a reworded message shows up there rather than as a missing line.
    """
    msg, fix = p.message, p.fix
    loc: tuple[Any, ...] = ()
    tool_ids = [t.get("id") for t in merged.get("tools", []) if isinstance(t, dict)]
    exceptions: Any = merged.get("exceptions")
    rules: Any = merged.get("rules")
    if m := re.match(r"exception (\S+) names unknown tool\(s\) (\[.*?\])", msg):
        bad = _names(m[2])[:1] or [""]
        i = _index(exceptions, m[1])
        loc = ("exceptions", i, "tools", _index(exceptions[i].get("tools"), bad[0], None)) if i is not None else ()
        fix = _suggest(bad[0], map(str, tool_ids), "tool ids")
    elif m := re.match(r"exception (\S+) names unknown group\(s\) (\[.*?\])", msg):
        bad = _names(m[2])[:1] or [""]
        i = _index(exceptions, m[1])
        who = exceptions[i].get("who", {}) if i is not None else {}
        loc = ("exceptions", i, "who", "groups", _index(who.get("groups"), bad[0], None)) if i is not None else ()
        fix = _suggest(bad[0], map(str, merged.get("groups") or {}), "groups") + "; or define it under groups:"
    elif m := re.match(r"rule (\S+) names unknown tool\(s\) (\[.*?\])", msg):
        bad = _names(m[2])[:1] or [""]
        i = _index(rules, m[1])
        when = rules[i].get("when", {}) if i is not None else {}
        loc = ("rules", i, "when", "tool", _index(when.get("tool"), bad[0], None)) if i is not None else ()
        fix = _suggest(bad[0], map(str, tool_ids), "tool ids")
    elif m := re.match(r"(tool|rule|exception) ids must be unique; duplicated: (\[.*?\])", msg):
        section = m[1] + "s"
        i = _index(merged.get(section), (_names(m[2])[:1] or [""])[0], nth=1)
        loc, fix = (section, i, "id"), "give each entry its own id"
    elif m := re.match(r"the last rule \((\S+)\) must be a catch-all", msg):
        loc = ("rules", len(rules) - 1, "when") if isinstance(rules, list) else ("rules",)
        fix = "end the rules with a rule that has 'when: {}' (e.g. DEFAULT-ALLOW)"
    elif m := re.match(r"threshold for unknown entity type '(\S+)'", msg):
        loc, fix = ("thresholds", m[1]), "add the entity type to a data class, or remove the threshold"
    elif msg.startswith("data_classes must define every class"):
        loc, fix = ("data_classes",), "add the missing classes under data_classes:"
    loc = tuple(part for part in loc if part is not None)
    if not loc:
        return p
    file, line = locate(sources, loc, root)
    # The schema's own hint ("...; use ids from tools:") gives way to the located fix.
    return Problem(msg.split("; ")[0], file, line, field_path(loc), fix)


# --- semantic checks --------------------------------------------------------------------


def semantic_problems(
    policy: Policy, sources: dict[str, PolicySource], root: Path, today: date, catalogue: Path | None = None
) -> list[Problem]:
    def at(loc: tuple[Any, ...], severity: Severity, message: str, fix: str) -> Problem:
        file, line = locate(sources, loc, root)
        return Problem(message, file, line, field_path(loc), fix, severity)

    out: list[Problem] = []
    out += _entity_types(policy, at)
    out += _host_overlaps(policy, at, sources, root)
    out += _exceptions(policy, at, today)
    out += _reviews(policy, at, today)
    out += _dead_rules(policy, at)
    out += catalogue_problems(policy, at, catalogue)
    out += cheatsheet_problems(policy, at)
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(out, key=lambda p: order[p.severity])


def _entity_types(policy: Policy, at: At) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for cls, d in policy.data_classes.items():
        for k, et in enumerate(d.entities):
            if et not in ENTITY_TYPES:
                yield at(
                    ("data_classes", cls, "entities", k),
                    "error",
                    f"no recognizer produces entity type '{et}', so it is never found",
                    _suggest(et, ENTITY_TYPES, "entity types"),
                )
            if et in seen and seen[et] != cls:
                yield at(
                    ("data_classes", cls, "entities", k),
                    "warning",
                    f"entity type '{et}' is in data classes '{seen[et]}' and '{cls}'; '{cls}' wins",
                    "keep each entity type in one data class",
                )
            seen[et] = cls
    for et in policy.thresholds:
        if et not in ENTITY_TYPES:
            yield at(
                ("thresholds", et),
                "error",
                f"no recognizer produces entity type '{et}'",
                _suggest(et, ENTITY_TYPES, "entity types"),
            )
    unused = [et for et in ENTITY_TYPES if et not in seen]
    if unused:
        yield at(
            ("data_classes",),
            "info",
            f"not in any data class, so not detected: {', '.join(unused)}",
            "nothing, if that is intended; else add them to a data class",
        )


def _literal_prefix(pattern: str) -> str:
    cut = min((pattern.find(c) for c in "*?[" if c in pattern), default=len(pattern))
    return pattern[:cut]


def paths_disjoint(a: Sequence[str], b: Sequence[str]) -> bool:
    """True only when no path can match both lists: their literal prefixes part ways."""
    pa, pb = [_literal_prefix(p) for p in a], [_literal_prefix(p) for p in b]
    return all(not (x.startswith(y) or y.startswith(x)) for x in pa for y in pb)


def hosts_overlap(tool_a: Tool, pattern_a: str, pattern_b: str) -> bool:
    """Whether host pattern A (of tool_a) and host pattern B can match one host name."""

    def covers(outer: str, inner: str) -> bool:
        # The tool's own matcher decides, with just the one pattern.
        return tool_a.model_copy(update={"hosts": [outer]}).matches_host(inner.removeprefix("*."))

    return (
        pattern_a == pattern_b
        or (pattern_a.startswith("*.") and covers(pattern_a, pattern_b))
        or (pattern_b.startswith("*.") and covers(pattern_b, pattern_a))
    )


def _host_overlaps(policy: Policy, at: At, sources: dict[str, PolicySource], root: Path) -> Iterator[Problem]:
    for (i, a), (j, b) in combinations(enumerate(policy.tools), 2):
        if paths_disjoint(a.paths, b.paths):
            continue
        for (ka, ha), (kb, hb) in product(enumerate(a.hosts), enumerate(b.hosts)):
            if hosts_overlap(a, ha, hb):
                file, line = locate(sources, ("tools", i, "hosts", ka), root)
                yield at(
                    ("tools", j, "hosts", kb),
                    "error",
                    f"host '{hb}' of tool '{b.id}' overlaps host '{ha}' of tool '{a.id}' ({file}:{line}); "
                    f"a host both match is judged as '{a.id}', the first in the list",
                    "keep each host in one tool (or give the tools paths that do not overlap)",
                )


def _client_keys(policy: Policy) -> set[str] | None:
    """Normalised client names the detector knows, or None when they cannot be listed (hashed)."""
    if policy.clients.hashed:
        return None
    names = list(policy.clients.names)
    if policy.clients.names_file:
        try:
            text = (Path(policy.base_dir or ".") / policy.clients.names_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        names += [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    return {" ".join(key(n)) for n in names}


def _exceptions(policy: Policy, at: At, today: date) -> Iterator[Problem]:
    known = _client_keys(policy)
    for i, e in enumerate(policy.exceptions):
        if today > e.valid_until:
            yield at(
                ("exceptions", i, "valid_until"),
                "warning",
                f"exception {e.id} expired on {e.valid_until}; it no longer applies",
                "remove it, or renew it with a new consent_ref and valid_until",
            )
        elif today < e.valid_from:
            yield at(
                ("exceptions", i, "valid_from"),
                "info",
                f"exception {e.id} starts on {e.valid_from}; until then it does not apply",
                "nothing, if that is intended",
            )
        for k, client in enumerate(e.clients):
            if known is not None and " ".join(key(client)) not in known:
                yield at(
                    ("exceptions", i, "clients", k),
                    "warning",
                    f"exception {e.id} names client '{client}', which is not in the client list, "
                    "so it never applies to that client",
                    "write the name as it appears under clients: names",
                )


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _reviews(policy: Policy, at: At, today: date) -> Iterator[Problem]:
    every = policy.settings.review_every_months
    for i, t in enumerate(policy.tools):
        due = add_months(t.reviewed, every)
        if today > due:
            yield at(
                ("tools", i, "reviewed"),
                "warning",
                f"tool '{t.id}' was last reviewed on {t.reviewed}, more than {every} months ago "
                f"(due {due}); owner: {t.owner}",
                f"{t.owner} reviews the tool and updates 'reviewed'",
            )
        elif t.reviewed > today:
            yield at(
                ("tools", i, "reviewed"),
                "warning",
                f"tool '{t.id}' has a review date in the future",
                "write the date of the last review",
            )


def _situations(policy: Policy) -> list[tuple[Tool, DataClass | None]]:
    """Every (tool, data class) a rule can meet: the catalogue's tools plus any tool that
    could be added later (each status and approval level), with each data class or none."""
    base = policy.tools[0]
    later = [
        base.model_copy(update={"id": "", "status": status, "approved_for": level})
        for status, level in [
            ("approved", "low"),
            ("approved", "medium"),
            ("approved", "high"),
            ("unlisted", None),
            ("forbidden", None),
        ]
    ]
    # One bundled service per kind and vendor stands for the rest (the generated rules tell them apart).
    bundled = list({(t.kind, t.vendor.casefold()): t for t in policy.bundled}.values())
    subjects: list[DataClass | None] = [*DATA_CLASSES, None]
    return list(product([*policy.tools, *bundled, *later], subjects))


def _rule_at(policy: Policy, j: int) -> tuple[Any, ...]:
    """Where rule j of the policy is written: in rules:, or the defaults entry it was generated from."""
    rule = policy.rules[j]
    if rule.origin is not None:
        section, part, name = rule.origin.split(".", 2)
        return (section, part, name)
    return ("rules", sum(1 for r in policy.rules[:j] if r.origin is None), "id")


def _dead_rules(policy: Policy, at: At) -> Iterator[Problem]:
    """Rules that are never the first to fit: earlier rules take every case they fit."""
    situations = _situations(policy)
    for j, rule in enumerate(policy.rules):
        fits = [s for s in situations if rule_matches(rule, *s)]
        if not fits:
            continue  # a data_class condition with no class left; the schema keeps classes valid
        winners = {next(r.id for r in policy.rules if rule_matches(r, *s)) for s in fits}
        if rule.id in winners:
            continue
        earlier = [r.id for r in policy.rules[:j] if r.id in winners]
        yield at(
            _rule_at(policy, j),
            "warning",
            f"rule {rule.id} never decides: every case it fits is decided earlier by {', '.join(earlier)}",
            f"move it above {earlier[0]}, narrow the earlier rule, or remove it",
        )
