"""LeChatWebAdapter: tRPC message.newChat and /api/chat, the patch-stream notice, the newChat error envelope.

Fixtures: fixtures/web/lechat_* (sources in lechat_sources.md). `shown_text` reads an
/api/chat stream as the public clients do (lines `<channel>:<json>`, JSON-patch operations
per message id, `8:null` last); it is checked against the real-shaped upstream stream before
it judges the proxy's notice.
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.adapters.lechat_web import LeChatWebAdapter
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import Policy, Tool
from tests.unit.judge import judge

FIXTURES = Path(__file__).parent / "fixtures" / "web"
NEW_CHAT = json.loads((FIXTURES / "lechat_new_chat.json").read_text(encoding="utf-8"))
APPEND = json.loads((FIXTURES / "lechat_chat_append.json").read_text(encoding="utf-8"))
UPSTREAM = (FIXTURES / "lechat_chat.stream").read_bytes()
ADAPTER = LeChatWebAdapter()
NEW_CHAT_PATH = "/api/trpc/message.newChat?batch=1"
NOTICE = "⛔ Niet verzonden door het AI-beleid: gevonden 1 x BSN. Beslissing 0123abcd4567ef89."


def request(doc: Any, path: str, method: str = "POST") -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8")
    headers = {"content-type": "application/json", "x-trpc-source": "nextjs-react"}
    return RequestView(method, "chat.mistral.ai", path, headers, body)


def shown_text(body: bytes) -> dict[str, dict[str, Any]]:
    """Messages by id after applying every patch of an /api/chat stream (which must end in 8:null)."""
    lines = body.decode("utf-8").splitlines()
    assert lines[-1] == "8:null"
    messages: dict[str, dict[str, Any]] = {}
    for line in lines[:-1]:
        match = re.fullmatch(r"(\d+):(.*)", line)
        assert match, "a line is not <channel>:<json>"
        value = json.loads(match.group(2))["json"]
        if match.group(1) != "15" or value.get("type") != "message":
            continue
        message = messages.setdefault(value["messageId"], {})
        for patch in value["patches"]:
            path = patch["path"]
            if path in ([], "/"):
                message.clear()
                message.update(patch["value"])
            elif patch["op"] == "replace":
                message[path.strip("/")] = patch["value"]
            elif patch["op"] == "append":
                index = int(re.fullmatch(r"/contentChunks/(\d+)/text", path).group(1))  # type: ignore[union-attr]  # fails the test if absent
                message["contentChunks"][index]["text"] += patch["value"]
    return messages


def assistant(body: bytes) -> dict[str, Any]:
    [message] = [m for m in shown_text(body).values() if m.get("role") == "assistant"]
    return message


def test_the_stream_reader_reads_a_real_shaped_le_chat_answer() -> None:
    message = assistant(UPSTREAM)
    assert "".join(c["text"] for c in message["contentChunks"]) == "Ik voeg het toe aan de brief."
    assert message["generationStatus"] == "success"


# --- extract and rewrite -------------------------------------------------------------


def test_when_a_new_chat_is_started_then_its_first_prompt_is_extracted_and_masked_in_place() -> None:
    view = request(NEW_CHAT, NEW_CHAT_PATH)
    extraction = ADAPTER.extract(view)
    path = ("0", "json", "content", 0, "text")
    assert extraction.endpoint == "lechat_web.new_chat"
    assert [(s.path, s.text) for s in extraction.segments] == [(path, NEW_CHAT["0"]["json"]["content"][0]["text"])]

    text = extraction.segments[0].text.replace("111222333", "[NL_BSN_1]")
    out = json.loads(ADAPTER.rewrite(view, extraction, {path: text}))
    expected = copy.deepcopy(NEW_CHAT)
    expected["0"]["json"]["content"][0]["text"] = text
    assert out == expected


def test_when_new_chat_is_not_batched_and_content_is_a_string_then_it_is_still_read() -> None:
    doc = {"json": {"content": "Hallo Le Chat", "files": []}}
    extraction = ADAPTER.extract(request(doc, "/api/trpc/message.newChat"))
    assert [(s.path, s.text) for s in extraction.segments] == [(("json", "content"), "Hallo Le Chat")]


def test_when_new_chat_is_batched_with_another_call_then_only_its_input_is_the_prompt() -> None:
    doc = {"0": {"json": {"name": "app_started"}}, "1": NEW_CHAT["0"]}
    view = request(doc, "/api/trpc/event.sendEventToDatalake,message.newChat?batch=1")
    assert ADAPTER.handles(view)
    assert [s.path[:2] for s in ADAPTER.extract(view).segments] == [("1", "json")]


def test_when_a_follow_up_is_appended_then_message_input_is_extracted_and_masked() -> None:
    view = request(APPEND, "/api/chat")
    extraction = ADAPTER.extract(view)
    path = ("messageInput", 0, "text")
    assert extraction.endpoint == "lechat_web.chat" and extraction.stream is True
    assert [(s.path, s.text) for s in extraction.segments] == [(path, APPEND["messageInput"][0]["text"])]

    out = json.loads(ADAPTER.rewrite(view, extraction, {path: "Voeg toe: [SECRET_1]"}))
    assert out["messageInput"][0]["text"] == "Voeg toe: [SECRET_1]"
    assert {k: v for k, v in out.items() if k != "messageInput"} == {
        k: v for k, v in APPEND.items() if k != "messageInput"
    }


@pytest.mark.parametrize(
    ("doc", "texts"),
    [
        ({"chatId": "c", "mode": "append", "messageInput": "oude stijl"}, ["oude stijl"]),
        ({"chatId": "c", "mode": "start", "clientPromptData": {"currentDate": "2026-11-29"}}, []),
        ({"chatId": "c", "mode": "retry", "messageId": "m"}, []),
    ],
)
def test_when_api_chat_has_another_mode_then_its_prompt_or_none_is_read(doc: dict[str, Any], texts: list[str]) -> None:
    assert [s.text for s in ADAPTER.extract(request(doc, "/api/chat")).segments] == texts


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/api/chat"), ("POST", "/api/trpc/chat.list?batch=1"), ("POST", "/api/upload"), ("GET", "/chat")],
)
def test_when_the_endpoint_is_unknown_then_the_generic_fallback_reads_it(method: str, path: str) -> None:
    view = request({}, path, method)
    assert not ADAPTER.handles(view) and adapter_for("lechat_web", view).name == "generic"


SECRET_WORDS = "geheimeprojectnaam"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        (SECRET_WORDS.encode(), "/api/chat"),
        (json.dumps([SECRET_WORDS]).encode(), "/api/chat"),
        (json.dumps({"mode": "append", "messageInput": {"text": SECRET_WORDS}}).encode(), "/api/chat"),
        (json.dumps({"1": {"json": {"content": SECRET_WORDS}}}).encode(), NEW_CHAT_PATH),
        (json.dumps({"0": {"json": SECRET_WORDS}}).encode(), NEW_CHAT_PATH),
        (json.dumps({"0": {"json": {"content": 7, "x": SECRET_WORDS}}}).encode(), NEW_CHAT_PATH),
        (SECRET_WORDS.encode() + b"\xff", NEW_CHAT_PATH),
    ],
)
def test_when_the_body_is_malformed_then_extract_raises_without_its_text(body: bytes, path: str) -> None:
    with pytest.raises(AdapterError) as caught:
        ADAPTER.extract(request(body, path))
    assert SECRET_WORDS not in str(caught.value)


# --- notices -------------------------------------------------------------------------


def test_when_a_follow_up_is_blocked_then_the_stream_answers_it_with_the_notice() -> None:
    response = ADAPTER.block_response(request(APPEND, "/api/chat"), NOTICE, "0123abcd4567ef89")

    assert response.status == 200 and response.headers["x-dlp-decision-id"] == "0123abcd4567ef89"
    message = assistant(response.body)
    assert "".join(c["text"] for c in message["contentChunks"]) == NOTICE and message["content"] == NOTICE
    assert message["generationStatus"] == "success"
    assert (message["chatId"], message["parentId"]) == (APPEND["chatId"], APPEND["messageId"])
    assert APPEND["messageInput"][0]["text"] not in response.body.decode("utf-8")


def test_when_a_malformed_follow_up_is_blocked_then_the_notice_is_still_a_le_chat_stream() -> None:
    message = assistant(ADAPTER.block_response(request(b"[", "/api/chat"), NOTICE, "d").body)
    assert message["contentChunks"][0]["text"] == NOTICE and message["chatId"] is None


def test_when_a_new_chat_is_blocked_then_the_answer_is_the_trpc_error_envelope_with_the_notice() -> None:
    response = ADAPTER.block_response(request(NEW_CHAT, NEW_CHAT_PATH), NOTICE, "d")
    assert response.status == 403
    [item] = json.loads(response.body)
    assert item["error"]["json"]["message"] == NOTICE
    assert item["error"]["json"]["data"] == {"code": "FORBIDDEN", "httpStatus": 403, "path": "message.newChat"}

    unbatched = ADAPTER.block_response(request({"json": {}}, "/api/trpc/message.newChat"), NOTICE, "d")
    assert json.loads(unbatched.body)["error"]["json"]["message"] == NOTICE


def test_when_an_unknown_endpoint_is_blocked_then_the_generic_answer_is_given() -> None:
    view = request(b"", "/chat", "GET")
    assert ADAPTER.block_response(view, NOTICE, "d") == GenericAdapter().block_response(view, NOTICE, "d")


def test_the_mask_note_is_not_offered_because_no_line_can_safely_carry_it() -> None:
    view = request(APPEND, "/api/chat")
    assert ADAPTER.answer_note(view, ADAPTER.extract(view), "Verzonden met gegevens gemaskeerd") is None


def test_when_a_le_chat_follow_up_is_blocked_by_policy_then_the_chat_shows_the_notice(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    verdict = asyncio.run(
        judge(
            request(APPEND, "/api/chat"),
            policy=policy,
            tool=tools["le-chat"],
            scan=run_sync_scan(detector.scan),
            client_address="10.0.0.7",
            user="erin",
            language="en",
        )
    )

    assert verdict.action == "block" and verdict.response is not None and verdict.notice
    assert verdict.record["adapter"] == "lechat_web" and verdict.record["endpoint"] == "lechat_web.chat"
    assert assistant(verdict.response.body)["contentChunks"][0]["text"] == verdict.notice
    assert verdict.decision_id in verdict.notice
