"""The policy folder deleted, made unreadable or replaced under a running proxy (issue 19).

Defined outcome: the proxy keeps enforcing the last good policy (a prompt with a BSN is still
pseudonymised and recorded under that policy's version), logs one error per change of the
folder (not one per check), shows `dlp_policy_stale 1` on /metrics while the files on disk are
not what it enforces, and picks the folder up again when it comes back: restored, recreated
(new inodes) or a new folder moved into place with `mv`.

"Unreadable" has to hold for the proxy: the test runs as root, and root reads a mode-000 file
anyway. So this proxy runs as root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (`setpriv
--bounding-set`): file modes bind it as they bind an unprivileged service user.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import tests.e2e.proxy_process as proxy_process
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import SECRETS, ProxyProcess, free_port, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

BSN = "111222333"  # passes the eleven test
PROMPT = {
    "model": "m",
    "messages": [{"role": "user", "content": f"Het BSN van de klant is {BSN}, vat zijn dossier samen."}],
}
RELOAD_MS = 300
REJECTED = "policy edit rejected"
# File modes bind root without these two capabilities.
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]


@pytest.fixture
def outage_proxy(
    tmp_path: Path,
    policy_dir: Path,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[ProxyProcess, int]]:
    if shutil.which("setpriv") is None:
        pytest.fail("setpriv (util-linux) is needed to run the proxy without root's file-mode override")
    command = proxy_process.dlp_proxy_command
    monkeypatch.setattr(proxy_process, "dlp_proxy_command", lambda: [*NO_DAC, *command()])
    admin = free_port()
    proc = start_proxy(
        tmp_path,
        redirects={"api.openai.com": openai_upstream.port},
        upstream_ca=upstream_ca[0].cert_pem,
        policy=policy_dir,
        extra=["--set", f"dlp_reload_ms={RELOAD_MS}", "--set", "dlp_workers=1", "--admin-port", str(admin)],
    )
    yield proc, admin
    proc.stop()


def _post(proxy: ProxyProcess) -> int:
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json=PROMPT).status_code


def _stale(admin: int) -> float:
    auth = {"Authorization": f"Bearer {SECRETS['DLP_ADMIN_TOKEN']}"}
    text = httpx.get(f"http://127.0.0.1:{admin}/metrics", headers=auth, timeout=10).text
    line = next(line for line in text.splitlines() if line.startswith("dlp_policy_stale "))
    return float(line.split()[1])


def _wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _count(proxy: ProxyProcess, text: str) -> int:
    return sum(text in line for line in proxy.output)


def _still_enforced(proxy: ProxyProcess, upstream: FakeUpstream, version: str) -> None:
    """The BSN prompt is decided by the last good policy: pseudonymised, recorded, never sent as is."""
    before = len(upstream.received)
    assert _post(proxy) == 200
    record = proxy.records()[-1]
    assert record["action"] == "pseudonymise" and record["policy_version"] == version
    assert record["data_classes"].get("personal", 0) >= 1
    sent = upstream.received[before:]
    assert sent and all(BSN.encode() not in r.body for r in sent)


def _outage(
    proxy: ProxyProcess, admin: int, upstream: FakeUpstream, version: str, says: str, break_it: Callable[[], object]
) -> None:
    """Break the folder: one error naming the fault, the last good policy keeps deciding, stale shows."""
    rejected = _count(proxy, REJECTED)
    break_it()
    assert _wait_for(lambda: _count(proxy, REJECTED) > rejected), "the outage was never reported"
    _still_enforced(proxy, upstream, version)
    assert _stale(admin) == 1
    time.sleep(8 * RELOAD_MS / 1000)  # many checks of the broken folder: still one error
    assert _count(proxy, REJECTED) == rejected + 1
    report = "".join(proxy.output).split(REJECTED)[-1][:2000]
    assert f"still enforcing {version}" in report and says in report, report
    assert "Traceback" not in "".join(proxy.output)


def _recovered(proxy: ProxyProcess, admin: int, fix: Callable[[], object]) -> None:
    reloaded = _count(proxy, "policy reloaded")
    fix()
    assert _wait_for(lambda: _count(proxy, "policy reloaded") > reloaded), "the folder was never picked up again"
    assert _stale(admin) == 0


def test_policy_folder_deleted_unreadable_or_broken_keeps_the_last_good_policy_and_recovers(
    outage_proxy: tuple[ProxyProcess, int], policy_dir: Path, openai_upstream: FakeUpstream
) -> None:
    proxy, admin = outage_proxy
    spare = policy_dir.parent / "spare"
    shutil.copytree(policy_dir, spare, copy_function=shutil.copy2)  # same content, mtimes and sizes
    assert _post(proxy) == 200
    version = proxy.records()[-1]["policy_version"]
    _still_enforced(proxy, openai_upstream, version)
    assert _stale(admin) == 0

    # Each change is made in one step (rename), as the proxy would otherwise rightly report the
    # half-deleted or half-copied folder as a change of its own.
    def delete() -> None:
        gone = policy_dir.parent / "gone"
        policy_dir.rename(gone)
        shutil.rmtree(gone)

    def restore() -> None:  # new inodes, the old mtimes and sizes (cp -p from a backup, then mv)
        staged = policy_dir.parent / "staged"
        shutil.copytree(spare, staged, copy_function=shutil.copy2)
        staged.rename(policy_dir)

    # 1. Deleted, then restored.
    _outage(proxy, admin, openai_upstream, version, "not found", delete)
    _recovered(proxy, admin, restore)
    _still_enforced(proxy, openai_upstream, version)

    # 2. The folder made unreadable to the proxy (mode 000), then readable again.
    _outage(proxy, admin, openai_upstream, version, "cannot read", lambda: policy_dir.chmod(0o000))
    _recovered(proxy, admin, lambda: policy_dir.chmod(0o755))

    # 3. One file made unreadable: its mtime and size stay as they were.
    rules = policy_dir / "rules.yaml"
    _outage(proxy, admin, openai_upstream, version, "rules.yaml", lambda: rules.chmod(0o000))
    _recovered(proxy, admin, lambda: rules.chmod(0o644))

    # 4. A broken folder moved into place, then a good new one (mv, as a deployment does).
    broken = policy_dir.parent / "broken"
    shutil.copytree(spare, broken)
    (broken / "rules.yaml").write_text("rules: [\n", encoding="utf-8")

    def swap(new: Path) -> Callable[[], None]:
        def go() -> None:
            old = policy_dir.parent / f"old-{time.monotonic_ns()}"
            policy_dir.rename(old)
            new.rename(policy_dir)

        return go

    _outage(proxy, admin, openai_upstream, version, "rules.yaml:", swap(broken))
    stricter = policy_dir.parent / "stricter"
    shutil.copytree(spare, stricter)
    text = (stricter / "rules.yaml").read_text(encoding="utf-8")
    marker = "    when: {data_class: [personal], tool_approved_for: [low]}\n    action: pseudonymise"
    assert marker in text
    (stricter / "rules.yaml").write_text(text.replace(marker, marker.replace("pseudonymise", "block")), "utf-8")
    before = len(openai_upstream.received)
    _recovered(proxy, admin, swap(stricter))
    assert _post(proxy) == 403
    record = proxy.records()[-1]
    assert record["action"] == "block" and record["policy_version"] != version
    assert len(openai_upstream.received) == before

    # Every request of the outages is in the decision log, and no BSN in the log or the output.
    assert all(json.dumps(r).find(BSN) < 0 for r in proxy.records())
    assert BSN not in "".join(proxy.output)
    assert proxy.process.poll() is None
