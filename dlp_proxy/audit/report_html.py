"""The report as one self-contained HTML file: inline CSS, SVG charts drawn here, no script, no links out.

Works offline, prints (one section per page break where it fits), and escapes every value
taken from the log: tool ids, users and the (masked) justifications are data, never markup.
"""

from __future__ import annotations

from html import escape
from typing import Any

ACTIONS = ("allow", "redact", "warn", "block")
COLOURS = {"allow": "#3f8f5a", "redact": "#3b73c4", "warn": "#d99a1e", "block": "#c0392b"}
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

CSS = """
:root { --ink: #1d2430; --muted: #5b6573; --line: #d9dee5; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       background: var(--bg); margin: 0; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.meta, .note { color: var(--muted); }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 16px 20px;
          margin: 16px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.card b { display: block; font-size: 20px; }
.card span { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: var(--bg); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
svg { display: block; max-width: 100%; height: auto; }
svg text { font: 11px system-ui, sans-serif; fill: var(--ink); }
.control { border-left: 4px solid #3b73c4; padding-left: 10px; margin: 10px 0; }
.empty { color: var(--muted); font-style: italic; }
@media print {
  body { background: #fff; font-size: 11px; }
  main { max-width: none; padding: 0; }
  section { border: none; border-radius: 0; padding: 0; margin: 0 0 14px; break-inside: avoid-page; }
  table { break-inside: auto; } tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _e(value: Any) -> str:
    return escape("" if value is None else str(value))


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")  # a narrow no-break space: readable in any language


def _table(headers: list[str], rows: list[list[Any]], numeric: set[int] | None = None) -> str:
    if not rows:
        return '<p class="empty">None in this period.</p>'
    numeric = numeric if numeric is not None else {i for i, v in enumerate(rows[0]) if isinstance(v, int)}

    def cls(i: int) -> str:
        return ' class="n"' if i in numeric else ""

    head = "".join(f"<th{cls(i)}>{_e(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>"
        + "".join(f"<td{cls(i)}>{_n(v) if isinstance(v, int) else _e(v)}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _legend() -> str:
    items = "".join(f'<span><i style="background:{COLOURS[a]}"></i>{a}</span>' for a in ACTIONS)
    return f'<div class="legend">{items}</div>'


def _hbars(items: dict[str, dict[str, int]], title: str, stacked: bool = True) -> str:
    """Horizontal bars, one per name, stacked by action (or one colour for plain counts)."""
    rows = list(items.items())[:TOP]
    if not rows:
        return ""
    label_w, bar_w, row_h = 190, 560, 20
    peak = max(v["requests"] for _, v in rows) or 1
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {label_w + bar_w + 70} {len(rows) * row_h + 6}" '
             f'width="{label_w + bar_w + 70}"><title>{_e(title)}</title>']  # fmt: skip
    for i, (name, v) in enumerate(rows):
        y = i * row_h + 3
        parts.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(name[:32])}</text>')
        x = float(label_w)
        for action, colour in COLOURS.items() if stacked else [("requests", "#3b73c4")]:
            w = v.get(action, 0) / peak * bar_w
            if w > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 5}" fill="{colour}">'
                             f"<title>{_e(name)}: {action} {v.get(action, 0)}</title></rect>")  # fmt: skip
                x += w
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 13}">{_n(v["requests"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _day_chart(days: dict[str, dict[str, int]]) -> str:
    """Actions per day: one stacked column per day of the period."""
    if not days:
        return '<p class="empty">No records in this period.</p>'
    left, height, width = 50, 220, 900
    col = (width - left) / len(days)
    peak = max(d["requests"] for d in days.values()) or 1
    parts = [f'<svg class="chart" role="img" viewBox="0 0 {width} {height + 40}" width="{width}">'
             "<title>Actions per day</title>"]  # fmt: skip
    for frac in (0, 0.5, 1):
        y = height - frac * height + 5
        tick = _n(round(peak * frac))
        parts.append(f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d9dee5"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')  # fmt: skip
    every = max(1, len(days) // 10)
    for i, (day, counts) in enumerate(days.items()):
        x, y = left + i * col, float(height + 5)
        for action in ACTIONS:
            h = counts[action] / peak * height
            if h > 0:
                y -= h
                tip = f"{day}: {action} {counts[action]}"
                parts.append(f'<rect x="{x + col * 0.1:.1f}" y="{y:.1f}" width="{col * 0.8:.1f}" height="{h:.1f}" '
                             f'fill="{COLOURS[action]}"><title>{tip}</title></rect>')  # fmt: skip
        if i % every == 0:
            parts.append(f'<text x="{x + col / 2:.1f}" y="{height + 22}" text-anchor="middle">{day[5:]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _section(ident: str, title: str, body: str) -> str:
    return f'<section id="{ident}"><h2>{_e(title)}</h2>{body}</section>'


def _by_action_table(first: str, items: dict[str, dict[str, Any]], extra: tuple[str, ...] = ()) -> str:
    rows = [[k, *(v[x] for x in extra), v["requests"], *(v[a] for a in ACTIONS)] for k, v in items.items()]
    return _table([first, *extra, "requests", *ACTIONS], rows)


def render(s: dict[str, Any]) -> str:
    t, p = s["totals"], s["period"]
    cards = "".join(
        f'<div class="card"><b>{_n(t[k])}</b><span>{_e(label)}</span></div>'
        for k, label in [("records", "requests inspected"), ("block", "blocked"), ("redact", "masked (redacted)"),
                         ("warn", "warned"), ("allow", "allowed"), ("values_masked", "values masked"),
                         ("shadow_ai_requests", "shadow-AI requests"), ("monitor_only", "monitor-only"),
                         ("detection_failures", "detection failures"), ("distinct_users", "distinct users"),
                         ("distinct_tools", "AI tools"), ("malformed_lines", "malformed log lines")]
    )  # fmt: skip
    controls = "".join(
        f'<div class="control"><h3>{_e(CONTROLS[c][0])}</h3><p>{_e(CONTROLS[c][1])}</p>'
        + _table(["evidence", "value"], [[k.replace("_", " "), v] for k, v in figures.items()])
        + "</div>"
        for c, figures in s["compliance"].items()
    )
    shadow = s["shadow_ai"]
    just = s["justifications"]
    fails = s["detection_failures"]
    sections = [
        _section("totals", "Totals", f'<div class="cards">{cards}</div>'),
        _section("compliance", "Evidence per control", controls),
        _section("over-time", "Actions over time (per day, UTC)", _legend() + _day_chart(s["actions_per_day"])),
        _section("tools", "Usage per AI tool", _legend() + _hbars(s["tools"], "Requests per tool")
                 + _by_action_table("tool", s["tools"], ("status", "category", "approved_for"))
                 + "<h3>Per tool category</h3>" + _by_action_table("category", s["tool_categories"])
                 + "<h3>Per approval level (highest risk a tool is approved for)</h3>"
                 + _by_action_table("approved for", s["tool_approval_levels"])
                 + "<h3>Per tool status</h3>" + _by_action_table("status", s["tool_statuses"])),
        _section("shadow-ai", "Shadow-AI inventory (unlisted and forbidden tools)", _table(
            ["tool", "status", "hosts", "first seen", "last seen", "requests", "distinct users", *ACTIONS],
            [[k, v["status"], v["hosts"], v["first_seen"], v["last_seen"], v["requests"], v["distinct_users"],
              *(v[a] for a in ACTIONS)] for k, v in shadow.items()])),
        _section("data", "Data found", _hbars(s["data_classes"], "Requests per data class", stacked=False)
                 + _table(["data class", "requests", "findings"],
                          [[k, v["requests"], v["findings"]] for k, v in s["data_classes"].items()])
                 + "<h3>Entity types</h3>" + _hbars(s["entities"], "Requests per entity type", stacked=False)
                 + _table(["entity type", "requests", "findings"],
                          [[k, v["requests"], v["findings"]] for k, v in s["entities"].items()])),
        _section("rules", "Top rules triggered", _legend() + _hbars(s["rules"], "Requests per rule")
                 + _by_action_table("rule", s["rules"])),
        _section("exceptions", "Exceptions used", _table(
            ["exception", "consent reference", "first seen", "last seen", "requests", "distinct users", *ACTIONS],
            [[k, v["consent_ref"], v["first_seen"], v["last_seen"], v["requests"], v["distinct_users"],
              *(v[a] for a in ACTIONS)] for k, v in s["exceptions"].items()])),
        _section("justifications", "Justifications given (masked as logged)",
                 f'<p class="note">{_n(just["total"])} in total; the newest {_n(just["shown"])} listed.</p>'
                 + _table(["time (UTC)", "decision", "user", "tool", "rule", "action", "justification"],
                          [[j["timestamp"], j["decision_id"], j["user"], j["tool"], j["rule_id"], j["action"],
                            j["justification"]] for j in just["items"]], numeric=set())),
        _section("failures", "Detection failures and fail modes", _table(
            ["reason", "requests"], list(map(list, fails["fail_reasons"].items())))
            + _table(["fail mode (rule)", "requests"], list(map(list, fails["fail_modes"].items())))),
        _section("log", "The log itself", _table(
            ["policy version", "first seen", "last seen", "requests"],
            [[k, v["first_seen"], v["last_seen"], v["requests"]] for k, v in s["policy_versions"].items()])
            + _table(["", "value"], [["files read", t["files"]], ["malformed lines skipped", t["malformed_lines"]],
                                      ["records outside the period", t["outside_period"]],
                                      ["other events", t["other_events"]]])
            + (f'<p class="note">First malformed lines: {_e(", ".join(s["malformed"]["first_locations"]))}</p>'
               if s["malformed"]["first_locations"] else "")),
    ]  # fmt: skip
    title = s["report"]["title"]
    meta = (f"Period {_e(p['from'])} to {_e(p['to'])} (records from {_e(p['first_record'])} to "
            f"{_e(p['last_record'])}). Source: {_e(s['report']['source'])}. "
            f"Generated {_e(s['report']['generated_at'])}. "
            "No detected value or prompt text is in the log or in this report.")  # fmt: skip
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head>"
        f'<body><main><h1>{_e(title)}</h1><p class="meta">{meta}</p>{"".join(sections)}</main></body></html>\n'
    )
