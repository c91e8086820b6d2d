"""Client faults against the proxy's own listener (issue 19): slow request heads and bodies
(slowloris), thousands of idle connections and the connection cap, a client that leaves in the
middle of a streamed answer, one that never reads its answer. For each: what the client gets and
how soon, what is logged, that other clients are served meanwhile, and that descriptors and
memory stay bounded and come back.

The proxies run with short deadlines (`--set dlp_client_header_timeout=2` and so on) so the
suite stays quick; the defaults are 60 s and 120 s. Hosts (all of the OpenAI API tool):

  api.openai.com     the normal fake upstream: the health check
  eu.api.openai.com  the long-answer upstream (tests/e2e/slow_clients.py): a minute-long event
                     stream, or a big body, and when the proxy hung up on it
"""

from __future__ import annotations

import json
import resource
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.slow_clients import (
    ANSWER_HEADER,
    LongAnswerUpstream,
    closed_by_peer,
    descriptors,
    fd_limits,
    open_idle,
    raise_own_fd_limit,
    read_until_closed,
    rss_mib,
    start_long_answer_upstream,
    trickle,
    wait_until,
)
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(not hasattr(socket, "SO_RCVBUF"), reason="needs sockets")]

HEALTHY_HOST = "api.openai.com"
LONG_HOST = "eu.api.openai.com"
HEADER_TIMEOUT = 2  # the proxies' dlp_client_header_timeout here
BODY_TIMEOUT = 3  # dlp_client_body_timeout
SLACK = 3.0  # the deadline sweep runs every half second; the machine is shared
HEALTHY_WITHIN = 5.0  # a normal request through the proxy under attack answers within this
MARKER = "quokkaclientfaulttest"  # in every prompt here: must never reach a log


@dataclass
class Env:
    proxy: ProxyProcess
    healthy: FakeUpstream
    long: LongAnswerUpstream
    client_tls: ssl.SSLContext


def _start(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], name: str, extra: list[str]
) -> tuple[ProxyProcess, FakeUpstream, LongAnswerUpstream]:
    ca, key, cert = upstream_ca
    tls = tmp_path_factory.mktemp(f"{name}-tls")
    issued = make_server_cert(tls, [HEALTHY_HOST, LONG_HOST], key, cert)  # type: ignore[arg-type]
    healthy = start_fake_upstream(issued.cert_pem, issued.key_pem)
    long = start_long_answer_upstream(issued.cert_pem, issued.key_pem)
    redirects = {HEALTHY_HOST: healthy.port, LONG_HOST: long.port}
    proxy = start_proxy(
        tmp_path_factory.mktemp(name),
        redirects=redirects,
        upstream_ca=ca.cert_pem,
        extra=["--set", "dlp_workers=0", *extra],  # detection in a thread: one process to measure
    )
    return proxy, healthy, long


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object]) -> Iterator[Env]:
    deadlines = [
        "--set",
        f"dlp_client_header_timeout={HEADER_TIMEOUT}",
        "--set",
        f"dlp_client_body_timeout={BODY_TIMEOUT}",
    ]
    proxy, healthy, long = _start(tmp_path_factory, upstream_ca, "client-faults", deadlines)
    try:
        yield Env(proxy, healthy, long, ssl.create_default_context(cafile=str(proxy.ca)))
    finally:
        proxy.stop()
        healthy.stop()
        long.stop()


def chat(stream: bool = False) -> dict[str, object]:
    content = f"Write a short greeting for the {MARKER} team."
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": content}], "stream": stream}


def healthy_request(env: Env) -> float:
    """A normal chat request through the proxy on a new connection; its duration. Fails the test
    unless it is answered 200 in time."""
    started = time.monotonic()
    with httpx.Client(proxy=env.proxy.url, verify=env.client_tls, timeout=HEALTHY_WITHIN * 2) as client:
        answer = client.post(f"https://{HEALTHY_HOST}/v1/chat/completions", json=chat())
    seconds = time.monotonic() - started
    assert answer.status_code == 200 and "Hello from the fake upstream." in answer.text
    assert seconds < HEALTHY_WITHIN, f"a normal request took {seconds:.1f} s"
    return seconds


