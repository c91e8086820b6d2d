"""A local fake of the Copilot chat sockets over real TLS (the `websockets` server): records
every message that arrives and answers like copilot.microsoft.com and the M365 chat hub."""

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

RS = "\x1e"
ANSWER = ["Natuurlijk! ", "Hier is het antwoord."]


@dataclass
class FakeWsUpstream:
    port: int
    received: list[tuple[str, str | bytes]] = field(default_factory=list)  # (path, message)
    paths: list[str] = field(default_factory=list)  # every socket's path, query included

    def clear(self) -> None:
        self.received.clear()
        self.paths.clear()


def _copilot_answer(doc: dict[str, Any]) -> list[str]:
    """Copilot's events for a `send` (as the fixtures in tests/unit/adapters/fixtures/web)."""
    conv, msg, user = doc.get("conversationId"), "cunqiwyXHxKALffniSEnf", "17Wzuonj3Q54L3oYsbPdC"
    events: list[dict[str, Any]] = [
        {"event": "received", "conversationId": conv, "messageId": user, "createdAt": "t"},
        {"event": "startMessage", "conversationId": conv, "messageId": msg, "createdAt": "t"},
        *({"event": "appendText", "messageId": msg, "partId": "0", "text": t} for t in ANSWER),
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
                for event in _copilot_answer(doc):
                    await ws.send(event)
        elif route.lower().startswith("/m365copilot/chathub"):
            for part in text.split(RS):
                record = json.loads(part) if part.strip() else None
                if isinstance(record, dict) and "protocol" in record:
                    await ws.send("{}" + RS)
                elif isinstance(record, dict) and record.get("target") == "chat":
                    await ws.send(_hub_answer(record))


@contextmanager
def running_fake_ws_upstream(cert_pem: Path, key_pem: Path) -> Iterator[FakeWsUpstream]:
    """Serve on 127.0.0.1 (a free port) in a thread of its own until the block ends."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_pem, key_pem)
    loop = asyncio.new_event_loop()
    started: Future[tuple[Server, FakeWsUpstream]] = Future()

    async def main() -> None:
        upstream = FakeWsUpstream(port=0)
        server = await serve(lambda ws: _handle(upstream, ws), "127.0.0.1", 0, ssl=context)
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
