"""Detection benchmark: this engine and Presidio out of the box, side by side, in one run.

    python bench/detection.py [--corpus tuning|heldout|written|both|all] [--quick] [--limit N] [--regen]
                              [--startup-runs K]   (or: make bench)

Three corpora: the tuning corpus (bench/corpus.py; the recognizers were developed against it), the
held-out corpus (bench/heldout.py; never tuned on: its figures are the ones to quote) and the
written held-out corpus (bench/written.py: prompts typed whole by hand, never tuned on). Each
is (re)generated when missing or older than its generator; `dlp-proxy scan --jsonl --timings`
and bench/presidio_baseline.py run on the same texts, one process after the other, and the
accuracy, speed, start-up and memory are printed with the targets of issue 13. Start-up is
measured once per run and shared by both tables. Results: bench/results/detection.json (tuning)
and detection-heldout.json (aggregates only: no missed values, false positives or templates).
A benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
ENGINES = ("dlp-proxy", "presidio-oob")
STARTUP_TEXT = "Hallo, kun je dit kort samenvatten?"
RUN_TIMEOUT_S = 3600
CORPUS_NAMES = {"tuning": "tuning", "heldout": "held-out", "written": "written held-out"}


def _ensure_interpreter(argv: list[str]) -> None:
    """Re-run under the project's venv when this Python lacks the engines or Faker."""
    if all(importlib.util.find_spec(m) for m in ("faker", "presidio_analyzer")):
        return
    venv = ROOT / ".venv"
    if (venv / "bin" / "python").exists() and Path(sys.prefix).resolve() != venv.resolve():
        print(f"(re-running with {venv / 'bin' / 'python'})", file=sys.stderr)
        os.execv(venv / "bin" / "python", [str(venv / "bin" / "python"), str(Path(__file__)), *argv])
    missing = [m for m in ("faker", "presidio_analyzer") if not importlib.util.find_spec(m)]
    sys.exit(f"bench: missing {', '.join(missing)}; run `make bench` or `pip install -e '.[bench]'`")


@dataclass
class Run:
    wall_s: float
    maxrss_kib: int
    returncode: int
    stdout: Path
    stderr: Path


