"""Test-only mitmproxy addon: send connections for named hosts to local fake upstreams.

DLP_TEST_REDIRECTS='{"api.openai.com": 40123}' routes api.openai.com:443 to 127.0.0.1:40123.
TLS SNI, Host header and certificate checks still say api.openai.com. Never used outside tests.
"""

import json
import os

from mitmproxy.proxy import server_hooks

REDIRECTS = json.loads(os.environ.get("DLP_TEST_REDIRECTS", "{}"))


class Redirect:
    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if not data.server.address:
            return
        host = data.server.address[0]
        if host in REDIRECTS:
            data.server.address = ("127.0.0.1", int(REDIRECTS[host]))
            data.server.sni = data.server.sni or host


addons = [Redirect()]
