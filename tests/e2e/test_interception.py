"""Only catalogue hosts are decrypted; every other HTTPS connection is tunnelled untouched."""

from __future__ import annotations

import socket
import ssl

import httpx
import pytest

from tests.e2e.conftest import TUNNEL_HOST
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e


def _peer_cert_through_proxy(proxy: ProxyProcess, host: str, trust: str) -> bytes:
    sock = socket.create_connection(("127.0.0.1", proxy.port), timeout=10)
    sock.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n".encode())
    reply = b""
    while b"\r\n\r\n" not in reply:
        reply += sock.recv(4096)
    assert reply.startswith(b"HTTP/1.1 200"), reply
    context = ssl.create_default_context(cafile=trust)
    with context.wrap_socket(sock, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
        assert der is not None
        return der


def test_non_catalogue_host_is_tunnelled_with_the_real_certificate(
    proxy: ProxyProcess,
    tunnel_upstream: tuple[FakeUpstream, Issued],
    upstream_ca: tuple[Issued, object, object],
) -> None:
    server, issued = tunnel_upstream
    before = len(proxy.records())
    # The client trusts only the upstream's own CA, not the proxy's: an intercepted
    # connection would fail verification here.
    der = _peer_cert_through_proxy(proxy, TUNNEL_HOST, str(upstream_ca[0].cert_pem))
    assert der == issued.der
    with httpx.Client(proxy=proxy.url, verify=str(upstream_ca[0].cert_pem)) as client:
        r = client.post(
            f"https://{TUNNEL_HOST}/v1/chat/completions",
            json={"messages": [{"role": "user", "content": "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"}]},
        )
    assert r.status_code == 200
    assert server.received[-1].path == "/v1/chat/completions"
    assert len(proxy.records()) == before


def test_catalogue_host_is_intercepted_with_the_proxy_certificate(
    proxy: ProxyProcess, upstream_ca: tuple[Issued, object, object]
) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        _peer_cert_through_proxy(proxy, "api.openai.com", str(upstream_ca[0].cert_pem))
    der = _peer_cert_through_proxy(proxy, "api.openai.com", str(proxy.ca))
    assert der
