"""The client guard: deadlines per connection phase (pure), the connection budget, the open-file
limit, and the addon's hooks with mitmproxy's test helpers."""

from __future__ import annotations

import asyncio
import functools
import resource
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from mitmproxy.test import taddons, tflow

from dlp_proxy.proxy import client_guard
from dlp_proxy.proxy.client_guard import ClientGuard, raise_open_file_limit
from dlp_proxy.proxy.client_phases import ClientPhases, Expiry, connection_budget

# --- phases (pure) --------------------------------------------------------------------------------


def test_when_no_request_head_arrives_then_the_connection_expires_in_the_head_phase() -> None:
    phases = ClientPhases(header_timeout=60, body_timeout=120)
    phases.opened("c", now=0)
    assert phases.expired(59.9) == []
    assert phases.expired(60) == [Expiry("c", "head", may_answer=True)]


def test_when_the_head_arrives_then_the_body_is_timed_from_the_head() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.head("c", "f", now=50, http1=True)
    assert phases.expired(169) == []
    assert phases.expired(170) == [Expiry("c", "body", may_answer=True)]


def test_when_the_request_is_complete_then_no_deadline_while_the_answer_streams() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.head("c", "f", 1, True)
    phases.body_done("c", "f")
    assert phases.deadline("c") is None
    assert phases.expired(10_000) == []  # an AI answer can stream for minutes


def test_when_the_answer_is_done_then_the_kept_alive_connection_idles_without_a_408() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.head("c", "f", 1, True)
    phases.body_done("c", "f")
    phases.finished("c", "f", now=500)
    assert phases.deadline("c") == (560, "idle")
    assert phases.expired(560) == [Expiry("c", "idle", may_answer=False)]


def test_when_one_of_two_streams_is_answered_then_the_other_keeps_the_connection_open() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    for flow in ("a", "b"):
        phases.head("c", flow, 1, http1=False)
        phases.body_done("c", flow)
    phases.finished("c", "a", 5)
    assert phases.deadline("c") is None
    phases.finished("c", "b", 7)
    assert phases.deadline("c") == (67, "idle")


def test_when_an_http2_body_stalls_then_no_408_is_offered() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.head("c", "f", 0, http1=False)
    assert phases.expired(120) == [Expiry("c", "body", may_answer=False)]


def test_when_connect_is_done_then_tls_and_the_first_head_are_timed_anew_without_a_408() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.connected_through("c", now=30)
    assert phases.expired(89) == []
    assert phases.expired(90) == [Expiry("c", "head", may_answer=False)]


def test_when_the_connection_is_a_tunnel_then_it_never_expires() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.tunnel("c")
    assert phases.expired(1e9) == []


@pytest.mark.parametrize(("header", "body", "phase"), [(0, 120, "head"), (60, 0, "body")])
def test_when_a_timeout_is_zero_then_that_phase_has_no_deadline(header: int, body: int, phase: str) -> None:
    phases = ClientPhases(header, body)
    phases.opened("c", 0)
    if phase == "body":
        phases.head("c", "f", 0, True)
    assert phases.expired(1e9) == []


def test_when_a_connection_closes_then_it_is_forgotten_and_late_hooks_are_ignored() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.closed("c")
    phases.head("c", "f", 1, True)
    phases.finished("c", "f", 2)
    assert len(phases) == 0 and phases.expired(1e9) == []


def test_an_answer_for_an_unknown_flow_does_not_restart_the_idle_clock() -> None:
    phases = ClientPhases(60, 120)
    phases.opened("c", 0)
    phases.finished("c", "never-seen", 50)
    assert phases.deadline("c") == (60, "head")


@pytest.mark.parametrize(
    ("limit", "reserve", "per", "budget"),
    [(1024, 256, 2, 384), (1_048_576, 256, 2, 524_160), (100, 256, 2, 1)],
)
def test_connection_budget(limit: int, reserve: int, per: int, budget: int) -> None:
    assert connection_budget(limit, reserve, per) == budget


# --- the open-file limit -----------------------------------------------------------------------------


def test_when_the_soft_limit_is_below_the_hard_one_then_it_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    limits = {"now": (1024, 524_288)}
    monkeypatch.setattr(resource, "getrlimit", lambda _: limits["now"])
    monkeypatch.setattr(resource, "setrlimit", lambda _, value: limits.update(now=value))
    assert raise_open_file_limit() == (524_288, 524_288)
    assert limits["now"] == (524_288, 524_288)


def test_when_raising_is_refused_then_the_soft_limit_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: Any) -> None:
        raise ValueError("not allowed")

    monkeypatch.setattr(resource, "getrlimit", lambda _: (1024, 4096))
    monkeypatch.setattr(resource, "setrlimit", refuse)
    assert raise_open_file_limit() == (1024, 4096)


# --- the addon ------------------------------------------------------------------------------------


class FakeTransport:
    def __init__(self) -> None:
        self.buffered = 0
        self.aborted = False

    def get_write_buffer_size(self) -> int:
        return self.buffered

    def abort(self) -> None:
        self.aborted = True


