"""OCR benchmark: the screenshot set of bench/ocr_set.py read the way the proxy reads an image.

    .venv/bin/python bench/ocr.py [--half tuning|tuning2|...|tuning6|holdout|holdout2|...|holdout5
                                         |both] [--quick] [--seeds N,M] [--out PATH]

Each image goes through `dlp_proxy.detection.ocr.read_text` (the proxy's OCR: Pillow, then the
tesseract binary with nld+eng) and the proxy's detector with the bundled policy (`rules/`,
`models/nlp.yaml`), in this process, one image after the other. Scored like the text corpus
(bench/scoring.py): a value on a screenshot is found when the detector's findings of its type
cover at least half of it in the OCR text (located there ignoring whitespace; a value OCR did
not read exactly is "not read", and missed). A text-free image with any finding, or that OCR
cannot read (the fail mode would act), is a false action. Times: OCR, detection and both, per
image, p50/p95. The held-out halves (holdout, holdout2 to holdout5) are never tuned on; their results hold
aggregates only (no values). `both` is tuning + holdout. Results: bench/results/ocr.json
(ocr-quick.json with --quick). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from ocr_set import HALF_SEEDS, SEEDS, TUNING, Shot, generate  # noqa: E402  (bench/ is a folder of scripts)
from scoring import Pred, covered, finds, percentile, ratio  # noqa: E402

MAX_EDITS = 0.2  # a value read with up to this share of its characters wrong is still located
OCR_TIMEOUT_S = 60.0  # generous: this measures time, it does not enforce the proxy's budget
# The target: recall >= 0.95 for identifiers and e-mail; names are reported, no target.
TARGET_TYPES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NL_BSN", "SECRET")
TARGET_RECALL = 0.95


def locate(text: str, value: str) -> tuple[int, int, int] | None:
    """(start, end, edits) of `value` in the OCR text, whitespace ignored (OCR and wrapping move
    spaces): exactly, else the closest stretch within MAX_EDITS of its length (a key read with
    one `l` as `I` is still where the key was; whether the detector still finds it is the test)."""
    kept = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in kept)
    wanted = "".join(value.split())
    if not wanted or not compact:
        return None
    at = compact.find(wanted)
    if at >= 0:
        return kept[at], kept[at + len(wanted) - 1] + 1, 0
    start, end, edits = closest(compact, wanted)
    if edits > MAX_EDITS * len(wanted) or end <= start:
        return None
    return kept[start], kept[end - 1] + 1, edits


def closest(text: str, pattern: str) -> tuple[int, int, int]:
    """(start, end, edit distance) of the stretch of `text` closest to `pattern` (semi-global
    Levenshtein: the stretch may start and end anywhere in `text`)."""
    m = len(pattern)
    cost = list(range(m + 1))  # one column: cost[i] = distance of pattern[:i] to the best stretch ending here
    origin = [0] * (m + 1)  # where that stretch starts in `text`
    best = (m, 0, 0)
    for j, ch in enumerate(text, 1):
        diag_cost, diag_origin = cost[0], origin[0]
        cost[0], origin[0] = 0, j
        for i in range(1, m + 1):
            up_cost, up_origin = cost[i], origin[i]
            substitute, skip_pattern, skip_text = diag_cost + (pattern[i - 1] != ch), cost[i - 1] + 1, up_cost + 1
            if substitute <= skip_pattern and substitute <= skip_text:
                cost[i], origin[i] = substitute, diag_origin
            elif skip_pattern <= skip_text:
                cost[i], origin[i] = skip_pattern, origin[i - 1]
            else:
                cost[i], origin[i] = skip_text, up_origin
            diag_cost, diag_origin = up_cost, up_origin
        if cost[m] < best[0]:
            best = (cost[m], origin[m], j)
    return best[1], best[2], best[0]


def score_shot(shot: Shot, text: str | None, findings: list[Pred]) -> dict[str, Any]:
    """One image's outcome: per gold value found / not read / missed; for a text-free image
    whether anything acted (a finding, or unreadable)."""
    if shot.kind == "textless":
        return {"false_action": text is None or bool(findings), "types": sorted({p.entity_type for p in findings})}
    outcome = []
    for gold in shot.gold:
        span = locate(text, gold.value) if text is not None else None
        if span is None:
            outcome.append({"type": gold.entity_type, "result": "not_read", "value": gold.value})
            continue
        start, end, edits = span
        near = [p for p in findings if p.start < end and start < p.end]
        same = [p for p in near if finds(p.entity_type, gold.entity_type)]
        hit = 2 * covered(start, end, same) >= end - start
        result = "found" if hit else "missed"
        predicted = sorted({p.entity_type for p in near})
        outcome.append({"type": gold.entity_type, "result": result, "value": gold.value, "read": text[start:end],
                        "edits": edits, "predicted": predicted})  # fmt: skip
    return {"values": outcome}


def run_half(shots: list[Shot], read_text: Any, detector: Any, ocr_error: type[Exception]) -> dict[str, Any]:
    gold: Counter[str] = Counter()
    found: Counter[str] = Counter()
    not_read: Counter[str] = Counter()
    textless = actions = 0
    action_types: Counter[str] = Counter()
    times: dict[str, list[float]] = defaultdict(list)
    misses: list[dict[str, Any]] = []
    for shot in shots:
        data = shot.png()
        started = time.perf_counter()
        try:
            text: str | None = read_text(data, timeout=OCR_TIMEOUT_S)
        except ocr_error as e:
            text, reason = None, getattr(e, "reason", type(e).__name__)
            print(f"  {shot.id}: OCR failed ({reason})", file=sys.stderr)
        ocr_done = time.perf_counter()
        preds = [Pred(f.entity_type, f.start, f.end) for f in detector.scan(text, None)] if text else []
        done = time.perf_counter()
        times["ocr"].append((ocr_done - started) * 1000)
        times["detect"].append((done - ocr_done) * 1000)
        times["total"].append((done - started) * 1000)
        times[f"total/{shot.kind}/{shot.size}"].append((done - started) * 1000)
        result = score_shot(shot, text, preds)
        if shot.kind == "textless":
            textless += 1
            actions += result["false_action"]
            action_types.update(result["types"] or (["unreadable"] if text is None else []))
            continue
        for v in result["values"]:
            keys = [v["type"], f"{v['type']}/{shot.size}", f"{v['type']}/{shot.theme}", f"{v['type']}/{shot.layout}",
                    f"{v['type']}/{shot.lang}", f"{v['type']}/{shot.px}px"]  # fmt: skip
            for k in keys:
                gold[k] += 1
                found[k] += v["result"] == "found"
                not_read[k] += v["result"] == "not_read"
            if v["result"] != "found":
                misses.append({"id": shot.id, "layout": shot.layout, "size": shot.size, "theme": shot.theme,
                               "font": shot.font, "px": shot.px, **v})  # fmt: skip
        print(f"  {shot.id} {shot.layout:<8} {shot.size:<17} {shot.theme:<5} {shot.font:<15} {shot.px}px "
              f"{sum(v['result'] == 'found' for v in result['values'])}/{len(result['values'])} "
              f"{times['total'][-1]:.0f} ms", file=sys.stderr)  # fmt: skip
    pooled_gold = sum(gold[t] for t in TARGET_TYPES)
    pooled_found = sum(found[t] for t in TARGET_TYPES)
    return {
        "images": len(shots),
        "text_images": len(shots) - textless,
        "recall": {k: ratio(found[k], n) for k, n in sorted(gold.items())},
        "gold": dict(sorted(gold.items())),
        "not_read": {k: n for k, n in sorted(not_read.items()) if n},
        "recall_identifiers_and_email": ratio(pooled_found, pooled_gold),
        "textless_images": textless,
        "textless_false_actions": actions,
        "textless_action_types": dict(action_types),
        "ms": {
            k: {"p50": statistics.median(v), "p95": percentile(v, 95), "n": len(v)} for k, v in sorted(times.items())
        },
        "misses": misses,
    }


def keeps_misses(half: str) -> bool:
    """Whether a half's results may hold its misses (values): tuning halves only, never a held-out one."""
    return half in TUNING


