"""Pseudonymised values come back on screen: headless Chromium through the real proxy.

Personal data sent to a tool approved for low risk (PERSONAL-MASK-LOW) leaves as typed
placeholders (`[PERSON_1]`); the proxy puts the real values back in the answer. Here the
fake ChatGPT app (tests/e2e/fake_chat_app.py, a v1 delta SSE stream) and the fake Copilot
socket (tests/e2e/fake_ws_upstream.py, `appendText` messages, copilot approved in a policy
copy) echo what their server received in pieces of three characters, so every placeholder
reaches the proxy cut across events or messages. The checks: the server got placeholders and
no value; the page the employee sees shows the values and no placeholder; the decision log
says pseudonymise and holds no value.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.e2e.browser import CHROMIUM, ProxiedChromium, trusting_home
from tests.e2e.chromium_cdp import ChromiumSession
from tests.e2e.conftest import policy_copy
from tests.e2e.fake_chat_app import HOSTS as CHAT_HOSTS
from tests.e2e.fake_chat_app import echoing, pieces, prompts, start_fake_chat_app
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.fake_ws_upstream import FakeWsUpstream, running_fake_ws_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)"),
    pytest.mark.skipif(shutil.which("certutil") is None, reason="certutil missing (.ci/run installs libnss3-tools)"),
]

COPILOT_HOSTS = ["copilot.microsoft.com"]
PIECE = 3  # characters per echoed event: shorter than any placeholder, so each one is cut
NAME = "Jan de Vries"
EMAIL = "jan.devries@voorbeeldklant.nl"
PROMPT = f"Schrijf een mail aan {NAME}, {EMAIL}, over de offerte."
# What the server should get: the same prompt, each value a placeholder of its type.
SENT = re.compile(r"Schrijf een mail aan (\[PERSON_\d+\]), (\[EMAIL_ADDRESS_\d+\]), over de offerte\.")
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
# The fake pages mark their answer bubble "waiting", "streaming", then "done" (or an error).
ANSWERED = "(s => !!s && s !== 'waiting' && s !== 'streaming')(document.getElementById('answer')?.dataset.status)"


@pytest.fixture(scope="module")
def chat_app(tls_dir: Path, upstream_ca: tuple[Issued, Any, Any]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir / "restore-chat-app", CHAT_HOSTS, key, cert)
    app = start_fake_chat_app(issued.cert_pem, issued.key_pem)
    yield app
    app.stop()


@pytest.fixture(scope="module")
def copilot_server(tls_dir: Path, upstream_ca: tuple[Issued, Any, Any]) -> Iterator[FakeWsUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir / "restore-copilot", COPILOT_HOSTS, key, cert)
    with running_fake_ws_upstream(issued.cert_pem, issued.key_pem) as server:
        yield server


@pytest.fixture(scope="module")
def restore_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, Any, Any],
    chat_app: FakeUpstream,
    copilot_server: FakeWsUpstream,
) -> Iterator[ProxyProcess]:
    """The real proxy, the bundled policy with consumer Copilot approved for low risk (as ChatGPT)."""
    workdir = tmp_path_factory.mktemp("restore-proxy")
    rules = policy_copy(workdir, approve=("copilot",))
    redirects = {**dict.fromkeys(CHAT_HOSTS, chat_app.port), **dict.fromkeys(COPILOT_HOSTS, copilot_server.port)}
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem, policy=rules)
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory, restore_proxy: ProxyProcess) -> ProxiedChromium:
    home = trusting_home(tmp_path_factory.mktemp("restore-chromium-home"), restore_proxy.ca)
    return ProxiedChromium(restore_proxy.url, home)


@pytest.fixture
def app(chat_app: FakeUpstream) -> FakeUpstream:
    chat_app.clear()
    return chat_app


@pytest.fixture
def copilot(copilot_server: FakeWsUpstream) -> FakeWsUpstream:
    copilot_server.clear()
    return copilot_server


def answer_in(chromium: ProxiedChromium, url: str, profile: Path) -> tuple[str, str]:
    """Open `url`, wait until the page's answer is complete; (data-status, text of #answer)."""
    with ChromiumSession(profile, *chromium.flags(), home=chromium.home, size="1280,1000") as browser:
        browser.open(url, until=ANSWERED)
        dom = browser.dom()
        shown = browser.evaluate("document.getElementById('answer').innerText")
    m = re.search(r'<div class="turn" id="answer" data-status="([^"]*)">(.*?)</div>', dom, re.S)
    assert m, dom[-3000:]
    text = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
    assert shown.strip() == text.strip(), (shown, text)  # what is laid out on screen, not only in the DOM
    return m.group(1), text


def page_url(host: str, prompt: str) -> str:
    return f"https://{host}/#q=" + quote(prompt, safe="")


def assert_no_values(proxy: ProxyProcess, *values: str) -> None:
    log = proxy.log_text().casefold()
    for value in values:
        assert value.casefold() not in log


def assert_cut(sent: str) -> None:
    """The echo really split every placeholder: no event carried one whole."""
    placeholders = PLACEHOLDER.findall(sent)
    assert placeholders
    assert not [p for p in pieces(sent, PIECE) if PLACEHOLDER.search(p)]


