"""Transports and odd bodies through the real proxy: compressed requests, HTTP/2, endpoints no
adapter knows, unreadable and oversized bodies. Raw httpx clients, so every byte is ours."""

from __future__ import annotations

import gzip
import json
import re
import ssl
import time
import zlib
from collections.abc import Callable, Iterator

import brotli
import httpx
import httpx2
import pytest

from tests.e2e.conftest import ai_redirects, policy_copy
from tests.e2e.fake_upstream import STREAM_CHUNKS, STREAM_GAP_SECONDS, FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

try:  # Python 3.14+
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # mitmproxy depends on the backport
    from backports import zstd  # type: ignore[import-not-found,no-redef]

pytestmark = pytest.mark.e2e

CHAT = "https://api.openai.com/v1/chat/completions"
EMAIL = "jan.jansen@voorbeeldklant.nl"
API_KEY = "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"
MAX_BODY = 2000
JSON = {"content-type": "application/json"}
# Personal data to the OpenAI API (approved for low risk) is pseudonymised: the placeholder's number
# follows the order in which this user sent values to the tool in the session, so any number fits.
EMAIL_PH = r"\[EMAIL_ADDRESS_\d+\]"

ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": zstd.compress,
}


def chat(content: str, **extra: object) -> dict[str, object]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": content}], **extra}


def dumps(doc: object) -> bytes:
    return json.dumps(doc).encode("utf-8")


@pytest.fixture
def http(proxy: ProxyProcess) -> Iterator[httpx.Client]:
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30) as client:
        yield client


@pytest.fixture
def http2(proxy: ProxyProcess) -> Iterator[httpx2.Client]:
    # httpx2 offers ALPN ["h2", "http/1.1"]; mitmproxy honours the client's order, so this
    # client really speaks HTTP/2 to the proxy (see test_httpx_http2_client_... for httpx).
    ca = ssl.create_default_context(cafile=str(proxy.ca))
    with httpx2.Client(proxy=proxy.url, verify=ca, timeout=30, http2=True) as client:
        yield client


@pytest.fixture(scope="module")
def small_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    """A proxy whose policy copy scans bodies up to 2000 bytes only."""
    workdir = tmp_path_factory.mktemp("small-proxy")
    rules = policy_copy(workdir, settings={"max_body_bytes": str(MAX_BODY)})
    proc = start_proxy(
        workdir, redirects=ai_redirects(openai_upstream), upstream_ca=upstream_ca[0].cert_pem, policy=rules
    )
    yield proc
    proc.stop()


def _last_record(proxy: ProxyProcess, before: int) -> dict[str, object]:
    records = proxy.records()[before:]
    assert len(records) == 1, records
    return records[0]


# --- compressed request bodies ------------------------------------------------------------------


@pytest.mark.parametrize("encoding", list(ENCODERS))
def test_compressed_prompt_with_email_arrives_masked_and_encoded_the_same_way(
    http: httpx.Client, upstream: FakeUpstream, proxy: ProxyProcess, encoding: str
) -> None:
    before = len(proxy.records())
    plain = dumps(chat(f"Schrijf een mail aan {EMAIL} over de planning."))
    response = http.post(
        CHAT,
        content=ENCODERS[encoding](plain),
        headers={"content-type": "application/json", "content-encoding": encoding},
    )
    assert response.status_code == 200, response.text
    assert response.headers["x-dlp-action"] == "pseudonymise"
    arrived = upstream.received[0]
    assert arrived.encoding == encoding
    assert arrived.raw_body != arrived.body  # still compressed on the wire
    assert EMAIL.encode() not in arrived.raw_body
    doc = json.loads(arrived.body)  # our own decoder reads it: correctly encoded
    assert re.fullmatch(rf"Schrijf een mail aan {EMAIL_PH} over de planning\.", doc["messages"][0]["content"])
    assert int(arrived.headers["Content-Length"]) == len(arrived.raw_body)
    record = _last_record(proxy, before)
    assert record["action"] == "pseudonymise" and record["entities"] == {"EMAIL_ADDRESS": 1}


