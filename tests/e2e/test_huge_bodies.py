"""Huge bodies on inspected connections: the proxy holds a bounded part of them, whatever the client
or the upstream sends (issue 19: bounded memory).

Each test drives the real proxy process over real TLS and samples its resident memory
(/proc/<pid>/status VmRSS; detection workers are other processes) while the body moves.
"""

from __future__ import annotations

import hashlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream, big_answer
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

CHAT = "https://api.openai.com/v1/chat/completions"
MIB = 1024 * 1024
MAX_BODY = 10 * MIB  # the shipped policy's max_body_bytes
PROMPT = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Wat is 2+2?"}]})


@pytest.fixture(scope="module")
def huge_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    workdir = tmp_path_factory.mktemp("huge-proxy")
    proc = start_proxy(workdir, redirects=ai_redirects(openai_upstream), upstream_ca=upstream_ca[0].cert_pem)
    yield proc
    proc.stop()


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


class PeakRss:
    """The proxy's largest resident size while the block runs, over what it was before."""

    def __init__(self, pid: int) -> None:
        self.pid, self.before, self.peak = pid, rss(pid), 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss(self.pid))

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss(self.pid))

    @property
    def growth_mib(self) -> float:
        return (self.peak - self.before) / MIB


def tls_through(proxy: ProxyProcess, host: str = "api.openai.com") -> ssl.SSLSocket:
    """A TLS connection to `host` through the proxy's CONNECT (the proxy's CA trusted)."""
    raw = socket.create_connection(("127.0.0.1", proxy.port), timeout=30)
    raw.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n".encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += raw.recv(4096)
    assert head.startswith(b"HTTP/1.1 200"), head
    context = ssl.create_default_context(cafile=str(proxy.ca))
    return context.wrap_socket(raw, server_hostname=host)


def request_head(framing: str) -> bytes:
    return (
        "POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\ncontent-type: application/json\r\n"
        f"accept-language: en\r\n{framing}\r\n\r\n"
    ).encode()


def send_until_closed(conn: ssl.SSLSocket, pieces: Iterator[bytes], gap: float = 0.0) -> int:
    """Send pieces until the proxy closes the connection (or they run out); the bytes sent."""
    sent = 0
    try:
        for piece in pieces:
            conn.sendall(piece)
            sent += len(piece)
            if gap:
                time.sleep(gap)
    except (ConnectionError, ssl.SSLError, OSError):
        pass
    return sent


def answer_or_close(conn: ssl.SSLSocket) -> bytes:
    """What the proxy sends before it closes the connection."""
    conn.settimeout(30)
    got = b""
    try:
        while chunk := conn.recv(65536):
            got += chunk
    except (ConnectionError, ssl.SSLError, OSError):
        pass
    return got


def records_after(proxy: ProxyProcess, before: int, wait: float = 10.0) -> list[dict[str, Any]]:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and len(proxy.records()) <= before:
        time.sleep(0.05)
    return proxy.records()[before:]


def assert_refused_too_large(proxy: ProxyProcess, before: int) -> None:
    records = records_after(proxy, before)
    assert len(records) == 1, records
    record = records[0]
    assert (record["action"], record["fail_reason"], record["adapter"]) == ("block", "body_too_large", "openai")
    assert record["bytes_scanned"] == 0


def test_a_declared_two_gigabyte_body_sent_slowly_is_refused_at_once_unread(
    huge_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(huge_proxy.records())
    conn = tls_through(huge_proxy)
    started = time.monotonic()
    with PeakRss(huge_proxy.process.pid) as memory:
        conn.sendall(request_head("content-length: 2000000000"))
        # a trickle of 64 KiB pieces (640 KB/s): refused on its head, it never gets far
        sent = send_until_closed(conn, (b"x" * 65536 for _ in range(400)), gap=0.1)
        answer = answer_or_close(conn)
    took = time.monotonic() - started
    conn.close()
    assert sent < 8 * MIB, f"the proxy read {sent / MIB:.0f} MiB over {took:.0f} s before refusing"
    assert answer == b""  # HTTP/1: closed without an answer (mitmproxy cannot answer before the body)
    assert_refused_too_large(huge_proxy, before)
    assert upstream.received == []
    assert memory.growth_mib < 50, f"proxy grew by {memory.growth_mib:.0f} MiB"


def test_a_chunked_body_without_end_is_cut_off_at_the_bound(huge_proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    before = len(huge_proxy.records())
    conn = tls_through(huge_proxy)
    piece = b"100000\r\n" + b"y" * MIB + b"\r\n"  # chunks of 1 MiB, generated as sent
    with PeakRss(huge_proxy.process.pid) as memory:
        conn.sendall(request_head("transfer-encoding: chunked"))
        sent = send_until_closed(conn, (piece for _ in range(300)))
        answer_or_close(conn)
    conn.close()
    assert sent < 100 * MIB, f"the proxy read {sent / MIB:.0f} MiB"  # cut near 2 x max_body_bytes
    assert_refused_too_large(huge_proxy, before)
    assert upstream.received == []
    assert memory.growth_mib < 100, f"proxy grew by {memory.growth_mib:.0f} MiB"


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_200_mb_answer_reaches_the_client_whole_while_the_proxy_holds_little_of_it(
    huge_proxy: ProxyProcess, upstream: FakeUpstream, chunked: bool
) -> None:
    size = 200 * MIB
    expected = hashlib.sha256()
    for block in big_answer(size):
        expected.update(block)
    got, received = hashlib.sha256(), 0
    headers = {"content-type": "application/json", "x-fake-big": str(size), "x-fake-big-chunked": str(int(chunked))}
    with (
        PeakRss(huge_proxy.process.pid) as memory,
        httpx.Client(proxy=huge_proxy.url, verify=str(huge_proxy.ca), timeout=120) as http,
        http.stream("POST", CHAT, content=PROMPT, headers=headers) as response,
    ):
        assert response.status_code == 200
        for block in response.iter_raw():
            got.update(block)
            received += len(block)
    assert received == size and got.hexdigest() == expected.hexdigest()
    assert len(upstream.received) == 1
    assert memory.growth_mib < 100, f"proxy grew by {memory.growth_mib:.0f} MiB"


def test_a_body_somewhat_over_the_limit_still_gets_the_too_large_notice(
    huge_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(huge_proxy.records())
    text = "Lorem ipsum dolor sit amet. " * (11 * MIB // 28)
    body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]})
    assert MAX_BODY < len(body) < 2 * MAX_BODY
    with httpx.Client(proxy=huge_proxy.url, verify=str(huge_proxy.ca), timeout=60) as http:
        response = http.post(CHAT, content=body, headers={"content-type": "application/json", "accept-language": "en"})
    assert response.status_code == 403
    message = response.json()["error"]["message"]
    records = records_after(huge_proxy, before)
    assert len(records) == 1 and records[0]["fail_reason"] == "body_too_large"
    assert "too large to check" in message and records[0]["decision_id"] in message
    assert upstream.received == []
