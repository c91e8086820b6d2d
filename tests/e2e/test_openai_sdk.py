"""The official openai SDK through the real proxy process to a fake OpenAI over real TLS."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.e2e.fake_upstream import STREAM_CHUNKS, STREAM_GAP_SECONDS, FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.sdk_clients import Sent

pytestmark = pytest.mark.e2e

EMAIL = "jan.jansen@voorbeeldklant.nl"
API_KEY = "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"
IBAN = "NL91ABNA0417164300"
TEST_VALUES = (EMAIL, API_KEY, IBAN, "jan.jansen", "Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY")


@pytest.fixture
def sent() -> Sent:
    return Sent()


@pytest.fixture
def client(proxy: ProxyProcess, sent: Sent) -> Iterator[openai.OpenAI]:
    http_client = httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30, event_hooks={"request": [sent.hook]})
    yield openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)
    http_client.close()


def _new_records(proxy: ProxyProcess, before: int) -> list[dict]:
    return proxy.records()[before:]


def test_benign_prompt_arrives_upstream_byte_identical(
    client: openai.OpenAI, upstream: FakeUpstream, sent: Sent, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Je bent een behulpzame assistent."},
            {"role": "user", "content": "Leg in drie zinnen uit wat Kubernetes doet. Prijs: € 12,50 ✓"},
        ],
        temperature=0.3,
    )
    assert reply.choices[0].message.content == "Hello from the fake upstream."
    assert len(upstream.received) == 1
    assert upstream.received[0].body == sent.bodies[0]
    records = _new_records(proxy, before)
    assert [r["action"] for r in records] == ["allow"]
    assert records[0]["rule_id"] == "DEFAULT-ALLOW"


def test_prompt_with_email_arrives_masked(client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess) -> None:
    before = len(proxy.records())
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[
            {
                "role": "user",
                "content": [{"type": "text", "text": f"Schrijf een korte mail aan {EMAIL} over de planning."}],
            }
        ],
    )
    assert raw.parse().choices[0].message.content == "Hello from the fake upstream."
    # Personal data to a tool approved for low risk is pseudonymised: a placeholder goes upstream,
    # numbered per type in the order this user sent values to this tool (earlier tests count too).
    assert raw.headers["x-dlp-action"] == "pseudonymise"
    body = upstream.received[0].body.decode()
    assert EMAIL not in body
    doc = json.loads(body)
    assert re.fullmatch(
        r"Schrijf een korte mail aan \[EMAIL_ADDRESS_\d+\] over de planning\.", doc["messages"][0]["content"][0]["text"]
    )
    assert doc["model"] == "gpt-4o-mini"
    records = _new_records(proxy, before)
    assert len(records) == 1
    assert records[0]["action"] == "pseudonymise"
    assert records[0]["entities"] == {"EMAIL_ADDRESS": 1}
    assert raw.headers["x-dlp-decision-id"] == records[0]["decision_id"]


def test_prompt_with_api_key_raises_permission_denied_and_nothing_reaches_upstream(
    client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    with pytest.raises(openai.PermissionDeniedError) as excinfo:
        client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Waarom werkt deze sleutel niet: {API_KEY}"}],
            extra_headers={"Accept-Language": "en-GB,en;q=0.9"},
        )
    assert upstream.received == []
    err = excinfo.value
    assert err.status_code == 403
    message = err.body["message"]  # type: ignore[index]
    records = _new_records(proxy, before)
    assert len(records) == 1
    assert "SECRET-BLOCK" in message
    assert "1 x password or key" in message
    assert records[0]["decision_id"] in message
    assert message in str(err)
    assert API_KEY not in str(err)
    assert records[0]["action"] == "block" and records[0]["rule_id"] == "SECRET-BLOCK"


def test_blocked_streaming_request_raises_before_any_stream(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"key={API_KEY}"}],
            stream=True,
        )
    assert upstream.received == []


@pytest.mark.parametrize("content", ["Tel tot tien.", f"Stuur het naar {EMAIL}."], ids=["allowed", "masked"])
def test_streamed_answer_arrives_chunk_by_chunk(client: openai.OpenAI, upstream: FakeUpstream, content: str) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    texts: list[str] = []
    stream = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": content}], stream=True
    )
    for chunk in stream:
        arrivals.append(time.monotonic() - started)
        texts.append(chunk.choices[0].delta.content or "")
    assert texts == [f"part{i} " for i in range(STREAM_CHUNKS)]
    # The upstream waits between events; a buffering proxy would deliver all at once at
    # the end. The first chunk must arrive well before the last one.
    spread = arrivals[-1] - arrivals[0]
    assert spread >= (STREAM_CHUNKS - 2) * STREAM_GAP_SECONDS, arrivals
    assert EMAIL not in upstream.received[0].body.decode()


def test_responses_api_string_input_is_masked_and_instructions_scanned(
    client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    response = client.responses.create(
        model="gpt-4o-mini",
        instructions="Antwoord kort.",
        input=f"Vat samen wat {EMAIL} vroeg over rekening {IBAN}.",
    )
    assert response.output_text == "Hello from the fake upstream."
    doc = json.loads(upstream.received[0].body)
    assert re.fullmatch(r"Vat samen wat \[EMAIL_ADDRESS_\d+\] vroeg over rekening \[IBAN_CODE_\d+\]\.", doc["input"])
    assert doc["instructions"] == "Antwoord kort."

    with pytest.raises(openai.PermissionDeniedError):
        client.responses.create(model="gpt-4o-mini", instructions=f"Use key {API_KEY}", input="Hallo")


def test_decision_log_has_one_record_per_request_and_no_test_values(
    client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    prompts = ["Wat is 2+2?", f"Mail {EMAIL}", f"Sleutel {API_KEY}", f"IBAN {IBAN}"]
    for p in prompts:
        try:
            client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": p}])
        except openai.PermissionDeniedError:
            pass
    records = _new_records(proxy, before)
    assert [r["action"] for r in records] == ["allow", "pseudonymise", "block", "pseudonymise"]
    assert len({r["decision_id"] for r in records}) == len(prompts)
    for r in records:
        assert r["event"] == "decision"
        assert r["timestamp"].endswith("Z")
        assert r["policy_version"].startswith("sha256:")
        assert r["tool"] == "openai-api" and r["host"] == "api.openai.com"
    whole_log = proxy.log_text()
    operational = "".join(proxy.output)  # the proxy's stdout/stderr event log
    for value in TEST_VALUES + ("Wat is 2+2?", "Sleutel", "Mail "):
        assert value not in whole_log
        assert value not in operational
