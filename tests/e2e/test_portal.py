"""The portal's pages with the real proxy process: a real blocked prompt (the OpenAI SDK, an AWS
key and a BSN) whose notice links to its decision page; headless Chromium through the proxy, its
CA trusted, opens that link as the same user (the trusted identity header, from a trusted proxy
address) and sees the rule and no value, on the DOM and on a screenshot read by OCR; another
user gets the not-found page; the block page of an unlisted tool links to its decision page and
the assessment form; the cheat sheet in Dutch and English by the browser's language; CA help,
CA downloads and the PAC file through the portal host; no portal request is inspected or logged.
"""

from __future__ import annotations

import re
import shutil
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from dlp_proxy.policy import load_policy
from tests.e2e.browser import CHROMIUM, ProxiedChromium, ocr, trusting_home
from tests.e2e.chromium_cdp import ChromiumSession
from tests.e2e.conftest import ai_redirects, policy_copy
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)"),
    pytest.mark.skipif(shutil.which("certutil") is None, reason="certutil missing (.ci/run installs libnss3-tools)"),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing (.ci/run installs tesseract-ocr)"),
]

HEADER = "X-Authenticated-User"  # identity.trusted_header in rules/users.yaml
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
BSN = "111222333"  # passes the eleven test
PROMPT = f"Waarom werkt deze sleutel niet: {AWS_KEY}? Het gaat om klant met BSN {BSN}."
LINK = re.compile(r"http://dlp-proxy\.local/d/([0-9a-f]{16})")


@pytest.fixture(scope="module")
def portal_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, Any, Any], openai_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    """The real proxy with rules/ where 127.0.0.1 is a trusted proxy: the identity header counts."""
    workdir = tmp_path_factory.mktemp("portal-proxy")
    rules = policy_copy(workdir)
    users = rules / "users.yaml"
    text, n = re.subn(r"(?m)^  trusted_proxies: \[\]$", '  trusted_proxies: ["127.0.0.1/32"]', users.read_text())
    assert n == 1
    users.write_text(text)
    assert load_policy(rules).identity.trusted_proxies == ["127.0.0.1/32"]
    proc = start_proxy(
        workdir, redirects=ai_redirects(openai_upstream), upstream_ca=upstream_ca[0].cert_pem, policy=rules
    )
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, portal_proxy: ProxyProcess) -> Path:
    return trusting_home(tmp_path_factory.mktemp("chromium-home"), portal_proxy.ca)


def blocked_prompt(proxy: ProxyProcess, user: str) -> str:
    """Send PROMPT with the OpenAI SDK as `user`; the SDK's error message (the notice)."""
    http_client = httpx.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=60)
    client = openai.OpenAI(
        api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0, default_headers={HEADER: user}
    )
    with pytest.raises(openai.PermissionDeniedError) as e:
        client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}])
    return str(e.value)


def browse(
    home: Path,
    proxy: ProxyProcess,
    profile: Path,
    url: str,
    user: str,
    shot: Path | None = None,
    lang: str = "en-GB,en",
) -> str:
    """Open `url` in headless Chromium through the proxy, sending the identity header as `user`
    (as an authenticating proxy in front would); the DOM once the page has loaded."""
    flags = ProxiedChromium(proxy.url, home, language=lang).flags()
    with ChromiumSession(profile, *flags, home=home, size="1280,1300") as browser:
        browser.send("Network.enable", session=True)
        browser.send("Network.setExtraHTTPHeaders", {"headers": {HEADER: user}}, session=True)
        browser.open(url, until="document.readyState === 'complete' && !!document.querySelector('main')")
        dom = browser.dom()
        if shot is not None:
            browser.screenshot(shot)
    return dom


def visible(dom: str) -> str:
    """The page's text: tags (and the stylesheet) out, whitespace folded."""
    body = re.sub(r"(?s)<style>.*?</style>", " ", dom)
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())


