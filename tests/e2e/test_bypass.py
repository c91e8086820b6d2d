"""Adversarial bypass suite through the real proxy process: does a secret or personal value get past?

Every variant (tests/e2e/bypass_variants.py) sends one request carrying a value through the proxy to a
recording fake upstream that answers for the AI hosts *and* for decoy names, so a request that slips
through is recorded. Each asserts: the value never arrived in any readable form (bypass_check.leaked),
a decision record was written for it, and the decision log holds no form of the value. A refusal is
fine; forwarding with the value masked is fine. `python tests/e2e/bypass_summary.py` tabulates a run.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import httpx2
import openai
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tests.e2e import bypass_variants as bv
from tests.e2e.bypass_check import leaked
from tests.e2e.conftest import policy_copy
from tests.e2e.fake_upstream import FakeUpstream, Received, Store, _make_handler, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.sdk_clients import anthropic_client, genai_client
from tests.e2e.tls_material import make_ca

pytestmark = pytest.mark.e2e

TIMEOUT = 10.0
RECORD_WAIT = 1.5  # seconds to wait for a record that is not there yet (a refusal before HTTP)


# --- the world: one fake upstream for AI hosts and decoys, one plain-HTTP decoy, one proxy -----------


@dataclass
class World:
    proxy: ProxyProcess
    upstream: FakeUpstream  # TLS: the AI hosts, example.org, evil.test, 127.0.0.1
    plain: FakeUpstream  # plain HTTP: plain.evil.test
    trust: ssl.SSLContext  # a client that trusts the proxy's CA *and* the upstream's (an attacker would)

    def received(self) -> list[Received]:
        return [*self.upstream.received, *self.plain.received]

    def clear(self) -> None:
        self.upstream.clear()
        self.plain.clear()


def _server_cert(
    folder: Path, names: list[str], ca_key: ec.EllipticCurvePrivateKey, ca_cert: x509.Certificate
) -> tuple[Path, Path]:
    """Like tls_material.make_server_cert, plus an IP SAN for 127.0.0.1 (CONNECT to an IP literal, no SNI)."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    san = [x509.DNSName(n) for n in names] + [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    cert_pem, key_pem = folder / "bypass-upstream.crt", folder / "bypass-upstream.key"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_pem, key_pem


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tls = tmp_path_factory.mktemp("bypass-tls")
    ca, ca_key, ca_cert = make_ca(tls)
    upstream = start_fake_upstream(*_server_cert(tls, bv.CERT_NAMES, ca_key, ca_cert))
    store = Store()
    plain_server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(store))
    plain_server.daemon_threads = True
    threading.Thread(target=plain_server.serve_forever, daemon=True).start()
    plain = FakeUpstream(plain_server, store)
    workdir = tmp_path_factory.mktemp("bypass-proxy")
    rules = policy_copy(workdir, approve=("anthropic-api", "gemini-api"))
    redirects = {**dict.fromkeys(bv.REDIRECT_NAMES, upstream.port), bv.PLAIN_DECOY: plain.port}
    proxy = start_proxy(workdir, redirects=redirects, upstream_ca=ca.cert_pem, policy=rules)
    trust = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    trust.check_hostname = False  # names are what we play with; the chain is still verified
    trust.load_verify_locations(cafile=str(proxy.ca))
    trust.load_verify_locations(cafile=str(ca.cert_pem))
    try:
        yield World(proxy, upstream, plain, trust)
    finally:
        proxy.stop()
        upstream.stop()
        plain.stop()


# --- the three checks -----------------------------------------------------------------------------


