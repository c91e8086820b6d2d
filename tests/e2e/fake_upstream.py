"""A local fake AI upstream over real TLS: records what arrives, answers like the vendor's API."""

from __future__ import annotations

import gzip
import json
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import brotli

try:  # Python 3.14+
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # mitmproxy depends on the backport
    from backports import zstd  # type: ignore[import-not-found,no-redef]

STREAM_CHUNKS = 5
STREAM_GAP_SECONDS = 0.4


# Decoders of our own (not mitmproxy's), so the fake upstream checks the proxy's encoding.
DECODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.decompress,
    "deflate": zlib.decompress,
    "br": brotli.decompress,
    "zstd": zstd.decompress,
}


@dataclass
class Received:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    body: bytes  # decoded when the request had a content-encoding
    encoding: str | None = None  # the content-encoding it arrived with
    raw_body: bytes = b""  # the bytes on the wire


class Store(list[Received]):
    """The received requests; `on_receive` callbacks run as each arrives (before the answer)."""

    def __init__(self) -> None:
        super().__init__()
        self.on_receive: list[Any] = []

    def append(self, item: Received) -> None:
        super().append(item)
        for callback in list(self.on_receive):
            callback(item)


@dataclass
class FakeUpstream:
    server: ThreadingHTTPServer
    received: list[Received] = field(default_factory=list)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def clear(self) -> None:
        self.received.clear()
        if isinstance(self.received, Store):
            self.received.on_receive.clear()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _chat_completion(model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello from the fake upstream."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chat_chunk(model: str, i: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": {"content": f"part{i} "}, "finish_reason": None}],
    }


def _response_object(model: str) -> dict[str, Any]:
    return {
        "id": "resp_test",
        "object": "response",
        "created_at": int(time.time()),
        "status": "completed",
        "model": model,
        "output": [
            {
                "type": "message",
                "id": "msg_test",
                "status": "completed",
                "role": "assistant",
                "content": [{"type": "output_text", "text": "Hello from the fake upstream.", "annotations": []}],
            }
        ],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
    }


def _anthropic_message(model: str) -> dict[str, Any]:
    return {
        "id": "msg_test",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": "Hello from the fake upstream."}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }


def _anthropic_events(model: str) -> list[str]:
    def ev(name: str, data: dict[str, Any]) -> str:
        return f"event: {name}\ndata: {json.dumps(data)}\n\n"

    start = _anthropic_message(model) | {"content": [], "stop_reason": None}
    events = [ev("message_start", {"type": "message_start", "message": start})]
    events.append(
        ev(
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        )
    )
    for i in range(STREAM_CHUNKS):
        delta = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": f"part{i} "}}
        events.append(ev("content_block_delta", delta))
    events.append(ev("content_block_stop", {"type": "content_block_stop", "index": 0}))
    events.append(
        ev(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 5},
            },
        )
    )
    events.append(ev("message_stop", {"type": "message_stop"}))
    return events


def _gemini_response(text: str) -> dict[str, Any]:
    return {
        "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": {"promptTokenCount": 1, "candidatesTokenCount": 1, "totalTokenCount": 2},
        "modelVersion": "gemini-test",
    }


# --- echo mode (opt-in, per request) -------------------------------------------------------
# A request with `x-fake-echo: 1` is answered with the text of its last user message as it arrived
# here (placeholders and all), in the shape of the API it was sent to. Further headers:
#   x-fake-split: N   a streamed answer in exactly two text events, cut at character offset N
#   x-fake-chunk: N   otherwise pieces of N characters (ECHO_CHUNK by default)
#   x-fake-tool: 1    OpenAI chat: the text in a tool call, arguments {"to": <text>} (streamed in pieces)
#   x-fake-gzip: 1    the answer gzip-compressed (content-encoding: gzip; a stream flushed per event)
#   x-fake-gap: S     seconds between streamed events (ECHO_GAP_SECONDS by default)
ECHO_HEADER = "x-fake-echo"
ECHO_CHUNK = 4
ECHO_GAP_SECONDS = 0.02
ECHO_TOOL_NAME = "send_mail"


