"""Perplexity web (www.perplexity.ai): `POST /rest/sse/perplexity_ask` and its server-sent answer.

Request (ai-endpoints.md 3.14; gpt4free `g4f/Provider/Perplexity.py`, 2026 clients): JSON
`{"query_str": PROMPT, "params": {"dsl_query": PROMPT, "attachments": [...], ...}}`; the
prompt travels twice and both copies are masked alike.

Answer (live captures quoted by public client tests, 2026): `event: message` events whose
JSON carries `blocks`, the answer in a block `{"intended_usage": "ask_text",
"markdown_block": {"progress", "chunks", "chunk_starting_offset", "answer"}}`, then
`event: end_of_stream` with `data: {}`. A request with `params.use_schematized_api: true`
(the 2026 web app) gets its answer as a `workflow_root` block whose `workflow_block.steps[]
.items[].payload.text_payload` holds the text, lines ended by `\r\n` (issue 21's cross-check of
2026-09 captures); the notice then takes that shape (dlp_proxy.adapters.perplexity_notice).

Typeahead (`POST /rest/autosuggest/list-autosuggest?version=2.18&source=default`, body
`{"query": TEXT, "version", "source"}`, answer `{"results": [...]}`; a public capture test
of 2026): the text as typed is read but never masked (suggestions for half-typed, masked
text are useless, and masked text would still reach the vendor): data the policy would mask
blocks it (`field_not_maskable`), answered with an empty suggestion list, which the app shows
as no suggestions. The prompt itself is judged, and its notice shown, when it is sent.
"""

from __future__ import annotations

from typing import Any

from dlp_proxy.adapters import sse
from dlp_proxy.adapters.base import (
    BlockResponse,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    object_or_empty,
    parse_json,
    write_back,
)
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.adapters.perplexity_notice import finished_message, schematized, workflow_answer
from dlp_proxy.errors import AdapterError, UploadError

ASK = "/rest/sse/perplexity_ask"
QUERY: JsonPath = ("query_str",)
DSL: JsonPath = ("params", "dsl_query")
AUTOSUGGEST = "/rest/autosuggest/list-autosuggest"


def _markdown(text: str, usage: str, done: bool) -> dict[str, Any]:
    block: dict[str, Any] = {
        "progress": "DONE" if done else "IN_PROGRESS",
        "chunks": [text],
        "chunk_starting_offset": 0,
    }
    if done:
        block["answer"] = text
    return {"intended_usage": usage, "markdown_block": block}


class PerplexityWebAdapter:
    """perplexity_ask: query_str and params.dsl_query; notices as a Perplexity answer stream."""

    name = "perplexity_web"

    def handles(self, request: RequestView) -> bool:
        return request.method == "POST" and request.route.rstrip("/") in (ASK, AUTOSUGGEST)

    def extract(self, request: RequestView) -> Extraction:
        doc = parse_json(request.body)
        if request.route.rstrip("/") == AUTOSUGGEST:
            query = doc.get("query") if isinstance(doc, dict) else None
            if not isinstance(query, str):
                raise AdapterError("autosuggest request without a 'query' string")
            return Extraction("perplexity_web.autosuggest", [Segment(("query",), query, "user")], doc)
        if not isinstance(doc, dict):
            raise AdapterError("perplexity_ask body is not a JSON object")
        params = doc.get("params")
        if params is not None and not isinstance(params, dict):
            raise AdapterError("perplexity_ask 'params' is not an object")
        query, dsl = doc.get("query_str"), (params or {}).get("dsl_query")
        if not isinstance(query, str) and not isinstance(dsl, str):
            raise AdapterError("perplexity_ask request has neither 'query_str' nor 'params.dsl_query'")
        segments = []
        if isinstance(query, str):
            segments.append(Segment(QUERY, query, "user"))
        # The web app sends the prompt twice; scanning one copy keeps the counts true, and
        # rewrite() writes the masked text to both.
        mirrored = isinstance(query, str) and dsl == query
        if isinstance(dsl, str) and not mirrored:
            segments.append(Segment(DSL, dsl, "user"))
        extra: dict[str, Any] = {"mirrored": mirrored, "covers": [DSL] if mirrored else []}
        return Extraction("perplexity_web.ask", segments, doc, stream=True, extra=extra)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint == "perplexity_web.autosuggest":
            if any(seg.text != texts.get(seg.path, seg.text) for seg in extraction.segments):
                raise UploadError("field_not_maskable", "typeahead text is not masked")
            return request.body
        changes = dict(texts)
        if extraction.extra.get("mirrored") and QUERY in changes:
            changes[DSL] = changes[QUERY]
        return write_back(extraction.document, changes)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if not self.handles(request):  # page loads, uploads, other REST calls: the generic answer
            return GenericAdapter().block_response(request, notice, decision_id)
        if request.route.rstrip("/") == AUTOSUGGEST:  # no suggestions: the app shows none
            return BlockResponse(
                200, {"content-type": "application/json", "x-dlp-decision-id": decision_id}, b'{"results":[]}'
            )
        if schematized(request.body):
            return workflow_answer(notice, _frontend_uuid(request), decision_id)
        blocks = [_markdown(notice, "ask_text_0_markdown", True), _markdown(notice, "ask_text", True)]
        message = finished_message(blocks, _frontend_uuid(request))
        return sse.answer([("message", message), ("end_of_stream", {})], decision_id)

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        """An in-progress answer block holding the note, shown while Perplexity searches.

        Perplexity's own events address the answer from chunk offset 0 (or replace the block
        through a diff patch), so the model's first words replace the note rather than mix
        with it: harmless, but the note is visible only until the answer starts.
        """
        if extraction.endpoint != "perplexity_web.ask" or schematized(request.body):
            return None  # the workflow stream replaces its blocks by id: a note block would linger or vanish
        return sse.encode([("message", {"status": "PENDING", "blocks": [_markdown(note, "ask_text", False)]})])


def _frontend_uuid(request: RequestView) -> str | None:
    """The request's own frontend_uuid (the app matches answers to its pending query by it)."""
    params = object_or_empty(request.body).get("params")
    value = params.get("frontend_uuid") if isinstance(params, dict) else None
    return value if isinstance(value, str) and len(value) <= 64 else None
