"""The block page: what a browser shows when someone opens an unlisted or forbidden AI tool.

Pure: policy, tool, decision id and language in, one self-contained HTML page out (inline
stylesheet, no scripts, no external resources, every catalogue text escaped). The proxy
serves it with status 403: the page is a refusal, and a 403 is never cached as the tool's
home page nor counted as a working visit by monitoring, while browsers render its body.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from dlp_proxy.adapters import BlockResponse
from dlp_proxy.policy.schema import Policy, Tool

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
}

_STYLE = (
    "body{margin:0;background:#f4f5f7;color:#1d2430;font:18px/1.5 system-ui,sans-serif}"
    "main{max-width:46rem;margin:3rem auto;padding:2rem 2.5rem;background:#fff;"
    "border-top:.5rem solid #c0392b;border-radius:.4rem;box-shadow:0 1px 4px #0002}"
    "h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}h2{font-size:1.2rem;margin:1.6rem 0 .4rem}"
    "ul{padding-left:1.3rem}li{margin:.2rem 0}.muted{color:#4a5361}"
    ".ref{font-family:ui-monospace,monospace;font-size:1.1rem;background:#f4f5f7;padding:.1rem .4rem}"
)


def _t(key: str, lang: str) -> str:
    nl, en = _T[key]
    return nl if lang == "nl" else en


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
    name = escape(tool.name)
    why = [
        f"<p>{_t(tool.status if tool.status == 'forbidden' else 'unlisted', lang).format(tool=f'<b>{name}</b>')}</p>"
    ]
    if tool.status == "forbidden" and tool.notes:
        why.append(f"<p>{_t('notes', lang)}: {escape(tool.notes)}</p>")
    if tool.alternative:
        why.append(f"<p><b>{_t('suggested', lang)}: {escape(tool.alternative)}</b></p>")

    approved = [t for t in policy.tools if t.status == "approved"]
    if approved:
        items = "".join(
            f"<li><b>{escape(t.name)}</b> <span class='muted'>({_t(f'for_{t.approved_for}', lang)})</span></li>"
            for t in approved
        )
        alternatives = f"<ul>{items}</ul>"
    else:
        alternatives = f"<p>{_t('none_approved', lang)}</p>"

    settings = policy.settings
    rule = f"{_t('rule', lang)} {escape(rule_id)} &middot; " if rule_id else ""
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width,initial-scale=1'>"
        f"<title>{_t('title', lang)}: {name}</title><style>{_STYLE}</style></head><body><main>"
        f"<h1>{_t('title', lang)}</h1>"
        f"{''.join(why)}"
        f"<h2>{_t('approved', lang)}</h2>{alternatives}"
        f"<h2>{_t('questions', lang)}</h2>"
        f"<p>{escape(settings.help.get(lang))}</p>"
        f"<p class='muted'>{_t('owner', lang)}: {escape(settings.owner)} &middot; {escape(settings.name)}</p>"
        f"<p class='muted'>{rule}{_t('ref', lang)}: <span class='ref' id='dlp-decision'>{escape(decision_id)}</span>. "
        f"{_t('ref_hint', lang)}</p>"
        "</main></body></html>"
    )


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
