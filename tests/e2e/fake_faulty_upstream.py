"""A local fake upstream that misbehaves on purpose, over real TLS (issue 19: upstream faults).

One raw socket server on 127.0.0.1 (no http.server: most faults are not valid HTTP). Each
connection is read up to the end of the request head; the `x-fault` request header (or, when
absent, the last segment of the path) then picks the behaviour:

  ok            a normal, complete OpenAI chat completion (or SSE stream when the body asks for one)
  reset-request read the head and a few body bytes, then RST (SO_LINGER 0) before answering
  reset-stream  200 text/event-stream, FAULT_EVENTS SSE events, then RST in the middle of the stream
  stall         read the request, then send nothing at all (no status line) until the peer leaves
  stall-body    send 200 headers (and, streamed, one SSE event), then nothing until the peer leaves
  garbage       answer with bytes that are not HTTP, then close
  trickle       a small complete JSON answer, one byte every TRICKLE_GAP seconds (x-fault-gap)

A "refused connection" needs no server: see `closed_port`. A certificate from a CA the proxy does
not trust is just this server started with such a certificate (its answers are then `ok`).

`events` records what happened per connection (for tests: e.g. that the proxy closed a stalled
connection after its client gave up, so no upstream socket is left behind).
"""

from __future__ import annotations

import json
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

FAULT_HEADER = "x-fault"
FAULT_EVENTS = 2
TRICKLE_GAP = 0.1
TRICKLE_BODY = b'{"object":"chat.completion","choices":[]}'
GARBAGE = b"\x00\x17SSH-2.0-not-http \xff\xfe garbage\r\n\r\n\x01\x02\x03"
STALL_LIMIT = 120.0  # a stalled connection is dropped by us after this long at the latest


def closed_port() -> int:
    """A local port nothing listens on (bound once, then released): connecting is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _completion() -> bytes:
    doc = {
        "id": "chatcmpl-faulty",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": "gpt-4o-mini",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello from the faulty upstream."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
    return json.dumps(doc).encode()


def _event(i: int) -> bytes:
    doc = {
        "id": "chatcmpl-faulty",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": "gpt-4o-mini",
        "choices": [{"index": 0, "delta": {"content": f"part{i} "}, "finish_reason": None}],
    }
    return f"data: {json.dumps(doc)}\n\n".encode()


def _streamed(body: bytes) -> bool:
    """Whether an OpenAI request body asks for a streamed answer."""
    try:
        doc = json.loads(body or b"{}")
    except ValueError:
        return False
    return isinstance(doc, dict) and doc.get("stream") is True


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


SSE_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"


@dataclass
class Event:
    fault: str
    path: str
    what: str  # "answered", "reset", "peer closed after N s", ...
    at: float = field(default_factory=time.monotonic)


@dataclass
class FaultyUpstream:
    listener: socket.socket
    context: ssl.SSLContext | None
    events: list[Event] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def port(self) -> int:
        return int(self.listener.getsockname()[1])

    def of(self, fault: str) -> list[Event]:
        return [e for e in self.events if e.fault == fault]

    def stop(self) -> None:
        self._stop.set()
        self.listener.close()

    # --- serving -----------------------------------------------------------------------------

    def serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, raw: socket.socket) -> None:
        conn: socket.socket = raw
        try:
            if self.context is not None:
                raw.settimeout(10)
                conn = self.context.wrap_socket(raw, server_side=True)  # an untrusting client fails here
            conn.settimeout(STALL_LIMIT)
            while self._one_request(conn):
                pass
        except (OSError, ValueError) as e:
            self.events.append(Event("-", "-", f"connection error: {type(e).__name__}"))
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def _one_request(self, conn: socket.socket) -> bool:
        """Serve one request on `conn`; True if the connection stays open for another."""
        buf = b""
        while b"\r\n\r\n" not in buf:
            data = conn.recv(65536)
            if not data:
                return False
            buf += data
        head, _, rest = buf.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        path = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else "/"
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        fault = headers.get(FAULT_HEADER) or path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        if fault == "reset-request":  # the head and a few body bytes arrived; the rest is never read
            self._reset(conn)
            self.events.append(Event(fault, path, "reset"))
            return False
        body = self._read_body(conn, headers, rest)
        if fault == "reset-stream":
            conn.sendall(SSE_HEAD + b"".join(_chunk(_event(i)) for i in range(FAULT_EVENTS)))
            time.sleep(0.2)  # the events get through the proxy to the client first
            self._reset(conn)
            self.events.append(Event(fault, path, "reset"))
            return False
        if fault in ("stall", "stall-body"):
            if fault == "stall-body" and _streamed(body):  # the stream starts, one event, then silence
                conn.sendall(SSE_HEAD + _chunk(_event(0)))
            elif fault == "stall-body":  # headers promise a body that never comes
                conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n")
            start = time.monotonic()
            try:
                while conn.recv(65536):  # wait (sending nothing) until the proxy gives up on us
                    pass
                what = f"peer closed after {time.monotonic() - start:.1f} s"
            except TimeoutError:
                what = "still open at the stall limit"
            except OSError as e:
                what = f"peer reset after {time.monotonic() - start:.1f} s ({type(e).__name__})"
            self.events.append(Event(fault, path, what))
            return False
        if fault == "garbage":
            conn.sendall(GARBAGE)
            self.events.append(Event(fault, path, "garbage sent"))
            return False
        if fault == "trickle":
            gap = float(headers.get("x-fault-gap") or TRICKLE_GAP)
            head_bytes = (
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + f"content-length: {len(TRICKLE_BODY)}\r\n\r\n".encode()
            )
            conn.sendall(head_bytes)
            for i in range(len(TRICKLE_BODY)):
                time.sleep(gap)
                conn.sendall(TRICKLE_BODY[i : i + 1])
            self.events.append(Event(fault, path, "trickled"))
            return True
        # ok: a normal answer
        if _streamed(body):
            events = [_chunk(_event(i)) for i in range(FAULT_EVENTS)] + [_chunk(b"data: [DONE]\n\n"), b"0\r\n\r\n"]
            conn.sendall(SSE_HEAD + b"".join(events))
        else:
            data = _completion()
            conn.sendall(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
                + f"content-length: {len(data)}\r\n\r\n".encode()
                + data
            )
        self.events.append(Event(fault, path, "answered"))
        return True

    @staticmethod
    def _read_body(conn: socket.socket, headers: dict[str, str], rest: bytes) -> bytes:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            while not rest.endswith(b"0\r\n\r\n"):  # good enough for the requests the tests send
                data = conn.recv(65536)
                if not data:
                    break
                rest += data
            return b""  # not needed by any behaviour
        length = int(headers.get("content-length") or 0)
        while len(rest) < length:
            data = conn.recv(65536)
            if not data:
                break
            rest += data
        return rest[:length]

    @staticmethod
    def _reset(conn: socket.socket) -> None:
        """Close with a TCP RST (SO_LINGER on, timeout 0), no TLS close_notify."""
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()


def start_faulty_upstream(cert: Path | None, key: Path | None) -> FaultyUpstream:
    """Serve on a free port of 127.0.0.1: over TLS with `cert`/`key`, plain TCP when they are None."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    context = None
    if cert is not None and key is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        context.set_alpn_protocols(["http/1.1"])
    upstream = FaultyUpstream(listener, context)
    threading.Thread(target=upstream.serve, daemon=True).start()
    return upstream
