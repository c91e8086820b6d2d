"""Load benchmark: throughput, tail latency, event-loop stalls and memory of dlp-proxy under N
concurrent keep-alive clients, next to bare mitmdump, in one run.

    .venv/bin/python bench/load.py [--levels 1,4,16,64] [--seconds 20] [--warmup 3] [--rounds 2]
                                   [--quick] [--replicas N] [--dlp-workers N] [--repo PATH] [--out PATH]

Starts a fake api.openai.com over real TLS in its own process (bench/load_upstream.py), bare
`mitmdump` and `dlp-proxy run` (or N replicas behind HAProxy with Redis) as
bench/proxy_latency.py does, and for each level runs the load generator (bench/load_client.py,
its own process) against bare, dlp, bare, dlp, ... one round each. Prints a line per run and a
table of medians; writes bench/results/load[-replicasN][-quick][-repo-NAME].json. A benchmark,
not a test: nothing here fails on a figure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from load_probe import audit_lines, cpu_percent, machine_cpu_s, scrape, usage
from load_report import aggregate, run_line, table
from load_targets import Setup, Target, start_bare_target, start_dlp_target, start_replicas_target
from proxy_latency import check_imported_from, dlp_env, machine, provenance, stop_group

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
CLIENT = HERE / "load_client.py"
LAG_GAUGE = "dlp_event_loop_lag_max_seconds"
# Counters whose growth over the window goes into the JSON (summed over replicas).
WATCHED = ("dlp_decisions_total", "dlp_audit_commits", "dlp_detection_worker_replacements")
GENERATOR_GRACE_S = 60  # past warm-up + window + the client's drain time, the generator is killed


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--levels", help="concurrent clients per run, comma-separated (default 1,4,16,64; --quick 1,16)")
    ap.add_argument("--seconds", type=float, help="measured seconds per run (default 20; --quick 5)")
    ap.add_argument("--warmup", type=float, default=3.0, help="seconds of load before each run's window (default 3)")
    ap.add_argument("--rounds", type=int, help="bare/dlp pairs per level (default 2; --quick 1)")
    ap.add_argument("--quick", action="store_true", help="smoke run: levels 1,16, 5 s, 1 round")
    ap.add_argument("--replicas", type=int, default=1, help="dlp-proxy replicas behind HAProxy with Redis (default 1)")
    ap.add_argument("--dlp-workers", type=int, metavar="N", help="pass --set dlp_workers=N to dlp-proxy")
    ap.add_argument("--repo", type=Path, metavar="PATH", help="measure the dlp-proxy of another checkout")
    ap.add_argument("--out", type=Path, help="results JSON (default bench/results/load[...].json)")
    args = ap.parse_args(argv)
    args.levels = [int(n) for n in (args.levels or ("1,16" if args.quick else "1,4,16,64")).split(",")]
    args.seconds = args.seconds or (5.0 if args.quick else 20.0)
    args.rounds = args.rounds or (1 if args.quick else 2)
    if min(args.levels) < 1 or args.rounds < 1 or args.replicas < 1 or args.seconds <= 0:
        ap.error("levels, rounds and replicas take whole numbers >= 1, seconds a positive number")
    return args


@dataclass(frozen=True)
class Bench:
    """What stays the same over all runs of one bench."""

    seconds: float
    warmup: float
    upstream_pid: int
    work: Path


def run_once(bench: Bench, target: Target, clients: int) -> dict[str, Any]:
    """One run of the generator against one target; the client's figures plus what the bench saw."""
    records_before = sum(audit_lines(log) for log in target.audit_logs)
    before = usage(target.pids)
    cmd = [sys.executable, str(CLIENT), "--port", str(target.port), "--ca", str(target.ca),
           "--clients", str(clients), "--seconds", str(bench.seconds), "--warmup", str(bench.warmup)]  # fmt: skip
    errors = bench.work / "generator.err"
    with errors.open("wb") as err:
        gen = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, start_new_session=True)
    watchdog = threading.Timer(bench.warmup + bench.seconds + GENERATOR_GRACE_S, stop_group, [gen])
    watchdog.start()
    try:
        result, marks, scrapes = follow(gen, bench, target)
    finally:
        watchdog.cancel()
        stop_group(gen)
    if result is None:
        raise RuntimeError(f"the load generator gave no result:\n{errors.read_text(errors='replace')[-3000:]}")
    result["memory"] = {"before": before.as_dict(), **{k: v["proxy"].as_dict() for k, v in marks.items()},
                        "after": usage(target.pids).as_dict()}  # fmt: skip
    result |= window_figures(marks, result["requests"])
    if target.name == "dlp":
        result |= dlp_figures(scrapes, target, records_before, result["ok_total"])
    return result


