"""FirstContactAddon through mitmproxy's test flows: which requests it answers with the page, the
form's round trip, and what it leaves to the DLP addon (API calls, other tools, a down store)."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlencode

import pytest
from mitmproxy.http import HTTPFlow
from mitmproxy.proxy.mode_specs import ProxyMode
from mitmproxy.test import tflow

from dlp_proxy.audit import DecisionLog
from dlp_proxy.policy import Policy
from dlp_proxy.portal import acks
from dlp_proxy.portal.first_contact import ACK_PATH
from dlp_proxy.proxy.first_contact_addon import FirstContactAddon

PAGE = {
    "accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "sec-fetch-dest": "document",
    "sec-fetch-mode": "navigate",
    "sec-fetch-site": "none",
    "accept-language": "en",
}


@pytest.fixture(autouse=True)
def no_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DLP_REDIS_URL", raising=False)


def on(policy: Policy, first_contact: bool = True) -> Policy:
    return policy.model_copy(update={"settings": policy.settings.model_copy(update={"first_contact": first_contact})})


class Proxy:
    """The addon with a DLP addon's state (policy, a real decision log) and nothing else."""

    def __init__(self, policy: Policy, log_path: Path) -> None:
        self.log_path = log_path
        self.log = DecisionLog(str(log_path))
        self.dlp = SimpleNamespace(state=SimpleNamespace(policy=policy, log=self.log, pseudonym_key=None))
        self.addon = FirstContactAddon(self.dlp)  # type: ignore[arg-type]  # only .state is read

    def send(self, flow: HTTPFlow) -> HTTPFlow:
        asyncio.run(self.addon.request(flow))
        return flow

    def records(self) -> list[dict[str, Any]]:
        self.log.drain()
        return [json.loads(line) for line in self.log_path.read_text().splitlines()]


@pytest.fixture
def proxy(policy: Policy, tmp_path: Path) -> Any:
    p = Proxy(on(policy), tmp_path / "logs" / "decisions.jsonl")
    yield p
    p.log.close()


def flow(
    host: str = "chatgpt.com",
    path: str = "/c/abc?model=x",
    method: str = "GET",
    headers: dict[str, str] | None = None,
    body: bytes = b"",
    user: str | None = "alice",
) -> HTTPFlow:
    f = tflow.tflow()
    f.request.scheme, f.request.host, f.request.port = "https", host, 443
    f.client_conn.sni = host
    f.request.method, f.request.path = method, path
    f.request.headers.clear()
    f.request.headers["host"] = host
    for name, value in (PAGE if headers is None else headers).items():
        f.request.headers[name] = value
    f.request.content = body
    if user is not None:
        f.metadata["proxyauth"] = (user, "")
    return f


def page_form(f: HTTPFlow) -> dict[str, str]:
    """The hidden fields of the first-contact page a flow was answered with."""
    assert f.response is not None
    text = f.response.get_text() or ""
    return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', text))


def acknowledgement(form: dict[str, str], user: str = "alice", **extra: str) -> HTTPFlow:
    import html

    fields = {k: html.unescape(v) for k, v in form.items()}
    headers = {"content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin", **extra}
    return flow(path=ACK_PATH, method="POST", headers=headers, body=urlencode(fields).encode(), user=user)


def test_a_first_navigation_gets_the_page_and_is_not_forwarded(proxy: Proxy) -> None:
    f = proxy.send(flow())
    assert f.response is not None and f.response.status_code == 200
    assert f.response.headers["cache-control"] == "no-store"
    assert "I understand" in (f.response.get_text() or "")
    assert page_form(f)["target"] == "/c/abc?model=x"


def test_after_i_understand_the_user_goes_back_and_the_next_navigation_passes(proxy: Proxy, policy: Policy) -> None:
    form = page_form(proxy.send(flow()))
    ack = proxy.send(acknowledgement(form))
    assert ack.response is not None
    assert (ack.response.status_code, ack.response.headers["location"]) == (303, "/c/abc?model=x")
    [record] = proxy.records()
    assert record["event"] == "acknowledgement" and record["user"] == "alice" and record["tool"] == "chatgpt"
    assert record["policy_version"] == policy.version and "model=x" not in json.dumps(record)

    assert proxy.send(flow()).response is None  # to the DLP addon, then the tool
    assert proxy.send(flow(user="bob")).response is not None  # bob has not acknowledged


