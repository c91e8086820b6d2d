"""The written held-out corpus (bench/written_texts.py) as corpus rows: markup removed, gold spans kept.

    python bench/written.py [--out PATH]

A third corpus beside the tuning corpus (bench/corpus.py) and the template held-out corpus
(bench/heldout.py), written by another method: each prompt typed whole by hand before the engine
ran on it, instead of filled from templates. It was written after the template held-out corpus
had been used to hunt gaps (see bench/README.md), to give figures no tuning has seen.
`bench/detection.py --corpus written` (or `all`) scores it next to Presidio out of the box. Never
tune on it: the results keep no values, misses or texts.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  # bench/ modules import each other by name
import dev_marks  # noqa: E402
from written_texts import TEXTS  # noqa: E402

DEFAULT_OUT = HERE / "data" / "written.jsonl"
QUICK_OUT = DEFAULT_OUT  # one size: the corpus is small
SEED = 0  # nothing is drawn: the texts are fixed
MARK = re.compile(r"\[\[(?P<kind>[A-Z_]+)\|(?P<value>[^\]|]+)\]\]")


def parse(text: str) -> tuple[str, list[dict[str, Any]]]:
    """The text without markup, and a gold span for each marked value."""
    plain, spans = dev_marks.parse(text, MARK)
    if "[[" in plain or "]]" in plain:
        raise ValueError("unbalanced markup in a written text")
    return plain, [{"entity_type": kind, "start": start, "end": end} for kind, start, end in spans]


def generate(seed: int = SEED, quick: bool = False) -> list[dict[str, Any]]:
    rows = []
    for i, (lang, marked) in enumerate(TEXTS):
        text, gold = parse(marked)
        kind = "sensitive" if gold else "benign"
        rows.append({"id": f"wr-{lang}-{i:03d}", "lang": lang, "kind": kind, "template": "written", "text": text,
                     "gold": gold})  # fmt: skip
    return rows


def write(rows: list[dict[str, Any]], out: Path) -> None:
    corpus.write(rows, out, lambda row: row)


summary = corpus.summary  # the tuning corpus's line (one "template": written)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    rows = generate()
    write(rows, args.out)
    print(summary(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
