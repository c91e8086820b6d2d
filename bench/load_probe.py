"""What the load bench reads about the processes under load, from outside them: memory and CPU of
whole process trees (/proc), dlp-proxy's admin /metrics, and the length of its decision log."""

from __future__ import annotations

import os
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK")
SCRAPE_TIMEOUT_S = 5
# No proxy from the environment for loopback scrapes.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (state, ppid, ...), or None when gone."""
    try:
        raw = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return raw.rpartition(")")[2].split()


def descendants(roots: Iterable[int]) -> list[int]:
    """The roots and every process below them (detection workers, anything a proxy spawned)."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in PROC.iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) is not None:
            children[int(fields[1])].append(int(entry.name))
    found: list[int] = []
    todo = [pid for pid in roots if _stat(pid) is not None]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _status_kib(path: Path, key: str) -> int:
    """A `Key:   123 kB` line of a /proc status-like file, in KiB; 0 when the process is gone."""
    try:
        for line in path.read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass(frozen=True)
class Usage:
    """One moment of a set of process trees: resident memory and CPU time used so far."""

    processes: int
    rss_kib: int  # sum of VmRSS: a page shared by a parent and a forked child counts twice
    pss_kib: int  # sum of Pss: shared pages divided among their sharers
    cpu_s: float  # user + system time of the processes alive now

    def as_dict(self) -> dict[str, float]:
        return {"processes": self.processes, "rss_kib": self.rss_kib, "pss_kib": self.pss_kib, "cpu_s": self.cpu_s}


def usage(roots: Sequence[int]) -> Usage:
    pids = descendants(roots)
    cpu = 0
    for pid in pids:
        fields = _stat(pid)
        cpu += int(fields[11]) + int(fields[12]) if fields else 0  # utime, stime (fields 14 and 15)
    return Usage(
        processes=len(pids),
        rss_kib=sum(_status_kib(PROC / str(p) / "status", "VmRSS:") for p in pids),
        pss_kib=sum(_status_kib(PROC / str(p) / "smaps_rollup", "Pss:") for p in pids),
        cpu_s=cpu / TICKS,
    )


def machine_cpu_s() -> float:
    """CPU time the whole machine has been busy, all cores (/proc/stat: everything but idle and iowait)."""
    fields = [int(v) for v in (PROC / "stat").read_text().splitlines()[0].split()[1:9]]
    return (sum(fields) - fields[3] - fields[4]) / TICKS


def cpu_percent(start: Usage, end: Usage, seconds: float) -> float:
    """Share of one core used between two samples (200 = both cores of a 2-core machine)."""
    return 100 * (end.cpu_s - start.cpu_s) / seconds


def scrape(admin_port: int) -> dict[str, list[float]] | None:
    """The samples of a Prometheus text page by metric name (labels dropped); None if unreachable."""
    try:
        with _OPENER.open(f"http://127.0.0.1:{admin_port}/metrics", timeout=SCRAPE_TIMEOUT_S) as reply:
            text = reply.read().decode("utf-8", errors="replace")
    except OSError:
        return None
    samples: dict[str, list[float]] = defaultdict(list)
    for line in text.splitlines():
        if line and not line.startswith("#"):
            series, _, value = line.rpartition(" ")
            try:
                samples[series.split("{", 1)[0]].append(float(value))
            except ValueError:
                continue
    return dict(samples)


def audit_lines(log: Path) -> int:
    """Lines in a decision log and the files rotated away from it (`decisions-STAMP.jsonl`)."""
    files = [log, *log.parent.glob(f"{log.stem}-*{log.suffix}")]
    total = 0
    for path in files:
        try:
            with path.open("rb") as f:
                while chunk := f.read(1 << 20):
                    total += chunk.count(b"\n")
        except FileNotFoundError:
            continue
    return total
