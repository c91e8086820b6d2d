"""Generic fallback for catalogue hosts no adapter claims: every string in JSON, form or text bodies."""

from __future__ import annotations

import html
from urllib.parse import parse_qsl, urlencode

from dlp_proxy.adapters.base import (
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    collect_strings,
    dump_json,
    json_error,
    parse_json,
    set_at,
)
from dlp_proxy.errors import AdapterError

TEXT_TYPES = ("text/", "application/x-ndjson")
JSON_SUFFIXES = ("/json", "+json")


def _looks_like_json(body: bytes) -> bool:
    return body.lstrip()[:1] in (b"{", b"[", b'"')


class GenericAdapter:
    """Scans every string it can read; anything it cannot read is an AdapterError (fail mode)."""

    name = "generic"

    def handles(self, request: RequestView) -> bool:
        return True

    def extract(self, request: RequestView) -> Extraction:
        body, ctype = request.body, request.content_type
        if not body:
            return Extraction(endpoint="generic.empty", segments=[])
        if ctype.endswith(JSON_SUFFIXES) or (not ctype and _looks_like_json(body)):
            doc = parse_json(body)
            segments: list[Segment] = []
            collect_strings(doc, (), "unknown", segments)
            return Extraction(endpoint="generic.json", segments=segments, document=doc)
        if ctype == "application/x-www-form-urlencoded":
            text = _decode(body)
            fields = parse_qsl(text, keep_blank_values=True)
            segs = [Segment(("form", i), v, "unknown") for i, (_, v) in enumerate(fields)]
            return Extraction(endpoint="generic.form", segments=segs, document=fields)
        if ctype.startswith(TEXT_TYPES) or not ctype:
            return Extraction(endpoint="generic.text", segments=[Segment(("body",), _decode(body), "unknown")])
        raise AdapterError(f"cannot read a '{ctype}' request body")

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == "generic.json":
            if () in texts:  # a top-level JSON string
                return dump_json(texts[()])
            for path, text in texts.items():
                set_at(extraction.document, path, text)
            return dump_json(extraction.document)
        if extraction.endpoint == "generic.form":
            fields = list(extraction.document)
            for (_, i), text in texts.items():
                fields[int(i)] = (fields[int(i)][0], text)
            return urlencode(fields).encode("ascii")
        if extraction.endpoint == "generic.text":
            return texts.get(("body",), _decode(request.body)).encode("utf-8")
        raise AdapterError(f"cannot rewrite {extraction.endpoint}")

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if "text/html" in request.headers.get("accept", ""):
            page = (
                "<!doctype html><html><head><meta charset='utf-8'><title>dlp-proxy</title></head>"
                f"<body><h1>&#9940; AI-beleid / AI policy</h1><p>{html.escape(notice)}</p></body></html>"
            )
            return BlockResponse(
                403,
                {"content-type": "text/html; charset=utf-8", "x-dlp-decision-id": decision_id},
                page.encode("utf-8"),
            )
        return json_error(
            403, {"error": {"message": notice, "type": "dlp_policy_violation", "code": "dlp_blocked"}}, decision_id
        )


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise AdapterError(f"request body is not valid UTF-8 (byte {e.start})") from e
