"""Copilot, DeepSeek and Le Chat channels of issue 21.

Shapes (recorded 2026-12-05): Copilot's bot challenge on the chat socket, server
`{"event":"challenge","method":"hashcash","parameter":"<param>:<difficulty>"}`, client
`{"event":"challengeResponse","token":"<solution>","method":"hashcash"}` (a public 2026
TypeScript Copilot client); Copilot uploads `POST /c/api/attachments` with the file as the body
(xtekky/gpt4free `Copilot.py`); DeepSeek `POST /api/v0/file/upload_file`, multipart part `file`
(ai-endpoints.md 3.16, gpt4free DeepSeek clients); Le Chat `newChat` fields `voiceInput`,
`libraries`, `canva` and project fields (issue 21's cross-check; inner shapes unpublished, so
these fixtures hold strings at made-up depths).
"""

from __future__ import annotations

import json

from dlp_proxy.adapters import WEBSOCKET, RequestView, adapter_for
from dlp_proxy.adapters.base import AUDIO
from dlp_proxy.adapters.copilot_web import CopilotWebAdapter
from dlp_proxy.adapters.deepseek_web import DeepSeekWebAdapter
from dlp_proxy.adapters.lechat_web import LeChatWebAdapter

BSN_TEXT = "Klant Jan de Vries, BSN 111222333."
CHAT = "/c/api/chat?api-version=2&clientSessionId=0f1e2d3c"


def ws(message: dict[str, object]) -> RequestView:
    return RequestView(WEBSOCKET, "copilot.microsoft.com", CHAT, {}, json.dumps(message).encode())


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = "----dlpW2Boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def test_copilot_challenge_response_is_no_prompt_and_a_send_still_is() -> None:
    copilot = CopilotWebAdapter()
    answer = ws({"event": "challengeResponse", "token": "12345", "method": "hashcash"})
    assert copilot.is_prompt_message(answer) is False
    assert copilot.is_prompt_message(ws({"event": "send", "content": [{"type": "text", "text": "hoi"}]})) is True


def test_a_copilot_attachment_is_read_as_a_file_by_the_fallback() -> None:
    view = RequestView("POST", "copilot.microsoft.com", "/c/api/attachments",
                       {"content-type": "text/plain"}, BSN_TEXT.encode())  # fmt: skip
    adapter = adapter_for("copilot_web", view)
    assert [s.text for s in adapter.extract(view).segments] == [BSN_TEXT]


def test_a_deepseek_upload_is_read_and_refused_in_deepseek_s_envelope() -> None:
    body, ctype = multipart("klanten.txt", BSN_TEXT.encode())
    view = RequestView("POST", "chat.deepseek.com", "/api/v0/file/upload_file", {"content-type": ctype}, body)
    deepseek = DeepSeekWebAdapter()
    assert isinstance(adapter_for("deepseek_web", view), DeepSeekWebAdapter)
    extraction = deepseek.extract(view)
    assert extraction.endpoint == "file.upload"
    assert {s.text for s in extraction.segments} == {"klanten.txt", BSN_TEXT}
    assert deepseek.rewrite(view, extraction, {}) == body
    envelope = json.loads(deepseek.block_response(view, "Geblokkeerd.", "d").body)
    assert envelope["code"] == 40003 and envelope["data"]["biz_msg"] == "Geblokkeerd."


def new_chat(fields: dict[str, object]) -> RequestView:
    doc = {"0": {"json": {"content": [{"type": "text", "text": "Vat samen"}], "chatId": None, **fields}}}
    return RequestView("POST", "chat.mistral.ai", "/api/trpc/message.newChat?batch=1",
                       {"content-type": "application/json"}, json.dumps(doc).encode())  # fmt: skip


def test_le_chat_libraries_canvas_and_project_text_is_read_and_masked() -> None:
    lechat = LeChatWebAdapter()
    view = new_chat({
        "libraries": [{"id": "lib_1", "name": "HR-dossiers"}],
        "canva": {"content": BSN_TEXT},
        "projectInstructions": "Antwoord kort.",
    })  # fmt: skip
    extraction = lechat.extract(view)
    texts = {s.path: s.text for s in extraction.segments}
    assert texts[("0", "json", "canva", "content")] == BSN_TEXT
    assert "HR-dossiers" in texts.values() and "Antwoord kort." in texts.values()
    assert AUDIO not in extraction.extra
    out = json.loads(lechat.rewrite(view, extraction, {("0", "json", "canva", "content"): "Klant [BSN]."}))
    assert out["0"]["json"]["canva"] == {"content": "Klant [BSN]."}


def test_le_chat_voice_input_marks_the_request_as_audio() -> None:
    extraction = LeChatWebAdapter().extract(new_chat({"voiceInput": {"audio": "UklGRiQAAABXQVZF"}}))
    assert extraction.extra.get(AUDIO) is True
