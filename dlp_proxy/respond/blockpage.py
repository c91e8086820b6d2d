"""The block page: what a browser shows when someone opens an unlisted or forbidden AI tool.

Pure: policy, tool, decision id and language in, one self-contained HTML page out (inline
stylesheet, no scripts, no external resources). This module picks what the page says, in the
reader's language; `templates/blockpage.html.j2` lays it out, escaping every catalogue text
(autoescape, dlp_proxy.templating). The proxy
serves it with status 403: the page is a refusal, and a 403 is never cached as the tool's
home page nor counted as a working visit by monitoring, while browsers render its body.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dlp_proxy.adapters import BlockResponse
from dlp_proxy.policy.schema import Policy, Tool
from dlp_proxy.portal_addresses import REQUEST_TOOL, cheatsheet_url, decision_url, url
from dlp_proxy.respond.texts import pick
from dlp_proxy.templating import render_template

ENDPOINT = "navigation"  # the decision record's `endpoint` for a page request
STATUS = 403
PAGE_METHODS = ("GET", "HEAD")
# Sec-Fetch-Dest values of a page the person will look at (a tab or a frame in one).
PAGE_DESTINATIONS = ("document", "iframe", "frame")

_T: dict[str, tuple[str, str]] = {
    "title": ("Deze AI-tool is niet toegestaan", "This AI tool is not allowed"),
    "unlisted": (
        "{tool} staat niet op de lijst met goedgekeurde AI-tools. De tool is nog niet beoordeeld op "
        "beveiliging en privacy, en mag daarom niet worden gebruikt.",
        "{tool} is not on the list of approved AI tools. It has not been assessed for security and "
        "privacy, so it may not be used.",
    ),
    "forbidden": (
        "{tool} is verboden binnen de organisatie.",
        "{tool} is forbidden in our organisation.",
    ),
    "notes": ("Toelichting", "Why"),
    "suggested": ("Gebruik in plaats daarvan", "Use instead"),
    "approved": ("Goedgekeurde AI-tools", "Approved AI tools"),
    "none_approved": ("Er zijn nog geen goedgekeurde AI-tools.", "No AI tools have been approved yet."),
    "for_low": ("voor gegevens met laag risico", "for low-risk data"),
    "for_medium": ("ook voor interne informatie", "internal information too"),
    "for_high": (
        "ook voor klantgegevens, met schriftelijke toestemming",
        "client data too, with written permission",
    ),
    "questions": ("Vragen over dit beleid", "Questions about this policy"),
    "owner": ("Eigenaar van het beleid", "Policy owner"),
    "rule": ("Regel", "Rule"),
    "ref": ("Beslissing", "Decision"),
    "ref_hint": (
        "Noem dit nummer als je contact opneemt.",
        "Mention this number when you get in touch.",
    ),
    "next": ("Wat kun je doen?", "What can you do?"),
    "ask_tool": ("Vraag om deze tool te laten beoordelen", "Ask for this tool to be assessed"),
    "details": ("Wat er gebeurde", "What happened"),
    "cheatsheet": (
        "Spiekbriefje: goedgekeurde tools en do's en don'ts",
        "Cheat sheet: approved tools, do's and don'ts",
    ),
}


def is_page_request(method: str, headers: Mapping[str, str]) -> bool:
    """Whether a request loads a page a person sees, rather than a script, image or API call.

    Browsers say so in fetch metadata (Sec-Fetch-Mode / Sec-Fetch-Dest); for clients that send
    none, a GET that prefers HTML is taken as a page. `headers` has lower-case names.
    """
    if method.upper() not in PAGE_METHODS:
        return False
    mode = headers.get("sec-fetch-mode", "").strip().lower()
    dest = headers.get("sec-fetch-dest", "").strip().lower()
    if mode or dest:
        return mode == "navigate" or dest in PAGE_DESTINATIONS
    return "text/html" in headers.get("accept", "").lower()


def applies(tool: Tool, method: str, headers: Mapping[str, str]) -> bool:
    """The block page answers page requests to tools that are not approved."""
    return tool.status in ("unlisted", "forbidden") and is_page_request(method, headers)


def render(policy: Policy, tool: Tool, decision_id: str, lang: str, rule_id: str | None = None) -> str:
    """The page, in `lang` ("nl" or "en")."""
    return render_template("dlp_proxy.respond", "blockpage.html.j2", **_page(policy, tool, decision_id, lang, rule_id))


def _page(policy: Policy, tool: Tool, decision_id: str, lang: str, rule_id: str | None) -> dict[str, Any]:
    """What the page shows, translated: plain strings, escaped by the template."""
    # The lead sentence names the tool in bold: split it around the name, so the template sets
    # the markup and the name stays data.
    lead = "forbidden" if tool.status == "forbidden" else "unlisted"
    lead_before, _, lead_after = pick(_T, lead, lang).partition("{tool}")
    settings = policy.settings
    return {
        "lang": lang,
        "t": {key: pick(_T, key, lang) for key in _T},
        "tool_name": tool.name,
        "lead_before": lead_before,
        "lead_after": lead_after,
        "notes": tool.notes if tool.status == "forbidden" else None,
        "alternative": tool.alternative,
        "approved": [(t.name, pick(_T, f"for_{t.approved_for}", lang)) for t in policy.tools if t.status == "approved"],
        "help": settings.help.get(lang),
        "owner": settings.owner,
        "policy_name": settings.name,
        "rule_id": rule_id,
        "decision_id": decision_id,
        # The portal's pages (dlp_proxy.portal), absolute: this page is served on the tool's host.
        "decision_url": decision_url(decision_id),
        "cheatsheet_url": cheatsheet_url(),
        "tool_url": url(REQUEST_TOOL, tool=tool.id, d=decision_id) if tool.status == "unlisted" else None,
    }


def response(policy: Policy, tool: Tool, decision_id: str, lang: str, rule_id: str | None = None) -> BlockResponse:
    """The page as the proxy's answer: 403, never cached, nothing loaded from elsewhere."""
    return BlockResponse(
        STATUS,
        {
            "content-type": "text/html; charset=utf-8",
            "cache-control": "no-store",
            "content-language": lang,
            # The page needs nothing from anywhere; say so to the browser too.
            "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
            "x-dlp-decision-id": decision_id,
        },
        render(policy, tool, decision_id, lang, rule_id).encode("utf-8"),
    )
