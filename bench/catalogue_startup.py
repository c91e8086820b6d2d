"""Benchmark of the whole proxy's start-up with catalogues of different sizes (issue 18).

    .venv/bin/python bench/catalogue_startup.py            # 5 starts per configuration, alternated
    .venv/bin/python bench/catalogue_startup.py --runs 3 --format json

The time from launching `dlp-proxy run` until it prints "listening at" and has loaded its policy
(what a load balancer or an operator waits for), for four configurations of the shipped rules/:
the bundled catalogue switched off, the real bundled catalogue, a synthetic catalogue of 10,000
hosts compiled as a release ships it (`make catalogue`), and that synthetic catalogue as YAML only
(no compiled form: what an edited, not yet compiled catalogue costs). Each configuration runs
from its own copy of the dlp_proxy package (the catalogue is package data), so the copies differ
only in the catalogue. Starts are alternated (ABCD ABCD ...) so drift on a noisy machine hits all
alike. Medians with the spread (lowest and highest), and the difference to the first row.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from catalogue_lookup import compiled, organisation_only, synthetic_catalogue  # noqa: E402

PYTHON = ROOT / ".venv" / "bin" / "python"
TIMEOUT = 120.0


def package_copy(folder: Path, catalogue: Path | None, compile_it: bool) -> Path:
    """A copy of the dlp_proxy package under `folder` (for PYTHONPATH), with `catalogue` as its
    bundled catalogue when given (compiled beside it, or without any compiled form)."""
    target = folder / "dlp_proxy"
    shutil.copytree(ROOT / "dlp_proxy", target, ignore=shutil.ignore_patterns("__pycache__"))
    if catalogue is not None:
        shipped = target / "catalogue" / "ai-services.yaml"
        shutil.copyfile(catalogue, shipped)
        (target / "catalogue" / "ai-services.compiled.json").unlink()
        if compile_it:
            compiled(shipped)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of one process so far (Linux /proc), its children not counted."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (the detection workers)."""
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    return out


def one_start(pythonpath: Path, rules: Path, work: Path) -> tuple[float, float]:
    """Seconds from launch until the proxy listens with its policy loaded, and the CPU seconds the
    proxy's process and its detection workers used until then. On a busy machine the first is
    noisy; the second much less."""
    cmd = [
        str(PYTHON), "-m", "dlp_proxy.cli", "run",
        "--listen-host", "127.0.0.1", "--listen-port", str(free_port()),
        "--policy", str(rules),
        "--audit-log", str(work / "logs" / "decisions.jsonl"),
        "--certs", str(work / "certs"),
        "--admin-port", "0",
    ]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(pythonpath), "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    listening = loaded = False
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            listening = listening or "listening at" in line
            loaded = loaded or ("dlp-proxy: policy" in line and "loaded" in line)
            if listening and loaded:
                wall = time.perf_counter() - started
                return wall, cpu_seconds(proc.pid) + sum(cpu_seconds(c) for c in children(proc.pid))
            if time.perf_counter() - started > TIMEOUT:
                break
        raise RuntimeError(f"dlp-proxy did not start (exit {proc.poll()})")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="starts per configuration (default 5)")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        synthetic = synthetic_catalogue(folder / "synthetic")
        real = package_copy(folder / "pkg-real", None, False)
        configs = [
            ("bundled catalogue off", real, organisation_only(folder)),
            ("+ bundled catalogue", real, ROOT / "rules"),
            ("+ synthetic 10,000 hosts", package_copy(folder / "pkg-synth", synthetic, True), ROOT / "rules"),
            ("  (its YAML, not compiled)", package_copy(folder / "pkg-yaml", synthetic, False), ROOT / "rules"),
        ]
        work = folder / "work"
        work.mkdir()
        one_start(real, ROOT / "rules", work)  # creates the CA once; warms the OS file cache
        times: dict[str, list[float]] = {name: [] for name, _, _ in configs}
        cpu: dict[str, list[float]] = {name: [] for name, _, _ in configs}
        for _ in range(args.runs):
            for name, pythonpath, rules in configs:
                wall, used = one_start(pythonpath, rules, work)
                times[name].append(wall)
                cpu[name].append(used)
    base = statistics.median(times[configs[0][0]])
    base_cpu = statistics.median(cpu[configs[0][0]])
    rows = [
        {
            "configuration": name,
            "median_s": round(statistics.median(t), 3),
            "min_s": round(min(t), 3),
            "max_s": round(max(t), 3),
            "difference_s": round(statistics.median(t) - base, 3),
            "ratio": round(statistics.median(t) / base, 3),
            "cpu_median_s": round(statistics.median(cpu[name]), 3),
            "cpu_difference_s": round(statistics.median(cpu[name]) - base_cpu, 3),
            "runs": len(t),
        }
        for name, t in times.items()
    ]
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'':<28}{'wall clock until listening':^44}{'CPU, proxy and workers':^22}")
    heads = f"{'median':>9}{'lowest':>9}{'highest':>9}{'vs off':>9}{'ratio':>8}{'median':>11}{'vs off':>9}"
    print(f"{'configuration':<28}{heads}")
    for r in rows:
        print(
            f"{r['configuration']:<28}{r['median_s']:>8.2f}s{r['min_s']:>8.2f}s{r['max_s']:>8.2f}s"
            f"{r['difference_s']:>+8.2f}s{r['ratio']:>8.3f}{r['cpu_median_s']:>10.2f}s{r['cpu_difference_s']:>+8.2f}s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
