"""Claude.ai web: the prompt and attached text of a completion; a block answered as a message in its stream."""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import AnswerNoter, RequestView, adapter_for, sse
from dlp_proxy.adapters.claude_web import ClaudeWebAdapter
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY
from tests.unit.judge import judge

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ADAPTER = ClaudeWebAdapter()
COMPLETION = (FIXTURES / "claude_completion.json").read_bytes()
PATH = "/api/organizations/5f0e8c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b/chat_conversations/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"
NOTICE = "Not sent: a card number (1x), rule PERSONAL-BLOCK. Decision 0123abcd."


def req(body: bytes, path: str = PATH + "/completion", method: str = "POST") -> RequestView:
    return RequestView(method, "claude.ai", path, {"content-type": "application/json"}, body)


def render(events: list[sse.Event]) -> dict[str, Any]:
    """The assistant message the app builds from Messages-style events (event name = data type)."""
    message: dict[str, Any] | None = None
    for event in events:
        data = event.json()
        assert event.event == data["type"]
        kind = data["type"]
        if kind == "message_start":
            message = dict(data["message"], content=[])
        elif kind == "content_block_start":
            assert message is not None and data["index"] == len(message["content"])
            message["content"].append(dict(data["content_block"]))
        elif kind == "content_block_delta":
            assert message is not None and data["delta"]["type"] == "text_delta"
            message["content"][data["index"]]["text"] += data["delta"]["text"]
        elif kind == "message_delta":
            assert message is not None
            message["stop_reason"] = data["delta"]["stop_reason"]
        elif kind == "message_stop":
            assert message is not None
            message["stopped"] = True
    assert message is not None
    return message


def test_the_renderer_reads_the_recorded_stream_shape() -> None:
    message = render(sse.parse((FIXTURES / "claude_stream.sse").read_bytes()))
    assert message["content"][0]["text"] == "Beste heer De Vries, excuses voor de dubbele afschrijving."
    assert message["stop_reason"] == "end_turn" and message["stopped"]


def test_prompt_pasted_text_and_style_are_read() -> None:
    extraction = ADAPTER.extract(req(COMPLETION))
    assert extraction.endpoint == "completion" and extraction.stream is True
    assert [(s.path, s.role) for s in extraction.segments] == [
        (("prompt",), "user"),
        (("attachments", 0, "extracted_content"), "user"),
        (("personalized_styles", 0, "prompt"), "system"),
    ]
    assert "4111 1111 1111 1111" in extraction.segments[1].text


def test_a_retry_without_prompt_text_is_read() -> None:
    body = json.dumps({"parent_message_uuid": "p", "rendering_mode": "messages", "custom_system_prompt": "Be brief"})
    extraction = ADAPTER.extract(req(body.encode(), PATH + "/retry_completion"))
    assert extraction.endpoint == "retry_completion"
    assert [(s.path, s.text) for s in extraction.segments] == [(("custom_system_prompt",), "Be brief")]


def test_rewrite_masks_in_place_and_keeps_every_other_field() -> None:
    request = req(COMPLETION)
    extraction = ADAPTER.extract(request)
    masked = extraction.segments[1].text.replace("4111 1111 1111 1111", "[CREDIT_CARD_1]")
    body = ADAPTER.rewrite(request, extraction, {("attachments", 0, "extracted_content"): masked})
    expected = json.loads(COMPLETION)
    expected["attachments"][0]["extracted_content"] = masked
    assert json.loads(body) == expected
    assert b"4111" not in body
    assert list(json.loads(body)) == list(json.loads(COMPLETION))


