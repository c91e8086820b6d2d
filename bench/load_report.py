"""The load bench's figures: a line per run as it ends, medians over rounds per level, the table."""

from __future__ import annotations

import statistics
from typing import Any

LABELS = {"bare": "bare mitmdump", "dlp": "dlp-proxy"}
KIB_PER_MIB = 1024


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}"


def _ratio(num: float | None, den: float | None) -> float | None:
    return num / den if num is not None and den else None


def _x(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}x"


def _mib(kib: float) -> str:
    return f"{kib / KIB_PER_MIB:.0f}"


def worst_stall(run: dict[str, Any]) -> float | None:
    """The largest event-loop lag any replica reported for the run's window (None: not reported)."""
    known = [s for s in run.get("stall_s") or [] if s is not None]
    return max(known) if known else None


def run_line(run: dict[str, Any], bare: dict[str, Any] | None) -> str:
    """One run: throughput, latency, errors, CPU; for dlp-proxy also the comparison with the bare run
    just before it, the stall, memory and the decision-log check."""
    cpu = run["cpu_pct"]
    line = (
        f"  {run['clients']:>3} clients  round {run['round'] + 1}  {LABELS[run['proxy']]:<14}"
        f"{run['rps']:>8.1f} req/s  p50 {_ms(run['p50_ms'])}  p95 {_ms(run['p95_ms'])}  p99 {_ms(run['p99_ms'])} ms"
        f"  errors {run['errors']}  cpu % proxy {cpu['proxy']:.0f} / upstream {cpu['upstream']:.0f}"
        f" / generator {cpu['generator']:.0f} / other {cpu['other']:.0f}"
    )
    if run["proxy"] == "bare":
        return line
    rss = run["memory"]
    stall = worst_stall(run)
    vs = "" if bare is None else f"vs bare: rps {_x(_ratio(run['rps'], bare['rps']))}, "
    vs += "" if bare is None else f"p99 {_x(_ratio(run['p99_ms'], bare['p99_ms']))}; "
    return (
        f"{line}\n      {vs}worst stall {'n/a' if stall is None else f'{stall * 1000:.1f} ms'}; "
        f"RSS {_mib(rss['before']['rss_kib'])} -> {_mib(rss['after']['rss_kib'])} MiB; "
        f"{records_note(run)}"
    )


def records_note(run: dict[str, Any]) -> str:
    same = run["records"] == run["forwarded"]
    verdict = "ok" if same else "MISMATCH"
    return f"decision records {run['records']} / forwarded {run['forwarded']} {verdict}"


def _median(runs: list[dict[str, Any]], key: str) -> float | None:
    values = [r[key] for r in runs if r[key] is not None]
    return statistics.median(values) if values else None


def _proxy_figures(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "rounds": len(runs),
        **{k: _median(runs, k) for k in ("rps", "p50_ms", "p95_ms", "p99_ms")},
        "errors": sum(r["errors"] for r in runs),
        "cpu_pct_proxy": statistics.median(r["cpu_pct"]["proxy"] for r in runs),
        "cpu_ms_per_request": _median(runs, "cpu_ms_per_request"),
    }


def aggregate(runs: list[dict[str, Any]], levels: list[int]) -> list[dict[str, Any]]:
    """Per level: medians over rounds per proxy, summed errors, and for dlp-proxy the worst stall of
    any round, memory before its first round and after its last, the decision-log check."""
    out = []
    for level in levels:
        by = {p: [r for r in runs if r["clients"] == level and r["proxy"] == p] for p in LABELS}
        if not by["bare"] or not by["dlp"]:
            continue
        bare, dlp = _proxy_figures(by["bare"]), _proxy_figures(by["dlp"])
        stalls = [s for s in map(worst_stall, by["dlp"]) if s is not None]
        out.append(
            {
                "clients": level,
                "bare": bare,
                "dlp": dlp
                | {
                    "worst_stall_s": max(stalls) if stalls else None,
                    "rss_kib_before": by["dlp"][0]["memory"]["before"]["rss_kib"],
                    "rss_kib_after": by["dlp"][-1]["memory"]["after"]["rss_kib"],
                    "records": sum(r["records"] for r in by["dlp"]),
                    "forwarded": sum(r["forwarded"] for r in by["dlp"]),
                },
                "rps_ratio": _ratio(dlp["rps"], bare["rps"]),
                "p99_ratio": _ratio(dlp["p99_ms"], bare["p99_ms"]),
            }
        )
    return out


HEADER = (
    f"{'clients':>7} {'bare rps':>9} {'dlp rps':>8} {'rps x':>6} {'bare p99':>9} {'dlp p99':>8} {'p99 x':>6}"
    f" {'errors b/d':>10} {'dlp stall':>9} {'dlp RSS MiB':>12}  records/forwarded"
)


def table(summary: dict[str, Any]) -> str:
    s = summary["setup"]
    dlp_kind = f"{s['replicas']} dlp-proxy replicas behind HAProxy" if s["replicas"] > 1 else "dlp-proxy"
    lines = [
        f"load: {dlp_kind} ({s['dlp_proxy_module']}, {s['git'] or 'not a git checkout'}) vs bare mitmdump "
        f"{s['mitmproxy']}, same run",
        f"  {s['seconds']:g} s per run (+{s['warmup_s']:g} s warm-up), {s['rounds']} round(s) bare/dlp alternating; "
        f"medians over rounds; p99 in ms; stall = worst over rounds; RSS before the first dlp run of the level "
        f"-> after its last" + (", summed over replicas" if s["replicas"] > 1 else ""),
        "",
        HEADER,
    ]
    for lv in summary["levels"]:
        b, d = lv["bare"], lv["dlp"]
        stall = "n/a" if d["worst_stall_s"] is None else f"{d['worst_stall_s'] * 1000:.1f} ms"
        check = "ok" if d["records"] == d["forwarded"] else "MISMATCH"
        rss = f"{_mib(d['rss_kib_before'])} -> {_mib(d['rss_kib_after'])}"
        errors = f"{b['errors']}/{d['errors']}"
        lines.append(
            f"{lv['clients']:>7} {b['rps']:>9.1f} {d['rps']:>8.1f} {_x(lv['rps_ratio']):>6} {_ms(b['p99_ms']):>9}"
            f" {_ms(d['p99_ms']):>8} {_x(lv['p99_ratio']):>6} {errors:>10} {stall:>9} {rss:>12}"
            f"  {d['records']}/{d['forwarded']} {check}"
        )
    return "\n".join(lines)
