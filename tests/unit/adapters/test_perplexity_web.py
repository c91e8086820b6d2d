"""PerplexityWebAdapter: perplexity_ask (query_str and params.dsl_query), its SSE answer as the notice, the mask note.

Fixtures: fixtures/web/perplexity_* (sources in perplexity_sources.md). `shown_answer` reads a
stream as the public clients do (the last `message` event's `ask_text` markdown block); it is
checked against the real-shaped upstream stream before it judges the proxy's notice.
"""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for, sse
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.adapters.perplexity_web import DSL, QUERY, PerplexityWebAdapter
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import Policy, Tool
from tests.unit.judge import judge

FIXTURES = Path(__file__).parent / "fixtures" / "web"
DOC = json.loads((FIXTURES / "perplexity_ask.json").read_text(encoding="utf-8"))
# These tests cover the legacy ask_text answer, given to a request that does not ask for the
# schematized API; the workflow_block answer is tested in test_perplexity_channels.py.
DOC["params"]["use_schematized_api"] = False
UPSTREAM = (FIXTURES / "perplexity_ask.sse").read_bytes()
ADAPTER = PerplexityWebAdapter()
ASK = "/rest/sse/perplexity_ask"
NOTICE = "⛔ Niet verzonden door het AI-beleid: Perplexity is niet goedgekeurd. Beslissing 0123abcd4567ef89."


def request(doc: Any = DOC, path: str = ASK, method: str = "POST", host: str = "www.perplexity.ai") -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    headers = {"content-type": "application/json", "accept": "text/event-stream"}
    return RequestView(method, host, path, headers, body)


def shown_answer(body: bytes) -> str | None:
    """The answer text a client shows: the last message event's ask_text block."""
    events = sse.parse(body)
    assert events[-1].event == "end_of_stream" and events[-1].json() == {}
    answer = None
    for event in events:
        if event.event != "message":
            continue
        for block in event.json().get("blocks", []):
            if block.get("intended_usage") == "ask_text" and "markdown_block" in block:
                md = block["markdown_block"]
                answer = md.get("answer") or "".join(md["chunks"])
    return answer


def test_the_answer_reader_reads_a_real_shaped_perplexity_stream() -> None:
    assert shown_answer(UPSTREAM) == "Verloop meet je per kwartaal."


# --- extract and rewrite -------------------------------------------------------------


def test_when_the_prompt_travels_twice_then_it_is_scanned_once_and_masked_in_both_places() -> None:
    view = request()
    extraction = ADAPTER.extract(view)
    assert extraction.endpoint == "perplexity_web.ask" and extraction.stream is True
    assert [(s.path, s.text) for s in extraction.segments] == [(QUERY, DOC["query_str"])]

    masked = DOC["query_str"].replace("p.jansen@jansenbouw.example", "[EMAIL_ADDRESS_1]")
    doc = json.loads(ADAPTER.rewrite(view, extraction, {QUERY: masked}))

    expected = copy.deepcopy(DOC)
    expected["query_str"] = expected["params"]["dsl_query"] = masked
    assert doc == expected


def test_when_the_two_copies_differ_then_each_is_scanned_and_rewritten_on_its_own() -> None:
    doc = copy.deepcopy(DOC)
    doc["params"]["dsl_query"] = "Andere tekst voor Jan"
    view = request(doc)
    extraction = ADAPTER.extract(view)
    assert [s.path for s in extraction.segments] == [QUERY, DSL]

    out = json.loads(ADAPTER.rewrite(view, extraction, {DSL: "Andere tekst voor [PERSON_1]"}))
    assert out["params"]["dsl_query"] == "Andere tekst voor [PERSON_1]" and out["query_str"] == DOC["query_str"]


def test_when_only_dsl_query_is_sent_then_it_is_the_segment() -> None:
    doc = {"params": {"dsl_query": "alleen hier", "version": "2.18"}}
    assert [(s.path, s.text) for s in ADAPTER.extract(request(doc)).segments] == [(DSL, "alleen hier")]


def test_when_nothing_changes_then_the_document_is_the_same() -> None:
    view = request()
    assert json.loads(ADAPTER.rewrite(view, ADAPTER.extract(view), {})) == DOC


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", ASK), ("POST", "/rest/thread/list_recent"), ("POST", "/rest/uploads/batch_create_upload_urls")],
)
def test_when_the_endpoint_is_unknown_then_the_generic_fallback_reads_it(method: str, path: str) -> None:
    view = request(path=path, method=method)
    assert not ADAPTER.handles(view) and adapter_for("perplexity_web", view).name == "generic"


def test_when_the_bare_domain_is_used_then_the_endpoint_is_still_known() -> None:
    assert ADAPTER.handles(request(host="perplexity.ai", path=ASK + "?x=1"))


SECRET_WORDS = "geheimeprojectnaam"


