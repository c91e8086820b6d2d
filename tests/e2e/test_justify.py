"""The policy's warn action: the notice gives a code; resending with a reason proceeds and is logged."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import httpx
import openai
import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess

pytestmark = pytest.mark.e2e

PROMPT = "VERTROUWELIJK\nVat dit persbericht samen: de nieuwe vestiging opent in maart."


@pytest.fixture
def client(proxy: ProxyProcess) -> Iterator[openai.OpenAI]:
    http_client = httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30)
    yield openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)
    http_client.close()


def test_warned_prompt_is_held_then_sent_with_a_reason_that_is_logged(
    client: openai.OpenAI, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as excinfo:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": PROMPT}])
    notice = excinfo.value.body["message"]  # type: ignore[index]
    assert "INTERNAL-LOW-TOOL" in notice
    code = re.search(r"DLP-OK ([A-Z2-7]{8})", notice)
    assert code, notice
    assert upstream.received == []
    held = proxy.records()[-1]
    assert held["action"] == "warn" and held["justification"] is None

    reason = "Dit is een openbaar persbericht op een intern sjabloon"
    answer = client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": f"DLP-OK {code.group(1)}: {reason}\n{PROMPT}"}]
    )
    assert answer.choices[0].message.content
    forwarded = json.loads(upstream.received[0].body)["messages"][0]["content"]
    assert forwarded == PROMPT  # the DLP-OK line never leaves the proxy
    record = proxy.records()[-1]
    assert record["action"] == "allow" and record["rule_id"] == "INTERNAL-LOW-TOOL"
    assert record["justification"] == reason


def test_wrong_code_does_not_release_the_prompt(client: openai.OpenAI, upstream: FakeUpstream) -> None:
    with pytest.raises(openai.PermissionDeniedError):
        client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": f"DLP-OK AAAAAAAA: omdat het moet van mij\n{PROMPT}"}]
        )
    assert upstream.received == []
