"""The PAC file routes the proxy's own portal host (dlp-proxy.local) to the proxy, run by a real
JavaScript engine (Node), next to the catalogue's hosts."""

from __future__ import annotations

from dlp_proxy.deploy.pac import build_pac
from dlp_proxy.policy import load_policy
from tests.pac_harness import find_proxy
from tests.paths import TEST_POLICY


def test_the_portal_host_goes_to_the_proxy_and_nothing_near_it_does() -> None:
    pac = build_pac(load_policy(TEST_POLICY), "proxy.corp:8080")
    cases = [
        ("http://dlp-proxy.local/d/0a1b", "dlp-proxy.local"),
        ("https://dlp-proxy.local/cheatsheet", "DLP-Proxy.Local"),
        ("http://x.dlp-proxy.local/", "x.dlp-proxy.local"),
        ("http://other.local/", "other.local"),
    ]
    assert find_proxy(pac, cases) == ["PROXY proxy.corp:8080", "PROXY proxy.corp:8080", "DIRECT", "DIRECT"]
