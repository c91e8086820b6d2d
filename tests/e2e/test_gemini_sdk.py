"""The official google-genai SDK through the real proxy process to a fake Gemini API over real TLS.

The default policy lists the Gemini API as unlisted: every prompt is blocked with the approved
alternative. The mask, block and stream cases run against a second proxy whose policy copy
approves the Gemini API for low risk (`approved_proxy`).
"""

from __future__ import annotations

import json
import re
import time

import pytest
from google import genai
from google.genai import errors, types

from tests.e2e.fake_upstream import STREAM_CHUNKS, STREAM_GAP_SECONDS, FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.sdk_clients import genai_client

pytestmark = pytest.mark.e2e

MODEL = "gemini-2.0-flash"
EMAIL = "jan.jansen@voorbeeldklant.nl"
API_KEY = "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"


@pytest.fixture
def unlisted_client(proxy: ProxyProcess) -> genai.Client:
    return genai_client(proxy)


@pytest.fixture
def client(approved_proxy: ProxyProcess) -> genai.Client:
    return genai_client(approved_proxy)


def _error_message(err: errors.APIError) -> str:
    assert isinstance(err.message, str)
    return err.message


def test_when_the_gemini_api_is_unlisted_then_the_sdk_raises_a_403_client_error_with_the_alternative(
    unlisted_client: genai.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    with pytest.raises(errors.ClientError) as excinfo:
        unlisted_client.models.generate_content(
            model=MODEL,
            contents="Wat is de hoofdstad van Frankrijk?",
            config=types.GenerateContentConfig(http_options=types.HttpOptions(headers={"Accept-Language": "en"})),
        )
    assert upstream.received == []
    err = excinfo.value
    assert err.code == 403
    assert err.status == "PERMISSION_DENIED"
    message = _error_message(err)
    records = proxy.records()[before:]
    assert [r["action"] for r in records] == ["block"]
    assert records[0]["rule_id"] == "TOOL-UNLISTED" and records[0]["tool"] == "gemini-api"
    assert "TOOL-UNLISTED" in message
    assert "OpenAI API (bedrijfsaccount)" in message  # the approved alternative
    assert records[0]["decision_id"] in message
    assert "403 PERMISSION_DENIED" in str(err)


def test_prompt_with_email_arrives_masked_upstream(
    client: genai.Client, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    response = client.models.generate_content(
        model=MODEL,
        contents=f"Schrijf een mail aan {EMAIL} over de planning.",
        config=types.GenerateContentConfig(system_instruction="Antwoord kort.", temperature=0.2),
    )
    assert response.text == "Hello from the fake upstream."
    assert len(upstream.received) == 1
    arrived = upstream.received[0]
    assert arrived.host == "generativelanguage.googleapis.com"
    assert arrived.path.split("?")[0].endswith(f"/models/{MODEL}:generateContent")
    assert EMAIL not in arrived.body.decode()
    doc = json.loads(arrived.body)
    text = doc["contents"][0]["parts"][0]["text"]
    assert re.fullmatch(r"Schrijf een mail aan \[EMAIL_ADDRESS_\d+\] over de planning\.", text)
    assert doc["systemInstruction"]["parts"][0]["text"] == "Antwoord kort."
    assert doc["generationConfig"]["temperature"] == 0.2
    records = approved_proxy.records()[before:]
    assert [(r["action"], r["tool"], r["adapter"]) for r in records] == [("pseudonymise", "gemini-api", "gemini")]
    assert records[0]["entities"] == {"EMAIL_ADDRESS": 1}


def test_masked_answer_carries_the_pseudonymise_header(client: genai.Client, upstream: FakeUpstream) -> None:
    response = client.models.generate_content(model=MODEL, contents=f"Mail {EMAIL}")
    assert response.sdk_http_response is not None and response.sdk_http_response.headers is not None
    headers = {k.lower(): v for k, v in response.sdk_http_response.headers.items()}
    assert headers["x-dlp-action"] == "pseudonymise"
    assert EMAIL not in upstream.received[0].body.decode()


def test_prompt_with_api_key_raises_a_403_client_error_and_nothing_reaches_upstream(
    client: genai.Client, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    with pytest.raises(errors.ClientError) as excinfo:
        client.models.generate_content(
            model=MODEL,
            contents=f"Waarom werkt deze sleutel niet: {API_KEY}",
            config=types.GenerateContentConfig(
                http_options=types.HttpOptions(headers={"Accept-Language": "en-GB,en;q=0.9"})
            ),
        )
    assert upstream.received == []
    err = excinfo.value
    assert err.code == 403 and err.status == "PERMISSION_DENIED"
    message = _error_message(err)
    records = approved_proxy.records()[before:]
    assert len(records) == 1 and records[0]["rule_id"] == "SECRET-BLOCK"
    assert "SECRET-BLOCK" in message and "1 x password or key" in message
    assert records[0]["decision_id"] in message
    assert API_KEY not in str(err)


def test_blocked_streaming_request_raises_before_any_stream(client: genai.Client, upstream: FakeUpstream) -> None:
    with pytest.raises(errors.ClientError) as excinfo:
        for _ in client.models.generate_content_stream(model=MODEL, contents=f"key={API_KEY}"):
            pass
    assert excinfo.value.code == 403
    assert upstream.received == []


@pytest.mark.parametrize("content", ["Tel tot tien.", f"Stuur het naar {EMAIL}."], ids=["allowed", "masked"])
def test_streamed_answer_arrives_chunk_by_chunk(client: genai.Client, upstream: FakeUpstream, content: str) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    texts: list[str] = []
    for chunk in client.models.generate_content_stream(model=MODEL, contents=content):
        arrivals.append(time.monotonic() - started)
        texts.append(chunk.text or "")
    assert texts == [f"part{i} " for i in range(STREAM_CHUNKS)]
    # The upstream waits between events; a buffering proxy would deliver all at once.
    assert arrivals[-1] - arrivals[0] >= (STREAM_CHUNKS - 2) * STREAM_GAP_SECONDS, arrivals
    arrived = upstream.received[0]
    assert ":streamGenerateContent" in arrived.path and "alt=sse" in arrived.path
    assert EMAIL not in arrived.body.decode()
