"""Decision pages behind a load balancer: two real proxy replicas sharing Redis (DLP_REDIS_URL)
and one CA; a prompt blocked by one replica has its decision page on the other, for the same
user only, and Redis holds no value of it."""

from __future__ import annotations

import contextlib
import re
import ssl
import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from mitmproxy.certs import CertStore

from tests.e2e.conftest import ai_redirects, policy_copy
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.local_services import Redis, start_redis
from tests.e2e.proxy_process import ProxyProcess, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

HEADER = "X-Authenticated-User"
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
LINK = re.compile(r"http://dlp-proxy\.local/d/([0-9a-f]{16})")


@pytest.fixture(scope="module")
def replicas(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, Any, Any], openai_upstream: FakeUpstream
) -> Iterator[tuple[ProxyProcess, ProxyProcess, Redis, Path]]:
    base = tmp_path_factory.mktemp("portal-replicas")
    with contextlib.ExitStack() as cleanup:
        redis = start_redis(base / "redis")
        cleanup.callback(redis.stop)
        ca = base / "certs"
        subprocess.run([*dlp_proxy_command(), "certs", "init", "--certs", str(ca)], check=True, capture_output=True)
        CertStore.from_store(ca, "mitmproxy", 2048)
        rules = policy_copy(base)
        users = rules / "users.yaml"
        users.write_text(users.read_text().replace("trusted_proxies: []", 'trusted_proxies: ["127.0.0.1/32"]', 1))

        def start(name: str) -> ProxyProcess:
            (base / name).mkdir()
            proc = start_proxy(
                base / name,
                redirects=ai_redirects(openai_upstream),
                upstream_ca=upstream_ca[0].cert_pem,
                policy=rules,
                certs=ca,
                env={"DLP_REDIS_URL": redis.url},
            )
            cleanup.callback(proc.stop)
            return proc

        with ThreadPoolExecutor(2) as pool:
            one, two = pool.map(start, ("proxy-1", "proxy-2"))
        yield one, two, redis, ca / "mitmproxy-ca-cert.pem"


def client(proxy: ProxyProcess, ca: Path, user: str) -> httpx.Client:
    verify = ssl.create_default_context(cafile=str(ca))
    return httpx.Client(proxy=proxy.url, verify=verify, timeout=30, headers={HEADER: user, "accept-language": "en"})


def test_a_decision_taken_by_one_replica_is_shown_by_the_other_to_the_same_user(
    replicas: tuple[ProxyProcess, ProxyProcess, Redis, Path],
) -> None:
    one, two, redis, ca = replicas
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": f"key {AWS_KEY}"}]}
    with client(one, ca, "alice") as alice_one:
        blocked = alice_one.post("https://api.openai.com/v1/chat/completions", json=body)
    assert blocked.status_code == 403
    match = LINK.search(blocked.text)
    assert match, blocked.text

    with client(two, ca, "alice") as alice_two, client(two, ca, "bob") as bob_two:
        mine = alice_two.get(match.group(0))
        theirs = bob_two.get(match.group(0))
    assert mine.status_code == 200 and "SECRET-BLOCK" in mine.text and "1 x password or key" in mine.text
    assert AWS_KEY not in mine.text
    assert theirs.status_code == 404 and "SECRET-BLOCK" not in theirs.text

    dump = subprocess.run(
        ["redis-cli", "-u", redis.url, "--raw", "get", f"dlp-proxy:decision:{match.group(1)}"],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout  # fmt: skip
    assert "SECRET-BLOCK" in dump and AWS_KEY not in dump
