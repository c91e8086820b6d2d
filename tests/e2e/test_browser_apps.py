"""What an employee sees in a real browser: headless Chromium through the real proxy, its CA trusted.

Chromium trusts the proxy's CA from an NSS database in a throw-away HOME (as an administrator
installs it), not through --ignore-certificate-errors; one test shows that without it the
page does not load. The chat tests run a fake ChatGPT web app (tests/e2e/fake_chat_app.py)
whose page sends the prompt in ChatGPT's request format and renders the v1 delta stream.
What is on screen is read back with OCR (Debian's tesseract) as well as from the DOM.
"""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.e2e.browser import CHROMIUM, ProxiedChromium, ocr, rendered_dom, trusting_home
from tests.e2e.chromium_cdp import ChromiumSession
from tests.e2e.fake_chat_app import ANSWER, CONVERSATION, HOSTS, prompts, start_fake_chat_app
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)"),
    pytest.mark.skipif(shutil.which("certutil") is None, reason="certutil missing (.ci/run installs libnss3-tools)"),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing (.ci/run installs tesseract-ocr)"),
]

AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
WARNED = "VERTROUWELIJK\nVat dit persbericht samen: de nieuwe vestiging opent in maart."
REASON = "Openbaar persbericht op een intern sjabloon"


@pytest.fixture(scope="module")
def chat_app(tls_dir: Path, upstream_ca: tuple[Issued, Any, Any]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir / "chat-app", HOSTS, key, cert)
    app = start_fake_chat_app(issued.cert_pem, issued.key_pem)
    yield app
    app.stop()


@pytest.fixture(scope="module")
def browser_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, Any, Any], chat_app: FakeUpstream
) -> Iterator[ProxyProcess]:
    """The real proxy with the bundled policy; the ChatGPT hosts lead to the fake chat app."""
    workdir = tmp_path_factory.mktemp("browser-proxy")
    proc = start_proxy(workdir, redirects=dict.fromkeys(HOSTS, chat_app.port), upstream_ca=upstream_ca[0].cert_pem)
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory, browser_proxy: ProxyProcess) -> ProxiedChromium:
    home = trusting_home(tmp_path_factory.mktemp("chromium-home"), browser_proxy.ca)
    return ProxiedChromium(browser_proxy.url, home)


@pytest.fixture
def app(chat_app: FakeUpstream) -> FakeUpstream:
    chat_app.clear()
    return chat_app


def new_records(proxy: ProxyProcess, before: int) -> list[dict[str, Any]]:
    return proxy.records()[before:]


def new_prompts(proxy: ProxyProcess, before: int) -> list[dict[str, Any]]:
    """The prompt records written since `before` (every request is judged and logged, page loads too)."""
    return [r for r in new_records(proxy, before) if r["method"] == "POST"]


def chat_url(prompt: str) -> str:
    return "https://chatgpt.com/#q=" + quote(prompt, safe="")


# The fake app marks its answer bubble "waiting", "streaming", then "done" (or "error <status>").
ANSWERED = "(s => !!s && s !== 'waiting' && s !== 'streaming')(document.getElementById('answer')?.dataset.status)"


def chat(chromium: ProxiedChromium, prompt: str, profile: Path, shot: Path | None = None) -> tuple[str, str]:
    """Open the fake ChatGPT with `prompt`, wait for its answer; (status, answer text), one page load."""
    with ChromiumSession(profile, *chromium.flags(), home=chromium.home, size="1280,1400") as browser:
        browser.open(chat_url(prompt), until=ANSWERED)
        dom = browser.dom()
        if shot is not None:
            browser.screenshot(shot)
    return answer_of(dom)


def answer_of(dom: str) -> tuple[str, str]:
    """(data-status, text) of the fake app's answer bubble in a dumped DOM."""
    m = re.search(r'<div class="turn" id="answer" data-status="([^"]*)">(.*?)</div>', dom, re.S)
    assert m, dom[-3000:]
    return m.group(1), html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))


def seen(text: str) -> str:
    """OCR text with the usual confusions of sans-serif capitals undone ("Al" for "AI")."""
    return re.sub(r"\bAl\b", "AI", text).replace("Al-", "AI-")


def same_glyphs(text: str) -> str:
    """Text with the characters OCR mixes up in a hex number made equal, spaces dropped."""
    return text.lower().translate(str.maketrans("oil@", "0110", " "))


def shows_id(ocr_text: str, decision_id: str, misread: int = 2) -> bool:
    """Whether OCR text holds the 16-hex decision id, allowing `misread` glyphs read wrong
    (tesseract takes a 0 for @ or o now and then); a random id matches by chance ~never."""
    text, want = same_glyphs(ocr_text), same_glyphs(decision_id)
    return any(
        sum(a != b for a, b in zip(text[i : i + len(want)], want, strict=True)) <= misread
        for i in range(len(text) - len(want) + 1)
    )


# --- the block page -------------------------------------------------------------------------


def test_when_a_browser_opens_an_unlisted_ai_tool_then_it_shows_the_block_page_and_the_visit_is_logged(
    chromium: ProxiedChromium, browser_proxy: ProxyProcess, tmp_path: Path
) -> None:
    before = len(browser_proxy.records())
    dom = chromium.dom("https://claude.ai/", tmp_path / "p1")
    png = chromium.screenshot("https://claude.ai/", tmp_path / "claude.png", tmp_path / "p2")

    assert "Deze AI-tool is niet toegestaan" in dom
    assert "<b>Claude.ai</b> staat niet op de lijst met goedgekeurde AI-tools" in dom
    assert "Gebruik in plaats daarvan: ChatGPT (betaald)" in dom
    pages = [r for r in new_records(browser_proxy, before) if r["endpoint"] == "navigation"]
    assert [(r["tool"], r["host"], r["action"], r["rule_id"]) for r in pages] == [
        ("claude", "claude.ai", "block", "TOOL-UNLISTED")
    ] * 2
    assert pages[0]["decision_id"] in dom and pages[0]["language"] == "nl"

    text = seen(ocr(png))
    for words in ("Deze AI-tool is niet toegestaan", "Claude.ai staat niet op de lijst", "Goedgekeurde AI-tools"):
        assert words in text, text
    assert "TOOL-UNLISTED" in text and shows_id(text, pages[1]["decision_id"]), text


