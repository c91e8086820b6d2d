"""The report as one self-contained HTML file: inline CSS, SVG charts, no script, no links out.

This module decides what the report shows: the tables, the geometry of the charts, every number
as text. `templates/report.html.j2` lays it out (works offline, prints one section per page
break where it fits) and escapes every value taken from the log on output (autoescape,
dlp_proxy.templating): tool ids, users and the (masked) justifications are data, never markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from dlp_proxy.templating import render_template

ACTIONS = ("allow", "pseudonymise", "redact", "warn", "block")
COLOURS = {"allow": "#3f8f5a", "pseudonymise": "#5b8fd6", "redact": "#3b73c4", "warn": "#d99a1e", "block": "#c0392b"}
PLAIN = "#3b73c4"  # the one colour of a chart of plain counts
TOP = 20  # bars in a chart; the tables list everything

CONTROLS = {
    "ISO27001:A.8.12": (
        "ISO/IEC 27001:2022 A.8.12 Data leakage prevention",
        "Prompts to AI tools are inspected; personal data, client data, secrets and internal "
        "information are masked or blocked by the policy before they leave.",
    ),
    "ISO27001:A.8.15": (
        "ISO/IEC 27001:2022 A.8.15 Logging",
        "Every inspected request is one decision record (no detected values, no prompt text), "
        "hash-chained across files; the period, the files and the policy versions in force are below.",
    ),
    "ISO27001:A.8.16": (
        "ISO/IEC 27001:2022 A.8.16 Monitoring activities",
        "Monitor-mode records show what the policy would have done without enforcing it; detection "
        "failures show how often the fail mode applied, and which.",
    ),
    "ISO27001:A.5.10": (
        "ISO/IEC 27001:2022 A.5.10 Acceptable use of information",
        "The AI policy's rules decide per tool; use of unlisted or forbidden AI tools is inventoried "
        "(shadow AI), exceptions name their consent reference and overrides carry a justification.",
    ),
    "NEN7510": (
        "NEN 7510 (information security in healthcare)",
        "Handling of personal data and of citizen service numbers (NL_BSN) in prompts, by action, "
        "including any sent towards unlisted or forbidden tools.",
    ),
}

# The summary cards: total -> label, in the order shown.
CARDS = (
    ("records", "requests inspected"),
    ("block", "blocked"),
    ("pseudonymise", "masked, values restored in the answer"),
    ("redact", "masked (redacted)"),
    ("warn", "warned"),
    ("allow", "allowed"),
    ("values_masked", "values masked"),
    ("shadow_ai_requests", "shadow-AI requests"),
    ("possibly_ai_hosts", "possibly AI hosts, not assessed"),
    ("monitor_only", "monitor-only"),
    ("detection_failures", "detection failures"),
    ("distinct_users", "distinct users"),
    ("distinct_tools", "AI tools"),
    ("malformed_lines", "malformed log lines"),
)


@dataclass(frozen=True)
class Cell:
    """One table cell as text; numeric cells are right-aligned."""

    text: str
    numeric: bool = False


@dataclass(frozen=True)
class Table:
    """A header row and body rows of cells."""

    head: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]  # none: the template says "None in this period."


@dataclass(frozen=True)
class Rect:
    """A bar (segment) with its tooltip."""

    x: float
    y: float
    width: float
    height: float
    fill: str
    tip: str


@dataclass(frozen=True)
class Label:
    """A text in a chart: a name, a count or a tick."""

    x: float
    y: float
    text: str
    anchor: str = "start"  # SVG text-anchor: start, middle or end


@dataclass(frozen=True)
class Chart:
    """An SVG chart, drawn by the template from these shapes (grid lines under the bars)."""

    title: str
    width: int
    height: int
    rects: tuple[Rect, ...]
    labels: tuple[Label, ...]
    grid: tuple[float, ...] = ()  # y of the horizontal grid lines, from `grid_from` to `width`
    grid_from: int = 0


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")  # a narrow no-break space: readable in any language


def _table(headers: list[str], rows: Iterable[list[Any]], numeric: set[int] | None = None) -> Table:
    """Cells as text; columns whose first value is a number are numeric unless `numeric` says which."""
    rows = list(rows)
    if numeric is None:
        numeric = {i for i, v in enumerate(rows[0]) if isinstance(v, int)} if rows else set()
    return Table(
        tuple(Cell(h, i in numeric) for i, h in enumerate(headers)),
        tuple(
            tuple(Cell(_n(v) if isinstance(v, int) else _text(v), i in numeric) for i, v in enumerate(r)) for r in rows
        ),
    )


def _by_action_table(first: str, items: Mapping[str, Mapping[str, Any]], extra: tuple[str, ...] = ()) -> Table:
    rows = [[k, *(v[x] for x in extra), v["requests"], *(v[a] for a in ACTIONS)] for k, v in items.items()]
    return _table([first, *extra, "requests", *ACTIONS], rows)


def _hbars(items: Mapping[str, Mapping[str, int]], title: str, stacked: bool = True) -> Chart | None:
    """Horizontal bars, one per name, stacked by action (or one colour for plain counts)."""
    rows = list(items.items())[:TOP]
    if not rows:
        return None
    label_w, bar_w, row_h = 190, 560, 20
    peak = max(v["requests"] for _, v in rows) or 1
    rects: list[Rect] = []
    labels: list[Label] = []
    for i, (name, v) in enumerate(rows):
        y = i * row_h + 3
        labels.append(Label(label_w - 6, y + 13, name[:32], "end"))
        x = float(label_w)
        for action, colour in COLOURS.items() if stacked else [("requests", PLAIN)]:
            w = v.get(action, 0) / peak * bar_w
            if w > 0:
                rects.append(
                    Rect(round(x, 1), y, round(w, 1), row_h - 5, colour, f"{name}: {action} {v.get(action, 0)}")
                )
                x += w
        labels.append(Label(round(x + 4, 1), y + 13, _n(v["requests"])))
    return Chart(title, label_w + bar_w + 70, len(rows) * row_h + 6, tuple(rects), tuple(labels))


def _day_chart(days: Mapping[str, Mapping[str, int]]) -> Chart | None:
    """Actions per day: one stacked column per day of the period, a grid line at 0, half and peak."""
    if not days:
        return None
    left, height, width = 50, 220, 900
    col = (width - left) / len(days)
    peak = max(d["requests"] for d in days.values()) or 1
    fractions = (0, 0.5, 1)
    grid = tuple(round(height - f * height + 5, 1) for f in fractions)
    labels = [
        Label(left - 6, round(y + 4, 1), _n(round(peak * f)), "end") for f, y in zip(fractions, grid, strict=True)
    ]
    rects: list[Rect] = []
    every = max(1, len(days) // 10)
    for i, (day, counts) in enumerate(days.items()):
        x, y = left + i * col, float(height + 5)
        for action in ACTIONS:
            h = counts[action] / peak * height
            if h > 0:
                y -= h
                tip = f"{day}: {action} {counts[action]}"
                rects.append(
                    Rect(round(x + col * 0.1, 1), round(y, 1), round(col * 0.8, 1), round(h, 1), COLOURS[action], tip)
                )
        if i % every == 0:
            labels.append(Label(round(x + col / 2, 1), height + 22, day[5:], "middle"))
    return Chart("Actions per day", width, height + 40, tuple(rects), tuple(labels), grid, left)


def _head(s: Mapping[str, Any]) -> dict[str, Any]:
    """Title, period line, summary cards and the evidence per control."""
    t, p, r = s["totals"], s["period"], s["report"]
    return {
        "title": _text(r["title"]),
        "period": {k: _text(p[k]) for k in ("from", "to", "first_record", "last_record")},
        "source": _text(r["source"]),
        "generated_at": _text(r["generated_at"]),
        "cards": [(_n(t[k]), label) for k, label in CARDS],
        "controls": [
            (*CONTROLS[c], _table(["evidence", "value"], [[k.replace("_", " "), v] for k, v in figures.items()]))
            for c, figures in s["compliance"].items()
        ],
        "legend_colours": [(a, COLOURS[a]) for a in ACTIONS],
        "days": _day_chart(s["actions_per_day"]),
    }


def _usage(s: Mapping[str, Any]) -> dict[str, Any]:
    """Per tool, shadow-AI inventory, data found and rules triggered."""
    shadow = [
        [k, v["status"], v["hosts"], v["first_seen"], v["last_seen"], v["requests"], v["distinct_users"]]
        + [v[a] for a in ACTIONS]
        for k, v in s["shadow_ai"].items()
    ]
    return {
        "tools_chart": _hbars(s["tools"], "Requests per tool"),
        "tools": _by_action_table("tool", s["tools"], ("status", "category", "approved_for")),
        "categories": _by_action_table("category", s["tool_categories"]),
        "approval_levels": _by_action_table("approved for", s["tool_approval_levels"]),
        "statuses": _by_action_table("status", s["tool_statuses"]),
        "shadow": _table(
            ["tool", "status", "hosts", "first seen", "last seen", "requests", "distinct users", *ACTIONS], shadow
        ),
        **_unassessed(s),
        "classes_chart": _hbars(s["data_classes"], "Requests per data class", stacked=False),
        "classes": _table(
            ["data class", "requests", "findings"],
            [[k, v["requests"], v["findings"]] for k, v in s["data_classes"].items()],
        ),
        "entities_chart": _hbars(s["entities"], "Requests per entity type", stacked=False),
        "entities": _table(
            ["entity type", "requests", "findings"],
            [[k, v["requests"], v["findings"]] for k, v in s["entities"].items()],
        ),
        "rules_chart": _hbars(s["rules"], "Requests per rule"),
        "rules": _by_action_table("rule", s["rules"]),
    }


def _unassessed(s: Mapping[str, Any]) -> dict[str, Any]:
    """Bundled-catalogue services used (by service, by kind) and hosts that only looked like AI."""
    bundled = [
        [k, v["kind"], v["hosts"], v["first_seen"], v["last_seen"], v["requests"], v["distinct_users"]]
        + [v[a] for a in ACTIONS]
        for k, v in s["shadow_ai_bundled"].items()
    ]
    kinds = [[k, v["services"], v["requests"], *(v[a] for a in ACTIONS)] for k, v in s["shadow_ai_kinds"].items()]
    possible = [
        [h, v["pattern"], v["connections"], v["long_lived"], v["first_seen"], v["last_seen"]]
        for h, v in s["possibly_ai"].items()
    ]
    return {
        "shadow_bundled": _table(
            ["service", "kind", "hosts", "first seen", "last seen", "requests", "distinct users", *ACTIONS], bundled
        ),
        "shadow_kinds": _table(["kind", "services", "requests", *ACTIONS], kinds),
        "possibly_ai": _table(
            ["host", "looks like AI by", "connections", "long-lived (30 s+)", "first seen", "last seen"],
            possible,
            numeric={2, 3},
        ),
    }


def _overrides(s: Mapping[str, Any]) -> dict[str, Any]:
    """Exceptions used, justifications given and detection failures."""
    just, fails = s["justifications"], s["detection_failures"]
    exceptions = [
        [k, v["consent_ref"], v["first_seen"], v["last_seen"], v["requests"], v["distinct_users"]]
        + [v[a] for a in ACTIONS]
        for k, v in s["exceptions"].items()
    ]
    justified = [
        [j["timestamp"], j["decision_id"], j["user"], j["tool"], j["rule_id"], j["action"], j["justification"]]
        for j in just["items"]
    ]
    return {
        "exceptions": _table(
            ["exception", "consent reference", "first seen", "last seen", "requests", "distinct users", *ACTIONS],
            exceptions,
        ),
        "justified_total": _n(just["total"]),
        "justified_shown": _n(just["shown"]),
        "justifications": _table(
            ["time (UTC)", "decision", "user", "tool", "rule", "action", "justification"], justified, numeric=set()
        ),
        "fail_reasons": _table(["reason", "requests"], [[k, v] for k, v in fails["fail_reasons"].items()]),
        "fail_modes": _table(["fail mode (rule)", "requests"], [[k, v] for k, v in fails["fail_modes"].items()]),
    }


def _log(s: Mapping[str, Any]) -> dict[str, Any]:
    """The log itself: policy versions in force, files read, what was skipped."""
    t = s["totals"]
    versions = [[k, v["first_seen"], v["last_seen"], v["requests"]] for k, v in s["policy_versions"].items()]
    files = [
        ["files read", t["files"]],
        ["malformed lines skipped", t["malformed_lines"]],
        ["records outside the period", t["outside_period"]],
        ["other events", t["other_events"]],
    ]
    return {
        "policy_versions": _table(["policy version", "first seen", "last seen", "requests"], versions),
        "files": _table(["", "value"], files),
        "malformed_at": ", ".join(s["malformed"]["first_locations"]),
    }


def render(s: Mapping[str, Any]) -> str:
    """The report of summary `s` (dlp_proxy.audit.report.build_report) as one HTML page."""
    return render_template("dlp_proxy.audit", "report.html.j2", **_head(s), **_usage(s), **_overrides(s), **_log(s))
