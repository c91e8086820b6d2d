"""Proxy modes with the real proxy process: chained to an upstream (corporate) proxy, and a reverse
API gateway that SDK users reach through their base URL, judged exactly like the forward proxy."""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import anthropic
import httpx
import openai
import pytest

from tests.e2e.conftest import AI_HOSTS, TUNNEL_HOST, ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, free_port, start_proxy
from tests.e2e.sdk_clients import anthropic_client
from tests.e2e.tls_material import Issued, make_server_cert
from tests.e2e.upstream_proxy import Connect, UpstreamProxy

pytestmark = pytest.mark.e2e

EMAIL = "jan.jansen@voorbeeldklant.nl"
API_KEY = "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"
CORP_USER, CORP_PASS = "corp-user", "corp-Pa55-upstream"
PLACEHOLDER_NUMBER = re.compile(r"\[([A-Z][A-Z0-9_]*)_\d+\]")
PROMPTS = {
    "allow": "Leg in drie zinnen uit wat Kubernetes doet.",
    "pseudonymise": f"Schrijf een korte mail aan {EMAIL} over de planning.",
    "block": f"Waarom werkt deze sleutel niet: {API_KEY}",
}


def _ask(client: openai.OpenAI, text: str) -> str:
    """The action the proxy took, as the SDK sees it ('block' when it raised PermissionDeniedError)."""
    try:
        raw = client.chat.completions.with_raw_response.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
        )
    except openai.PermissionDeniedError as e:
        assert "dlp_blocked" in json.dumps(e.body)
        return "block"
    assert raw.parse().choices[0].message.content == "Hello from the fake upstream."
    return raw.headers.get("x-dlp-action", "allow")


def _forward_client(proxy: ProxyProcess) -> openai.OpenAI:
    http_client = httpx.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=30)
    return openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)


# --- upstream chaining ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corp_proxy(openai_upstream: FakeUpstream, tunnel_upstream: tuple[FakeUpstream, Issued]) -> Iterator[UpstreamProxy]:
    """The corporate proxy: it alone can reach the AI hosts (the DLP proxy gets no redirects)."""
    routes = {**dict.fromkeys(AI_HOSTS, openai_upstream.port), TUNNEL_HOST: tunnel_upstream[0].port}
    corp = UpstreamProxy(routes, credentials=(CORP_USER, CORP_PASS)).start()
    yield corp
    corp.stop()


@pytest.fixture(scope="module")
def chained(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], corp_proxy: UpstreamProxy
) -> Iterator[ProxyProcess]:
    workdir = tmp_path_factory.mktemp("chained")
    proc = start_proxy(
        workdir,
        redirects={},
        upstream_ca=upstream_ca[0].cert_pem,
        extra=["--mode", f"upstream:http://127.0.0.1:{corp_proxy.port}", "--admin-port", "0"],
        env={"DLP_UPSTREAM_AUTH": f"{CORP_USER}:{CORP_PASS}"},  # from the environment, out of `ps`
    )
    yield proc
    proc.stop()


def test_chained_blocked_prompt_never_reaches_the_upstream_proxy(
    chained: ProxyProcess, corp_proxy: UpstreamProxy, upstream: FakeUpstream
) -> None:
    corp_proxy.clear()
    before = len(chained.records())
    assert _ask(_forward_client(chained), PROMPTS["block"]) == "block"
    assert corp_proxy.connects == []
    assert upstream.received == []
    records = chained.records()[before:]
    assert [(r["action"], r["rule_id"], r["host"]) for r in records] == [("block", "SECRET-BLOCK", "api.openai.com")]


def test_chained_allowed_and_masked_prompts_go_through_the_upstream_proxy_with_its_credentials(
    chained: ProxyProcess, corp_proxy: UpstreamProxy, upstream: FakeUpstream
) -> None:
    corp_proxy.clear()
    before = len(chained.records())
    client = _forward_client(chained)
    assert _ask(client, PROMPTS["allow"]) == "allow"
    assert _ask(client, PROMPTS["pseudonymise"]) == "pseudonymise"
    assert [c for c in corp_proxy.connects if c.status == 200]
    assert set(corp_proxy.connects) == {Connect("api.openai.com:443", CORP_USER, 200)}
    assert len(upstream.received) == 2
    assert json.loads(upstream.received[0].body)["messages"][0]["content"] == PROMPTS["allow"]
    masked = upstream.received[1].body.decode()
    assert EMAIL not in masked and re.search(r"\[EMAIL_ADDRESS_\d+\]", masked)
    assert [r["action"] for r in chained.records()[before:]] == ["allow", "pseudonymise"]
    # The upstream password came from DLP_UPSTREAM_AUTH and shows nowhere.
    assert CORP_PASS not in "".join(chained.output) + chained.log_text()


def test_chained_other_hosts_are_tunnelled_through_the_upstream_proxy_unopened(
    chained: ProxyProcess, corp_proxy: UpstreamProxy, upstream_ca: tuple[Issued, object, object]
) -> None:
    corp_proxy.clear()
    before = len(chained.records())
    # Trusting only the tunnel host's own CA: the proxy's certificate would fail here.
    verify = ssl.create_default_context(cafile=str(upstream_ca[0].cert_pem))
    with httpx.Client(proxy=chained.url, verify=verify, timeout=30) as c:
        assert c.get(f"https://{TUNNEL_HOST}/v1/models").status_code == 200
    assert corp_proxy.connects == [Connect(f"{TUNNEL_HOST}:443", CORP_USER, 200)]
    assert chained.records()[before:] == []


# --- reverse API gateway ----------------------------------------------------------------------


