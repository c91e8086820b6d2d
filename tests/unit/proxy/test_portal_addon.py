"""PortalAddon through mitmproxy's test harness, in front of the real DlpAddon as in
dlp_proxy/proxy/addon.py: the proxy answers its reserved host itself, a portal flow is never
inspected, logged as a decision or forwarded, and a decision the DLP addon took is shown on its
page to the same proxy-authenticated user."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from mitmproxy import options, tls
from mitmproxy.http import HTTPFlow
from mitmproxy.proxy import context
from mitmproxy.proxy.layers.http import HttpRequestHeadersHook, HttpRequestHook
from mitmproxy.test import taddons, tflow

from dlp_proxy.portal.serve import SECURITY_HEADERS
from dlp_proxy.proxy.flows import decrypts, is_portal
from dlp_proxy.proxy.interceptor import META, DlpAddon
from dlp_proxy.proxy.portal_addon import PortalAddon
from tests.paths import TEST_POLICY
from tests.unit.proxy.test_interceptor import AWS_KEY, chat

BSN = "111222333"


def portal_flow(
    path: str, *, method: str = "GET", user: str | None = None, body: bytes = b"", **names: str
) -> HTTPFlow:
    """A request for the portal host, over HTTPS after CONNECT (`names` override sni or host header)."""
    flow = tflow.tflow()
    flow.request.scheme = "https"
    flow.request.host = names.get("target", "dlp-proxy.local")
    flow.request.port = 443
    flow.client_conn.sni = names.get("sni", "dlp-proxy.local")
    flow.request.method = method
    flow.request.path = path
    flow.request.headers.clear()
    flow.request.headers["host"] = names.get("host", "dlp-proxy.local")
    flow.request.headers["accept-language"] = "en"
    flow.request.content = body
    if user is not None:
        flow.metadata["proxyauth"] = (user, "")
    return flow


def through(audit_log: Path, *flows: HTTPFlow | Callable[[], HTTPFlow]) -> DlpAddon:
    """Every flow through the request-header and request hooks of PortalAddon and DlpAddon, in
    the order mitmproxy calls them (the order of dlp_proxy/proxy/addon.py); a callable is made
    into its flow when its turn comes (after the flows before it were answered)."""

    async def run() -> DlpAddon:
        dlp = DlpAddon()
        portal = PortalAddon(dlp)
        with taddons.context(portal, dlp) as tctx:
            tctx.configure(
                dlp, dlp_policy=str(TEST_POLICY), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0
            )
            for item in flows:
                flow = item if isinstance(item, HTTPFlow) else item()
                await tctx.master.addons.handle_lifecycle(HttpRequestHeadersHook(flow))
                await tctx.master.addons.handle_lifecycle(HttpRequestHook(flow))
            dlp.done()
        return dlp

    return asyncio.run(run())


def records(audit_log: Path) -> list[dict[str, Any]]:
    if not audit_log.exists():
        return []
    return [json.loads(line) for line in audit_log.read_text(encoding="utf-8").splitlines()]


def test_the_proxy_answers_its_own_host_with_the_portal_and_the_dlp_addon_leaves_it_alone(tmp_path: Path) -> None:
    log = tmp_path / "decisions.jsonl"
    flows = [portal_flow("/"), portal_flow("/nope"), portal_flow("/ca")]
    through(log, *flows)
    statuses = [f.response.status_code if f.response else None for f in flows]
    assert statuses == [200, 404, 200]
    for flow in flows:
        assert flow.response is not None
        for header, value in SECURITY_HEADERS.items():
            assert flow.response.headers[header] == value
        assert META not in flow.metadata  # never inspected
        assert flow.metadata["portal"] is True
    assert records(log) == []  # no decision record for a page of the portal


def test_a_decision_is_shown_on_its_page_to_the_same_user_only(tmp_path: Path) -> None:
    log = tmp_path / "decisions.jsonl"
    prompt = chat(f"key {AWS_KEY} en BSN {BSN}")
    prompt.metadata["proxyauth"] = ("alice", "")
    pages: dict[str, HTTPFlow] = {}

    def page_for(user: str) -> Callable[[], HTTPFlow]:
        def make() -> HTTPFlow:  # once the prompt was judged: its decision id is in the log
            pages[user] = portal_flow(f"/d/{records(log)[0]['decision_id']}", user=user)
            return pages[user]

        return make

    through(log, prompt, page_for("alice"), page_for("bob"))  # the DLP addon blocks, then the pages
    (decision,) = records(log)  # still only the prompt's
    assert decision["action"] == "block" and decision["user"] == "alice"
    notice = prompt.response.content.decode() if prompt.response else ""
    link = f"http://dlp-proxy.local/d/{decision['decision_id']}"
    assert link in notice and "http://dlp-proxy.local/cheatsheet" in notice

    mine, theirs = pages["alice"], pages["bob"]
    assert mine.response is not None and theirs.response is not None
    page = mine.response.content.decode()
    assert mine.response.status_code == 200 and "SECRET-BLOCK" in page and "1 x password or key" in page
    assert AWS_KEY not in page and BSN not in page
    assert theirs.response.status_code == 404 and "SECRET-BLOCK" not in theirs.response.content.decode()


def test_a_body_declared_over_the_bound_is_refused_with_413(tmp_path: Path) -> None:
    flow = portal_flow("/request/tool", method="POST", body=b"x")
    flow.request.headers["content-length"] = str(64 * 1024 + 1)
    through(tmp_path / "decisions.jsonl", flow)
    assert flow.response is not None and flow.response.status_code == 413
    assert flow.response.headers["content-security-policy"] == SECURITY_HEADERS["content-security-policy"]


@pytest.mark.parametrize(
    ("names", "portal"),
    [
        ({}, True),
        ({"host": "DLP-Proxy.Local:443"}, True),
        ({"host": "api.openai.com"}, False),  # names that disagree: the DLP addon judges them
        ({"sni": "api.openai.com"}, False),
        ({"target": "example.com", "sni": "example.com"}, False),
    ],
)
def test_a_portal_flow_is_one_whose_every_name_is_the_portal_host(names: dict[str, str], portal: bool) -> None:
    assert is_portal(portal_flow("/", **names)) is portal


def test_a_mismatched_name_with_an_ai_host_is_refused_by_the_dlp_addon_not_served(tmp_path: Path) -> None:
    log = tmp_path / "decisions.jsonl"
    flow = portal_flow("/", sni="api.openai.com")
    through(log, flow)
    assert flow.response is not None and flow.response.status_code != 200
    (decision,) = records(log)
    assert decision["fail_reason"] == "host_mismatch"


def hello(sni: str | None, target: tuple[str, int] | None = None) -> tls.ClientHelloData:
    ctx = context.Context(tflow.tclient_conn(), options.Options())
    ctx.server.address = target
    return tls.ClientHelloData(ctx, mock.Mock(sni=sni))


def test_tls_to_the_portal_host_is_decrypted_by_sni_or_connect_target() -> None:
    from dlp_proxy.policy import load_policy

    policy = load_policy(TEST_POLICY)
    assert decrypts(policy, hello("dlp-proxy.local"))
    assert decrypts(policy, hello(None, ("dlp-proxy.local", 443)))
    assert decrypts(policy, hello("DLP-PROXY.LOCAL."))
    assert not decrypts(policy, hello("example.com", ("example.com", 443)))
