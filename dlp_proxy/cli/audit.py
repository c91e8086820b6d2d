"""`dlp-proxy audit verify|fingerprint`, `hash-clients` and `report`: the decision log's evidence
and what feeds it. Glue and printing only; the logic lives in dlp_proxy.audit."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dlp_proxy.cli.common import fail

if TYPE_CHECKING:
    from dlp_proxy.audit.report_texts import Lang
    from dlp_proxy.cli.common import Subparsers


def add_parsers(sub: Subparsers) -> None:
    """Add `audit`, `hash-clients` and `report` to the `dlp-proxy` subparsers."""
    _add_audit(sub)
    hashes = sub.add_parser(
        "hash-clients",
        help="turn a client list into keyed hashes (so the proxy need not hold the names in plain text)",
        description="Read client names (one per line) and print HMAC-SHA256 hashes of the normalised names, "
        "for 'clients: hashed: {file: ..., key_env: ...}' in the policy. The key is read from the "
        "environment variable named by --key-env, never from the command line.",
    )
    hashes.add_argument("file", nargs="?", default="-", help="names, one per line ('-': standard input)")
    hashes.add_argument("--key-env", default="DLP_CLIENT_HASH_KEY", help="environment variable holding the key")
    hashes.set_defaults(handler=cmd_hash_clients)
    _add_report(sub)


def _add_audit(sub: Subparsers) -> None:
    audit = sub.add_parser(
        "audit",
        help="check the decision log's hash chain (tamper evidence)",
        description="Verify the decision log: every record's hash, the chain of prev_hash, and the sequence "
        "numbers across files. Reports the first edited, missing or reordered record.",
    )
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="SUBCOMMAND", required=True)
    verify = audit_sub.add_parser("verify", help="verify a log folder or file")
    verify.add_argument("logdir", help="folder with the decision log files (or one file)")
    fp = audit_sub.add_parser(
        "fingerprint",
        help="the fingerprint of a value, to search the logs for it (settings.evidence.fingerprints)",
        description="Print the keyed fingerprint of one value (read from standard input, so it stays out of "
        "shell history), to search decision logs written with evidence fingerprints on.",
    )
    fp.add_argument("--type", required=True, dest="entity_type", help="entity type, e.g. NL_BSN, EMAIL_ADDRESS")
    fp.add_argument("--key-env", default="DLP_EVIDENCE_KEY", help="environment variable holding the key")
    audit.set_defaults(handler=cmd_audit)


def _add_report(sub: Subparsers) -> None:
    report = sub.add_parser(
        "report",
        help="the compliance report of the decision log (HTML, CSV or JSON)",
        description="Read every decision log file in LOGDIR (rotated ones too), one line at a time, and write "
        "usage per tool, actions over time, data found, rules, exceptions, justifications, the shadow-AI "
        "inventory, requests for a new tool or an exception, acknowledgements of the policy and the evidence "
        "per ISO 27001 / NEN 7510 control. Never a detected value or prompt text. The HTML is in Dutch or "
        "English (--lang); JSON and CSV keep stable English keys.",
    )
    report.add_argument(
        "logdir", nargs="+", help="folder with the decision log files (or one file); several: one per replica"
    )
    report.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (UTC), inclusive")
    report.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (UTC), inclusive")
    report.add_argument("--format", choices=["html", "csv", "json"], default="html", help="(default: %(default)s)")
    report.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    report.add_argument(
        "--lang",
        choices=["nl", "en"],
        help="language of the HTML report (default: the policy's settings.default_language; without a policy: en)",
    )
    report.add_argument(
        "--policy",
        metavar="PATH",
        help="the policy whose default language the HTML takes (default: $DLP_POLICY, as for run, else rules/ "
        "if it exists)",
    )
    report.set_defaults(handler=cmd_report)


def cmd_audit(args: argparse.Namespace) -> int:
    from dlp_proxy.audit.chain import verify
    from dlp_proxy.audit.evidence import fingerprint

    if args.audit_command == "fingerprint":
        secret = os.environ.get(args.key_env)
        if not secret:
            return fail(f"set the evidence key in the environment variable {args.key_env}")
        value = sys.stdin.read().strip()
        print(fingerprint(secret.encode("utf-8"), args.entity_type, value))
        return 0

    path = Path(args.logdir)
    if not path.exists():
        return fail(f"{path}: no such folder or file")
    checked, problem = verify(path)
    if problem is not None:
        print(f"BROKEN after {checked} good record(s): {problem}")
        return 1
    print(f"OK: {checked} record(s), hash chain and sequence intact")
    return 0


def cmd_hash_clients(args: argparse.Namespace) -> int:
    from dlp_proxy.detection.recognizers.client_list_recognizer import client_hash
    from dlp_proxy.textnorm import key

    secret = os.environ.get(args.key_env)
    if not secret:
        return fail(f"set the hashing key in the environment variable {args.key_env}")
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return fail(f"cannot read {args.file}: {e.__class__.__name__}")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    longest = max((len(key(n)) for n in names), default=0)
    print(f"# {len(names)} client names, HMAC-SHA256 with the key in ${args.key_env}")
    print(f"# longest name: {longest} words; the policy's clients.hashed.max_words must be at least that")
    for digest in sorted({client_hash(secret.encode("utf-8"), n) for n in names}):
        print(digest)
    return 0


@dataclass(frozen=True)
class Failure:
    message: str


def report_language(lang: Lang | None, policy: str | None, environ: Mapping[str, str]) -> Lang | Failure:
    """The HTML report's language: --lang; else the default language of the policy the proxy would
    load (--policy, $DLP_POLICY, or rules/ where it exists); else English. A policy that is named or
    found but cannot be loaded is an error, not a quiet English report."""
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy

    if lang:
        return lang
    path = policy or environ.get("DLP_POLICY") or ("rules" if Path("rules").is_dir() else None)
    if path is None:
        return "en"
    try:
        return load_policy(path).settings.default_language
    except DlpError as e:
        return Failure(f"{e}\n(the report takes its language from this policy; or pass --lang nl|en)")


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from dlp_proxy.audit.report import build_report, log_files, to_csv, to_json
    from dlp_proxy.audit.report_html import render

    # Checked here, not with common.date_arg: the report's message names both flags at once.
    try:
        days = [date.fromisoformat(d) if d else None for d in (args.date_from, args.date_to)]
    except ValueError:
        return fail("--from and --to take a date, YYYY-MM-DD")
    if days[0] and days[1] and days[0] > days[1]:
        return fail("--from is after --to")
    paths = [Path(p) for p in args.logdir]
    for path in paths:
        if not path.exists():
            return fail(f"{path}: no such folder or file")
        if not log_files(path):
            return fail(f"{path}: no decision log files (*.jsonl*) here")
    lang: Lang = "en"
    if args.format == "html":
        found = report_language(args.lang, args.policy, os.environ)
        if isinstance(found, Failure):
            return fail(found.message)
        lang = found
    summary = build_report(paths if len(paths) > 1 else paths[0], days[0], days[1])
    text = render(summary, lang) if args.format == "html" else {"csv": to_csv, "json": to_json}[args.format](summary)
    if not args.out:
        sys.stdout.write(text)
        return 0
    Path(args.out).write_text(text, encoding="utf-8")
    t = summary["totals"]
    print(
        f"{args.out}: {t['records']} record(s) from {t['files']} file(s), {t['malformed_lines']} malformed "
        f"line(s) skipped, {t['outside_period']} outside the period",
        file=sys.stderr,
    )
    return 0
