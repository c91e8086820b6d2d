"""Issue 21 channels through the real proxy process (the bundled rules with Gemini and Perplexity
approved for low risk, so a harmless request passes and a BSN, high risk, is blocked): a Gemini upload to
content-push.googleapis.com and Perplexity's typeahead, sent by httpx over real TLS to a fake
upstream that records what arrives.

Shapes as in tests/unit/adapters/test_gemini_channels.py and test_perplexity_channels.py
(HanaokaYuzu/Gemini-API `utils/upload_file.py`; a public 2026 Perplexity capture test).
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import policy_copy
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert
from tests.unit.uploads.builders import make_docx

pytestmark = pytest.mark.e2e

HOSTS = ["content-push.googleapis.com", "www.perplexity.ai"]
BSN = "111222333"
SUGGEST = "https://www.perplexity.ai/rest/autosuggest/list-autosuggest?version=2.18&source=default"
BOUNDARY = "----dlpE2eGeminiBoundary"


@pytest.fixture(scope="module")
def upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, HOSTS, key, cert)  # type: ignore[arg-type]
    server = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    workdir = tmp_path_factory.mktemp("channels-proxy")
    rules = policy_copy(workdir, approve=("gemini", "perplexity"))
    redirects = dict.fromkeys(HOSTS, upstream.port)
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem, policy=rules,
                       extra=["--admin-port", "0"])  # fmt: skip
    yield proc
    proc.stop()


def client(proxy: ProxyProcess) -> httpx.Client:
    return httpx.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=60)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def gemini_upload(
    proxy: ProxyProcess, content: bytes, name: str, ctype: str = "text/plain"
) -> tuple[httpx.Response, bytes]:
    body = (
        (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: {ctype}\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{BOUNDARY}--\r\n".encode()
    )
    headers = {
        "content-type": f"multipart/form-data; boundary={BOUNDARY}",
        "push-id": "feeds/mcudyrk2a4khkz",
        "x-tenant-id": "bard-storage",
        "origin": "https://gemini.google.com",
        "accept-language": "en",
    }
    with client(proxy) as c:
        return c.post("https://content-push.googleapis.com/upload", content=body, headers=headers), body


def test_a_gemini_upload_holding_a_bsn_is_blocked_and_never_arrives(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    upstream.clear()
    # a document cannot be masked, so the BSN in it blocks the upload
    docx = make_docx(f"Personeelsdossier: BSN {BSN}, salarisschaal 10.")
    response, _ = gemini_upload(proxy, docx, "dossier.docx", DOCX)
    assert response.status_code == 403, response.text
    assert response.headers.get("x-dlp-decision-id")
    notice = response.json()["error"]["message"]
    assert "BSN" in notice and "TOOL-UNLISTED" not in notice and BSN not in response.text
    assert not [r for r in upstream.received if r.host.startswith("content-push")]


def test_a_bsn_in_a_gemini_text_upload_is_masked_before_it_leaves(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    upstream.clear()
    response, _ = gemini_upload(proxy, f"Personeelsdossier: BSN {BSN}.\n".encode(), "dossier.txt")
    assert response.status_code < 400, response.text
    [arrived] = [r for r in upstream.received if r.host.startswith("content-push")]
    assert BSN.encode() not in arrived.raw_body and b"Personeelsdossier: BSN " in arrived.raw_body


def test_a_harmless_gemini_upload_arrives_byte_for_byte(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    upstream.clear()
    response, body = gemini_upload(proxy, b"Agenda: kwartaalcijfers, planning Q1, lunch.\n", "agenda.txt")
    assert response.status_code < 400, response.text
    [arrived] = [r for r in upstream.received if r.host.startswith("content-push")]
    assert arrived.path == "/upload" and arrived.raw_body == body


def test_other_products_paths_on_the_shared_upload_host_pass_unjudged(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    """content-push.googleapis.com also serves other Google products: only /upload is Gemini's
    (host_paths), so another path is forwarded as sent, with no decision; a disguised /upload is
    still Gemini's and is judged."""
    upstream.clear()
    other = f"Personeelsdossier: BSN {BSN}.\n".encode()
    with client(proxy) as c:
        passed = c.post("https://content-push.googleapis.com/v1/other-product", content=other)
        disguised = c.post("https://content-push.googleapis.com//Upload/", content=make_docx(f"BSN {BSN}"),
                           headers={"content-type": DOCX, "accept-language": "en"})  # fmt: skip
    assert passed.status_code < 400 and "x-dlp-decision-id" not in passed.headers
    [arrived] = [r for r in upstream.received if r.host.startswith("content-push")]
    assert arrived.path == "/v1/other-product" and arrived.raw_body == other
    assert disguised.status_code == 403 and disguised.headers.get("x-dlp-decision-id")


def test_perplexity_typeahead_with_a_bsn_never_reaches_the_upstream(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    upstream.clear()
    with client(proxy) as c:
        response = c.post(SUGGEST, json={"query": f"bsn {BSN} opzoeken", "version": "2.18", "source": "default"},
                          headers={"accept-language": "en"})  # fmt: skip
    assert response.status_code == 200 and response.json() == {"results": []}
    assert response.headers.get("x-dlp-decision-id")
    assert not [r for r in upstream.received if "autosuggest" in r.path]