def follow(gen: subprocess.Popen[bytes], bench: Bench, target: Target) -> tuple[
    dict[str, Any] | None, dict[str, Any], dict[str, list[Any]]
]:  # fmt: skip
    """Read the generator's events; at the window's start and end, sample CPU and memory of every
    process group and scrape dlp-proxy's metrics (the start scrape resets the lag gauge)."""
    groups = {"proxy": target.pids, "upstream": [bench.upstream_pid], "generator": [gen.pid],
              "helpers": [h.pid for h in target.helpers]}  # fmt: skip
    marks: dict[str, Any] = {}
    scrapes: dict[str, list[Any]] = {}
    result = None
    assert gen.stdout is not None
    for raw in gen.stdout:
        event = json.loads(raw)
        kind = event.pop("event")
        if kind in ("window_start", "window_end"):
            scrapes[kind] = [scrape(port) for port in target.admin_ports]
            marks[kind] = {name: usage(pids) for name, pids in groups.items()}
            marks[kind] |= {"t": time.monotonic(), "machine_cpu_s": machine_cpu_s()}
        elif kind == "result":
            result = event
    gen.wait()
    return result, marks, scrapes


def window_figures(marks: dict[str, Any], requests: int) -> dict[str, Any]:
    """CPU of each process group over the measured window, as % of one core, and the proxy's per request."""
    start, end = marks["window_start"], marks["window_end"]
    elapsed = end["t"] - start["t"]
    cpu = {g: cpu_percent(start[g], end[g], elapsed) for g in ("proxy", "upstream", "generator", "helpers")}
    machine = 100 * (end["machine_cpu_s"] - start["machine_cpu_s"]) / elapsed
    cpu |= {"machine": machine, "other": machine - sum(cpu.values())}  # other: what else ran on the machine
    proxy_ms = (end["proxy"].cpu_s - start["proxy"].cpu_s) * 1000
    return {"cpu_pct": cpu, "cpu_ms_per_request": proxy_ms / requests if requests else None}


def dlp_figures(scrapes: dict[str, list[Any]], target: Target, records_before: int, forwarded: int) -> dict[str, Any]:
    """The lag gauge per replica at the window's end, counter growth, and the decision-log check."""
    ends, starts = scrapes.get("window_end", []), scrapes.get("window_start", [])
    stalls = [max(s[LAG_GAUGE]) if s and s.get(LAG_GAUGE) else None for s in ends]
    grown = {
        name: sum(sum(e.get(name, [])) - sum(s.get(name, [])) for s, e in zip(starts, ends, strict=True) if s and e)
        for name in WATCHED
    }
    records = sum(audit_lines(log) for log in target.audit_logs) - records_before
    return {"stall_s": stalls, "metrics_growth": grown, "records": records, "forwarded": forwarded}


def run_all(bench: Bench, targets: dict[str, Target], levels: list[int], rounds: int) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = []
    for clients in levels:
        for r in range(rounds):
            bare: dict[str, Any] | None = None
            for name in ("bare", "dlp"):
                run = {"clients": clients, "round": r, "proxy": name} | run_once(bench, targets[name], clients)
                runs.append(run)
                print(run_line(run, bare), flush=True)
                bare = run
    return runs


