"""`dlp-proxy certs` and `dlp-proxy pac` as a network team runs them, and a proxy started on an
imported intermediate CA."""

from __future__ import annotations

import os
import re
import socket
import ssl
import stat
import subprocess
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.serialization import pkcs12

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import REPO, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued
from tests.org_ca import key_pem, org_pki, pem
from tests.pac_harness import find_proxy

pytestmark = pytest.mark.e2e


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        dlp_proxy_command() + list(args), capture_output=True, text=True, cwd=cwd, timeout=120, env=env
    )


def _printed_fingerprint(out: str) -> str:
    match = re.search(r"SHA-256 fingerprint: ([0-9A-F:]{95})", out)
    assert match, out
    return match.group(1)


def _p12_certificate(data: bytes) -> x509.Certificate:
    p12 = pkcs12.load_pkcs12(data, None)
    held = [c.certificate for c in (p12.cert, *p12.additional_certs) if c is not None]
    assert len(held) == 1 and p12.key is None
    return held[0]


def test_init_then_export_every_format(tmp_path: Path) -> None:
    init = _run("certs", "init", "--certs", "ca", "--org", "Voorbeeld BV", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    folder = tmp_path / "ca"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "mitmproxy-ca.pem").stat().st_mode) == 0o600
    assert "PRIVATE" not in init.stdout + init.stderr
    ca = x509.load_pem_x509_certificate((folder / "mitmproxy-ca-cert.pem").read_bytes())
    expected = ca.fingerprint(hashes.SHA256()).hex(":").upper()
    assert _printed_fingerprint(init.stdout) == expected

    loaders = {
        "pem": x509.load_pem_x509_certificate,
        "der": x509.load_der_x509_certificate,
        "p12": _p12_certificate,
    }
    for fmt, load in loaders.items():
        out_file = tmp_path / f"export.{fmt}"
        done = _run("certs", "export", "--certs", "ca", "--format", fmt, "--out", str(out_file), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        data = out_file.read_bytes()
        assert b"PRIVATE KEY" not in data
        assert load(data) == ca
        assert _printed_fingerprint(done.stdout) == expected
        assert f"{ca.fingerprint(hashes.SHA1()).hex(':').upper()}" in done.stdout


def test_init_refuses_to_replace_a_ca_without_force(tmp_path: Path) -> None:
    assert _run("certs", "init", "--certs", "ca", cwd=tmp_path).returncode == 0
    key = tmp_path / "ca" / "mitmproxy-ca.pem"
    before = key.read_bytes()
    again = _run("certs", "init", "--certs", "ca", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
    assert key.read_bytes() == before
    forced = _run("certs", "init", "--certs", "ca", "--force", cwd=tmp_path)
    assert forced.returncode == 0 and key.read_bytes() != before
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_export_without_a_ca_and_import_of_a_bad_ca_give_clear_errors(tmp_path: Path) -> None:
    missing = _run("certs", "export", "--certs", "nowhere", "--out", "x.pem", cwd=tmp_path)
    assert missing.returncode == 2 and "certs init" in missing.stderr
    pki = org_pki()
    (tmp_path / "ca.pem").write_bytes(pem(pki.intermediate))
    (tmp_path / "wrong.key").write_bytes(key_pem(pki.root_key))
    wrong = _run("certs", "init", "--import-ca", "ca.pem", "--import-key", "wrong.key", cwd=tmp_path)
    assert wrong.returncode == 2 and "does not belong" in wrong.stderr
    assert "PRIVATE" not in wrong.stdout + wrong.stderr
    assert not (tmp_path / "certs").exists()
    half = _run("certs", "init", "--import-ca", "ca.pem", cwd=tmp_path)
    assert half.returncode == 2 and "go together" in half.stderr
    blocked = _run("certs", "init", "--certs", "ca.pem/sub", cwd=tmp_path)  # a file where a folder must go
    assert blocked.returncode == 2 and "cannot write" in blocked.stderr and "Traceback" not in blocked.stderr


def test_pac_command_prints_a_file_node_evaluates(tmp_path: Path) -> None:
    out = _run("pac", "--proxy", "proxy.voorbeeld.nl:3128", "--policy", str(REPO / "rules"), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    got = find_proxy(out.stdout, [("https://api.openai.com/v1", "api.openai.com"), ("https://x.nl/", "x.nl")])
    assert got == ["PROXY proxy.voorbeeld.nl:3128", "DIRECT"]
    bad = _run("pac", "--proxy", "proxy.voorbeeld.nl", cwd=tmp_path)
    assert bad.returncode == 2 and "HOST:PORT" in bad.stderr


def test_proxy_on_an_imported_intermediate_ca_serves_leaf_certs_chained_to_the_org_root(
    tmp_path: Path, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> None:
    pki = org_pki()
    (tmp_path / "chain.pem").write_bytes(pem(pki.intermediate, pki.root))
    (tmp_path / "proxy-ca.key").write_bytes(key_pem(pki.key, b"geheim"))
    root = tmp_path / "org-root.pem"
    root.write_bytes(pem(pki.root))
    env = {**os.environ, "ORG_CA_PASS": "geheim"}
    done = _run(
        "certs", "init", "--certs", "proxy/certs", "--import-ca", "chain.pem", "--import-key", "proxy-ca.key",
        "--key-passphrase-env", "ORG_CA_PASS", cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "geheim" not in done.stdout + done.stderr
    assert stat.S_IMODE((tmp_path / "proxy" / "certs" / "mitmproxy-ca.pem").stat().st_mode) == 0o600

    proc = start_proxy(tmp_path / "proxy", redirects=ai_redirects(openai_upstream), upstream_ca=upstream_ca[0].cert_pem)
    try:
        # The client trusts only the organisation's root: the proxy must send the intermediate.
        sock = socket.create_connection(("127.0.0.1", proc.port), timeout=10)
        sock.sendall(b"CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\n\r\n")
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += sock.recv(4096)
        context = ssl.create_default_context(cafile=str(root))
        with context.wrap_socket(sock, server_hostname="api.openai.com") as tls:
            leaf = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True) or b"")
        leaf.verify_directly_issued_by(pki.intermediate)
        with httpx.Client(proxy=proc.url, verify=str(root), timeout=30) as client:
            r = client.post("https://api.openai.com/v1/chat/completions",
                            json={"model": "m", "messages": [{"role": "user", "content": "Wat is 2+2?"}]})  # fmt: skip
        assert r.status_code == 200
        assert proc.records()[-1]["action"] == "allow"
    finally:
        proc.stop()
