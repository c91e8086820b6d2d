"""A decision record is on disk before the request leaves the proxy, or before its notice is answered."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

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


@pytest.fixture(scope="module")
def slow_disk_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    """A proxy whose decision log takes 30 ms per fsync: a record not waited for would show."""
    extra = ["--script", str(Path(__file__).with_name("slow_disk_addon.py"))]
    proc = start_proxy(
        tmp_path_factory.mktemp("slow-disk"),
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        extra=extra,
    )
    yield proc
    proc.stop()


def test_under_concurrent_clients_no_request_reaches_upstream_before_its_record(
    slow_disk_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    """16 clients at once on a slow disk: records are committed in groups, and still each
    forwarded request's record is on disk before the upstream receives it (never fewer records
    than arrivals). Handing the record to the writer without waiting for it fails this test."""
    proxy = slow_disk_proxy
    clients, per_client = 16, 5
    before = len(proxy.records())
    arrived_before = len(upstream.received)
    short: list[tuple[int, int]] = []

    def on_receive(_request: object) -> None:
        arrived = len(upstream.received) - arrived_before
        on_disk = len(proxy.records()) - before
        if on_disk < arrived:
            short.append((arrived, on_disk))

    upstream.received.on_receive.append(on_receive)  # type: ignore[attr-defined]

    def one_client(c: int) -> list[int]:
        with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=60) as client:
            statuses = []
            for n in range(per_client):
                body = {
                    "model": "m",
                    "messages": [{"role": "user", "content": f"Vraag {n} van client {c} over Python."}],
                }
                statuses.append(client.post("https://api.openai.com/v1/chat/completions", json=body).status_code)
            return statuses

    try:
        with ThreadPoolExecutor(clients) as pool:
            statuses = [s for result in pool.map(one_client, range(clients)) for s in result]
    finally:
        upstream.received.on_receive.remove(on_receive)  # type: ignore[attr-defined]
    assert statuses == [200] * clients * per_client
    assert short == [], f"upstream saw requests before their records: (arrived, on disk) {short[:5]}"
    records = proxy.records()
    assert len(records) - before == clients * per_client
    assert "NOT LOGGED" not in proxy.log_text()
