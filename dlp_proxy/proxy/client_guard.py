"""Bounds on what a client can hold on the proxy's own listener: deadlines for a complete
request head and body (slowloris), a cap on concurrent client connections, the open-file limit
raised at start, and no socket left behind for a client that never reads.

mitmproxy's only bound is `tcp_timeout`, an inactivity timer that every received byte resets: a
client sending one byte every few seconds holds its connection (and what it sent) for ever, and
every connection costs a descriptor until the process cannot open its decision log or an
upstream connection. Deadlines here apply to the client's sending only; an answer in progress
(an AI answer streams for minutes) and tunnels are never cut. The bookkeeping is pure
(dlp_proxy.proxy.client_phases); this module is the mitmproxy glue.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import time
from typing import Any

from mitmproxy import connection, ctx, exceptions, http, tcp
from mitmproxy.addonmanager import Loader
from prometheus_client import CollectorRegistry, Counter

from dlp_proxy.proxy.client_phases import ClientPhases, Expiry, connection_budget

logger = logging.getLogger(__name__)

# Descriptors kept for the process itself (decision log, detection workers' pipes, listeners,
# the admin port, Redis), and per client connection: its socket and the upstream's.
FD_RESERVE = 256
FDS_PER_CONNECTION = 2
CLOSE_GRACE = 1.0  # seconds for a 408 to leave before a closed socket is torn down regardless
REFUSED_LOG_EVERY = 10.0  # seconds between warnings about refused connections
REQUEST_TIMEOUT = b"HTTP/1.1 408 Request Timeout\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"
UNAVAILABLE = b"HTTP/1.1 503 Service Unavailable\r\nretry-after: 5\r\nconnection: close\r\ncontent-length: 0\r\n\r\n"
WHAT = {"head": "no complete request head", "idle": "no next request", "body": "request body not complete"}


def raise_open_file_limit() -> tuple[int, int]:
    """Raise the soft RLIMIT_NOFILE to the hard limit (many systems start services at 1024);
    the (soft, hard) limits in force afterwards."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 20)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            soft = wanted
        except (ValueError, OSError) as e:  # a container may forbid it: keep the soft limit
            logger.warning("dlp-proxy: cannot raise the open-file limit from %d (%s)", soft, e)
    return soft, hard


def _writer_of(client: connection.Client) -> Any:
    """The asyncio stream writer of a client connection, or None.

    mitmproxy has no public way to close a client connection from outside a hook or to see its
    unsent bytes; its proxy server keeps one handler per connection with the client's streams in
    `transports`. This is the only use of those internals here."""
    server = ctx.master.addons.get("proxyserver")  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
    handler = getattr(server, "connections", {}).get(client.id)
    io = getattr(handler, "transports", {}).get(client) if handler is not None else None
    return getattr(io, "writer", None)


