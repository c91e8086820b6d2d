"""Redis restarted while an employee holds a justification code (issue 19).

Defined outcome, through the real proxy with `DLP_REDIS_URL` and a real redis-server:
- Redis down: a code is refused with "codes cannot be checked right now" (fail closed: single
  use cannot be proved); the prompt stays held and is recorded; other prompts work.
- Redis back, the proxy reconnects by itself (no restart): the next held prompt gets a code.
- Redis restarted empty (no persistence): it lost the record of used codes, so every code issued
  before is invalid (the codes are bound to a generation secret that lived in that Redis): a code
  used before the restart cannot be replayed, and an unused one is refused as invalid with a new
  code in the same notice.
- Redis restarted with its data (append-only file): codes issued before still work, once; a
  code used before the restart stays used.
"""

from __future__ import annotations

import re
import shutil
import ssl
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.local_services import stop
from tests.e2e.proxy_process import ProxyProcess, free_port, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

URL = "https://api.openai.com/v1/chat/completions"
HELD = "VERTROUWELIJK\nVat dit persbericht samen: de nieuwe vestiging opent in maart."
REASON = "Dit is een openbaar persbericht op een intern sjabloon"
CODE = re.compile(r"DLP-OK ([A-Z2-7]{8})")
UNAVAILABLE = "codes cannot be checked"
INVALID = "The code is wrong, expired or for another tool"
USED = "That code was used already"


@dataclass
class RedisServer:
    """redis-server on one port and folder, stopped and started again like a restarted service."""

    port: int
    folder: Path
    persistent: bool
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.fail("redis-server is not installed (Debian package redis-server)")
        keep = ["--appendonly", "yes", "--appendfsync", "always"] if self.persistent else ["--appendonly", "no"]
        cmd = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", *keep,
               "--dir", str(self.folder), "--daemonize", "no", "--loglevel", "warning"]  # fmt: skip
        self.process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "redis-server exited during start-up"
            try:
                import redis

                if redis.Redis(port=self.port, socket_timeout=1).ping():
                    return
            except Exception:  # not up yet; the loading of the append-only file answers LOADING
                time.sleep(0.05)
        pytest.fail("redis-server did not answer in time")

    def stop(self) -> None:
        if self.process is not None:
            stop(self.process)  # SIGTERM: a persistent Redis has every write on disk already


@pytest.fixture(params=[False, True], ids=["empty-after-restart", "data-kept"])
def redis_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[RedisServer]:
    folder = tmp_path / "redis"
    folder.mkdir()
    server = RedisServer(free_port(), folder, persistent=request.param)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def redis_proxy(
    tmp_path: Path, redis_server: RedisServer, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    workdir = tmp_path / "proxy"
    workdir.mkdir()
    proc = start_proxy(
        workdir,
        redirects={"api.openai.com": openai_upstream.port},
        upstream_ca=upstream_ca[0].cert_pem,
        extra=["--set", "dlp_workers=1"],
        # The justification key lives in Redis only: the case where a restart can lose it.
        env={"DLP_REDIS_URL": redis_server.url, "DLP_JUSTIFY_KEY": ""},
    )
    yield proc
    proc.stop()


def _chat(proxy: ProxyProcess, text: str) -> httpx.Response:
    with httpx.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=30) as c:
        body = {"model": "m", "messages": [{"role": "user", "content": text}]}
        return c.post(URL, json=body, headers={"authorization": "Bearer sk-test", "accept-language": "en"})


def _held(proxy: ProxyProcess) -> str:
    """A fresh code from a warn notice."""
    answer = _chat(proxy, HELD)
    assert answer.status_code == 403, answer.text
    code = CODE.search(answer.json()["error"]["message"])
    assert code, answer.text
    return code.group(1)


def _redeem(proxy: ProxyProcess, code: str) -> httpx.Response:
    return _chat(proxy, f"DLP-OK {code}: {REASON}\n{HELD}")


def _refused(answer: httpx.Response, says: str) -> str | None:
    """The prompt stayed held and the notice says why; the new code it gives, if any."""
    assert answer.status_code == 403, answer.text
    notice = answer.json()["error"]["message"]
    assert says in notice, notice
    found = CODE.search(notice)
    return found.group(1) if found else None


def test_justification_codes_across_a_redis_restart(
    redis_proxy: ProxyProcess, redis_server: RedisServer, openai_upstream: FakeUpstream
) -> None:
    proxy = redis_proxy
    used = _held(proxy)
    assert _redeem(proxy, used).status_code == 200
    assert proxy.records()[-1]["justification"] == REASON
    outstanding = _held(proxy)

    redis_server.stop()
    started = time.monotonic()
    assert _refused(_redeem(proxy, outstanding), UNAVAILABLE) is None  # no code: none could be checked
    assert time.monotonic() - started < 10  # refused at once, not after a long wait
    record = proxy.records()[-1]
    assert record["action"] == "warn" and record["justification"] is None
    assert _chat(proxy, "Leg uit wat een load balancer doet.").status_code == 200  # the rest works

    redis_server.start()  # the same address: the proxy is not restarted or told
    if redis_server.persistent:
        assert _refused(_redeem(proxy, used), USED) is not None  # used before the restart: still used
        assert _redeem(proxy, outstanding).status_code == 200  # issued before: still good, once
        assert _refused(_redeem(proxy, outstanding), USED) is not None
    else:
        # The record of used codes is gone with the data: no code from before may count.
        fresh = _refused(_redeem(proxy, used), INVALID)
        assert fresh is not None  # reconnected: it could issue a code again
        assert _refused(_redeem(proxy, outstanding), INVALID) is not None
        assert _redeem(proxy, fresh).status_code == 200
        assert _refused(_redeem(proxy, fresh), USED) is not None

    accepted = [r for r in proxy.records() if r.get("justification") == REASON]
    assert len(accepted) == 2  # exactly: one before the restart, one after
    output = "".join(proxy.output)
    assert "justification code refused, cannot check it" in output
    assert "Traceback" not in output
    for code in (used, outstanding):
        assert code not in output and code not in proxy.log_text()
    assert REASON not in output
    assert proxy.process.poll() is None
