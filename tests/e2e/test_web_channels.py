"""ChatGPT and Claude.ai side channels through the real proxy (issue 21): custom instructions with
a BSN are masked before they leave, a Claude title request with a BSN is blocked in Claude's own
error shape, and ChatGPT dictation follows `settings.audio`. Real TLS to a local fake upstream."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import policy_copy
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = pytest.mark.e2e

HOSTS = ["chatgpt.com", "claude.ai"]
BSN = "111222333"  # passes the eleven test; made up
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
CONV = "/api/organizations/5f0e8c1a/chat_conversations/9a8b7c6d/title"
# Body shapes as public clients send them (sources in tests/unit/adapters/test_web_channels.py).
INSTRUCTIONS = {"about_user_message": f"Mijn BSN is {BSN}.", "about_model_message": "Kort graag.", "enabled": True}
TITLE = {"message_content": f"Brief over BSN {BSN}", "recent_titles": []}
AUDIO = (
    b'--b0und\r\nContent-Disposition: form-data; name="file"; filename="audio.webm"\r\n'
    b"Content-Type: audio/webm\r\n\r\n\x1aE\xdf\xa3\x00\x00OPUS\r\n--b0und--\r\n"
)


@pytest.fixture(scope="module")
def app_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, HOSTS, key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream
    upstream.stop()


@pytest.fixture(scope="module", params=["allow", "block"])
def channel_proxy(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    app_upstream: FakeUpstream,
) -> Iterator[tuple[ProxyProcess, str]]:
    """The shipped policy with Claude.ai approved for low risk, and settings.audio as the param."""
    workdir = tmp_path_factory.mktemp(f"channels-{request.param}")
    rules = policy_copy(workdir, approve=("claude",))
    policy_file = rules / "policy.yaml"
    text = policy_file.read_text(encoding="utf-8")
    policy_file.write_text(text.replace("  images: ocr\n", f"  images: ocr\n  audio: {request.param}\n", 1))
    redirects = dict.fromkeys(HOSTS, app_upstream.port)
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem, policy=rules)
    yield proc, request.param
    proc.stop()


def client(proxy: ProxyProcess) -> httpx.Client:
    return httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=60)


def test_custom_instructions_with_a_bsn_leave_masked(
    channel_proxy: tuple[ProxyProcess, str], app_upstream: FakeUpstream
) -> None:
    proxy, _ = channel_proxy
    app_upstream.clear()
    with client(proxy) as c:
        r = c.post("https://chatgpt.com/backend-api/user_system_messages", json=INSTRUCTIONS)
    assert r.status_code == 200
    sent = json.loads(app_upstream.received[-1].body)
    assert BSN not in json.dumps(sent) and sent["about_model_message"] == "Kort graag." and sent["enabled"] is True
    record = proxy.records()[-1]
    assert (record["tool"], record["endpoint"]) == ("chatgpt", "custom_instructions")
    assert record["action"] in ("pseudonymise", "redact")  # the shipped rules: a BSN is masked
    assert BSN not in json.dumps(record)


def test_a_claude_title_with_a_bsn_leaves_masked_and_one_with_a_key_is_blocked_in_claudes_shape(
    channel_proxy: tuple[ProxyProcess, str], app_upstream: FakeUpstream
) -> None:
    proxy, _ = channel_proxy
    app_upstream.clear()
    with client(proxy) as c:
        masked = c.post(f"https://claude.ai{CONV}", json=TITLE)
        assert masked.status_code == 200
        sent = json.loads(app_upstream.received[-1].body)
        assert BSN not in sent["message_content"] and sent["message_content"].startswith("Brief over BSN")
        assert proxy.records()[-1]["endpoint"] == "title"
        app_upstream.clear()
        r = c.post(
            f"https://claude.ai{CONV}", json={"message_content": f"Use {AWS_KEY}"}, headers={"accept-language": "nl"}
        )
    assert r.status_code == 400 and not app_upstream.received
    body = r.json()
    assert body["type"] == "error" and body["error"]["type"] == "permission_error"
    record = proxy.records()[-1]
    assert (record["tool"], record["endpoint"], record["action"]) == ("claude", "title", "block")
    assert record["decision_id"] in body["error"]["message"] and AWS_KEY not in body["error"]["message"]


def test_an_endpoint_claudes_adapter_does_not_know_is_read_and_blocked_in_claudes_shape(
    channel_proxy: tuple[ProxyProcess, str], app_upstream: FakeUpstream
) -> None:
    """A made-up path stands for a channel no public source describes (a rename, a search): the
    generic fallback reads it whole, and the block speaks Claude's error shape."""
    proxy, _ = channel_proxy
    app_upstream.clear()
    unknown = CONV.rsplit("/", 1)[0] + "/a-channel-no-source-shows"
    with client(proxy) as c:
        r = c.put(f"https://claude.ai{unknown}", json={"name": f"Use {AWS_KEY}"}, headers={"accept-language": "en"})
    assert r.status_code == 400 and not app_upstream.received
    body = r.json()
    assert body["type"] == "error" and body["error"]["type"] == "permission_error" and AWS_KEY not in r.text
    record = proxy.records()[-1]
    assert (record["tool"], record["adapter"], record["action"]) == ("claude", "generic", "block")


def test_dictation_follows_the_audio_setting(
    channel_proxy: tuple[ProxyProcess, str], app_upstream: FakeUpstream
) -> None:
    proxy, setting = channel_proxy
    app_upstream.clear()
    with client(proxy) as c:
        r = c.post(
            "https://chatgpt.com/backend-api/transcribe",
            content=AUDIO,
            headers={"content-type": "multipart/form-data; boundary=b0und", "accept-language": "en"},
        )
    record = proxy.records()[-1]
    assert record["path"] == "/backend-api/transcribe"
    if setting == "allow":
        assert r.status_code == 200 and app_upstream.received[-1].body == AUDIO
        assert (record["endpoint"], record["action"]) == ("transcribe", "allow")
    else:
        assert r.status_code == 400 and not app_upstream.received
        assert "dictation" in r.json()["detail"]
        assert (record["action"], record["fail_reason"]) == ("block", "audio_refused")
