"""Detection never reaches the network: start-up and scanning inside a network namespace with no network."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from tests.e2e.proxy_process import REPO, dlp_proxy_command

pytestmark = pytest.mark.e2e


def _unshare_works() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare -n (root or user namespaces)")
def test_scan_works_with_the_network_unavailable(tmp_path) -> None:
    rows = [
        {"id": 1, "text": "Mail an.de.vries@gemeente.amsterdam of info@shop.co.uk of x@y.museum"},
        {"id": 2, "text": "Dear John Smith, your key is sk-ant-api03-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"},
        {"id": 3, "text": "BSN 111222333, IBAN DE89 3704 0044 0532 0130 00"},
    ]
    src = tmp_path / "rows.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    # No network at all in the namespace (loopback down too): a download attempt fails at
    # once, and tldextract would fall back silently, so we also assert the findings.
    out = subprocess.run(
        ["unshare", "-n", *dlp_proxy_command(), "scan", "--jsonl", str(src)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    found = {row["id"]: [f["entity_type"] for f in row["findings"]] for row in map(json.loads, out.stdout.splitlines())}
    assert found[1].count("EMAIL_ADDRESS") == 3
    assert "SECRET" in found[2]
    assert sorted(found[3]) == ["IBAN_CODE", "NL_BSN"]
    for warning in ("Downloading", "download", "urlopen", "ConnectionError"):
        assert warning not in out.stderr
