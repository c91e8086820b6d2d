"""The adapter interface and the value objects adapters exchange with the proxy."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from dlp_proxy.errors import AdapterError

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class RequestView:
    """What an adapter sees of a request: no mitmproxy types, so adapters stay pure."""

    method: str
    host: str
    path: str
    headers: Mapping[str, str]
    body: bytes

    @property
    def route(self) -> str:
        """The path without its query string."""
        return self.path.split("?", 1)[0]

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class Segment:
    """One piece of text a person (or a tool acting for them) put into the request."""

    path: JsonPath
    text: str
    role: str = "user"
    # False for the text of a document (PDF, Word, ...): masked text cannot be written back into it.
    maskable: bool = True


@dataclass(frozen=True)
class PendingImage:
    """An image in the request whose text is read by OCR before the scan (issue 20): an uploaded
    file, a multipart part, an archive member, or an inline `data:` / base64 part of an API
    request. The OCR text becomes a segment at `path` that cannot be masked (an image cannot be
    rewritten): a finding the policy would redact blocks the request, like one in a document."""

    path: JsonPath
    data: bytes  # the image's bytes (base64 already decoded)
    role: str = "user"
    media_type: str = ""  # as declared by the request, if at all ("image/png"); the bytes decide


@dataclass
class Extraction:
    """The parsed request and the text segments found in it.

    `extra["covers"]` may list JSON paths the adapter does not scan but writes itself (a copy
    of a segment it keeps in step), so the closed-world pass (dlp_proxy.pipeline.closed_world) skips them.
    `images`: images to read by OCR before the scan (their paths belong in `extra["covers"]` when
    they are JSON strings). `labels`: sensitivity labels (Microsoft Purview / MIP label names or
    ids) found on uploaded files or in the request's `msip_labels` header, decided like findings.
    """

    endpoint: str
    segments: list[Segment]
    document: Any = None
    stream: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    images: list[PendingImage] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BlockResponse:
    """An answer the proxy gives instead of forwarding the request."""

    status: int
    headers: dict[str, str]
    body: bytes


class Adapter(Protocol):
    name: str

    def handles(self, request: RequestView) -> bool:
        """Whether this adapter knows the request's endpoint."""
        ...

    def extract(self, request: RequestView) -> Extraction:
        """The text segments of the request; AdapterError when it cannot be read."""
        ...

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        """The request body with the given segments replaced, everything else kept."""
        ...

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        """The tool's own error shape carrying the employee's notice."""
        ...


@runtime_checkable
class AnswerNoter(Protocol):
    """Optional adapter capability: a note shown at the top of a streamed answer after a mask."""

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        """Bytes in the answer stream's own format (e.g. one SSE event) that the app renders
        as text before the model's answer; None when this endpoint's stream cannot carry one."""
        ...


# RequestView.method of one client->server WebSocket message: the view keeps the host, path
# and headers of the handshake, and the message is its body (dlp_proxy/proxy/websocket_frames.py).
WEBSOCKET = "WEBSOCKET"


@runtime_checkable
class WebSocketAdapter(Protocol):
    """Optional adapter capability: prompts sent as WebSocket messages.

    `handles`, `extract` and `rewrite` read and rewrite a message like a request body (a view
    with method WEBSOCKET); these two say which messages to judge and how to answer one.
    """

    def is_prompt_message(self, message: RequestView) -> bool:
        """False only for a message known to carry no prompt (handshake, keep-alive, options),
        which passes without a decision; a message that cannot be read is True (fail mode)."""
        ...

    def notice_messages(self, message: RequestView, notice: str, decision_id: str) -> list[str | bytes]:
        """Messages to the client that show the notice as the assistant's reply to `message`
        (a str is sent as a text message, bytes as a binary one)."""
        ...


