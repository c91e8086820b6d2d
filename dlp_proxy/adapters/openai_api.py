"""OpenAI API: chat completions and responses (and any OpenAI-compatible host in the catalogue)."""

from __future__ import annotations

from typing import Any

from dlp_proxy.adapters.base import (
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    dump_json,
    json_error,
    parse_json,
    set_at,
)
from dlp_proxy.errors import AdapterError

ENDPOINTS = {"/v1/chat/completions": "chat.completions", "/v1/responses": "responses"}
# Content-part types that carry text typed or pasted by a person.
TEXT_PARTS = {"text", "input_text", "output_text"}


def _content_segments(content: Any, base: JsonPath, role: str) -> list[Segment]:
    """Text of a `content` field: a string, or an array of typed parts."""
    if isinstance(content, str):
        return [Segment(base, content, role)]
    out = []
    if isinstance(content, list):
        for i, part in enumerate(content):
            if isinstance(part, dict) and part.get("type") in TEXT_PARTS and isinstance(part.get("text"), str):
                out.append(Segment((*base, i, "text"), part["text"], role))
            elif isinstance(part, str):
                out.append(Segment((*base, i), part, role))
    return out


def _chat_segments(doc: dict[str, Any]) -> list[Segment]:
    messages = doc.get("messages")
    if not isinstance(messages, list):
        raise AdapterError("chat completion request without a 'messages' array")
    out: list[Segment] = []
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise AdapterError(f"messages[{i}] is not an object")
        role = str(msg.get("role", "user"))
        out += _content_segments(msg.get("content"), ("messages", i, "content"), role)
        calls = msg.get("tool_calls") or []
        if not isinstance(calls, list):
            raise AdapterError(f"messages[{i}].tool_calls is not an array")
        for j, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if function is not None and not isinstance(function, dict):
                raise AdapterError(f"messages[{i}].tool_calls[{j}].function is not an object")
            args = function.get("arguments") if function else None
            if isinstance(args, str):
                out.append(Segment(("messages", i, "tool_calls", j, "function", "arguments"), args, role))
    return out


def _responses_segments(doc: dict[str, Any]) -> list[Segment]:
    out: list[Segment] = []
    if isinstance(doc.get("instructions"), str):
        out.append(Segment(("instructions",), doc["instructions"], "system"))
    inp = doc.get("input")
    if isinstance(inp, str):
        out.append(Segment(("input",), inp, "user"))
    elif isinstance(inp, list):
        for i, item in enumerate(inp):
            if not isinstance(item, dict):
                continue
            role = str(item.get("role", item.get("type", "user")))
            out += _content_segments(item.get("content"), ("input", i, "content"), role)
            for key in ("arguments", "output"):  # function_call / function_call_output items
                if isinstance(item.get(key), str):
                    out.append(Segment(("input", i, key), item[key], role))
    elif inp is not None:
        raise AdapterError("responses request 'input' is neither a string nor an array")
    return out


class OpenAIApiAdapter:
    """`POST /v1/chat/completions` and `POST /v1/responses`, string or content-part messages."""

    name = "openai"

    def handles(self, request: RequestView) -> bool:
        return request.method == "POST" and request.route in ENDPOINTS

    def extract(self, request: RequestView) -> Extraction:
        doc = parse_json(request.body)
        if not isinstance(doc, dict):
            raise AdapterError("request body is not a JSON object")
        endpoint = ENDPOINTS[request.route]
        segments = _chat_segments(doc) if endpoint == "chat.completions" else _responses_segments(doc)
        return Extraction(endpoint=endpoint, segments=segments, document=doc, stream=doc.get("stream") is True)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        for path, text in texts.items():
            set_at(extraction.document, path, text)
        return dump_json(extraction.document)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        # 403 makes the official SDK raise PermissionDeniedError with this message.
        return json_error(
            403,
            {"error": {"message": notice, "type": "dlp_policy_violation", "param": None, "code": "dlp_blocked"}},
            decision_id,
        )
