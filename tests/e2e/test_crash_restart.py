"""`kill -9` of the proxy under traffic, then a restart, five times (issue 19).

Four clients keep posting prompts through the real proxy (allowed, pseudonymised and blocked
ones) while the proxy is killed with SIGKILL at random moments and started again on the same
port, log and CA. A test-only script (decision_tag_addon.py) names each forwarded request's
decision id in a header the fake upstream sees, so what it received is matched with the decision
log one request at a time. Afterwards:

- `dlp-proxy audit verify` passes over the whole log (five crashes, six processes, one chain);
- every request the fake upstream received has its decision record (zero forwarded requests
  without a record), and so does every notice a client received;
- no detection worker of a killed proxy is left running.

What the clients see at a kill is not asserted beyond "an error or an answer": the connection
breaks and the client goes on with a new request; nothing is replayed by the proxy.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import AI_HOSTS
from tests.e2e.decision_tag_addon import HEADER
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import ProxyProcess, dlp_proxy_command, free_port, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = pytest.mark.e2e

CLIENTS = 4
KILLS = 5
MIN_REQUESTS = 1000  # requests sent over the whole test, at least
URL = "https://api.openai.com/v1/chat/completions"
TAG_ADDON = Path(__file__).with_name("decision_tag_addon.py")
SLOW_LOG = Path(__file__).with_name("slow_log_write_addon.py")  # widens the window a bug would leave
# The bundled policy: openai-api is approved for low risk, so an e-mail address is pseudonymised
# (forwarded, changed) and a real-looking token is blocked (never forwarded).
PROMPTS = (
    ("allow", "Schrijf een korte, vrolijke groet voor de teamvergadering van maandag."),
    ("allow", "Explain in two sentences what a hash chain is."),
    ("mask", "Stuur de planning naar j.devries@example.org en vraag om een reactie."),
    ("block", "Mijn token is ghp_" + "a1B2" * 9 + " , waarom werkt het niet?"),
)


@dataclass
class Traffic:
    """What the clients did, shared between their threads."""

    proxy_port: int
    ca: Path
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    numbers: int = 0
    answered: dict[int, int] = field(default_factory=dict)  # request number -> status the client received
    notices: dict[int, str] = field(default_factory=dict)  # request number -> decision id of a 403 notice
    broken: int = 0  # requests the proxy took and never answered (it was killed)
    refused: int = 0  # attempts while the proxy was down (not counted as requests)

    def next_number(self) -> int:
        with self.lock:
            self.numbers += 1
            return self.numbers

    @property
    def handled(self) -> int:
        """Requests the proxy took: answered, or cut off by a kill."""
        return len(self.answered) + self.broken


def _client(traffic: Traffic, seed: int) -> None:
    rng = random.Random(seed)
    proxy = f"http://127.0.0.1:{traffic.proxy_port}"
    while not traffic.stop.is_set():
        with httpx.Client(proxy=proxy, verify=str(traffic.ca), timeout=15) as http:
            while not traffic.stop.is_set():
                n = traffic.next_number()
                _kind, prompt = rng.choice(PROMPTS)
                body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}
                try:
                    r = http.post(URL, json=body)
                except (httpx.ConnectError, httpx.ProxyError):  # the proxy is down: wait for the restart
                    with traffic.lock:
                        traffic.refused += 1
                    time.sleep(0.2)
                    break
                except httpx.HTTPError:
                    with traffic.lock:
                        traffic.broken += 1
                    break  # a fresh connection after a break
                with traffic.lock:
                    traffic.answered[n] = r.status_code
                    if r.status_code == 403 and "x-dlp-decision-id" in r.headers:
                        traffic.notices[n] = r.headers["x-dlp-decision-id"]


def _children(pid: int) -> set[int]:
    """Every descendant of `pid` (detection workers, multiprocessing's resource tracker)."""
    found: set[int] = set()
    todo = [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                kids = (task / "children").read_text().split()
            except OSError:
                continue
            for kid in map(int, kids):
                if kid not in found:
                    found.add(kid)
                    todo.append(kid)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def crash_upstream(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object]
) -> Iterator[FakeUpstream]:
    """An upstream of this module's own: what it received is the evidence the test compares."""
    folder = tmp_path_factory.mktemp("crash-tls")
    _ca, key, cert = upstream_ca
    issued = make_server_cert(folder, AI_HOSTS, key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream
    upstream.stop()


def test_kill_9_under_traffic_leaves_no_forwarded_request_without_its_record(
    tmp_path: Path, upstream_ca: tuple[Issued, object, object], crash_upstream: FakeUpstream
) -> None:
    rng = random.Random(19)
    port = free_port()
    redirects = dict.fromkeys(AI_HOSTS, crash_upstream.port)

    def start() -> ProxyProcess:
        return start_proxy(
            tmp_path,
            redirects=redirects,
            upstream_ca=upstream_ca[0].cert_pem,
            port=port,
            extra=["--script", str(TAG_ADDON), "--script", str(SLOW_LOG)],
        )

    proxy = start()
    traffic = Traffic(port, proxy.ca)
    threads = [threading.Thread(target=_client, args=(traffic, 100 + c), daemon=True) for c in range(CLIENTS)]
    for t in threads:
        t.start()
    orphans: list[int] = []
    in_flight_at_kill: list[int] = []
    try:
        for _ in range(KILLS):
            # Let a random share of the traffic through, then kill in the middle of it.
            target = traffic.handled + rng.randint(120, 220)
            deadline = time.monotonic() + 120
            while traffic.handled < target and time.monotonic() < deadline:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.3))
            workers = _children(proxy.process.pid)
            assert workers, "the proxy should run detection workers"
            with traffic.lock:
                in_flight_at_kill.append(traffic.numbers - traffic.handled - traffic.refused)
            os.kill(proxy.process.pid, signal.SIGKILL)
            proxy.process.wait(timeout=10)
            # Workers notice their parent is gone (their pipe closes) and exit on their own.
            give_up = time.monotonic() + 15
            while any(_alive(w) for w in workers) and time.monotonic() < give_up:
                time.sleep(0.1)
            orphans += [w for w in workers if _alive(w)]
            proxy = start()
        while traffic.handled < MIN_REQUESTS:
            time.sleep(0.05)
        time.sleep(0.5)
    finally:
        traffic.stop.set()
        for t in threads:
            t.join(timeout=30)
        proxy.stop()

    assert not orphans, f"detection workers left running after kill -9: {orphans}"
    assert traffic.handled >= MIN_REQUESTS

    logs = tmp_path / "logs"
    verify = subprocess.run(
        [*dlp_proxy_command(), "audit", "verify", str(logs)], capture_output=True, text=True, timeout=60
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr

    records = [json.loads(line) for f in sorted(logs.glob("*.jsonl")) for line in f.read_text("utf-8").splitlines()]
    action_of = {str(r["decision_id"]): str(r["action"]) for r in records if "decision_id" in r}
    received = [req.headers.get(HEADER) for req in crash_upstream.received]
    assert None not in received, "a request reached the upstream without passing dlp-proxy's decision"
    unrecorded = [d for d in received if d not in action_of]
    assert not unrecorded, f"{len(unrecorded)} of {len(received)} forwarded requests have no decision record"
    assert len(set(received)) == len(received), "the proxy forwarded a request twice"
    assert all(action_of[d] in ("allow", "pseudonymise") for d in received if d)
    notices_unrecorded = [d for d in traffic.notices.values() if d not in action_of]
    assert not notices_unrecorded, "a client received a notice whose record is not in the log"
    # Every answer a client had from the upstream went through a forwarded request.
    assert sum(status == 200 for status in traffic.answered.values()) <= len(received)
    # The traffic really was mixed.
    assert {"allow", "pseudonymise", "block"} <= set(action_of.values()), set(action_of.values())
    assert len(received) >= MIN_REQUESTS // 3
    print(
        f"\ncrash-restart: requests {traffic.handled}, answered {len(traffic.answered)}, cut off {traffic.broken}, "
        f"refused while down {traffic.refused}, "
        f"forwarded {len(received)}, records {len(records)}, in flight at each kill {in_flight_at_kill}"
    )