def test_when_an_english_browser_opens_an_unlisted_ai_tool_then_the_page_is_in_english(
    chromium: ProxiedChromium, browser_proxy: ProxyProcess, tmp_path: Path
) -> None:
    english = ProxiedChromium(chromium.proxy_url, chromium.home, language="en-GB,en")
    before = len(browser_proxy.records())
    png = english.screenshot("https://www.perplexity.ai/", tmp_path / "perplexity.png", tmp_path / "p")

    text = seen(ocr(png))
    assert "This AI tool is not allowed" in text and "Perplexity is not on the list of approved AI tools" in text, text
    [page] = [r for r in new_records(browser_proxy, before) if r["endpoint"] == "navigation"]
    assert (page["tool"], page["language"]) == ("perplexity", "en")


def test_when_a_browser_opens_a_forbidden_ai_tool_then_the_page_gives_the_catalogue_notes(
    chromium: ProxiedChromium, browser_proxy: ProxyProcess, tmp_path: Path
) -> None:
    before = len(browser_proxy.records())
    dom = chromium.dom("https://chat.deepseek.com/", tmp_path / "p")

    assert "<b>DeepSeek</b> is verboden binnen de organisatie." in dom
    assert "Toelichting: Data stored outside the EU" in dom
    [page] = [r for r in new_records(browser_proxy, before) if r["endpoint"] == "navigation"]
    assert (page["tool"], page["tool_status"], page["rule_id"]) == ("deepseek", "forbidden", "TOOL-FORBIDDEN")


def test_when_the_proxy_ca_is_not_trusted_then_chromium_refuses_the_page(
    browser_proxy: ProxyProcess, tmp_path: Path
) -> None:
    # The control for the tests above: they see the page because the CA is trusted, not by luck.
    untrusting = tmp_path / "home"
    (untrusting / ".pki" / "nssdb").mkdir(parents=True)
    dom = rendered_dom("https://claude.ai/", tmp_path / "p", f"--proxy-server={browser_proxy.url}", home=untrusting)

    assert "niet toegestaan" not in dom and "not allowed" not in dom


# --- the fake chat app --------------------------------------------------------------------


def test_when_the_chat_app_posts_a_prompt_with_a_key_then_the_notice_is_streamed_into_the_chat(
    chromium: ProxiedChromium, browser_proxy: ProxyProcess, app: FakeUpstream, tmp_path: Path
) -> None:
    prompt = f"Waarom werkt deze sleutel niet: {AWS_KEY}"
    before = len(browser_proxy.records())
    png = tmp_path / "blocked.png"
    status, text = chat(chromium, prompt, tmp_path / "p", shot=png)

    assert status == "done", (status, text)  # read from the app's own stream format, not an error path
    assert "Niet verzonden door het AI-beleid" in text and "SECRET-BLOCK" in text
    assert AWS_KEY not in text
    assert not [r for r in app.received if r.method == "POST"]  # the app's server never saw it
    records = [r for r in new_prompts(browser_proxy, before) if r["tool"] == "chatgpt"]
    assert [(r["action"], r["rule_id"], r["entities"]) for r in records] == [("block", "SECRET-BLOCK", {"SECRET": 1})]
    assert records[0]["decision_id"] in text
    assert AWS_KEY not in browser_proxy.log_text()

    screen = seen(ocr(png))
    assert "Niet verzonden door het AI-beleid" in screen and "SECRET-BLOCK" in screen, screen


def test_when_the_chat_app_posts_a_harmless_prompt_then_the_answer_is_rendered(
    chromium: ProxiedChromium, app: FakeUpstream, tmp_path: Path
) -> None:
    prompt = "Wat is de hoofdstad van Frankrijk?"
    status, text = chat(chromium, prompt, tmp_path / "p")

    assert (status, text) == ("done", ANSWER)
    assert prompts(app) == [prompt]
    [post] = [r for r in app.received if r.method == "POST"]
    assert post.path == CONVERSATION


def test_when_a_warned_prompt_is_sent_again_with_the_code_and_a_reason_then_it_goes_and_the_reason_is_logged(
    chromium: ProxiedChromium, browser_proxy: ProxyProcess, app: FakeUpstream, tmp_path: Path
) -> None:
    before = len(browser_proxy.records())
    status, held = chat(chromium, WARNED, tmp_path / "p1")

    assert status == "done" and "INTERNAL-LOW-TOOL" in held, held
    code = re.search(r"DLP-OK ([A-Z2-7]{8})", held)
    assert code, held
    assert not [r for r in app.received if r.method == "POST"]
    [warned] = new_prompts(browser_proxy, before)
    assert (warned["action"], warned["justification"]) == ("warn", None)

    resent = f"DLP-OK {code.group(1)}: {REASON}\n{WARNED}"
    status, text = chat(chromium, resent, tmp_path / "p2")

    assert (status, text) == ("done", ANSWER)
    assert prompts(app) == [WARNED]  # the DLP-OK line never leaves the proxy
    [_, released] = new_prompts(browser_proxy, before)
    assert (released["action"], released["rule_id"]) == ("allow", "INTERNAL-LOW-TOOL")
    assert released["justification"] == REASON
