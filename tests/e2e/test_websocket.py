"""WebSocket chat through the real proxy process: a real `websockets` client (through the proxy,
trusting its CA) and a fake Copilot socket over real TLS. A credential never reaches the server
and the notice arrives as a Copilot reply; a harmless prompt passes; personal data is
pseudonymised (tests/e2e/test_restore_browser.py: the values come back in the answer)."""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from tests.e2e.conftest import policy_copy
from tests.e2e.fake_ws_upstream import ANSWER, RS, FakeWsUpstream, running_fake_ws_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = pytest.mark.e2e

WS_HOSTS = ["copilot.microsoft.com", "substrate.office.com"]
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.e2e-test-token"
COPILOT_URI = f"wss://copilot.microsoft.com/c/api/chat?api-version=2&clientSessionId=3f2a9c1e&accessToken={TOKEN}"
HUB_URI = f"wss://substrate.office.com/m365Copilot/Chathub/oid-1@tid-1?X-SessionId=5e1f&access_token={TOKEN}"
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
EMAIL = "jan.jansen@voorbeeld.nl"
OPTIONS = json.dumps({"event": "setOptions", "supportedFeatures": [], "supportedCards": ["weather"], "ads": None})
TIMEOUT = 30


@pytest.fixture(scope="module")
def ws_server(tls_dir: Any, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeWsUpstream]:
    ca, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, WS_HOSTS, key, cert)  # type: ignore[arg-type]
    with running_fake_ws_upstream(issued.cert_pem, issued.key_pem) as server:
        yield server


@pytest.fixture(scope="module")
def ws_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], ws_server: FakeWsUpstream
) -> Iterator[ProxyProcess]:
    """The proxy with consumer Copilot approved for low risk (masking personal data, like ChatGPT)."""
    workdir = tmp_path_factory.mktemp("ws-proxy")
    rules = policy_copy(workdir, approve=("copilot",))
    redirects = dict.fromkeys(WS_HOSTS, ws_server.port)
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem, policy=rules)
    yield proc
    proc.stop()


@pytest.fixture
def server(ws_server: FakeWsUpstream) -> FakeWsUpstream:
    ws_server.clear()
    return ws_server


def send_frame(text: str) -> str:
    content = [{"type": "text", "text": text}]
    return json.dumps(
        {"event": "send", "conversationId": "dRUXwuM545tff65JPZ3rn", "content": content, "mode": "chat", "context": {}}
    )


async def open_socket(proxy: ProxyProcess, uri: str) -> ClientConnection:
    trust_proxy = ssl.create_default_context(cafile=str(proxy.ca))
    headers = {"Accept-Language": "en-GB,en;q=0.9", "Origin": "https://copilot.microsoft.com"}
    return await connect(uri, proxy=proxy.url, ssl=trust_proxy, additional_headers=headers, open_timeout=TIMEOUT)


async def reply(ws: ClientConnection) -> list[dict[str, Any]]:
    """Copilot events up to and including `done`."""
    events: list[dict[str, Any]] = []
    while not events or events[-1]["event"] != "done":
        events.append(json.loads(await asyncio.wait_for(ws.recv(), TIMEOUT)))
    return events


def text_of(events: list[dict[str, Any]]) -> str:
    return "".join(e["text"] for e in events if e["event"] == "appendText")


def test_a_credential_is_dropped_the_notice_arrives_in_chat_and_the_socket_goes_on(
    ws_proxy: ProxyProcess, server: FakeWsUpstream
) -> None:
    prompt = f"Waarom geeft boto3 een fout met sleutel {AWS_KEY}?"

    async def run() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        async with await open_socket(ws_proxy, COPILOT_URI) as ws:
            await ws.send(OPTIONS)
            await ws.send(send_frame(prompt))
            blocked = await reply(ws)
            await ws.send(send_frame("Schrijf een kort gedicht over de herfst"))
            return blocked, await reply(ws)

    blocked, answered = asyncio.run(run())

    # The notice: Copilot's own event sequence, a message the proxy made, with the decision id.
    assert [e["event"] for e in blocked] == ["received", "startMessage", "appendText", "partCompleted", "done"]
    notice = text_of(blocked)
    block = [r for r in ws_proxy.records() if r["action"] == "block"]
    assert len(block) == 1
    record = block[0]
    assert record["decision_id"] in notice and blocked[-1]["messageId"] == f"dlp-{record['decision_id']}"
    assert "SECRET-BLOCK" in notice and "1 x password or key" in notice and AWS_KEY not in notice
    assert (record["tool"], record["endpoint"], record["method"], record["path"]) == (
        "copilot", "copilot.ws.send", "WEBSOCKET", "/c/api/chat",
    )  # fmt: skip
    assert record["entities"] == {"SECRET": 1}

    # The server never saw the credential; the options and the harmless prompt reached it unchanged.
    assert [m for _, m in server.received] == [OPTIONS, send_frame("Schrijf een kort gedicht over de herfst")]
    assert all(AWS_KEY not in str(m) for _, m in server.received)
    assert text_of(answered) == "".join(ANSWER)  # the server's own answer frames come back
    assert answered[-1]["messageId"] == "cunqiwyXHxKALffniSEnf"

    # One record per prompt (the options message is none), and none holds prompt text or the token.
    assert [r["action"] for r in ws_proxy.records()][-2:] == ["block", "allow"]
    log = ws_proxy.log_text()
    assert AWS_KEY not in log and "boto3" not in log and "herfst" not in log and TOKEN not in log
    output = "".join(ws_proxy.output)
    assert "WebSocket to copilot opened (copilot.microsoft.com/c/api/chat)" in output
    assert AWS_KEY not in output and TOKEN not in output


