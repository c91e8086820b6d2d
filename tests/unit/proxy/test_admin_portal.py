"""The portal's pages on the admin port (AdminAddon through mitmproxy's test harness): the same
pages as on the proxy's host, with nobody identified unless the policy's address map names the
requester; the admin endpoints unchanged."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from dlp_proxy.admin import DlpMetrics
from dlp_proxy.policy import Policy
from dlp_proxy.portal.decisions import MemoryDecisions
from dlp_proxy.proxy.admin_addon import AdminAddon
from tests.unit.portal.test_pages import DECISION_ID, POLICY, policy_with, record
from tests.unit.proxy.test_admin_addon import fetch, serve


def standin(policy: Policy) -> Any:
    decisions = MemoryDecisions()
    decisions.remember(record(identity_source="address_map", policy_version=policy.version))
    state = SimpleNamespace(policy=policy, log=None)
    return SimpleNamespace(state=state, metrics=DlpMetrics(), decisions=decisions)


def test_the_portal_pages_answer_on_the_admin_port_next_to_its_endpoints(tmp_path: Path) -> None:
    async def check(port: int, admin: AdminAddon) -> None:
        status, headers, body = await fetch(port, "/")
        assert status == 200 and b"AI-beleid Voorbeeld BV" in body
        assert headers["content-security-policy"].startswith("default-src 'none'")
        assert (await fetch(port, "/ca"))[0] == 200
        assert (await fetch(port, "/cheatsheet?lang=en"))[0] == 200
        status, _, body = await fetch(port, "/nope")
        assert status == 404 and b"<html" in body  # the portal's own not-found page
        # nobody is identified here without an address map: the decision page sends them to the proxy
        status, _, body = await fetch(port, f"/d/{DECISION_ID}")
        assert status == 403 and f"http://dlp-proxy.local/d/{DECISION_ID}".encode() in body
        assert b"SECRET-BLOCK" not in body
        assert (await fetch(port, "/healthz"))[0] == 200  # the endpoints are as they were
        assert (await fetch(port, "/proxy.pac"))[0] == 200

    serve(tmp_path, standin(POLICY), check)


def test_an_address_the_policy_maps_to_a_user_sees_that_users_decisions(tmp_path: Path) -> None:
    policy = policy_with(tmp_path, ("users.yaml", "addresses: {}", 'addresses: {"127.0.0.1": "alice"}'))

    async def check(port: int, admin: AdminAddon) -> None:
        status, _, body = await fetch(port, f"/d/{DECISION_ID}")
        assert status == 200 and b"SECRET-BLOCK" in body

    serve(tmp_path, standin(policy), check)
