"""Clock jumps (issue 19, time): the real proxy process runs on a wall clock the test moves.

libfaketime (`.ci/run` installs it) is preloaded into the proxy and, through the environment,
into its detection workers. The wall clock (`time.time`, `datetime.now`, OpenSSL's `time`)
follows the offset in a file the test rewrites; the monotonic clock stays real
(`FAKETIME_DONT_FAKE_MONOTONIC`), as with an NTP step. Defined outcome: the hash chain runs on and
`audit verify` passes; record times follow the wall clock, backwards too; daily rotation starts a
new file whenever the UTC date changes, either way, and no rotated file is ever overwritten; a
justification code is refused once the clock has left its window (either way) with a notice
that says so and gives a fresh code, and a used code is never accepted twice.

Caveat: libfaketime 0.9.10 (Debian 12) breaks `time.sleep` in Python 3.11+ when the monotonic
clock is left real (libfaketime issue 426: `clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME)`
gets a negative time, EINVAL). The proxy's request path never calls `time.sleep` (asyncio and
thread waits use other calls, which work), so these tests are sound; the tests check that no
"Invalid argument" error shows in the proxy's output.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from dlp_proxy.audit.chain import log_files, verify
from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess, dlp_proxy_command, start_proxy
from tests.e2e.tls_material import Issued

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not LIBFAKETIME.exists(), reason="libfaketime missing (.ci/run installs faketime)"),
]

WARNED = "VERTROUWELIJK\nVat dit persbericht samen: de nieuwe vestiging opent in maart."
REASON = "Dit is een openbaar persbericht op een intern sjabloon"
EXPIRED = "The code is wrong, expired or for another tool."
USED = "That code was used already; each code works once."
SLACK = timedelta(minutes=5)  # a record's time against the clock the test set (2 busy cores)


class WallClock:
    """The proxy's wall clock: an offset in seconds from the real time, read by libfaketime on
    every call (`FAKETIME_NO_CACHE`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.version = 0
        self.set(0)

    def set(self, seconds: int) -> None:
        self.offset = seconds
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(f"{seconds:+d}\n", encoding="ascii")
        # Each version of the file gets its own whole-second mtime: two settings written within
        # one second must not look like one file to a reader that goes by the file's mtime (a CI
        # run once saw a record a day off, the offset set just before).
        self.version += 1
        os.utime(tmp, (1_000_000_000 + self.version, 1_000_000_000 + self.version))
        tmp.replace(self.path)  # never a half-written file for libfaketime to read
        # libfaketime may go on with the offset it read within the last second (a CI run once saw
        # a record stamped with the previous offset); a real NTP step is not followed by another
        # one a few milliseconds later either.
        time.sleep(1.1)

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.offset)

    def env(self) -> dict[str, str]:
        return {
            "LD_PRELOAD": str(LIBFAKETIME),
            "FAKETIME_TIMESTAMP_FILE": str(self.path),
            "FAKETIME_NO_CACHE": "1",
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",
        }


@pytest.fixture(scope="module")
def clock(tmp_path_factory: pytest.TempPathFactory) -> WallClock:
    return WallClock(tmp_path_factory.mktemp("clock") / "faketime")


@pytest.fixture(scope="module")
def faked(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    openai_upstream: FakeUpstream,
    clock: WallClock,
) -> Iterator[ProxyProcess]:
    """A proxy on the test's wall clock, rotating its decision log at UTC midnight."""
    proc = start_proxy(
        tmp_path_factory.mktemp("clock-proxy"),
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        extra=["--set", "dlp_audit_daily=true"],
        env=clock.env(),
    )
    yield proc
    proc.stop()
    clock.set(0)


@pytest.fixture
def at_real_time(clock: WallClock) -> Iterator[WallClock]:
    clock.set(0)
    yield clock
    clock.set(0)


def post(proxy: ProxyProcess, content: str) -> httpx.Response:
    body = {"model": "m", "messages": [{"role": "user", "content": content}]}
    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30) as client:
        return client.post("https://api.openai.com/v1/chat/completions", json=body, headers={"accept-language": "en"})


def logs_of(proxy: ProxyProcess) -> Path:
    return proxy.audit_log.parent


def all_records(proxy: ProxyProcess) -> list[dict[str, Any]]:
    """Every record in every file, in the chain's order of files."""
    return [
        json.loads(line)
        for p in log_files(logs_of(proxy))
        for line in p.read_text(encoding="utf-8").splitlines()
        if line
    ]


