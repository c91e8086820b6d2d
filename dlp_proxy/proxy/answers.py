"""What the proxy does to answers and what it says when the pipeline itself failed.

Kept apart from the addon so it can be read (and tested) without mitmproxy's event loop.
"""

from __future__ import annotations

import json
from typing import Any

from mitmproxy import http

from dlp_proxy.policy.schema import MASKING
from dlp_proxy.proxy.drift import GAVE_UP
from dlp_proxy.proxy.restoring import stream_modifier
from dlp_proxy.respond.notices import LAST_RESORT
from dlp_proxy.respond.restore import PREFIXED_LINES

STREAMED_TYPES = ("text/event-stream", "application/x-ndjson", "application/jsonl")


def last_resort(decision_id: str = "none") -> http.Response:
    """A block built without the pipeline, for when the pipeline itself failed."""
    message = f"{LAST_RESORT} ({decision_id})"
    body = json.dumps({"error": {"message": message, "type": "dlp_unavailable", "code": "dlp_blocked"}})
    return http.Response.make(
        403, body, {"content-type": "application/json", "x-should-retry": "false", "x-dlp-decision-id": decision_id}
    )


def shape_answer(response: http.Response, meta: dict[str, Any], client_http1: bool = True) -> None:
    """Stream answers the client asked to have streamed, put a mask note in front where the
    adapter gave one, restore pseudonymised values in them (dlp_proxy.proxy.restoring), and
    mark a masked request's answer (headers only, ASCII)."""
    content_type = response.headers.get("content-type", "")
    lines = meta.get("adapter") in PREFIXED_LINES and "text/plain" in content_type  # Le Chat's answer
    if meta.get("stream") or lines or any(t in content_type for t in STREAMED_TYPES):
        # Pass streamed answers (SSE, NDJSON, Gemini's JSON array stream) through chunk by
        # chunk instead of buffering them.
        response.stream = True
        ok = response.status_code == 200
        prefix = meta.get("answer_prefix") if ok and "text/event-stream" in content_type else None
        modifier = stream_modifier(
            response,
            meta.get("restore") or {},
            prefix,
            client_http1,
            meta.get("adapter"),
            gave_up=lambda: meta.setdefault(GAVE_UP, True),  # counted as drift when the answer ends
        )
        if modifier is not None:
            response.stream = modifier
    if meta["action"] in MASKING:
        response.headers["x-dlp-decision-id"] = meta["decision_id"]
        response.headers["x-dlp-action"] = meta["action"]
        if meta.get("notice"):
            response.headers["x-dlp-notice"] = meta["notice"].encode("ascii", "replace").decode("ascii")
