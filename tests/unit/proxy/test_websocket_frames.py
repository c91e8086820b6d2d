"""WebSocket messages through DlpAddon in mitmproxy's test harness: judged like requests, dropped
or masked, the notice injected in the socket's own shape, one decision record per prompt."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from mitmproxy import flow as mflow
from mitmproxy.http import HTTPFlow
from mitmproxy.test import taddons, tflow
from mitmproxy.websocket import WebSocketMessage
from wsproto.frame_protocol import Opcode

from dlp_proxy.proxy.interceptor import DlpAddon

AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
EMAIL = "jan.jansen@voorbeeld.nl"
COPILOT = ("copilot.microsoft.com", "/c/api/chat?api-version=2&clientSessionId=3f2a&accessToken=tok.SECRETTOKEN")
M365 = ("substrate.office.com", "/m365Copilot/Chathub/oid@tid?access_token=tok.SECRETTOKEN")
RS = "\x1e"


@pytest.fixture(scope="module")
def policies(tmp_path_factory: pytest.TempPathFactory, rules_dir: Path) -> dict[str, Path]:
    """The bundled policy, and a copy approving consumer Copilot for low risk (as ChatGPT is)."""
    approved = Path(shutil.copytree(rules_dir, tmp_path_factory.mktemp("ws") / "rules"))
    tools = approved / "tools.yaml"
    text, n = re.subn(
        r"(  - id: copilot\n(?:    .*\n)*?)    status: unlisted\n",
        r"\1    status: approved\n    approved_for: low\n",
        tools.read_text(encoding="utf-8"),
        count=1,
    )
    assert n == 1
    tools.write_text(text, encoding="utf-8")
    return {"bundled": rules_dir, "approved": approved}


def ws_flow(host: str, path: str) -> HTTPFlow:
    flow = tflow.twebsocketflow()
    flow.request.scheme, flow.request.host, flow.request.port, flow.request.path = "https", host, 443, path
    flow.request.headers["host"] = flow.client_conn.sni = host
    flow.request.headers["accept-language"] = "en-GB,en;q=0.9"
    assert flow.websocket is not None
    flow.websocket.messages = []
    return flow


class Harness:
    """One configured addon; `send` appends a message and runs the hook as mitmproxy's layer does."""

    def __init__(self, tctx: taddons.context, addon: DlpAddon, audit_log: Path) -> None:
        self.tctx, self.addon, self.audit_log = tctx, addon, audit_log
        self.injected: list[tuple[bool, bytes, bool]] = []

        def inject(flow: mflow.Flow, to_client: bool, message: bytes, is_text: bool = True) -> None:
            self.injected.append((to_client, message, is_text))

        tctx.master.commands.add("inject.websocket", inject)

    def send(self, flow: HTTPFlow, content: bytes | str, *, from_client: bool = True) -> WebSocketMessage:
        assert flow.websocket is not None
        is_text = isinstance(content, str)
        raw = content.encode("utf-8") if isinstance(content, str) else content
        message = WebSocketMessage(Opcode.TEXT if is_text else Opcode.BINARY, from_client, raw)
        flow.websocket.messages.append(message)
        asyncio.get_event_loop().run_until_complete(self.addon.websocket_message(flow))
        return message

    def records(self) -> list[dict[str, Any]]:
        if not self.audit_log.exists():
            return []
        return [json.loads(line) for line in self.audit_log.read_text(encoding="utf-8").splitlines()]

    def log_text(self) -> str:
        return self.audit_log.read_text(encoding="utf-8") if self.audit_log.exists() else ""


@pytest.fixture
def harness(policies: dict[str, Path], tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Harness]:
    which = getattr(request, "param", "approved")
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    addon = DlpAddon()
    audit_log = tmp_path / "decisions.jsonl"

    async def enter() -> taddons.context:
        ctx = taddons.context(addon)
        tctx = ctx.__enter__()
        tctx.configure(
            addon, dlp_policy=str(policies[which]), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0
        )
        return ctx

    ctx = loop.run_until_complete(enter())
    yield Harness(ctx, addon, audit_log)
    addon.done()
    ctx.__exit__(None, None, None)
    loop.close()
    asyncio.set_event_loop(None)


def send_frame(text: str, conversation: str = "conv1") -> str:
    return json.dumps({"event": "send", "conversationId": conversation, "content": [{"type": "text", "text": text}],
                       "mode": "chat", "context": {}})  # fmt: skip


def copilot_events(injected: list[tuple[bool, bytes, bool]]) -> list[dict[str, Any]]:
    assert all(to_client and is_text for to_client, _, is_text in injected)
    return [json.loads(m) for _, m, _ in injected]