@pytest.mark.parametrize(
    ("method", "path", "known"),
    [
        ("POST", PATH + "/completion", True),
        ("POST", PATH + "/retry_completion", True),
        ("POST", PATH + "/completion?x=1", True),
        ("GET", PATH + "/completion", False),
        ("POST", PATH + "/title", True),  # a side channel (issue 21)
        ("POST", PATH, False),
        ("GET", PATH + "?tree=True&rendering_mode=messages", False),
        ("POST", "/api/organizations/o/conversations/c/wiggle/upload-file", True),
        ("POST", "/api/organizations/o/convert_document", True),
        ("POST", "/api/organizations/o/chat_conversations", False),
        ("POST", "/api/event_logging/batch", False),
    ],
)
def test_completions_and_side_channels_are_handled(method: str, path: str, known: bool) -> None:
    request = req(b"{}", path, method)
    assert ADAPTER.handles(request) is known
    assert adapter_for("claude_web", request).name == ("claude_web" if known else "generic")


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"prompt": "geheim', "not valid JSON"),
        (b'"geheim"', "not a JSON object"),
        (b'{"prompt": ["geheim"]}', "'prompt' is not a string"),
        (b'{"attachments": "geheim"}', "'attachments' is not an array"),
        (b'{"attachments": ["geheim"]}', "attachments[0] is not an object"),
        (b'{"attachments": [{"extracted_content": {"t": "geheim"}}]}', "extracted_content is not a string"),
    ],
)
def test_a_malformed_body_is_an_adapter_error_without_its_text(body: bytes, says: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(req(body))
    assert says in str(e.value)
    assert "geheim" not in str(e.value)


def test_a_block_is_an_assistant_message_in_the_completion_stream() -> None:
    r = ADAPTER.block_response(req(COMPLETION), NOTICE, "0123abcd")
    assert r.status == 200
    assert r.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert r.headers["x-dlp-decision-id"] == "0123abcd"
    events = sse.parse(r.body)
    assert [e.event for e in events] == [
        "message_start", "content_block_start", "content_block_delta", "content_block_stop", "message_delta",
        "message_stop",
    ]  # fmt: skip
    message = render(events)
    assert message["role"] == "assistant"
    assert message["content"][0]["type"] == "text" and message["content"][0]["text"] == NOTICE
    assert message["stop_reason"] == "end_turn"
    # The ids the app chose for this turn, so its own state and the stream agree.
    assert message["parent_uuid"] == "1b6f0c2e-9d4a-4f3b-8e21-5c7a9d0e3f41"
    assert message["uuid"] == "7e2d4a90-3c1b-4d8e-a6f5-0b9c8d7e6f52"


def test_a_block_of_an_unreadable_body_still_streams_the_notice() -> None:
    message = render(sse.parse(ADAPTER.block_response(req(b"\xff"), "a\nb", "d").body))
    assert message["content"][0]["text"] == "a\nb"
    assert message["parent_uuid"] is None
    uuid.UUID(message["uuid"])


def test_other_requests_get_claude_error_json() -> None:
    r = ADAPTER.block_response(req(b"--x\r\n", "/api/organizations/o/convert_document"), NOTICE, "d")
    assert r.status == 400
    assert json.loads(r.body) == {"type": "error", "error": {"type": "permission_error", "message": NOTICE}}


def test_no_answer_note_in_a_one_message_stream() -> None:
    request = req(COMPLETION)
    assert isinstance(ADAPTER, AnswerNoter)
    assert ADAPTER.answer_note(request, ADAPTER.extract(request), "1 e-mailadres gemaskeerd") is None


def test_the_unlisted_tool_answers_any_prompt_in_the_chat_through_the_pipeline() -> None:
    policy = load_policy(TEST_POLICY)
    request = RequestView("POST", "claude.ai", PATH + "/completion", {"content-type": "application/json"}, COMPLETION)
    tool = policy.tool_for(request.host, request.path)
    assert tool is not None and tool.adapter == "claude_web"
    verdict = asyncio.run(
        judge(request, policy=policy, tool=tool, scan=run_sync_scan(lambda text: []), client_address="10.0.0.1",
                user="alice", language="en")
    )  # fmt: skip
    assert verdict.action == "block" and verdict.record["rule_id"] == "TOOL-UNLISTED"
    assert verdict.record["adapter"] == "claude_web"
    assert verdict.response is not None and verdict.response.status == 200
    assert verdict.notice is not None and "TOOL-UNLISTED" in verdict.notice
    assert render(sse.parse(verdict.response.body))["content"][0]["text"] == verdict.notice
