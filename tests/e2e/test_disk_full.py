"""Disk full while the decision log rotates (issue 19): the real proxy on a real, small tmpfs.

Defined outcome: while a record cannot be written, every request is refused with the
"temporarily unavailable" notice (audit_fail_mode block) and nothing reaches the upstream; the
log holds no half record, and no rotated file is made or lost per refused request; once space
is freed the same proxy process goes on by itself, the chain continues where the file ends, and
`dlp-proxy audit verify` passes over every file.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from dlp_proxy.audit.chain import Chain, verify
from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(os.geteuid() != 0, reason="mounts a small tmpfs: needs root (.ci/run runs as root)"),
]

MiB = 1024 * 1024
PAGE = 4096  # tmpfs hands out space in pages
PROMPT = "Wat is de hoofdstad van Frankrijk? Antwoord in een zin, graag met een bron erbij."
NOTICE = "Not sent: the AI policy check is temporarily unavailable."


@contextmanager
def tmpfs(where: Path, *, size: str, inodes: int | None = None) -> Iterator[Path]:
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size},mode=0755" + (f",nr_inodes={inodes}" if inodes else "")
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], check=True)
    try:
        yield where
    finally:
        subprocess.run(["umount", "--lazy", str(where)], check=False)


def seed(path: Path, size: int) -> int:
    """A valid chain of records (as an earlier run of the proxy left it) of exactly `size` bytes;
    returns how many records it holds."""
    chain, lines, total = Chain(), list[str](), 0
    while total < size:
        left = size - total
        target = left if left <= 2000 else min(2000, left - 1000)  # the last line stays long enough
        record: dict[str, Any] = {"timestamp": "2026-11-29T10:00:00.000000Z", "event": "decision"}
        record |= {"decision_id": f"{len(lines):016x}", "action": "allow", "note": ""}
        record["note"] = "x" * (target - len(line_of(Chain(chain.seq, chain.last), record)))
        lines.append(line_of(chain, record))
        total += len(lines[-1])
    assert total == size, (total, size)
    path.write_text("".join(lines), encoding="utf-8")
    return len(lines)


def line_of(chain: Chain, record: dict[str, Any]) -> str:
    return json.dumps(dict(chain(None, "", dict(record))), ensure_ascii=False) + "\n"


def fill(folder: Path) -> Path:
    """Take every free page of the file system (a filler file), and check none is left."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for chunk in (MiB, PAGE, 1):
            try:
                while True:
                    os.write(fd, b"\0" * chunk)
            except OSError as e:
                assert e.errno == errno.ENOSPC
    finally:
        os.close(fd)
    assert os.statvfs(folder).f_bavail == 0
    return filler


def fill_inodes(folder: Path) -> list[Path]:
    """Take every free inode (empty files): no new file can be created, space is left."""
    made: list[Path] = []
    try:
        while True:
            made.append(folder / f"inode-{len(made)}")
            made[-1].touch()
    except OSError as e:
        assert e.errno == errno.ENOSPC
        made.pop()
    assert os.statvfs(folder).f_favail == 0 and os.statvfs(folder).f_bavail > 0
    return made


def ask(proxy: ProxyProcess) -> httpx.Response:
    body = {"model": "m", "messages": [{"role": "user", "content": PROMPT}]}
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json=body)


def assert_refused(response: httpx.Response) -> None:
    assert response.status_code == 403
    assert response.headers["x-should-retry"] == "false"
    assert NOTICE in response.json()["error"]["message"]


def log_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".jsonl" in p.name)


def audit_verify(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*dlp_proxy_command(), "audit", "verify", str(folder)], capture_output=True, text=True, timeout=60
    )