class FakeWriter:
    def __init__(self) -> None:
        self.sent = b""
        self.closing = False
        self.transport = FakeTransport()

    def write(self, data: bytes) -> None:
        self.sent += data

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True

    def get_extra_info(self, name: str) -> Any:
        return ("10.0.0.7", 50123) if name == "peername" else None


def in_loop(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test in a fresh event loop (the guard's timers need one)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture
def writers(monkeypatch: pytest.MonkeyPatch) -> dict[str, FakeWriter]:
    """The client's stream writer per connection id, as mitmproxy's proxy server would hold it."""
    made: dict[str, FakeWriter] = {}
    monkeypatch.setattr(client_guard, "_writer_of", lambda client: made.setdefault(client.id, FakeWriter()))
    monkeypatch.setattr(client_guard, "raise_open_file_limit", lambda: (100_000, 100_000))
    return made


@in_loop
async def test_when_the_cap_is_reached_then_new_connections_are_refused_with_503(
    writers: dict[str, FakeWriter],
) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard, dlp_max_client_connections=2)
        clients = [tflow.tclient_conn() for _ in range(3)]
        for c in clients:
            guard.client_connected(c)
        assert [c.error for c in clients] == [None, None, "too many client connections"]
        assert writers[clients[2].id].sent.startswith(b"HTTP/1.1 503 Service Unavailable")
        assert guard.refused._value.get() == 1
        guard.client_disconnected(clients[0])  # room again
        late = tflow.tclient_conn()
        guard.client_connected(late)
        assert late.error is None


@in_loop
async def test_when_a_plain_head_is_late_then_408_and_close(writers: dict[str, FakeWriter]) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard, dlp_client_header_timeout=1)
        client = tflow.tclient_conn()
        client.tls = False
        guard.client_connected(client)
        guard._expire(Expiry(client.id, "head", may_answer=True))
        writer = writers[client.id]
        assert writer.sent.startswith(b"HTTP/1.1 408 Request Timeout") and writer.closing
        assert client.id not in guard.phases
        assert guard.timeouts.labels("head")._value.get() == 1


@in_loop
async def test_when_the_body_is_late_inside_tls_then_only_close(writers: dict[str, FakeWriter]) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard)
        flow = tflow.tflow()
        flow.client_conn.tls = True
        guard.client_connected(flow.client_conn)
        guard.requestheaders(flow)
        guard._expire(Expiry(flow.client_conn.id, "body", may_answer=True))
        writer = writers[flow.client_conn.id]
        assert writer.sent == b"" and writer.closing


@in_loop
async def test_hooks_move_the_connection_through_its_phases(writers: dict[str, FakeWriter]) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard, dlp_client_header_timeout=60, dlp_client_body_timeout=120)
        flow = tflow.tflow()
        guard.client_connected(flow.client_conn)
        cid = flow.client_conn.id
        assert guard.phases.deadline(cid)[1] == "head"  # type: ignore[index]
        guard.requestheaders(flow)
        assert guard.phases.deadline(cid)[1] == "body"  # type: ignore[index]
        guard.request(flow)
        assert guard.phases.deadline(cid) is None
        guard.response(flow)
        assert guard.phases.deadline(cid)[1] == "idle"  # type: ignore[index]
        guard.websocket_start(flow)
        assert guard.phases.deadline(cid) is None


@in_loop
async def test_when_a_closed_socket_keeps_unread_bytes_then_it_is_torn_down_later(
    writers: dict[str, FakeWriter], monkeypatch: pytest.MonkeyPatch
) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard, dlp_client_header_timeout=1)
        monkeypatch.setattr(guard.phases, "header_timeout", 0.01)
        client = tflow.tclient_conn()
        guard.client_connected(client)
        writer = writers[client.id]
        writer.transport.buffered = 8_000_000  # the client never read its answer
        guard.client_disconnected(client)
        await asyncio.sleep(0.05)
        assert writer.transport.aborted


@in_loop
async def test_when_everything_was_read_then_nothing_is_aborted(writers: dict[str, FakeWriter]) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard, dlp_client_header_timeout=1)
        client = tflow.tclient_conn()
        guard.client_connected(client)
        guard.client_disconnected(client)
        await asyncio.sleep(0.05)
        assert not writers[client.id].transport.aborted


@pytest.mark.parametrize(
    "option", [{"dlp_client_header_timeout": -1}, {"dlp_client_body_timeout": -5}, {"dlp_max_client_connections": 0}]
)
def test_invalid_settings_are_refused(option: dict[str, int], writers: dict[str, FakeWriter]) -> None:
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        with pytest.raises(Exception, match="dlp_client_header_timeout"):
            tctx.configure(guard, **option)


def test_the_cap_is_lowered_to_what_the_open_file_limit_carries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_guard, "raise_open_file_limit", lambda: (1024, 1024))
    guard = ClientGuard()
    with taddons.context(guard) as tctx:
        tctx.configure(guard, dlp_max_client_connections=10_000)
        assert guard.limit == 384
