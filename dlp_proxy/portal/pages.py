"""Portal routes: the overview, the cheat sheet, the decision pages, CA help and downloads, the
PAC file (see dlp_proxy.portal.site).

What the glue puts in `PortalContext.extra` for these pages (dlp_proxy.proxy.portal_addon and
admin_addon): `proxy_auth` (bool: the proxy authenticates its users), `ca_pem` and `ca_der`
(callables giving the proxy's CA certificate, or None before it is loaded) and `pac` (a callable
giving the PAC file text for this listener, or None when there is none).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from dlp_proxy.policy.schema import Policy
from dlp_proxy.portal import decision_page
from dlp_proxy.portal.texts import page_language, text, texts
from dlp_proxy.portal.view import message, page
from dlp_proxy.portal.web import (
    CA_HELP,
    CHEATSHEET,
    DECISION,
    PAC,
    REQUEST_TOOL,
    Portal,
    PortalContext,
    PortalReply,
    PortalRequest,
)

CA_PEM = "/ca.pem"
CA_DER = "/ca.der"
READ_ONLY = ("GET", "HEAD")


def register(portal: Portal) -> None:
    """Add this module's routes to `portal`."""
    for path, handler in (
        ("/", index),
        (CHEATSHEET, cheatsheet),
        (DECISION, decision_page.decision),
        (CA_HELP, ca_help),
        (CA_PEM, ca_pem),
        (CA_DER, ca_der),
        (PAC, pac),
    ):
        portal.add(path, handler)


def language(request: PortalRequest, ctx: PortalContext) -> str:
    policy: Policy = ctx.policy
    return page_language(request.query, request.headers, policy.settings.default_language)


def read_only(request: PortalRequest, ctx: PortalContext) -> PortalReply | None:
    """The 405 page for a POST to a page that is only read."""
    if request.method in READ_ONLY:
        return None
    return message(405, language(request, ctx), "method", warn=False)


async def not_found(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    """Any address the portal does not know: a page in its own style."""
    return message(404, language(request, ctx), "page_not_found")


async def index(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    if refused := read_only(request, ctx):
        return refused
    policy: Policy = ctx.policy
    lang = language(request, ctx)
    other = "en" if lang == "nl" else "nl"
    return page(
        "index.html.j2",
        200,
        lang,
        f"{text('index_title', lang)}: {policy.settings.name}",
        t=texts(lang),
        policy_name=policy.settings.name,
        policy_version=policy.version,
        owner=policy.settings.owner,
        help=policy.settings.help.get(lang),
        cheatsheet_url=CHEATSHEET,
        cheatsheet_other_url=f"{CHEATSHEET}?lang={other}",
        request_tool_url=REQUEST_TOOL,
        ca_url=CA_HELP,
        pac_url=PAC,
    )


async def cheatsheet(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    """The cheat sheet of the policy in force (dlp_proxy.cheatsheet), in the reader's language."""
    if refused := read_only(request, ctx):
        return refused
    from dlp_proxy.cheatsheet import render_html  # the sheet's own package renders it whole

    lang = language(request, ctx)
    body = render_html(ctx.policy, lang)
    return PortalReply(200, body.encode("utf-8"), headers={"content-language": lang, "vary": "accept-language"})


async def ca_help(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    if refused := read_only(request, ctx):
        return refused
    lang = language(request, ctx)
    title = "Het certificaat van de AI-proxy installeren" if lang == "nl" else "Installing the AI proxy's certificate"
    policy: Policy = ctx.policy
    return page("ca.html.j2", 200, lang, title, pem_url=CA_PEM, der_url=CA_DER, help=policy.settings.help.get(lang))


def _download(
    request: PortalRequest, ctx: PortalContext, name: str, content_type: str, headers: dict[str, str]
) -> PortalReply:
    if refused := read_only(request, ctx):
        return refused
    get: Callable[[], Any] | None = ctx.extra.get(name)
    body = get() if get is not None else None
    if not isinstance(body, bytes | str):
        return message(503, language(request, ctx), "not_ready")
    data = body.encode("utf-8") if isinstance(body, str) else body
    return PortalReply(200, data, content_type, headers)


async def ca_pem(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    return _download(request, ctx, "ca_pem", "application/x-pem-file", {})


async def ca_der(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    disposition = {"content-disposition": 'attachment; filename="dlp-proxy-ca.cer"'}
    return _download(request, ctx, "ca_der", "application/pkix-cert", disposition)


async def pac(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    return _download(request, ctx, "pac", "application/x-ns-proxy-autoconfig", {})