def test_chatgpt_in_a_browser_shows_the_real_values_in_an_answer_that_echoes_placeholders(
    chromium: ProxiedChromium, restore_proxy: ProxyProcess, app: FakeUpstream, tmp_path: Path
) -> None:
    before = len(restore_proxy.records())
    with echoing(app, piece=PIECE):
        status, text = answer_in(chromium, page_url("chatgpt.com", PROMPT), tmp_path / "p")

    # The app's server got placeholders, typed, and neither value.
    [sent] = prompts(app)
    assert SENT.fullmatch(sent), sent
    assert NAME not in sent and "Vries" not in sent and EMAIL not in sent and "voorbeeldklant" not in sent
    assert_cut(sent)

    # The employee sees the answer with the real values back: the echo is the prompt as typed.
    assert status == "done", (status, text)
    assert text == PROMPT, text
    assert not PLACEHOLDER.search(text)

    [record] = [r for r in restore_proxy.records()[before:] if r["method"] == "POST" and r["tool"] == "chatgpt"]
    assert (record["action"], record["rule_id"]) == ("pseudonymise", "PERSONAL-MASK-LOW")
    assert record["entities"] == {"PERSON": 1, "EMAIL_ADDRESS": 1}
    assert_no_values(restore_proxy, NAME, EMAIL)


def test_copilot_in_a_browser_shows_the_real_values_in_socket_messages_that_echo_placeholders(
    chromium: ProxiedChromium, restore_proxy: ProxyProcess, copilot: FakeWsUpstream, tmp_path: Path
) -> None:
    copilot.echo_piece = PIECE
    before = len(restore_proxy.records())
    status, text = answer_in(chromium, page_url("copilot.microsoft.com", PROMPT), tmp_path / "p")

    # The page came from the fake server, the socket opened as Copilot's client opens it.
    assert "/" in copilot.pages
    [path] = copilot.paths
    assert path.startswith("/c/api/chat?api-version=2&clientSessionId=")

    # The server got the options as they were and the prompt with placeholders, no value.
    docs = [json.loads(m) for _, m in copilot.received]
    assert [(d["event"], d.get("mode")) for d in docs] == [("setOptions", None), ("send", "chat")], docs
    sent = docs[1]["content"][0]["text"]
    assert SENT.fullmatch(sent), sent
    assert all(NAME not in str(m) and EMAIL not in str(m) for _, m in copilot.received)
    assert_cut(sent)

    # The rendered answer holds the values, restored across the cut messages.
    assert status == "done", (status, text)
    assert text == PROMPT, text
    assert not PLACEHOLDER.search(text)

    records = [r for r in restore_proxy.records()[before:] if r["endpoint"] == "copilot.ws.send"]
    assert [(r["action"], r["rule_id"], r["method"]) for r in records] == [
        ("pseudonymise", "PERSONAL-MASK-LOW", "WEBSOCKET")
    ]
    assert records[0]["entities"] == {"PERSON": 1, "EMAIL_ADDRESS": 1}
    assert_no_values(restore_proxy, NAME, EMAIL)


def test_chatgpt_restores_a_placeholder_from_an_earlier_turn_the_server_keeps_in_its_history(
    chromium: ProxiedChromium, restore_proxy: ProxyProcess, app: FakeUpstream, tmp_path: Path
) -> None:
    first = "Plan een overleg met Pieter Bakker over het projectplan."
    second = "Vat ons gesprek samen in een zin."  # nothing personal: allowed as it is
    before = len(restore_proxy.records())
    with echoing(app, piece=PIECE, history=True):
        status1, text1 = answer_in(chromium, page_url("chatgpt.com", first), tmp_path / "p1")
        status2, text2 = answer_in(chromium, page_url("chatgpt.com", second), tmp_path / "p2")

    sent1, sent2 = prompts(app)
    m = re.fullmatch(r"Plan een overleg met (\[PERSON_\d+\]) over het projectplan\.", sent1)
    assert m, sent1
    assert sent2 == second
    assert (status1, text1) == ("done", first)
    # Turn 2's answer repeats turn 1's placeholder from the server's history, cut across
    # events; the request carried none, yet the page shows the name.
    assert (status2, text2) == ("done", first + "\n" + second), text2
    assert_cut(sent1 + "\n" + sent2)

    posts = [r for r in restore_proxy.records()[before:] if r["method"] == "POST" and r["tool"] == "chatgpt"]
    assert [(r["action"], r["rule_id"]) for r in posts] == [
        ("pseudonymise", "PERSONAL-MASK-LOW"),
        ("allow", "DEFAULT-ALLOW"),
    ]
    assert_no_values(restore_proxy, "Pieter Bakker")


# On a WebSocket the held tail goes out injected (the message that ended the text is dropped and
# both are injected), and from then on every server message of the socket too: mitmproxy delivers
# injected messages after messages it has already read, so only one path keeps the order.
@pytest.mark.parametrize("tool", ["chatgpt", "copilot"])
def test_a_held_back_tail_that_never_becomes_a_placeholder_still_reaches_the_page(
    tool: str,
    chromium: ProxiedChromium,
    restore_proxy: ProxyProcess,
    app: FakeUpstream,
    copilot: FakeWsUpstream,
    tmp_path: Path,
) -> None:
    # The answer ends in "[PERSON" (the start of an issued placeholder): the proxy holds it
    # back waiting for the rest, and must send it when the text ends (finish patch, partCompleted).
    prompt = f"Zet {NAME} op de lijst onder het kopje [PERSON"
    if tool == "chatgpt":
        with echoing(app, piece=2):
            status, text = answer_in(chromium, page_url("chatgpt.com", prompt), tmp_path / "p")
        [sent] = prompts(app)
    else:
        copilot.echo_piece = 2
        status, text = answer_in(chromium, page_url("copilot.microsoft.com", prompt), tmp_path / "p")
        sent = json.loads(copilot.received[-1][1])["content"][0]["text"]

    assert re.fullmatch(r"Zet \[PERSON_\d+\] op de lijst onder het kopje \[PERSON", sent), sent
    assert (status, text) == ("done", prompt), text