def start_on(workdir: Path, upstream_ca: tuple[Issued, object, object], upstream: FakeUpstream) -> ProxyProcess:
    return start_proxy(
        workdir,
        redirects=ai_redirects(upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        extra=["--set", "dlp_audit_max_mb=1"],
    )


def assert_no_prompt_anywhere(proxy: ProxyProcess, folder: Path) -> None:
    texts = ["".join(proxy.output)] + [p.read_text(encoding="utf-8") for p in folder.glob("*.jsonl*")]
    assert not any("hoofdstad" in text for text in texts)


def test_when_the_disk_fills_mid_record_and_at_rotation_then_requests_are_refused_and_the_log_recovers(
    tmp_path: Path, upstream_ca: tuple[Issued, object, object], upstream: FakeUpstream
) -> None:
    workdir = tmp_path / "proxy"
    with tmpfs(workdir / "logs", size="3m") as logs:
        log = logs / "decisions.jsonl"
        # 200 bytes short of the rotation size (1 MiB, a whole number of pages): the next record
        # fits in part into the last page, then the disk is full.
        seeded = seed(log, MiB - 200)
        proxy = start_on(workdir, upstream_ca, upstream)
        try:
            filler = fill(logs)

            # 1. A record that fits only in part: refused, and no torn line is left behind.
            assert_refused(ask(proxy))
            assert log.stat().st_size == MiB - 200
            assert verify(logs) == (seeded, None)

            # 2. Space again: the same process writes on (this record crosses the rotation size).
            filler.unlink()
            assert ask(proxy).status_code == 200
            assert len(upstream.received) == 1

            # 3. Full again, and the next record is due to rotate the file: it is renamed, the new
            # file gets no byte, and later refusals neither rotate again nor make files.
            filler = fill(logs)
            for _ in range(3):
                assert_refused(ask(proxy))
            files = log_files(logs)
            assert len(files) == 2 and "decisions.jsonl" in files
            assert log.stat().st_size == 0
            assert len(upstream.received) == 1  # nothing reached the upstream unrecorded
            assert verify(logs) == (seeded + 1, None)

            # 4. Space again: no restart, the chain continues in the new file.
            filler.unlink()
            assert ask(proxy).status_code == 200
            assert len(upstream.received) == 2
            [record] = proxy.records()
            assert record["seq"] == seeded + 2 and record["action"] == "allow"
            assert log_files(logs) == files
            result = audit_verify(logs)
            assert result.returncode == 0, result.stdout + result.stderr
            assert verify(logs) == (seeded + 2, None)

            assert proxy.process.poll() is None
            output = "".join(proxy.output)
            assert output.count("decision log not writable") == 4
            assert "No space left on device" in output
            assert_no_prompt_anywhere(proxy, logs)
        finally:
            proxy.stop()


def test_when_no_new_file_can_be_created_at_rotation_then_the_proxy_recovers_once_it_can(
    tmp_path: Path, upstream_ca: tuple[Issued, object, object], upstream: FakeUpstream
) -> None:
    """The rename succeeds but the new file cannot be created (no inodes left): the writer must not
    hold on to the closed file, which would refuse every request until a restart."""
    workdir = tmp_path / "proxy"
    with tmpfs(workdir / "logs", size="3m", inodes=64) as logs:
        seeded = seed(logs / "decisions.jsonl", MiB)  # due to rotate at the next record
        proxy = start_on(workdir, upstream_ca, upstream)
        try:
            spent = fill_inodes(logs)
            for _ in range(3):
                assert_refused(ask(proxy))
            files = log_files(logs)
            assert len(files) == 1 and files[0].startswith("decisions-")  # renamed once, then no new file
            assert upstream.received == []

            for path in spent:
                path.unlink()
            assert ask(proxy).status_code == 200
            assert len(upstream.received) == 1
            [record] = proxy.records()
            assert record["seq"] == seeded + 1
            assert log_files(logs) == sorted([*files, "decisions.jsonl"])
            result = audit_verify(logs)
            assert result.returncode == 0, result.stdout + result.stderr
            assert proxy.process.poll() is None
            assert_no_prompt_anywhere(proxy, logs)
        finally:
            proxy.stop()
