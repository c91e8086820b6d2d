"""First contact in a real browser: headless Chromium through the real proxy, its CA trusted, the
policy summary shown once per user and policy version before an approved tool's page loads.

The policy is a copy of rules/ with `first_contact: true` and 127.0.0.1 as a trusted proxy, so
each browser names its user in the trusted identity header (X-Authenticated-User), as an
authenticating proxy in front of this one would. The tool is the fake ChatGPT web app
(tests/e2e/fake_chat_app.py). What is on screen is read back with OCR (Debian's tesseract).
"""

from __future__ import annotations

import json
import re
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import openai
import pytest

from dlp_proxy.policy import load_policy
from tests.e2e.browser import CHROMIUM, ProxiedChromium, ocr, trusting_home
from tests.e2e.chromium_cdp import CdpError, ChromiumSession
from tests.e2e.conftest import ai_redirects, policy_copy
from tests.e2e.fake_chat_app import HOSTS, start_fake_chat_app
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)"),
    pytest.mark.skipif(shutil.which("certutil") is None, reason="certutil missing (.ci/run installs libnss3-tools)"),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing (.ci/run installs tesseract-ocr)"),
]

HEADER = "X-Authenticated-User"
TOOL_URL = "https://chatgpt.com/?from=first-contact"
SHOWN = "!!document.getElementById('understand') || !!document.getElementById('answer')"
ACKNOWLEDGED = "acknowledgement"


@pytest.fixture(scope="module")
def chat_app(tls_dir: Path, upstream_ca: tuple[Issued, Any, Any]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir / "first-contact-app", HOSTS, key, cert)
    app = start_fake_chat_app(issued.cert_pem, issued.key_pem)
    yield app
    app.stop()


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """rules/ with first contact on and 127.0.0.1 trusted to name the user in the header."""
    folder = policy_copy(tmp_path_factory.mktemp("first-contact-policy"), settings={"first_contact": "true"})
    users = folder / "users.yaml"
    text, n = re.subn(r"(?m)^  trusted_proxies: \[\]$", '  trusted_proxies: ["127.0.0.1/32"]', users.read_text())
    assert n == 1
    users.write_text(text)
    policy = load_policy(folder)
    assert policy.settings.first_contact and policy.identity.trusted_proxies == ["127.0.0.1/32"]
    return folder


class Setup:
    """The proxy (restartable on its port and folder), the browser's trusting HOME, the upstreams."""

    def __init__(self, workdir: Path, rules: Path, redirects: dict[str, int], upstream_ca: Path) -> None:
        self.workdir, self.rules, self.redirects, self.upstream_ca = workdir, rules, redirects, upstream_ca
        self.proxy = self._start()
        self.home = trusting_home(workdir / "chromium-home", self.proxy.ca)

    def _start(self, port: int | None = None) -> ProxyProcess:
        return start_proxy(
            self.workdir,
            redirects=self.redirects,
            upstream_ca=self.upstream_ca,
            policy=self.rules,
            port=port,
            extra=["--set", "dlp_reload_ms=500"],
        )

    def restart(self) -> None:
        self.proxy.stop()
        self.proxy = self._start(self.proxy.port)

    def acknowledgements(self) -> list[dict[str, Any]]:
        return [r for r in self.proxy.all_records() if r.get("event") == ACKNOWLEDGED]


@pytest.fixture(scope="module")
def setup(
    tmp_path_factory: pytest.TempPathFactory,
    rules: Path,
    upstream_ca: tuple[Issued, Any, Any],
    chat_app: FakeUpstream,
    openai_upstream: FakeUpstream,
) -> Iterator[Setup]:
    redirects = {**ai_redirects(openai_upstream), **dict.fromkeys(HOSTS, chat_app.port)}
    s = Setup(tmp_path_factory.mktemp("first-contact"), rules, redirects, upstream_ca[0].cert_pem)
    yield s
    s.proxy.stop()


