"""Gemini web's other channels: file uploads to content-push.googleapis.com, and Gems (custom
instructions) created or edited through `batchexecute`.

Uploads (HanaokaYuzu/Gemini-API `utils/upload_file.py` and `constants.py`, 2026-04; rekcah-pavi/
geminikit `headers.py`): `POST https://content-push.googleapis.com/upload` with `Push-ID:
feeds/...` and `X-Tenant-Id: bard-storage`, either one multipart body with a `file` part, or
Google's resumable protocol: a `start` request (`X-Goog-Upload-Command: start`, its body the
file's name as `File name: <name>`), then `upload, finalize` to the returned URL
(`/upload/?upload_id=...`) with the file's bytes as the body. The bytes are read like the generic
adapter reads an upload (dlp_proxy.uploads.read_file; images go to OCR).

Gems (Gemini-API `components/gem_mixin.py`, `types/grpc.py`, 2026-04): `POST
/_/BardChatUi/data/batchexecute`, form field `f.req` = `[[[rpcid, "<payload json>", null,
"generic"], ...]]`; rpcid `oMH3Zd` (create) has payload `[[name, description, instructions,
...]]`, `kHv0Vd` (update) `[gem id, [name, description, instructions, ...]]`. Every string of
every other call in the same batch is scanned too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus, unquote_plus

from dlp_proxy.adapters.base import Extraction, JsonPath, RequestView, Segment, collect_strings
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import AdapterError

UPLOAD_HOST = "content-push.googleapis.com"
UPLOAD_ROUTE = re.compile(r"^/upload/?$")
BATCH = re.compile(r"^(/u/\d+)?/_/BardChatUi/data/batchexecute$")
# rpcid -> where the gem's [name, description, instructions, ...] sits in the call's payload
GEM_CALLS: dict[str, JsonPath] = {"oMH3Zd": (0,), "kHv0Vd": (1,)}
GEM_FIELDS = ("gem_name", "gem_description", "gem_instructions")
START_PREFIX = "File name: "


def is_upload(request: RequestView) -> bool:
    return (
        request.host.lower().rstrip(".") == UPLOAD_HOST
        and request.method in ("POST", "PUT")
        and UPLOAD_ROUTE.match(request.route) is not None
    )


def _command(request: RequestView) -> str:
    return request.headers.get("x-goog-upload-command", "").lower()


def extract_upload(request: RequestView) -> Extraction:
    """The uploaded file (or the start request's file name), read as the generic adapter reads it."""
    if _command(request) == "start":  # the body names the file: "File name: memo.pdf"
        text = _utf8(request.body)
        name = text[len(START_PREFIX) :] if text.startswith(START_PREFIX) else text
        return Extraction("gemini_web.upload_start", [Segment(("file_name",), name, "file_name")], text)
    if "upload" in _command(request) and request.body and request.content_type != "multipart/form-data":
        # the bytes of the resumable upload, whatever content type the page declared
        # (geminikit: application/octet-stream): the bytes decide, as for a body without a type
        headers = {k: v for k, v in request.headers.items() if k.lower() != "content-type"}
        view = RequestView(request.method, request.host, request.path, headers, request.body)
    else:
        view = request
    inner = GenericAdapter().extract(view)
    return Extraction(
        "gemini_web.upload", inner.segments, (view, inner), images=inner.images, labels=inner.labels, extra=inner.extra
    )


def rewrite_upload(extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
    if extraction.endpoint == "gemini_web.upload_start":
        original: str = extraction.document
        name = texts.get(("file_name",), "")
        return (START_PREFIX + name if original.startswith(START_PREFIX) else name).encode("utf-8")
    view, inner = extraction.document
    return GenericAdapter().rewrite(view, inner, texts)


@dataclass(frozen=True)
class _Batch:
    fields: list[tuple[str, str]]  # the decoded form, in order
    index: int  # the f.req field
    calls: list[list[Any]]  # [rpcid, payload json, null, identifier]
    payloads: dict[int, Any]  # call index -> parsed payload


def is_gem_batch(request: RequestView) -> bool:
    if request.method != "POST" or BATCH.match(request.route) is None:
        return False
    try:
        return any(call[0] in GEM_CALLS for call in _parse_batch(request.body).calls)
    except AdapterError:
        return False


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AdapterError(f"Gemini request body is not valid UTF-8 (byte {e.start})") from e


def _parse_batch(body: bytes) -> _Batch:
    fields = []
    for piece in _utf8(body).split("&"):
        if piece:
            name, _, value = piece.partition("=")
            fields.append((unquote_plus(name), unquote_plus(value)))
    found = [i for i, (name, _) in enumerate(fields) if name == "f.req"]
    if len(found) != 1:
        raise AdapterError(f"Gemini batchexecute has {len(found)} 'f.req' fields, expected one")
    try:
        doc = json.loads(fields[found[0]][1])
        calls = doc[0]
        payloads = {i: json.loads(c[1]) for i, c in enumerate(calls) if isinstance(c[1], str)}
    except (ValueError, TypeError, IndexError, KeyError, RecursionError) as e:
        raise AdapterError("Gemini batchexecute 'f.req' is not [[[rpcid, payload, ...], ...]]") from e
    if not isinstance(calls, list) or not all(isinstance(c, list) and c and isinstance(c[0], str) for c in calls):
        raise AdapterError("Gemini batchexecute 'f.req' calls are not [rpcid, payload, ...] arrays")
    return _Batch(fields, found[0], calls, payloads)


def extract_gems(request: RequestView) -> Extraction:
    """A gem's name, description and instructions; every string of the batch's other calls."""
    batch = _parse_batch(request.body)
    segments: list[Segment] = []
    for i, payload in batch.payloads.items():
        where = GEM_CALLS.get(batch.calls[i][0])
        gem = _at(payload, where) if where is not None else None
        if where is None or not isinstance(gem, list):
            collect_strings(payload, ("call", i), "unknown", segments)
            continue
        for j, role in enumerate(GEM_FIELDS):
            if j < len(gem) and isinstance(gem[j], str):
                segments.append(Segment(("call", i, *where, j), gem[j], role))
    return Extraction("gemini_web.gem", segments, batch)


def _at(doc: Any, path: JsonPath) -> Any:
    for part in path:
        if not isinstance(doc, list) or not isinstance(part, int) or part >= len(doc):
            return None
        doc = doc[part]
    return doc


def rewrite_gems(extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
    batch: _Batch = extraction.document
    for path, text in texts.items():
        _, i, *rest = path
        target = batch.payloads[int(i)]
        for part in rest[:-1]:
            target = target[part]
        target[rest[-1]] = text
    calls = [list(c) for c in batch.calls]
    for i, payload in batch.payloads.items():
        if any(p[1] == i for p in texts):
            calls[i][1] = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    fields = list(batch.fields)
    fields[batch.index] = ("f.req", json.dumps([calls], ensure_ascii=False, separators=(",", ":")))
    return ("&".join(f"{quote_plus(k)}={quote_plus(v)}" for k, v in fields) + "&").encode("ascii")
