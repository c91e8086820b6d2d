"""A scan that outlasts the detection timeout, through the real proxy (issue 19): the busy worker
is killed and replaced, the request follows the fail mode with `fail_reason` detection_timeout,
and the proxy serves the next request once the new worker is up."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import ai_redirects, policy_copy
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

URL = "https://api.openai.com/v1/chat/completions"
TIMEOUT_SECONDS = 1
# Under the engine's scan limit (1,000,000 characters) and several seconds of CPU to scan (the
# name rules try every word): far past the one-second budget on any machine.
SLOW = "Jan " * 240_000
QUICK = "Vat dit samen: de vergadering is verzet naar donderdag."


def _chat(text: str) -> dict[str, object]:
    return {"model": "m", "messages": [{"role": "user", "content": text}]}


@pytest.fixture
def timeout_proxy(
    tmp_path: Path, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    rules = policy_copy(tmp_path, settings={"detection_timeout_seconds": str(TIMEOUT_SECONDS)})
    proc = start_proxy(
        tmp_path,
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        policy=rules,
        extra=["--set", "dlp_workers=1"],
    )
    yield proc
    proc.stop()


def test_when_a_scan_outlasts_the_timeout_then_the_fail_mode_blocks_and_the_next_prompt_passes(
    timeout_proxy: ProxyProcess, openai_upstream: FakeUpstream
) -> None:
    openai_upstream.clear()
    with httpx.Client(proxy=timeout_proxy.url, verify=str(timeout_proxy.ca), timeout=60) as client:
        started = time.monotonic()
        blocked = client.post(URL, json=_chat(SLOW))
        waited = time.monotonic() - started
        assert blocked.status_code >= 400, blocked.status_code
        assert waited < TIMEOUT_SECONDS + 10  # the budget, not the scan, decides how long the user waits
        assert openai_upstream.received == []  # nothing of the prompt reached the AI service
        [record] = [r for r in timeout_proxy.records() if r.get("fail_reason")]
        assert (record["action"], record["fail_reason"]) == ("block", "detection_timeout")
        assert "Jan" not in timeout_proxy.log_text()  # the decision log holds no prompt text
        deadline = time.monotonic() + 120  # the replacement worker loads the engine (seconds)
        while True:
            answer = client.post(URL, json=_chat(QUICK))
            if answer.status_code == 200 or time.monotonic() > deadline:
                break
            time.sleep(1)
    assert answer.status_code == 200
    assert any("detection worker" in line and "killed" in line for line in timeout_proxy.output)
