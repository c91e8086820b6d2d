"""The admin port's mitmproxy addon: options, the server's life cycle, connection counting, and
the endpoints /healthz, /readyz, /metrics, /proxy.pac, /ca.pem and /ca.der; every other path is
the employee portal's (dlp_proxy.portal), as on the proxy's reserved host.

On this port nobody is identified by proxy authentication or a trusted header (neither reaches
it); only the policy's address map names a user. Anyone else is anonymous here: decision pages
ask them to open the link through the proxy, and forms that need a user refuse them."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives import serialization
from mitmproxy import connection, ctx, exceptions
from mitmproxy.addonmanager import Loader

from dlp_proxy.admin.metrics import CONTENT_TYPE
from dlp_proxy.admin.server import AdminServer, Handler, Reply, Request, text, token_required
from dlp_proxy.deploy.pac import PacError, build_pac, proxy_address
from dlp_proxy.pipeline.identity import identify
from dlp_proxy.portal.web import PortalRequest
from dlp_proxy.proxy.portal_addon import PortalService, proxy_ca

if TYPE_CHECKING:
    from cryptography import x509

    from dlp_proxy.proxy.interceptor import DlpAddon

logger = logging.getLogger(__name__)

DEFAULT_PORT = 9090  # 8081 is mitmweb's; 9090 is the common "metrics sidecar" choice
WILDCARD_HOSTS = ("", "0.0.0.0", "::")
OPTIONS = ("dlp_admin_host", "dlp_admin_port")
TOKEN_ENV = "DLP_ADMIN_TOKEN"
PROTECTED = ("/metrics",)
FORWARD_MODES = ("regular", "upstream")


class AdminAddon:
    """Runs the admin HTTP server in mitmproxy's event loop, next to the DLP addon it reports on."""

    def __init__(self, dlp: DlpAddon, token: str | None = None) -> None:
        self.dlp = dlp
        # With DLP_ADMIN_TOKEN set, /metrics answers only `Authorization: Bearer <token>`; health,
        # readiness, the PAC file and the CA certificate stay open (load balancers, clients).
        token = token if token is not None else os.environ.get(TOKEN_ENV) or None
        self.portal = PortalService(dlp)
        self.server = AdminServer(token_required(self.routes(), PROTECTED, token), self.portal_page)
        self._running = False
        self._restart: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()  # one (re)start at a time when options change quickly

    def routes(self) -> dict[str, Handler]:
        return {
            "/healthz": self.healthz,
            "/readyz": self.readyz,
            "/metrics": self.metrics,
            "/proxy.pac": self.pac,
            "/ca.pem": self.ca_pem,
            "/ca.der": self.ca_der,
        }

    # --- mitmproxy hooks -----------------------------------------------------------------

    def load(self, loader: Loader) -> None:
        loader.add_option(
            "dlp_admin_host", str, "127.0.0.1", "Address of the admin endpoints (health, metrics, PAC, CA)."
        )
        loader.add_option("dlp_admin_port", int, DEFAULT_PORT, "Port of the admin endpoints; 0 disables them.")
        loader.add_option(
            "dlp_public_proxy",
            str,
            "",
            "HOST:PORT clients use to reach the proxy, for /proxy.pac; empty: derived from the listen address.",
        )

    def configure(self, updated: set[str]) -> None:
        if not 0 <= ctx.options.dlp_admin_port < 65536:
            raise exceptions.OptionsError("dlp_admin_port must be 0 (off) or a port number up to 65535")  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
        if "dlp_public_proxy" in updated and ctx.options.dlp_public_proxy:
            try:
                proxy_address(ctx.options.dlp_public_proxy)
            except PacError as e:
                raise exceptions.OptionsError(f"dlp_public_proxy: {e}") from e  # type: ignore[no-untyped-call]
        if self._running and updated & set(OPTIONS):
            self._restart = asyncio.get_running_loop().create_task(self._serve())

    async def running(self) -> None:
        self._running = True
        await self._serve()

    async def done(self) -> None:
        self._running = False
        await self.server.stop()

    def client_connected(self, client: connection.Client) -> None:
        self.dlp.metrics.connections.inc()

    def client_disconnected(self, client: connection.Client) -> None:
        self.dlp.metrics.connections.dec()

    async def _serve(self) -> None:
        """(Re)start the server on the configured address; a busy port is logged, not fatal."""
        async with self._lock:
            await self._restart_server()

    async def _restart_server(self) -> None:
        await self.server.stop()
        host, port = ctx.options.dlp_admin_host, ctx.options.dlp_admin_port
        if port == 0:
            logger.info("dlp-proxy: admin endpoints off (dlp_admin_port=0)")
            return
        try:
            await self.server.start(host, port)
        except OSError as e:
            logger.error(
                "dlp-proxy: admin endpoints NOT available: cannot listen on %s:%d (%s)", host, port, e.strerror
            )
            return
        address = self.server.address or (host, port)
        endpoints = "healthz, readyz, metrics, proxy.pac, ca.pem"
        logger.info("dlp-proxy: admin endpoints at http://%s/ (%s)", _hostport(*address), endpoints)

    # --- endpoints -----------------------------------------------------------------------

    def healthz(self, request: Request) -> Reply:
        return text(200, "ok")

    def readyz(self, request: Request) -> Reply:
        state = self.dlp.state
        if state is None:
            waiting = {"status": "not ready", "reason": "policy and detection engine not loaded"}
            return Reply(503, json.dumps(waiting).encode(), "application/json")
        body = {
            "status": "ready",
            "policy_version": state.policy.version,
            "policy": state.policy.settings.name,
            "tools": len(state.policy.tools),
        }
        return Reply(200, json.dumps(body).encode(), "application/json")

    def metrics(self, request: Request) -> Reply:
        if self.dlp.state is not None:
            self.dlp.metrics.policy_loaded(self.dlp.state.policy.version)
        return Reply(200, self.dlp.metrics.exposition(), CONTENT_TYPE)

    def pac(self, request: Request) -> Reply:
        state = self.dlp.state
        if state is None:
            return text(503, "policy not loaded")
        body = build_pac(state.policy, self.public_proxy(request))
        return Reply(200, body.encode("utf-8"), "application/x-ns-proxy-autoconfig")

    def ca_pem(self, request: Request) -> Reply:
        cert = self._ca()
        if cert is None:
            return text(503, "CA not loaded")
        return Reply(200, cert.public_bytes(serialization.Encoding.PEM), "application/x-pem-file")

    def ca_der(self, request: Request) -> Reply:
        cert = self._ca()
        if cert is None:
            return text(503, "CA not loaded")
        return Reply(
            200,
            cert.public_bytes(serialization.Encoding.DER),
            "application/pkix-cert",
            {"content-disposition": 'attachment; filename="dlp-proxy-ca.cer"'},
        )

    def _ca(self) -> x509.Certificate | None:
        return proxy_ca()

    async def portal_page(self, request: Request) -> Reply:
        """Any other path: the portal's page, for a user the address map names (else nobody)."""
        state = self.dlp.state
        if state is None:
            return text(503, "policy not loaded")
        user: str | None
        user, source = identify(state.policy, request.client, {}, None)
        if source != "address_map":
            user = None
        portal_request = PortalRequest(
            method=request.method,
            path=request.path,
            query=request.query,
            headers=request.headers,
            body=request.body,
            user=user,
            identity_source=source,
            client_address=request.client,
            via="admin",
        )
        reply = await self.portal.answer(portal_request, lambda: self.pac(request).body.decode("utf-8"))
        return Reply(reply.status, reply.body, reply.content_type, reply.headers)

    def public_proxy(self, request: Request) -> str:
        """The proxy address for the PAC file: the option, else the listen address, where a
        wildcard listen address takes the name the admin request was sent to."""
        if ctx.options.dlp_public_proxy:
            return proxy_address(ctx.options.dlp_public_proxy)
        host, port = ctx.options.listen_host, ctx.options.listen_port or 8080
        proxyserver = ctx.master.addons.get("proxyserver")  # type: ignore[no-untyped-call]
        # Only a forward listener can be named in a PAC file (a reverse gateway cannot).
        addrs = [
            addr
            for server in (proxyserver.servers if proxyserver is not None else [])
            if server.mode.type_name in FORWARD_MODES
            for addr in server.listen_addrs
        ]
        if addrs:
            host, port = addrs[0][0], addrs[0][1]
        if host in WILDCARD_HOSTS:
            asked = _host_of(request.headers.get("host", ""))
            host = asked if asked and asked not in WILDCARD_HOSTS else socket.getfqdn()
        try:
            return proxy_address(_hostport(host, port))
        except PacError:  # a Host header that is no host name
            return proxy_address(_hostport(socket.getfqdn(), port))


def _host_of(header: str) -> str:
    """The host of a Host header: `name:port`, `name`, `[v6]:port` or `[v6]`."""
    if header.startswith("["):
        return header[1:].partition("]")[0]
    return header.partition(":")[0]


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
