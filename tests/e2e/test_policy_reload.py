"""Editing rules/ under a running proxy takes effect without a restart; a broken edit does not."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

PROMPT = {"model": "m", "messages": [{"role": "user", "content": "Mail dit naar piet.puk@example.org aub"}]}


@pytest.fixture
def reload_proxy(
    tmp_path: Path, policy_dir: Path, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    proc = start_proxy(
        tmp_path,
        redirects={"api.openai.com": openai_upstream.port},
        upstream_ca=upstream_ca[0].cert_pem,
        policy=policy_dir,
        extra=["--set", "dlp_reload_ms=500"],
    )
    yield proc
    proc.stop()


def _status(proxy: ProxyProcess) -> int:
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json=PROMPT).status_code


def _wait_for(predicate, timeout: float = 15.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.3)
    return False


def test_rule_edit_applies_without_restart_and_invalid_edit_keeps_running_policy(
    reload_proxy: ProxyProcess, policy_dir: Path
) -> None:
    assert _status(reload_proxy) == 200
    first = reload_proxy.records()[-1]
    assert first["action"] == "pseudonymise" and first["rule_id"] == "PERSONAL-MASK-LOW"

    rules = policy_dir / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    marker = "    when: {data_class: [personal], tool_approved_for: [low]}\n    action: pseudonymise"
    assert marker in text
    rules.write_text(text.replace(marker, marker.replace("action: pseudonymise", "action: block")), encoding="utf-8")

    assert _wait_for(lambda: _status(reload_proxy) == 403), "edited rule never took effect"
    blocked = reload_proxy.records()[-1]
    assert blocked["rule_id"] == "PERSONAL-MASK-LOW" and blocked["action"] == "block"
    assert blocked["policy_version"] != first["policy_version"]
    assert any("policy reloaded" in line for line in reload_proxy.output)

    broken = rules.read_text(encoding="utf-8").replace("action: block\n", "action: blokkeer\n", 1)
    rules.write_text(broken, encoding="utf-8")
    assert _wait_for(lambda: any("policy edit rejected" in line for line in reload_proxy.output))
    output = "".join(reload_proxy.output)
    rejected = output[output.index("policy edit rejected") :]
    assert "rules.yaml:" in rejected and "action" in rejected and "fix:" in rejected
    # Still enforcing the last good policy.
    assert _status(reload_proxy) == 403
    assert reload_proxy.records()[-1]["policy_version"] == blocked["policy_version"]
    assert reload_proxy.process.poll() is None


def test_a_new_client_name_reaches_the_detection_workers_without_restart(
    reload_proxy: ProxyProcess, policy_dir: Path
) -> None:
    """The client list is part of the detection engine, which runs in worker processes: an edit
    starts a new pool with the new list, and the next prompt is scanned by it."""
    prompt = {"model": "m", "messages": [{"role": "user", "content": "Schrijf een offerte voor Tuincentrum Groenhof."}]}

    def post() -> int:
        with httpx.Client(proxy=reload_proxy.url, verify=str(reload_proxy.ca), timeout=20) as client:
            return client.post("https://api.openai.com/v1/chat/completions", json=prompt).status_code

    assert post() == 200
    assert "client" not in reload_proxy.records()[-1].get("data_classes", {})

    clients = policy_dir / "clients.yaml"
    text = clients.read_text(encoding="utf-8")
    anchor = '    - "Hofstede Logistiek"\n'
    assert anchor in text
    clients.write_text(text.replace(anchor, anchor + '    - "Tuincentrum Groenhof"\n'), encoding="utf-8")

    assert _wait_for(lambda: post() == 403, timeout=60), "the new client name never reached detection"
    record = reload_proxy.records()[-1]
    assert record["data_classes"].get("client") == 1 and record["action"] == "block"
    assert "Groenhof" not in reload_proxy.log_text()
