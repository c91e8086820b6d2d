"""Detection benchmark: this engine and Presidio out of the box, side by side, in one run.

    python bench/detection.py [--quick] [--limit N] [--regen] [--startup-runs K]   (or: make bench)

(Re)generates the labelled corpus if it is missing or older than its generator, runs
`dlp-proxy scan --jsonl --timings` and bench/presidio_baseline.py on the same texts, one process
after the other, and prints accuracy, speed, start-up and memory with the targets of issue 3.
Full results: bench/results/detection.json. A benchmark, not a test: nothing here asserts a time.
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


def ensure_corpus(path: Path, quick: bool, regen: bool, seed: int | None = None) -> None:
    sources = list(HERE.glob("corpus*.py"))
    stale = not path.exists() or max(p.stat().st_mtime for p in sources) > path.stat().st_mtime
    if regen or stale:
        import corpus

        rows = corpus.generate(seed=seed if seed is not None else corpus.SEED, quick=quick)
        corpus.write(rows, path)
        print(f"corpus written: {path.relative_to(ROOT)}: {corpus.summary(rows)}", file=sys.stderr)


def measure(args: argparse.Namespace, rows: list[dict[str, Any]], work: Path) -> dict[str, Any]:
    import scoring

    commands, env = engine_commands(), engine_env()
    inp, one = work / "input.jsonl", work / "startup.jsonl"
    inp.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows), encoding="utf-8")
    one.write_text(json.dumps({"id": "startup", "text": STARTUP_TEXT}) + "\n", encoding="utf-8")

    startup: dict[str, list[float]] = {e: [] for e in ENGINES}
    for k in range(args.startup_runs):  # alternate, so drift on a noisy machine hits both alike
        for name in ENGINES if k % 2 == 0 else ENGINES[::-1]:
            cmd = [c.replace("{IN}", str(one)) for c in commands[name]]
            run = run_process(cmd, ROOT, work / f"{name}.startup.out", work / f"{name}.startup.err", env)
            read_output(run, name, ["startup"])
            startup[name].append(run.wall_s)
            print(f"  start-up {name}: {run.wall_s:.2f} s", file=sys.stderr)

    mappers = {"dlp-proxy": scoring.ours, "presidio-oob": scoring.presidio}
    ids = [r["id"] for r in rows]
    results: dict[str, Any] = {}
    for name in ENGINES:
        print(f"  scanning {len(rows)} texts with {name} ...", file=sys.stderr)
        cmd = [c.replace("{IN}", str(inp)) for c in commands[name]]
        run = run_process(cmd, ROOT, work / f"{name}.out", work / f"{name}.err", env)
        out = read_output(run, name, ids)
        score = scoring.Score()
        for row in rows:
            scoring.score_row(score, row, out[row["id"]]["findings"], mappers[name], out[row["id"]].get("ms"))
        results[name] = {
            "command": " ".join(commands[name]),
            **scoring.rates(score),
            "startup_s": statistics.median(startup[name]),
            "startup_runs_s": startup[name],
            "peak_rss_mib": run.maxrss_kib / 1024,
            "wall_s": run.wall_s,
            "misses": score.misses[:3000],
            "false_positive_examples": score.false_positives[:3000],
        }
        print(f"  {name}: {run.wall_s:.1f} s wall, peak RSS {run.maxrss_kib / 1024:.0f} MiB", file=sys.stderr)
    return results


def _git() -> str:
    try:
        return subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()  # fmt: skip
    except OSError:
        return ""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="the small corpus (bench/data/corpus-quick.jsonl), 1 start-up run"
    )
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N texts of the (shuffled) corpus")
    ap.add_argument("--regen", action="store_true", help="regenerate the corpus even if it is up to date")
    ap.add_argument(
        "--seed",
        type=int,
        help="a held-out corpus from another seed (new values, same templates): the rules were "
        "developed against the default seed, so this is the fairer figure",
    )
    ap.add_argument("--startup-runs", type=int, help="start-up measurements per engine (default 3, --quick 1)")
    ap.add_argument("--out", type=Path, help="results JSON (default bench/results/detection[-quick][-firstN].json)")
    args = ap.parse_args(argv)
    _ensure_interpreter(argv)
    args.startup_runs = args.startup_runs or (1 if args.quick else 3)

    import corpus
    import report

    path = corpus.QUICK_OUT if args.quick else corpus.DEFAULT_OUT
    if args.seed is not None:
        path = path.with_name(f"{path.stem}-seed{args.seed}.jsonl")
    ensure_corpus(path, args.quick, args.regen, args.seed)
    rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if args.limit:
        rows = rows[: args.limit]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dlp-bench-") as tmp:
        engines = measure(args, rows, Path(tmp))
    summary = {
        "corpus": {
            "path": str(path.relative_to(ROOT)),
            "texts": len(rows),
            "sensitive": sum(r["kind"] == "sensitive" for r in rows),
            "benign": sum(r["kind"] == "benign" for r in rows),
            "nl": sum(r["lang"] == "nl" for r in rows),
            "en": sum(r["lang"] == "en" for r in rows),
            "chars": sum(len(r["text"]) for r in rows),
            "limit": args.limit,
        },
        "matching_rule": __import__("scoring").MATCHING_RULE,
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "git": _git(),
        "bench_wall_s": time.perf_counter() - started,
        "engines": engines,
    }
    summary["targets"] = report.targets(engines)
    print(report.table(summary))
    # A partial run never overwrites the full results.
    stem = "detection" + ("-quick" if args.quick else "") + (f"-seed{args.seed}" if args.seed is not None else "")
    stem += f"-first{args.limit}" if args.limit else ""
    out = args.out or RESULTS / f"{stem}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nfull results: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
