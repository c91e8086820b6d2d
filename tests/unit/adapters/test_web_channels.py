"""ChatGPT and Claude.ai side channels (issue 21): custom instructions, Projects, Codex, dictation,
Claude titles, project documents and uploads: read, masked in place, and a block in the app's
own error shape, read back as the app reads it; dictation audio decided by `settings.audio`.

Fixtures: request bodies in the shapes public sources show (recorded 2026-12-05):
- custom instructions: ChatGPT clients and exports sending `about_user_message` /
  `about_model_message` / `enabled` (public 2023-26 client code);
- Projects: 2026 ChatGPT project tools posting `/backend-api/gizmos/snorlax/upsert`
  (`instructions`, `display{name, description, prompt_starters}`, `files`, `sharing`);
- Codex cloud task: codex-rs `cloud-tasks-client/src/http.rs` (`new_task`, `input_items`);
- Claude title: ai-endpoints.md section 2.4 (`message_content`); project docs: a 2026
  Claude.ai project archiver posting `{"file_name", "content"}`.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.pipeline.inspection import Verdict, run_sync_scan
from dlp_proxy.policy import Policy, load_policy
from tests.paths import TEST_POLICY
from tests.unit.judge import judge as run_pipeline

BSN = "111222333"  # passes the eleven test; made up
ORG = "/api/organizations/5f0e8c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b"
CONV = ORG + "/chat_conversations/9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"

CUSTOM_INSTRUCTIONS = {
    "about_user_message": f"Ik ben casemanager, mijn BSN is {BSN}.",
    "about_model_message": "Antwoord kort en in het Nederlands.",
    "enabled": True,
}
PROJECT = {
    "id": "g-p-0123456789abcdef0123456789abcdef",
    "instructions": f"Dossier van klant met BSN {BSN}",
    "display": {"name": "Dossier", "description": "", "prompt_starters": ["Vat samen"]},
    "tools": [],
    "files": [],
    "training_disabled": False,
    "sharing": [{"type": "private"}],
}
TASK = {
    "new_task": {"environment_id": "acme/payroll", "branch": "main", "run_environment_in_qa_mode": False},
    "input_items": [{"type": "message", "role": "user", "content": [{"content_type": "text", "text": f"Fix {BSN}"}]}],
    "metadata": {"best_of_n": 1},
}
CODEX_INPUT = [{"type": "message", "role": "user", "content": [{"type": "input_text", "text": f"BSN {BSN}"}]}]
CODEX = {"model": "gpt-5-codex", "instructions": "You are Codex.", "input": CODEX_INPUT, "stream": True}
TITLE = {"message_content": f"Brief aan de gemeente over BSN {BSN}", "recent_titles": []}
DOC = {"file_name": "notities.md", "content": f"Klant BSN {BSN}"}


def req(host: str, path: str, doc: Any, method: str = "POST", ctype: str = "application/json") -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    return RequestView(method, host, path, {"content-type": ctype, "accept-language": "nl-NL"}, body)


def dictation(boundary: str = "b0und") -> RequestView:
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="audio.webm"\r\n'
            "Content-Type: audio/webm\r\n\r\n"
        ).encode()
        + b"\x1aE\xdf\xa3\x00\x00OPUS"
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return req("chatgpt.com", "/backend-api/transcribe", body, ctype=f"multipart/form-data; boundary={boundary}")


@pytest.mark.parametrize(
    ("request_", "endpoint", "texts"),
    [
        (req("chatgpt.com", "/backend-api/user_system_messages", CUSTOM_INSTRUCTIONS), "custom_instructions",
         [CUSTOM_INSTRUCTIONS["about_user_message"], CUSTOM_INSTRUCTIONS["about_model_message"]]),
        (req("chatgpt.com", "/backend-api/gizmos/snorlax/upsert", PROJECT), "project.upsert",
         [PROJECT["instructions"], "Dossier", "", "Vat samen"]),
        (req("chatgpt.com", "/backend-api/wham/tasks", TASK), "codex.task", [f"Fix {BSN}"]),
        (req("chatgpt.com", "/backend-api/codex/responses", CODEX), "codex.responses",
         ["You are Codex.", f"BSN {BSN}"]),
        (req("claude.ai", CONV + "/title", TITLE), "title", [TITLE["message_content"]]),
        (req("claude.ai", ORG + "/projects/p1/docs", DOC), "project.doc", ["notities.md", DOC["content"]]),
    ],
)  # fmt: skip
def test_each_channel_is_read_by_its_app_adapter(request_: RequestView, endpoint: str, texts: list[str]) -> None:
    adapter = adapter_for("chatgpt_web" if request_.host == "chatgpt.com" else "claude_web", request_)
    assert adapter.name != "generic"
    extraction = adapter.extract(request_)
    assert extraction.endpoint == endpoint
    assert [s.text for s in extraction.segments] == texts


def test_a_masked_custom_instruction_keeps_every_other_field() -> None:
    request = req("chatgpt.com", "/backend-api/user_system_messages", CUSTOM_INSTRUCTIONS)
    adapter = adapter_for("chatgpt_web", request)
    extraction = adapter.extract(request)
    path = extraction.segments[0].path
    body = json.loads(adapter.rewrite(request, extraction, {path: "Ik ben casemanager, mijn BSN is [BSN]."}))
    assert body == {**CUSTOM_INSTRUCTIONS, "about_user_message": "Ik ben casemanager, mijn BSN is [BSN]."}


def test_a_claude_upload_is_read_as_a_multipart_file() -> None:
    body = (
        b'--xx\r\nContent-Disposition: form-data; name="file"; filename="brief.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\nBSN " + BSN.encode() + b"\r\n--xx--\r\n"
    )
    request = req("claude.ai", CONV.replace("chat_", "") + "/wiggle/upload-file", body,
                  ctype="multipart/form-data; boundary=xx")  # fmt: skip
    adapter = adapter_for("claude_web", request)
    extraction = adapter.extract(request)
    assert adapter.name == "claude_web" and extraction.endpoint == "upload"
    assert [s.text for s in extraction.segments] == ["brief.txt", f"BSN {BSN}"]
    file_path = extraction.segments[1].path
    assert b"BSN [BSN]" in adapter.rewrite(request, extraction, {file_path: "BSN [BSN]"})


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(TEST_POLICY)


@pytest.fixture(scope="module")
def detector(policy: Policy) -> Any:
    return build_detector(policy).load()


def judge(policy: Policy, detector: Any, request: RequestView, tool_id: str) -> Verdict:
    tool = policy.tool_for(request.host, request.path)
    assert tool is not None and tool.id == tool_id
    return asyncio.run(run_pipeline(request, policy=policy, tool=tool, scan=run_sync_scan(detector.scan),
                                    client_address="10.0.0.1", user="alice", language="nl"))  # fmt: skip


def test_custom_instructions_with_a_bsn_are_masked_in_place(policy: Policy, detector: Any) -> None:
    request = req("chatgpt.com", "/backend-api/user_system_messages", CUSTOM_INSTRUCTIONS)
    verdict = judge(policy, detector, request, "chatgpt")  # ChatGPT (approved, low): a BSN is redacted
    assert verdict.action == "redact" and verdict.new_body is not None
    sent = json.loads(verdict.new_body)
    assert BSN not in sent["about_user_message"] and sent["about_user_message"].startswith("Ik ben casemanager")
    assert {k: v for k, v in sent.items() if k != "about_user_message"} == {
        k: v for k, v in CUSTOM_INSTRUCTIONS.items() if k != "about_user_message"
    }
    assert verdict.record["endpoint"] == "custom_instructions"


@pytest.mark.parametrize(
    "path", ["/backend-api/user_system_messages", "/backend-api/gizmos/snorlax/upsert", "/backend-api/wham/tasks"]
)
def test_a_blocked_side_channel_gets_the_detail_string_chatgpt_shows(path: str) -> None:
    request = req("chatgpt.com", path, {})
    response = adapter_for("chatgpt_web", request).block_response(request, "Niet verstuurd <b>", "0123abcd")
    assert response.status == 400 and response.headers["content-type"] == "application/json"
    assert json.loads(response.body) == {"detail": "Niet verstuurd <b>"}  # the UI shows `detail`


def test_a_codex_request_gets_the_openai_error_envelope() -> None:
    request = req("chatgpt.com", "/backend-api/codex/responses", CODEX)
    response = adapter_for("chatgpt_web", request).block_response(request, "Niet verstuurd", "0123abcd")
    error = json.loads(response.body)["error"]  # what an OpenAI SDK / the Codex CLI reads
    assert response.status == 400 and error["code"] == "dlp_blocked" and error["message"] == "Niet verstuurd"


def test_a_claude_title_with_a_bsn_is_blocked_with_claudes_error_shape(policy: Policy, detector: Any) -> None:
    verdict = judge(policy, detector, req("claude.ai", CONV + "/title", TITLE), "claude")
    assert verdict.action == "block" and verdict.response is not None and verdict.response.status == 400
    body = json.loads(verdict.response.body)
    assert body["type"] == "error" and body["error"]["type"] == "permission_error"
    assert BSN not in body["error"]["message"]


@pytest.mark.parametrize(("setting", "action"), [("allow", "allow"), ("block", "block")])
def test_dictation_follows_the_audio_setting(policy: Policy, detector: Any, setting: str, action: str) -> None:
    changed = policy.model_copy(update={"settings": policy.settings.model_copy(update={"audio": setting})})
    verdict = judge(changed, detector, dictation(), "chatgpt")
    assert verdict.action == action
    if action == "block":
        assert verdict.record["fail_reason"] == "audio_refused" and verdict.response is not None
        assert verdict.record["endpoint"] == "transcribe"  # what was read, not "unknown"
        assert "dicteren" in json.loads(verdict.response.body)["detail"]


def test_a_tool_setting_overrides_the_policy_audio_setting(policy: Policy, detector: Any) -> None:
    tool = policy.tool_for("chatgpt.com", "/backend-api/transcribe")
    assert tool is not None and policy.settings.audio == "allow"
    blocked_tool = tool.model_copy(update={"audio": "block"})
    verdict = asyncio.run(run_pipeline(dictation(), policy=policy, tool=blocked_tool, scan=run_sync_scan(detector.scan),
                                       language="en"))  # fmt: skip
    assert verdict.action == "block" and verdict.record["fail_reason"] == "audio_refused"
