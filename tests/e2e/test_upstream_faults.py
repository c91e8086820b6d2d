"""Upstream faults through the real proxy (issue 19): refused connection, reset mid-request, reset
mid-stream, a stalled answer, garbage instead of HTTP, a certificate that does not verify, a slow
trickle. For each: what the client sees and how soon, what the proxy's log says (and that it holds
no prompt text or key), that the decision record exists, and that the proxy stays up and serves
other connections.

One proxy process for the module. Hosts of the OpenAI API tool (approved, `*.api.openai.com`) are
sent to different local servers by the test redirect addon:

  api.openai.com     the faulty upstream (tests/e2e/fake_faulty_upstream.py), fault per `x-fault`
  eu.api.openai.com  a closed port (connection refused)
  us.api.openai.com  a well-behaved server whose certificate comes from a CA the proxy does not trust
  jp.api.openai.com  the normal fake upstream: the health check after every fault

Findings (see the module's report): mitmproxy's only bound on a stalled upstream is its inactivity
timeout `tcp_timeout` (600 s by default, dlp-proxy does not change it), so a stalled answer holds the
client for up to ten minutes unless the client's own timeout fires first; when the client gives up,
the proxy closes the upstream connection at once. Non-streamed answers are held until complete, so a
client's per-read timeout must cover the whole (trickled) answer.
"""

from __future__ import annotations

import os
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.fake_faulty_upstream import (
    FAULT_EVENTS,
    FAULT_HEADER,
    TRICKLE_BODY,
    TRICKLE_GAP,
    FaultyUpstream,
    closed_port,
    start_faulty_upstream,
)
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_ca, make_server_cert

pytestmark = pytest.mark.e2e

FAULTY_HOST = "api.openai.com"
REFUSED_HOST = "eu.api.openai.com"
UNTRUSTED_HOST = "us.api.openai.com"
HEALTHY_HOST = "jp.api.openai.com"

# Benign prompt (no personal data, so it is allowed), with a word that must never reach any log.
MARKER = "zebracornfaulttest"
PROMPT = f"Please write a short, cheerful greeting for the {MARKER} team meeting."
API_KEY = "sk-proj-FAULTTESTq8vR2mK4tL9xW1nB7cD3fG6hJ0pS"
BOUND = 5.0  # an immediate fault (refused, reset, garbage, bad certificate) reaches the client within this
CLIENT_TIMEOUT = 2.0  # the client's own read timeout in the stall tests
ERROR_PAGE = "502 Bad Gateway"  # mitmproxy's error answer


@dataclass
class Env:
    proxy: ProxyProcess
    faulty: FaultyUpstream
    untrusted: FaultyUpstream
    healthy: FakeUpstream
    client_tls: ssl.SSLContext  # clients trust the proxy's CA


@dataclass
class Outcome:
    status: int | None  # None: no answer at all
    headers: dict[str, str]
    body: bytes  # what arrived, also when the answer broke off
    error: Exception | None  # what the client raised, if anything
    seconds: float
    log: str  # the proxy's output during the exchange
    records: list[dict[str, Any]]  # decision records written during the exchange


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object]) -> Iterator[Env]:
    ca, key, cert = upstream_ca  # the CA the proxy trusts for upstreams (conftest)
    tls = tmp_path_factory.mktemp("fault-tls")
    issued = make_server_cert(tls, [FAULTY_HOST], key, cert)  # type: ignore[arg-type]
    healthy_cert = make_server_cert(tls, [HEALTHY_HOST], key, cert)  # type: ignore[arg-type]
    _, rogue_key, rogue_cert = make_ca(tls / "rogue")  # a CA the proxy has never heard of
    rogue = make_server_cert(tls / "rogue", [UNTRUSTED_HOST], rogue_key, rogue_cert)
    faulty = start_faulty_upstream(issued.cert_pem, issued.key_pem)
    untrusted = start_faulty_upstream(rogue.cert_pem, rogue.key_pem)
    healthy = start_fake_upstream(healthy_cert.cert_pem, healthy_cert.key_pem)
    redirects = {
        FAULTY_HOST: faulty.port,
        REFUSED_HOST: closed_port(),
        UNTRUSTED_HOST: untrusted.port,
        HEALTHY_HOST: healthy.port,
    }
    workdir = tmp_path_factory.mktemp("fault-proxy")
    proxy = start_proxy(workdir, redirects=redirects, upstream_ca=ca.cert_pem)
    try:
        yield Env(proxy, faulty, untrusted, healthy, ssl.create_default_context(cafile=str(proxy.ca)))
    finally:
        proxy.stop()
        faulty.stop()
        untrusted.stop()
        healthy.stop()


def chat(stream: bool, content: str = PROMPT) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": content}], "stream": stream}


