"""mitmproxy glue for the portal: the proxy answers its reserved host (dlp_proxy.portal.web.PORTAL_HOST)
itself, over plain HTTP and over HTTPS after CONNECT, and never connects anywhere for it.

The portal addon comes before the first-contact and DLP addons (dlp_proxy/proxy/addon.py): it
answers a portal request in the `request` hook, so theirs see a flow with a response and leave
it alone (no inspection, no decision record, nothing forwarded). The portal host is no catalogue
host, so the DLP addon's `requestheaders` leaves it alone as well; `flow.metadata["portal"]`
marks such a flow for any addon that wants to be sure.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import serialization
from mitmproxy import ctx, http

from dlp_proxy.deploy.pac import PacError, build_pac, proxy_address
from dlp_proxy.portal.requests import SCAN_KEY, bounded_scan
from dlp_proxy.portal.serve import MAX_BODY_BYTES, serve, too_large
from dlp_proxy.portal.site import build_portal
from dlp_proxy.portal.web import PortalContext, PortalReply, PortalRequest, Via
from dlp_proxy.proxy.body_limits import cap_request_body, declared_length
from dlp_proxy.proxy.flows import flow_identity, is_portal, request_headers
from dlp_proxy.respond.shared_state import SharedState
from dlp_proxy.respond.shared_state import from_env as shared_from_env

if TYPE_CHECKING:
    from cryptography import x509

    from dlp_proxy.proxy.interceptor import DlpAddon

logger = logging.getLogger(__name__)

META = "portal"  # flow.metadata key: True on a portal request; "too_large" when its body overflowed
SECRET_NAME = "portal:csrf"


class PortalService:
    """The portal with what its pages need from the running proxy; one per glue (proxy, admin port)."""

    def __init__(self, dlp: DlpAddon, shared: SharedState | None = None) -> None:
        self.dlp = dlp
        self.portal = build_portal()
        self._shared = shared

    async def secret(self) -> bytes:
        # Created on first use: the shared state (Redis with DLP_REDIS_URL) so every replica
        # accepts the tokens of the others' forms.
        if self._shared is None:
            self._shared = shared_from_env()
        return await self._shared.secret(SECRET_NAME)

    def context(self, pac: Any) -> PortalContext | None:
        """The context for one request; None before the policy is loaded."""
        state = self.dlp.state
        if state is None:
            return None
        log, decisions = getattr(state, "log", None), getattr(self.dlp, "decisions", None)
        extra: dict[str, Any] = {
            "proxy_auth": bool(getattr(ctx.options, "proxyauth", None)),
            "ca_pem": lambda: _ca_bytes(serialization.Encoding.PEM),
            "ca_der": lambda: _ca_bytes(serialization.Encoding.DER),
            "pac": pac,
            # with identity.pseudonymise: request records name people as decision records do
            "pseudonym_key": getattr(state, "pseudonym_key", None),
            # the request forms scan their free text with the proxy's own detection (masked in the log)
            SCAN_KEY: bounded_scan(state.scanner.scan, state.policy.settings.detection_timeout_seconds)
            if getattr(state, "scanner", None) is not None
            else None,
        }
        return PortalContext(state.policy, log, decisions, self.secret, extra)

    async def answer(self, request: PortalRequest, pac: Any) -> PortalReply:
        context = self.context(pac)
        if context is None:
            return PortalReply(503, b"dlp-proxy: starting\n", "text/plain; charset=utf-8", {"retry-after": "5"})
        return await serve(self.portal, request, context)


def portal_request(flow: http.HTTPFlow, policy: Any, via: Via = "proxy") -> PortalRequest:
    """The flow's request as the portal sees it, with the user identified as for a prompt."""
    headers = {k: v for k, v in request_headers(flow.request).items() if not k.startswith("trailer:")}
    user, source, client = flow_identity(policy, flow, headers)
    query = {k: v for k, v in reversed(list(flow.request.query.items(multi=True)))}  # first value wins
    return PortalRequest(
        method=flow.request.method.upper(),
        path=flow.request.path.split("?", 1)[0].split("#", 1)[0] or "/",
        query=query,
        headers=headers,
        body=flow.request.raw_content or b"",
        user=user,
        identity_source=source,
        client_address=client,
        via=via,
    )


class PortalAddon:
    def __init__(self, dlp: DlpAddon) -> None:
        self.dlp = dlp
        self.service = PortalService(dlp)

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        """Mark a portal request and bound its body: declared too large, refused unread; chunked
        past the bound, what came is dropped and the request refused once it ends."""
        if flow.response or flow.error or not flow.live or not is_portal(flow):
            return
        flow.metadata[META] = True
        if (declared_length(flow.request.headers) or 0) > MAX_BODY_BYTES:
            flow.metadata[META] = "too_large"
            return

        def overflowed() -> None:
            flow.metadata[META] = "too_large"

        if not cap_request_body(flow, MAX_BODY_BYTES, overflowed):
            logger.warning("dlp-proxy: cannot bound a portal request body (mitmproxy internals changed?)")

    async def request(self, flow: http.HTTPFlow) -> None:
        mark = flow.metadata.get(META)
        if flow.response or flow.error or not flow.live or mark is None:
            return
        state = self.dlp.state
        if state is None:
            flow.response = http.Response.make(503, b"dlp-proxy: starting\n", {"content-type": "text/plain"})
            return
        request = portal_request(flow, state.policy)
        if mark == "too_large":
            context = self.service.context(None)
            reply = too_large(request, context) if context is not None else PortalReply(413, b"")
            flow.request.content = b""
        else:
            reply = await self.service.answer(request, lambda: _pac_for(flow, state.policy))
        headers = {"content-type": reply.content_type, **reply.headers}
        flow.response = http.Response.make(reply.status, reply.body, headers)
        if mark == "too_large" and flow.request.http_version.startswith("HTTP/1"):
            flow.response.headers["connection"] = "close"


def _ca_bytes(encoding: serialization.Encoding) -> bytes | None:
    cert = proxy_ca()
    return cert.public_bytes(encoding) if cert is not None else None


def proxy_ca() -> x509.Certificate | None:
    """The CA certificate the proxy signs with right now (from mitmproxy's cert store)."""
    tlsconfig = ctx.master.addons.get("tlsconfig")  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
    store = getattr(tlsconfig, "certstore", None)
    return store.default_ca.to_cryptography() if store is not None else None


def _pac_for(flow: http.HTTPFlow, policy: Any) -> str | None:
    """The PAC file naming the proxy as this client reached it: `dlp_public_proxy`, else the
    address and port the client connected to."""
    try:
        if ctx.options.dlp_public_proxy:
            return build_pac(policy, proxy_address(ctx.options.dlp_public_proxy))
        sockname = flow.client_conn.sockname
        host, port = str(sockname[0]), int(sockname[1])
        return build_pac(policy, f"[{host}]:{port}" if ":" in host else f"{host}:{port}")
    except (PacError, IndexError, TypeError, AttributeError):
        return None
