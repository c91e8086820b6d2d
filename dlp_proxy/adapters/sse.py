"""Server-sent events for web-app adapters: build the events of a synthetic answer, and read them back.

A web app's own stream format is the most visible place for a notice (an assistant message in
the chat). Adapters describe their events as `(event name or None, data)` pairs; `encode`
writes them as `event: ...` / `data: ...` blocks, `answer` wraps them in an HTTP 200
text/event-stream BlockResponse, and `parse` (used by tests and by anyone checking a stream)
reads them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dlp_proxy.adapters.base import BlockResponse

CONTENT_TYPE = "text/event-stream; charset=utf-8"


@dataclass(frozen=True)
class Event:
    """One server-sent event: an optional `event:` name and its data (text as sent)."""

    event: str | None
    data: str

    def json(self) -> Any:
        """The data parsed as JSON (ValueError when it is not)."""
        return json.loads(self.data)


def data_text(data: Any) -> str:
    """A data value as it goes on the wire: strings as they are, everything else as compact JSON."""
    if isinstance(data, str):
        return data
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def encode(events: Iterable[tuple[str | None, Any]]) -> bytes:
    """`event:`/`data:` blocks, each ended by a blank line; multi-line data becomes several data lines."""
    out: list[str] = []
    for name, data in events:
        if name is not None:
            if "\n" in name or "\r" in name:
                raise ValueError("an SSE event name cannot contain a line break")
            out.append(f"event: {name}\n")
        for line in data_text(data).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            out.append(f"data: {line}\n")
        out.append("\n")
    return "".join(out).encode("utf-8")


def answer(events: Iterable[tuple[str | None, Any]], decision_id: str) -> BlockResponse:
    """An HTTP 200 event stream the proxy sends instead of the vendor's answer."""
    return BlockResponse(
        status=200,
        headers={
            "content-type": CONTENT_TYPE,
            "cache-control": "no-cache",
            "x-dlp-decision-id": decision_id,
        },
        body=encode(events),
    )


def parse(body: bytes) -> list[Event]:
    """The events of a complete stream (the WHATWG rules: `:` comments, one optional space after the colon)."""
    events: list[Event] = []
    name: str | None = None
    data: list[str] = []
    text = body.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    for line in text.split("\n"):
        if line == "":
            if data:
                events.append(Event(name, "\n".join(data)))
            name, data = None, []
            continue
        if line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "event":
            name = value
        elif field == "data":
            data.append(value)
    if data:  # a stream cut off without its final blank line: the browser drops this event
        raise ValueError("the stream ends inside an event (no blank line after it)")
    return events