def stamp(record: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(record["timestamp"])


def audit_verify(folder: Path) -> None:
    result = subprocess.run(
        [*dlp_proxy_command(), "audit", "verify", str(folder)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *descendants(int(child))]
    return found


def test_the_fake_clock_reaches_the_proxy_and_every_detection_worker(
    faked: ProxyProcess, at_real_time: WallClock, upstream: FakeUpstream
) -> None:
    """Without this the other tests could pass on the real clock: the offset shows in the record,
    and libfaketime is mapped into the proxy and each of its worker processes."""
    at_real_time.set(-3 * 3600)
    assert post(faked, "Hoe laat is het in Tokio?").status_code == 200
    assert abs(stamp(faked.records()[-1]) - at_real_time.now()) < SLACK
    processes = [faked.process.pid, *descendants(faked.process.pid)]
    assert len(processes) >= 2, "no detection worker processes found"
    for pid in processes:
        assert str(LIBFAKETIME) in Path(f"/proc/{pid}/maps").read_text(), f"process {pid} runs on the real clock"


def test_jumps_back_and_forth_keep_the_chain_and_never_overwrite_a_rotated_file(
    faked: ProxyProcess, at_real_time: WallClock, upstream: FakeUpstream
) -> None:
    clock = at_real_time
    folder = logs_of(faked)
    before = len(all_records(faked))
    offsets = [0, -2 * 3600, -86400, +86400, 0, -86400]  # the last: back to a day already rotated away
    for offset in offsets:
        clock.set(offset)
        # Two prompts per setting: libfaketime has let the first reading after a change see the
        # old offset (a CI run saw it). The second must be on the new clock; each record, either
        # way, lands in the file of its own date (the writer reads the clock once per group).
        for _ in range(2):
            assert post(faked, "Wat is de hoofdstad van Frankrijk?").status_code == 200
        assert abs(stamp(faked.records()[-1]) - clock.now()) < SLACK  # the time follows the wall clock
    records = all_records(faked)
    new = records[before:]
    assert len(new) == 2 * len(offsets)
    assert [r["seq"] for r in records] == list(range(1, len(records) + 1))
    for file in log_files(folder):  # every file holds the records of one UTC date
        dates = {stamp(json.loads(line)).date() for line in file.read_text(encoding="utf-8").splitlines()}
        assert len(dates) <= 1, file.name

    # A new file at every change of the UTC date, and one per date change only.
    days = [stamp(r).date() for r in new]
    changes = sum(1 for a, b in zip(days, days[1:], strict=False) if a != b)
    rotated = sorted(p.name for p in folder.iterdir() if p.name.startswith("decisions-"))
    assert changes >= 4 and len(rotated) >= changes
    # Names are unique and sort in the chain's order, though the clock went back.
    assert [p.name for p in log_files(folder)] == [*rotated, "decisions.jsonl"]
    assert verify(folder) == (len(records), None)
    audit_verify(folder)
    assert "Invalid argument" not in "".join(faked.output)


def test_daily_rotation_happens_when_the_running_clock_crosses_utc_midnight(
    faked: ProxyProcess, at_real_time: WallClock, upstream: FakeUpstream
) -> None:
    clock = at_real_time
    folder = logs_of(faked)
    real = datetime.now(UTC)
    midnight = datetime.combine(real.date() + timedelta(days=1), datetime.min.time(), UTC)
    clock.set(int((midnight - real).total_seconds()) - 4)  # four seconds before the next UTC midnight
    assert post(faked, "Nog een vraag over Python.").status_code == 200
    files_before = sorted(p.name for p in folder.iterdir())
    last_before = faked.records()[-1]
    assert stamp(last_before) < midnight
    time.sleep(6)  # the proxy's clock runs on, across midnight
    assert post(faked, "En nog een vraag over Python.").status_code == 200
    files_after = sorted(p.name for p in folder.iterdir())
    assert len(files_after) == len(files_before) + 1
    [first_of_the_day] = faked.records()
    assert stamp(first_of_the_day) >= midnight and first_of_the_day["prev_hash"] == last_before["hash"]
    audit_verify(folder)


def code_in(response: httpx.Response) -> str:
    assert response.status_code == 403
    match = re.search(r"DLP-OK ([A-Z2-7]{8})", response.json()["error"]["message"])
    assert match, response.text
    return match.group(1)


def resend(proxy: ProxyProcess, code: str) -> httpx.Response:
    return post(proxy, f"DLP-OK {code}: {REASON}\n{WARNED}")


def test_a_code_is_refused_once_the_clock_leaves_its_window_and_a_used_code_never_works_twice(
    faked: ProxyProcess, at_real_time: WallClock, upstream: FakeUpstream
) -> None:
    clock = at_real_time
    first = code_in(post(faked, WARNED))
    assert resend(faked, first).status_code == 200  # used at the real time

    clock.set(+86400)  # a day on: expired; the notice says so and gives a code for now
    refused = resend(faked, first)
    fresh = code_in(refused)
    assert EXPIRED in refused.json()["error"]["message"] and fresh != first
    assert resend(faked, fresh).status_code == 200

    clock.set(0)  # back in the first code's window: valid again by the clock, but used
    again = resend(faked, first)
    assert again.status_code == 403 and USED in again.json()["error"]["message"]

    clock.set(-2 * 3600)  # back before the day-on code was issued: a code from "the future"
    refused = resend(faked, fresh)
    assert EXPIRED in refused.json()["error"]["message"]
    earlier = code_in(refused)
    assert resend(faked, earlier).status_code == 200

    clock.set(0)
    assert EXPIRED in resend(faked, earlier).json()["error"]["message"]
    clock.set(-2 * 3600)
    again = resend(faked, earlier)
    assert again.status_code == 403 and USED in again.json()["error"]["message"]

    clock.set(+86400)
    again = resend(faked, fresh)
    assert again.status_code == 403 and USED in again.json()["error"]["message"]

    forwarded = [json.loads(r.body)["messages"][0]["content"] for r in upstream.received]
    assert forwarded == [WARNED] * 3  # exactly the three accepted codes went through
    justified = [r for r in all_records(faked) if r["justification"]]
    assert [r["justification"] for r in justified[-3:]] == [REASON] * 3
    audit_verify(logs_of(faked))
