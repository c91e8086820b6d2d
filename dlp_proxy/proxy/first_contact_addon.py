"""mitmproxy glue for the first-contact page (dlp_proxy.portal.first_contact).

Runs before the DLP addon. With `settings.first_contact: true`, a browser's page navigation to an
approved tool by a user who has not acknowledged the policy version in force is answered with
the policy summary instead of being forwarded; the page's form posts to a reserved path on the
same host, answered here too. Everything else (API and SDK calls, a page's own fetches, WebSocket
handshakes, unlisted and forbidden tools, the API gateway's reverse mode) passes to the DLP addon
untouched. When the store of acknowledgements or the shared secret cannot be used, the page is
let through with a warning: first contact informs, the DLP addon enforces, and an employee must
not be locked out of an approved tool by a Redis outage.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from mitmproxy import http
from mitmproxy.proxy.mode_specs import ReverseMode

from dlp_proxy.errors import DlpError
from dlp_proxy.pipeline.hosts import identify_host
from dlp_proxy.pipeline.identity import identify
from dlp_proxy.portal import acks
from dlp_proxy.portal.first_contact import (
    ACK_PATH,
    HEADERS,
    RESERVED,
    Visit,
    acknowledge,
    is_navigation,
    page,
    redirect,
    safe_target,
)
from dlp_proxy.portal.web import PortalReply, PortalRequest
from dlp_proxy.proxy.flows import host_names
from dlp_proxy.respond import shared_state

if TYPE_CHECKING:
    from dlp_proxy.policy import Policy
    from dlp_proxy.proxy.interceptor import DlpAddon

logger = logging.getLogger(__name__)

SECRET_NAME = "first-contact"  # the CSRF key's name in the shared state
WARN_EVERY_SECONDS = 60.0


class FirstContactAddon:
    def __init__(self, dlp: DlpAddon) -> None:
        self.dlp = dlp
        self._acks: acks.AckStore | None = None
        self._acks_for = ""  # the decision log option the store was built for (the file sits beside it)
        self._shared: shared_state.SharedState | None = None
        self._warned = float("-inf")

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        state = self.dlp.state
        if state is None or not state.policy.settings.first_contact:
            return
        if isinstance(flow.client_conn.proxy_mode, ReverseMode):  # an API gateway: SDKs only
            return
        policy = state.policy
        found = identify_host(policy, host_names(flow), flow.request.path)
        tool = found.tool
        if tool is None or found.mismatch or tool.status != "approved":
            return  # no AI host, a host mismatch, a block page: the DLP addon's
        route = flow.request.path.split("?", 1)[0]
        headers = {k.lower(): v for k, v in flow.request.headers.items()}  # type: ignore[no-untyped-call]  # mitmproxy Headers
        reserved = route.startswith(RESERVED)
        if not reserved and not is_navigation(flow.request.method, headers):
            return
        req = _portal_request(flow, policy, headers, route)
        try:
            visit = Visit(
                policy=policy,
                tool=tool,
                origin=f"{flow.request.scheme}://{(flow.request.host_header or flow.request.host).lower()}",
                log=state.log,
                acks=self._store(str(state.log.target)),
                secret=self._secret,
                pseudonym_key=state.pseudonym_key,
            )
            reply = await self._answer(req, visit, flow.request.path, reserved)
        except DlpError as e:  # the store or the shared secret: let the employee work
            self._warn(f"first-contact page skipped: {e}")
            reply = redirect(safe_target(req.form().get("target", "/"))) if reserved else None
        if reply is not None:
            flow.response = http.Response.make(
                reply.status, reply.body, {"content-type": reply.content_type, **reply.headers}
            )

    async def _answer(self, req: PortalRequest, visit: Visit, target: str, reserved: bool) -> PortalReply | None:
        """The reply in place of the tool's, or None to let the request through."""
        if reserved:  # never forwarded, whatever it is
            if req.method == "POST" and req.path == ACK_PATH:
                return await acknowledge(req, visit)
            return PortalReply(404, b"not found\n", "text/plain; charset=utf-8", HEADERS)
        user = req.user if req.user is not None else req.client_address
        if await visit.acks.acknowledged(user, visit.policy.version):
            return None
        return await page(req, visit, target)

    def _store(self, target: str) -> acks.AckStore:
        """The store of acknowledgements, beside the decision log `target` (built on first use)."""
        if self._acks is None or self._acks_for != target:
            self._acks, self._acks_for = acks.from_env(target), target
        return self._acks

    async def _secret(self) -> bytes:
        if self._shared is None:
            self._shared = shared_state.from_env()
        return await self._shared.secret(SECRET_NAME)

    def _warn(self, message: str) -> None:
        now = time.monotonic()
        if now - self._warned >= WARN_EVERY_SECONDS:
            self._warned = now
            logger.warning("dlp-proxy: %s", message)


def _portal_request(flow: http.HTTPFlow, policy: Policy, headers: dict[str, str], route: str) -> PortalRequest:
    """The flow as the portal's handlers read it, the user identified as for a prompt."""
    client = flow.client_conn.peername[0] if flow.client_conn.peername else "unknown"
    proxy_user = flow.metadata.get("proxyauth", (None,))[0]
    user, source = identify(policy, client, headers, proxy_user)
    query: dict[str, str] = {}
    for name, value in flow.request.query.items(multi=True):
        query.setdefault(name, value)
    try:
        body = flow.request.content or b""
    except ValueError:  # an encoding it cannot undo: no form
        body = b""
    return PortalRequest(
        method=flow.request.method.upper(),
        path=route,
        query=query,
        headers=headers,
        body=body,
        user=user,
        identity_source=source,
        client_address=client,
        via="proxy",
    )
