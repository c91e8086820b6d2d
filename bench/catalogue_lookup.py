"""Benchmark of the bundled catalogue (issue 18): start-up and per-lookup cost do not grow with its size.

    .venv/bin/python bench/catalogue_lookup.py              # medians of 7 loads, 200,000 lookups each
    .venv/bin/python bench/catalogue_lookup.py --quick --format json

Three policies side by side, all the shipped rules/: the organisation's tools alone
(settings.bundled_catalogue: false), with the real bundled catalogue, and with a synthetic
catalogue of 10,000 hosts (generated here: exact names, "*.domain" wildcards and a few other
globs). For each: the policy load from a cold process state (the catalogue parsed and validated,
the shadowing and the host index built), the load again with the catalogue cached (a hot
reload), and one lookup (`Policy.tool_for` and `Policy.intercepts`) on a mix of hosts that hit
an organisation tool, hit a bundled service, or miss (most traffic misses: every tunnelled
connection asks). The old linear matcher (every pattern of every tool) is timed on the same
hosts for comparison. Medians, and ratios to the organisation-only policy.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dlp_proxy.policy import Policy, Tool, load_policy  # noqa: E402 - after the path is set
from dlp_proxy.policy import bundled as bundled_module  # noqa: E402
from dlp_proxy.policy import index as index_module  # noqa: E402
from dlp_proxy.policy.bundled import compile_catalogue  # noqa: E402

KINDS = ["chat", "api", "coding", "writing", "translation", "image", "media", "meeting", "extension", "agent"]


def synthetic_catalogue(folder: Path, hosts: int = 10_000) -> Path:
    """A catalogue of `hosts` host patterns: per service one exact name, one wildcard and one API name;
    every 500th service also a glob."""
    lines = ['version: "synthetic"', "date: 2026-12-01", "services:"]
    made, i = 0, 0
    while made < hosts:
        names = [f"app{i}.synth-ai.test", f"*.svc{i}.synth-ai.test", f"api{i}.synth-ai.test"]
        if i % 500 == 0:
            names.append(f"*-r{i}.glob.synth-ai.test")
        names = names[: hosts - made]
        made += len(names)
        hosts_yaml = ", ".join(f'"{n}"' for n in names)
        lines.append(
            f"  - {{id: synth-{i}, name: Synth {i}, vendor: Vendor {i % 97}, kind: {KINDS[i % len(KINDS)]}, "
            f'country: NL, hosts: [{hosts_yaml}], confidence: inferred, sources: ["https://synth.test/{i}"]}}'
        )
        i += 1
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "synthetic-services.yaml"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def compiled(catalogue: Path) -> Path:
    """The catalogue with its compiled form beside it, as a release ships it (make catalogue)."""
    compile_catalogue(catalogue)
    return catalogue


def organisation_only(folder: Path) -> Path:
    """A copy of rules/ with the bundled catalogue switched off."""
    rules = folder / "rules-org-only"
    shutil.copytree(ROOT / "rules", rules, ignore=shutil.ignore_patterns("tests"))
    file = rules / "policy.yaml"
    text = file.read_text(encoding="utf-8").replace("\nsettings:\n", "\nsettings:\n  bundled_catalogue: false\n", 1)
    file.write_text(text, encoding="utf-8")
    return rules


def cold_load(rules: Path, catalogue: Path | None) -> Policy:
    bundled_module._LOADED.clear()  # as in a fresh process
    index_module._CACHE.clear()
    return load_policy(rules, catalogue=catalogue)


def median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sample_hosts(policy: Policy, rng: random.Random, n: int) -> list[str]:
    """A third organisation hosts, a third bundled ones (if any), a third misses (tunnelled traffic)."""
    org = [p.removeprefix("*.") for t in policy.tools for p in t.hosts if "*" not in p.removeprefix("*.")]
    bundled = [p.removeprefix("*.") for t in policy.bundled for p in t.hosts if "*" not in p.removeprefix("*.")]
    misses = [f"cdn{k}.static-content{k % 40}.example.net" for k in range(200)] + ["www.google.com", "github.com"]
    pools = [org, bundled or org, misses]
    return [rng.choice(pools[k % 3]) for k in range(n)]


def per_lookup_ns(policy: Policy, hosts: list[str]) -> tuple[float, float]:
    """Median ns per lookup over 5 passes: the index (tool_for + intercepts), the linear matcher."""
    known = policy.known_tools()

    def index_pass() -> None:
        for h in hosts:
            policy.tool_for(h, "/v1/chat/completions")
            policy.intercepts(h)

    per = len(hosts)
    index_ns = median_seconds(index_pass, 5) / per * 1e9
    linear_hosts = hosts[: max(1, per // 20)]  # the linear matcher is slow on 10,000 hosts: a sample
    linear_ns = median_seconds(lambda: [linear_pass_one(known, h) for h in linear_hosts], 3) / len(linear_hosts) * 1e9
    return index_ns, linear_ns


def linear_pass_one(known: list[Tool], h: str) -> None:
    next((t for t in known if t.matches_host(h) and t.matches_path("/v1/chat/completions")), None)
    any(t.matches_host(h) for t in known)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="3 loads and 30,000 lookups per policy")
    ap.add_argument("--format", choices=["text", "json"], default="text")
    args = ap.parse_args()
    runs, lookups = (3, 30_000) if args.quick else (7, 200_000)
    rng = random.Random(18)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        configs: list[tuple[str, Path, Path | None]] = [
            ("organisation only", organisation_only(folder), None),
            ("+ bundled catalogue", ROOT / "rules", None),
            ("+ synthetic 10,000 hosts", ROOT / "rules", compiled(synthetic_catalogue(folder / "shipped"))),
            ("  (its YAML, not compiled)", ROOT / "rules", synthetic_catalogue(folder / "yaml-only")),
        ]
        for name, rules, catalogue in configs:
            policy = cold_load(rules, catalogue)
            cold = median_seconds(lambda r=rules, c=catalogue: cold_load(r, c), runs)
            load_policy(rules, catalogue=catalogue)
            warm = median_seconds(lambda r=rules, c=catalogue: load_policy(r, catalogue=c), runs)
            hosts = sample_hosts(policy, rng, lookups)
            index_ns, linear_ns = per_lookup_ns(policy, hosts)
            patterns = sum(len(t.hosts) for t in policy.known_tools())
            out.append(
                {
                    "policy": name,
                    "tools": len(policy.tools),
                    "bundled_services": len(policy.bundled),
                    "host_patterns": patterns,
                    "load_cold_ms": round(cold * 1000, 1),
                    "load_cached_ms": round(warm * 1000, 1),
                    "lookup_ns": round(index_ns),
                    "linear_lookup_ns": round(linear_ns),
                }
            )
    base = out[0]
    for row in out:
        row["load_cold_ratio"] = round(row["load_cold_ms"] / base["load_cold_ms"], 2)
        row["load_cached_ratio"] = round(row["load_cached_ms"] / base["load_cached_ms"], 2)
        row["lookup_ratio"] = round(row["lookup_ns"] / base["lookup_ns"], 2)
    if args.format == "json":
        print(json.dumps(out, indent=2))
        return 0
    head = f"{'policy':<26}{'patterns':>9}{'cold load':>12}{'cached load':>13}{'lookup':>10}{'linear':>12}"
    print(head)
    for r in out:
        print(
            f"{r['policy']:<26}{r['host_patterns']:>9}"
            f"{r['load_cold_ms']:>9.1f} ms{r['load_cached_ms']:>10.1f} ms"
            f"{r['lookup_ns']:>7} ns{r['linear_lookup_ns']:>9} ns"
        )
        print(
            f"{'':<26}{'':>9}{'x' + str(r['load_cold_ratio']):>12}{'x' + str(r['load_cached_ratio']):>13}"
            f"{'x' + str(r['lookup_ratio']):>10}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
