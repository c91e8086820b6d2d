"""Fixtures for end-to-end tests: real proxy process, fake upstreams over real TLS."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dlp_proxy.policy import load_policy
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import REPO, SECRETS, STARTED, ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_ca, make_server_cert

# Hosts the one fake AI upstream answers for (it speaks OpenAI, Anthropic and Gemini).
AI_HOSTS = ["api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com"]
TUNNEL_HOST = "tunnel.test"


@pytest.fixture(scope="session", autouse=True)
def no_secret_in_any_output() -> Iterator[None]:
    """After the whole e2e session: no secret from the environment in any proxy's output (event
    log, errors, tracebacks) or decision log. A failure here names the variable, never the value."""
    yield
    leaks = []
    for proc in STARTED:
        texts = {"output": "".join(proc.output)}
        for log in proc.audit_log.parent.glob("*.jsonl*") if proc.audit_log.parent.exists() else ():
            texts[log.name] = log.read_text(encoding="utf-8", errors="replace")
        for where, text in texts.items():
            leaks += [
                f"{name} in the {where} of the proxy on port {proc.port}" for name, v in SECRETS.items() if v in text
            ]
    assert not leaks, leaks


def policy_copy(folder: Path, *, approve: tuple[str, ...] = (), settings: dict[str, str] | None = None) -> Path:
    """A copy of rules/ with tools approved for low risk and settings changed, checked by load_policy."""
    rules = folder / "rules"
    shutil.copytree(REPO / "rules", rules)
    tools = rules / "tools.yaml"
    text = tools.read_text(encoding="utf-8")
    for tool_id in approve:
        entry = re.compile(rf"(  - id: {re.escape(tool_id)}\n(?:    .*\n)*?)    status: unlisted\n")
        text, n = entry.subn(r"\1    status: approved\n    approved_for: low\n", text, count=1)
        assert n == 1, f"tool {tool_id} not found unlisted in tools.yaml"
    tools.write_text(text, encoding="utf-8")
    policy_file = rules / "policy.yaml"
    text = policy_file.read_text(encoding="utf-8")
    for key, value in (settings or {}).items():
        text, n = re.subn(rf"(?m)^  {re.escape(key)}: .*$", f"  {key}: {value}", text, count=1)
        assert n == 1, f"setting {key} not found in policy.yaml"
    policy_file.write_text(text, encoding="utf-8")
    policy = load_policy(rules)  # fails the fixture, naming the field, if the edit is invalid
    for tool in policy.tools:
        if tool.id in approve:
            assert tool.status == "approved" and tool.approved_for == "low"
    return rules


def ai_redirects(upstream: FakeUpstream) -> dict[str, int]:
    return dict.fromkeys(AI_HOSTS, upstream.port)


@pytest.fixture(scope="session")
def tls_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("tls")


@pytest.fixture(scope="session")
def upstream_ca(tls_dir: Path) -> tuple[Issued, object, object]:
    return make_ca(tls_dir)


@pytest.fixture(scope="session")
def openai_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    ca, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, AI_HOSTS, key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream
    upstream.stop()


@pytest.fixture(scope="session")
def tunnel_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[tuple[FakeUpstream, Issued]]:
    ca, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, [TUNNEL_HOST], key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream, issued
    upstream.stop()


@pytest.fixture(scope="session")
def proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
    tunnel_upstream: tuple[FakeUpstream, Issued],
) -> Iterator[ProxyProcess]:
    workdir = tmp_path_factory.mktemp("proxy")
    redirects = {**ai_redirects(openai_upstream), TUNNEL_HOST: tunnel_upstream[0].port}
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem)
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def approved_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    """A second proxy whose policy approves the Anthropic and Gemini APIs for low risk."""
    workdir = tmp_path_factory.mktemp("approved-proxy")
    rules = policy_copy(workdir, approve=("anthropic-api", "gemini-api"))
    proc = start_proxy(
        workdir, redirects=ai_redirects(openai_upstream), upstream_ca=upstream_ca[0].cert_pem, policy=rules
    )
    yield proc
    proc.stop()


@pytest.fixture
def upstream(openai_upstream: FakeUpstream) -> FakeUpstream:
    openai_upstream.clear()
    return openai_upstream


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    """A copy of the shipped rules/ (without its own test cases) that a test may edit."""
    target = tmp_path / "rules"
    shutil.copytree(REPO / "rules", target, ignore=shutil.ignore_patterns("tests"))
    return target


# ChatGPT's chat and upload hosts, sent to one fake upstream: the upload tests (documents,
# images, labels and archives) each start their own proxy with it.
CHAT_HOSTS = ["chatgpt.com", "files.oaiusercontent.com"]


@pytest.fixture(scope="module")
def chat_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    _, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, CHAT_HOSTS, key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream
    upstream.stop()


@pytest.fixture(scope="module")
def upload_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], chat_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    """The proxy with the bundled policy, ChatGPT's hosts sent to the fake upstream."""
    workdir = tmp_path_factory.mktemp("upload-proxy")
    redirects = dict.fromkeys(CHAT_HOSTS, chat_upstream.port)
    # --admin-port 0: no admin listener, so this second proxy does not take the session proxy's port.
    proc = start_proxy(workdir, redirects=redirects, upstream_ca=upstream_ca[0].cert_pem, extra=["--admin-port", "0"])
    yield proc
    proc.stop()