@dataclass
class Gateway:
    proc: ProxyProcess
    openai_port: int
    anthropic_port: int
    ca: Path  # trusted by clients of the gateway's TLS (the organisation's certificate)


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[Gateway]:
    workdir = tmp_path_factory.mktemp("gateway")
    ca, key, cert = upstream_ca
    issued = make_server_cert(workdir / "tls", ["localhost"], key, cert)  # type: ignore[arg-type]
    org_cert = workdir / "gateway.pem"  # certificate and key in one PEM, as mitmproxy's certs option takes it
    org_cert.write_bytes(issued.cert_pem.read_bytes() + issued.key_pem.read_bytes())
    oa, an = free_port(), free_port()
    proc = start_proxy(
        workdir,
        redirects=ai_redirects(openai_upstream),
        upstream_ca=ca.cert_pem,
        extra=[
            "--mode",
            f"reverse:https://api.openai.com@{oa}",
            "--mode",
            f"reverse:https://api.anthropic.com@{an}",
            "--set",
            f"certs=localhost={org_cert}",
            "--admin-port",
            "0",
        ],  # fmt: skip
        listeners=2,
    )
    yield Gateway(proc, oa, an, ca.cert_pem)
    proc.stop()


def _gateway_client(gw: Gateway, base_url: str | None = None) -> openai.OpenAI:
    """The SDK as a developer configures it: only the base URL changes, no proxy, no CA."""
    return openai.OpenAI(
        api_key="sk-test-not-a-real-key", base_url=base_url or f"http://127.0.0.1:{gw.openai_port}/v1", max_retries=0
    )


@pytest.mark.parametrize("expected", ["allow", "pseudonymise", "block"])
def test_gateway_judges_each_prompt_exactly_like_the_forward_proxy(
    expected: str, gateway: Gateway, proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    outcomes = []
    for proc, client in ((proxy, _forward_client(proxy)), (gateway.proc, _gateway_client(gateway))):
        upstream.clear()
        before = len(proc.records())
        action = _ask(client, PROMPTS[expected])
        records = proc.records()[before:]
        assert len(records) == 1
        r = records[0]
        assert r["action"] == action
        # Each proxy numbers placeholders in its own vault (per user and tool): compare them unnumbered.
        bodies = [json.loads(PLACEHOLDER_NUMBER.sub(r"[\1_n]", rec.body.decode())) for rec in upstream.received]
        outcomes.append((action, r["rule_id"], r["tool"], r["host"], r["path"], r["entities"], r["user"], bodies))
    assert outcomes[0] == outcomes[1]
    assert outcomes[1][0] == expected
    assert EMAIL not in json.dumps(outcomes)
    assert outcomes[1][2:5] == ("openai-api", "api.openai.com", "/v1/chat/completions")
    assert outcomes[1][6] == "127.0.0.1"  # the developer's machine, as the gateway saw it
    assert EMAIL not in gateway.proc.log_text() and API_KEY not in gateway.proc.log_text()


def test_gateway_block_notice_is_a_permission_denied_error_with_the_decision_id(
    gateway: Gateway, upstream: FakeUpstream
) -> None:
    before = len(gateway.proc.records())
    with pytest.raises(openai.PermissionDeniedError) as excinfo:
        _gateway_client(gateway).chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": PROMPTS["block"]}],
            extra_headers={"Accept-Language": "en"},
        )
    assert upstream.received == []
    record = gateway.proc.records()[before:][0]
    message = excinfo.value.body["message"]  # type: ignore[index]
    assert record["decision_id"] in message and "SECRET-BLOCK" in message
    assert API_KEY not in message


def test_gateway_forwards_with_the_ai_host_and_the_developers_api_key(gateway: Gateway, upstream: FakeUpstream) -> None:
    assert _ask(_gateway_client(gateway), PROMPTS["allow"]) == "allow"
    (received,) = upstream.received
    assert received.host == "api.openai.com"
    headers = {k.lower(): v for k, v in received.headers.items()}
    assert headers["authorization"] == "Bearer sk-test-not-a-real-key"


def test_gateway_over_tls_with_the_organisation_certificate_is_inspected(
    gateway: Gateway, upstream: FakeUpstream
) -> None:
    """The client names the gateway (localhost) in SNI; the gateway still decrypts and judges."""
    before = len(gateway.proc.records())
    http_client = httpx.Client(verify=ssl.create_default_context(cafile=str(gateway.ca)), timeout=30)
    client = openai.OpenAI(
        api_key="sk-test-not-a-real-key",
        base_url=f"https://localhost:{gateway.openai_port}/v1",
        http_client=http_client,
        max_retries=0,
    )
    assert _ask(client, PROMPTS["pseudonymise"]) == "pseudonymise"
    assert EMAIL not in upstream.received[0].body.decode()
    assert [r["action"] for r in gateway.proc.records()[before:]] == ["pseudonymise"]


def test_anthropic_gateway_applies_the_anthropic_tool_policy_like_forward_mode(
    gateway: Gateway, proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    direct = anthropic.Anthropic(
        api_key="sk-ant-test-not-a-real-key", base_url=f"http://127.0.0.1:{gateway.anthropic_port}", max_retries=0
    )
    seen = []
    for proc, client in ((proxy, anthropic_client(proxy)), (gateway.proc, direct)):
        upstream.clear()
        before = len(proc.records())
        try:
            client.messages.create(
                model="claude-sonnet-4-6",
                max_tokens=64,
                messages=[{"role": "user", "content": PROMPTS["pseudonymise"]}],
            )
            outcome = "answered"
        except anthropic.PermissionDeniedError:
            outcome = "denied"
        (r,) = proc.records()[before:]
        seen.append((outcome, r["tool"], r["action"], r["rule_id"], len(upstream.received)))
    assert seen[0] == seen[1]
    assert seen[1][1] == "anthropic-api"
