"""Perplexity's current answer shape for a notice: the schematized `workflow_block` stream.

A request whose `params.use_schematized_api` is true gets answers whose text sits in a block
`{"intended_usage": "workflow_root", "workflow_block": {"steps": [{"items": [{"payload":
{"text_payload": TEXT}}]}]}}`; the event lines end in `\\r\\n` (issue 21's cross-check of
2026-09 captures; the step and item fields beyond that path are not published and are kept
to ids and a status). The old `ask_text` / `markdown_block` notice stays for requests that do
not ask for the schematized API.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from dlp_proxy.adapters import sse
from dlp_proxy.adapters.base import BlockResponse, object_or_empty


def schematized(body: bytes) -> bool:
    """Whether the ask request asks for the schematized (workflow_block) answer."""
    params = object_or_empty(body).get("params")
    return isinstance(params, dict) and params.get("use_schematized_api") is True


def workflow_block(text: str) -> dict[str, Any]:
    """The answer block holding `text` as one finished step with one text item."""
    item = {"uuid": str(uuid.uuid4()), "payload": {"text_payload": text}}
    step = {"uuid": str(uuid.uuid4()), "step_type": "FINAL", "status": "DONE", "items": [item]}
    return {"intended_usage": "workflow_root", "workflow_block": {"progress": "DONE", "steps": [step]}}


def _encode_crlf(events: list[tuple[str, Any]]) -> bytes:
    out = []
    for name, data in events:
        out.append(f"event: {name}\r\ndata: {json.dumps(data, ensure_ascii=False, separators=(',', ':'))}\r\n\r\n")
    return "".join(out).encode("utf-8")


def finished_message(blocks: list[dict[str, Any]], frontend_uuid: str | None) -> dict[str, Any]:
    """A completed answer message holding `blocks` (either format), in the request's thread.
    No thread_url_slug: the app would navigate to a thread that does not exist upstream."""
    message: dict[str, Any] = {
        "backend_uuid": str(uuid.uuid4()),
        "uuid": str(uuid.uuid4()),
        "status": "COMPLETED",
        "text_completed": True,
        "final_sse_message": True,
        "final": True,
        "blocks": blocks,
    }
    if frontend_uuid:
        message["frontend_uuid"] = frontend_uuid
    return message


def workflow_answer(notice: str, frontend_uuid: str | None, decision_id: str) -> BlockResponse:
    """A finished answer whose only block is the notice, in the workflow_block shape."""
    message = finished_message([workflow_block(notice)], frontend_uuid)
    body = _encode_crlf([("message", message), ("end_of_stream", {})])
    headers = {"content-type": sse.CONTENT_TYPE, "cache-control": "no-cache", "x-dlp-decision-id": decision_id}
    return BlockResponse(200, headers, body)
