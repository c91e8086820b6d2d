"""The report as one self-contained HTML file, in Dutch or English: inline CSS, SVG charts, no
script, no links out.

This module decides what the report shows: the tables, the charts (their shapes:
report_view), every number as text and every word from report_texts and report_words in the
report's language (the requests and acknowledgements: report_html_portal).
`templates/report.html.j2` lays it out (works offline, prints one section per page break where it
fits) and escapes every value taken from the log on output (autoescape, dlp_proxy.templating):
tool ids, users and the (masked) justifications are data, never markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dlp_proxy.audit.report_drift import adapter_health
from dlp_proxy.audit.report_html_portal import acknowledgements, requests
from dlp_proxy.audit.report_texts import LANGUAGES, Lang, day, keys, lookup, number, text
from dlp_proxy.audit.report_view import COLOURS, Table, Words, as_text, day_chart, hbars, named, table
from dlp_proxy.audit.report_words import ACTIONS, CARDS, control, evidence
from dlp_proxy.templating import render_template

__all__ = ["COLOURS", "render"]


def _by_action(w: Words, first: str, items: Mapping[str, Mapping[str, Any]], field: str | None = None) -> Table:
    """A row per key (named as `field`'s values when given): requests, then each action."""
    rows = [[w.value(field, k) if field else k, v["requests"], *(v[a] for a in ACTIONS)] for k, v in items.items()]
    return table([w(f"th_{first}"), w("th_requests"), *w.actions()], rows)


def _head(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """Title, period line, summary cards and the evidence per control."""
    t, p, r = s["totals"], s["period"], s["report"]
    period = w(
        "period",
        start=day(p["from"], w.lang),
        end=day(p["to"], w.lang),
        first=as_text(p["first_record"]),
        last=as_text(p["last_record"]),
        source=as_text(r["source"]),
        generated=as_text(r["generated_at"]),
    )
    return {
        "period": period,
        "cards": [(number(t[k]), lookup(CARDS, k, w.lang)) for k in CARDS],
        "controls": [
            (
                *control(c, w.lang),
                table(w.heads("evidence", "value"), [[evidence(k, w.lang), v] for k, v in figures.items()]),
            )
            for c, figures in s["compliance"].items()
        ],
        "legend_colours": [(w.value("action", a), COLOURS[a]) for a in ACTIONS],
        "days": day_chart(s["actions_per_day"], w),
    }


def _usage(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """Per tool, shadow-AI inventory, data found and rules triggered."""
    tools = [
        [k, w.value("status", v["status"]), w.value("category", v["category"]), w.value("level", v["approved_for"]),
         v["requests"], *(v[a] for a in ACTIONS)]
        for k, v in s["tools"].items()
    ]  # fmt: skip
    shadow = [
        [k, w.value("status", v["status"]), v["hosts"], v["first_seen"], v["last_seen"], v["requests"],
         v["distinct_users"], *(v[a] for a in ACTIONS)]
        for k, v in s["shadow_ai"].items()
    ]  # fmt: skip
    seen = w.heads("first_seen", "last_seen", "requests", "distinct_users")
    return {
        "tools_chart": hbars(s["tools"], w("chart_tools"), w),
        "tools": table([*w.heads("tool", "status", "category", "approved_for", "requests"), *w.actions()], tools),
        "categories": _by_action(w, "category", s["tool_categories"], "category"),
        "approval_levels": _by_action(w, "approved_for", s["tool_approval_levels"], "level"),
        "statuses": _by_action(w, "status", s["tool_statuses"], "status"),
        "shadow": table([*w.heads("tool", "status", "hosts"), *seen, *w.actions()], shadow),
        **_unassessed(s, w),
        "classes_chart": hbars(named(s["data_classes"], w, "data_class"), w("chart_classes"), w, stacked=False),
        "classes": table(
            w.heads("data_class", "requests", "findings"),
            [[w.value("data_class", k), v["requests"], v["findings"]] for k, v in s["data_classes"].items()],
        ),
        "entities_chart": hbars(s["entities"], w("chart_entities"), w, stacked=False),
        "entities": table(
            w.heads("entity_type", "requests", "findings"),
            [[k, v["requests"], v["findings"]] for k, v in s["entities"].items()],
        ),
        "rules_chart": hbars(s["rules"], w("chart_rules"), w),
        "rules": _by_action(w, "rule", s["rules"]),
    }


def _unassessed(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """Bundled-catalogue services used (by service, by kind) and hosts that only looked like AI."""
    bundled = [
        [k, w.value("kind", v["kind"]), v["hosts"], v["first_seen"], v["last_seen"], v["requests"],
         v["distinct_users"], *(v[a] for a in ACTIONS)]
        for k, v in s["shadow_ai_bundled"].items()
    ]  # fmt: skip
    kinds = [
        [w.value("kind", k), v["services"], v["requests"], *(v[a] for a in ACTIONS)]
        for k, v in s["shadow_ai_kinds"].items()
    ]
    possible = [
        [h, v["pattern"], v["connections"], v["long_lived"], v["first_seen"], v["last_seen"]]
        for h, v in s["possibly_ai"].items()
    ]
    seen = w.heads("first_seen", "last_seen", "requests", "distinct_users")
    return {
        "shadow_bundled": table([*w.heads("service", "kind", "hosts"), *seen, *w.actions()], bundled),
        "shadow_kinds": table([*w.heads("kind", "services", "requests"), *w.actions()], kinds),
        "possibly_ai": table(
            w.heads("host", "looks_like", "connections", "long_lived", "first_seen", "last_seen"), possible, {2, 3}
        ),
    }


def _overrides(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """Exceptions used, justifications given and detection failures."""
    just, fails = s["justifications"], s["detection_failures"]
    exceptions = [
        [k, v["consent_ref"], v["first_seen"], v["last_seen"], v["requests"], v["distinct_users"]]
        + [v[a] for a in ACTIONS]
        for k, v in s["exceptions"].items()
    ]
    justified = [
        [j["timestamp"], j["decision_id"], j["user"], j["tool"], j["rule_id"], w.value("action", j["action"]),
         j["justification"]]
        for j in just["items"]
    ]  # fmt: skip
    seen = w.heads("first_seen", "last_seen", "requests", "distinct_users")
    return {
        "exceptions": table([*w.heads("exception", "consent_ref"), *seen, *w.actions()], exceptions),
        "justified_note": w("justified_note", total=number(just["total"]), shown=number(just["shown"])),
        "justifications": table(
            w.heads("time", "decision", "user", "tool", "rule", "action", "justification"), justified, set()
        ),
        "fail_reasons": table(w.heads("reason", "requests"), [[k, v] for k, v in fails["fail_reasons"].items()]),
        "fail_modes": table(w.heads("fail_mode", "requests"), [[k, v] for k, v in fails["fail_modes"].items()]),
    }


def _log(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """The log itself: policy versions in force, files read, what was skipped."""
    t = s["totals"]
    versions = [[k, v["first_seen"], v["last_seen"], v["requests"]] for k, v in s["policy_versions"].items()]
    figures = {"files_read": "files", "malformed_skipped": "malformed_lines", "outside_period": "outside_period",
               "other_events": "other_events"}  # fmt: skip
    files = [[w(k), t[f]] for k, f in figures.items()]
    where = ", ".join(s["malformed"]["first_locations"])
    return {
        "policy_versions": table(w.heads("policy_version", "first_seen", "last_seen", "requests"), versions),
        "files": table(["", w("th_value")], files),
        "malformed_at": w("first_malformed", where=where) if where else "",
    }


def render(s: Mapping[str, Any], lang: Lang = "en") -> str:
    """The report of summary `s` (dlp_proxy.audit.report.build_report) as one HTML page in `lang`."""
    if lang not in LANGUAGES:
        raise ValueError(f"report language {lang!r}: one of {', '.join(LANGUAGES)}")
    w = Words(lang)
    words = {k: text(k, lang) for k in keys()}  # the template's headings; sentences with values come filled in
    return render_template(
        "dlp_proxy.audit",
        "report.html.j2",
        lang=lang,
        t=words,
        **_head(s, w),
        **_usage(s, w),
        **_overrides(s, w),
        **requests(s, w),
        **acknowledgements(s, w),
        **adapter_health(dict(s), w),
        **_log(s, w),
    )