def test_an_email_address_is_pseudonymised_before_it_reaches_the_server(
    ws_proxy: ProxyProcess, server: FakeWsUpstream
) -> None:
    # Copilot approved for low risk: personal data leaves as a placeholder (PERSONAL-MASK-LOW).
    async def run() -> list[dict[str, Any]]:
        async with await open_socket(ws_proxy, COPILOT_URI) as ws:
            await ws.send(send_frame(f"Schrijf een mail aan {EMAIL} over de offerte"))
            return await reply(ws)

    answered = asyncio.run(run())

    [(route, forwarded)] = server.received
    doc = json.loads(forwarded)
    assert route == "/c/api/chat"
    assert doc["content"][0]["text"] == "Schrijf een mail aan [EMAIL_ADDRESS_1] over de offerte"
    assert doc["conversationId"] == "dRUXwuM545tff65JPZ3rn" and doc["mode"] == "chat"
    assert text_of(answered) == "".join(ANSWER)
    record = ws_proxy.records()[-1]
    assert (record["action"], record["rule_id"]) == ("pseudonymise", "PERSONAL-MASK-LOW")
    assert (record["masked"], record["entities"]) == (1, {"EMAIL_ADDRESS": 1})
    assert EMAIL not in ws_proxy.log_text()


def test_a_credential_in_the_m365_hub_gets_a_bot_message_and_the_invocation_completed(
    ws_proxy: ProxyProcess, server: FakeWsUpstream
) -> None:
    handshake = '{"protocol":"json","version":1}' + RS
    prompt = {"author": "user", "inputMethod": "Keyboard", "text": f"Check deze config: aws_key={AWS_KEY}"}
    chat = {"type": 4, "invocationId": "0", "target": "chat", "arguments": [{"source": "officeweb", "message": prompt}]}
    metrics = {"type": 1, "target": "Metrics", "arguments": [{"Timestamps": {}}]}

    async def run() -> tuple[str | bytes, list[dict[str, Any]]]:
        async with await open_socket(ws_proxy, HUB_URI) as ws:
            await ws.send(handshake)
            ack = await asyncio.wait_for(ws.recv(), TIMEOUT)
            await ws.send(json.dumps(chat) + RS + json.dumps(metrics) + RS)
            records: list[dict[str, Any]] = []
            while not records or records[-1].get("type") != 3:
                frame = await asyncio.wait_for(ws.recv(), TIMEOUT)
                assert isinstance(frame, str)
                records += [json.loads(r) for r in frame.split(RS) if r]
            return ack, records

    ack, records = asyncio.run(run())

    assert ack == "{}" + RS  # the server's handshake reply passed through
    assert [(r["type"], r.get("target"), r.get("invocationId")) for r in records] == [
        (1, "update", None), (2, None, "0"), (3, None, "0"),
    ]  # fmt: skip
    bot = records[0]["arguments"][0]["messages"][0]
    record = ws_proxy.records()[-1]
    assert bot["author"] == "bot" and record["decision_id"] in bot["text"] and "SECRET-BLOCK" in bot["text"]
    assert (record["tool"], record["endpoint"], record["action"]) == ("m365-copilot", "m365.ws.chat", "block")
    assert [m for _, m in server.received] == [handshake]  # the invocation never left the proxy
    assert AWS_KEY not in ws_proxy.log_text() and TOKEN not in ws_proxy.log_text()