def exchange(
    env: Env, host: str, fault: str | None = None, *, stream: bool = False, timeout: float = 10.0, content: str = PROMPT
) -> Outcome:
    """One benign chat completion through the proxy with httpx; never raises for a network fault."""
    proxy = env.proxy
    lines, count = len(proxy.output), len(proxy.records())
    headers = {"authorization": f"Bearer {API_KEY}", **({FAULT_HEADER: fault} if fault else {})}
    status: int | None = None
    answer_headers: dict[str, str] = {}
    body = b""
    error: Exception | None = None
    started = time.monotonic()
    with httpx.Client(proxy=proxy.url, verify=env.client_tls, timeout=httpx.Timeout(timeout, connect=5.0)) as client:
        try:
            url = f"https://{host}/v1/chat/completions"
            with client.stream("POST", url, json=chat(stream, content), headers=headers) as answer:
                status, answer_headers = answer.status_code, dict(answer.headers)
                try:
                    for piece in answer.iter_bytes():
                        body += piece
                except httpx.HTTPError as e:
                    error = e
        except httpx.HTTPError as e:
            error = e
    seconds = time.monotonic() - started
    # The proxy notes the end of the client's connection just after the client has seen it.
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline and not any("client disconnect" in line for line in proxy.output[lines:]):
        time.sleep(0.05)
    time.sleep(0.1)  # and the upstream's end, right after
    return Outcome(status, answer_headers, body, error, seconds, "".join(proxy.output[lines:]), proxy.records()[count:])


def assert_recorded_and_quiet(env: Env, outcome: Outcome, host: str) -> None:
    """One decision record for the request (allowed: the prompt is benign); no prompt text or key
    in the proxy's output or its decision log; the process still runs."""
    mine = [r for r in outcome.records if r["host"] == host]  # (a stall test also sends a health check)
    assert [(r["tool"], r["action"]) for r in mine] == [("openai-api", "allow")], outcome.records
    assert MARKER not in outcome.log and API_KEY not in outcome.log
    log = env.proxy.log_text()
    assert MARKER not in log and API_KEY not in log
    assert env.proxy.process.poll() is None, "the proxy process died"


def assert_healthy(env: Env) -> Outcome:
    """A normal request to another upstream, on a new connection through the same proxy, succeeds."""
    ok = exchange(env, HEALTHY_HOST)
    assert ok.error is None and ok.status == 200, (ok.status, ok.error, ok.body[:300])
    assert b"Hello from the fake upstream." in ok.body
    assert ok.seconds < BOUND
    assert env.proxy.process.poll() is None
    return ok


def test_refused_connection_is_a_quick_502(env: Env) -> None:
    out = exchange(env, REFUSED_HOST)
    assert out.error is None and out.status == 502, (out.status, out.error)
    assert ERROR_PAGE in out.body.decode() and "Connect call failed" in out.body.decode()
    assert out.seconds < BOUND
    assert "error establishing server connection: [Errno 111] Connect call failed" in out.log
    assert_recorded_and_quiet(env, out, REFUSED_HOST)
    assert_healthy(env)


def test_untrusted_certificate_is_refused_not_passed_on(env: Env) -> None:
    for stream in (False, True):
        out = exchange(env, UNTRUSTED_HOST, stream=stream)
        assert out.error is None and out.status == 502, (out.status, out.error)
        assert "Certificate verify failed" in out.body.decode()
        assert b"faulty upstream" not in out.body  # no answer of the untrusted server, no fallback
        assert out.seconds < BOUND
        assert "Server TLS handshake failed. Certificate verify failed" in out.log
        assert_recorded_and_quiet(env, out, UNTRUSTED_HOST)
    # The proxy broke off the handshake: the untrusted server never got to read a request.
    assert env.untrusted.events and all(e.what.startswith("connection error") for e in env.untrusted.events)
    assert_healthy(env)


def test_reset_mid_request_is_a_502(env: Env) -> None:
    # A larger body (benign filler), so the reset can arrive while the proxy still sends it.
    out = exchange(env, FAULTY_HOST, "reset-request", content=PROMPT + " Thank you." * 6000)
    assert out.error is None and out.status == 502, (out.status, out.error)
    text = out.body.decode()
    assert ERROR_PAGE in text
    assert "server closed connection" in text or "reset" in text.lower(), text
    assert out.seconds < BOUND
    assert env.faulty.of("reset-request")
    assert "server disconnect" in out.log  # the log says no more than that (see the report)
    assert_recorded_and_quiet(env, out, FAULTY_HOST)
    assert_healthy(env)


