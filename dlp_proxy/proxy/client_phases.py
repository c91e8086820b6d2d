"""Where each client connection is in its exchange, and when it has taken too long: the pure
bookkeeping behind the client guard (dlp_proxy.proxy.client_guard), without mitmproxy.

A connection waits for a request head (from its start, from the end of its CONNECT, or from its
previous answer), then for that request's body; then it is the upstream's turn, which has no
deadline here (an AI answer can legitimately stream for minutes). A tunnel (TLS passed through
untouched, a WebSocket) has no deadline either. Only the client's own sending is timed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Phase = Literal["head", "idle", "body"]


@dataclass(frozen=True)
class Expiry:
    """A connection past its deadline. `phase`: "head" (a request head that never completed),
    "idle" (a kept-alive connection without a next request), "body" (a request body that never
    completed). `may_answer`: the connection is at a point where an HTTP/1 `408` is the next
    thing its client can read (if it is not inside TLS, which only the caller knows)."""

    client: str
    phase: Phase
    may_answer: bool


@dataclass
class _Connection:
    since: float  # start of the current wait for a request head
    bodies: dict[str, tuple[float, bool]] = field(default_factory=dict)  # flow -> (head time, HTTP/1)
    waiting: set[str] = field(default_factory=set)  # flows whose request is complete, answer is not
    tunnel: bool = False
    through_connect: bool = False  # the proxy's CONNECT is done: TLS or a tunnel follows
    answered: int = 0  # exchanges finished on this connection


class ClientPhases:
    """Deadlines of client connections: `header_timeout` seconds for each request head (and for
    an idle kept-alive connection), `body_timeout` for each body after its head; 0 disables one."""

    def __init__(self, header_timeout: float, body_timeout: float) -> None:
        self.header_timeout = header_timeout
        self.body_timeout = body_timeout
        self._conns: dict[str, _Connection] = {}

    def __len__(self) -> int:
        return len(self._conns)

    def __contains__(self, client: object) -> bool:
        return client in self._conns

    def opened(self, client: str, now: float) -> None:
        self._conns[client] = _Connection(since=now)

    def closed(self, client: str) -> None:
        self._conns.pop(client, None)

    def connected_through(self, client: str, now: float) -> None:
        """The proxy's CONNECT completed: TLS and the first request head inside it are timed anew."""
        if (c := self._conns.get(client)) is not None:
            c.through_connect, c.since = True, now

    def tunnel(self, client: str) -> None:
        """The connection became a tunnel (passthrough TCP, WebSocket): no deadline from now on."""
        if (c := self._conns.get(client)) is not None:
            c.tunnel = True

    def head(self, client: str, flow: str, now: float, http1: bool) -> None:
        """A request head arrived; its body (if any) is timed from now."""
        if (c := self._conns.get(client)) is not None:
            c.bodies[flow] = (now, http1)

    def body_done(self, client: str, flow: str) -> None:
        """The request is complete: the upstream's turn."""
        if (c := self._conns.get(client)) is not None and c.bodies.pop(flow, None) is not None:
            c.waiting.add(flow)

    def finished(self, client: str, flow: str, now: float) -> None:
        """The exchange ended (answered or failed); with nothing else in flight, the connection
        waits for its next request head from now."""
        c = self._conns.get(client)
        if c is None or (flow not in c.waiting and flow not in c.bodies):
            return
        c.waiting.discard(flow)
        c.bodies.pop(flow, None)
        c.answered += 1
        if not c.waiting and not c.bodies:
            c.since = now

    def deadline(self, client: str) -> tuple[float, Phase] | None:
        """When the connection times out and in which phase; None: no deadline now."""
        c = self._conns.get(client)
        if c is None or c.tunnel:
            return None
        if c.bodies:
            if not self.body_timeout:
                return None
            return min(start for start, _ in c.bodies.values()) + self.body_timeout, "body"
        if c.waiting or not self.header_timeout:
            return None
        return c.since + self.header_timeout, "idle" if c.answered else "head"

    def expired(self, now: float) -> list[Expiry]:
        """Connections past their deadline (each is reported until `closed`)."""
        out = []
        for client, c in self._conns.items():
            due = self.deadline(client)
            if due is None or now < due[0]:
                continue
            phase = due[1]
            if phase == "body":
                may_answer = all(http1 for _, http1 in c.bodies.values())
            else:
                may_answer = phase == "head" and not c.through_connect
            out.append(Expiry(client, phase, may_answer))
        return out


def connection_budget(open_file_limit: int, reserve: int, per_connection: int) -> int:
    """How many client connections the open-file limit can carry: `reserve` descriptors kept for
    the process itself (logs, workers' pipes, listeners), `per_connection` for each client (its
    own socket and the upstream's)."""
    return max(1, (open_file_limit - reserve) // per_connection)
