"""Tool results carry personal data too: masked before they leave, through each official SDK.

Anthropic `tool_result` blocks and Gemini `functionResponse` parts go through `approved_proxy`
(its policy approves those APIs for low risk); OpenAI `tool` messages through the default proxy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import anthropic
import httpx
import openai
import pytest
from google.genai import types

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.sdk_clients import anthropic_client as make_anthropic_client
from tests.e2e.sdk_clients import genai_client

pytestmark = pytest.mark.e2e

EMAIL = "piet.pietersen@voorbeeldklant.nl"
# A placeholder, numbered in the order this user sent values to the tool (earlier tests count too).
MASKED = re.compile(r"\[EMAIL_ADDRESS_\d+\]")


@pytest.fixture
def anthropic_client(approved_proxy: ProxyProcess) -> Iterator[anthropic.Anthropic]:
    client = make_anthropic_client(approved_proxy)
    yield client
    client.close()


@pytest.fixture
def openai_client(proxy: ProxyProcess) -> Iterator[openai.OpenAI]:
    http_client = httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30)
    yield openai.OpenAI(
        api_key="sk-test-not-a-real-key", base_url="https://api.openai.com/v1", http_client=http_client, max_retries=0
    )
    http_client.close()


def test_anthropic_tool_result_with_an_email_is_masked(
    anthropic_client: anthropic.Anthropic, upstream: FakeUpstream
) -> None:
    raw = anthropic_client.messages.with_raw_response.create(
        model="claude-sonnet-4-6",
        max_tokens=100,
        tools=[{"name": "lookup_customer", "input_schema": {"type": "object", "properties": {"q": {}}}}],
        messages=[
            {"role": "user", "content": "Wie is klant 42?"},
            {
                "role": "assistant",
                "content": [{"type": "tool_use", "id": "toolu_01", "name": "lookup_customer", "input": {"q": "42"}}],
            },
            {
                "role": "user",
                "content": [
                    {"type": "tool_result", "tool_use_id": "toolu_01", "content": f"Contact: {EMAIL}"},
                    {
                        "type": "tool_result",
                        "tool_use_id": "toolu_01",
                        "content": [{"type": "text", "text": f"Tweede bron: {EMAIL}"}],
                    },
                ],
            },
        ],
    )
    assert raw.headers["x-dlp-action"] == "pseudonymise"
    body = upstream.received[0].body.decode()
    assert EMAIL not in body
    results = json.loads(body)["messages"][2]["content"]
    first = re.fullmatch(rf"Contact: ({MASKED.pattern})", results[0]["content"])
    assert first is not None, results
    assert results[1]["content"][0]["text"] == f"Tweede bron: {first.group(1)}"  # one value, one placeholder
    assert results[0]["tool_use_id"] == "toolu_01"


def test_openai_tool_message_with_an_email_is_masked(openai_client: openai.OpenAI, upstream: FakeUpstream) -> None:
    raw = openai_client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "user", "content": "Wie is klant 42?"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "call_1", "type": "function", "function": {"name": "lookup", "arguments": '{"q": "42"}'}}
                ],
            },
            {"role": "tool", "tool_call_id": "call_1", "content": json.dumps({"contact": EMAIL})},
        ],
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}],
    )
    assert raw.headers["x-dlp-action"] == "pseudonymise"
    body = upstream.received[0].body.decode()
    assert EMAIL not in body
    tool_message = json.loads(body)["messages"][2]
    assert MASKED.fullmatch(json.loads(tool_message["content"])["contact"]), tool_message
    assert tool_message["tool_call_id"] == "call_1"


def test_gemini_function_response_with_an_email_is_masked(approved_proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    client = genai_client(approved_proxy)
    client.models.generate_content(
        model="gemini-2.0-flash",
        contents=[
            types.Content(role="user", parts=[types.Part(text="Wie is klant 42?")]),
            types.Content(
                role="model", parts=[types.Part(function_call=types.FunctionCall(name="lookup", args={"q": "42"}))]
            ),
            types.Content(
                role="user",
                parts=[
                    types.Part(function_response=types.FunctionResponse(name="lookup", response={"contact": EMAIL}))
                ],
            ),
        ],
    )
    body = upstream.received[0].body.decode()
    assert EMAIL not in body
    part = json.loads(body)["contents"][2]["parts"][0]
    assert list(part["functionResponse"]["response"]) == ["contact"]
    assert MASKED.fullmatch(part["functionResponse"]["response"]["contact"]), part
    assert part["functionResponse"]["name"] == "lookup"