def _wait(browser: ChromiumSession, condition: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if browser.evaluate(condition):
                return
        except CdpError:  # between two documents
            pass
        time.sleep(0.1)
    raise CdpError(f"{condition!r} not true after {timeout} s; DOM: {browser.dom()[-2000:]}")


def visit(
    setup: Setup, user: str, profile: Path, *, understand: bool = False, shot: Path | None = None
) -> tuple[str, str]:
    """Open the tool as `user` in a fresh browser: ("first contact" | "tool", the DOM shown first).
    With `understand`, click "I understand" on the first-contact page and wait for the tool."""
    proxied = ProxiedChromium(setup.proxy.url, setup.home)
    with ChromiumSession(profile, *proxied.flags(), home=setup.home, size="1280,1400") as browser:
        browser.send("Network.enable", session=True)
        browser.send("Network.setExtraHTTPHeaders", {"headers": {HEADER: user}}, session=True)
        browser.open(TOOL_URL, until=SHOWN)
        dom = browser.dom()
        first = 'id="understand"' in dom
        if first and shot is not None:
            browser.screenshot(shot)
        if first and understand:
            browser.evaluate("document.getElementById('understand').click()")
            _wait(browser, "!!document.getElementById('answer') && document.title === 'Fake ChatGPT'")
            assert browser.evaluate("location.href") == TOOL_URL  # back where the user wanted to go
    return ("first contact" if first else "tool"), dom


def test_the_policy_is_shown_once_per_user_and_policy_version(
    setup: Setup, chat_app: FakeUpstream, tmp_path: Path
) -> None:
    chat_app.clear()
    # Alice's first visit: the summary, in Dutch (the browser's language), before the tool loads.
    shot = tmp_path / "first-contact.png"
    seen, dom = visit(setup, "alice", tmp_path / "a1", understand=True, shot=shot)
    assert seen == "first contact"
    text = re.sub(r"\bAl\b", "AI", ocr(shot)).replace("Al-", "AI-")  # OCR reads a sans-serif "AI" as "Al"
    assert "Voordat je ChatGPT" in text and "begrijp het" in text, text
    assert "Gebruik alleen goedgekeurde AI-tools" in text, text  # a do of the policy, on screen
    assert "AKIA" not in dom and "http://dlp-proxy.local/cheatsheet" in dom
    # The page itself never reached the tool; after "Ik begrijp het" the tool's page did.
    pages = [r for r in chat_app.received if r.method == "GET" and r.path.startswith("/?")]
    assert [r.path for r in pages] == ["/?from=first-contact"]
    [ack] = setup.acknowledgements()
    assert {k: ack[k] for k in ("user", "identity_source", "tool", "language", "policy_version")} == {
        "user": "alice",
        "identity_source": "trusted_header",
        "tool": "chatgpt",
        "language": "nl",
        "policy_version": load_policy(setup.rules).version,
    }

    # Again: straight to the tool. After a restart: still.
    assert visit(setup, "alice", tmp_path / "a2")[0] == "tool"
    setup.restart()
    assert visit(setup, "alice", tmp_path / "a3")[0] == "tool"

    # Bob has not seen it yet.
    assert visit(setup, "bob", tmp_path / "b1", understand=True)[0] == "first contact"
    assert visit(setup, "bob", tmp_path / "b2")[0] == "tool"

    # A policy change is a new version: Alice sees it once more.
    before = load_policy(setup.rules).version
    policy_file = setup.rules / "policy.yaml"
    policy_file.write_text(policy_file.read_text().replace("(toestel 1234)", "(toestel 4321)"))
    after = load_policy(setup.rules).version
    assert after != before
    deadline = time.monotonic() + 60
    while not any(after in line and "policy reloaded" in line for line in setup.proxy.output):
        assert time.monotonic() < deadline, "the proxy never reloaded the edited policy"
        time.sleep(0.2)
    assert visit(setup, "alice", tmp_path / "a4", understand=True)[0] == "first contact"
    assert visit(setup, "alice", tmp_path / "a5")[0] == "tool"

    acks = setup.acknowledgements()
    assert [(a["user"], a["policy_version"]) for a in acks] == [("alice", before), ("bob", before), ("alice", after)]
    schema = jsonschema.Draft202012Validator(json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text()))
    assert [e.message for a in acks for e in schema.iter_errors(a)] == []
    assert "from=first-contact" not in setup.proxy.log_text()  # the address they wanted is not logged
    # The records are in the hash chain; the store beside the log is no log file to `audit verify`.
    logs = setup.proxy.audit_log.parent
    assert (logs / "first-contact-acks.txt").exists()
    verify = subprocess.run([*dlp_proxy_command(), "audit", "verify", str(logs)], capture_output=True, text=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_api_clients_never_get_the_page(setup: Setup, openai_upstream: FakeUpstream, chat_app: FakeUpstream) -> None:
    """Carol never acknowledged: her SDK and httpx calls to approved tools go through untouched."""
    chat_app.clear()
    ssl_context = ssl.create_default_context(cafile=str(setup.proxy.ca))
    headers = {HEADER: "carol"}
    with httpx.Client(proxy=setup.proxy.url, verify=ssl_context, timeout=30, headers=headers) as client:
        page = client.get(TOOL_URL)  # httpx's own Accept: */*
        assert page.status_code == 200 and "<title>Fake ChatGPT</title>" in page.text
        sdk = openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=client, max_retries=0)
        answer = sdk.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Hallo"}])
        assert answer.choices[0].message.content == "Hello from the fake upstream."
    assert [r.path for r in chat_app.received] == ["/?from=first-contact"]
    assert not [a for a in setup.acknowledgements() if a["user"] == "carol"]
