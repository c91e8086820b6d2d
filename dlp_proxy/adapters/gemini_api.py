"""Google Gemini API and Vertex AI: generateContent, streamGenerateContent, countTokens, interactions."""

from __future__ import annotations

import re
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

# .../models/{model}:generateContent, Vertex .../publishers/google/models/{m}:streamGenerateContent
METHOD = re.compile(
    r"/models/[^/:]+:(generateContent|streamGenerateContent|countTokens|embedContent|batchEmbedContents)$"
)
INTERACTIONS = re.compile(r"/v1[a-z0-9]*/interactions$")
MEDIA = ("image/", "audio/", "video/")  # not text: images are read by OCR (_images), sound and video by _files


def _inline(part: dict[str, Any], path: JsonPath, role: str, out: list[Segment]) -> None:
    """An inline text file (`inlineData`), decoded and scanned (documents: _files)."""
    for key, mime_key in (("inlineData", "mimeType"), ("inline_data", "mime_type")):
        blob = part.get(key)
        if not isinstance(blob, dict):
            continue
        mime = str(blob.get(mime_key, "")).lower()
        if mime.startswith(MEDIA) or is_document(mime):
            continue
        text = inline_text(str(blob.get("data", "")), mime)
        out.append(Segment((*path, key, "data", BASE64_MARK), text, role))


def _files(node: dict[str, Any]) -> list[InlineFile]:
    """An `inlineData` / `inline_data` blob that is neither text nor an image: a PDF, an Office
    file, or sound and video (whose bytes decide what they are: dlp_proxy.adapters.inline_files)."""
    out: list[InlineFile] = []
    for key, mime_key in (("inlineData", "mimeType"), ("inline_data", "mime_type")):
        blob = node.get(key)
        if not isinstance(blob, dict):
            continue
        mime = str(blob.get(mime_key, "")).lower()
        if not mime.startswith("image/") and is_document(mime):
            out.append(InlineFile((key, "data"), str(blob.get("data", "")), mime, str(blob.get("displayName") or "")))
    return out


def _images(node: dict[str, Any]) -> list[Found]:
    """An image `inlineData` / `inline_data` blob (in a part, or in a function response's parts),
    or an interactions `{"type": "image", "data": ...}` content; `fileData` URIs are not fetched."""
    out: list[Found] = []
    for key, mime_key in (("inlineData", "mimeType"), ("inline_data", "mime_type")):
        blob = node.get(key)
        if isinstance(blob, dict) and str(blob.get(mime_key, "")).lower().startswith("image/"):
            out.append(((key, "data"), decode_base64(str(blob.get("data", ""))), str(blob[mime_key]).lower()))
    if node.get("type") == "image" and isinstance(node.get("data"), str):
        out.append((("data",), decode_base64(node["data"]), str(node.get("mime_type", "")).lower()))
    return out


def _parts(parts: Any, base: JsonPath, role: str, out: list[Segment]) -> None:
    if parts is None:
        return
    if not isinstance(parts, list):  # not a shape the API accepts: fail closed, never skip it
        raise AdapterError("'parts' is not an array")
    for i, part in enumerate(parts):
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("text"), str):
            out.append(Segment((*base, i, "text"), part["text"], role))
        _inline(part, (*base, i), role, out)
        for call_key in ("functionCall", "function_call"):
            call = part.get(call_key)
            if isinstance(call, dict) and isinstance(call.get("args"), dict):
                collect_strings(call["args"], (*base, i, call_key, "args"), role, out)
        for resp_key in ("functionResponse", "function_response"):
            resp = part.get(resp_key)
            if isinstance(resp, dict) and isinstance(resp.get("response"), dict):
                collect_strings(resp["response"], (*base, i, resp_key, "response"), "tool_result", out)


def _content(content: Any, base: JsonPath, out: list[Segment], default_role: str = "user") -> None:
    if content is None:
        return
    if not isinstance(content, dict):
        raise AdapterError("a 'Content' is not an object")
    _parts(content.get("parts"), (*base, "parts"), str(content.get("role", default_role)), out)


def _generate_segments(doc: dict[str, Any], base: JsonPath = ()) -> list[Segment]:
    out: list[Segment] = []
    for key in ("systemInstruction", "system_instruction"):
        _content(doc.get(key), (*base, key), out, "system")
    contents = doc.get("contents")
    if isinstance(contents, list):
        for i, c in enumerate(contents):
            if not isinstance(c, dict):
                raise AdapterError(f"contents[{i}] is not an object")
            _content(c, (*base, "contents", i), out)
    elif contents is not None:
        raise AdapterError("'contents' is not an array")
    _content(doc.get("content"), (*base, "content"), out)  # embedContent
    for i, req in enumerate(doc.get("requests") or []):  # batchEmbedContents
        if isinstance(req, dict):
            out += _generate_segments(req, (*base, "requests", i))
    for key in ("generateContentRequest", "generate_content_request"):  # countTokens
        if isinstance(doc.get(key), dict):
            out += _generate_segments(doc[key], (*base, key))
    return out


class GeminiApiAdapter:
    """`contents[].parts[].text`, `systemInstruction`, function calls and responses, interactions."""

    name = "gemini"

    def handles(self, request: RequestView) -> bool:
        return request.method == "POST" and bool(METHOD.search(request.route) or INTERACTIONS.search(request.route))

    def extract(self, request: RequestView) -> Extraction:
        doc = parse_object(request.body)
        m = METHOD.search(request.route)
        if m:
            extraction = Extraction(
                m.group(1), _generate_segments(doc), doc, stream=m.group(1) == "streamGenerateContent"
            )
            return attach_files(attach(extraction, find(doc, _images)), doc, _files)
        out: list[Segment] = []
        collect_strings(doc.get("input"), ("input",), "user", out)
        if isinstance(doc.get("system_instruction"), str):
            out.append(Segment(("system_instruction",), doc["system_instruction"], "system"))
        extraction = Extraction("interactions", out, doc, stream=doc.get("stream") is True)
        return attach_files(attach(extraction, find(doc, _images)), doc, _files)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        return write_back(extraction.document, texts)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        # google-genai raises ClientError (code 403, status PERMISSION_DENIED) with this message.
        return json_error(403, {"error": {"code": 403, "message": notice, "status": "PERMISSION_DENIED"}}, decision_id)