def under_attack(env: Env, attack: object) -> object:
    """Run `attack()` in a thread; while it runs, a normal request is served in time."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(attack()))  # type: ignore[operator]
    thread.start()
    time.sleep(0.5)
    healthy_request(env)
    thread.join(timeout=60)
    assert result, "the attacking client did not finish"
    return result[0]


def tls_through_connect(env: Env, host: str) -> ssl.SSLSocket:
    """A client connection through the proxy's CONNECT to `host`, TLS done (blocking socket)."""
    sock = socket.create_connection(("127.0.0.1", env.proxy.port), timeout=10)
    sock.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n".encode())
    assert sock.recv(4096).startswith(b"HTTP/1.1 200")
    return env.client_tls.wrap_socket(sock, server_hostname=host)


def trickle_tls(tls: ssl.SSLSocket, prefix: bytes, data: bytes, gap: float, give_up: float) -> tuple[bool, float]:
    """Send `prefix`, then `data` a byte every `gap` seconds over TLS until the proxy closes the
    connection; (closed, seconds since the prefix)."""
    started = time.monotonic()
    tls.sendall(prefix)
    tls.settimeout(gap)
    i = 0
    while time.monotonic() - started < give_up:
        try:
            if tls.recv(4096) == b"":
                return True, time.monotonic() - started
        except TimeoutError:
            pass
        except (OSError, ssl.SSLError):
            return True, time.monotonic() - started
        try:
            tls.sendall(data[i % len(data) : i % len(data) + 1])
        except (OSError, ssl.SSLError):
            return True, time.monotonic() - started
        i += 1
    return False, time.monotonic() - started


def assert_no_decision(env: Env, before: int, path: str) -> None:
    """No decision record for `path` since record number `before` (the health checks have theirs)."""
    assert [r["path"] for r in env.proxy.records()[before:] if r["path"] == path] == []


def assert_quiet(env: Env) -> None:
    """No prompt text in the proxy's output or decision log; the process runs."""
    assert MARKER not in "".join(env.proxy.output) and MARKER not in env.proxy.log_text()
    assert env.proxy.process.poll() is None, "the proxy process died"


# --- slow request heads and bodies --------------------------------------------------------------


def test_slow_request_head_gets_408_at_the_header_deadline(env: Env) -> None:
    """A plain-HTTP request head, one byte every 0.3 s, never finished: mitmproxy's inactivity
    timer would hold it for ever (each byte resets it); the header deadline answers 408 and closes."""
    records = len(env.proxy.records())
    head = f"POST http://{HEALTHY_HOST}/v1/embeddings HTTP/1.1\r\nHost: {HEALTHY_HOST}\r\nX-Pad: ".encode()
    out = under_attack(env, lambda: trickle(env.proxy.port, head + b"a" * 200, 0.3, give_up=20))
    assert out.closed, "the slow head was never cut off"  # type: ignore[attr-defined]
    assert out.answer.startswith(b"HTTP/1.1 408 Request Timeout")  # type: ignore[attr-defined]
    assert HEADER_TIMEOUT - 0.5 < out.seconds < HEADER_TIMEOUT + SLACK  # type: ignore[attr-defined]
    assert wait_until(lambda: "closed: no complete request head within 2 s" in "".join(env.proxy.output), 3)
    assert_no_decision(env, records, "/v1/embeddings")  # no request, no decision
    assert_quiet(env)


