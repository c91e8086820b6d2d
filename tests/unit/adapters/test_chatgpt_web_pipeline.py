"""A ChatGPT web prompt through the whole pipeline (bundled policy, real detector): masked and sent, or
answered with an in-chat notice."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, sse
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.pipeline.inspection import Verdict, run_sync_scan
from dlp_proxy.policy import Policy, load_policy
from tests.paths import TEST_POLICY
from tests.unit.adapters.test_chatgpt_web import CONVERSATION, render_v1
from tests.unit.judge import judge as run_pipeline

EMAIL = "jan.jansen@voorbeeld.nl"
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
PATH = "/backend-api/f/conversation"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(TEST_POLICY)


@pytest.fixture(scope="module")
def detector(policy: Policy) -> Any:
    return build_detector(policy).load()


def with_prompt(text: str) -> bytes:
    doc = json.loads(CONVERSATION)
    doc["messages"][0]["content"]["parts"][1] = text
    return json.dumps(doc).encode()


def judge(policy: Policy, detector: Any, body: bytes) -> Verdict:
    headers = {"content-type": "application/json", "accept": "text/event-stream", "accept-language": "nl-NL"}
    request = RequestView("POST", "chatgpt.com", PATH, headers, body)
    tool = policy.tool_for("chatgpt.com", PATH)
    assert tool is not None and tool.id == "chatgpt" and tool.adapter == "chatgpt_web"
    return asyncio.run(
        run_pipeline(request, policy=policy, tool=tool, scan=run_sync_scan(detector.scan), client_address="10.0.0.1",
                user="alice", language="nl")
    )  # fmt: skip


def test_an_email_address_is_masked_in_the_message_and_the_rest_is_kept(policy: Policy, detector: Any) -> None:
    body = with_prompt(f"Vat dit contract samen en mail het naar {EMAIL}")
    verdict = judge(policy, detector, body)
    assert verdict.action == "redact"
    assert verdict.response is None
    assert verdict.record["adapter"] == "chatgpt_web" and verdict.record["endpoint"] == "conversation"
    assert verdict.new_body is not None and EMAIL.encode() not in verdict.new_body
    sent = json.loads(verdict.new_body)
    expected = json.loads(body)
    expected["messages"][0]["content"]["parts"][1] = "Vat dit contract samen en mail het naar [EMAIL_ADDRESS_1]"
    assert sent == expected
    assert EMAIL not in json.dumps(verdict.record)


def test_an_aws_key_is_blocked_with_a_notice_inside_the_chat(policy: Policy, detector: Any) -> None:
    verdict = judge(policy, detector, with_prompt(f"Waarom werkt deze key niet: {AWS_KEY}"))
    assert verdict.action == "block"
    assert verdict.record["rule_id"] == "SECRET-BLOCK"
    assert verdict.new_body is None
    r = verdict.response
    assert r is not None and r.status == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    assert verdict.notice is not None and "SECRET-BLOCK" in verdict.notice and verdict.decision_id in verdict.notice
    message = render_v1(sse.parse(r.body))[0]["message"]
    assert message["author"]["role"] == "assistant"
    assert message["content"]["parts"] == [verdict.notice]
    assert AWS_KEY.encode() not in r.body
    assert AWS_KEY not in json.dumps(verdict.record)
