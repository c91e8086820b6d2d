"""A local fake of the Copilot chat sockets over real TLS (the `websockets` server): records
every message that arrives and answers like copilot.microsoft.com and the M365 chat hub.

A plain GET of `/` (no WebSocket upgrade) gets a page, so a browser can chat: it takes the
prompt from the URL fragment (`#q=...`), opens the chat socket as copilot.microsoft.com's client
does, sends the prompt in a `send` event and renders the `appendText` texts into `#answer`
(data-status waiting, streaming, then done; "closed <code>" if the socket ends first).
With `echo_piece` set, the answer echoes the text the server received (placeholders, where
the proxy pseudonymised) in `appendText` events that many characters long, so a placeholder
arrives cut across messages; `clear()` turns the echo off again.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from tests.e2e.fake_page import chat_page

RS = "\x1e"
ANSWER = ["Natuurlijk! ", "Hier is het antwoord."]
COPILOT_CONVERSATION = "dRUXwuM545tff65JPZ3rn"

COPILOT_PAGE = chat_page(
    "Fake Copilot",
    """let text = "";

function show(status) {
  answer.textContent = text;
  answer.dataset.status = status;
}

function chat() {
  const session = crypto.randomUUID();
  const ws = new WebSocket("wss://copilot.microsoft.com/c/api/chat?api-version=2&clientSessionId=" + session);
  ws.onopen = () => {
    ws.send(JSON.stringify({ event: "setOptions", supportedFeatures: [], supportedCards: ["weather"], ads: null }));
    ws.send(JSON.stringify({
      event: "send", conversationId: "__CONVERSATION__",
      content: [{ type: "text", text: prompt }], mode: "chat", context: {},
    }));
  };
  ws.onmessage = (e) => {
    const event = JSON.parse(e.data);
    if (event.event === "appendText") { text += event.text; show("streaming"); }
    else if (event.event === "done") { show("done"); ws.close(); }
  };
  ws.onclose = (e) => { if (answer.dataset.status !== "done") show("closed " + e.code); };
}

if (prompt) chat();
""",
).replace("__CONVERSATION__", COPILOT_CONVERSATION)


@dataclass
class FakeWsUpstream:
    port: int
    received: list[tuple[str, str | bytes]] = field(default_factory=list)  # (path, message)
    paths: list[str] = field(default_factory=list)  # every socket's path, query included
    pages: list[str] = field(default_factory=list)  # plain GETs (the page), path included
    echo_piece: int = 0  # > 0: Copilot's answer echoes the received text in pieces this long

    def clear(self) -> None:
        self.received.clear()
        self.paths.clear()
        self.pages.clear()
        self.echo_piece = 0


def sent_text(doc: dict[str, Any]) -> str:
    """The text of a `send` event's content parts."""
    content = doc.get("content")
    parts = content if isinstance(content, list) else []
    return "".join(p["text"] for p in parts if isinstance(p, dict) and isinstance(p.get("text"), str))


def _copilot_answer(doc: dict[str, Any], echo_piece: int = 0) -> list[str]:
    """Copilot's events for a `send` (as the fixtures in tests/unit/adapters/fixtures/web)."""
    conv, msg, user = doc.get("conversationId"), "cunqiwyXHxKALffniSEnf", "17Wzuonj3Q54L3oYsbPdC"
    texts = ANSWER
    if echo_piece > 0:
        echoed = sent_text(doc)
        texts = [echoed[i : i + echo_piece] for i in range(0, len(echoed), echo_piece)] or [""]
    events: list[dict[str, Any]] = [
        {"event": "received", "conversationId": conv, "messageId": user, "createdAt": "t"},
        {"event": "startMessage", "conversationId": conv, "messageId": msg, "createdAt": "t"},
        *({"event": "appendText", "messageId": msg, "partId": "0", "text": t} for t in texts),
        {"event": "partCompleted", "messageId": msg, "partId": "0"},
        {"event": "done", "messageId": msg},
    ]
    # The server numbers its events on the connection.
    return [json.dumps({**e, "id": str(i)}) for i, e in enumerate(events)]


def _hub_answer(record: dict[str, Any]) -> str:
    """The hub's records for a `chat` invocation: an update, the stream item, the completion."""
    invocation, text = record.get("invocationId"), "".join(ANSWER)
    bot = {"author": "bot", "text": text, "messageId": "bot-1"}
    out = [
        {"type": 1, "target": "update", "arguments": [{"messages": [bot]}]},
        {"type": 2, "invocationId": invocation, "item": {"messages": [bot], "result": {"value": "Success"}}},
        {"type": 3, "invocationId": invocation},
    ]
    return "".join(json.dumps(r) + RS for r in out)


async def _handle(upstream: FakeWsUpstream, ws: ServerConnection) -> None:
    path = ws.request.path if ws.request is not None else ""
    upstream.paths.append(path)
    route = path.split("?", 1)[0]
    async for message in ws:
        upstream.received.append((route, message))
        text = message if isinstance(message, str) else message.decode("utf-8", "replace")
        if route == "/c/api/chat":
            try:
                doc = json.loads(text)
            except ValueError:
                continue
            if isinstance(doc, dict) and doc.get("event") == "send":
                for event in _copilot_answer(doc, upstream.echo_piece):
                    await ws.send(event)
        elif route.lower().startswith("/m365copilot/chathub"):
            for part in text.split(RS):
                record = json.loads(part) if part.strip() else None
                if isinstance(record, dict) and "protocol" in record:
                    await ws.send("{}" + RS)
                elif isinstance(record, dict) and record.get("target") == "chat":
                    await ws.send(_hub_answer(record))


def _page(upstream: FakeWsUpstream, connection: ServerConnection, request: Request) -> Response | None:
    """A plain GET (no upgrade) gets the chat page at `/`, 404 elsewhere; sockets go on."""
    if "websocket" in request.headers.get("Upgrade", "").lower():
        return None
    upstream.pages.append(request.path)
    found = request.path.split("?", 1)[0] == "/"
    body = COPILOT_PAGE.encode("utf-8") if found else b"not found\n"
    headers = Headers(
        [
            ("Content-Type", "text/html; charset=utf-8" if found else "text/plain"),
            ("Content-Length", str(len(body))),
            ("Connection", "close"),
        ]
    )
    return Response(200 if found else 404, "OK" if found else "Not Found", headers, body)


@contextmanager
def running_fake_ws_upstream(cert_pem: Path, key_pem: Path) -> Iterator[FakeWsUpstream]:
    """Serve on 127.0.0.1 (a free port) in a thread of its own until the block ends."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_pem, key_pem)
    loop = asyncio.new_event_loop()
    started: Future[tuple[Server, FakeWsUpstream]] = Future()

    async def main() -> None:
        upstream = FakeWsUpstream(port=0)
        server = await serve(
            lambda ws: _handle(upstream, ws),
            "127.0.0.1",
            0,
            ssl=context,
            process_request=lambda connection, request: _page(upstream, connection, request),
        )
        upstream.port = int(server.sockets[0].getsockname()[1])
        started.set_result((server, upstream))
        await server.wait_closed()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    server, upstream = started.result(timeout=10)
    try:
        yield upstream
    finally:
        loop.call_soon_threadsafe(server.close)
        thread.join(timeout=10)
