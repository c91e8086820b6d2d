"""The `dlp-proxy` command as a user runs it."""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command

pytestmark = pytest.mark.e2e


def _run(*args: str, stdin: str | None = None, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        dlp_proxy_command() + list(args), input=stdin, capture_output=True, text=True, cwd=cwd, timeout=120
    )


def test_help_documents_every_command() -> None:
    out = _run("--help")
    assert out.returncode == 0
    for command in ("run", "scan"):
        assert command in out.stdout
    for command in ("run", "scan"):
        sub = _run(command, "--help")
        assert sub.returncode == 0 and "usage: dlp-proxy " + command in sub.stdout


def test_scan_reads_stdin_and_prints_findings_without_values() -> None:
    text = "Mail piet@example.org, IBAN NL91 ABNA 0417 1643 00, key sk-ant-api03-abcdefghijklmnopqrstuvwx"
    out = _run("scan", "-", stdin=text)
    assert out.returncode == 0, out.stderr
    assert "EMAIL_ADDRESS" in out.stdout and "IBAN_CODE" in out.stdout and "SECRET" in out.stdout
    assert "piet@example.org" not in out.stdout and "abcdefghij" not in out.stdout
    as_json = json.loads(_run("scan", "-", "--json", stdin=text).stdout)
    spans = {(f["entity_type"], text[f["start"] : f["end"]]) for f in as_json["findings"]}
    assert ("EMAIL_ADDRESS", "piet@example.org") in spans
    assert ("IBAN_CODE", "NL91 ABNA 0417 1643 00") in spans


def test_scan_jsonl_writes_one_line_per_row(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "Geen gegevens hier."}, {"id": 2, "text": "Bel +31 6 12345678 of mail x@y.nl"}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = _run("scan", "--jsonl", str(src))
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", 2]
    assert lines[0]["findings"] == []
    types = sorted(f["entity_type"] for f in lines[1]["findings"])
    assert types == ["EMAIL_ADDRESS", "PHONE_NUMBER"]
    assert set(lines[1]["findings"][0]) == {"entity_type", "category", "start", "end", "score"}


def test_run_refuses_an_invalid_policy_with_file_field_and_fix(tmp_path: Path) -> None:
    policy = tmp_path / "rules"
    shutil.copytree(REPO / "rules", policy)
    tools = policy / "tools.yaml"
    tools.write_text(tools.read_text(encoding="utf-8").replace("approved_for: low", "approved_for: lowish", 1))
    out = _run("run", "--policy", str(policy), "--listen-port", "0", cwd=tmp_path)
    assert out.returncode == 2
    assert "refusing to start" in out.stderr
    assert "tools.yaml:" in out.stderr and "approved_for" in out.stderr and "fix:" in out.stderr


def test_ca_is_created_with_a_private_key_only_the_owner_can_read(proxy: ProxyProcess) -> None:
    assert proxy.ca.exists()
    assert "BEGIN CERTIFICATE" in proxy.ca.read_text()
    key = proxy.certs / "mitmproxy-ca.pem"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(proxy.certs.stat().st_mode) == 0o700  # the folder too: nobody else lists it
    assert "PRIVATE KEY" not in proxy.ca.read_text()
    # No copy of the key in any other file mitmproxy might derive (.p12 holds the key).
    for other in proxy.certs.iterdir():
        if other != key:
            assert "PRIVATE KEY" not in other.read_bytes().decode("latin-1"), other.name


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl not installed")
def test_curl_through_the_proxy_gets_the_notice_for_a_secret(proxy: ProxyProcess) -> None:
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "ghp_" + "a1B2" * 9}]})
    out = subprocess.run(
        [
            "curl", "-sS", "--proxy", proxy.url, "--cacert", str(proxy.ca),
            "-H", "content-type: application/json", "-H", "accept-language: nl",
            "-d", body, "-w", "\n%{http_code}", "https://api.openai.com/v1/chat/completions",
        ],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    payload, status = out.stdout.rsplit("\n", 1)
    assert status == "403"
    message = json.loads(payload)["error"]["message"]
    assert message.startswith("Niet verzonden door het AI-beleid (regel SECRET-BLOCK)")
    assert "a1B2" not in message
