"""Bench-only mitmproxy addon: send connections for named hosts to the local fake upstream.

DLP_BENCH_REDIRECTS='{"api.openai.com": 40123}' routes api.openai.com:443 to 127.0.0.1:40123;
SNI, Host header and the certificate check still say api.openai.com. Loaded with `-s` into both
proxies of bench/proxy_latency.py (bare mitmdump and dlp-proxy), so both pay for it alike.

Unlike tests/e2e/redirect_addon.py, it puts the asked-for address back once connected. mitmproxy
reuses an upstream connection only when its address equals the next request's
(`GetHttpConnection.connection_spec_matches`); a connection left at 127.0.0.1:PORT never
matches api.openai.com:443, so every request opened a new connection and TLS handshake, and the
sixth waited for ever on mitmproxy's five-connections-per-address limit (`max_conns`). With the
address restored, both proxies keep one upstream connection, as they would in production.
"""

import json
import os

from mitmproxy.proxy import server_hooks

REDIRECTS = json.loads(os.environ.get("DLP_BENCH_REDIRECTS", "{}"))
HTTPS_PORT = 443


class BenchRedirect:
    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if not data.server.address:
            return
        host, port = data.server.address
        if host in REDIRECTS and port == HTTPS_PORT:
            data.server.address = ("127.0.0.1", int(REDIRECTS[host]))
            data.server.sni = data.server.sni or host

    def server_connected(self, data: server_hooks.ServerConnectionHookData) -> None:
        host = data.server.sni
        if host in REDIRECTS and data.server.address == ("127.0.0.1", int(REDIRECTS[host])):
            # Server.__setattr__ refuses a new address on an open connection; the socket is open
            # already, so this only relabels it for mitmproxy's connection reuse (see above).
            object.__setattr__(data.server, "address", (host, HTTPS_PORT))


addons = [BenchRedirect()]