def test_reset_mid_stream_is_a_cut_stream_the_client_notices(env: Env) -> None:
    out = exchange(env, FAULTY_HOST, "reset-stream", stream=True)
    assert out.status == 200 and out.headers["content-type"].startswith("text/event-stream")
    # The events before the reset arrive; then the chunked body breaks off without its end.
    assert all(f"part{i} ".encode() in out.body for i in range(FAULT_EVENTS))
    assert b"[DONE]" not in out.body
    assert isinstance(out.error, httpx.RemoteProtocolError), out.error
    assert "incomplete chunked read" in str(out.error)
    assert out.seconds < BOUND
    assert "Streaming response from api.openai.com." in out.log and "server disconnect" in out.log
    assert_recorded_and_quiet(env, out, FAULTY_HOST)
    assert_healthy(env)


def _stall(env: Env, fault: str, stream: bool) -> Outcome:
    """A stalled exchange with the client's short timeout; other requests are served meanwhile."""
    seen = len(env.faulty.of(fault))
    result: list[Outcome] = []
    stalled = threading.Thread(
        target=lambda: result.append(exchange(env, FAULTY_HOST, fault, stream=stream, timeout=CLIENT_TIMEOUT))
    )
    stalled.start()
    time.sleep(0.5)
    assert_healthy(env)  # while the stalled request hangs
    stalled.join(timeout=CLIENT_TIMEOUT + 10)
    assert result, "the stalled exchange did not end"
    out = result[0]
    # The proxy sets no deadline of its own (mitmproxy's tcp_timeout, 600 s of inactivity): the
    # client's timeout is what ends it.
    assert isinstance(out.error, httpx.ReadTimeout), out.error
    assert CLIENT_TIMEOUT - 0.1 < out.seconds < CLIENT_TIMEOUT + 2
    # Once the client gave up, the proxy closed the upstream connection too: nothing left hanging.
    deadline = time.monotonic() + 3.0
    while time.monotonic() < deadline and len(env.faulty.of(fault)) == seen:
        time.sleep(0.05)
    assert [e.what for e in env.faulty.of(fault)[seen:]][0].startswith(("peer closed", "peer reset"))
    assert "server disconnect" in out.log
    assert "Closing connection due to inactivity" not in out.log
    assert_recorded_and_quiet(env, out, FAULTY_HOST)
    return out


def test_stall_before_any_answer_ends_with_the_clients_timeout(env: Env) -> None:
    out = _stall(env, "stall", stream=False)
    assert out.status is None and out.body == b""
    assert_healthy(env)


def test_stall_mid_stream_ends_with_the_clients_timeout(env: Env) -> None:
    out = _stall(env, "stall-body", stream=True)
    assert out.status == 200 and b"part0 " in out.body  # the stream had started
    assert "Streaming response from api.openai.com." in out.log
    assert_healthy(env)


def test_garbage_instead_of_http_is_a_502(env: Env) -> None:
    out = exchange(env, FAULTY_HOST, "garbage")
    assert out.error is None and out.status == 502, (out.status, out.error)
    assert "Cannot parse HTTP response: Bad HTTP response line" in out.body.decode()
    assert out.seconds < BOUND
    assert "server disconnect" in out.log
    assert_recorded_and_quiet(env, out, FAULTY_HOST)
    assert_healthy(env)


def test_slow_trickle_arrives_whole(env: Env) -> None:
    trickle_time = len(TRICKLE_BODY) * TRICKLE_GAP
    out = exchange(env, FAULTY_HOST, "trickle", timeout=trickle_time + 6)
    assert out.error is None and out.status == 200, (out.status, out.error)
    assert out.body == TRICKLE_BODY
    assert trickle_time * 0.9 < out.seconds < trickle_time + 3
    assert_recorded_and_quiet(env, out, FAULTY_HOST)
    assert_healthy(env)


def test_trickled_plain_answer_is_held_until_complete(env: Env) -> None:
    """A non-streamed answer is passed on whole (scanned and restored first): a client whose read
    timeout is shorter than the whole trickle times out, though every byte came within 0.1 s."""
    out = exchange(env, FAULTY_HOST, "trickle", timeout=1.0)
    assert isinstance(out.error, httpx.ReadTimeout), (out.status, out.error)
    assert out.status is None
    assert_recorded_and_quiet(env, out, FAULTY_HOST)
    assert_healthy(env)


def _descriptors(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="needs /proc")
def test_repeated_faults_leave_no_descriptors_behind(env: Env) -> None:
    pid = env.proxy.process.pid
    assert_healthy(env)
    before = _descriptors(pid)
    for _ in range(8):
        for host, fault, stream in (
            (REFUSED_HOST, None, False),
            (UNTRUSTED_HOST, None, False),
            (FAULTY_HOST, "reset-request", False),
            (FAULTY_HOST, "reset-stream", True),
            (FAULTY_HOST, "garbage", False),
        ):
            out = exchange(env, host, fault, stream=stream)
            assert out.status in (200, 502) and len(out.records) == 1
    assert_healthy(env)
    time.sleep(0.5)
    after = _descriptors(pid)
    assert after <= before + 4, f"open descriptors grew from {before} to {after}"
    assert env.proxy.process.poll() is None