def test_the_decision_page_of_a_real_blocked_prompt_shows_its_rule_and_no_value_to_the_same_user_only(
    portal_proxy: ProxyProcess, home: Path, tmp_path: Path
) -> None:
    notice = blocked_prompt(portal_proxy, "alice")
    match = LINK.search(notice)
    assert match, notice
    decision_id = match.group(1)
    assert "http://dlp-proxy.local/cheatsheet" in notice
    (record,) = [r for r in portal_proxy.records() if r["decision_id"] == decision_id]
    assert (record["user"], record["identity_source"], record["rule_id"]) == ("alice", "trusted_header", "SECRET-BLOCK")
    before = len(portal_proxy.all_records())

    png = tmp_path / "decision.png"
    dom = browse(home, portal_proxy, tmp_path / "p1", match.group(0), "alice", shot=png)
    text = visible(dom)
    assert "What happened" in text and "Your message was not sent." in text
    assert "SECRET-BLOCK" in text and "OpenAI API" in text
    assert "1 x BSN (Dutch citizen service number)" in text and "1 x password or key" in text
    assert decision_id in text and "Ask for an exception" in text
    for value in (AWS_KEY, BSN, "klant met"):
        assert value not in dom, value
    seen = " ".join(ocr(png).split())
    assert "What happened" in seen and "SECRET-BLOCK" in seen, seen
    assert AWS_KEY not in seen and BSN not in seen

    other = browse(home, portal_proxy, tmp_path / "p2", match.group(0), "bob")
    assert "Decision not found" in visible(other) and "SECRET-BLOCK" not in other
    assert len(portal_proxy.all_records()) == before  # the portal's pages are not decisions


def test_the_block_page_of_an_unlisted_tool_links_to_its_decision_page_and_the_assessment_form(
    portal_proxy: ProxyProcess, home: Path, tmp_path: Path
) -> None:
    dom = browse(home, portal_proxy, tmp_path / "p1", "https://claude.ai/", "carol")
    (page,) = [r for r in portal_proxy.records() if r["host"] == "claude.ai" and r["user"] == "carol"]
    decision_id = page["decision_id"]
    assert f'href="http://dlp-proxy.local/d/{decision_id}"' in dom
    assert f'href="http://dlp-proxy.local/request/tool?tool=claude&amp;d={decision_id}"' in dom
    assert 'href="http://dlp-proxy.local/cheatsheet"' in dom

    details = browse(home, portal_proxy, tmp_path / "p2", f"http://dlp-proxy.local/d/{decision_id}", "carol")
    text = visible(details)
    assert "This AI tool was not opened." in text and "TOOL-UNLISTED" in text and "Claude.ai" in text
    assert "Ask for this tool to be assessed" in text


@pytest.mark.parametrize(
    ("lang", "html_lang", "words"),
    [("nl-NL,nl", "nl", "Goedgekeurde AI-tools"), ("en-GB,en", "en", "Approved AI tools")],
)
def test_the_cheat_sheet_renders_in_the_browsers_language(
    portal_proxy: ProxyProcess, home: Path, tmp_path: Path, lang: str, html_lang: str, words: str
) -> None:
    png = tmp_path / "cheatsheet.png"
    dom = browse(home, portal_proxy, tmp_path / "p", "http://dlp-proxy.local/cheatsheet", "dave", shot=png, lang=lang)
    assert f'<html lang="{html_lang}"' in dom
    policy = load_policy(portal_proxy.process.args[portal_proxy.process.args.index("--policy") + 1])
    approved = [t.name for t in policy.tools if t.status == "approved"]
    assert approved and all(name in dom for name in approved), approved
    assert words.lower() in visible(dom).lower(), visible(dom)[:2000]
    assert png.stat().st_size > 0


def test_ca_help_downloads_and_the_pac_file_answer_through_the_portal_host(portal_proxy: ProxyProcess) -> None:
    verify = ssl.create_default_context(cafile=str(portal_proxy.ca))
    with httpx.Client(proxy=portal_proxy.url, verify=verify, timeout=30) as client:
        for scheme in ("http", "https"):
            ca = client.get(f"{scheme}://dlp-proxy.local/ca", headers={"accept-language": "en"})
            assert ca.status_code == 200 and "NODE_EXTRA_CA_CERTS" in ca.text and "Android" in ca.text
            assert ca.headers["content-security-policy"].startswith("default-src 'none'")
        pem = client.get("https://dlp-proxy.local/ca.pem")
        assert pem.status_code == 200 and pem.text == portal_proxy.ca.read_text()
        der = client.get("http://dlp-proxy.local/ca.der")
        assert der.status_code == 200 and der.headers["content-type"] == "application/pkix-cert"
        pac = client.get("http://dlp-proxy.local/proxy.pac")
        assert pac.status_code == 200 and pac.headers["content-type"] == "application/x-ns-proxy-autoconfig"
        assert f'"PROXY 127.0.0.1:{portal_proxy.port}"' in pac.text and '"dlp-proxy.local": true' in pac.text
        assert client.get("https://dlp-proxy.local/nope").status_code == 404
