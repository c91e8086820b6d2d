"""A decision record is on disk before the request leaves the proxy, or before its notice is answered."""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess

pytestmark = pytest.mark.e2e

PROMPTS = ["Wat is de hoofdstad van Frankrijk?", "Mail dit aan piet.puk@example.org", "Nog een vraag over Python."]


def test_each_forwarded_request_is_logged_before_upstream_sees_it(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    seen_on_disk: list[int] = []
    upstream.received.on_receive.append(lambda _r: seen_on_disk.append(len(proxy.records())))  # type: ignore[attr-defined]
    before = len(proxy.records())
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
        for n, prompt in enumerate(PROMPTS, 1):
            body = {"model": "m", "messages": [{"role": "user", "content": prompt}]}
            assert client.post("https://api.openai.com/v1/chat/completions", json=body).status_code == 200
            # When upstream received request n, record n was already in the file.
            assert seen_on_disk[-1] == before + n


def test_a_blocked_request_is_logged_before_the_client_has_its_notice(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
        for _ in range(3):
            body = {"model": "m", "messages": [{"role": "user", "content": "ghp_" + "a1B2" * 9}]}
            r = client.post("https://api.openai.com/v1/chat/completions", json=body)
            assert r.status_code == 403
            decision_id = r.headers["x-dlp-decision-id"]
            # Read the file the moment the answer is in: the record must be there already.
            assert any(rec["decision_id"] == decision_id for rec in proxy.records())
    assert upstream.received == []
