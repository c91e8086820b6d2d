"""Claude.ai's side channels (issue 21): text that leaves outside the completion request.

Endpoints, all under `/api/organizations/{org}/`, and the fields named here; every other string
of a JSON body is read by the closed-world pass (dlp_proxy.pipeline.closed_world), so a field
no source shows yet is judged too, and masked in place:

- `chat_conversations/{conv}/title` (POST, the title made from the first prompt):
  `message_content`. [ai-endpoints.md section 2.4: public unofficial-client files]
- `chat_conversations/{conv}/chat_messages/{msg}/chat_feedback` (POST, a thumbs-up/down with
  an optional comment): no field named, the closed-world pass reads the comment.
- `projects` (POST) and `projects/{id}` (PUT): a Project's name, description and
  instructions, read by the closed-world pass (no public capture names the fields).
- `projects/{id}/docs` (POST, a knowledge document typed or pasted in): `file_name`,
  `content`. [public 2026 Claude.ai project archivers posting `{"file_name", "content"}`]
- Uploads, read as the generic adapter reads them (multipart files, JSON, a body that is a
  file): `/api/{org}/upload` (legacy), `.../upload`, `.../wiggle/upload-file`,
  `.../convert_document`, `.../projects/{id}/upload`, `.../files/prepare-upload`.
  [ai-endpoints.md section 3.10 (claudexit 2026); a 2026 endpoint list naming projects/{id}/upload]

Conversation search is a GET with the query in the URL: the closed-world pass reads query
strings of requests the proxy judges; no adapter endpoint is needed for it.
"""

from __future__ import annotations

import re
from typing import Any, Final

from dlp_proxy.adapters.base import Extraction, JsonPath, RequestView, Segment, string_fields
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import AdapterError

UPLOAD: Final = "upload"
_ORG = r"^/api/organizations/[^/]+/"
CHANNELS: list[tuple[str, re.Pattern[str], str]] = [
    ("POST", re.compile(_ORG + r"chat_conversations/[^/]+/title$"), "title"),
    ("POST", re.compile(_ORG + r"chat_conversations/[^/]+/chat_messages/[^/]+/chat_feedback$"), "feedback"),
    ("POST", re.compile(_ORG + r"projects$"), "project.create"),
    ("PUT", re.compile(_ORG + r"projects/[^/]+$"), "project.update"),
    ("POST", re.compile(_ORG + r"projects/[^/]+/docs$"), "project.doc"),
    ("POST", re.compile(r"^/api/[^/]+/upload$"), UPLOAD),
    (
        "POST",
        re.compile(_ORG + r"(?:.+/)?(?:upload|upload-file|convert_document|prepare-upload)$"),
        UPLOAD,
    ),
]
_GENERIC = GenericAdapter()


def channel_of(method: str, route: str) -> str | None:
    route = route.rstrip("/")
    for verb, pattern, name in CHANNELS:
        if method == verb and pattern.match(route):
            return name
    return None


def json_segments(endpoint: str, doc: dict[str, Any]) -> list[Segment]:
    """The named text of a side channel's JSON body."""
    if endpoint == "title":
        return string_fields(doc, ("message_content",))
    if endpoint == "project.doc":
        return string_fields(doc, ("file_name", "content"))
    return []  # feedback, projects: the closed-world pass reads every string


def upload(request: RequestView) -> Extraction:
    """An upload, read by the generic adapter; its extraction is kept as the document."""
    inner = _GENERIC.extract(request)
    return Extraction(
        endpoint=UPLOAD,
        segments=inner.segments,
        document=inner,
        extra=inner.extra,
        images=inner.images,
        labels=inner.labels,
    )


def rewrite_upload(request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
    inner = extraction.document
    if not isinstance(inner, Extraction):
        raise AdapterError("cannot rewrite an upload that was not read")
    return _GENERIC.rewrite(request, inner, texts)