def verdicts(half: dict[str, Any]) -> list[str]:
    out = []
    for t in TARGET_TYPES:
        r = half["recall"].get(t)
        out.append(f"recall {t:<14} {fmt(r)}  {'ok' if r is not None and r >= TARGET_RECALL else 'BELOW'} (>= 0.95)")
    out.append(f"recall PERSON (no target)  {fmt(half['recall'].get('PERSON'))}")
    fa = half["textless_false_actions"]
    out.append(f"false actions, text-free   {fa}/{half['textless_images']}  {'ok' if fa == 0 else 'ABOVE'} (0)")
    ms = half["ms"]["total"]
    out.append(f"ms per image (OCR+detect)  p50 {ms['p50']:.0f}  p95 {ms['p95']:.0f}")
    return out


def fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=[*sorted(SEEDS), "both"], default="both")
    parser.add_argument("--quick", action="store_true", help="a few images per half (smoke run)")
    parser.add_argument("--seeds", type=lambda v: tuple(int(x) for x in v.split(",")), default=(),
                        help="a check draw: a tuning half's layouts with these seeds (no half's own)")  # fmt: skip
    parser.add_argument("--out", type=Path, help="results JSON (default bench/results/ocr[-quick].json)")
    args = parser.parse_args()
    os.chdir(ROOT)
    from dlp_proxy.cli.common import build_detector
    from dlp_proxy.detection.ocr import OcrError, read_text
    from dlp_proxy.policy import load_policy

    started = time.perf_counter()
    detector = build_detector(load_policy(ROOT / "rules"), str(ROOT / "models" / "nlp.yaml"))
    print(f"detector loaded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    halves = ["tuning", "holdout"] if args.half == "both" else [args.half]
    results: dict[str, Any] = {
        "command": " ".join(["bench/ocr.py", *sys.argv[1:]]),
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "matching_rule": __doc__.split("Scored like")[1].split("Times:")[0].strip() if __doc__ else "",
    }
    for half in halves:
        print(f"{half}:", file=sys.stderr)
        scored = run_half(generate(half, quick=args.quick, seeds=args.seeds), read_text, detector, OcrError)
        if not keeps_misses(half):
            scored.pop("misses")  # aggregates only: the held-out set's misses are never read
        results[half] = scored
    for half in halves:
        seeds = ", ".join(str(seed) for seed in args.seeds or HALF_SEEDS.get(half, (SEEDS[half],)))
        print(f"\n== {half} half ({results[half]['images']} images, seed {seeds}) ==")
        for line in verdicts(results[half]):
            print("  " + line)
    out = args.out or HERE / "results" / ("ocr-quick.json" if args.quick else "ocr.json")
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nresults: {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