def run_process(cmd: list[str], workdir: Path, out: Path, err: Path, env: dict[str, str]) -> Run:
    """Run one engine process to the end; its own peak RSS comes from wait4 (not the children's max)."""
    with out.open("wb") as fo, err.open("wb") as fe:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=workdir, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe, env=env)
        killer = threading.Timer(RUN_TIMEOUT_S, proc.kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4: tell Popen
    return Run(wall, usage.ru_maxrss, proc.returncode, out, err)


def engine_commands() -> dict[str, list[str]]:
    binary = Path(sys.executable).parent / "dlp-proxy"
    ours = [str(binary)] if binary.exists() else ["dlp-proxy"]
    return {
        "dlp-proxy": [*ours, "scan", "--jsonl", "{IN}", "--timings"],
        "presidio-oob": [sys.executable, str(HERE / "presidio_baseline.py"), "--jsonl", "{IN}", "--timings"],
    }


def engine_env() -> dict[str, str]:
    env = dict(os.environ)
    env["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""  # both engines read the bundled suffix list
    env.setdefault("HF_HUB_OFFLINE", "1")
    return env


def read_output(run: Run, name: str, ids: list[Any]) -> dict[Any, dict[str, Any]]:
    if run.returncode != 0:
        tail = run.stderr.read_text(encoding="utf-8", errors="replace")[-3000:]
        sys.exit(f"bench: {name} exited with {run.returncode}; its stderr ends with:\n{tail}")
    lines = [json.loads(ln) for ln in run.stdout.read_text(encoding="utf-8").splitlines() if ln.strip()]
    by_id = {ln["id"]: ln for ln in lines}
    if [ln["id"] for ln in lines] != ids:
        sys.exit(f"bench: {name} answered {len(lines)} rows for {len(ids)} texts, or in another order")
    return by_id


def ensure_corpus(path: Path, quick: bool, regen: bool, seed: int | None = None, module_name: str = "corpus") -> None:
    """(Re)write a corpus file when asked, missing, or older than its generator (bench/<module_name>*.py)."""
    sources = list(HERE.glob(f"{module_name}*.py"))
    stale = not path.exists() or max(p.stat().st_mtime for p in sources) > path.stat().st_mtime
    if regen or stale:
        module = importlib.import_module(module_name)
        rows = module.generate(seed=seed if seed is not None else module.SEED, quick=quick)
        module.write(rows, path)
        print(f"corpus written: {path.relative_to(ROOT)}: {module.summary(rows)}", file=sys.stderr)


def measure_startup(args: argparse.Namespace, work: Path) -> dict[str, list[float]]:
    """Start-up of each engine (load, one trivial row, exit), alternating so drift hits both alike."""
    commands, env = engine_commands(), engine_env()
    one = work / "startup.jsonl"
    one.write_text(json.dumps({"id": "startup", "text": STARTUP_TEXT}) + "\n", encoding="utf-8")
    startup: dict[str, list[float]] = {e: [] for e in ENGINES}
    for k in range(args.startup_runs):
        for name in ENGINES if k % 2 == 0 else ENGINES[::-1]:
            cmd = [c.replace("{IN}", str(one)) for c in commands[name]]
            run = run_process(cmd, ROOT, work / f"{name}.startup.out", work / f"{name}.startup.err", env)
            read_output(run, name, ["startup"])
            startup[name].append(run.wall_s)
            print(f"  start-up {name}: {run.wall_s:.2f} s", file=sys.stderr)
    return startup


def measure(rows: list[dict[str, Any]], work: Path, startup: dict[str, list[float]], tag: str,
            private: bool = False, rounds: int = 1) -> dict[str, Any]:  # fmt: skip
    """Scan one corpus with both engines; `private` keeps values and templates out of the results."""
    import scoring

    commands, env = engine_commands(), engine_env()
    inp = work / f"{tag}.input.jsonl"
    inp.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows), encoding="utf-8")
    mappers = {"dlp-proxy": scoring.ours, "presidio-oob": scoring.presidio}
    ids = [r["id"] for r in rows]
    results: dict[str, Any] = {}
    for name in ENGINES:
        print(f"  {tag}: scanning {len(rows)} texts with {name} ...", file=sys.stderr)
        cmd = [c.replace("{IN}", str(inp)) for c in commands[name]]
        run = run_process(cmd, ROOT, work / f"{tag}.{name}.out", work / f"{tag}.{name}.err", env)
        out = read_output(run, name, ids)
        score = scoring.Score()
        for row in rows:
            scoring.score_row(score, row, out[row["id"]]["findings"], mappers[name], out[row["id"]].get("ms"))
        rates = scoring.rates(score)
        if private:
            rates.pop("by_template")
        results[name] = {
            "command": " ".join(commands[name]),
            **rates,
            "startup_s": statistics.median(startup[name]),
            "startup_runs_s": startup[name],
            "peak_rss_mib": run.maxrss_kib / 1024,
            "wall_s": run.wall_s,
        }
        if not private:
            results[name]["misses"] = score.misses[:3000]
            results[name]["false_positive_examples"] = score.false_positives[:3000]
        (work / f"{tag}.{name}.out").unlink()  # the findings (offsets into the texts) do not outlive the run
        print(f"  {tag} {name}: {run.wall_s:.1f} s wall, peak RSS {run.maxrss_kib / 1024:.0f} MiB", file=sys.stderr)
    _throughput_rounds(results, rows, inp, work, tag, rounds)
    return results


def _throughput_rounds(
    results: dict[str, Any], rows: list[dict[str, Any]], inp: Path, work: Path, tag: str, rounds: int
) -> None:
    """Scan the corpus `rounds` - 1 more times with each engine, alternating which goes first
    (B A, A B, ...; the scoring pass was A B), and give each engine the median of its rounds'
    characters per second. On a noisy machine one pass of each moved the ratio by 15 %; the
    ratio of each round is kept beside the median."""
    commands, env = engine_commands(), engine_env()
    chars = sum(len(r["text"]) for r in rows)
    speeds: dict[str, list[float]] = {name: [results[name]["chars_per_second"]] for name in ENGINES}
    for k in range(1, rounds):
        for name in ENGINES[::-1] if k % 2 else ENGINES:
            cmd = [c.replace("{IN}", str(inp)) for c in commands[name]]
            out, err = work / f"{tag}.{name}.t.out", work / f"{tag}.{name}.t.err"
            run = run_process(cmd, ROOT, out, err, env)
            ms = sum(line.get("ms") or 0.0 for line in read_output(run, name, [r["id"] for r in rows]).values())
            out.unlink()
            speeds[name].append(chars / (ms / 1000) if ms else 0.0)
    ratios = [a / b for a, b in zip(speeds[ENGINES[0]], speeds[ENGINES[1]], strict=True) if b]
    for name in ENGINES:
        results[name]["chars_per_second_rounds"] = speeds[name]
        results[name]["chars_per_second"] = statistics.median(speeds[name])
    results[ENGINES[0]]["throughput_ratio_rounds"] = ratios
    print(f"  {tag} throughput ratio by round: {', '.join(f'{r:.2f}x' for r in ratios)}", file=sys.stderr)


def _git() -> str:
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
    except OSError:
        return ""