class ClientGuard:
    """Registered before the DLP addon, so a request's body counts as complete when it arrives,
    not when its inspection ends."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.phases = ClientPhases(0, 0)
        self.limit = 0  # client connections allowed at once (the effective cap)
        self.fd_limits = (0, 0)
        self._clients: dict[str, tuple[connection.Client, Any]] = {}  # id -> (client, its stream writer)
        self._sweeper: asyncio.Task[None] | None = None
        self._refused_since_log = 0
        self._refused_logged_at = 0.0
        r = registry or CollectorRegistry()
        self.timeouts = Counter(
            "dlp_client_timeouts", "Client connections closed at a deadline, by phase.", ["phase"], registry=r
        )
        self.refused = Counter(
            "dlp_client_connections_refused", "Client connections refused at the connection cap.", registry=r
        )

    # --- options and life cycle ----------------------------------------------------------------

    def load(self, loader: Loader) -> None:
        loader.add_option(
            "dlp_client_header_timeout",
            int,
            60,
            "Seconds a client connection may take to send a complete request head (from its start, its "
            "CONNECT or its previous answer; an idle kept-alive connection is closed after it); 0: no limit.",
        )
        loader.add_option(
            "dlp_client_body_timeout",
            int,
            120,
            "Seconds a client may take to send a request body after its head; 0: no limit.",
        )
        loader.add_option(
            "dlp_max_client_connections",
            int,
            10000,
            "Client connections at once; more are refused (503). Lowered to what the open-file limit carries.",
        )
        self.fd_limits = raise_open_file_limit()

    def configure(self, updated: set[str]) -> None:
        opts = ctx.options
        header, body, cap = (
            opts.dlp_client_header_timeout,
            opts.dlp_client_body_timeout,
            opts.dlp_max_client_connections,
        )
        if header < 0 or body < 0 or cap < 1:
            raise exceptions.OptionsError(  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
                "dlp_client_header_timeout and dlp_client_body_timeout must be 0 (off) or more seconds, "
                "dlp_max_client_connections at least 1"
            )
        self.phases.header_timeout, self.phases.body_timeout = header, body
        budget = connection_budget(self.fd_limits[0], FD_RESERVE, FDS_PER_CONNECTION)
        self.limit = min(cap, budget)
        if "dlp_max_client_connections" in updated and cap > budget:
            logger.warning(
                "dlp-proxy: open-file limit %d carries %d client connections, not the %d asked; raise LimitNOFILE",
                self.fd_limits[0],
                budget,
                cap,
            )

    def running(self) -> None:
        logger.info(
            "dlp-proxy: up to %d client connections (open-file limit %d); a request head within %s, its body within %s",
            self.limit,
            self.fd_limits[0],
            _seconds(self.phases.header_timeout),
            _seconds(self.phases.body_timeout),
        )
        if self._sweeper is None:
            self._sweeper = asyncio.get_running_loop().create_task(self._sweep())

    def done(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()

    # --- connections ---------------------------------------------------------------------------

    def client_connected(self, client: connection.Client) -> None:
        writer = _writer_of(client)
        if len(self.phases) >= self.limit:
            if writer is not None and not writer.is_closing():
                writer.write(UNAVAILABLE)  # mitmproxy closes the connection after this hook
            client.error = "too many client connections"
            self.refused.inc()
            self._note_refused()
            return
        self.phases.opened(client.id, time.monotonic())
        if writer is not None:
            self._clients[client.id] = (client, writer)

    def client_disconnected(self, client: connection.Client) -> None:
        self.phases.closed(client.id)
        _, writer = self._clients.pop(client.id, (None, None))
        if writer is not None and writer.transport.get_write_buffer_size() > 0 and self.phases.header_timeout:
            # mitmproxy closes a socket gracefully: it stays open until its client has read what is
            # still queued, and one that never reads (or after mitmproxy's own tcp_timeout) would
            # keep it and those bytes for good. Give the client a header timeout's time to read.
            asyncio.get_running_loop().call_later(self.phases.header_timeout, _abort_if_unsent, writer)

    # --- exchanges -----------------------------------------------------------------------------

    def http_connect(self, flow: http.HTTPFlow) -> None:
        self.phases.connected_through(flow.client_conn.id, time.monotonic())

    def requestheaders(self, flow: http.HTTPFlow) -> None:
        http1 = flow.request.http_version.startswith("HTTP/1")
        self.phases.head(flow.client_conn.id, flow.id, time.monotonic(), http1)

    def request(self, flow: http.HTTPFlow) -> None:
        self.phases.body_done(flow.client_conn.id, flow.id)

    def response(self, flow: http.HTTPFlow) -> None:
        self.phases.finished(flow.client_conn.id, flow.id, time.monotonic())

    def error(self, flow: http.HTTPFlow) -> None:
        self.phases.finished(flow.client_conn.id, flow.id, time.monotonic())

    def tcp_start(self, flow: tcp.TCPFlow) -> None:
        self.phases.tunnel(flow.client_conn.id)

    def websocket_start(self, flow: http.HTTPFlow) -> None:
        self.phases.tunnel(flow.client_conn.id)

    # --- deadlines -----------------------------------------------------------------------------

    async def _sweep(self) -> None:
        while True:
            enabled = [t for t in (self.phases.header_timeout, self.phases.body_timeout) if t]
            await asyncio.sleep(min([1.0, *(t / 4 for t in enabled)]))
            try:
                for expiry in self.phases.expired(time.monotonic()):
                    self._expire(expiry)
            except Exception:  # the sweeper must survive anything
                logger.exception("dlp-proxy: client deadline check crashed")

    def _expire(self, expiry: Expiry) -> None:
        client, writer = self._clients.get(expiry.client, (None, None))
        self.phases.closed(expiry.client)  # reported once; client_disconnected follows
        self.timeouts.labels(expiry.phase).inc()
        peer = writer.get_extra_info("peername") if writer is not None else None
        limit = self.phases.body_timeout if expiry.phase == "body" else self.phases.header_timeout
        logger.info("dlp-proxy: client %s closed: %s within %d s", _address(peer), WHAT[expiry.phase], limit)
        if client is None or writer is None or writer.is_closing():
            return
        if expiry.may_answer and not client.tls:  # inside TLS mitmproxy holds the keys: just close
            writer.write(REQUEST_TIMEOUT)
        writer.close()  # mitmproxy sees the end of the connection and cleans up as for any other
        asyncio.get_running_loop().call_later(CLOSE_GRACE, _abort_if_unsent, writer)

    def _note_refused(self) -> None:
        self._refused_since_log += 1
        now = time.monotonic()
        if now - self._refused_logged_at >= REFUSED_LOG_EVERY:
            logger.warning(
                "dlp-proxy: %d client connection(s) refused: %d open, the cap (dlp_max_client_connections)",
                self._refused_since_log,
                len(self.phases),
            )
            self._refused_since_log, self._refused_logged_at = 0, now


def _abort_if_unsent(writer: Any) -> None:
    """Tear a closed socket down if its client has still not read what was queued for it."""
    if writer.transport.get_write_buffer_size() > 0:
        writer.transport.abort()


def _seconds(value: float) -> str:
    return f"{value:g} s" if value else "no limit"


def _address(peer: Any) -> str:
    return f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) and len(peer) >= 2 else "-"