def test_slow_connect_is_cut_off_too(env: Env) -> None:
    """The proxy's own CONNECT line, trickled (slowloris against an explicit proxy)."""
    head = f"CONNECT {HEALTHY_HOST}:443 HTTP/1.1\r\nHost: {HEALTHY_HOST}:443\r\nX-Pad: ".encode()
    out = under_attack(env, lambda: trickle(env.proxy.port, head + b"a" * 200, 0.3, give_up=20))
    assert out.closed and out.answer.startswith(b"HTTP/1.1 408")  # type: ignore[attr-defined]
    assert out.seconds < HEADER_TIMEOUT + SLACK  # type: ignore[attr-defined]
    assert_quiet(env)


def test_slow_head_inside_tls_is_closed_at_the_header_deadline(env: Env) -> None:
    """CONNECT and TLS at once, then the AI request head inside TLS trickled: the connection is
    closed (inside TLS no 408 can be written), no decision record."""
    records = len(env.proxy.records())
    tls = tls_through_connect(env, HEALTHY_HOST)
    head = b"POST /v1/embeddings HTTP/1.1\r\nHost: " + HEALTHY_HOST.encode() + b"\r\nX-Pad: "
    closed, seconds = under_attack(env, lambda: trickle_tls(tls, head, b"a" * 200, 0.3, give_up=20))  # type: ignore[misc]
    tls.close()
    assert closed, "the slow head inside TLS was never cut off"
    assert seconds < HEADER_TIMEOUT + SLACK
    assert_no_decision(env, records, "/v1/embeddings")
    assert_quiet(env)


def test_slow_body_is_closed_at_the_body_deadline_without_a_decision(env: Env) -> None:
    """A complete AI request head (inside TLS) promising 2000 bytes, the body trickled: closed
    at the body deadline, counted from the head; the request was never complete, so no decision."""
    records, seen = len(env.proxy.records()), len(env.healthy.received)
    tls = tls_through_connect(env, HEALTHY_HOST)
    head = (
        f"POST /v1/responses HTTP/1.1\r\nHost: {HEALTHY_HOST}\r\ncontent-type: application/json\r\n"
        "content-length: 2000\r\n\r\n"
    ).encode()
    body = f'{{"model": "gpt-4o-mini", "messages": [{{"role": "user", "content": "{MARKER}'.encode()
    closed, seconds = under_attack(env, lambda: trickle_tls(tls, head, body, 0.3, give_up=20))  # type: ignore[misc]
    tls.close()
    assert closed, "the slow body was never cut off"
    assert BODY_TIMEOUT - 0.5 < seconds < BODY_TIMEOUT + SLACK
    assert wait_until(lambda: "closed: request body not complete within 3 s" in "".join(env.proxy.output), 3)
    assert_no_decision(env, records, "/v1/responses")
    # Nothing of the unfinished body went upstream (the health check's request is whole JSON).
    assert all(json.loads(r.body) for r in env.healthy.received[seen:])
    assert_quiet(env)


def test_slow_plain_body_gets_408(env: Env) -> None:
    """The same over plain HTTP (a reverse gateway's listener, http:// URLs): a 408 first."""
    head = b"POST http://plain.test/upload HTTP/1.1\r\nHost: plain.test\r\ncontent-length: 5000\r\n\r\n"
    out = under_attack(env, lambda: trickle(env.proxy.port, b"x" * 100, 0.3, give_up=20, prefix=head))
    assert out.closed and out.answer.startswith(b"HTTP/1.1 408")  # type: ignore[attr-defined]
    assert BODY_TIMEOUT - 0.5 < out.seconds < BODY_TIMEOUT + SLACK  # type: ignore[attr-defined]
    assert_quiet(env)


# --- answers: the client leaves, the client never reads, a long answer is not cut ----------------