def start_targets(setup: Setup, replicas: int, stack: contextlib.ExitStack) -> dict[str, Target]:
    bare = start_bare_target(setup, stack)
    dlp = start_replicas_target(setup, stack, replicas) if replicas > 1 else start_dlp_target(setup, stack)
    print(f"  ready: bare {bare.startup_s:.1f} s, dlp {dlp.startup_s:.1f} s", file=sys.stderr)
    return {"bare": bare, "dlp": dlp}


def _ensure_venv(argv: list[str]) -> None:
    """Re-run with the project's venv when this interpreter has no mitmdump beside it."""
    venv_python = ROOT / ".venv" / "bin" / "python"
    if not Path(sys.executable).with_name("mitmdump").exists() and venv_python.exists():
        os.execv(venv_python, [str(venv_python), str(Path(__file__)), *argv])


def start_upstream(
    work: Path, repo: Path, stack: contextlib.ExitStack
) -> tuple[subprocess.Popen[bytes], Path, int, str]:
    """The fake upstream with its own CA, stopped with `stack`: (process, its CA, its port, where
    `dlp_proxy` imports from with the proxy's environment; the bench refuses another copy)."""
    import latency_upstream
    import load_upstream

    tls = latency_upstream.make_tls(work / "upstream-tls")
    upstream, port = load_upstream.start(tls, work / "upstream.err")
    stack.callback(stop_group, upstream)
    return upstream, tls.ca_pem, port, check_imported_from(repo, dlp_env(repo, port))


def measure(args: argparse.Namespace, repo: Path) -> dict[str, Any]:
    """Start the upstream and both targets, run the schedule, stop everything: the setup and the runs."""
    extra = ("--set", f"dlp_workers={args.dlp_workers}") if args.dlp_workers is not None else ()
    with tempfile.TemporaryDirectory(prefix="dlp-load-") as tmp, contextlib.ExitStack() as stack:
        work = Path(tmp)
        upstream, upstream_ca, upstream_port, module = start_upstream(work, repo, stack)
        targets = start_targets(Setup(work, repo, upstream_ca, upstream_port, extra), args.replicas, stack)
        try:
            runs = run_all(Bench(args.seconds, args.warmup, upstream.pid, work), targets, args.levels, args.rounds)
        except Exception as e:
            tails = "\n".join(f"--- {p.output}:\n{p.output_tail()}" for t in targets.values() for p in t.proxies)
            raise RuntimeError(f"{e}\n{tails}") from e
    setup = {
        "levels": args.levels,
        "seconds": args.seconds,
        "warmup_s": args.warmup,
        "rounds": args.rounds,
        "replicas": args.replicas,
        "dlp_workers": args.dlp_workers,
        "commands": {name: [p.command for p in t.proxies] for name, t in targets.items()},
        "startup_s": {name: t.startup_s for name, t in targets.items()},
    }
    return {"setup": provenance(repo, module) | setup, "runs": runs}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    _ensure_venv(argv)
    repo = (args.repo or ROOT).resolve()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # unwind through the `finally`s of `measure`
    started = time.perf_counter()
    measured = measure(args, repo)
    summary = {
        "setup": measured["setup"],
        "machine": machine(),
        "bench_wall_s": time.perf_counter() - started,
        "levels": aggregate(measured["runs"], args.levels),
        "runs": measured["runs"],
    }
    print("\n" + table(summary))
    out = args.out or RESULTS / f"{result_name(args, repo)}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nfull results: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


def result_name(args: argparse.Namespace, repo: Path) -> str:
    return (
        "load"
        + (f"-replicas{args.replicas}" if args.replicas > 1 else "")
        + ("-quick" if args.quick else "")
        + (f"-repo-{repo.name}" if args.repo else "")
    )


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:  # everything started is stopped by then (the `finally`s above)
        sys.exit("bench: interrupted")