def test_compressed_benign_prompt_arrives_byte_identical(http: httpx.Client, upstream: FakeUpstream) -> None:
    wire = gzip.compress(dumps(chat("Leg uit wat Kubernetes doet.")))
    response = http.post(CHAT, content=wire, headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert response.status_code == 200
    assert upstream.received[0].raw_body == wire


def test_compressed_prompt_with_api_key_is_blocked(
    http: httpx.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    wire = brotli.compress(dumps(chat(f"Sleutel: {API_KEY}")))
    response = http.post(CHAT, content=wire, headers={"content-type": "application/json", "content-encoding": "br"})
    assert response.status_code == 403
    assert "SECRET-BLOCK" in response.json()["error"]["message"]
    assert upstream.received == []


def test_body_that_does_not_decode_as_its_content_encoding_is_blocked(
    http: httpx.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    wire = dumps(chat(f"Mail {EMAIL}"))  # says gzip, is not
    response = http.post(CHAT, content=wire, headers={"content-type": "application/json", "content-encoding": "gzip"})
    assert response.status_code == 403
    assert response.headers["x-should-retry"] == "false"
    assert upstream.received == []
    assert _last_record(proxy, before)["fail_reason"] == "undecodable_body"


# --- HTTP/2 -------------------------------------------------------------------------------------


def test_httpx_http2_client_gets_answers_and_its_prompt_is_scanned(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    # httpx (httpcore 1.x) offers ALPN ["http/1.1", "h2"] through a proxy tunnel, and mitmproxy
    # takes the client's first choice: this client ends up on HTTP/1.1, and must still work.
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30, http2=True) as client:
        response = client.post(CHAT, json=chat(f"Schrijf een mail aan {EMAIL}."))
    assert response.status_code == 200
    assert response.headers["x-dlp-action"] == "pseudonymise"
    assert EMAIL not in upstream.received[0].body.decode()


def test_http2_client_gets_answers_and_its_prompt_is_scanned(
    http2: httpx2.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    response = http2.post(CHAT, json=chat(f"Schrijf een mail aan {EMAIL}."))
    assert response.http_version == "HTTP/2"
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "Hello from the fake upstream."
    assert response.headers["x-dlp-action"] == "pseudonymise"
    doc = json.loads(upstream.received[0].body)
    assert re.fullmatch(rf"Schrijf een mail aan {EMAIL_PH}\.", doc["messages"][0]["content"])
    assert _last_record(proxy, before)["action"] == "pseudonymise"


def test_http2_client_is_blocked_with_the_api_error_shape(
    http2: httpx2.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    response = http2.post(CHAT, json=chat(f"Sleutel: {API_KEY}"), headers={"accept-language": "en"})
    assert response.http_version == "HTTP/2"
    assert response.status_code == 403
    assert response.headers["x-should-retry"] == "false"
    error = response.json()["error"]
    assert error["code"] == "dlp_blocked"
    assert _last_record(proxy, before)["decision_id"] in error["message"]
    assert upstream.received == []


def test_http2_client_gets_a_streamed_answer_chunk_by_chunk(http2: httpx2.Client, upstream: FakeUpstream) -> None:
    started = time.monotonic()
    arrivals: list[float] = []
    with http2.stream("POST", CHAT, json=chat("Tel tot vijf.", stream=True)) as response:
        assert response.http_version == "HTTP/2"
        for line in response.iter_lines():
            if line.startswith("data: {"):
                arrivals.append(time.monotonic() - started)
    assert len(arrivals) == STREAM_CHUNKS
    assert arrivals[-1] - arrivals[0] >= (STREAM_CHUNKS - 2) * STREAM_GAP_SECONDS, arrivals


# --- endpoints no adapter knows: the generic fallback -------------------------------------------

NEW_ENDPOINT = "https://api.openai.com/v1/some/new/endpoint"


def test_unknown_endpoint_with_a_deep_api_key_is_blocked_by_the_generic_fallback(
    http: httpx.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    doc = {"task": "sync", "config": {"targets": [{"name": "prod", "auth": {"token": API_KEY}}]}, "n": 3}
    response = http.post(NEW_ENDPOINT, json=doc, headers={"accept-language": "en"})
    assert response.status_code == 403
    assert response.headers["x-should-retry"] == "false"
    error = response.json()["error"]
    record = _last_record(proxy, before)
    assert record["adapter"] == "generic" and record["rule_id"] == "SECRET-BLOCK"
    assert "SECRET-BLOCK" in error["message"] and record["decision_id"] in error["message"]
    assert API_KEY not in response.text
    assert upstream.received == []


def test_unknown_endpoint_with_an_email_is_masked_in_place(
    http: httpx.Client, upstream: FakeUpstream, proxy: ProxyProcess
) -> None:
    before = len(proxy.records())
    doc = {"task": "notify", "payload": {"items": [{"note": f"Bel terug via {EMAIL}", "priority": 2}]}, "ok": True}
    response = http.post(NEW_ENDPOINT, json=doc)
    assert response.status_code == 200
    assert response.headers["x-dlp-action"] == "pseudonymise"
    arrived = upstream.received[0]
    assert arrived.path == "/v1/some/new/endpoint"
    got = json.loads(arrived.body)
    note = got["payload"]["items"][0]["note"]
    assert re.fullmatch(rf"Bel terug via {EMAIL_PH}", note), note
    expected = json.loads(json.dumps(doc))
    expected["payload"]["items"][0]["note"] = note
    assert got == expected  # only the value changed
    record = _last_record(proxy, before)
    assert record["adapter"] == "generic" and record["endpoint"] == "generic.json"


# --- bodies that cannot be checked: the fail mode -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Mail ' + EMAIL.encode() + b'"',
     b"model=gpt-4o-mini&prompt=Mail+" + EMAIL.encode(),
     b'{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "\xff\xfe"}]}'],
    ids=["truncated-json", "form-body", "invalid-utf8"],
)  # fmt: skip
def test_body_that_is_not_valid_json_on_a_known_endpoint_is_blocked_with_a_notice(
    http: httpx.Client, upstream: FakeUpstream, proxy: ProxyProcess, body: bytes
) -> None:
    before = len(proxy.records())
    response = http.post(CHAT, content=body, headers={"content-type": "application/json", "accept-language": "en"})
    assert response.status_code == 403
    message = response.json()["error"]["message"]
    record = _last_record(proxy, before)
    assert record["action"] == "block" and record["fail_reason"] == "unreadable_body"
    assert record["adapter"] == "openai"
    assert "could not be checked" in message and "cannot be read" in message
    assert record["decision_id"] in message
    assert EMAIL not in message and EMAIL not in proxy.log_text()
    assert upstream.received == []


def test_body_over_the_size_limit_is_blocked_with_the_too_large_notice(
    small_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    with httpx.Client(proxy=small_proxy.url, verify=str(small_proxy.ca), timeout=30) as http:
        before = len(small_proxy.records())
        big = http.post(CHAT, json=chat("Lorem ipsum. " * 200), headers={"accept-language": "en"})
        assert big.status_code == 403
        message = big.json()["error"]["message"]
        record = _last_record(small_proxy, before)
        assert record["fail_reason"] == "body_too_large"
        assert "too large to check" in message and record["decision_id"] in message
        assert upstream.received == []

        small = http.post(CHAT, json=chat("Wat is 2+2?"))
        assert small.status_code == 200
        assert len(upstream.received) == 1


def test_compressed_body_is_measured_after_decoding(small_proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    plain = dumps(chat("a" * (MAX_BODY * 5)))
    wire = gzip.compress(plain)
    assert len(wire) < MAX_BODY < len(plain)
    with httpx.Client(proxy=small_proxy.url, verify=str(small_proxy.ca), timeout=30) as http:
        response = http.post(CHAT, content=wire, headers={**JSON, "content-encoding": "gzip"})
    assert response.status_code == 403
    assert upstream.received == []
