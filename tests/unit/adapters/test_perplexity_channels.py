"""Perplexity (issue 21): the notice in the current `workflow_block` answer shape, and typeahead.

Shapes (recorded 2026-12-05): the schematized answer as issue 21 documents it from 2026-09
captures (`workflow_root` / `workflow_block`, `steps[].items[].payload.text_payload`, lines
ending `\\r\\n`); `use_schematized_api: true` in the ask request (public 2026 clients, e.g. the
request bodies quoted in the fixture perplexity_ask.json); typeahead `POST
/rest/autosuggest/list-autosuggest?version=2.18&source=default` with `{"query", "version",
"source"}` and the answer `{"results": []}` (a public 2026 capture test of www.perplexity.ai).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.adapters.perplexity_web import PerplexityWebAdapter
from dlp_proxy.errors import UploadError
from tests.unit.adapters.test_perplexity_web import FIXTURES

ADAPTER = PerplexityWebAdapter()
ASK = "/rest/sse/perplexity_ask"
SUGGEST = "/rest/autosuggest/list-autosuggest?version=2.18&source=default"
NOTICE = "⛔ Niet verzonden door het AI-beleid: 1 x BSN gevonden.\nBeslissing 0123abcd4567ef89."
DOC = json.loads((FIXTURES / "perplexity_ask.json").read_text(encoding="utf-8"))


def view(doc: Any, path: str = ASK) -> RequestView:
    headers = {"content-type": "application/json", "accept": "text/event-stream"}
    return RequestView("POST", "www.perplexity.ai", path, headers, json.dumps(doc).encode("utf-8"))


def workflow_text(body: bytes) -> str | None:
    """A reader of the schematized stream, from the documented shape only: CRLF-framed events;
    the text of the last message's workflow_root block, its steps' items' text payloads joined."""
    text = body.decode("utf-8")
    assert text.endswith("\r\n\r\n") and "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
    events = []
    for block in text.split("\r\n\r\n")[:-1]:
        fields = dict(line.split(": ", 1) for line in block.split("\r\n"))
        events.append((fields["event"], json.loads(fields["data"])))
    assert events[-1] == ("end_of_stream", {})
    shown = None
    for name, data in events:
        for block in data.get("blocks", []) if name == "message" else []:
            if block.get("intended_usage") == "workflow_root":
                steps = block["workflow_block"]["steps"]
                shown = "".join(i["payload"]["text_payload"] for s in steps for i in s["items"] if "payload" in i)
    return shown


def test_the_reader_reads_a_stream_in_the_documented_shape() -> None:
    steps = [{"items": [{"payload": {"text_payload": t}}]} for t in ("Verloop ", "per kwartaal.")]
    block = {"intended_usage": "workflow_root", "workflow_block": {"steps": steps}}
    stream = f"event: message\r\ndata: {json.dumps({'blocks': [block]})}\r\n\r\n"
    stream += "event: end_of_stream\r\ndata: {}\r\n\r\n"
    assert workflow_text(stream.encode()) == "Verloop per kwartaal."


def test_a_schematized_request_gets_its_notice_as_a_workflow_block() -> None:
    doc = copy.deepcopy(DOC)
    doc["params"]["use_schematized_api"] = True
    response = ADAPTER.block_response(view(doc), NOTICE, "0123abcd4567ef89")
    assert response.status == 200 and response.headers["content-type"].startswith("text/event-stream")
    assert workflow_text(response.body) == NOTICE
    assert b"ask_text" not in response.body and b"markdown_block" not in response.body
    message = json.loads(response.body.decode().split("\r\n")[1][len("data: ") :])
    assert message["frontend_uuid"] == DOC["params"]["frontend_uuid"] and message["final_sse_message"] is True
    assert DOC["query_str"] not in response.body.decode("utf-8")
    assert ADAPTER.answer_note(view(doc), ADAPTER.extract(view(doc)), "gemaskeerd") is None


def test_a_request_that_does_not_ask_for_it_keeps_the_old_ask_text_notice() -> None:
    doc = copy.deepcopy(DOC)
    del doc["params"]["use_schematized_api"]
    body = ADAPTER.block_response(view(doc), NOTICE, "d").body
    assert b"markdown_block" in body and b"workflow_block" not in body


def test_typeahead_text_is_read_but_never_masked() -> None:
    request = view({"query": "BSN 111222333 van Jan", "version": "2.18", "source": "default"}, SUGGEST)
    assert ADAPTER.handles(request)
    extraction = ADAPTER.extract(request)
    assert [s.text for s in extraction.segments] == ["BSN 111222333 van Jan"]
    with pytest.raises(UploadError) as caught:
        ADAPTER.rewrite(request, extraction, {("query",): "BSN [BSN] van Jan"})
    assert caught.value.reason == "field_not_maskable" and "111222333" not in str(caught.value)
    assert ADAPTER.rewrite(request, extraction, {}) == request.body


def test_blocked_typeahead_gets_an_empty_suggestion_list() -> None:
    request = view({"query": "BSN 111222333", "version": "2.18", "source": "default"}, SUGGEST)
    response = ADAPTER.block_response(request, NOTICE, "d")
    assert response.status == 200 and json.loads(response.body) == {"results": []}
    assert b"111222333" not in response.body