def _corpus_info(path: Path, rows: list[dict[str, Any]], limit: int | None) -> dict[str, Any]:
    return {
        "path": str(path.relative_to(ROOT)),
        "texts": len(rows),
        "sensitive": sum(r["kind"] == "sensitive" for r in rows),
        "benign": sum(r["kind"] == "benign" for r in rows),
        "nl": sum(r["lang"] == "nl" for r in rows),
        "en": sum(r["lang"] == "en" for r in rows),
        "chars": sum(len(r["text"]) for r in rows),
        "limit": limit,
    }


def _read_rows(path: Path, limit: int | None) -> list[dict[str, Any]]:
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return rows[:limit] if limit else rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus",
        choices=("tuning", "heldout", "written", "both", "all"),
        default="both",
        help="which corpus to scan (default both: the tuning table, the held-out table and the two side by side; "
        "all: the written held-out corpus too)",
    )
    ap.add_argument("--quick", action="store_true", help="the small corpora (bench/data/*-quick.jsonl), 1 start-up run")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N texts of each (shuffled) corpus")
    ap.add_argument("--regen", action="store_true", help="regenerate the corpora even if they are up to date")
    ap.add_argument(
        "--seed",
        type=int,
        help="the tuning corpus from another seed (new values, same templates); the held-out corpus keeps its own",
    )
    ap.add_argument("--startup-runs", type=int, help="start-up measurements per engine (default 3, --quick 1)")
    ap.add_argument(
        "--throughput-rounds",
        type=int,
        help="passes of each engine over each corpus for throughput, alternating which goes first; "
        "each engine's median counts (default 3, --quick 1)",
    )
    ap.add_argument(
        "--out", type=Path, help="tuning results JSON (default bench/results/detection[-quick][-firstN].json)"
    )
    ap.add_argument(
        "--out-heldout",
        type=Path,
        help="held-out results JSON (default bench/results/detection-heldout[-quick][-firstN].json)",
    )
    args = ap.parse_args(argv)
    _ensure_interpreter(argv)
    args.startup_runs = args.startup_runs or (1 if args.quick else 3)
    args.throughput_rounds = max(1, args.throughput_rounds or (1 if args.quick else 3))

    import corpus
    import heldout
    import report
    import scoring
    import written

    corpora: dict[str, Path] = {}
    if args.corpus in ("tuning", "both", "all"):
        path = corpus.QUICK_OUT if args.quick else corpus.DEFAULT_OUT
        if args.seed is not None:
            path = path.with_name(f"{path.stem}-seed{args.seed}.jsonl")
        ensure_corpus(path, args.quick, args.regen, args.seed)
        corpora["tuning"] = path
    if args.corpus in ("heldout", "both", "all"):
        path = heldout.QUICK_OUT if args.quick else heldout.DEFAULT_OUT
        ensure_corpus(path, args.quick, args.regen, module_name="heldout")
        corpora["heldout"] = path
    if args.corpus in ("written", "all"):
        ensure_corpus(written.DEFAULT_OUT, args.quick, args.regen, module_name="written")
        corpora["written"] = written.DEFAULT_OUT

    started = time.perf_counter()
    summaries: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="dlp-bench-") as tmp:
        startup = measure_startup(args, Path(tmp))
        for name, path in corpora.items():
            rows = _read_rows(path, args.limit)
            t0 = time.perf_counter()
            engines = measure(rows, Path(tmp), startup, name, private=name != "tuning", rounds=args.throughput_rounds)
            summaries[name] = {
                "corpus_name": CORPUS_NAMES[name],
                "corpus": _corpus_info(path, rows, args.limit),
                "matching_rule": scoring.MATCHING_RULE,
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                    "cpus": os.cpu_count(),
                },  # fmt: skip
                "git": _git(),
                "bench_wall_s": time.perf_counter() - t0,
                "engines": engines,
                "targets": report.targets(engines),
            }

    suffix = ("-quick" if args.quick else "") + (f"-first{args.limit}" if args.limit else "")
    seed = f"-seed{args.seed}" if args.seed is not None else ""
    outs = {
        "tuning": args.out
        or RESULTS
        / f"detection{'-quick' if args.quick else ''}{seed}{f'-first{args.limit}' if args.limit else ''}.json",
        "heldout": args.out_heldout or RESULTS / f"detection-heldout{suffix}.json",
        "written": RESULTS / "detection-written.json",
    }
    for name, summary in summaries.items():
        print(report.table(summary, private=name != "tuning"))
        print()
    if "tuning" in summaries and "heldout" in summaries:
        print(report.comparison(summaries["tuning"], summaries["heldout"]))
        print()
    # A partial run never overwrites the full results (the file name says quick / firstN).
    for name, summary in summaries.items():
        out = outs[name]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{name} results: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    print(f"bench wall time {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