def check(
    world: World,
    send: Callable[[], object],
    needles: tuple[str, ...],
    tools: frozenset[str],
    *,
    fail_reason: str | None = None,
    not_fail_reason: str | None = None,
) -> object:
    """Send one request; fail naming every problem: LEAK (upstream), NO RECORD, WRONG RECORD, LOG LEAK."""
    proxy = world.proxy
    world.clear()
    before, log_before = len(proxy.records()), len(proxy.log_text())
    outcome = send()
    records = proxy.records()[before:]
    deadline = time.monotonic() + RECORD_WAIT
    while not records and time.monotonic() < deadline:
        time.sleep(0.05)
        records = proxy.records()[before:]
    problems = []
    received = world.received()
    for i, needle in enumerate(needles):
        place = leaked(needle, received)
        if place:
            problems.append(f"LEAK: value #{i} reached the upstream ({place})")
    if not records:
        problems.append("NO RECORD: no decision record for the request")
    else:
        if not any(r.get("tool") in tools for r in records):
            problems.append(f"WRONG RECORD: tool {[r.get('tool') for r in records]}, expected one of {sorted(tools)}")
        reasons = [r.get("fail_reason") for r in records]
        if fail_reason is not None and fail_reason not in reasons:
            problems.append(f"WRONG RECORD: fail_reason {reasons}, expected {fail_reason!r}")
        if not_fail_reason is not None and not_fail_reason in reasons:
            problems.append(f"WRONG RECORD: fail_reason {not_fail_reason!r} for a consistent request")
    log = proxy.log_text()[log_before:]
    for i, needle in enumerate(needles):
        place = leaked(needle, [log])
        if place:
            problems.append(f"LOG LEAK: value #{i} in the decision log ({place})")
    assert not problems, f"{'; '.join(problems)} [outcome: {outcome}]"
    return outcome


# --- transports -----------------------------------------------------------------------------------


def _http_request(method: str, target: str, hosts: list[str], body: bytes, headers: dict[str, str]) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", *(f"Host: {h}" for h in hosts)]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines += [f"Content-Length: {len(body)}", "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


def _read_response(sock: socket.socket | ssl.SSLSocket) -> str:
    response = http.client.HTTPResponse(sock)  # type: ignore[arg-type]  # any socket with makefile
    response.begin()
    response.read()
    return f"HTTP {response.status}"


def raw_tls(
    world: World, connect: str, sni: str | None, hosts: list[str], path: str, body: bytes, headers: dict[str, str]
) -> str:
    """CONNECT `connect`, TLS with `sni` (None: none sent), one HTTP/1.1 request with `hosts` as Host."""
    try:
        sock = socket.create_connection(("127.0.0.1", world.proxy.port), timeout=TIMEOUT)
    except OSError as e:
        return f"proxy unreachable: {e}"
    with sock:
        try:
            sock.sendall(f"CONNECT {connect} HTTP/1.1\r\nHost: {connect}\r\n\r\n".encode())
            reply = b""
            while b"\r\n\r\n" not in reply:
                chunk = sock.recv(4096)
                if not chunk:
                    return f"CONNECT closed: {reply[:60]!r}"
                reply += chunk
            if not reply.startswith(b"HTTP/1.1 200"):
                return f"CONNECT refused: {reply.split(b'\r\n', 1)[0].decode(errors='replace')}"
            world.trust.set_alpn_protocols(["http/1.1"])
            with world.trust.wrap_socket(sock, server_hostname=sni) as tls:
                tls.sendall(_http_request("POST", path, hosts, body, headers))
                return _read_response(tls)
        except (OSError, ssl.SSLError, http.client.HTTPException) as e:
            return f"refused: {type(e).__name__}: {e}"


def raw_plain(world: World, url: str, hosts: list[str], body: bytes, headers: dict[str, str]) -> str:
    """An absolute-form plain-HTTP request to the proxy, with `hosts` as Host header(s)."""
    try:
        with socket.create_connection(("127.0.0.1", world.proxy.port), timeout=TIMEOUT) as sock:
            sock.sendall(_http_request("POST", url, hosts, body, headers))
            return _read_response(sock)
    except (OSError, http.client.HTTPException) as e:
        return f"refused: {type(e).__name__}: {e}"


def via_h2(world: World, url_host: str, authority: str, path: str, body: bytes, headers: dict[str, str]) -> str:
    """HTTP/2 through httpx2: CONNECT and SNI name `url_host`, :authority names `authority`."""
    world.trust.set_alpn_protocols(["h2", "http/1.1"])
    try:
        with httpx2.Client(proxy=world.proxy.url, verify=world.trust, timeout=TIMEOUT, http2=True) as client:
            r = client.post(f"https://{url_host}{path}", content=body, headers={**headers, "host": authority})
            return f"{r.http_version} {r.status_code}"
    except httpx2.HTTPError as e:
        return f"refused: {type(e).__name__}: {e}"


def via_httpx(world: World, variant: bv.Variant) -> str:
    try:
        with httpx.Client(proxy=world.proxy.url, verify=world.trust, timeout=TIMEOUT) as client:
            url = f"https://{variant.host}{variant.path}"
            r = client.post(url, content=variant.body, headers=variant.all_headers())
            return f"HTTP {r.status_code}"
    except httpx.HTTPError as e:
        return f"refused: {type(e).__name__}: {e}"


