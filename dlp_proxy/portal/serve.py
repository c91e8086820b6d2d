"""One portal request answered, whatever the glue (proxy flow or admin port): routed, a crash
caught, a bounded body, and the security headers every portal reply carries."""

from __future__ import annotations

import logging
import traceback
from dataclasses import replace

from dlp_proxy.portal.pages import language, not_found
from dlp_proxy.portal.view import message
from dlp_proxy.portal.web import Portal, PortalContext, PortalReply, PortalRequest

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024  # a form is a few hundred bytes; more is refused unread (413)

# No scripts, nothing from elsewhere; forms post only to the portal itself; never framed.
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",
    # same-origin: the forms' POSTs must carry their Origin for the CSRF check (dlp_proxy.portal.csrf).
    "referrer-policy": "same-origin",
}


def secured(reply: PortalReply) -> PortalReply:
    """The reply with the portal's security headers (they win over a handler's own)."""
    headers = {k.lower(): v for k, v in reply.headers.items() if k.lower() not in SECURITY_HEADERS}
    return replace(reply, headers={**headers, **SECURITY_HEADERS})


async def serve(portal: Portal, request: PortalRequest, ctx: PortalContext) -> PortalReply:
    handler = portal.find(request.path) or not_found
    try:
        reply = await handler(request, ctx)
    except Exception as e:  # a page bug must not take the proxy down, nor show a traceback
        # The handler's name and the frames, not the path nor the exception's text: an address or
        # a form field can carry anything a person typed.
        frames = "".join(traceback.format_tb(e.__traceback__))
        name = getattr(handler, "__qualname__", "?")
        logger.error("dlp-proxy: portal page %s crashed (%s)\n%s", name, type(e).__name__, frames)
        reply = message(500, language(request, ctx), "unavailable")
    return secured(reply)


def too_large(request: PortalRequest, ctx: PortalContext) -> PortalReply:
    """The 413 page for a body over MAX_BODY_BYTES (never read)."""
    return secured(message(413, language(request, ctx), "too_large"))
