"""The admin port of the real proxy process: probes, Prometheus metrics, the PAC file, the CA."""

from __future__ import annotations

import socket
import ssl
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from prometheus_client.parser import text_string_to_metric_families

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import SECRETS, ProxyProcess, free_port, start_proxy
from tests.e2e.tls_material import Issued
from tests.pac_harness import find_proxy

pytestmark = pytest.mark.e2e

SECRET = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS key shape


class Admin:
    def __init__(self, proxy: ProxyProcess, port: int) -> None:
        self.proxy, self.port = proxy, port

    def get(self, path: str, token: str | None = SECRETS["DLP_ADMIN_TOKEN"]) -> httpx.Response:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        return httpx.get(f"http://127.0.0.1:{self.port}{path}", timeout=10, headers=headers)

    def samples(self) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
        r = self.get("/metrics")
        assert r.status_code == 200, r.text
        return {
            (s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(r.text)
            for s in family.samples
        }


@pytest.fixture(scope="module")
def admin(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[Admin]:
    port = free_port()
    proc = start_proxy(
        tmp_path_factory.mktemp("admin-proxy"),
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        # The admin host is left at its default. The reverse gateway, listed first, must not be
        # named in the PAC file: only the forward listener can be a browser's proxy.
        extra=["--admin-port", str(port), "--mode", f"reverse:https://api.openai.com@{free_port()}"]
        + ["--mode", "regular"],
    )
    deadline = time.monotonic() + 30
    while not any("admin endpoints at" in line for line in proc.output):
        assert time.monotonic() < deadline, "".join(proc.output)
        time.sleep(0.1)
    yield Admin(proc, port)
    proc.stop()


def chat(proxy: ProxyProcess, text: str) -> httpx.Response:
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30) as client:
        return client.post(
            "https://api.openai.com/v1/chat/completions",
            json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]},
            headers={"authorization": "Bearer sk-test"},
        )


def test_health_and_readiness_name_the_running_policy(admin: Admin) -> None:
    health = admin.get("/healthz")
    assert health.status_code == 200 and health.text.strip() == "ok"
    ready = admin.get("/readyz")
    assert ready.status_code == 200 and ready.json()["status"] == "ready"
    assert chat(admin.proxy, "Wat is de hoofdstad van Frankrijk?").status_code == 200
    assert ready.json()["policy_version"] == admin.proxy.records()[-1]["policy_version"]


def test_metrics_count_the_decisions_in_the_log_by_tool_and_action(admin: Admin) -> None:
    assert chat(admin.proxy, f"Waarom werkt {SECRET} niet?").status_code == 403
    assert chat(admin.proxy, "Wat is 2+2?").status_code == 200
    logged = Counter((r["tool"], r["action"]) for r in admin.proxy.records())
    assert logged[("openai-api", "block")] >= 1 and logged[("openai-api", "allow")] >= 1
    samples = admin.samples()
    counted = {
        (dict(labels)["tool"], dict(labels)["action"]): value
        for (name, labels), value in samples.items()
        if name == "dlp_decisions_total"
    }
    assert counted == dict(logged)
    latency = samples[("dlp_inspection_seconds_count", frozenset({("tool", "openai-api")}))]
    assert latency == sum(n for (tool, _), n in logged.items() if tool == "openai-api")
    assert samples[("dlp_policy_reloads_total", frozenset({("result", "success")}))] == 0
    assert samples[("dlp_errors_total", frozenset({("reason", "inspection_crash")}))] == 0
    assert any(name == "process_resident_memory_bytes" for name, _ in samples)
    text = admin.get("/metrics").text
    assert SECRET not in text and "hoofdstad" not in text


def test_active_client_connections_go_up_and_down(admin: Admin) -> None:
    def gauge() -> float:
        return admin.samples()[("dlp_client_connections", frozenset())]

    def wait_for(target: float) -> None:
        deadline = time.monotonic() + 10
        while gauge() != target:
            assert time.monotonic() < deadline, f"connections {gauge()} != {target}"
            time.sleep(0.1)

    base = gauge()
    socks = [socket.create_connection(("127.0.0.1", admin.proxy.port)) for _ in range(3)]
    wait_for(base + 3)
    for s in socks:
        s.close()
    wait_for(base)


def test_pac_file_sends_catalogue_hosts_to_this_proxy(admin: Admin) -> None:
    r = admin.get("/proxy.pac")
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-ns-proxy-autoconfig"
    got = find_proxy(
        r.text,
        [
            ("https://api.openai.com/v1/chat/completions", "api.openai.com"),
            ("https://CHATGPT.com/", "CHATGPT.com"),
            ("https://evilchatgpt.com/", "evilchatgpt.com"),
            ("https://www.example.nl/", "www.example.nl"),
        ],
    )
    here = f"PROXY 127.0.0.1:{admin.proxy.port}"
    assert got == [here, here, "DIRECT", "DIRECT"]


def test_ca_download_is_the_ca_the_proxy_signs_with(admin: Admin, tmp_path: Path) -> None:
    pem, der = admin.get("/ca.pem"), admin.get("/ca.der")
    assert pem.status_code == der.status_code == 200
    assert b"PRIVATE" not in pem.content and b"PRIVATE" not in der.content
    cert = x509.load_pem_x509_certificate(pem.content)
    assert cert == x509.load_der_x509_certificate(der.content)
    assert pem.content == admin.proxy.ca.read_bytes()
    # A client that trusts only the downloaded certificate completes a handshake through the proxy.
    trust = tmp_path / "downloaded.pem"
    trust.write_bytes(pem.content)
    sock = socket.create_connection(("127.0.0.1", admin.proxy.port), timeout=10)
    sock.sendall(b"CONNECT api.openai.com:443 HTTP/1.1\r\nHost: api.openai.com:443\r\n\r\n")
    reply = b""
    while b"\r\n\r\n" not in reply:
        reply += sock.recv(4096)
    with ssl.create_default_context(cafile=str(trust)).wrap_socket(sock, server_hostname="api.openai.com") as tls:
        leaf = x509.load_der_x509_certificate(tls.getpeercert(binary_form=True) or b"")
    leaf.verify_directly_issued_by(cert)


def test_admin_port_listens_on_loopback_only_by_default(admin: Admin) -> None:
    assert any(f"admin endpoints at http://127.0.0.1:{admin.port}/" in line for line in admin.proxy.output)
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # no packet is sent: this only picks the outgoing interface
        address = probe.getsockname()[0]
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    if address.startswith("127."):
        pytest.skip("this machine has no non-loopback IPv4 address to try")
    with pytest.raises(OSError):
        socket.create_connection((address, admin.port), timeout=3).close()


def test_unknown_paths_and_methods_are_refused(admin: Admin) -> None:
    assert admin.get("/nope").status_code == 404  # the portal's not-found page ("/" is its overview)
    assert admin.get("/metrics/../ca.key").status_code == 404
    r = httpx.post(f"http://127.0.0.1:{admin.port}/metrics", timeout=10)
    assert r.status_code == 405 and r.headers["allow"] == "GET, HEAD"


def test_metrics_need_the_admin_token_and_the_probes_pac_and_ca_do_not(admin: Admin) -> None:
    assert admin.get("/metrics", token=None).status_code == 401
    refused = admin.get("/metrics", token="not-the-token")
    assert refused.status_code == 401 and "dlp_" not in refused.text
    assert admin.get("/metrics").status_code == 200
    for path in ("/healthz", "/readyz", "/proxy.pac", "/ca.pem"):
        assert admin.get(path, token=None).status_code == 200, path