def stream_request(env: Env, read_for: float) -> tuple[int, float]:
    """A streamed chat request to the long-answer upstream, read for `read_for` seconds, then the
    client leaves; (bytes read, seconds)."""
    started, got = time.monotonic(), 0
    with httpx.Client(proxy=env.proxy.url, verify=env.client_tls, timeout=10) as client:
        url = f"https://{LONG_HOST}/v1/chat/completions"
        with client.stream("POST", url, json=chat(stream=True), headers={ANSWER_HEADER: "stream"}) as answer:
            assert answer.status_code == 200
            for piece in answer.iter_bytes():
                got += len(piece)
                if time.monotonic() - started > read_for:
                    break
    return got, time.monotonic() - started


def test_a_streamed_answer_longer_than_every_deadline_is_not_cut(env: Env) -> None:
    """An answer that streams for twice the body deadline arrives whole: deadlines time the
    client's sending only, never the upstream's answer."""
    read_for = 2 * BODY_TIMEOUT + 1
    got, seconds = stream_request(env, read_for)
    assert seconds >= read_for and got > 1000  # still streaming when the client chose to leave


def test_client_leaving_mid_stream_closes_the_upstream_promptly(env: Env) -> None:
    records, endings = len(env.proxy.records()), len(env.long.endings)
    left_at = time.monotonic()
    stream_request(env, read_for=1.0)
    left_at = time.monotonic()
    assert wait_until(lambda: len(env.long.endings) > endings, 5), "the upstream stream was never closed"
    ending = env.long.endings[endings]
    assert ending.what == "peer closed" and ending.at - left_at < 2.0, ending
    mine = [r for r in env.proxy.records()[records:] if r["host"] == LONG_HOST]
    assert [(r["tool"], r["action"]) for r in mine] == [("openai-api", "allow")]  # the decision stands
    assert_quiet(env)
    healthy_request(env)


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_NOFILE"), reason="needs /proc")
def test_client_that_never_reads_a_big_answer_is_let_go(env: Env) -> None:
    """An 8 MB answer to a client that never reads: the proxy holds it in memory, writes what the
    socket takes, and closes the connection at the header deadline after the answer; its socket
    and the queued bytes are released although the client keeps its end open."""
    pid = env.proxy.process.pid
    healthy_request(env)
    time.sleep(0.5)  # the health check's sockets are closed
    baseline = descriptors(pid)
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # the client reads nothing
    sock.connect(("127.0.0.1", env.proxy.port))
    sock.sendall(f"CONNECT {LONG_HOST}:443 HTTP/1.1\r\nHost: {LONG_HOST}:443\r\n\r\n".encode())
    assert sock.recv(4096).startswith(b"HTTP/1.1 200")
    tls = env.client_tls.wrap_socket(sock, server_hostname=LONG_HOST)
    endings = len(env.long.endings)
    tls.sendall(
        f"GET /v1/files/f/content HTTP/1.1\r\nHost: {LONG_HOST}\r\n{ANSWER_HEADER}: big:8000000\r\n\r\n".encode()
    )
    assert wait_until(lambda: len(env.long.endings) > endings or descriptors(pid) >= baseline + 2, 5), (
        descriptors(pid),
        baseline,
    )  # the client's socket and the upstream's
    healthy_request(env)  # others are served meanwhile
    # The answer is complete upstream at once; the connection idles from then on, unread.
    released = wait_until(lambda: descriptors(pid) <= baseline, HEADER_TIMEOUT + 1 + SLACK + 5)
    assert released, f"descriptors stayed at {descriptors(pid)} (baseline {baseline})"
    assert wait_until(lambda: len(env.long.endings) > endings, 5)  # the upstream connection was closed too
    raw = socket.fromfd(tls.fileno(), socket.AF_INET, socket.SOCK_STREAM)  # its bytes, undecrypted
    assert closed_by_peer(raw), "the proxy still holds the connection"
    raw.close()
    tls.close()
    assert "closed: no next request within 2 s" in "".join(env.proxy.output)
    assert_quiet(env)


# --- idle connections, the cap and the open-file limit --------------------------------------------

IDLE = 2000
CAP = 2100
IDLE_HEADER_TIMEOUT = 25


