"""What the proxy does to answers and what it says when the pipeline itself failed.

Kept apart from the addon so it can be read (and tested) without mitmproxy's event loop.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from mitmproxy import http

from dlp_proxy.respond.notices import LAST_RESORT

STREAMED_TYPES = ("text/event-stream", "application/x-ndjson", "application/jsonl")


def last_resort(decision_id: str = "none") -> http.Response:
    """A block built without the pipeline, for when the pipeline itself failed."""
    message = f"{LAST_RESORT} ({decision_id})"
    body = json.dumps({"error": {"message": message, "type": "dlp_unavailable", "code": "dlp_blocked"}})
    return http.Response.make(
        403, body, {"content-type": "application/json", "x-should-retry": "false", "x-dlp-decision-id": decision_id}
    )


def prepend(prefix: bytes) -> Callable[[bytes], bytes]:
    """A stream modifier that puts `prefix` (one event of the answer's format) before the answer."""
    pending = [prefix]

    def modify(chunk: bytes) -> bytes:
        if pending:
            return pending.pop() + chunk
        return chunk

    return modify


def shape_answer(response: http.Response, meta: dict[str, Any]) -> None:
    """Stream answers the client asked to have streamed, put a mask note in front where the
    adapter gave one, and mark a masked request's answer (headers only, ASCII)."""
    content_type = response.headers.get("content-type", "")
    if meta.get("stream") or any(t in content_type for t in STREAMED_TYPES):
        # Pass streamed answers (SSE, NDJSON, Gemini's JSON array stream) through chunk by
        # chunk instead of buffering them.
        response.stream = True
        prefix = meta.get("answer_prefix")
        if (
            prefix
            and response.status_code == 200
            and "text/event-stream" in content_type
            and not response.headers.get("content-encoding")  # compressed bytes take no plain prefix
        ):
            response.stream = prepend(prefix)
    if meta["action"] == "redact":
        response.headers["x-dlp-decision-id"] = meta["decision_id"]
        response.headers["x-dlp-action"] = "redact"
        if meta.get("notice"):
            response.headers["x-dlp-notice"] = meta["notice"].encode("ascii", "replace").decode("ascii")
