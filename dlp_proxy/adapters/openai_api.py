"""OpenAI API and every OpenAI-compatible API (Azure OpenAI, Mistral, Groq, OpenRouter, DeepSeek,
Together, Ollama, LM Studio, vLLM): endpoints are matched by their path suffix, so
`/v1/chat/completions`, `/openai/deployments/{d}/chat/completions` and
`/api/v1/chat/completions` are one endpoint."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from dlp_proxy.adapters.base import (
    BASE64_MARK,
    BlockResponse,
    Extraction,
    JsonPath,
    PendingImage,
    RequestView,
    Segment,
    collect_strings,
    inline_text,
    json_error,
    parse_object,
    write_back,
)
from dlp_proxy.adapters.inline_files import InlineFile, attach_files, data_url_document
from dlp_proxy.adapters.inline_images import Found, attach, data_url_image, decode_base64, find
from dlp_proxy.errors import AdapterError

# (path pattern, endpoint name); the first match wins.
ENDPOINTS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"/chat/completions$"), "chat.completions"),
    (re.compile(r"/fim/completions$"), "fim.completions"),
    (re.compile(r"/completions$"), "completions"),
    (re.compile(r"/responses$"), "responses"),
    (re.compile(r"/embeddings$"), "embeddings"),
    (re.compile(r"/moderations$"), "moderations"),
    (re.compile(r"/threads/[^/]+/messages$"), "threads.messages"),
    (re.compile(r"/threads/runs$"), "threads.create_and_run"),
    (re.compile(r"/threads/[^/]+/runs$"), "threads.runs"),
    (re.compile(r"/threads$"), "threads"),
    (re.compile(r"/assistants(/[^/]+)?$"), "assistants"),
    (re.compile(r"/api/chat$"), "ollama.chat"),
    (re.compile(r"/api/generate$"), "ollama.generate"),
]
# Content-part types that carry text typed or pasted by a person.
TEXT_PARTS = {"text", "input_text", "output_text", "refusal"}


def _data_url_text(url: str) -> str:
    """The text of a `data:text/...;base64,` URL; AdapterError for any other kind of URL (a
    base64 document or image is read by _files instead)."""
    head, _, payload = url.partition(",")
    base64_url = head.startswith("data:") and head.endswith(";base64")
    return inline_text(payload, head[5:] if base64_url else "")  # no media type reads as binary


def _content_segments(content: Any, base: JsonPath, role: str) -> list[Segment]:
    """Text of a `content` field: a string, or an array of typed parts (text, inline files)."""
    if isinstance(content, str):
        return [Segment(base, content, role)]
    out = []
    if isinstance(content, list):
        for i, part in enumerate(content):
            if isinstance(part, str):
                out.append(Segment((*base, i), part, role))
                continue
            if not isinstance(part, dict):
                continue
            kind = part.get("type")
            key = "refusal" if kind == "refusal" else "text"
            if kind in TEXT_PARTS and isinstance(part.get(key), str):
                out.append(Segment((*base, i, key), part[key], role))
            file = _file_of(part)
            if file is not None and data_url_document(file["file_data"]) is None:  # documents: _files
                path = (*base, i, "file", "file_data") if kind == "file" else (*base, i, "file_data")
                text = _data_url_text(file["file_data"])
                out.append(Segment((*path, BASE64_MARK), text, role))
    return out


def _file_of(part: dict[str, Any]) -> dict[str, Any] | None:
    """The object holding an inline file's `file_data` (and `filename`): a chat `file` part's
    `file`, or a Responses `input_file` part itself."""
    kind = part.get("type")
    file = part.get("file") if kind == "file" else part if kind == "input_file" else None
    return file if isinstance(file, dict) and isinstance(file.get("file_data"), str) else None


def _files(node: dict[str, Any]) -> list[InlineFile]:
    """A PDF, Office document or archive in a `file` / `input_file` part, as a base64 `data:` URL;
    the sound of an `input_audio` part (its bytes decide what it is: dlp_proxy.adapters.inline_files)."""
    audio = node.get("input_audio") if node.get("type") == "input_audio" else None
    if isinstance(audio, dict) and isinstance(audio.get("data"), str):
        return [
            InlineFile(("input_audio", "data"), audio["data"], f"audio/{str(audio.get('format') or 'wav').lower()}")
        ]
    file = _file_of(node)
    if file is None:
        return []
    found = data_url_document(file["file_data"], str(file.get("filename") or ""))
    if found is None:
        return []
    rel: JsonPath = ("file", "file_data") if node.get("type") == "file" else ("file_data",)
    return [replace(found, rel=rel)]


def _message_list(messages: Any, base: JsonPath) -> list[Segment]:
    if messages is None:
        return []
    if not isinstance(messages, list):
        raise AdapterError("'messages' is not an array")
    out: list[Segment] = []
    for i, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise AdapterError(f"messages[{i}] is not an object")
        role = str(msg.get("role", "user"))
        out += _content_segments(msg.get("content"), (*base, i, "content"), role)
        if isinstance(msg.get("name"), str):
            out.append(Segment((*base, i, "name"), msg["name"], role))
        calls = msg.get("tool_calls") or []
        if not isinstance(calls, list):
            raise AdapterError(f"messages[{i}].tool_calls is not an array")
        for j, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            if function is not None and not isinstance(function, dict):
                raise AdapterError(f"messages[{i}].tool_calls[{j}].function is not an object")
            args = function.get("arguments") if function else None
            # Arguments are a JSON string by the spec; some clients send an object.
            collect_strings(args, (*base, i, "tool_calls", j, "function", "arguments"), role, out)
        if isinstance(msg.get("function_call"), dict):  # the pre-tools shape
            collect_strings(msg["function_call"].get("arguments"), (*base, i, "function_call", "arguments"), role, out)
    return out


def _chat(doc: dict[str, Any]) -> list[Segment]:
    if "messages" not in doc:
        raise AdapterError("chat completion request without a 'messages' array")
    out = _message_list(doc.get("messages"), ("messages",))
    prediction = doc.get("prediction")
    if isinstance(prediction, dict):
        out += _content_segments(prediction.get("content"), ("prediction", "content"), "user")
    return out


def _responses(doc: dict[str, Any]) -> list[Segment]:
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
                collect_strings(item.get(key), ("input", i, key), role, out)
    elif inp is not None:
        raise AdapterError("responses request 'input' is neither a string nor an array")
    return out


def _text_or_list(doc: dict[str, Any], key: str) -> list[Segment]:
    """`prompt` / `input` of completions, embeddings and moderations: a string or strings."""
    value = doc.get(key)
    if isinstance(value, str):
        return [Segment((key,), value, "user")]
    if isinstance(value, list):
        if any(isinstance(v, int) or (isinstance(v, list) and v and isinstance(v[0], int)) for v in value):
            raise AdapterError(f"'{key}' holds token ids, which cannot be scanned")
        out: list[Segment] = []
        collect_strings(value, (key,), "user", out)
        return out
    return []


def _threads(endpoint: str, doc: dict[str, Any]) -> list[Segment]:
    out: list[Segment] = []
    for key in ("instructions", "additional_instructions", "description"):
        if isinstance(doc.get(key), str):
            out.append(Segment((key,), doc[key], "system"))
    if endpoint == "threads.messages":
        out += _content_segments(doc.get("content"), ("content",), str(doc.get("role", "user")))
    out += _message_list(doc.get("messages"), ("messages",))
    out += _message_list(doc.get("additional_messages"), ("additional_messages",))
    thread = doc.get("thread")
    if isinstance(thread, dict):
        out += _message_list(thread.get("messages"), ("thread", "messages"))
    return out


def _ollama_generate(doc: dict[str, Any]) -> list[Segment]:
    return [Segment((k,), doc[k], "user") for k in ("prompt", "system", "suffix") if isinstance(doc.get(k), str)]


def _images(node: dict[str, Any]) -> list[Found]:
    """Inline images of one JSON object: the `image_url` of a chat content part (`{"url": ...}`)
    or of a Responses `input_image` (a string), as a `data:` URL; an Ollama message's `images`
    (plain base64). An https URL or a file id is left to the closed-world pass (see inline_images)."""
    out: list[Found] = []
    value = node.get("image_url")
    rel: tuple[str, ...] = ("image_url",)
    if isinstance(value, dict):
        value, rel = value.get("url"), ("image_url", "url")
    image = data_url_image(value) if isinstance(value, str) else None
    if image is not None:
        out.append((rel, *image))
    if "role" in node and isinstance(node.get("images"), list):  # Ollama /api/chat
        out += [(("images", k), decode_base64(v), "") for k, v in enumerate(node["images"]) if isinstance(v, str)]
    return out


def endpoint_of(route: str) -> str | None:
    for pattern, name in ENDPOINTS:
        if pattern.search(route.rstrip("/")):
            return name
    return None


class OpenAIApiAdapter:
    """Every text a user can put into an OpenAI-style request; other fields are left alone."""

    name = "openai"

    def handles(self, request: RequestView) -> bool:
        return request.method == "POST" and endpoint_of(request.route) is not None

    def extract(self, request: RequestView) -> Extraction:
        doc = parse_object(request.body)
        endpoint = endpoint_of(request.route) or "unknown"
        if endpoint == "chat.completions" or endpoint == "ollama.chat":
            segments = _chat(doc)
        elif endpoint == "responses":
            segments = _responses(doc)
        elif endpoint in ("completions", "fim.completions"):
            segments = _text_or_list(doc, "prompt") + _text_or_list(doc, "suffix")
        elif endpoint in ("embeddings", "moderations"):
            segments = _text_or_list(doc, "input")
        elif endpoint == "ollama.generate":
            segments = _ollama_generate(doc)
        else:
            segments = _threads(endpoint, doc)
        images = find(doc, _images)
        if endpoint == "ollama.generate" and isinstance(doc.get("images"), list):
            images += [
                PendingImage(("images", k), decode_base64(v)) for k, v in enumerate(doc["images"]) if isinstance(v, str)
            ]
        extraction = Extraction(endpoint=endpoint, segments=segments, document=doc, stream=doc.get("stream") is True)
        return attach_files(attach(extraction, images), doc, _files)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        # 403 makes the official SDK raise PermissionDeniedError with this message.
        return json_error(
            403,
            {"error": {"message": notice, "type": "dlp_policy_violation", "param": None, "code": "dlp_blocked"}},
            decision_id,
        )
