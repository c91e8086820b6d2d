"""Scale-out: two real proxy replicas behind Debian's HAProxy (deploy/haproxy.cfg), sharing Redis.

Traffic is balanced per connection and each replica logs its own decisions (its own hash
chain); a warn code issued by one replica is accepted once by the other; a replica killed
while answers stream fails only the requests it was holding; with Redis down, codes are
refused and everything else keeps working.

The tests run in file order on one cluster: the last two break it on purpose.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from mitmproxy.certs import CertStore

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.local_services import HAProxy, Redis, start_haproxy, start_redis
from tests.e2e.proxy_process import ProxyProcess, dlp_proxy_command, free_port, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

URL = "https://api.openai.com/v1/chat/completions"
# Masked (rule PERSONAL-MASK-LOW), so each answer carries its decision id: the test knows
# which replica served which request.
MASKED = "Stuur het verslag naar jan.jansen@example.nl graag"
HELD = "VERTROUWELIJK\nVat dit persbericht samen: de nieuwe vestiging opent in maart."
REASON = "Dit is een openbaar persbericht op een intern sjabloon"
CODE = re.compile(r"DLP-OK ([A-Z2-7]{8})")
VAULT_KEY = "scale-out-test-vault-key-0123456789"


@dataclass
class Cluster:
    replicas: dict[str, ProxyProcess]
    haproxy: HAProxy
    redis: Redis
    ca: Path

    def records(self, name: str) -> list[dict[str, object]]:
        return self.replicas[name].records()

    def ids(self, name: str) -> set[str]:
        return {str(r["decision_id"]) for r in self.records(name)}


@pytest.fixture(scope="module")
def cluster(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
) -> Iterator[Cluster]:
    base = tmp_path_factory.mktemp("scale")
    with contextlib.ExitStack() as cleanup:
        redis = start_redis(base / "redis")
        cleanup.callback(redis.stop)
        # One CA for all replicas, made before they start (the compose file's `ca` service).
        ca = base / "certs"
        subprocess.run([*dlp_proxy_command(), "certs", "init", "--certs", str(ca)], check=True, capture_output=True)
        CertStore.from_store(ca, "mitmproxy", 2048)
        names = ("proxy-1", "proxy-2")
        admin = {name: free_port() for name in names}
        replicas: dict[str, ProxyProcess] = {}

        def start(name: str) -> None:
            (base / name).mkdir()
            replicas[name] = start_proxy(
                base / name,
                redirects=ai_redirects(openai_upstream),
                upstream_ca=upstream_ca[0].cert_pem,
                certs=ca,
                # The justification key comes from Redis; the vault's key must be the same everywhere.
                env={"DLP_REDIS_URL": redis.url, "DLP_JUSTIFY_KEY": "", "DLP_VAULT_KEY": VAULT_KEY},
                extra=["--admin-host", "127.0.0.1", "--admin-port", str(admin[name])],
            )
            cleanup.callback(replicas[name].stop)  # a no-op for the replica a test killed

        with ThreadPoolExecutor(2) as pool:
            list(pool.map(start, names))
        haproxy = start_haproxy(base, [(n, replicas[n].port, admin[n]) for n in names])
        cleanup.callback(haproxy.stop)
        haproxy.wait_for({"proxy-1": "UP", "proxy-2": "UP"})
        yield Cluster(replicas, haproxy, redis, ca / "mitmproxy-ca-cert.pem")


def chat(
    proxy_url: str, ca: Path, text: str, *, stream: bool = False, extra: dict[str, str] | None = None
) -> httpx.Response:
    """One request on a connection of its own (HAProxy balances connections, not requests)."""
    with httpx.Client(proxy=proxy_url, verify=ssl.create_default_context(cafile=str(ca)), timeout=30) as client:
        body = {"model": "m", "messages": [{"role": "user", "content": text}], "stream": stream}
        headers = {"authorization": "Bearer sk-test-not-a-real-key", "accept-language": "en"} | (extra or {})
        if not stream:
            return client.post(URL, json=body, headers=headers)
        with client.stream("POST", URL, json=body, headers=headers) as response:
            response.read()  # the whole stream, to its last chunk
            return response


def test_connections_are_balanced_and_both_replicas_log_a_verifiable_chain(
    cluster: Cluster, openai_upstream: FakeUpstream
) -> None:
    before = {name: len(cluster.records(name)) for name in cluster.replicas}
    openai_upstream.clear()
    answers = [chat(cluster.haproxy.url, cluster.ca, MASKED) for _ in range(20)]
    assert [a.status_code for a in answers] == [200] * 20
    assert all(a.headers["x-dlp-action"] == "pseudonymise" for a in answers)
    served = {name: len(cluster.records(name)) - before[name] for name in cluster.replicas}
    assert sum(served.values()) == 20
    assert min(served.values()) >= 6, served  # a fair share each, not all on one
    # Every answer's decision id is in exactly one replica's log.
    ids = [a.headers["x-dlp-decision-id"] for a in answers]
    assert all((i in cluster.ids("proxy-1")) != (i in cluster.ids("proxy-2")) for i in ids)
    assert len(openai_upstream.received) == 20
    assert all(b"jan.jansen@example.nl" not in r.body for r in openai_upstream.received)
    for proc in cluster.replicas.values():
        result = subprocess.run(
            [*dlp_proxy_command(), "audit", "verify", str(proc.audit_log.parent)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
    # One report over every replica's folder counts each decision once.
    folders = [str(proc.audit_log.parent) for proc in cluster.replicas.values()]
    report = subprocess.run(
        [*dlp_proxy_command(), "report", *folders, "--format", "json"], capture_output=True, text=True, check=True
    )
    total = sum(len(cluster.records(name)) for name in cluster.replicas)
    assert json.loads(report.stdout)["totals"]["records"] == total


def test_a_warn_code_from_one_replica_is_accepted_once_by_the_other(
    cluster: Cluster, openai_upstream: FakeUpstream
) -> None:
    a, b = cluster.replicas["proxy-1"], cluster.replicas["proxy-2"]
    openai_upstream.clear()
    held = chat(a.url, cluster.ca, HELD)
    assert held.status_code == 403
    code = CODE.search(held.json()["error"]["message"])
    assert code, held.text
    justified = f"DLP-OK {code.group(1)}: {REASON}\n{HELD}"

    sent = chat(b.url, cluster.ca, justified)  # the other replica
    assert sent.status_code == 200, sent.text
    assert json.loads(openai_upstream.received[-1].body)["messages"][0]["content"] == HELD
    record = b.records()[-1]
    assert (record["action"], record["rule_id"], record["justification"]) == ("allow", "INTERNAL-LOW-TOOL", REASON)

    again = chat(a.url, cluster.ca, justified)  # the same code once more, on the first replica
    assert again.status_code == 403
    notice = again.json()["error"]["message"]
    assert "That code was used already" in notice
    assert CODE.search(notice) and CODE.search(notice).group(1) != code.group(1)  # type: ignore[union-attr]
    assert a.records()[-1]["action"] == "warn" and a.records()[-1]["justification"] is None
    assert len(openai_upstream.received) == 1


def streamed_text(response: httpx.Response) -> str:
    return "".join(
        json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
        for line in response.text.splitlines()
        if line.startswith("data: {")
    )


def test_replicas_share_the_vault_each_restores_the_others_placeholders(
    cluster: Cluster, openai_upstream: FakeUpstream
) -> None:
    a, b = cluster.replicas["proxy-1"], cluster.replicas["proxy-2"]
    email = "jan.jansen@example.nl"
    openai_upstream.clear()
    assert chat(a.url, cluster.ca, MASKED).status_code == 200
    sent = json.loads(openai_upstream.received[-1].body)["messages"][0]["content"]
    placeholder = re.search(r"\[EMAIL_ADDRESS_\d+\]", sent)
    assert placeholder and email not in sent, sent
    # The same value through the other replica: the same placeholder.
    assert chat(b.url, cluster.ca, MASKED).status_code == 200
    assert json.loads(openai_upstream.received[-1].body)["messages"][0]["content"] == sent
    # The other replica restores what the first issued: an answer (echoed by the fake upstream)
    # that holds the placeholder, to a prompt with no personal data in it, whole and streamed.
    echo = {"x-fake-echo": "1"}
    asked = f"Herhaal letterlijk: {placeholder.group(0)}"
    whole = chat(b.url, cluster.ca, asked, extra=echo)
    assert whole.status_code == 200 and whole.headers.get("x-dlp-action") is None
    assert whole.json()["choices"][0]["message"]["content"] == f"Herhaal letterlijk: {email}"
    for cut in (len(asked) - 5, len(asked) - 12):  # cut inside the placeholder
        streamed = chat(b.url, cluster.ca, asked, stream=True, extra=echo | {"x-fake-split": str(cut)})
        assert streamed_text(streamed) == f"Herhaal letterlijk: {email}"
    assert all(email.encode() not in r.body for r in openai_upstream.received)
    # Nothing readable in Redis: placeholders and encrypted values under keyed names only.
    dump = subprocess.run(
        ["redis-cli", "-u", cluster.redis.url, "--no-raw", "eval",
         "local o={} for _,k in ipairs(redis.call('keys','*')) do if redis.call('type',k).ok=='hash' then "
         "for _,v in ipairs(redis.call('hgetall',k)) do o[#o+1]=v end end o[#o+1]=k end return o", "0"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "vault:" in dump and placeholder.group(0) in dump
    assert email not in dump and "jan.jansen" not in dump and "127.0.0.1" not in dump


@dataclass
class Outcome:
    started: float
    ended: float
    ok: bool
    decision_id: str | None


def test_a_replica_killed_mid_stream_fails_only_its_own_requests(
    cluster: Cluster, openai_upstream: FakeUpstream
) -> None:
    victim, survivor = cluster.replicas["proxy-2"], cluster.replicas["proxy-1"]
    known = {name: cluster.ids(name) for name in cluster.replicas}
    outcomes: list[Outcome] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + 12  # bounded: four workers, about twelve seconds

    def worker() -> None:
        while time.monotonic() < stop_at:
            started = time.monotonic()
            try:
                r = chat(cluster.haproxy.url, cluster.ca, MASKED, stream=True)
                ok = r.status_code == 200 and b"[DONE]" in r.content
                did = r.headers.get("x-dlp-decision-id")
            except (httpx.HTTPError, OSError):  # ssl.SSLError is an OSError
                ok, did = False, None
            with lock:
                outcomes.append(Outcome(started, time.monotonic(), ok, did))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    # Answers stream for two seconds each: at three seconds the second wave is mid-stream on each
    # replica (at four, requests would be ending and starting again at the very moment of the kill).
    time.sleep(3)
    assert len(victim.records()) > len(known["proxy-2"])  # the victim was taking traffic
    killed_at = time.monotonic()
    victim.process.send_signal(signal.SIGKILL)
    victim.process.wait()
    dead_at = time.monotonic()  # a connection opened before this may still reach the dying process
    for t in threads:
        t.join(timeout=60)

    new = {name: cluster.ids(name) - known[name] for name in cluster.replicas}
    received = {o.decision_id for o in outcomes if o.ok}
    failed = [o for o in outcomes if not o.ok]
    # Everything the survivor logged was answered in full, including streams open at the kill.
    assert new["proxy-1"] <= received
    assert any(o.ok and o.started < killed_at < o.ended for o in outcomes)
    # Only requests in flight at the kill fail: those the victim was holding (logged there and
    # never answered, or killed before their record), never one started after it.
    in_flight = [o for o in outcomes if o.started < dead_at and killed_at < o.ended]
    assert all(o in in_flight for o in failed)
    assert len(new["proxy-2"] - received) <= len(failed) < len(in_flight)
    assert len(outcomes) - len(failed) >= 10

    # Once HAProxy's checks mark the victim down, every request succeeds on the survivor.
    cluster.haproxy.wait_for({"proxy-2": "DOWN", "proxy-1": "UP"})
    before = len(survivor.records())
    after = [chat(cluster.haproxy.url, cluster.ca, MASKED) for _ in range(6)]
    assert [r.status_code for r in after] == [200] * 6
    assert {r.headers["x-dlp-decision-id"] for r in after} <= cluster.ids("proxy-1")
    assert len(survivor.records()) == before + 6
    result = subprocess.run(
        [*dlp_proxy_command(), "audit", "verify", str(victim.audit_log.parent)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr  # a kill leaves whole records only


def test_with_redis_down_codes_and_placeholders_are_refused_and_everything_else_works(
    cluster: Cluster, openai_upstream: FakeUpstream
) -> None:
    proxy = cluster.replicas["proxy-1"]
    held = chat(proxy.url, cluster.ca, HELD)
    code = CODE.search(held.json()["error"]["message"])
    assert code, held.text
    cluster.redis.stop()
    openai_upstream.clear()

    refused = chat(cluster.haproxy.url, cluster.ca, f"DLP-OK {code.group(1)}: {REASON}\n{HELD}")
    assert refused.status_code == 403  # fail closed: single use cannot be checked
    assert "codes cannot be checked" in refused.json()["error"]["message"]
    assert proxy.records()[-1]["action"] == "warn"
    masked = chat(cluster.haproxy.url, cluster.ca, MASKED)  # no vault for the placeholder: the fail mode
    assert masked.status_code == 403
    assert proxy.records()[-1]["fail_reason"] == "vault_unavailable" or any(
        r["fail_reason"] == "vault_unavailable" for r in cluster.records("proxy-2")[-1:]
    )
    benign = chat(cluster.haproxy.url, cluster.ca, "Leg uit wat een load balancer doet.")
    assert benign.status_code == 200
    assert len(openai_upstream.received) == 1
    log = "".join(proxy.output)
    assert "justification code refused, cannot check it" in log
    assert code.group(1) not in log and REASON not in log
