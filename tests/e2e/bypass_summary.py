"""Tabulate a bypass-suite run per class: variants, failed, and what went wrong.

    python -m pytest tests/e2e/test_bypass.py -q -rA | python tests/e2e/bypass_summary.py

Reads pytest's short summary (-rA: one PASSED/FAILED/ERROR line per test) and, for the kinds of
failure, the tracebacks' `AssertionError: LEAK ...; NO RECORD ...` lines (or the summary messages).
The class is the variant id's prefix (host, parse, fields, text); `-sdk-` variants are also counted
in an `sdk` row. Tests without a variant id count as `other`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict

STATUS = re.compile(r"^(PASSED|FAILED|ERROR) \S+?::(\w+)(?:\[(.+?)\])?(?: - (.*))?$")
SECTION = re.compile(r"^_+ (\w+)(?:\[(.+?)\])? _+$")
CLASSES = ("host", "parse", "fields", "text")


PROBLEM = re.compile(r"\b(LOG LEAK|WRONG RECORD|NO RECORD|LEAK):")


def kinds(message: str) -> set[str]:
    """The problem kinds in `AssertionError: LEAK: ...; NO RECORD: ...` (test_bypass.check's message)."""
    return {m.group(1) for m in PROBLEM.finditer(message)} or {"error"}


def main(lines: list[str]) -> str:
    status: dict[str, str] = {}
    problems: dict[str, set[str]] = defaultdict(set)
    current = None
    for line in lines:
        line = line.rstrip("\n")
        if m := SECTION.match(line):
            current = m.group(2) or m.group(1)
        elif current and line.startswith("E ") and PROBLEM.search(line):
            problems[current] |= kinds(line)
        elif m := STATUS.match(line):
            key = m.group(3) or m.group(2)
            status[key] = m.group(1)
            if m.group(1) != "PASSED" and m.group(4) and key not in problems:
                problems[key] |= kinds(m.group(4))
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    for key, result in status.items():
        cls = key.split("-", 1)[0] if key.split("-", 1)[0] in CLASSES else "other"
        groups = [cls, "sdk"] if "-sdk-" in key else [cls]
        for group in (*groups, "total"):
            rows[group]["variants"] += 1
            if result != "PASSED":
                rows[group]["failed"] += 1
                for kind in problems.get(key) or {"error"}:
                    rows[group][kind] += 1
    order = ["host", "parse", "fields", "text", "other", "sdk", "total"]
    names = sorted(rows, key=lambda c: (order.index(c) if c in order else len(order), c))
    header = ["class", "variants", "failed", "leak", "no record", "wrong record", "log leak", "error"]
    keys = ["variants", "failed", "LEAK", "NO RECORD", "WRONG RECORD", "LOG LEAK", "error"]
    table = [header] + [[n, *(str(rows[n][k]) for k in keys)] for n in names]
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    out = [
        "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        for r in table
    ]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


if __name__ == "__main__":
    print(main(sys.stdin.readlines() if len(sys.argv) < 2 else open(sys.argv[1], encoding="utf-8").readlines()))
