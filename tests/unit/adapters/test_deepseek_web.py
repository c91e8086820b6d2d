"""DeepSeek web chat: the prompt of /api/v0/chat/completion; a block answered as a message in its patch stream."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import AnswerNoter, RequestView, adapter_for, sse
from dlp_proxy.adapters.deepseek_web import DeepSeekWebAdapter
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY
from tests.unit.judge import judge

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ADAPTER = DeepSeekWebAdapter()
COMPLETION = (FIXTURES / "deepseek_completion.json").read_bytes()
NOTICE = "Niet verzonden: een geheime sleutel (1x), regel SECRET-BLOCK. Beslissing 0123abcd."


def req(body: bytes, path: str = "/api/v0/chat/completion", method: str = "POST") -> RequestView:
    return RequestView(method, "chat.deepseek.com", path, {"content-type": "application/json"}, body)


def render(events: list[sse.Event]) -> dict[str, Any]:
    """What the app builds from DeepSeek's patch stream: the `response` object and the `ready` ids.

    A `{"v": {"response": ...}}` frame replaces the state; a frame with `p` sets the path (SET
    replaces, APPEND adds to a string or list, BATCH applies a list under the path); a bare
    `{"v": ...}` appends to the previous path.
    """
    state: dict[str, Any] = {}
    ready: dict[str, Any] = {}
    last: str | None = None

    def walk(path: str) -> tuple[Any, Any]:
        *parents, leaf = path.split("/")
        target: Any = state
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        return target, int(leaf) if isinstance(target, list) else leaf

    def apply(path: str, op: str, v: Any) -> None:
        if op == "BATCH":
            for sub in v:
                apply(f"{path}/{sub['p']}", sub.get("o", "SET"), sub["v"])
            return
        target, key = walk(path)
        if op == "APPEND":
            target[key] = target[key] + (v if isinstance(v, str) else list(v))
        else:
            target[key] = v

    for event in events:
        data = event.json()
        if event.event == "ready":
            ready = data
        elif event.event is None and isinstance(data.get("v"), dict) and "response" in data["v"] and "p" not in data:
            state = {"response": data["v"]["response"]}
        elif event.event is None and "p" in data:
            last = data["p"]
            apply(data["p"], data.get("o", "SET" if not isinstance(data["v"], str) else "APPEND"), data["v"])
        elif event.event is None:
            assert last is not None
            apply(last, "APPEND", data["v"])
    return {"ready": ready, **state["response"]}


def answer_text(response: dict[str, Any]) -> str:
    return "".join(f["content"] for f in response["fragments"] if f["type"] == "RESPONSE")


def test_the_renderer_reads_the_recorded_stream_shape() -> None:
    response = render(sse.parse((FIXTURES / "deepseek_stream.sse").read_bytes()))
    assert answer_text(response) == "De sleutel staat in de config."
    assert response["status"] == "FINISHED"
    assert response["ready"]["response_message_id"] == response["message_id"] == 4


def test_the_prompt_is_read() -> None:
    extraction = ADAPTER.extract(req(COMPLETION))
    assert extraction.endpoint == "chat.completion" and extraction.stream is True
    assert [(s.path, s.role) for s in extraction.segments] == [(("prompt",), "user")]
    assert extraction.segments[0].text.startswith("Controleer deze config")


def test_an_edited_prompt_is_read_and_its_block_is_the_error_envelope() -> None:
    body = json.dumps({"chat_session_id": "s", "message_id": 3, "prompt": "nieuw", "search_enabled": False,
                       "thinking_enabled": False, "model_type": "default"}).encode()  # fmt: skip
    request = req(body, "/api/v0/chat/edit_message")
    extraction = ADAPTER.extract(request)
    assert extraction.endpoint == "chat.edit_message"
    assert [(s.path, s.text) for s in extraction.segments] == [(("prompt",), "nieuw")]
    r = ADAPTER.block_response(request, NOTICE, "d")
    assert r.status == 400 and json.loads(r.body)["data"]["biz_msg"] == NOTICE


def test_rewrite_masks_in_place_and_keeps_every_other_field() -> None:
    request = req(COMPLETION)
    extraction = ADAPTER.extract(request)
    masked = "Controleer deze config: aws_secret_access_key = [SECRET_1]"
    body = ADAPTER.rewrite(request, extraction, {("prompt",): masked})
    expected = dict(json.loads(COMPLETION), prompt=masked)
    assert json.loads(body) == expected
    assert b"wJalrXUtnFEMI" not in body
    assert list(json.loads(body)) == list(json.loads(COMPLETION))


@pytest.mark.parametrize(
    ("method", "path", "known"),
    [
        ("POST", "/api/v0/chat/completion", True),
        ("POST", "/api/v0/chat/completion/", True),
        ("POST", "/api/v0/chat/edit_message", True),
        ("POST", "/api/v0/chat/regenerate", False),
        ("GET", "/api/v0/chat/completion", False),
        ("POST", "/api/v0/chat/create_pow_challenge", False),
        ("POST", "/api/v0/chat_session/create", False),
        ("POST", "/api/v0/file/upload_file", True),  # the upload, read as a file (issue 21)
        ("GET", "/api/v0/users/current", False),
    ],
)
def test_only_the_completion_is_handled(method: str, path: str, known: bool) -> None:
    request = req(b"{}", path, method)
    assert ADAPTER.handles(request) is known
    assert adapter_for("deepseek_web", request).name == ("deepseek_web" if known else "generic")


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b'{"prompt": "geheim', "not valid JSON"),
        (b'["geheim"]', "not a JSON object"),
        (b'{"chat_session_id": "geheim"}', "without a 'prompt' string"),
        (b'{"prompt": {"text": "geheim"}}', "without a 'prompt' string"),
        (b'{"prompt": null, "x": "geheim"}', "without a 'prompt' string"),
    ],
)
def test_a_malformed_body_is_an_adapter_error_without_its_text(body: bytes, says: str) -> None:
    with pytest.raises(AdapterError) as e:
        ADAPTER.extract(req(body))
    assert says in str(e.value)
    assert "geheim" not in str(e.value)


def test_a_block_is_an_assistant_message_in_the_patch_stream() -> None:
    r = ADAPTER.block_response(req(COMPLETION), NOTICE, "0123abcd")
    assert r.status == 200
    assert r.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert r.headers["x-dlp-decision-id"] == "0123abcd"
    events = sse.parse(r.body)
    assert [e.event for e in events] == ["ready", None, None, "finish", "close"]
    response = render(events)
    assert answer_text(response) == NOTICE
    assert response["role"] == "ASSISTANT" and response["status"] == "FINISHED"
    # The turn after message 2: the person's message is 3, the answer 4.
    assert response["ready"] == {"request_message_id": 3, "response_message_id": 4, "model_type": "default"}
    assert (response["parent_id"], response["message_id"]) == (3, 4)


def test_a_block_in_a_new_chat_or_of_an_unreadable_body_numbers_from_one() -> None:
    for body in (b'{"chat_session_id": "s", "parent_message_id": null, "prompt": "x"}', b"\xff"):
        response = render(sse.parse(ADAPTER.block_response(req(body), NOTICE, "d").body))
        assert (response["parent_id"], response["message_id"]) == (1, 2)
        assert answer_text(response) == NOTICE


def test_other_requests_get_the_deepseek_envelope() -> None:
    r = ADAPTER.block_response(req(b"--x\r\n", "/api/v0/file/upload_file"), NOTICE, "d")
    assert r.status == 400
    assert json.loads(r.body) == {"code": 40003, "msg": NOTICE,
                                  "data": {"biz_code": 1, "biz_msg": NOTICE, "biz_data": None}}  # fmt: skip


def test_no_answer_note_before_the_snapshot_that_replaces_it() -> None:
    request = req(COMPLETION)
    assert isinstance(ADAPTER, AnswerNoter)
    assert ADAPTER.answer_note(request, ADAPTER.extract(request), "1 sleutel gemaskeerd") is None


def test_the_forbidden_tool_answers_any_prompt_in_the_chat_through_the_pipeline() -> None:
    policy = load_policy(TEST_POLICY)
    request = RequestView(
        "POST", "chat.deepseek.com", "/api/v0/chat/completion", {"content-type": "application/json"}, COMPLETION
    )
    tool = policy.tool_for(request.host, request.path)
    assert tool is not None and tool.adapter == "deepseek_web"
    verdict = asyncio.run(
        judge(request, policy=policy, tool=tool, scan=run_sync_scan(lambda text: []), client_address="10.0.0.1",
                user="alice", language="en")
    )  # fmt: skip
    assert verdict.action == "block" and verdict.record["rule_id"] == "TOOL-FORBIDDEN"
    assert verdict.record["adapter"] == "deepseek_web"
    assert verdict.response is not None and verdict.response.status == 200
    assert verdict.notice is not None and "TOOL-FORBIDDEN" in verdict.notice
    assert answer_text(render(sse.parse(verdict.response.body))) == verdict.notice
