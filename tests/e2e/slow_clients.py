"""Client faults against the proxy's own listener (issue 19): raw-socket clients that trickle,
idle or never read, a local upstream whose answers are long (a big body, a minute-long event
stream) and that records when the proxy hangs up on it, and readings of a process's descriptors
and memory from /proc."""

from __future__ import annotations

import json
import os
import resource
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ANSWER_HEADER = "x-answer"  # "stream" (events until the peer leaves) or "big:<bytes>"
EVENT_GAP = 0.2  # seconds between the long stream's events
STREAM_LIMIT = 60.0  # the long stream ends by itself after this long at the latest


def event(i: int) -> bytes:
    doc = {
        "id": "chatcmpl-long",
        "object": "chat.completion.chunk",
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"content": f"word{i} "}, "finish_reason": None}],
    }
    return f"data: {json.dumps(doc)}\n\n".encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


@dataclass
class Ending:
    answer: str
    what: str  # "finished", "peer closed"
    seconds: float  # from the answer's start
    sent: int  # body bytes handed to the socket
    at: float = field(default_factory=time.monotonic)


@dataclass
class LongAnswerUpstream:
    """A TLS server on 127.0.0.1 that answers every request per its `x-answer` header: "stream"
    sends an SSE chat stream (an event every EVENT_GAP s) until the peer leaves; "big:N" a JSON
    body of N bytes in one go. `endings` says how each answer ended and when."""

    listener: socket.socket
    context: ssl.SSLContext
    endings: list[Ending] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.listener.getsockname()[1])

    def stop(self) -> None:
        self.listener.close()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, raw: socket.socket) -> None:
        try:
            raw.settimeout(10)
            conn = self.context.wrap_socket(raw, server_side=True)
            conn.settimeout(STREAM_LIMIT)
            head = b""
            while b"\r\n\r\n" not in head:
                data = conn.recv(65536)
                if not data:
                    return
                head += data
            head, _, rest = head.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")[1:]
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
            length = int(headers.get("content-length", "0"))
            while len(rest) < length:
                rest += conn.recv(65536)
            self._answer(conn, headers.get(ANSWER_HEADER, "stream"))
        except OSError:
            pass
        finally:
            raw.close()

    def _answer(self, conn: ssl.SSLSocket, answer: str) -> None:
        start, sent = time.monotonic(), 0
        try:
            if answer.startswith("big:"):
                size = int(answer[4:])
                body = b'{"data": "' + b"x" * max(0, size - 12) + b'"}'
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                    + f"content-length: {len(body)}\r\n\r\n".encode()
                )
                conn.sendall(body)
                sent = len(body)
            else:
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                )
                i = 0
                while time.monotonic() - start < STREAM_LIMIT:
                    data = event(i)
                    conn.sendall(_chunk(data))
                    sent += len(data)
                    i += 1
                    time.sleep(EVENT_GAP)
                conn.sendall(b"0\r\n\r\n")
            # Wait for the peer to leave (the proxy keeps a finished connection for reuse).
            conn.settimeout(STREAM_LIMIT)
            while conn.recv(65536):
                pass
            self.endings.append(Ending(answer, "finished", time.monotonic() - start, sent))
        except OSError:
            self.endings.append(Ending(answer, "peer closed", time.monotonic() - start, sent))


def start_long_answer_upstream(cert: Path, key: Path) -> LongAnswerUpstream:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    upstream = LongAnswerUpstream(listener, context)
    threading.Thread(target=upstream.serve, daemon=True).start()
    return upstream


# --- clients ------------------------------------------------------------------------------------


@dataclass
class Trickled:
    """How a trickling client's connection ended: what it read back, and after how long."""

    answer: bytes  # what the proxy sent before closing ("" for a bare close)
    seconds: float  # from the first byte sent to the close
    closed: bool  # False: still open when the client gave up


def trickle(port: int, data: bytes, gap: float, give_up: float, prefix: bytes = b"") -> Trickled:
    """Connect, send `prefix` at once, then `data` one byte every `gap` seconds (again from the
    start when it runs out) until the proxy closes the connection or `give_up` seconds pass."""
    sock = socket.create_connection(("127.0.0.1", port))
    sock.setblocking(False)
    start = time.monotonic()
    answer, i = b"", 0
    try:
        if prefix:
            sock.sendall(prefix)
        while time.monotonic() - start < give_up:
            try:
                got = sock.recv(65536)
                if not got:
                    return Trickled(answer, time.monotonic() - start, True)
                answer += got
                continue
            except BlockingIOError:
                pass
            except OSError:  # reset
                return Trickled(answer, time.monotonic() - start, True)
            try:
                sock.send(data[i % len(data) : i % len(data) + 1])
            except BlockingIOError:
                pass
            except OSError:
                return Trickled(answer, time.monotonic() - start, True)
            i += 1
            time.sleep(gap)
        return Trickled(answer, time.monotonic() - start, False)
    finally:
        sock.close()


def open_idle(port: int, count: int, threads: int = 16) -> list[socket.socket]:
    """`count` TCP connections to the proxy that never send a byte (opened from several threads:
    a connect that finds the listen queue full waits a second before it tries again)."""
    conns: list[socket.socket] = []

    def some(n: int) -> None:
        mine = [socket.create_connection(("127.0.0.1", port), timeout=30) for _ in range(n)]
        conns.extend(mine)

    workers = [threading.Thread(target=some, args=(count // threads + (i < count % threads),)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert len(conns) == count, f"opened {len(conns)} of {count} connections"
    return conns


def closed_by_peer(sock: socket.socket) -> bool:
    """Whether the other side has closed (EOF or reset) a connection; what it sent before is read
    and dropped."""
    return read_until_closed(sock, 0)[1]


def read_until_closed(sock: socket.socket, timeout: float) -> tuple[bytes, bool]:
    """What the other side sends within `timeout` seconds, and whether it closed the connection."""
    sock.setblocking(False)
    got, deadline = b"", time.monotonic() + timeout
    while True:
        try:
            data = sock.recv(65536)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                return got, False
            time.sleep(0.01)
            continue
        except OSError:  # reset
            return got, True
        if not data:
            return got, True
        got += data


def raise_own_fd_limit(wanted: int) -> None:
    """Let this test process hold `wanted` descriptors (up to its hard limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))


# --- the proxy process, from /proc ---------------------------------------------------------------


def descriptors(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def fd_limits(pid: int) -> tuple[int, int]:
    """The soft and hard RLIMIT_NOFILE of a process."""
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max open files"):
            soft, hard = line.split()[3:5]
            return int(soft), int(hard)
    raise AssertionError("no open-file limit")


def wait_until(condition: Callable[[], object], timeout: float, step: float = 0.1) -> bool:
    """Poll `condition()` until true or `timeout` seconds pass; the last answer."""
    deadline = time.monotonic() + timeout
    while True:
        if condition():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(step)
