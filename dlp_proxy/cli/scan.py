"""`dlp-proxy scan`: the findings in one text or a JSON-lines batch (types and positions, never values)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dlp_proxy.cli.common import add_nlp_config_option, build_detector, fail
from dlp_proxy.errors import DlpError

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers
    from dlp_proxy.detection.engine import PresidioDetector
    from dlp_proxy.findings import Finding


def add_parsers(sub: Subparsers) -> None:
    """Add `scan` to the `dlp-proxy` subparsers."""
    scan = sub.add_parser(
        "scan",
        help="print the findings in a text (no values, only types and positions)",
        description="Scan one text (a file or standard input) or a JSON-lines batch with the detection engine.",
    )
    scan.add_argument("file", nargs="?", default="-", help="text file to scan, '-' for standard input (default)")
    scan.add_argument(
        "--jsonl", metavar="IN.jsonl", help='batch mode: rows {"id": ..., "text": ...}; one result line per row'
    )
    scan.add_argument(
        "--timings", action="store_true", help='with --jsonl: add "ms" (scan time of the row) to each line'
    )
    scan.add_argument(
        "--lang", choices=["nl", "en", "auto"], default="auto", help="language of the text (default: auto)"
    )
    scan.add_argument("--json", action="store_true", help="print JSON instead of a table")
    scan.add_argument("--policy", default="rules", help="policy that names the entity types (default: %(default)s)")
    add_nlp_config_option(scan)
    scan.set_defaults(handler=cmd_scan)


def cmd_scan(args: argparse.Namespace) -> int:
    from dlp_proxy.policy import load_policy

    try:
        detector = build_detector(load_policy(args.policy), args.nlp_config)
    except DlpError as e:
        return fail(str(e))
    lang = None if args.lang == "auto" else args.lang
    if args.jsonl:
        return _scan_jsonl(args, detector, lang)
    return _scan_file(args, detector, lang)


def _scan_jsonl(args: argparse.Namespace, detector: PresidioDetector, lang: str | None) -> int:
    """One result line per row; a row that is no JSON object with a string 'text' stops the batch."""
    src = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
    with src:
        for n, line in enumerate(src, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, row_id = row["text"], row.get("id")
                if not isinstance(text, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                return fail(f"{args.jsonl}:{n}: each line must be a JSON object with a string 'text'")
            started = time.perf_counter()
            try:
                found = detector.scan(text, lang)
            except DlpError as e:
                return fail(f"{args.jsonl}:{n}: {e}", 1)
            out: dict[str, Any] = {"id": row_id, "findings": [_finding_dict(f, False) for f in found]}
            if args.timings:
                out["ms"] = round((time.perf_counter() - started) * 1000, 3)
            print(json.dumps(out), flush=False)
    return 0


def _scan_file(args: argparse.Namespace, detector: PresidioDetector, lang: str | None) -> int:
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = raw.decode("utf-8")
    except OSError as e:
        return fail(f"cannot read {args.file}: {e.strerror}")
    except UnicodeDecodeError as e:
        return fail(f"{args.file}: not valid UTF-8 (byte {e.start})")
    try:
        found = detector.scan(text, lang)
    except DlpError as e:
        return fail(str(e), 1)
    if args.json:
        print(json.dumps({"findings": [_finding_dict(f, True) for f in found]}, indent=2))
    else:
        if not found:
            print("no findings")
        for f in found:
            print(f"{f.entity_type:<16} {f.data_class:<9} {f.start:>7}-{f.end:<7} {f.score:.2f}  {f.recognizer}")
    return 0


def _finding_dict(f: Finding, extended: bool) -> dict[str, Any]:
    d = {"entity_type": f.entity_type, "category": f.data_class, "start": f.start, "end": f.end, "score": f.score}
    if extended:
        d["recognizer"] = f.recognizer
    return d
