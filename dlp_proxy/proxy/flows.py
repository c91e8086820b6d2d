"""What the addon reads from and writes to a mitmproxy flow, apart from the addon class."""

from __future__ import annotations

import asyncio

from mitmproxy import http, tls
from mitmproxy.proxy.mode_specs import ReverseMode

from dlp_proxy.pipeline.body import decode_content
from dlp_proxy.pipeline.extract import OFFLOAD_BYTES
from dlp_proxy.pipeline.hosts import HostNames, intercept_connection, normalise
from dlp_proxy.pipeline.identity import identify
from dlp_proxy.pipeline.inspection import Verdict
from dlp_proxy.policy import Policy
from dlp_proxy.portal.web import PORTAL_HOST


def decrypts(policy: Policy, data: tls.ClientHelloData) -> bool:
    """Whether a TLS connection is decrypted, judged by its SNI and CONNECT target (dlp_proxy.pipeline.hosts);
    the portal's own host is, too (the proxy answers it and never connects anywhere for it)."""
    target = data.context.server.address[0] if data.context.server.address else None
    if isinstance(data.context.client.proxy_mode, ReverseMode):
        # A gateway's clients name the gateway in SNI; what counts is the host it forwards to.
        return policy.intercepts(data.context.client.proxy_mode.address[0])
    if PORTAL_HOST in (normalise(data.client_hello.sni), normalise(target)):
        return True
    return intercept_connection(policy, data.client_hello.sni, target)


def is_portal(flow: http.HTTPFlow) -> bool:
    """Whether a request is for the portal: every name it carries (target, SNI, Host header) is
    the portal host. Names that disagree are not the portal's: the DLP addon judges those (an
    AI host among them is refused as a host mismatch). A gateway (reverse mode) has no portal."""
    if isinstance(flow.client_conn.proxy_mode, ReverseMode):
        return False
    target = flow.request.host
    if target and normalise(target) != PORTAL_HOST:
        return False  # every API request: decided without reading SNI and Host header
    names = host_names(flow)
    given = [normalise(n) for n in (names.target, names.sni, names.host_header) if n]
    return bool(given) and all(n == PORTAL_HOST for n in given)


def flow_identity(policy: Policy, flow: http.HTTPFlow, headers: dict[str, str]) -> tuple[str, str, str]:
    """(user, identity source, client address) of a request, as for a prompt (dlp_proxy.pipeline.identity):
    the proxy-authenticated user, the trusted header, the address map, or the address."""
    client = flow.client_conn.peername[0] if flow.client_conn.peername else "unknown"
    proxy_user = flow.metadata.get("proxyauth", (None,))[0]
    user, source = identify(policy, client, headers, proxy_user)
    return user, source, client


def host_names(flow: http.HTTPFlow) -> HostNames:
    """Every name the request carries for its destination (dlp_proxy.pipeline.hosts)."""
    if isinstance(flow.client_conn.proxy_mode, ReverseMode):
        # The client names the gateway; the destination is the gateway's fixed upstream.
        return HostNames(target=flow.request.host)
    return HostNames(target=flow.request.host, sni=flow.client_conn.sni, host_header=flow.request.host_header)


# Request trailers (after a chunked body) travel like headers; they are judged as headers under
# this prefix, and masks go back to the trailer.
TRAILER = "trailer:"


def request_headers(request: http.Request) -> dict[str, str]:
    """Headers by lower-case name, and the trailers as "trailer:<name>"."""
    headers = {k.lower(): v for k, v in request.headers.items()}  # type: ignore[no-untyped-call]  # mitmproxy Headers
    if request.trailers:
        headers |= {TRAILER + k.lower(): v for k, v in request.trailers.items()}  # type: ignore[no-untyped-call]
    return headers


def apply_masks(flow: http.HTTPFlow, verdict: Verdict) -> None:
    """Put the masked body, path and headers on the request before it leaves."""
    if verdict.new_body is not None:
        try:  # encoded again the way it came (mitmproxy knows one layer of gzip, deflate, br, zstd)
            flow.request.content = verdict.new_body
        except ValueError:  # stacked layers ("gzip, br"): sent uncompressed rather than guessed
            flow.request.headers.pop("content-encoding", None)
            flow.request.content = verdict.new_body
    if verdict.new_path is not None:
        flow.request.path = verdict.new_path
    for name, value in verdict.new_headers.items():
        if name.startswith(TRAILER) and flow.request.trailers is not None:
            flow.request.trailers[name.removeprefix(TRAILER)] = value
        else:
            flow.request.headers[name] = value


async def decoded_body(request: http.Request, limit: int) -> bytes:
    """The body with every content-encoding layer undone (BodyError when it cannot be, exactly);
    a large compressed body is decoded off the event loop."""
    raw, coding = request.raw_content or b"", request.headers.get("content-encoding")
    if not coding or len(raw) < OFFLOAD_BYTES:
        return decode_content(raw, coding, limit)
    return await asyncio.to_thread(decode_content, raw, coding, limit)
