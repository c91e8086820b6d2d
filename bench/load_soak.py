"""Soak: dlp-proxy alone under steady load for minutes, its memory sampled as it goes.

    .venv/bin/python bench/load_soak.py [--minutes 10] [--clients 16] [--every 30] [--repo PATH] [--out PATH]

Opt-in (`make bench-soak`): one `dlp-proxy run` with its detection workers, the fake upstream and
the load generator of bench/load.py, one generator run of the whole length. Every `--every`
seconds it samples the resident memory (RSS and Pss) of the proxy's process tree; it prints the
series, the growth from the first sample after warm-up to the last, and the decision-log check.
Flat memory means no leak per request; a steady climb means one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from load import CLIENT, ROOT, _ensure_venv, start_upstream
from load_probe import audit_lines, usage
from load_targets import Setup, start_dlp_target
from proxy_latency import machine, provenance, stop_group

RESULTS = Path(__file__).resolve().parent / "results"
WARMUP_S = 10.0


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0, help="length of the load (default 10)")
    ap.add_argument("--clients", type=int, default=16, help="concurrent keep-alive clients (default 16)")
    ap.add_argument("--every", type=float, default=30.0, help="seconds between memory samples (default 30)")
    ap.add_argument("--repo", type=Path, metavar="PATH", help="the dlp-proxy of another checkout")
    ap.add_argument("--out", type=Path, help="results JSON (default bench/results/load-soak.json)")
    return ap.parse_args(argv)


def sample(pids: list[int], started: float) -> dict[str, Any]:
    u = usage(pids)
    return {
        "t_s": round(time.monotonic() - started, 1),
        "processes": u.processes,
        "rss_mib": round(u.rss_kib / 1024, 1),
        "pss_mib": round(u.pss_kib / 1024, 1),
    }


def soak(args: argparse.Namespace, repo: Path) -> dict[str, Any]:
    seconds = args.minutes * 60
    with tempfile.TemporaryDirectory(prefix="dlp-soak-") as tmp, contextlib.ExitStack() as stack:
        work = Path(tmp)
        _, upstream_ca, port, module = start_upstream(work, repo, stack)
        target = start_dlp_target(Setup(work, repo, upstream_ca, port, ()), stack)
        records_before = sum(audit_lines(log) for log in target.audit_logs)
        cmd = [
            sys.executable,
            str(CLIENT),
            "--port",
            str(target.port),
            "--ca",
            str(target.ca),
            "--clients",
            str(args.clients),
            "--seconds",
            str(seconds),
            "--warmup",
            str(WARMUP_S),
        ]
        started = time.monotonic()
        samples = [sample(target.pids, started)]
        gen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True)
        stack.callback(stop_group, gen)
        while gen.poll() is None:
            time.sleep(min(args.every, 1.0) if len(samples) == 1 else args.every)
            samples.append(sample(target.pids, started))
            s = samples[-1]
            print(
                f"  {s['t_s']:7.0f} s  RSS {s['rss_mib']:7.1f} MiB  Pss {s['pss_mib']:7.1f} MiB  "
                f"({s['processes']} processes)",
                flush=True,
            )
        assert gen.stdout is not None
        events = [json.loads(line) for line in gen.stdout.read().splitlines()]
        result = next((e for e in events if e.get("event") == "result"), {})
        records = sum(audit_lines(log) for log in target.audit_logs) - records_before
    return {
        "setup": provenance(repo, module) | {"minutes": args.minutes, "clients": args.clients},
        "machine": machine(),
        "samples": samples,
        "result": result,
        "records": records,
    }


def growth(samples: list[dict[str, Any]]) -> dict[str, float]:
    """RSS and Pss from the first sample after warm-up to the last, and the largest sample."""
    steady = [s for s in samples if s["t_s"] >= WARMUP_S + 5] or samples
    return {
        "rss_first_mib": steady[0]["rss_mib"],
        "rss_last_mib": steady[-1]["rss_mib"],
        "rss_max_mib": max(s["rss_mib"] for s in steady),
        "rss_growth_mib": round(steady[-1]["rss_mib"] - steady[0]["rss_mib"], 1),
        "pss_growth_mib": round(steady[-1]["pss_mib"] - steady[0]["pss_mib"], 1),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    _ensure_venv(argv)
    repo = (args.repo or ROOT).resolve()
    out = soak(args, repo)
    out["growth"] = growth(out["samples"])
    r, g = out["result"], out["growth"]
    print(
        f"\nsoak: {args.minutes:g} min, {args.clients} clients: {r.get('rps', 0):.1f} req/s, "
        f"errors {r.get('errors', 'n/a')}, decision records {out['records']} / forwarded {r.get('ok_total', 'n/a')}"
    )
    print(
        f"  RSS {g['rss_first_mib']} -> {g['rss_last_mib']} MiB (max {g['rss_max_mib']}), "
        f"growth {g['rss_growth_mib']} MiB RSS, {g['pss_growth_mib']} MiB Pss"
    )
    path = args.out or RESULTS / "load-soak.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"full results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