def test_a_credential_in_a_copilot_message_is_dropped_and_the_notice_sent_as_a_copilot_reply(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    message = harness.send(flow, send_frame(f"Waarom werkt {AWS_KEY} niet?"))

    assert message.dropped
    events = copilot_events(harness.injected)
    assert [e["event"] for e in events] == ["received", "startMessage", "appendText", "partCompleted", "done"]
    [record] = harness.records()
    notice = events[2]["text"]
    assert "SECRET-BLOCK" in notice and "1 x password or key" in notice and record["decision_id"] in notice
    assert events[-1]["messageId"] == f"dlp-{record['decision_id']}"
    assert (record["action"], record["endpoint"], record["method"], record["adapter"]) == (
        "block", "copilot.ws.send", "WEBSOCKET", "copilot_web",
    )  # fmt: skip
    assert record["path"] == "/c/api/chat" and record["entities"] == {"SECRET": 1}
    assert AWS_KEY not in harness.log_text() and "SECRETTOKEN" not in harness.log_text()
    assert AWS_KEY not in notice


def test_personal_data_is_masked_in_the_forwarded_message(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    message = harness.send(flow, send_frame(f"Mail {EMAIL} over de offerte"))

    assert not message.dropped
    doc = json.loads(message.content)
    assert doc["content"][0]["text"] == "Mail [EMAIL_ADDRESS_1] over de offerte"
    assert doc["conversationId"] == "conv1" and doc["mode"] == "chat"
    assert harness.injected == []
    [record] = harness.records()
    assert (record["action"], record["masked"]) == ("redact", 1)
    assert EMAIL not in harness.log_text()


def test_a_harmless_prompt_passes_unchanged_and_is_logged(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    frame = send_frame("Schrijf een gedicht over de herfst")
    message = harness.send(flow, frame)
    assert not message.dropped and message.content == frame.encode()
    assert [r["action"] for r in harness.records()] == ["allow"]
    assert "herfst" not in harness.log_text()


def test_options_pings_and_server_messages_pass_without_a_record(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    options = harness.send(flow, '{"event":"setOptions","supportedFeatures":[],"supportedCards":[]}')
    answer = harness.send(flow, json.dumps({"event": "appendText", "text": f"key {AWS_KEY}"}), from_client=False)
    assert not options.dropped and not answer.dropped
    assert f"key {AWS_KEY}".encode() in answer.content
    assert harness.records() == [] and harness.injected == []


def test_a_ping_that_carries_data_in_an_extra_field_is_scanned_dropped_and_logged(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    ping = harness.send(flow, json.dumps({"event": "ping", "note": f"key {AWS_KEY}"}))
    plain = harness.send(flow, '{"event":"ping"}')
    assert ping.dropped and not plain.dropped
    [record] = harness.records()
    assert (record["action"], record["entities"]) == ("block", {"SECRET": 1})
    assert AWS_KEY not in harness.log_text()


def test_an_unreadable_binary_message_on_the_chat_socket_follows_the_fail_mode(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    message = harness.send(flow, b"\xff\xfe\x00binary")
    assert message.dropped
    [record] = harness.records()
    assert (record["action"], record["fail_reason"], record["detection_failed"]) == ("block", "unreadable_body", True)
    assert copilot_events(harness.injected)[-1]["event"] == "done"


def test_when_the_pipeline_crashes_twice_the_message_is_dropped_with_a_notice(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    with mock.patch("dlp_proxy.proxy.interceptor.inspect", side_effect=RuntimeError("boom")):
        message = harness.send(flow, send_frame("hallo"))
    assert message.dropped
    events = copilot_events(harness.injected)
    assert "temporarily unavailable" in events[2]["text"]


def test_when_the_log_cannot_be_written_the_message_is_not_sent(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    assert harness.addon.state is not None
    with mock.patch.object(harness.addon.state.log, "_emit", side_effect=OSError("disk full")):
        message = harness.send(flow, send_frame("Schrijf een gedicht"))
    assert message.dropped
    assert "temporarily unavailable" in copilot_events(harness.injected)[2]["text"]


def test_a_credential_in_the_m365_hub_is_dropped_and_the_invocation_completed_with_a_bot_message(
    harness: Harness,
) -> None:
    flow = ws_flow(*M365)
    prompt = {"author": "user", "text": f"password={AWS_KEY}", "messageType": "Chat"}
    chat = {"type": 4, "invocationId": "3", "target": "chat", "arguments": [{"message": prompt}]}
    message = harness.send(flow, json.dumps(chat) + RS + '{"type":1,"target":"Metrics","arguments":[{}]}' + RS)
    assert message.dropped
    records = [json.loads(r) for _, m, _ in harness.injected for r in m.decode().split(RS) if r]
    assert [(r["type"], r.get("target"), r.get("invocationId")) for r in records] == [
        (1, "update", None), (2, None, "3"), (3, None, "3"),
    ]  # fmt: skip
    [record] = harness.records()
    assert records[0]["arguments"][0]["messages"][0]["author"] == "bot"
    assert record["decision_id"] in records[0]["arguments"][0]["messages"][0]["text"]
    assert (record["tool"], record["endpoint"], record["action"]) == ("m365-copilot", "m365.ws.chat", "block")
    assert AWS_KEY not in harness.log_text() and "SECRETTOKEN" not in harness.log_text()


def test_a_hub_handshake_passes_without_a_record(harness: Harness) -> None:
    message = harness.send(ws_flow(*M365), '{"protocol":"json","version":1}' + RS + '{"type":6}' + RS)
    assert not message.dropped and harness.records() == []


def test_a_socket_no_adapter_knows_is_read_generically_without_logging_keepalives(harness: Harness) -> None:
    flow = ws_flow("chatgpt.com", "/backend-api/ws?token=x")
    ping = harness.send(flow, "2")
    secret = harness.send(flow, json.dumps({"type": "message", "body": f"aws key {AWS_KEY}"}))
    assert not ping.dropped and secret.dropped
    [record] = harness.records()
    assert (record["adapter"], record["action"]) == ("generic", "block")
    assert harness.injected == []  # no notice in a protocol nobody knows


@pytest.mark.parametrize("harness", ["bundled"], indirect=True)
def test_with_the_bundled_policy_unlisted_copilot_gets_no_message_through(harness: Harness) -> None:
    message = harness.send(ws_flow(*COPILOT), send_frame("Schrijf een gedicht"))
    assert message.dropped
    [record] = harness.records()
    assert (record["rule_id"], record["tool_status"]) == ("TOOL-UNLISTED", "unlisted")
    assert "not on the list of approved tools" in copilot_events(harness.injected)[2]["text"]


@pytest.mark.parametrize(
    ("which", "status", "logged"), [("approved", None, ["copilot.ws.open"]), ("bundled", 403, ["copilot.ws.open"])]
)
def test_the_handshake_itself_passes_for_an_approved_tool_and_is_refused_otherwise_and_always_logged(
    policies: dict[str, Path], tmp_path: Path, which: str, status: int | None, logged: list[str]
) -> None:
    flow = ws_flow(*COPILOT)
    flow.response = None
    flow.websocket = None
    audit_log = tmp_path / "decisions.jsonl"

    async def run() -> None:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(
                addon, dlp_policy=str(policies[which]), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0
            )
            await addon.request(flow)
            addon.done()

    asyncio.run(run())
    assert (flow.response.status_code if flow.response else None) == status
    lines = audit_log.read_text(encoding="utf-8").splitlines() if audit_log.exists() else []
    assert [json.loads(line)["endpoint"] for line in lines] == logged


def test_a_held_message_can_be_sent_with_a_reason_and_the_dlp_ok_line_never_leaves(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    prompt = "VERTROUWELIJK\nVat dit persbericht samen: de nieuwe vestiging opent in maart."
    held = harness.send(flow, send_frame(prompt))
    assert held.dropped
    notice = copilot_events(harness.injected)[2]["text"]
    code = re.search(r"DLP-OK ([A-Z2-7]{8})", notice)
    assert code, notice

    reason = "Dit is een openbaar persbericht op een intern sjabloon"
    sent = harness.send(flow, send_frame(f"DLP-OK {code.group(1)}: {reason}\n{prompt}"))
    assert not sent.dropped
    assert json.loads(sent.content)["content"][0]["text"] == prompt
    first, second = harness.records()
    assert (first["action"], second["action"], second["justification"]) == ("warn", "allow", reason)


def test_a_binary_message_holding_utf8_json_is_read_and_masked_and_stays_binary(harness: Harness) -> None:
    flow = ws_flow(*COPILOT)
    message = harness.send(flow, send_frame(f"Mail {EMAIL}").encode("utf-8"))
    assert not message.dropped and not message.is_text
    assert json.loads(message.content)["content"][0]["text"] == "Mail [EMAIL_ADDRESS_1]"


def test_a_quiet_message_whose_scan_crashes_follows_the_fail_mode(harness: Harness) -> None:
    flow = ws_flow("chatgpt.com", "/backend-api/ws?token=x")

    async def crash(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("a value that must not be logged")

    with mock.patch.object(harness.addon, "_inspect", crash):
        ping = harness.send(flow, "2")
    assert ping.dropped  # fail mode block: a message that could not be judged does not pass
    assert harness.records() == []
