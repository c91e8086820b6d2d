"""The first-contact page: the policy summary a browser user sees once per policy version, before an
approved AI tool's page first loads, and the "I understand" that is logged (ISO 27001 A.6.3).

Served on the tool's own host (https://chatgpt.com/...), never on the portal: the page answers
the navigation in place of the tool, and its form posts to a reserved path on that same host
(ACK_PATH), which the proxy answers itself. Same origin, so the portal's CSRF checks hold as they
are (`csrf.same_origin` against the tool's origin, a token bound to the user and the policy
version) and the tool's own CSP never applies to our page. After the record is on disk the
browser goes back, with a 303, to the path it asked for on that host (never to another host).

Pure apart from the awaited log and store; the mitmproxy glue is dlp_proxy.proxy.first_contact_addon.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from dlp_proxy.audit import evidence
from dlp_proxy.policy.schema import Policy, Tool
from dlp_proxy.portal import csrf
from dlp_proxy.portal.acks import AckStore, AckStoreError
from dlp_proxy.portal.web import ACKNOWLEDGE, Portal, PortalReply, PortalRequest, cheatsheet_url
from dlp_proxy.respond.notices import pick_language
from dlp_proxy.templating import render_template

logger = logging.getLogger(__name__)

# Reserved on every approved tool's host: the proxy answers it and never forwards it.
RESERVED = "/.well-known/dlp-proxy/"
ACK_PATH = RESERVED.rstrip("/") + ACKNOWLEDGE
MAX_TARGET = 4096  # a longer "go back to" path is replaced by "/"
HEADERS: Mapping[str, str] = {
    "cache-control": "no-store",
    # Our page on the tool's origin: no script at all, the form may post only to this origin.
    "content-security-policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_UNSAFE_TARGET = re.compile(r"[\x00-\x20\x7f\\]")  # whitespace, controls, and "\" (browsers read it as "/")


def is_navigation(method: str, headers: Mapping[str, str]) -> bool:
    """Whether a request is a browser loading a page in its window (lower-cased header names).

    Browsers say so in Sec-Fetch-Dest (`document`: the top-level page; frames, fetch/XHR, scripts
    and images say otherwise); without Sec-Fetch headers (older browsers), an Accept that
    prefers HTML. SDKs, curl and scripts send neither; a WebSocket handshake and an XHR never count."""
    if method != "GET" or headers.get("upgrade", "").lower() == "websocket" or "x-requested-with" in headers:
        return False
    dest, mode = headers.get("sec-fetch-dest", "").lower(), headers.get("sec-fetch-mode", "").lower()
    if dest:
        return dest == "document" and mode in ("", "navigate")
    if mode and mode != "navigate":
        return False
    return prefers_html(headers.get("accept", ""))


def prefers_html(accept: str) -> bool:
    """Whether an Accept header names HTML explicitly and likes nothing better (`*/*` alone: no)."""
    html, other = 0.0, 0.0
    for item in accept.split(","):
        media, *params = (p.strip() for p in item.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media.lower() in _HTML_TYPES:
            html = max(html, q)
        elif media:
            other = max(other, q)
    return html > 0 and html >= other


def safe_target(target: str) -> str:
    """Where to send the browser back to: a path (and query) on the same host, else "/".

    Never a URL with a scheme or host, nor one a browser would read as one ("//evil", "/\\evil"),
    nor the reserved path itself."""
    if (
        not target.startswith("/")
        or target.startswith("//")
        or len(target) > MAX_TARGET
        or _UNSAFE_TARGET.search(target)
        or target.startswith(RESERVED)
    ):
        return "/"
    return target


@dataclass(frozen=True)
class Visit:
    """A browser at an approved tool, as the glue sees it: what the page and the form need."""

    policy: Policy
    tool: Tool
    origin: str  # the tool's origin as the browser names it, "https://chatgpt.com"
    log: Any  # dlp_proxy.audit.DecisionLog: `await log.commit(record)`
    acks: AckStore
    secret: Callable[[], Awaitable[bytes]]  # the CSRF key (shared between replicas)
    pseudonym_key: bytes | None = None  # identity.pseudonymise: users logged as keyed pseudonyms


def form_name(policy: Policy) -> str:
    """The CSRF token's form: bound to the policy version, so an edit makes older pages invalid."""
    return f"first_contact:{policy.version}"


