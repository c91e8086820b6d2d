"""Microsoft Copilot (consumer): prompts in the chat socket's `send` messages, notices as a forged Copilot reply."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import WEBSOCKET, RequestView, WebSocketAdapter, adapter_for
from dlp_proxy.adapters.copilot_web import CopilotWebAdapter
from dlp_proxy.errors import AdapterError
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.scanning import Located, mask

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ADAPTER = CopilotWebAdapter()
SOCKET = "/c/api/chat?api-version=2&clientSessionId=3f2a&accessToken=eyJ0eXAi.secret"


def message(body: bytes | str, path: str = SOCKET) -> RequestView:
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return RequestView(WEBSOCKET, "copilot.microsoft.com", path, {"accept-language": "nl"}, raw)


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_the_adapter_has_the_websocket_capability_and_claims_only_the_chat_socket() -> None:
    assert isinstance(ADAPTER, WebSocketAdapter)
    assert adapter_for("copilot_web", message("{}")).name == "copilot_web"
    assert adapter_for("copilot_web", message("{}", "/c/api/other")).name == "generic"
    upload = RequestView("POST", "copilot.microsoft.com", "/c/api/attachments", {}, b"\x89PNG")
    assert adapter_for("copilot_web", upload).name == "generic"


def test_the_handshake_is_its_own_endpoint_without_text() -> None:
    handshake = RequestView("GET", "copilot.microsoft.com", SOCKET, {"upgrade": "websocket"}, b"")
    assert adapter_for("copilot_web", handshake).name == "copilot_web"
    extraction = ADAPTER.extract(handshake)
    assert (extraction.endpoint, extraction.segments) == ("copilot.ws.open", [])


def test_send_yields_the_text_parts_and_not_the_image_url() -> None:
    extraction = ADAPTER.extract(message(fixture("copilot_send.json")))
    assert extraction.endpoint == "copilot.ws.send"
    assert [(s.path, s.text, s.role) for s in extraction.segments] == [
        (("content", 1, "text"), "Schrijf een mail aan jan.jansen@voorbeeld.nl over de offerte.", "user")
    ]


def test_page_context_attached_to_send_is_read_too() -> None:
    doc = {
        "event": "send",
        "conversationId": "c1",
        "content": [{"type": "text", "text": "Vat samen"}],
        "mode": "chat",
        "context": {"pageTitle": "Notulen", "pageContent": "BSN 111222333 van de klant"},
    }
    texts = [(s.text, s.role) for s in ADAPTER.extract(message(json.dumps(doc))).segments]
    assert ("BSN 111222333 van de klant", "context") in texts and ("Vat samen", "user") in texts


@pytest.mark.parametrize("line", fixture("copilot_handshake.jsonl").splitlines())
def test_options_consents_and_pings_are_not_prompts(line: str) -> None:
    assert ADAPTER.is_prompt_message(message(line)) is False


@pytest.mark.parametrize(
    "body",
    [fixture("copilot_send.json"), '{"event":"sendFeedback","text":"x"}', '{"no":"event"}', b"\xff\xfe", "not json"],
)
def test_send_unknown_events_and_unreadable_messages_are_judged(body: bytes | str) -> None:
    assert ADAPTER.is_prompt_message(message(body)) is True


def test_an_unknown_event_is_scanned_whole() -> None:
    extraction = ADAPTER.extract(message('{"event":"sendFeedback","comment":"mail me: a@b.nl"}'))
    assert extraction.endpoint == "copilot.ws.other"
    assert [s.text for s in extraction.segments] == ["sendFeedback", "mail me: a@b.nl"]


@pytest.mark.parametrize(
    "body", [b"\xff\xfe binary", b"[1, 2]", b'{"event":"send","content":"not a list"}', b"{broken"]
)
def test_unreadable_or_malformed_messages_raise_adapter_error(body: bytes) -> None:
    with pytest.raises(AdapterError) as excinfo:
        ADAPTER.extract(message(body))
    assert "jan" not in str(excinfo.value)


def test_rewrite_masks_the_text_and_keeps_every_other_field() -> None:
    view = message(fixture("copilot_send.json"))
    extraction = ADAPTER.extract(view)
    seg = extraction.segments[0]
    start = seg.text.index("jan.")
    finding = Finding("EMAIL_ADDRESS", "personal", start, start + len("jan.jansen@voorbeeld.nl"), 1.0, "test")
    changes = mask(extraction.segments, [Located(0, finding, finding)])
    new = json.loads(ADAPTER.rewrite(view, extraction, changes))
    original = json.loads(fixture("copilot_send.json"))
    assert new["content"][1]["text"] == "Schrijf een mail aan [EMAIL_ADDRESS_1] over de offerte."
    original["content"][1]["text"] = new["content"][1]["text"]
    assert new == original


def _reply_text(events: list[dict[str, Any]]) -> tuple[str, str]:
    """What a Copilot client shows: appendText of one message until its done (gpt4free's reading)."""
    texts, done = [], None
    for e in events:
        if e["event"] == "appendText":
            texts.append(e["text"])
        elif e["event"] == "done":
            done = e["messageId"]
    assert done is not None
    return "".join(texts), done


def test_the_notice_is_a_copilot_reply_in_the_servers_own_events() -> None:
    notice = "Niet verzonden door het AI-beleid (regel SECRET-BLOCK). Beslissing: 0a1b2c3d4e5f6a7b."
    frames = ADAPTER.notice_messages(message(fixture("copilot_send.json")), notice, "0a1b2c3d4e5f6a7b")
    assert all(isinstance(f, str) for f in frames)
    events = [json.loads(f) for f in frames]
    assert [e["event"] for e in events] == ["received", "startMessage", "appendText", "partCompleted", "done"]
    assert _reply_text(events) == (notice, "dlp-0a1b2c3d4e5f6a7b")
    assert events[1]["conversationId"] == "dRUXwuM545tff65JPZ3rn"
    # Same fields as the server's events (less its per-connection counter).
    server = {e["event"]: set(e) - {"id"} for e in map(json.loads, fixture("copilot_answer.jsonl").splitlines())}
    for e in events:
        assert set(e) == server[e["event"]], e["event"]


def test_a_notice_for_an_unreadable_message_still_renders() -> None:
    events = [json.loads(f) for f in ADAPTER.notice_messages(message(b"\xff"), "N", "id1")]
    assert _reply_text(events) == ("N", "dlp-id1")
    assert all("conversationId" not in e for e in events)


def test_http_requests_get_a_json_403() -> None:
    r = ADAPTER.block_response(RequestView("GET", "copilot.microsoft.com", SOCKET, {}, b""), "N", "id1")
    assert r.status == 403 and json.loads(r.body)["error"]["message"] == "N"
