"""The report's HTML for what employees sent through the portal: requests for a tool assessment or
an exception (by tool, and exception requests by client), and acknowledgements of the policy per
version with the share of active users who acknowledged the version in force.

Counts, dates and the logged choices only; never a request's purpose, reason or consent text
(dlp_proxy.audit.report_requests keeps them out of the summary already).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dlp_proxy.audit.report_requests import CATEGORIES, LEVELS
from dlp_proxy.audit.report_texts import number, share
from dlp_proxy.audit.report_view import Words, table


def _counted(w: Words, field: str, row: Mapping[str, Any], prefix: str, names: tuple[str, ...]) -> str:
    """ "general use and research 2, client projects 1": the values asked for with their counts."""
    return ", ".join(
        w("count_of", name=w.value(field, n), n=number(row[f"{prefix}{n}"])) for n in names if row[f"{prefix}{n}"]
    )


def requests(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """Requests per tool and kind, exception requests per client, and one line of totals."""
    t = s["totals"]
    by_tool = [
        [
            v["tool_name"],
            v["tool"],
            w.value("request_kind", v["kind"]),
            v["requests"],
            v["distinct_users"],
            v["first_seen"],
            v["last_seen"],
            _counted(w, "category", v, "category_", (*CATEGORIES, "none")),
            _counted(w, "level", v, "level_", LEVELS),
            _state(w, v),
        ]
        for v in s["requests_by_tool"].values()
    ]
    by_client = [
        [
            k or w("no_client"),
            v["tools"],
            v["requests"],
            v["distinct_users"],
            v["consent_named"],
            v["first_seen"],
            v["last_seen"],
        ]
        for k, v in s["exception_requests_by_client"].items()
    ]
    return {
        "requests_summary": w(
            "requests_summary",
            requests=number(t["requests"]),
            users=number(t["requesting_users"]),
            open=number(t["tools_awaiting_assessment"]),
        ),
        "requests_by_tool": table(
            w.heads(
                "tool",
                "tool_id",
                "request_kind",
                "request_count",
                "distinct_users",
                "first_request",
                "last_request",
                "use_asked",
                "levels_asked",
                "request_state",
            ),
            by_tool,
            {3, 4},
        ),  # fmt: skip
        "requests_by_client": table(
            w.heads(
                "client", "tools", "request_count", "distinct_users", "consent_named", "first_request", "last_request"
            ),
            by_client,
            {2, 3, 4},
        ),
    }


def _state(w: Words, v: Mapping[str, Any]) -> str:
    """Open, or assessed with the tool's status now; an exception request has no state in the log."""
    if v["state"] == "assessed":
        return w("assessed", status=w.value("status", v["tool_status_now"]))
    return w("open") if v["state"] == "open" else ""


def acknowledgements(s: Mapping[str, Any], w: Words) -> dict[str, Any]:
    """Acknowledgements per policy version, and who of the active users acknowledged the one in force."""
    c = s["acknowledgement_of_current"]
    versions = [
        [
            k,
            v["policy_name"],
            v["distinct_users"],
            v["acknowledgements"],
            v["first_seen"],
            v["last_seen"],
            f"nl {number(v['language_nl'])}, en {number(v['language_en'])}",
            w("yes") if v["current"] else "",
        ]
        for k, v in s["acknowledgements"].items()
    ]
    if c["active_users"]:
        line = w(
            "acks_share",
            acked=number(c["active_users_acknowledged"]),
            active=number(c["active_users"]),
            share=share(c["active_users_acknowledged"], c["active_users"], w.lang),
            version=c["policy_version"],
        )
    else:
        line = w("acks_no_active")
    anonymous = c["acknowledgements_without_user"]
    return {
        "acks_share": line,
        "acks_anonymous": w("acks_anonymous", n=number(anonymous)) if anonymous else "",
        "acknowledgements": table(
            w.heads(
                "policy_version",
                "policy_name",
                "users",
                "acknowledgements",
                "first_seen",
                "last_seen",
                "languages",
                "current",
            ),
            versions,
            {2, 3},
        ),  # fmt: skip
    }