@pytest.mark.parametrize(
    "body",
    [
        SECRET_WORDS.encode(),
        json.dumps([SECRET_WORDS]).encode(),
        json.dumps({"params": SECRET_WORDS, "query_str": SECRET_WORDS}).encode(),
        json.dumps({"params": {"mode": SECRET_WORDS}}).encode(),
        json.dumps({"query_str": 7, "params": {"dsl_query": [SECRET_WORDS]}}).encode(),
        SECRET_WORDS.encode() + b"\xff",
    ],
)
def test_when_the_body_is_malformed_then_extract_raises_without_its_text(body: bytes) -> None:
    with pytest.raises(AdapterError) as caught:
        ADAPTER.extract(request(body))
    assert SECRET_WORDS not in str(caught.value)


# --- notices -------------------------------------------------------------------------


def test_when_blocked_then_the_answer_is_a_completed_perplexity_stream_showing_the_notice() -> None:
    response = ADAPTER.block_response(request(), NOTICE, "0123abcd4567ef89")

    assert response.status == 200 and response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["x-dlp-decision-id"] == "0123abcd4567ef89"
    assert shown_answer(response.body) == NOTICE
    message = sse.parse(response.body)[0].json()
    assert message["status"] == "COMPLETED" and message["final_sse_message"] is True
    assert message["frontend_uuid"] == DOC["params"]["frontend_uuid"]
    assert DOC["query_str"] not in response.body.decode("utf-8")  # the prompt is not echoed


def test_when_a_malformed_body_is_blocked_then_the_notice_is_still_a_perplexity_stream() -> None:
    assert shown_answer(ADAPTER.block_response(request(b"{"), NOTICE, "d").body) == NOTICE


def test_when_an_unknown_endpoint_is_blocked_then_the_generic_answer_is_given() -> None:
    view = request(path="/search/new", method="GET")
    assert ADAPTER.block_response(view, NOTICE, "d") == GenericAdapter().block_response(view, NOTICE, "d")


def test_the_mask_note_is_one_event_that_leaves_the_real_answer_intact() -> None:
    view = request()
    note = ADAPTER.answer_note(view, ADAPTER.extract(view), "Verzonden, met gegevens gemaskeerd (1 x e-mailadres).")

    assert note is not None
    [event] = sse.parse(note)
    [block] = event.json()["blocks"]
    assert block["intended_usage"] == "ask_text"
    assert block["markdown_block"]["chunks"] == ["Verzonden, met gegevens gemaskeerd (1 x e-mailadres)."]
    # Put in front of the upstream stream, as the interceptor does: still one well-formed
    # stream, and the answer the app ends with is Perplexity's own.
    assert shown_answer(note + UPSTREAM) == "Verloop meet je per kwartaal."


# --- the whole pipeline --------------------------------------------------------------


def test_when_a_prompt_goes_to_unlisted_perplexity_then_the_app_gets_the_notice_as_its_answer(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    doc = copy.deepcopy(DOC)
    doc["query_str"] = doc["params"]["dsl_query"] = "Wat is de hoofdstad van Frankrijk?"

    verdict = asyncio.run(
        judge(
            request(doc),
            policy=policy,
            tool=tools["perplexity"],
            scan=run_sync_scan(detector.scan),
            client_address="10.0.0.7",
            user="erin",
            language="nl",
        )
    )

    assert verdict.action == "block" and verdict.response is not None and verdict.notice
    assert verdict.record["adapter"] == "perplexity_web" and verdict.record["tool_status"] == "unlisted"
    assert shown_answer(verdict.response.body) == verdict.notice
    assert verdict.decision_id in verdict.notice and "ChatGPT (betaald)" in verdict.notice


def test_when_perplexity_is_approved_and_an_email_is_masked_then_both_copies_are_masked_and_a_note_leads(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    doc = copy.deepcopy(DOC)
    doc["query_str"] = doc["params"]["dsl_query"] = "Mail jan.jansen@voorbeeld.nl over de planning"
    approved = tools["perplexity"].model_copy(update={"status": "approved", "approved_for": "low"})

    verdict = asyncio.run(
        judge(
            request(doc),
            policy=policy,
            tool=approved,
            scan=run_sync_scan(detector.scan),
            client_address="10.0.0.7",
            user="erin",
            language="nl",
        )
    )

    assert verdict.action == "redact" and verdict.new_body is not None and verdict.answer_prefix is not None
    sent = json.loads(verdict.new_body)
    assert sent["query_str"] == sent["params"]["dsl_query"] == "Mail [EMAIL_ADDRESS_1] over de planning"
    assert verdict.record["entities"] == {"EMAIL_ADDRESS": 1}  # the second copy is not counted twice
    [event] = sse.parse(verdict.answer_prefix)
    assert event.json()["blocks"][0]["markdown_block"]["chunks"] == [verdict.notice]
