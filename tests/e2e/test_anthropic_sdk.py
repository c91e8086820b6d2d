"""The official anthropic SDK through the real proxy process to a fake Anthropic API over real TLS.

The default policy lists the Anthropic API as unlisted: every prompt is blocked with the approved
alternative. The mask, block and stream cases run against a second proxy whose policy copy
approves the Anthropic API for low risk (`approved_proxy`).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator

import anthropic
import pytest

from tests.e2e.fake_upstream import STREAM_CHUNKS, STREAM_GAP_SECONDS, FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.sdk_clients import anthropic_client

pytestmark = pytest.mark.e2e

MODEL = "claude-sonnet-4-6"
EMAIL = "jan.jansen@voorbeeldklant.nl"
API_KEY = "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"


@pytest.fixture
def unlisted_client(proxy: ProxyProcess) -> Iterator[anthropic.Anthropic]:
    client = anthropic_client(proxy)
    yield client
    client.close()


@pytest.fixture
def client(approved_proxy: ProxyProcess) -> Iterator[anthropic.Anthropic]:
    client = anthropic_client(approved_proxy)
    yield client
    client.close()


def test_when_the_anthropic_api_is_unlisted_then_the_sdk_raises_permission_denied_with_the_alternative(
    unlisted_client: anthropic.Anthropic, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    with pytest.raises(anthropic.PermissionDeniedError) as excinfo:
        unlisted_client.messages.create(
            model=MODEL,
            max_tokens=100,
            messages=[{"role": "user", "content": "Wat is de hoofdstad van Frankrijk?"}],
            extra_headers={"Accept-Language": "en"},
        )
    assert upstream.received == []
    err = excinfo.value
    assert err.status_code == 403
    assert isinstance(err.body, dict)
    assert err.body["type"] == "error"
    assert err.body["error"]["type"] == "permission_error"
    message = err.body["error"]["message"]
    records = proxy.records()[before:]
    assert [r["action"] for r in records] == ["block"]
    assert records[0]["rule_id"] == "TOOL-UNLISTED" and records[0]["tool"] == "anthropic-api"
    assert "TOOL-UNLISTED" in message
    assert "OpenAI API (bedrijfsaccount)" in message  # the approved alternative
    assert records[0]["decision_id"] in message
    assert message in str(err)
    assert err.response.headers["x-should-retry"] == "false"


def test_prompt_with_email_arrives_masked_and_the_answer_says_pseudonymise(
    client: anthropic.Anthropic, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    raw = client.messages.with_raw_response.create(
        model=MODEL,
        max_tokens=100,
        system="Je bent een behulpzame assistent.",
        messages=[{"role": "user", "content": [{"type": "text", "text": f"Schrijf een mail aan {EMAIL}."}]}],
    )
    message = raw.parse()
    assert message.content[0].text == "Hello from the fake upstream."  # type: ignore[union-attr]
    assert raw.headers["x-dlp-action"] == "pseudonymise"  # approved for low risk: values come back
    assert len(upstream.received) == 1
    arrived = upstream.received[0]
    assert arrived.host == "api.anthropic.com" and arrived.path == "/v1/messages"
    assert EMAIL not in arrived.body.decode()
    doc = json.loads(arrived.body)
    assert re.fullmatch(r"Schrijf een mail aan \[EMAIL_ADDRESS_\d+\]\.", doc["messages"][0]["content"][0]["text"])
    assert doc["system"] == "Je bent een behulpzame assistent."
    assert doc["model"] == MODEL and doc["max_tokens"] == 100
    records = approved_proxy.records()[before:]
    assert [(r["action"], r["tool"], r["adapter"]) for r in records] == [("pseudonymise", "anthropic-api", "anthropic")]
    assert raw.headers["x-dlp-decision-id"] == records[0]["decision_id"]


def test_prompt_with_api_key_raises_permission_denied_and_nothing_reaches_upstream(
    client: anthropic.Anthropic, upstream: FakeUpstream, approved_proxy: ProxyProcess
) -> None:
    before = len(approved_proxy.records())
    with pytest.raises(anthropic.PermissionDeniedError) as excinfo:
        client.messages.create(
            model=MODEL,
            max_tokens=100,
            messages=[{"role": "user", "content": f"Waarom werkt deze sleutel niet: {API_KEY}"}],
            extra_headers={"Accept-Language": "en-GB,en;q=0.9"},
        )
    assert upstream.received == []
    err = excinfo.value
    assert err.status_code == 403
    message = err.body["error"]["message"]  # type: ignore[index]
    records = approved_proxy.records()[before:]
    assert len(records) == 1 and records[0]["rule_id"] == "SECRET-BLOCK"
    assert "SECRET-BLOCK" in message and "1 x password or key" in message
    assert records[0]["decision_id"] in message
    assert API_KEY not in str(err)


def test_blocked_streaming_request_raises_before_any_stream(
    client: anthropic.Anthropic, upstream: FakeUpstream
) -> None:
    with pytest.raises(anthropic.PermissionDeniedError):
        with client.messages.stream(
            model=MODEL, max_tokens=100, messages=[{"role": "user", "content": f"key={API_KEY}"}]
        ) as stream:
            for _ in stream.text_stream:
                pass
    assert upstream.received == []


@pytest.mark.parametrize("content", ["Tel tot tien.", f"Stuur het naar {EMAIL}."], ids=["allowed", "masked"])
def test_streamed_answer_arrives_chunk_by_chunk_with_the_stream_helper(
    client: anthropic.Anthropic, upstream: FakeUpstream, content: str
) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    texts: list[str] = []
    with client.messages.stream(model=MODEL, max_tokens=100, messages=[{"role": "user", "content": content}]) as s:
        for text in s.text_stream:
            arrivals.append(time.monotonic() - started)
            texts.append(text)
    assert texts == [f"part{i} " for i in range(STREAM_CHUNKS)]
    # The upstream waits between events; a buffering proxy would deliver all at once.
    assert arrivals[-1] - arrivals[0] >= (STREAM_CHUNKS - 2) * STREAM_GAP_SECONDS, arrivals
    body = upstream.received[0].body.decode()
    assert EMAIL not in body and json.loads(body)["stream"] is True


def test_streamed_answer_arrives_chunk_by_chunk_with_create_stream_true(
    client: anthropic.Anthropic, upstream: FakeUpstream
) -> None:
    started = time.monotonic()
    deltas: list[tuple[float, str]] = []
    stream = client.messages.create(
        model=MODEL, max_tokens=100, messages=[{"role": "user", "content": "Tel tot vijf."}], stream=True
    )
    for event in stream:
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            deltas.append((time.monotonic() - started, event.delta.text))
    assert [t for _, t in deltas] == [f"part{i} " for i in range(STREAM_CHUNKS)]
    assert deltas[-1][0] - deltas[0][0] >= (STREAM_CHUNKS - 2) * STREAM_GAP_SECONDS, deltas
