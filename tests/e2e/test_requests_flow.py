"""A tool-assessment request from the block page, end to end (issue 17): headless Chromium through the
real proxy, its CA trusted, opens a service only the bundled catalogue knows (poe.com, unlisted),
follows the block page's "ask for this tool to be assessed" link to the portal's form, fills it in
and sends it; the `request` record is in the decision log (masked), and `dlp-proxy requests
export` writes a draft entry for the service with that request.

The block page is the proxy's own answer (nothing is forwarded), and the portal host resolves only
through the proxy: no upstream is needed at all.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.e2e.browser import CHROMIUM, ProxiedChromium, ocr, trusting_home
from tests.e2e.chromium_cdp import CdpError, ChromiumSession
from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)"),
    pytest.mark.skipif(shutil.which("certutil") is None, reason="certutil missing (.ci/run installs libnss3-tools)"),
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract missing (.ci/run installs tesseract-ocr)"),
]

SCHEMA = json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text(encoding="utf-8"))
EMAIL = "jan.jansen@voorbeeld.nl"
PURPOSE = f"Drafting replies to questions from {EMAIL} about our opening hours"


@pytest.fixture(scope="module")
def request_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, Any, Any]
) -> Iterator[ProxyProcess]:
    """The real proxy with the shipped policy, in which poe.com is a bundled-catalogue service only."""
    proc = start_proxy(tmp_path_factory.mktemp("requests-proxy"), redirects={}, upstream_ca=upstream_ca[0].cert_pem)
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory, request_proxy: ProxyProcess) -> ProxiedChromium:
    home = trusting_home(tmp_path_factory.mktemp("chromium-home"), request_proxy.ca)
    return ProxiedChromium(request_proxy.url, home, language="en-GB,en")


def js(value: str) -> str:
    return json.dumps(value)


def test_when_an_employee_asks_from_the_block_page_for_a_tool_to_be_assessed_then_the_request_is_logged_and_exported(
    chromium: ProxiedChromium, request_proxy: ProxyProcess, tmp_path: Path
) -> None:
    with ChromiumSession(tmp_path / "profile", *chromium.flags(), home=chromium.home, size="1280,1400") as browser:
        browser.open("https://poe.com/", until="!!document.getElementById('dlp-ask-tool')")
        [blocked] = [r for r in request_proxy.records() if r["host"] == "poe.com"]
        assert blocked["tool"] == "poe" and blocked["tool_source"] == "bundled" and blocked["action"] == "block"
        link = browser.evaluate("document.getElementById('dlp-ask-tool').href")
        assert link == f"http://dlp-proxy.local/request/tool?tool=poe&d={blocked['decision_id']}"

        # follow the link as a person would, then fill in the form and send it
        browser.evaluate("document.getElementById('dlp-ask-tool').click()")
        _wait(browser, "!!document.getElementById('purpose')")
        assert "Ask for this AI tool to be assessed" in browser.dom()
        browser.evaluate(
            f"document.getElementById('purpose').value = {js(PURPOSE)};"
            "document.getElementById('category-general_use').checked = true;"
            "document.getElementById('level-low').checked = true;"
            "document.getElementById('level-medium').checked = true;"
            "document.getElementById('send').click()"
        )
        _wait(browser, "!!document.getElementById('dlp-request')")
        dom = browser.dom()
        request_id = browser.evaluate("document.getElementById('dlp-request').textContent")
        png = browser.screenshot(tmp_path / "done.png")

    # the confirmation: recorded, with its reference, and the e-mail address masked
    assert re.fullmatch(r"req-[0-9a-f]{16}", request_id)
    assert "Your request has been recorded" in dom and EMAIL not in dom and "&lt;EMAIL_ADDRESS&gt;" in dom
    text = ocr(png)
    assert "Your request has been recorded" in text, text

    # the record, in the decision log, before the page answered
    [record] = [r for r in request_proxy.all_records() if r.get("event") == "request"]
    jsonschema.validate(record, SCHEMA)
    assert record["request_id"] == request_id and record["kind"] == "tool_assessment"
    assert record["tool"] == "poe" and record["decision_id"] == blocked["decision_id"]
    assert record["user"] == blocked["user"] and record["policy_version"] == blocked["policy_version"]
    assert record["use_category"] == "general_use" and record["data_levels"] == ["low", "medium"]
    assert record["purpose"] == PURPOSE.replace(EMAIL, "<EMAIL_ADDRESS>")
    assert EMAIL not in request_proxy.log_text()

    # the owner's draft
    result = subprocess.run(
        [*dlp_proxy_command(), "requests", "export", "--kind", "tool", "--log", str(request_proxy.audit_log.parent),
         "--policy", str(REPO / "rules")],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [entry] = yaml.safe_load(result.stdout)["tools"]
    assert entry["id"] == "poe" and entry["approved_for"] == "medium" and entry["category"] == "general_use"
    assert request_id in result.stdout and "<EMAIL_ADDRESS>" in result.stdout and EMAIL not in result.stdout

    # the compliance report: an open assessment request for the tool, without the employee's words
    report = subprocess.run(
        [*dlp_proxy_command(), "report", str(request_proxy.audit_log.parent), "--format", "json"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    asked = json.loads(report.stdout)["requests_by_tool"]["poe/tool_assessment"]
    assert (asked["requests"], asked["distinct_users"], asked["state"]) == (1, 1, "open")
    assert "<EMAIL_ADDRESS>" not in report.stdout and "opening hours" not in report.stdout


def _wait(browser: ChromiumSession, until: str, timeout: float = 60.0) -> None:
    """Wait for a page the browser is loading by itself (after a click) to satisfy `until`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if browser.evaluate(until):
                return
        except CdpError:  # between documents
            pass
        time.sleep(0.1)
    raise CdpError(f"{until!r} not true {timeout} s after the click; DOM: {browser.dom()[-2000:]}")