def _text_of(content: Any) -> str:
    """The text of a message's content: a string, or the `text` of its parts, joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def last_user_text(doc: Any) -> str:
    """The text of the last user message of an OpenAI (chat or Responses), Anthropic or Gemini request."""
    if not isinstance(doc, dict):
        return ""
    if isinstance(doc.get("contents"), list):  # Gemini: role "user" (or none)
        turns = [c for c in doc["contents"] if isinstance(c, dict) and c.get("role", "user") == "user"]
        return _text_of(turns[-1].get("parts")) if turns else ""
    if isinstance(doc.get("messages"), list):  # OpenAI chat, Anthropic
        turns = [m for m in doc["messages"] if isinstance(m, dict) and m.get("role") == "user"]
        return _text_of(turns[-1].get("content")) if turns else ""
    given = doc.get("input")  # OpenAI Responses
    if isinstance(given, str):
        return given
    if isinstance(given, list):
        turns = [i for i in given if isinstance(i, dict) and i.get("role", "user") == "user"]
        return _text_of(turns[-1].get("content")) if turns else ""
    return ""


def pieces(text: str, split: int | None = None, size: int = ECHO_CHUNK) -> list[str]:
    """`text` in two pieces cut at `split`, or in pieces of `size` characters (at least one piece)."""
    if split is not None:
        return [text[:split], text[split:]]
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def _sse(name: str | None, data: dict[str, Any]) -> str:
    return (f"event: {name}\n" if name else "") + f"data: {json.dumps(data)}\n\n"


def _tool_call_message(arguments: str) -> dict[str, Any]:
    call = {"id": "call_test", "type": "function", "function": {"name": ECHO_TOOL_NAME, "arguments": arguments}}
    return {"role": "assistant", "content": None, "tool_calls": [call]}


def _echo_chat(model: str, text: str, tool: bool) -> dict[str, Any]:
    doc = _chat_completion(model)
    choice = doc["choices"][0]
    if tool:
        choice["message"], choice["finish_reason"] = _tool_call_message(json.dumps({"to": text})), "tool_calls"
    else:
        choice["message"]["content"] = text
    return doc


def _echo_chat_events(model: str, parts: list[str], tool: bool) -> list[str]:
    def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
        doc = _chat_chunk(model, 0)
        doc["choices"][0]["delta"], doc["choices"][0]["finish_reason"] = delta, finish
        return _sse(None, doc)

    if tool:
        opening = _tool_call_message("")
        events = [chunk(opening)]
        events += [chunk({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}) for p in parts]
        events.append(chunk({}, "tool_calls"))
    else:
        events = [chunk({"role": "assistant", "content": ""})]
        events += [chunk({"content": p}) for p in parts]
        events.append(chunk({}, "stop"))
    return [*events, "data: [DONE]\n\n"]


def _echo_response(model: str, text: str) -> dict[str, Any]:
    doc = _response_object(model)
    doc["output"][0]["content"][0]["text"] = text
    return doc


def _echo_response_events(model: str, parts: list[str]) -> list[str]:
    text = "".join(parts)
    done = _echo_response(model, text)
    started = done | {"status": "in_progress", "output": []}
    item = {"type": "message", "id": "msg_test", "status": "in_progress", "role": "assistant", "content": []}
    where = {"item_id": "msg_test", "output_index": 0, "content_index": 0}
    empty_part = {"type": "output_text", "text": "", "annotations": []}
    steps: list[tuple[str, dict[str, Any]]] = [
        ("response.created", {"response": started}),
        ("response.in_progress", {"response": started}),
        ("response.output_item.added", {"output_index": 0, "item": item}),
        ("response.content_part.added", where | {"part": empty_part}),
        *[("response.output_text.delta", where | {"delta": p, "logprobs": []}) for p in parts],
        ("response.output_text.done", where | {"text": text, "logprobs": []}),
        ("response.content_part.done", where | {"part": empty_part | {"text": text}}),
        ("response.output_item.done", {"output_index": 0, "item": done["output"][0]}),
        ("response.completed", {"response": done}),
    ]
    return [_sse(name, {"type": name, "sequence_number": n} | data) for n, (name, data) in enumerate(steps)]


def _echo_anthropic(model: str, text: str) -> dict[str, Any]:
    return _anthropic_message(model) | {"content": [{"type": "text", "text": text}]}


def _echo_anthropic_events(model: str, parts: list[str]) -> list[str]:
    events = _anthropic_events(model)
    head, tail = events[:2], events[2 + STREAM_CHUNKS :]
    deltas = [
        _sse(
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}},
        )
        for p in parts
    ]
    return [*head, *deltas, *tail]


def _echo_gemini_events(parts: list[str]) -> list[str]:
    return [f"data: {json.dumps(_gemini_response(p))}\r\n\r\n" for p in parts]


# --- big answers (opt-in, per request) -------------------------------------------------------
# A request with `x-fake-big: N` is answered with N bytes of big_answer(N) as JSON, generated as
# they are sent (never held); with `x-fake-big-chunked: 1` chunked, without a content-length.
BIG_HEADER = "x-fake-big"
BIG_BLOCK = 64 * 1024


def big_answer(size: int) -> Iterator[bytes]:
    """`size` bytes in blocks: a JSON string (when size allows) of numbered lines."""
    head, tail = (b'{"pad": "', b'"}') if size >= 11 else (b"", b"")
    body, n = size - len(head) - len(tail), 0
    yield head
    while body > 0:
        line = (b"%012d" % n) * (BIG_BLOCK // 12)
        yield line[:body]
        body -= min(body, len(line))
        n += 1
    yield tail


def _make_handler(store: Store) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _json(self, status: int, payload: dict[str, Any], compress: bool = False) -> None:
            data = json.dumps(payload).encode()
            if compress:
                data = gzip.compress(data)
            self.send_response(status)
            self.send_header("content-type", "application/json")
            if compress:
                self.send_header("content-encoding", "gzip")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            store.append(Received("GET", self.headers.get("host", ""), self.path, dict(self.headers), b""))
            self._json(200, {"object": "list", "data": []})

        def _read_body(self) -> bytes:
            if "chunked" in self.headers.get("transfer-encoding", "").lower():
                chunks = []
                while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
                self.trailers = {}
                while (line := self.rfile.readline()) not in (b"\r\n", b"\n", b""):  # trailers, recorded
                    name, _, value = line.decode("latin-1").partition(":")
                    self.trailers[f"trailer:{name.strip().lower()}"] = value.strip()
                return b"".join(chunks)
            return self.rfile.read(int(self.headers.get("content-length", "0")))

        def do_POST(self) -> None:
            raw = self._read_body()
            encoding = self.headers.get("content-encoding", "").strip().lower() or None
            body = raw
            if encoding is not None:
                try:
                    body = DECODERS[encoding](raw)
                except Exception:  # undecodable: record the raw bytes; the test will see it
                    body = raw
            headers = {**dict(self.headers), **getattr(self, "trailers", {})}
            store.append(Received(self.command, self.headers.get("host", ""), self.path, headers, body, encoding, raw))
            try:
                doc = json.loads(body)
            except ValueError:
                doc = {}
            model = doc.get("model", "test-model") if isinstance(doc, dict) else "test-model"
            route = self.path.split("?", 1)[0]
            if self.headers.get(BIG_HEADER):
                self._big(int(self.headers[BIG_HEADER]), self.headers.get("x-fake-big-chunked") == "1")
            elif self.headers.get(ECHO_HEADER, "").strip() not in ("", "0"):
                self._echo(route, doc, model)
            elif ":streamGenerateContent" in route:
                self._stream(
                    [f"data: {json.dumps(_gemini_response(f'part{i} '))}\r\n\r\n" for i in range(STREAM_CHUNKS)]
                )
            elif ":generateContent" in route:
                self._json(200, _gemini_response("Hello from the fake upstream."))
            elif route == "/v1/messages" and isinstance(doc, dict) and doc.get("stream") is True:
                self._stream(_anthropic_events(model))
            elif route == "/v1/messages":
                self._json(200, _anthropic_message(model))
            elif isinstance(doc, dict) and doc.get("stream") is True:
                events = [f"data: {json.dumps(_chat_chunk(model, i))}\n\n" for i in range(STREAM_CHUNKS)]
                self._stream([*events, "data: [DONE]\n\n"])
            elif self.path.startswith("/v1/responses"):
                self._json(200, _response_object(model))
            else:
                self._json(200, _chat_completion(model))

        # A PUT of a file (ChatGPT's attachment upload to blob storage) is recorded like a POST.
        do_PUT = do_POST

        def _stream(self, events: list[str], gap: float = STREAM_GAP_SECONDS, compress: bool = False) -> None:
            """Server-sent events, one chunk each, with a pause between them (gzip: flushed per event)."""
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            if compress:
                self.send_header("content-encoding", "gzip")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            gz = zlib.compressobj(wbits=31) if compress else None
            for n, event in enumerate(events):
                data = event.encode()
                if gz is not None:
                    data = gz.compress(data) + gz.flush(zlib.Z_SYNC_FLUSH)
                self._chunk(data)
                if n < len(events) - 1:
                    time.sleep(gap)
            if gz is not None:
                self._chunk(gz.flush(zlib.Z_FINISH))
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        def _big(self, size: int, chunked: bool) -> None:
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header(*(("transfer-encoding", "chunked") if chunked else ("content-length", str(size))))
            self.end_headers()
            for block in big_answer(size):
                if block:
                    self._chunk(block) if chunked else self.wfile.write(block)
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _echo(self, route: str, doc: Any, model: str) -> None:
            """The answer of echo mode (see ECHO_HEADER): the last user message's text, as it arrived."""
            text = last_user_text(doc)
            tool = self.headers.get("x-fake-tool", "").strip() not in ("", "0")
            compress = self.headers.get("x-fake-gzip", "").strip() not in ("", "0")
            split = self.headers.get("x-fake-split")
            size = int(self.headers.get("x-fake-chunk") or ECHO_CHUNK)
            gap = float(self.headers.get("x-fake-gap") or ECHO_GAP_SECONDS)
            streamed = isinstance(doc, dict) and doc.get("stream") is True
            inner = json.dumps({"to": text}) if tool else text  # the text that streams
            parts = pieces(inner, int(split) if split is not None else None, size)
            if ":streamGenerateContent" in route:
                self._stream(_echo_gemini_events(parts), gap, compress)
            elif ":generateContent" in route:
                self._json(200, _gemini_response(text), compress)
            elif route == "/v1/messages" and streamed:
                self._stream(_echo_anthropic_events(model, parts), gap, compress)
            elif route == "/v1/messages":
                self._json(200, _echo_anthropic(model, text), compress)
            elif route.startswith("/v1/responses") and streamed:
                self._stream(_echo_response_events(model, parts), gap, compress)
            elif route.startswith("/v1/responses"):
                self._json(200, _echo_response(model, text), compress)
            elif streamed:
                self._stream(_echo_chat_events(model, parts, tool), gap, compress)
            else:
                self._json(200, _echo_chat(model, text, tool), compress)

    return Handler


def start_fake_upstream(cert: Path, key: Path) -> FakeUpstream:
    return serve_tls(_make_handler, cert, key)


def serve_tls(
    make_handler: Callable[[Store], type[BaseHTTPRequestHandler]], cert: Path, key: Path, store: Store | None = None
) -> FakeUpstream:
    """A threaded HTTPS server on 127.0.0.1 (a free port) with the handler `make_handler` builds
    around `store` (a plain Store by default)."""
    store = store if store is not None else Store()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(store))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return FakeUpstream(server, store)