def _user(req: PortalRequest) -> str:
    return req.user if req.user is not None else req.client_address


async def page(
    req: PortalRequest, visit: Visit, target: str, *, status: int = 200, problem: str | None = None
) -> PortalReply:
    """The policy summary with its "I understand" form; `problem` ("token", "log") says why it
    shows again after a POST. DlpError (the shared secret unreadable) is the caller's."""
    policy, tool = visit.policy, visit.tool
    lang = pick_language(req.headers.get("accept-language"), policy.settings.default_language)
    token = csrf.issue(await visit.secret(), _user(req), form_name(policy))
    html = render_template(
        "dlp_proxy.portal",
        "first_contact.html.j2",
        lang=lang,
        tool_name=tool.name,
        category=tool.category,
        approved_for=tool.approved_for or "low",
        dos=[line.get(lang) for line in policy.cheatsheet.dos],
        donts=[line.get(lang) for line in policy.cheatsheet.donts],
        cheatsheet=cheatsheet_url(),
        policy_name=policy.settings.name,
        policy_owner=policy.settings.owner,
        policy_version=policy.version,
        help=policy.settings.help.get(lang),
        action=ACK_PATH,
        token=token,
        target=safe_target(target),
        problem=problem,
    )
    return PortalReply(status, html.encode("utf-8"), headers=HEADERS)


def redirect(target: str) -> PortalReply:
    """303 to `target` on the same host (relative: the browser stays on the tool's origin)."""
    return PortalReply(
        303, b"", content_type="text/plain; charset=utf-8", headers={"location": safe_target(target), **HEADERS}
    )


def acknowledgement_record(req: PortalRequest, visit: Visit) -> dict[str, Any]:
    """The `acknowledgement` event for the decision log: who, which policy version, which tool's
    page led there, in which language; never the address they wanted to open."""
    key, policy = visit.pseudonym_key, visit.policy
    user, address = _user(req), req.client_address
    return {
        "event": "acknowledgement",
        "schema_version": 1,
        "user": evidence.pseudonym(key, user) if key else user,
        "identity_source": req.identity_source,
        "client_address": evidence.pseudonym(key, address) if key else address,
        "policy_version": policy.version,
        "policy_name": policy.settings.name,
        "tool": visit.tool.id,
        "language": pick_language(req.headers.get("accept-language"), policy.settings.default_language),
    }


async def acknowledge(req: PortalRequest, visit: Visit) -> PortalReply:
    """The form's POST: both CSRF checks, the record on disk, the user remembered, then back.

    No acknowledgement without its record: when the log cannot take it, the page shows again.
    When the store cannot remember it, the record stands and the page may show once more."""
    user, form = _user(req), req.form()
    target = safe_target(form.get("target", "/"))
    version = visit.policy.version
    try:
        if await visit.acks.acknowledged(user, version):  # a second click, or another tab
            return redirect(target)
    except AckStoreError as e:
        logger.warning("dlp-proxy: first-contact store unavailable (%s); recording the acknowledgement anyway", e)
    secret = await visit.secret()
    if not (
        csrf.same_origin(req.headers, (visit.origin,))
        and csrf.verify(secret, user, form_name(visit.policy), form.get("token", ""))
    ):
        return await page(req, visit, target, status=403, problem="token")
    try:
        await visit.log.commit(acknowledgement_record(req, visit))
    except Exception as e:  # the log's own error (disk full, closed): its text names no user
        logger.error("dlp-proxy: acknowledgement not logged (%s); first-contact page shown again", type(e).__name__)
        return await page(req, visit, target, status=503, problem="log")
    try:
        await visit.acks.acknowledge(user, version)
    except AckStoreError as e:
        logger.warning("dlp-proxy: acknowledgement logged but not remembered (%s); the page may show again", e)
    return redirect(target)


def register(portal: Portal) -> None:
    """No portal routes: the first-contact page and its form live on the tool's own host (ACK_PATH),
    answered by dlp_proxy.proxy.first_contact_addon."""