# --- A. host identity -----------------------------------------------------------------------------


def _upstream_address(world: World) -> str:
    return f"127.0.0.1:{world.upstream.port}"


def send_host_variant(world: World, variant: bv.HostVariant) -> str:
    hosts = variant.host if isinstance(variant.host, list) else [variant.host]
    host = bv.API[variant.api][0]
    headers = {**bv.JSON_TYPE, **bv.AUTH[host]}
    connect = _upstream_address(world) if variant.connect == bv.IP else f"{variant.connect}:443"
    if variant.transport == "tls":
        return raw_tls(world, connect, variant.sni, hosts, variant.path, variant.body, headers)
    if variant.transport == "plain":
        return raw_plain(world, f"http://{variant.connect}{variant.path}", hosts, variant.body, headers)
    assert variant.transport == "h2" and variant.connect is not None
    return via_h2(world, variant.connect, hosts[0], variant.path, variant.body, headers)


@pytest.mark.parametrize("variant", bv.HOSTS, ids=lambda v: v.id)
def test_host_identity(world: World, variant: bv.HostVariant) -> None:
    def send() -> str:
        return send_host_variant(world, variant)

    if variant.expect == bv.MISMATCH:
        check(world, send, variant.needles, variant.tools, fail_reason="host_mismatch")
    else:
        check(world, send, variant.needles, variant.tools, not_fail_reason="host_mismatch")


@pytest.mark.parametrize("transport", ["tls", "h2", "tls-ip-sni", "tls-ip-no-sni"])
def test_host_consistent_harmless_request_gets_200_from_the_upstream(world: World, transport: str) -> None:
    body = bv.dumps(bv.chat(bv.HARMLESS))
    headers = {**bv.JSON_TYPE, **bv.AUTH[bv.OPENAI_HOST]}
    world.clear()
    before = len(world.proxy.records())
    if transport == "h2":
        outcome = via_h2(world, bv.OPENAI_HOST, bv.OPENAI_HOST, bv.CHAT, body, headers)
    else:
        connect = f"{bv.OPENAI_HOST}:443" if transport == "tls" else _upstream_address(world)
        sni = None if transport == "tls-ip-no-sni" else bv.OPENAI_HOST
        outcome = raw_tls(world, connect, sni, [bv.OPENAI_HOST], bv.CHAT, body, headers)
    assert outcome.endswith(" 200"), outcome
    assert [r.body for r in world.upstream.received] == [body]
    # judged and recorded like every decrypted request to an AI host
    new = world.proxy.records()[before:]
    assert [(r["tool"], r["action"], r["fail_reason"]) for r in new] == [("openai-api", "allow", None)]


def raw_chunked_with_trailer(world: World, body: bytes, trailer: str) -> str:
    """A chunked POST to the OpenAI API whose trailer (after the body) carries `trailer`."""
    head = [f"POST {bv.CHAT} HTTP/1.1", f"Host: {bv.OPENAI_HOST}", "Transfer-Encoding: chunked", "Trailer: X-Note"]
    head += [f"{k}: {v}" for k, v in {**bv.JSON_TYPE, **bv.AUTH[bv.OPENAI_HOST]}.items()]
    wire = ("\r\n".join([*head, "Connection: close"]) + "\r\n\r\n").encode()
    wire += f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n" + f"X-Note: {trailer}\r\n\r\n".encode()
    sock = socket.create_connection(("127.0.0.1", world.proxy.port), timeout=3)
    with sock:
        sock.sendall(f"CONNECT {bv.OPENAI_HOST}:443 HTTP/1.1\r\nHost: {bv.OPENAI_HOST}:443\r\n\r\n".encode())
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += sock.recv(4096)
        world.trust.set_alpn_protocols(["http/1.1"])
        with world.trust.wrap_socket(sock, server_hostname=bv.OPENAI_HOST) as tls:
            tls.sendall(wire)
            return _read_response(tls)


def test_an_http1_request_with_a_trailer_never_reaches_the_upstream(world: World) -> None:
    """mitmproxy 12 does not implement HTTP/1 request trailers: it drops the connection, so a value
    in a trailer goes nowhere. (HTTP/2 trailers are judged like headers: tests/unit/test_closed_world.py.)"""
    world.clear()
    body = bv.dumps(bv.chat(bv.HARMLESS))
    try:
        outcome = raw_chunked_with_trailer(world, body, f"zie {bv.AWS_KEY_ID}")
    except OSError as e:
        outcome = f"refused: {type(e).__name__}"
    assert not outcome.startswith("HTTP 2"), outcome
    assert world.received() == []


