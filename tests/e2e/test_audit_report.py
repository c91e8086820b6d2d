"""The auditor's report from the real proxy's log: HTML with visible charts in Chromium, CSV with the same totals."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.e2e.browser import CHROMIUM, rendered_dom, screenshot
from tests.e2e.png_pixels import colours
from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(CHROMIUM is None, reason="chromium missing (.ci/run installs it)")]

# The chart colours of dlp_proxy/audit/report_html.py: allow, pseudonymise, redact, block.
BAR_COLOURS = {(0x3F, 0x8F, 0x5A), (0x5B, 0x8F, 0xD6), (0x3B, 0x73, 0xC4), (0xC0, 0x39, 0x2B)}


def _report(logdir: Path, fmt: str, out: Path) -> Path:
    result = subprocess.run(
        [*dlp_proxy_command(), "report", str(logdir), "--format", fmt, "--out", str(out)],
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
    html = _report(logdir, "html", tmp_path / "report.html")
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
