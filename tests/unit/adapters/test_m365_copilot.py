"""Microsoft 365 Copilot: prompts in the chat hub's SignalR records, notices as a forged bot message."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import WEBSOCKET, RequestView, WebSocketAdapter, adapter_for
from dlp_proxy.adapters.m365_copilot import RS, M365CopilotAdapter
from dlp_proxy.errors import AdapterError
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.scanning import Located, mask

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ADAPTER = M365CopilotAdapter()
HUB = "/m365Copilot/Chathub/5e1f6a2b@0b2c4d6e?X-SessionId=5e1f&access_token=eyJ0eXAi.secret&scenario=officeweb"
EMAIL = "piet.de.vries@voorbeeld.nl"


def message(body: bytes | str, path: str = HUB) -> RequestView:
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return RequestView(WEBSOCKET, "substrate.office.com", path, {}, raw)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def records(raw: bytes | str) -> list[Any]:
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    assert text.endswith(RS)
    return [json.loads(r) for r in text.split(RS)[:-1]]


def test_the_adapter_has_the_websocket_capability_and_claims_the_hub_and_the_chat_api() -> None:
    assert isinstance(ADAPTER, WebSocketAdapter)
    assert adapter_for("m365_copilot", message(b"{}" + RS.encode())).name == "m365_copilot"
    assert adapter_for("m365_copilot", message(b"{}", "/m365Copilot/ChatHub/x@y")).name == "m365_copilot"
    assert adapter_for("m365_copilot", message(b"{}", "/search/api/v2/query")).name == "generic"
    api = RequestView("POST", "graph.microsoft.com", "/beta/copilot/conversations/abc/chat", {}, b"{}")
    assert adapter_for("m365_copilot", api).name == "m365_copilot"
    handshake = RequestView("GET", "substrate.office.com", HUB, {"upgrade": "websocket"}, b"")
    assert ADAPTER.extract(handshake).endpoint == "m365.ws.open"


def test_the_chat_invocation_yields_the_prompt_and_not_the_metrics() -> None:
    extraction = ADAPTER.extract(message(fixture("m365_chat.txt")))
    assert extraction.endpoint == "m365.ws.chat"
    assert [(s.path, s.text, s.role) for s in extraction.segments] == [
        ((0, "arguments", 0, "message", "text"), f"Vat het contract samen en stuur het naar {EMAIL}", "user")
    ]


def test_previous_messages_carrying_page_context_are_read() -> None:
    record = {
        "type": 4,
        "invocationId": "1",
        "target": "chat",
        "arguments": [
            {
                "message": {"author": "user", "text": "Wat staat hier?"},
                "previousMessages": [
                    {"author": "user", "description": "IBAN NL91ABNA0417164300", "contextType": "WebPage"}
                ],
            }
        ],
    }
    segments = ADAPTER.extract(message(json.dumps(record) + RS)).segments
    assert ("IBAN NL91ABNA0417164300", "context") in [(s.text, s.role) for s in segments]
    assert ("Wat staat hier?", "user") in [(s.text, s.role) for s in segments]


@pytest.mark.parametrize(
    "body",
    [
        fixture("m365_handshake.txt"),
        b'{"type":6}\x1e',
        b'{"type":1,"target":"Metrics","arguments":[{"Timestamps":{}}]}\x1e',
        b'{"type":7}\x1e',
    ],
)
def test_handshake_pings_metrics_and_close_are_not_prompts(body: bytes) -> None:
    assert ADAPTER.is_prompt_message(message(body)) is False


@pytest.mark.parametrize(
    "body",
    [
        fixture("m365_chat.txt"),
        b'{"type":1,"target":"submitFeedback","arguments":["x"]}\x1e',
        b"\xff\x00",
        b"{oops\x1e",
    ],
)
def test_chat_unknown_invocations_and_unreadable_messages_are_judged(body: bytes) -> None:
    assert ADAPTER.is_prompt_message(message(body)) is True


def test_an_unknown_invocation_is_scanned_whole() -> None:
    extraction = ADAPTER.extract(message(b'{"type":1,"target":"submitFeedback","arguments":["mail a@b.nl"]}\x1e'))
    assert extraction.endpoint == "m365.ws.other"
    assert "mail a@b.nl" in [s.text for s in extraction.segments]


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x1e",  # MessagePack or other binary: not UTF-8
        b"{broken\x1e",
        b'{"type":4,"target":"chat","invocationId":"0","arguments":"not a list"}\x1e',
    ],
)
def test_unreadable_records_raise_adapter_error_without_the_content(body: bytes) -> None:
    with pytest.raises(AdapterError) as excinfo:
        ADAPTER.extract(message(body))
    assert "broken" not in str(excinfo.value)


def test_rewrite_masks_the_prompt_and_keeps_the_other_record_byte_for_byte() -> None:
    raw = fixture("m365_chat.txt")
    view = message(raw)
    extraction = ADAPTER.extract(view)
    seg = extraction.segments[0]
    start = seg.text.index(EMAIL)
    finding = Finding("EMAIL_ADDRESS", "personal", start, start + len(EMAIL), 1.0, "test")
    new = ADAPTER.rewrite(view, extraction, mask(extraction.segments, [Located(0, finding, finding)]))
    old_records, new_records = raw.split(b"\x1e"), new.split(b"\x1e")
    assert len(new_records) == len(old_records) and new.endswith(b"\x1e")
    assert new_records[1] == old_records[1]  # the Metrics record is untouched
    chat = json.loads(new_records[0])
    assert chat["arguments"][0]["message"]["text"] == "Vat het contract samen en stuur het naar [EMAIL_ADDRESS_1]"
    expected = json.loads(old_records[0])
    expected["arguments"][0]["message"]["text"] = chat["arguments"][0]["message"]["text"]
    assert chat == expected
    assert EMAIL.encode() not in new


def _what_clients_show(frames: list[str | bytes]) -> dict[str, Any]:
    """The bot text as the public clients read the hub: update snapshots, the type 2 result, completion."""
    updates, final, completed = [], None, None
    for frame in frames:
        assert isinstance(frame, str)
        for r in records(frame):
            if r.get("type") == 1 and r.get("target") == "update":
                updates += [m["text"] for m in r["arguments"][0].get("messages", []) if m["author"] == "bot"]
            elif r.get("type") == 2:
                bots = [
                    m for m in r["item"]["messages"] if m["author"] == "bot" and m.get("messageType", "Chat") == "Chat"
                ]
                final = (r["item"]["result"]["value"], r["item"]["result"]["message"], bots[-1]["text"])
            elif r.get("type") == 3:
                completed = r["invocationId"]
    return {"updates": updates, "final": final, "completed": completed}


def test_the_notice_is_a_bot_message_and_completes_the_dropped_invocation() -> None:
    notice = "Niet verzonden door het AI-beleid (regel SECRET-BLOCK). Beslissing: 0a1b2c3d4e5f6a7b."
    frames = ADAPTER.notice_messages(message(fixture("m365_chat.txt")), notice, "0a1b2c3d4e5f6a7b")
    assert _what_clients_show(frames) == {
        "updates": [notice],
        "final": ("Success", notice, notice),
        "completed": "0",
    }
    bot = records(frames[0])[0]["arguments"][0]["messages"][0]
    assert bot["messageId"] == "dlp-0a1b2c3d4e5f6a7b"
    # The same record shapes the fixture's server sends.
    server = {(r.get("type"), r.get("target")) for r in records(fixture("m365_answer.txt"))}
    assert {(r.get("type"), r.get("target")) for f in frames for r in records(f)} <= server


def test_the_fixture_answer_reads_as_the_clients_expect() -> None:
    shown = _what_clients_show([fixture("m365_answer.txt").decode("utf-8")])
    assert shown["completed"] == "0" and shown["final"][0] == "Success"


def test_a_notice_without_an_invocation_id_is_only_an_update() -> None:
    frames = ADAPTER.notice_messages(message(b"\xff"), "N", "id1")
    assert [r["type"] for f in frames for r in records(f)] == [1]


def test_the_chat_api_reads_message_and_additional_context() -> None:
    doc = {
        "message": {"text": f"Mail {EMAIL}"},
        "additionalContext": [{"text": "Notulen van het overleg", "description": "meeting"}],
        "locationHint": {"timeZone": "Europe/Amsterdam"},
    }
    req = RequestView(
        "POST", "graph.microsoft.com", "/beta/copilot/conversations/abc/chatOverStream", {}, json.dumps(doc).encode()
    )
    extraction = ADAPTER.extract(req)
    assert extraction.endpoint == "m365.chat_api" and extraction.stream is True
    assert [s.text for s in extraction.segments] == [f"Mail {EMAIL}", "Notulen van het overleg", "meeting"]
    new = json.loads(ADAPTER.rewrite(req, extraction, {("message", "text"): "Mail [EMAIL_ADDRESS_1]"}))
    assert new["message"]["text"] == "Mail [EMAIL_ADDRESS_1]" and new["locationHint"] == doc["locationHint"]
    r = ADAPTER.block_response(req, "N", "id1")
    assert r.status == 403 and json.loads(r.body) == {"error": {"code": "dlpPolicyViolation", "message": "N"}}