def collect_strings(node: Any, path: JsonPath, role: str, out: list[Segment]) -> None:
    """Every string inside a JSON value, with its path (tool arguments, generic bodies)."""
    if isinstance(node, str):
        out.append(Segment(path, node, role))
    elif isinstance(node, dict):
        for k, v in node.items():
            collect_strings(v, (*path, k), role, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            collect_strings(v, (*path, i), role, out)


def parse_json(body: bytes) -> Any:
    """Strict JSON from UTF-8 bytes; AdapterError (without the body) when it is not."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AdapterError(f"request body is not valid UTF-8 (byte {e.start})") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise AdapterError(f"request body is not valid JSON (line {e.lineno}, column {e.colno})") from e
    except RecursionError as e:
        raise AdapterError("request body JSON is nested too deeply") from e


def parse_object(body: bytes) -> dict[str, Any]:
    """A request body that must be one JSON object (every chat and completion endpoint)."""
    doc = parse_json(body)
    if not isinstance(doc, dict):
        raise AdapterError("request body is not a JSON object")
    return doc


def string_fields(doc: dict[str, Any], keys: tuple[str, ...], role: str = "user", base: JsonPath = ()) -> list[Segment]:
    """A segment per named key of `doc` that is present (under `base`); AdapterError when one is
    present but not a string."""
    out: list[Segment] = []
    for key in keys:
        value = doc.get(key)
        if value is not None and not isinstance(value, str):
            raise AdapterError(f"'{key}' is not a string")
        if value is not None:
            out.append(Segment((*base, key), value, role))
    return out


def object_or_empty(body: bytes) -> dict[str, Any]:
    """The body's JSON object, else {}: for the ids a notice reuses, read from a body that may
    be the unreadable one being blocked, so this never raises."""
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: bad JSON, or a huge number
        return {}
    return doc if isinstance(doc, dict) else {}


def dump_json(doc: Any) -> bytes:
    """Compact UTF-8 JSON; key order and all values other than rewritten strings are kept."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# The last element of a segment path whose text was base64 in the request (an inline text
# file); write_back encodes it again, keeping a "data:...;base64," prefix if there was one.
BASE64_MARK = "#base64"
# Extraction.extra key: the request carries spoken audio or video the proxy cannot read
# (`settings.audio` decides; dlp_proxy.pipeline.audio).
AUDIO = "audio"
# Media types of inline files that are read as text (and scanned) rather than refused.
TEXT_MEDIA = ("text/", "application/json", "application/xml", "application/csv", "application/x-ndjson")


def inline_text(data: str | bytes, media_type: str, text_media: tuple[str, ...] = TEXT_MEDIA) -> str:
    """The text of an inline base64 file, decoded as strictly as the vendor decodes it.

    AdapterError (fail closed) for a media type that is not text (a PDF, an archive) and for
    data that is not valid base64 of UTF-8 text.
    """
    if not media_type.startswith(text_media):
        raise AdapterError("cannot read an inline binary file (only text files are scanned inline)")
    try:
        return base64.b64decode(data, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError) as e:
        raise AdapterError("an inline text file could not be decoded") from e


def write_back(doc: Any, texts: dict[JsonPath, str]) -> bytes:
    """The JSON document with the given segments replaced (and re-encoded where they were base64)."""
    for path, text in texts.items():
        if path and path[-1] == BASE64_MARK:
            target = doc
            for part in path[:-1]:
                target = target[part]
            head, sep, _ = str(target).partition(",")
            encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
            set_at(doc, path[:-1], f"{head},{encoded}" if sep and head.startswith("data:") else encoded)
        else:
            set_at(doc, path, text)
    return dump_json(doc)


def set_at(doc: Any, path: JsonPath, value: str) -> None:
    """Replace the string at `path` in a parsed JSON document."""
    if not path:
        raise AdapterError("cannot replace the whole document")
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value


def json_error(status: int, payload: dict[str, Any], decision_id: str) -> BlockResponse:
    return BlockResponse(
        status=status,
        headers={
            "content-type": "application/json",
            # The OpenAI and Anthropic SDKs honour this and do not retry a policy block.
            "x-should-retry": "false",
            "x-dlp-decision-id": decision_id,
        },
        body=dump_json(payload),
    )