# --- B, C, D. parser differentials, unread fields, obfuscated text ----------------------------------


@pytest.mark.parametrize("variant", bv.REQUESTS, ids=lambda v: v.id)
def test_value_does_not_get_through(world: World, variant: bv.Variant) -> None:
    check(world, lambda: via_httpx(world, variant), variant.needles, variant.tools, fail_reason=variant.fail_reason)


# --- E. through the official SDKs -------------------------------------------------------------------


def _sdk_client(world: World, sdk: str) -> Any:
    if sdk == "openai":
        verify = ssl.create_default_context(cafile=str(world.proxy.ca))
        http_client = httpx.Client(proxy=world.proxy.url, verify=verify, timeout=TIMEOUT)
        return openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)
    if sdk == "anthropic":
        return anthropic_client(world.proxy)
    return genai_client(world.proxy)


@pytest.mark.parametrize("variant", bv.SDK, ids=lambda v: v.id)
def test_sdk(world: World, variant: bv.SdkVariant) -> None:
    client = _sdk_client(world, variant.sdk)

    def send() -> str:
        try:
            variant.call(client)
            return "answered"
        except Exception as e:  # a refusal surfaces as the SDK's own error
            return f"refused: {type(e).__name__}"

    check(world, send, variant.needles, frozenset({variant.tool}), fail_reason=variant.fail_reason)


# --- harmless traffic is untouched -----------------------------------------------------------------


def test_harmless_requests_arrive_byte_for_byte(world: World) -> None:
    proxy = world.proxy
    for variant in bv.HARMLESS_REQUESTS:
        world.clear()
        before = len(proxy.records())
        outcome = via_httpx(world, variant)
        assert outcome == "HTTP 200", (variant.id, outcome)
        assert [r.raw_body for r in world.upstream.received] == [variant.body], variant.id
        assert world.upstream.received[0].path == variant.path, variant.id
        for name, value in variant.headers.items():
            assert world.upstream.received[0].headers.get(name) == value, (variant.id, name)
        records = proxy.records()[before:]
        assert [r["tool"] for r in records] == [bv.TOOLS[variant.host]], (variant.id, records)
        assert records[0]["action"] == "allow", (variant.id, records[0])


def test_leak_detector_finds_obfuscated_values_and_not_placeholders() -> None:
    """The detector itself: a bypass suite with a blind detector passes everything."""

    def got(body: str, path: str = "/", headers: dict[str, str] | None = None) -> list[Received]:
        return [Received("POST", "h", path, headers or {}, body.encode(), None, body.encode())]

    assert leaked(bv.EMAIL, got(json.dumps({"t": "mail jan@exa\u200bmple.nl"}))) is not None
    assert leaked(bv.EMAIL, got('{"t":"jan\\u0040example.nl"}')) is not None
    assert leaked(bv.EMAIL, got("jan (at) example (dot) nl")) is not None
    assert leaked(bv.EMAIL, got(json.dumps([{"text": "mail jan@exa"}, {"text": "mple.nl"}]))) is not None
    assert leaked(bv.EMAIL, got("x", path="/v1?q=jan%40example.nl")) is not None
    assert leaked(bv.AWS_KEY_ID, got("АК" + bv.AWS_KEY_ID[2:])) is not None
    assert leaked(bv.AWS_KEY_ID, got("x " + bv.b64(bv.AWS_PAIR))) is not None
    assert leaked(bv.IBAN, got("x " + bv.S("iban").encode().hex())) is not None
    assert leaked(bv.BSN, got("１１１２２２３３３")) is not None
    assert leaked(bv.PEM_LINES[1], got(bv.b64(bv.PEM))) is not None
    assert leaked(bv.BSN, got("x", headers={"x-note": "BSN 111-222-333"})) is not None
    assert leaked(bv.EMAIL, got(json.dumps({"t": "Stuur de offerte naar [EMAIL_ADDRESS_1] vandaag."}))) is None
    assert leaked(bv.NAME, got(json.dumps({"t": "Stuur dit naar [PERSON_1], hij wacht erop."}))) is None
