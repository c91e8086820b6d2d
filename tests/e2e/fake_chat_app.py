"""A local fake of the ChatGPT web app over real TLS: its page, and its conversation endpoint.

The page (any GET) takes a prompt from the URL fragment (`#q=...`; a fragment never leaves
the browser, so the prompt reaches the network only inside the conversation request), POSTs
it to `/backend-api/f/conversation` in ChatGPT's request format, and renders the streamed
answer the way the app reads it: server-sent events in the v1 delta encoding (a root `add`
of the assistant message, then `append` patches to `/message/content/parts/0`, shorthand
`{"v": "text"}` continuing the last patch, and batches). A non-200 answer shows its `detail`
string, as the app does (ai-endpoints.md, ChatGPT errors). The endpoint records what arrives
and answers with ANSWER in that same stream format.

Echo mode (off unless a test turns it on with `echoing`): the answer is instead the user text
the server received (placeholders, where the proxy pseudonymised), streamed in pieces of a few
characters, so a placeholder arrives cut across events; with `history`, every user text of the
conversation so far (the server keeps the history, as ChatGPT does), one per line.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.e2e.fake_page import chat_page
from tests.e2e.fake_upstream import FakeUpstream, Received, Store, serve_tls

HOSTS = ["chatgpt.com", "chat.openai.com"]
CONVERSATION = "/backend-api/f/conversation"
ANSWER = "Hallo vanuit de nep-ChatGPT, het antwoord op je vraag."
GAP_SECONDS = 0.05

PAGE = chat_page(
    "Fake ChatGPT",
    """
// The assistant message as the app keeps it, changed by v1 delta patches.
let message = null;
let last = { p: "/message/content/parts/0", o: "append" };

function show(status) {
  answer.textContent = message ? (message.content.parts[0] || "") : "";
  answer.dataset.status = status;
}

function applyOne(op) {
  const p = op.p !== undefined ? op.p : last.p;
  const o = op.o !== undefined ? op.o : last.o;
  last = { p, o };
  if (p === "" && o === "add") { message = op.v.message; return; }
  if (o === "patch") { op.v.forEach(applyOne); return; }
  if (!message) return;
  if (p === "/message/content/parts/0") {
    const parts = message.content.parts;
    parts[0] = o === "append" ? (parts[0] || "") + op.v : op.v;
  } else if (p === "/message/status" && o === "replace") {
    message.status = op.v;
  } else if (p === "/message/end_turn" && o === "replace") {
    message.end_turn = op.v;
  }
}

function onEvent(name, data) {
  if (data === "[DONE]") return true;
  const value = JSON.parse(data);
  if (name === "delta_encoding") return false;
  if (name === "delta" || name === "") {
    if (Array.isArray(value.v) && value.p === undefined && value.o === undefined) value.v.forEach(applyOne);
    else if (value.v !== undefined) applyOne(value);
  }
  show("streaming");
  return false;
}

async function send() {
  const body = {
    action: "next",
    messages: [{
      id: crypto.randomUUID(), author: { role: "user" }, create_time: Date.now() / 1000,
      content: { content_type: "text", parts: [prompt] }, metadata: {},
    }],
    parent_message_id: "client-created-root", model: "auto", timezone_offset_min: -60,
    conversation_mode: { kind: "primary_assistant" }, supports_buffering: true,
    supported_encodings: ["v1"], system_hints: [],
  };
  const resp = await fetch("/backend-api/f/conversation", {
    method: "POST", body: JSON.stringify(body),
    headers: { "content-type": "application/json", "accept": "text/event-stream" },
  });
  if (resp.status !== 200 || !(resp.headers.get("content-type") || "").includes("text/event-stream")) {
    let detail = "Er is iets misgegaan.";
    try {
      const doc = await resp.json();
      if (typeof doc.detail === "string") detail = doc.detail;
      else if (doc.detail && typeof doc.detail.message === "string") detail = doc.detail.message;
    } catch (e) { /* the app's generic error */ }
    answer.textContent = detail;
    answer.dataset.status = "error " + resp.status;
    return;
  }
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\\r\\n/g, "\\n");
    let end;
    while ((end = buffer.indexOf("\\n\\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = "", data = [];
      for (const line of block.split("\\n")) {
        if (line.startsWith("event:")) name = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length && onEvent(name, data.join("\\n"))) { show("done"); return; }
    }
  }
  show("done");
}

