"""Benchmark of `dlp-proxy report` (issue 7): a month of synthetic decision records, timed end to end.

    .venv/bin/python bench/audit_report.py                     # 1,000,000 and 100,000 records
    .venv/bin/python bench/audit_report.py --records 200000 --small 20000 --format json

Writes the records into a temporary folder (daily rotated files plus the live decisions.jsonl),
then runs the real command as a subprocess for the small and the large log and prints wall
time, records/s and peak RSS. Peak RSS comes from getrusage(RUSAGE_CHILDREN), a high-water mark
over the children so far: the small log runs first, so the large run's figure is its own peak
whenever it is higher. Flat memory shows as (nearly) the same peak for 10x the records.
Target (issue 7): 1 million records in under 60 s with flat memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 60.0

# (tool, status, category, approved_for, host, weight)
TOOLS = [
    ("openai-api", "approved", "general_use", "low", "api.openai.com", 30),
    ("chatgpt", "approved", "general_use", "low", "chatgpt.com", 35),
    ("m365-copilot", "approved", "internal_productivity", "medium", "substrate.office.com", 20),
    ("client-ai", "approved", "client_projects", "high", "voorbeeld-klant.openai.azure.com", 5),
    ("claude", "unlisted", "general_use", None, "claude.ai", 5),
    ("deepseek", "forbidden", "general_use", None, "chat.deepseek.com", 2),
    ("perplexity", "unlisted", "general_use", None, "www.perplexity.ai", 3),
]
# (rule, action, data classes, entities, weight)
OUTCOMES = [
    ("DEFAULT-ALLOW", "allow", {}, {}, 70),
    ("PERSONAL-REDACT", "redact", {"personal": 2}, {"EMAIL_ADDRESS": 1, "PERSON": 1}, 12),
    ("PERSONAL-REDACT", "redact", {"personal": 1}, {"NL_BSN": 1}, 2),
    ("CLIENT-WARN", "warn", {"client": 1}, {"CLIENT": 1}, 4),
    ("SECRET-BLOCK", "block", {"secret": 1}, {"SECRET": 1}, 3),
    ("INTERNAL-BLOCK", "block", {"internal": 1}, {"INTERNAL_MARKER": 1}, 2),
    ("UNLISTED-BLOCK", "block", {}, {}, 0),  # chosen for unlisted/forbidden tools below
    ("FAIL-CLOSED", "block", {}, {}, 1),
]
POLICIES = ["sha256:b07fb441bd5894b6", "sha256:3c1de0a9f2e4b871"]
FAIL_REASONS = ["detection_timeout", "body_too_large", "unreadable_body", "detection_error"]


def generate(folder: Path, n: int, days: int = 30, seed: int = 7) -> int:
    """n records over `days` days into folder, one file per day (the newest is decisions.jsonl). Bytes written."""
    rnd = random.Random(seed)
    users = [f"user{i:03d}@voorbeeld.nl" for i in range(400)]
    tool_w, outcome_w = [t[-1] for t in TOOLS], [o[-1] for o in OUTCOMES]
    start = datetime(2026, 11, 1, tzinfo=UTC)
    step = timedelta(days=days) / n
    prev, written, handle, day = "0" * 64, 0, None, None
    try:
        for i in range(n):
            ts = start + step * i
            if ts.date() != day:
                if handle:
                    handle.close()
                day = ts.date()
                last = day == (start + step * (n - 1)).date()
                name = "decisions.jsonl" if last else f"decisions-{day.isoformat()}.jsonl"
                handle = (folder / name).open("w", encoding="utf-8")
            tool, status, category, approved_for, host, _ = rnd.choices(TOOLS, tool_w)[0]
            rule, action, classes, entities, _ = rnd.choices(OUTCOMES, outcome_w)[0]
            if status != "approved" and rnd.random() < 0.9:
                rule, action = "UNLISTED-BLOCK", "block"
            monitor = rnd.random() < 0.05
            failed = rule == "FAIL-CLOSED"
            just = (
                "Nodig voor [CLIENT_1] offerte, akkoord teamleider" if action == "warn" and rnd.random() < 0.3 else None
            )
            exc = "EXC-2026-004" if tool == "client-ai" and classes.get("client") else None
            record = {
                "timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.%fZ"), "event": "decision", "schema_version": 1,
                "decision_id": f"{rnd.getrandbits(64):016x}", "policy_version": POLICIES[i * 2 // n],
                "tool": tool, "tool_status": status, "tool_category": category, "tool_approved_for": approved_for,
                "host": host, "method": "POST", "path": "/v1/chat/completions", "adapter": "openai",
                "endpoint": "chat", "user": rnd.choice(users), "groups": ["medewerkers"],
                "identity_source": "proxy_auth", "client_address": f"10.0.{rnd.randrange(4)}.{rnd.randrange(250)}",
                "action": "allow" if monitor else action, "would_action": action, "enforced": not monitor,
                "rule_id": rule, "exception_id": exc, "consent_ref": "DPA-2026-17" if exc else None,
                "exceptions_rejected": [], "data_classes": classes, "entities": entities,
                "highest_risk": "high" if classes.keys() & {"client", "secret"} else "medium" if classes else "none",
                "justification": just, "masked": sum(entities.values()) if action == "redact" else 0,
                "detection_failed": failed, "fail_reason": rnd.choice(FAIL_REASONS) if failed else None,
                "bytes_scanned": rnd.randrange(200, 20000), "latency_ms": round(rnd.uniform(2, 60), 2),
                "language": rnd.choice(("nl", "en")), "seq": i + 1, "prev_hash": prev,
            }  # fmt: skip
            # A real chain would hash the canonical record; a cheap digest has the same shape and size.
            record["hash"] = prev = hashlib.sha256(record["decision_id"].encode()).hexdigest()
            line = json.dumps(record) + "\n"
            written += len(line)
            assert handle is not None
            handle.write(line)
    finally:
        if handle:
            handle.close()
    return written


def run_report(folder: Path, fmt: str, out: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS MiB so far over children) of one `dlp-proxy report` run."""
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "dlp_proxy.cli", "report", str(folder), "--format", fmt, "--out", str(out)]
    subprocess.run(cmd, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    return wall, peak_kib / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=1_000_000, help="large log (default: %(default)s)")
    ap.add_argument("--small", type=int, default=100_000, help="small log, for comparison (default: %(default)s)")
    ap.add_argument("--days", type=int, default=30, help="days the records span (default: %(default)s)")
    ap.add_argument("--format", choices=["html", "csv", "json"], default="html")
    args = ap.parse_args()

    results = []
    with tempfile.TemporaryDirectory(prefix="dlp-report-bench-") as tmp:
        for n in (args.small, args.records):  # small first: RUSAGE_CHILDREN is a running maximum
            folder = Path(tmp) / f"logs-{n}"
            folder.mkdir()
            started = time.perf_counter()
            size = generate(folder, n, args.days)
            print(f"generated {n:,} records ({size / 2**20:,.0f} MiB, {len(list(folder.iterdir()))} files) "
                  f"in {time.perf_counter() - started:.1f} s", flush=True)  # fmt: skip
            wall, peak = run_report(folder, args.format, Path(tmp) / f"report-{n}.{args.format}")
            results.append((n, size, wall, peak))
            print(f"  dlp-proxy report --format {args.format}: {wall:.1f} s, {n / wall:,.0f} records/s, "
                  f"{size / 2**20 / wall:,.0f} MiB/s, peak RSS {peak:.0f} MiB", flush=True)  # fmt: skip
    (n_s, _, _, peak_s), (n_l, _, wall_l, peak_l) = results
    print(f"\nmemory: {n_s:,} records -> peak {peak_s:.0f} MiB; {n_l:,} records -> peak {peak_l:.0f} MiB "
          f"({peak_l / peak_s:.2f}x for {n_l / n_s:.0f}x the records)")  # fmt: skip
    flat = peak_l <= peak_s * 1.25  # interpreter and imports dominate; the aggregate must not grow with the log
    verdict = "PASS" if wall_l < TARGET_S * n_l / 1_000_000 and flat else "MISS"
    print(f"target: 1,000,000 records in < {TARGET_S:.0f} s with flat memory: {verdict} "
          f"({wall_l:.1f} s for {n_l:,})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
