"""Do the person-name rules (or the whole detector) still find exactly what they found before a
speed-up? And how fast are they?

    .venv/bin/python bench/names_identity.py --save /tmp/names-before.json     # on the old code
    .venv/bin/python bench/names_identity.py --against /tmp/names-before.json  # on the new code
    .venv/bin/python bench/names_identity.py --engine full --save /tmp/full-before.json

Runs the person-name recognizer (NameFinder and the table cells), or with `--engine full` the
whole detector of the bundled policy (every recognizer, the canonical form, the extra passes,
overlap resolution; what a detection worker runs), over every text of
bench/data/corpus.jsonl and bench/data/corpus-seed7.jsonl (build them with bench/corpus.py),
each also in lower case and in capitals (the case rules see other words then), and over the
load bench's prompts. `--save` writes the findings; `--against` prints how many texts' findings
differ from a saved run (0 is the bar) and nothing about what differs, so no value is shown.
Both print the median CPU milliseconds per text over `--runs` timed passes, over all those texts
and over the load prompts alone.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from proxy_latency import make_prompts  # noqa: E402  (bench/ on the path first)

from dlp_proxy.detection.recognizers.person_name_recognizer import PersonNameRecognizer  # noqa: E402

CORPORA = ("corpus.jsonl", "corpus-seed7.jsonl")
Findings = list[tuple[object, ...]]


def texts() -> list[str]:
    """The corpora's texts, each as written, in lower case and in capitals; then the load prompts."""
    out: list[str] = []
    for name in CORPORA:
        path = HERE / "data" / name
        if not path.exists():
            sys.exit(f"names_identity: {path} is missing; build it with bench/corpus.py")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                out += [text, text.lower(), text.upper()]
    return out + make_prompts()["plain"]


def names_engine() -> Callable[[str], Findings]:
    recognizer = PersonNameRecognizer()
    recognizer.load()
    return lambda text: [(r.start, r.end, r.score) for r in recognizer.analyze(text, ["PERSON"])]


def full_engine() -> Callable[[str], Findings]:
    from dlp_proxy.detection.factory import build_detector
    from dlp_proxy.detection.workers import for_detection
    from dlp_proxy.policy.loader import load_policy

    detector = build_detector(for_detection(load_policy(HERE.parent / "rules"))).load()
    return lambda text: [(f.entity_type, f.start, f.end, f.score, f.recognizer) for f in detector.scan(text)]


ENGINES = {"names": names_engine, "full": full_engine}


def timed_pass(find: Callable[[str], Findings], corpus: list[str]) -> float:
    """Milliseconds per text for one pass over the corpus."""
    started = time.process_time()
    for text in corpus:
        find(text)
    return (time.process_time() - started) * 1000 / len(corpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help="write the findings here")
    ap.add_argument("--against", type=Path, help="count the texts whose findings differ from this saved run")
    ap.add_argument("--runs", type=int, default=5, help="timed passes (default 5)")
    ap.add_argument("--engine", choices=sorted(ENGINES), default="names", help="what runs (default names)")
    args = ap.parse_args()
    find = ENGINES[args.engine]()
    corpus = texts()
    found = [find(t) for t in corpus]
    per_text = statistics.median(timed_pass(find, corpus) for _ in range(args.runs))
    prompts = make_prompts()["plain"]
    per_prompt = statistics.median(timed_pass(find, prompts) for _ in range(args.runs))
    what = "person-name recognizer" if args.engine == "names" else "whole detector"
    print(f"texts: {len(corpus)}, {what}: {per_text:.3f} ms per text, {per_prompt:.3f} ms per")
    print(f"load-bench prompt (median of {args.runs} passes; CPU time)")
    if args.save:
        args.save.write_text(json.dumps(found), encoding="utf-8")
    if args.against:
        before = [[tuple(f) for f in row] for row in json.loads(args.against.read_text(encoding="utf-8"))]
        if len(before) != len(found):
            print(f"the saved run has {len(before)} texts, this one {len(found)}: not comparable")
            return 2
        differ = sum(1 for old, new in zip(before, found, strict=True) if old != new)
        print(f"texts whose findings differ: {differ}")
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