def test_the_acknowledgement_is_remembered_beside_the_log_across_a_restart(proxy: Proxy, tmp_path: Path) -> None:
    proxy.send(acknowledgement(page_form(proxy.send(flow()))))
    assert (tmp_path / "logs" / acks.FILE_NAME).exists()
    restarted = Proxy(proxy.dlp.state.policy, tmp_path / "logs" / "decisions.jsonl")
    try:
        assert restarted.send(flow()).response is None
    finally:
        restarted.log.close()


def test_a_new_policy_version_shows_the_page_again(proxy: Proxy, policy: Policy) -> None:
    proxy.send(acknowledgement(page_form(proxy.send(flow()))))
    proxy.dlp.state.policy = proxy.dlp.state.policy.model_copy(update={"version": "sha256:0000000000000000"})
    assert proxy.send(flow()).response is not None


def test_a_cross_site_post_acknowledges_nothing(proxy: Proxy) -> None:
    form = page_form(proxy.send(flow()))
    forged = proxy.send(acknowledgement(form, **{"sec-fetch-site": "cross-site"}))
    assert forged.response is not None and forged.response.status_code == 403
    assert proxy.records() == []
    assert proxy.send(flow()).response is not None


@pytest.mark.parametrize(
    ("why", "f"),
    [
        (
            "an SDK call",
            flow(method="POST", path="/backend-api/f/conversation", headers={"accept": "text/event-stream"}),
        ),
        ("the page's own fetch", flow(headers={"sec-fetch-dest": "empty", "sec-fetch-mode": "cors", "accept": "*/*"})),
        ("httpx with its defaults", flow(headers={"accept": "*/*", "user-agent": "python-httpx/0.28"})),
        (
            "an API host's SDK GET",
            flow(host="api.openai.com", path="/v1/models", headers={"accept": "application/json"}),
        ),
        ("a WebSocket handshake", flow(headers={**PAGE, "upgrade": "websocket", "connection": "Upgrade"})),
        ("an unlisted tool: the block page", flow(host="claude.ai", path="/")),
        ("a forbidden tool: the block page", flow(host="chat.deepseek.com", path="/")),
        ("no AI host", flow(host="example.org", path="/")),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_everything_but_a_page_of_an_approved_tool_is_left_to_the_dlp_addon(
    proxy: Proxy, why: str, f: HTTPFlow
) -> None:
    assert proxy.send(f).response is None, why


def test_when_first_contact_is_off_nothing_is_answered(policy: Policy, tmp_path: Path) -> None:
    proxy = Proxy(on(policy, False), tmp_path / "decisions.jsonl")
    try:
        assert proxy.send(flow()).response is None
        assert proxy.send(flow(path=ACK_PATH, method="POST", headers={})).response is None
    finally:
        proxy.log.close()


def test_the_api_gateway_mode_never_shows_the_page(proxy: Proxy) -> None:
    f = flow()
    f.client_conn.proxy_mode = ProxyMode.parse("reverse:https://chatgpt.com")
    assert proxy.send(f).response is None


def test_the_reserved_path_is_never_forwarded(proxy: Proxy) -> None:
    f = proxy.send(flow(path="/.well-known/dlp-proxy/anything", headers={"accept": "*/*"}))
    assert f.response is not None and f.response.status_code == 404


def test_when_the_store_is_down_the_page_is_let_through_with_a_warning(
    proxy: Proxy, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def down(self: Any, user: str, version: str) -> bool:
        raise acks.AckStoreError("first-contact store at redis://redis:6379/0: could not read (ConnectionError)")

    monkeypatch.setattr(acks.MemoryAcks, "acknowledged", down)
    with caplog.at_level(logging.WARNING):
        assert proxy.send(flow()).response is None
    assert "first-contact page skipped" in caplog.text and "alice" not in caplog.text