@pytest.fixture(scope="module")
def idle_env(tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object]) -> Iterator[Env]:
    """A proxy started with a soft open-file limit of 1024 (systemd's default for services), a
    cap of CAP connections and a longer header deadline, so idle connections can be counted."""
    raise_own_fd_limit(IDLE + 600)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard < 2 * CAP + 300:
        pytest.skip(f"the hard open-file limit {hard} is too low for {CAP} connections")
    resource.setrlimit(resource.RLIMIT_NOFILE, (1024, hard))  # inherited by the proxy process
    try:
        extra = [
            "--set", f"dlp_client_header_timeout={IDLE_HEADER_TIMEOUT}",
            "--set", f"dlp_max_client_connections={CAP}",
        ]  # fmt: skip
        proxy, healthy, long = _start(tmp_path_factory, upstream_ca, "idle-clients", extra)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    try:
        yield Env(proxy, healthy, long, ssl.create_default_context(cafile=str(proxy.ca)))
    finally:
        proxy.stop()
        healthy.stop()
        long.stop()


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_NOFILE"), reason="needs /proc")
def test_thousands_of_idle_connections_are_bounded_and_released(idle_env: Env) -> None:
    env, pid = idle_env, idle_env.proxy.process.pid
    soft, hard = fd_limits(pid)
    assert soft == hard, "the proxy did not raise its soft open-file limit to the hard limit"
    healthy_request(env)
    time.sleep(0.5)  # the health check's sockets are closed
    fds, rss = descriptors(pid), rss_mib(pid)
    started = time.monotonic()
    conns = open_idle(env.proxy.port, IDLE)
    try:
        print(f"\nopened {IDLE} in {time.monotonic() - started:.1f} s")
        assert wait_until(lambda: descriptors(pid) >= fds + IDLE, 30), descriptors(pid)
        print(f"all accepted after {time.monotonic() - started:.1f} s")
        held_fds, held_rss = descriptors(pid), rss_mib(pid)
        print(f"\n{IDLE} idle connections: descriptors {fds} -> {held_fds}, RSS {rss:.0f} -> {held_rss:.0f} MiB")
        assert held_fds <= fds + IDLE + 10  # one descriptor each, nothing more
        assert held_rss - rss < IDLE * 100 / 1024, "more than 100 KiB per idle connection"
        healthy_request(env)  # served normally while they are held
        # Above the cap: refused at once with a 503, counted.
        over = open_idle(env.proxy.port, CAP - IDLE + 20)
        answers = [read_until_closed(c, 0.05) for c in over]
        for c in over:
            c.close()
        refused = [got for got, closed in answers if closed]
        assert len(refused) == 20, f"{len(refused)} of {len(over)} connections over the cap were refused"
        assert all(got.startswith(b"HTTP/1.1 503 Service Unavailable") for got in refused)
        assert wait_until(lambda: "client connection(s) refused" in "".join(env.proxy.output), 3)
        # The idle ones are closed at the header deadline; the proxy's descriptors come back.
        assert wait_until(lambda: descriptors(pid) <= fds + 5, IDLE_HEADER_TIMEOUT + 15), descriptors(pid)
        # The last few may still be closing when the count allows for them (fds + 5): wait for
        # every one to be closed by the proxy, not by us.
        open_ones = list(conns)

        def all_closed() -> bool:
            open_ones[:] = [c for c in open_ones if not closed_by_peer(c)]
            return not open_ones

        assert wait_until(all_closed, 10), f"{len(open_ones)} of {IDLE} idle connections still open"
        assert time.monotonic() - started < IDLE_HEADER_TIMEOUT + 40
    finally:
        for c in conns:
            c.close()
    print(f"after the deadline: descriptors {descriptors(pid)}, RSS {rss_mib(pid):.0f} MiB")
    healthy_request(env)
    assert env.proxy.process.poll() is None
