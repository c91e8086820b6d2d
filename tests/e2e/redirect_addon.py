"""Test-only mitmproxy addon: send connections for named hosts to local fake upstreams.

DLP_TEST_REDIRECTS='{"api.openai.com": 40123}' routes api.openai.com:443 to 127.0.0.1:40123.
TLS SNI, Host header and certificate checks still say api.openai.com. Never used outside tests.

Once connected, the connection gets the asked-for address back (as bench/latency_redirect.py
does): mitmproxy reuses an upstream connection only when its address equals the next request's,
so a connection left at 127.0.0.1:PORT never matched; every request opened a new one, and a
client's sixth request on one connection waited for ever on mitmproxy's limit of five
connections per address. With the address restored, connections are reused as in production.
"""

import json
import os

from mitmproxy.proxy import server_hooks

REDIRECTS = json.loads(os.environ.get("DLP_TEST_REDIRECTS", "{}"))
ASKED = "dlp_test_asked_address"


class Redirect:
    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if not data.server.address:
            return
        host = data.server.address[0]
        if host in REDIRECTS:
            asked = data.server.address
            data.server.address = ("127.0.0.1", int(REDIRECTS[host]))
            data.server.sni = data.server.sni or host
            object.__setattr__(data.server, ASKED, asked)

    def server_connected(self, data: server_hooks.ServerConnectionHookData) -> None:
        asked = getattr(data.server, ASKED, None)
        if asked is not None:
            # Server.__setattr__ refuses a new address on an open connection; the socket is open
            # already, so this only relabels it for mitmproxy's connection reuse (see above).
            object.__setattr__(data.server, "address", asked)


addons = [Redirect()]
