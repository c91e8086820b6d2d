"""Who sent a prompt, with the real proxy process: proxy authentication from an htpasswd file (forward
and reverse gateway), and the trusted identity header, which counts only from trusted proxies."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import anthropic
import bcrypt
import httpx
import openai
import pytest

from dlp_proxy.policy import load_policy
from tests.e2e.conftest import ai_redirects, policy_copy
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import REPO, ProxyProcess, dlp_proxy_command, free_port, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

EMAIL = "jan.jansen@voorbeeldklant.nl"
PROMPT = f"Schrijf een korte mail aan {EMAIL} over de planning."
HEADER = "X-Authenticated-User"  # identity.trusted_header in rules/users.yaml
ALICE_PW, BOB_PW = "Wonder-land-7", "b0b's password"


def _trusting_policy(folder: Path) -> Path:
    """rules/ with 127.0.0.1 as a trusted proxy (an authenticating proxy in front of this one)."""
    rules = policy_copy(folder)
    users = rules / "users.yaml"
    text, n = re.subn(r"(?m)^  trusted_proxies: \[\]$", '  trusted_proxies: ["127.0.0.1/32"]', users.read_text())
    assert n == 1
    users.write_text(text)
    assert load_policy(rules).identity.trusted_proxies == ["127.0.0.1/32"]
    return rules


def _htpasswd(path: Path) -> Path:
    """alice with bcrypt, bob with Apache's {SHA}: the two forms mitmproxy's htpasswd reader accepts."""
    alice = bcrypt.hashpw(ALICE_PW.encode(), bcrypt.gensalt(rounds=4)).decode()
    bob = "{SHA}" + base64.b64encode(hashlib.sha1(BOB_PW.encode()).digest()).decode()
    path.write_text(f"alice:{alice}\nbob:{bob}\n")
    return path


def _client(proxy: ProxyProcess, user: str | None = None, password: str | None = None) -> openai.OpenAI:
    url = proxy.url.replace("http://", f"http://{user}:{password}@") if user else proxy.url
    http_client = httpx.Client(proxy=url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=30)
    return openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)


def _send(client: openai.OpenAI, *, as_user: str | None = None) -> None:
    """A prompt with an e-mail address (masked and answered), claiming `as_user` in the trusted header."""
    raw = client.chat.completions.with_raw_response.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT}],
        extra_headers={HEADER: as_user} if as_user else None,
    )
    assert raw.headers["x-dlp-action"] == "pseudonymise"


def _upstream_headers(upstream: FakeUpstream) -> dict[str, str]:
    (received,) = upstream.received
    return {k.lower(): v for k, v in received.headers.items()}


@dataclass
class AuthProxy:
    proc: ProxyProcess
    anthropic_gateway: int


@pytest.fixture(scope="module")
def auth_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> Iterator[AuthProxy]:
    """Forward proxy and an Anthropic gateway, both requiring htpasswd credentials; 127.0.0.1 trusted."""
    workdir = tmp_path_factory.mktemp("auth-proxy")
    gateway = free_port()
    proc = start_proxy(
        workdir,
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        policy=_trusting_policy(workdir),
        extra=[
            "--mode",
            "regular",
            "--mode",
            f"reverse:https://api.anthropic.com@{gateway}",
            "--proxyauth",
            f"@{_htpasswd(workdir / 'htpasswd')}",
            "--admin-port",
            "0",
        ],  # fmt: skip
        listeners=2,
    )
    yield AuthProxy(proc, gateway)
    proc.stop()


@pytest.fixture(scope="module")
def header_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    """No proxy authentication; 127.0.0.1 is a trusted proxy, so its identity header counts."""
    workdir = tmp_path_factory.mktemp("header-proxy")
    proc = start_proxy(
        workdir,
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        policy=_trusting_policy(workdir),
        extra=["--admin-port", "0"],
    )
    yield proc
    proc.stop()


# --- proxy authentication -----------------------------------------------------------------------


@pytest.mark.parametrize(("user", "password"), [("alice", ALICE_PW), ("bob", BOB_PW)])
def test_authenticated_user_and_groups_are_in_the_record_and_outrank_the_header(
    user: str, password: str, auth_proxy: AuthProxy, upstream: FakeUpstream
) -> None:
    proc = auth_proxy.proc
    before = len(proc.records())
    _send(_client(proc, user, password), as_user="carol")  # a header from a trusted address, yet auth wins
    (record,) = proc.records()[before:]
    assert record["user"] == user
    assert record["groups"] == ["project-noorderlicht"]  # rules/users.yaml
    assert record["identity_source"] == "proxy_auth"
    assert record["action"] == "pseudonymise"
    headers = _upstream_headers(upstream)
    assert HEADER.lower() not in headers and "proxy-authorization" not in headers
    assert password not in proc.log_text() and password not in "".join(proc.output)


@pytest.mark.parametrize("credentials", ["alice:not-her-password", "mallory:" + ALICE_PW, None])
def test_wrong_or_missing_credentials_get_407_and_nothing_goes_upstream(
    credentials: str | None, auth_proxy: AuthProxy, upstream: FakeUpstream
) -> None:
    proc = auth_proxy.proc
    before = len(proc.records())
    body = json.dumps({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": PROMPT}]})
    cmd = ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_connect}", "--proxy", proc.url, "--cacert", str(proc.ca)]
    cmd += ["--proxy-user", credentials] if credentials else []
    cmd += ["https://api.openai.com/v1/chat/completions", "-H", "content-type: application/json", "-d", body]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert out.stdout == "407", out.stderr
    user, _, password = (credentials or "").partition(":")
    client = _client(proc, user, password) if credentials else _client(proc)
    with pytest.raises(openai.APIConnectionError):  # the SDK cannot open its tunnel either
        _send(client)
    assert upstream.received == []
    assert proc.records()[before:] == []


def test_reverse_gateway_takes_basic_authorization_and_removes_it(
    auth_proxy: AuthProxy, upstream: FakeUpstream
) -> None:
    """In reverse mode mitmproxy reads `Authorization: Basic` (a gateway is a server, not a proxy)."""
    proc = auth_proxy.proc
    base_url = f"http://127.0.0.1:{auth_proxy.anthropic_gateway}"
    basic = "Basic " + base64.b64encode(f"alice:{ALICE_PW}".encode()).decode()
    before = len(proc.records())
    with pytest.raises(anthropic.AuthenticationError):  # no credentials: 401, nothing upstream
        anthropic.Anthropic(api_key="sk-ant-test", base_url=base_url, max_retries=0).messages.create(
            model="claude-haiku-4-5", max_tokens=16, messages=[{"role": "user", "content": "Hallo"}]
        )
    assert upstream.received == [] and proc.records()[before:] == []
    client = anthropic.Anthropic(
        api_key="sk-ant-test", base_url=base_url, max_retries=0, default_headers={"Authorization": basic}
    )
    try:
        client.messages.create(
            model="claude-haiku-4-5", max_tokens=16, messages=[{"role": "user", "content": "Hallo, hoe gaat het?"}]
        )
    except anthropic.PermissionDeniedError:
        pass  # the bundled policy does not approve the Anthropic API; the record still names alice
    (record,) = proc.records()[before:]
    assert (record["user"], record["identity_source"], record["tool"]) == ("alice", "proxy_auth", "anthropic-api")
    for received in upstream.received:
        assert "authorization" not in {k.lower() for k in received.headers}


# --- the trusted header ---------------------------------------------------------------------------


def test_header_from_a_trusted_proxy_names_the_user_and_is_removed(
    header_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(header_proxy.records())
    _send(_client(header_proxy), as_user="carol")
    (record,) = header_proxy.records()[before:]
    assert (record["user"], record["identity_source"], record["groups"]) == ("carol", "trusted_header", ["developers"])
    assert record["client_address"] == "127.0.0.1"
    assert HEADER.lower() not in _upstream_headers(upstream)


def test_header_from_an_untrusted_address_is_ignored_and_still_removed(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    """The bundled policy trusts no proxy: the header is a claim anyone can make."""
    assert load_policy(REPO / "rules").identity.trusted_proxies == []
    before = len(proxy.records())
    _send(_client(proxy), as_user="carol")
    (record,) = proxy.records()[before:]
    assert (record["user"], record["identity_source"], record["groups"]) == ("127.0.0.1", "client_address", [])
    assert "carol" not in json.dumps(record)
    assert HEADER.lower() not in _upstream_headers(upstream)


# --- LDAP (no directory server here: the start-up path only) -----------------------------------


def test_ldap_bind_password_from_the_environment_never_shows_when_the_directory_is_down(tmp_path: Path) -> None:
    """The password reaches mitmproxy's LDAP bind (a refused connection proves the attempt) and
    appears nowhere: not in the process's arguments, the banner or the error."""
    password = "Xyzzy-Bind-Secret-42"
    spec = f"ldap:127.0.0.1:{free_port()}:cn=dlp,ou=svc,dc=corp::ou=people,dc=corp"
    cmd = [*dlp_proxy_command(), "run", "--listen-port", str(free_port()), "--admin-port", "0"]
    cmd += ["--policy", str(REPO / "rules"), "--certs", str(tmp_path / "certs"), "--proxyauth", spec]
    cmd += ["--audit-log", str(tmp_path / "decisions.jsonl"), "--nlp-config", str(REPO / "models" / "nlp.yaml")]
    env = {**os.environ, "DLP_LDAP_PASSWORD": password}
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode != 0
    text = out.stdout + out.stderr
    assert "LDAP ldap://127.0.0.1:" in text  # the banner names the directory...
    assert "Connection refused" in text  # ...and mitmproxy tried to bind to it
    assert password not in text and password not in " ".join(cmd)
