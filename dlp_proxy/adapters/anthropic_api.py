"""Anthropic Messages API (`POST /v1/messages`, count_tokens, batches): every text a user can send."""

from __future__ import annotations

from typing import Any

from dlp_proxy.adapters.base import (
    BASE64_MARK,
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    collect_strings,
    inline_text,
    json_error,
    parse_object,
    write_back,
)
from dlp_proxy.adapters.inline_files import InlineFile, attach_files, is_document
from dlp_proxy.adapters.inline_images import Found, attach, decode_base64, find
from dlp_proxy.errors import AdapterError

ENDPOINTS = ("/v1/messages", "/v1/messages/count_tokens", "/v1/messages/batches", "/v1/complete")
# Narrower than the other adapters' (no NDJSON): a base64 NDJSON document stays refused.
TEXT_MEDIA = ("text/", "application/json", "application/xml", "application/csv")


def _blocks(content: Any, base: JsonPath, role: str, out: list[Segment]) -> None:
    """Text of a message `content`: a string or typed blocks (text, tool_use, tool_result, document)."""
    if isinstance(content, str):
        out.append(Segment(base, content, role))
        return
    if content is None:
        return
    if not isinstance(content, list):  # not a shape the API accepts: fail closed, never skip it
        raise AdapterError("a message 'content' is neither a string nor an array of blocks")
    for i, block in enumerate(content):
        if not isinstance(block, dict):
            continue
        path = (*base, i)
        kind = block.get("type")
        if kind == "text" and isinstance(block.get("text"), str):
            out.append(Segment((*path, "text"), block["text"], role))
        elif kind == "tool_use" and isinstance(block.get("input"), dict):
            collect_strings(block["input"], (*path, "input"), "tool_use", out)
        elif kind == "tool_result":
            _blocks(block.get("content"), (*path, "content"), "tool_result", out)
        elif kind == "document":
            _document(block, path, role, out)
        elif kind == "search_result":  # RAG results, also inside tool_result content
            _blocks(block.get("content"), (*path, "content"), role, out)
            if isinstance(block.get("title"), str):
                out.append(Segment((*path, "title"), block["title"], role))


def _document(block: dict[str, Any], path: JsonPath, role: str, out: list[Segment]) -> None:
    source = block.get("source")
    if not isinstance(source, dict):
        return
    if source.get("type") == "text" and isinstance(source.get("data"), str):
        out.append(Segment((*path, "source", "data"), source["data"], role))
    elif source.get("type") == "content":
        _blocks(source.get("content"), (*path, "source", "content"), role, out)
    elif source.get("type") == "base64" and not is_document(str(source.get("media_type", ""))):
        # A text document is decoded here (maskable); a PDF or other file is read by _files.
        text = inline_text(source.get("data", ""), str(source.get("media_type", "")), TEXT_MEDIA)
        out.append(Segment((*path, "source", "data", BASE64_MARK), text, role))
    for key in ("title", "context"):
        if isinstance(block.get(key), str):
            out.append(Segment((*path, key), block[key], role))


def _files(node: dict[str, Any]) -> list[InlineFile]:
    """A `document` block with a base64 source that is not text (a PDF, an Office file)."""
    source = node.get("source")
    if node.get("type") != "document" or not isinstance(source, dict) or source.get("type") != "base64":
        return []
    media = str(source.get("media_type", ""))
    if not is_document(media):
        return []
    if not isinstance(source.get("data"), str):
        raise AdapterError("a document block's base64 source has no data")
    return [InlineFile(("source", "data"), source["data"], media.lower(), str(node.get("title") or ""))]


def _images(node: dict[str, Any]) -> list[Found]:
    """An `image` block with a base64 source, in a message or a tool result (`url` and `file`
    sources are not fetched: see inline_images)."""
    source = node.get("source")
    if node.get("type") != "image" or not isinstance(source, dict) or source.get("type") != "base64":
        return []
    if not isinstance(source.get("data"), str):
        raise AdapterError("an image block's base64 source has no data")
    return [(("source", "data"), decode_base64(source["data"]), str(source.get("media_type", "")))]


def _message_segments(doc: dict[str, Any], base: JsonPath = ()) -> list[Segment]:
    out: list[Segment] = []
    system = doc.get("system")
    if isinstance(system, str):
        out.append(Segment((*base, "system"), system, "system"))
    elif system is not None:
        _blocks(system, (*base, "system"), "system", out)
    messages = doc.get("messages")
    if messages is not None and not isinstance(messages, list):
        raise AdapterError("messages request 'messages' is not an array")
    for i, msg in enumerate(messages or []):
        if not isinstance(msg, dict):
            raise AdapterError(f"messages[{i}] is not an object")
        _blocks(msg.get("content"), (*base, "messages", i, "content"), str(msg.get("role", "user")), out)
    if isinstance(doc.get("prompt"), str):  # legacy text completions
        out.append(Segment((*base, "prompt"), doc["prompt"], "user"))
    return out


class AnthropicApiAdapter:
    """Anthropic Messages: system, messages (text, tool use/results, documents), batches."""

    name = "anthropic"

    def handles(self, request: RequestView) -> bool:
        return request.method == "POST" and request.route.rstrip("/") in ENDPOINTS

    def extract(self, request: RequestView) -> Extraction:
        doc = parse_object(request.body)
        route = request.route.rstrip("/")
        if route == "/v1/messages/batches":
            segments: list[Segment] = []
            requests = doc.get("requests")
            if not isinstance(requests, list):
                raise AdapterError("batch request without a 'requests' array")
            for i, item in enumerate(requests):
                if not isinstance(item, dict) or not isinstance(item.get("params"), dict):
                    raise AdapterError(f"requests[{i}] has no 'params' object")
                segments += _message_segments(item["params"], ("requests", i, "params"))
            return attach_files(attach(Extraction("messages.batches", segments, doc), find(doc, _images)), doc, _files)
        endpoint = {"/v1/messages": "messages", "/v1/messages/count_tokens": "messages.count_tokens"}.get(
            route, "complete"
        )
        extraction = Extraction(endpoint, _message_segments(doc), doc, stream=doc.get("stream") is True)
        return attach_files(attach(extraction, find(doc, _images)), doc, _files)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        # 403 permission_error: the SDK raises PermissionDeniedError; Claude Code prints the body.
        return json_error(403, {"type": "error", "error": {"type": "permission_error", "message": notice}}, decision_id)
