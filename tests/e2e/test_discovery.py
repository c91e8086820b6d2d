"""Discovery without decryption through the real proxy: tunnels to AI-looking hosts in neither
catalogue stay untouched (the client sees the server's own certificate) and become `observed`
records (counts only) that `dlp-proxy report` lists as "possibly AI, not assessed" (next to the
bundled-catalogue services used, by kind) and that `dlp-proxy audit verify` accepts as links of the
chain; a tunnel to an ordinary host leaves nothing."""

from __future__ import annotations

import json
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from tests.e2e.conftest import TUNNEL_HOST
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = pytest.mark.e2e

LLM_HOST = "api.newmodel-llm.test"  # keyword:llm, under a TLD nobody can own
AI_TLD_HOST = "chat.e2e-unknown-lab.ai"  # tld:ai; made up, in no catalogue
BUNDLED_HOST = "www.midjourney.com"  # in the bundled catalogue (kind image), not in rules/tools.yaml
SCHEMA = json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text(encoding="utf-8"))
OBSERVED_FIELDS = {"timestamp", "event", "schema_version", "policy_version", "host", "pattern", "connections",
                   "first_seen", "last_seen", "seq", "prev_hash", "hash"}  # fmt: skip


@pytest.fixture(scope="module")
def servers(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[tuple[FakeUpstream, Issued]]:
    """One local TLS server for the AI-looking hosts and tunnel.test, with its own certificate."""
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, [LLM_HOST, AI_TLD_HOST, TUNNEL_HOST], key, cert)  # type: ignore[arg-type]
    server = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield server, issued
    server.stop()


def proxy_with(tmp_path: Path, server: FakeUpstream, ca: Issued, flush_s: int) -> ProxyProcess:
    redirects = dict.fromkeys([LLM_HOST, AI_TLD_HOST, TUNNEL_HOST], server.port)
    return start_proxy(
        tmp_path, redirects=redirects, upstream_ca=ca.cert_pem, extra=["--set", f"dlp_discovery_flush_s={flush_s}"]
    )


def tunnel(proxy: ProxyProcess, host: str, trust: Path) -> bytes:
    """CONNECT, TLS trusting only the upstream CA (an intercepted tunnel fails here), one request
    through it; the server's certificate."""
    sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=20)
    sock.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n".encode())
    reply = b""
    while b"\r\n\r\n" not in reply:
        reply += sock.recv(4096)
    assert reply.startswith(b"HTTP/1.1 200"), reply
    with ssl.create_default_context(cafile=str(trust)).wrap_socket(sock, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
        body = b'{"model": "m", "messages": [{"role": "user", "content": "jan.jansen@voorbeeld.nl"}]}'
        head = f"POST /v1/chat/completions HTTP/1.1\r\nHost: {host}\r\nContent-Length: {len(body)}\r\n"
        tls.sendall(head.encode() + b"Connection: close\r\n\r\n" + body)
        answer = b""
        while chunk := tls.recv(65536):
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
        assert der is not None
        return der


def observed(proxy: ProxyProcess) -> list[dict[str, Any]]:
    lines = proxy.log_text().splitlines()
    return [r for r in (json.loads(line) for line in lines if line) if r["event"] == "observed"]


def wait_for(proxy: ProxyProcess, host: str, connections: int, timeout: float = 60) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mine = [r for r in observed(proxy) if r["host"] == host]
        if sum(r["connections"] for r in mine) >= connections:
            return mine
        time.sleep(0.2)
    raise AssertionError(f"no observed record of {host} with {connections} connections: {observed(proxy)}")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*dlp_proxy_command(), *args], capture_output=True, text=True, cwd=REPO, timeout=120)


def test_an_ai_looking_tunnel_is_counted_reported_and_chained_but_never_decrypted(
    tmp_path: Path, servers: tuple[FakeUpstream, Issued], upstream_ca: tuple[Issued, object, object]
) -> None:
    server, issued = servers
    proxy = proxy_with(tmp_path, server, upstream_ca[0], flush_s=1)
    try:
        for host in [LLM_HOST, LLM_HOST, LLM_HOST, AI_TLD_HOST, TUNNEL_HOST, TUNNEL_HOST]:
            assert tunnel(proxy, host, upstream_ca[0].cert_pem) == issued.der  # the server's own certificate
        assert {r.host for r in server.received} >= {LLM_HOST, AI_TLD_HOST, TUNNEL_HOST}  # the bytes went through
        # A service only the bundled catalogue knows: decrypted and judged (unlisted: blocked).
        with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
            page = client.get(f"https://{BUNDLED_HOST}/", headers={"accept": "text/html"})
        assert page.status_code == 403
        llm = wait_for(proxy, LLM_HOST, 3)
        ai_tld = wait_for(proxy, AI_TLD_HOST, 1)
    finally:
        proxy.stop()

    assert sum(r["connections"] for r in llm) == 3 and {r["pattern"] for r in llm} == {"keyword:llm"}
    assert {r["pattern"] for r in ai_tld} == {"tld:ai"}
    records = observed(proxy)
    assert all(r["host"] != TUNNEL_HOST for r in records)  # an ordinary name: nothing recorded
    [decision] = proxy.records()  # the bundled service's; the tunnels were neither decrypted nor judged
    assert (decision["tool"], decision["tool_kind"], decision["tool_source"]) == ("midjourney", "image", "bundled")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for r in records:
        assert set(r) == OBSERVED_FIELDS  # counts only: no user, client address, path or bytes
        assert not list(validator.iter_errors(r))
    observed_lines = "".join(json.dumps(r) for r in records)
    assert (
        "127.0.0.1" not in observed_lines and "jan.jansen" not in proxy.log_text() and "/v1/chat" not in observed_lines
    )

    logdir = proxy.audit_log.parent
    verified = cli("audit", "verify", str(logdir))
    assert verified.returncode == 0 and f"OK: {len(records) + 1} record(s)" in verified.stdout, verified.stdout
    report = json.loads(cli("report", str(logdir), "--format", "json").stdout)
    assert report["possibly_ai"][LLM_HOST]["connections"] == 3
    assert report["possibly_ai"][AI_TLD_HOST]["connections"] == 1
    assert TUNNEL_HOST not in report["possibly_ai"]
    assert report["totals"]["records"] == 1  # observed records are no decisions
    bundled = report["shadow_ai_bundled"]["midjourney"]
    assert (bundled["kind"], bundled["requests"], bundled["block"]) == ("image", 1, 1)
    html = cli("report", str(logdir), "--format", "html", "--lang", "en").stdout
    section = html[html.index('id="possibly-ai"') :]
    section = section[: section.index("</section>")]
    assert "Possibly AI, not assessed" in section and LLM_HOST in section and ">3<" in section


def test_counts_not_yet_flushed_are_written_when_the_proxy_stops(
    tmp_path: Path, servers: tuple[FakeUpstream, Issued], upstream_ca: tuple[Issued, object, object]
) -> None:
    server, issued = servers
    proxy = proxy_with(tmp_path, server, upstream_ca[0], flush_s=3600)
    try:
        assert tunnel(proxy, AI_TLD_HOST, upstream_ca[0].cert_pem) == issued.der
        time.sleep(1)
        assert observed(proxy) == []  # the hour has not passed
    finally:
        proxy.stop()  # SIGTERM: mitmproxy's shutdown runs the addons' done hooks
    assert proxy.process.returncode is not None
    [record] = observed(proxy)
    assert (record["host"], record["connections"]) == (AI_TLD_HOST, 1)
    assert cli("audit", "verify", str(proxy.audit_log.parent)).returncode == 0
