"""Bounds on what the proxy holds of bodies on inspected (decrypted AI) connections.

mitmproxy holds a request body whole before the `request` hook (up to its content-length, or
without end when chunked) and an answer whole before the `response` hook; its own
`body_size_limit` is one global option that also cuts every other HTTP flow, answers included.
Here, per flow: a request body to an inspected host is read up to `read_bound` and no further
(more can never decode within `max_body_bytes`); an answer is held only while it may still be
restored (dlp_proxy.proxy.restoring.WHOLE_LIMIT), otherwise passed through as it comes. Tunnelled
hosts never get here. The numbers are pure; the rest is mitmproxy glue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from mitmproxy import ctx, http

from dlp_proxy.proxy.restoring import WHOLE_LIMIT, never_empty, whole_or_pass

logger = logging.getLogger(__name__)

# A compressed body can be a little larger than what it decodes to (stored blocks: ~1/128 per
# layer, up to four stacked layers), so a raw body this much over the limit may still fit.
SLACK_DIVISOR = 32
SLACK_BYTES = 64 * 1024


def read_bound(max_body_bytes: int) -> int:
    """Raw request body bytes read before the request is refused unread: twice the decoded limit,
    so a body somewhat over it is read whole and its sender gets the "too large" notice; never
    less than the limit plus what compression can add, so a body that might decode within the
    limit is always read."""
    return max(2 * max_body_bytes, max_body_bytes + max_body_bytes // SLACK_DIVISOR + SLACK_BYTES)


def declared_length(headers: Mapping[str, str]) -> int | None:
    """The content-length a message declares; None when it has none or one that is not a number
    (mitmproxy refuses those itself)."""
    value = headers.get("content-length")
    if value is None:
        return None
    value = value.strip()
    return int(value) if value.isdigit() else None


class CappedBody:
    """A request body buffer that holds at most `bound` bytes: past it, what it held is dropped,
    nothing more is kept and `on_overflow` runs once. Stands in for the ReceiveBuffer of
    mitmproxy's HTTP stream (the same operations: +=, len, bool, bytes, clear)."""

    def __init__(self, bound: int, on_overflow: Callable[[], None]) -> None:
        self.bound = bound
        self.overflowed = False
        self._on_overflow = on_overflow
        self._data = bytearray()

    def __iadd__(self, data: bytes | bytearray) -> CappedBody:
        if self.overflowed:
            return self
        if len(self._data) + len(data) > self.bound:
            self.overflowed = True
            self._data = bytearray()
            self._on_overflow()
            return self
        self._data += data
        return self

    def __len__(self) -> int:
        return len(self._data)

    def __bool__(self) -> bool:
        return bool(self._data)

    def __bytes__(self) -> bytes:
        return bytes(self._data)

    def clear(self) -> None:
        self._data.clear()


# --- mitmproxy glue ----------------------------------------------------------------------------


def _handler_of(flow: http.HTTPFlow) -> Any:
    """mitmproxy's handler of the flow's client connection, or None.

    mitmproxy has no public way to bound one flow's request buffer or to close a client
    connection from outside a hook: its proxy server keeps one handler per connection, with the
    layer stack in `layer` and the client's streams in `transports`. These two lookups are the
    only uses of those internals here (pinned by tests/e2e/test_huge_bodies.py)."""
    server = ctx.master.addons.get("proxyserver")  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
    return getattr(server, "connections", {}).get(flow.client_conn.id)


def _http_stream_of(flow: http.HTTPFlow) -> Any:
    """The HTTP stream layer that reads the flow's request (it holds `request_body_buf`)."""
    handler = _handler_of(flow)
    todo = [getattr(handler, "layer", None)]
    while todo:
        layer = todo.pop()
        if layer is None:
            continue
        if getattr(layer, "flow", None) is flow and hasattr(layer, "request_body_buf"):
            return layer
        todo += list(getattr(layer, "streams", {}).values())  # the HTTP layer's streams
        todo += [getattr(layer, "child_layer", None), getattr(layer, "layer", None)]  # NextLayer: .layer
        handler = getattr(getattr(layer, "_handle_event", None), "__self__", None)  # modes.HttpProxy
        todo += [handler] if handler is not layer else []
    return None


def cap_request_body(flow: http.HTTPFlow, bound: int, on_overflow: Callable[[], None]) -> bool:
    """Hold at most `bound` bytes of the flow's request body (from the `requestheaders` hook on);
    False when mitmproxy's stream for it cannot be found (then nothing is bounded)."""
    stream = _http_stream_of(flow)
    if stream is None:
        return False
    capped = CappedBody(bound, on_overflow)
    capped += bytes(stream.request_body_buf)
    stream.request_body_buf = capped
    return True


def close_client(flow: http.HTTPFlow) -> bool:
    """Close the flow's client connection now (mitmproxy sees its end and cleans up as for any
    other); False when it cannot be found."""
    handler = _handler_of(flow)
    io = getattr(handler, "transports", {}).get(flow.client_conn) if handler is not None else None
    writer = getattr(io, "writer", None)
    if writer is None or writer.is_closing():
        return False
    writer.close()
    return True


def bound_answer(response: http.Response, mapping: Mapping[str, str], limit: int = WHOLE_LIMIT) -> None:
    """An answer that is not streamed already is held whole (and restored in the `response` hook)
    only when its content-length is within `limit`. Larger, it is passed through as it comes (it
    is not restored anyway). Of unknown length (chunked), it is held only when it may need
    restoring (a JSON answer to a pseudonymised request): up to `limit`, restored when it ends
    within it, passed through from there on when it does not. A chunk rewriter set already is
    kept, minus the empty pieces it may give (restoring.never_empty)."""
    if callable(response.stream):
        response.stream = never_empty(response.stream)
    if response.stream:
        return
    length = declared_length(response.headers)
    if length is None and mapping and "json" in response.headers.get("content-type", "").lower():
        response.stream = whole_or_pass(response, mapping, limit)
    elif length is None or length > limit:
        response.stream = True