if (prompt) send().catch((e) => { answer.textContent = "Er is iets misgegaan."; answer.dataset.status = "failed"; });
""",
)


def _sse(event: str | None, data: Any) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {data if isinstance(data, str) else json.dumps(data)}\n\n".encode()


class ChatAppStore(Store):
    """The received requests, and how the app answers (set by `echoing`, read per request)."""

    def __init__(self) -> None:
        super().__init__()
        self.echo_piece = 0  # > 0: echo the received user text in pieces this long
        self.echo_history = False  # echo every user text received so far, one per line


@contextmanager
def echoing(app: FakeUpstream, piece: int = 3, history: bool = False) -> Iterator[None]:
    """While the block runs, the app echoes what it received in `piece`-character events."""
    store = app.received
    assert isinstance(store, ChatAppStore), "not the fake chat app"
    assert piece > 0
    store.echo_piece, store.echo_history = piece, history
    try:
        yield
    finally:
        store.echo_piece, store.echo_history = 0, False


def pieces(text: str, size: int) -> list[str]:
    """`text` cut every `size` characters (at least one piece), as the echo streams it."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def answer_events(conversation_id: str = "fake-conversation", parts: list[str] | None = None) -> list[bytes]:
    """ANSWER (or the text of `parts`, one `append` event each) as the ChatGPT web app's v1 delta stream."""
    if parts is None:
        words = ANSWER.split(" ")
        parts = [words[0], *(" " + w for w in words[1:])]
    message = {
        "id": "fake-assistant-message",
        "author": {"role": "assistant", "name": None, "metadata": {}},
        "create_time": time.time(),
        "content": {"content_type": "text", "parts": [""]},
        "status": "in_progress",
        "end_turn": None,
        "metadata": {},
        "recipient": "all",
    }
    events = [
        _sse("delta_encoding", '"v1"'),
        _sse("delta", {"p": "", "o": "add", "v": {"message": message, "conversation_id": conversation_id}, "c": 0}),
        _sse("delta", {"p": "/message/content/parts/0", "o": "append", "v": parts[0]}),
        *(_sse("delta", {"v": p}) for p in parts[1:]),
        _sse(
            "delta",
            {
                "p": "",
                "o": "patch",
                "v": [
                    {"p": "/message/status", "o": "replace", "v": "finished_successfully"},
                    {"p": "/message/end_turn", "o": "replace", "v": True},
                ],
            },
        ),
        _sse(None, "[DONE]"),
    ]
    return events


def user_texts(body: bytes) -> list[str]:
    """The user texts (`parts` strings) of one conversation request."""
    doc = json.loads(body)
    return [
        p for m in doc["messages"] if m["author"]["role"] == "user" for p in m["content"]["parts"] if isinstance(p, str)
    ]


def _echo(store: ChatAppStore, body: bytes) -> list[str] | None:
    """The echo's pieces for this request, or None when the app gives its fixed answer."""
    if store.echo_piece <= 0:
        return None
    if store.echo_history:  # this request is in the store already (appended before the answer)
        posts = [r for r in list(store) if r.method == "POST" and r.path.split("?", 1)[0] == CONVERSATION]
        texts = [t for r in posts for t in user_texts(r.body)[:1]]
    else:
        texts = user_texts(body)[:1]  # parts[0] of the user message
    return pieces("\n".join(texts), store.echo_piece)


def _make_handler(store: ChatAppStore) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _send(self, status: int, ctype: str, data: bytes) -> None:
            self.send_response(status)
            self.send_header("content-type", ctype)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            store.append(Received("GET", self.headers.get("host", ""), self.path, dict(self.headers), b""))
            if self.path.split("?", 1)[0] == "/":
                self._send(200, "text/html; charset=utf-8", PAGE.encode("utf-8"))
            else:
                self._send(404, "text/plain", b"not found")

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            store.append(Received("POST", self.headers.get("host", ""), self.path, dict(self.headers), body))
            if self.path.split("?", 1)[0] != CONVERSATION:
                self._send(404, "application/json", b'{"detail":"Not Found"}')
                return
            self.send_response(200)
            self.send_header("content-type", "text/event-stream; charset=utf-8")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for event in answer_events(parts=_echo(store, body)):
                self.wfile.write(f"{len(event):x}\r\n".encode() + event + b"\r\n")
                self.wfile.flush()
                time.sleep(GAP_SECONDS)
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    return Handler


def start_fake_chat_app(cert: Path, key: Path) -> FakeUpstream:
    """Serve the fake app on 127.0.0.1 (a free port) with the given certificate for HOSTS
    (fake_upstream.serve_tls, with a store that also holds the echo setting)."""
    store = ChatAppStore()
    return serve_tls(lambda _: _make_handler(store), cert, key, store)


def prompts(upstream: FakeUpstream) -> list[str]:
    """The user prompts that reached the conversation endpoint, in order."""
    found: list[str] = []
    for r in upstream.received:
        if r.method == "POST" and r.path.split("?", 1)[0] == CONVERSATION:
            found.extend(user_texts(r.body))
    return found
