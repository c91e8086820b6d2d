"""The auditor's report from the real proxy's log: HTML with visible charts in Chromium, CSV with the same
totals, and the Dutch report with the requests and acknowledgements sections."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from dlp_proxy.audit import DecisionLog
from tests.e2e.browser import CHROMIUM, ocr, rendered_dom, screenshot
from tests.e2e.png_pixels import colours
from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)")]

# The chart colours of dlp_proxy/audit/report_html.py: allow, pseudonymise, redact, block.
BAR_COLOURS = {(0x3F, 0x8F, 0x5A), (0x5B, 0x8F, 0xD6), (0x3B, 0x73, 0xC4), (0xC0, 0x39, 0x2B)}


def _report(logdir: Path | list[Path], fmt: str, out: Path, *extra: str) -> Path:
    folders = [str(p) for p in (logdir if isinstance(logdir, list) else [logdir])]
    result = subprocess.run(
        [*dlp_proxy_command(), "report", *folders, "--format", fmt, "--out", str(out), *extra],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


def test_html_report_renders_with_charts_and_csv_has_the_same_totals(proxy: ProxyProcess, tmp_path: Path) -> None:
    prompts = ["Wat is 2+2?", "Mail piet.puk@example.org", "key ghp_" + "a1B2" * 9]
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
        for p in prompts:
            client.post(
                "https://api.openai.com/v1/chat/completions",
                json={"model": "m", "messages": [{"role": "user", "content": p}]},
            )
        client.get("https://claude.ai/", headers={"accept": "text/html"})  # shadow AI
    logdir = proxy.audit_log.parent
    html = _report(logdir, "html", tmp_path / "report.html", "--lang", "en")
    summary = json.loads(_report(logdir, "json", tmp_path / "report.json").read_text())
    assert summary["totals"]["records"] == len(proxy.records())

    page = html.read_text(encoding="utf-8")
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page  # self-contained
    dom = rendered_dom(html.as_uri(), tmp_path / "profile-dom")
    assert dom.count('class="chart"') >= 2 and dom.count("<rect") >= 4
    assert "claude" in dom  # the shadow-AI inventory names the unlisted tool
    for control in ("A.8.12", "A.8.15", "A.8.16", "A.5.10", "NEN 7510"):
        assert control in dom

    # The whole report: the charts come after the evidence tables, which grew with pseudonymise.
    png = screenshot(html.as_uri(), tmp_path / "report.png", tmp_path / "profile-shot", "1280,6000")
    seen = colours(png)
    painted = {c: n for c, n in seen.items() if c in BAR_COLOURS}
    assert len(painted) >= 2 and sum(painted.values()) > 500, painted  # the bars are on screen

    rows = list(csv.reader(io.StringIO(_report(logdir, "csv", tmp_path / "report.csv").read_text(encoding="utf-8"))))
    csv_totals = {r[1]: r[3] for r in rows if r and r[0] == "totals"}
    for key in ("records", "allow", "pseudonymise", "redact", "block"):
        assert int(csv_totals[key]) == summary["totals"][key]


def _portal_records(decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Requests and acknowledgements as the portal commits them (issue 17's record formats), about the
    proxy's own users, decisions and policy version: two assessments of claude.ai, one exception."""
    blocked = next(r for r in decisions if r["tool"] == "claude")
    user, version = blocked["user"], decisions[-1]["policy_version"]
    who = {"user": user, "identity_source": blocked["identity_source"], "client_address": blocked["client_address"]}
    request = {"event": "request", "schema_version": 1, "tool": "claude", "tool_name": "Claude <script>x</script>",
               "decision_id": blocked["decision_id"], **who, "policy_version": version, "client": None,
               "consent_by": None, "reason": None}  # fmt: skip
    return [
        request | {"request_id": "req-00000000000000a1", "kind": "tool_assessment", "use_category": "general_use",
                   "data_levels": ["low"], "purpose": "Samenvatten van openbare rapporten"},
        request | {"request_id": "req-00000000000000a2", "kind": "tool_assessment", "user": "collega-2",
                   "use_category": "internal_productivity", "data_levels": ["low", "medium"], "purpose": "Notulen"},
        request | {"request_id": "req-00000000000000a3", "kind": "exception", "tool": "openai-api",
                   "tool_name": "OpenAI API", "use_category": "client_projects", "data_levels": ["high"],
                   "purpose": None, "client": "acme", "consent_by": "J. Jansen", "reason": "Offerte"},
        {"event": "acknowledgement", "schema_version": 1, **who, "policy_version": version,
         "policy_name": "AI-beleid Voorbeeld BV", "tool": "chatgpt", "language": "nl"},
    ]  # fmt: skip


def test_dutch_report_shows_requests_and_acknowledgements_in_chromium(proxy: ProxyProcess, tmp_path: Path) -> None:
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
        client.post(
            "https://api.openai.com/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "Wat is 2+2?"}]},
        )
        client.get("https://claude.ai/", headers={"accept": "text/html"})  # blocked: unlisted
    # The portal's records in a log of their own (a second replica's folder), committed as the portal
    # does: timestamped and chained by the real decision log.
    portal = tmp_path / "portal-logs"
    log = DecisionLog(str(portal / "decisions.jsonl"))
    try:
        for record in _portal_records(proxy.records()):
            log.write(record)
    finally:
        log.close()

    html = _report([proxy.audit_log.parent, portal], "html", tmp_path / "rapport.html", "--lang", "nl")
    summary = json.loads(_report([proxy.audit_log.parent, portal], "json", tmp_path / "r.json").read_text())
    assert (summary["totals"]["requests"], summary["totals"]["tool_assessment_requests"]) == (3, 2)
    page = html.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and "<script>x" not in page
    for words in ("Samenvatten", "Notulen", "J. Jansen", "Offerte"):  # what requesters wrote: never in the report
        assert words not in page

    dom = rendered_dom(html.as_uri(), tmp_path / "profile-nl")
    requests = dom[dom.index('id="requests"') : dom.index('id="justifications"')]
    assert "Aanvragen: nieuwe tools en uitzonderingen" in requests
    assert "Claude &lt;script&gt;x&lt;/script&gt;" in requests and "beoordeling van een tool" in requests
    assert "algemeen gebruik en onderzoek 1" in requests and "laag risico 2, middel risico 1" in requests
    assert "acme" in requests and "klantprojecten 1" in requests
    acks = dom[dom.index('id="acknowledgements"') : dom.index('id="failures"')]
    users = summary["acknowledgement_of_current"]["active_users"]
    assert f"1 van de {users} gebruikers die in deze periode actief waren" in acks
    assert "Bewijs per beheersmaatregel" in dom and "A.6.3" in dom

    png = screenshot(html.as_uri(), tmp_path / "rapport.png", tmp_path / "profile-nl-shot", "1280,900")
    seen = ocr(png)
    for words in ("voorkomen van datalekken", "Totalen", "Bewijs per beheersmaatregel"):  # OCR reads "AI" as "Al"
        assert words in seen, seen
