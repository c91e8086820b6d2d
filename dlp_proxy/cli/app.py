"""The `dlp-proxy` command: run the proxy, scan text."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

from dlp_proxy import __version__
from dlp_proxy.cli import deploy as deploy_cli
from dlp_proxy.cli import policy as policy_cli
from dlp_proxy.cli import run as run_cli

ADDON_PATH = Path(__file__).resolve().parents[1] / "proxy" / "addon.py"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dlp-proxy",
        description="Outbound prompt data-loss-prevention proxy for AI tools.",
        epilog="Run 'dlp-proxy COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"dlp-proxy {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    run = sub.add_parser(
        "run",
        help="start the proxy (mitmproxy) with the policy",
        description="Start the DLP proxy: an explicit HTTP(S) proxy (regular), chained to a corporate proxy "
        "(upstream), or an API gateway in front of one AI host (reverse). Only hosts in the policy's AI tool "
        "catalogue are decrypted and inspected; all other traffic is tunnelled untouched. Every flag can also "
        "be set in the environment variable DLP_<FLAG> (a flag wins over the variable).",
    )
    run_cli.add_run_arguments(run)

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
    scan.add_argument("--nlp-config", default="models/nlp.yaml", help="spaCy pipelines (default: %(default)s)")
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

    hashes = sub.add_parser(
        "hash-clients",
        help="turn a client list into keyed hashes (so the proxy need not hold the names in plain text)",
        description="Read client names (one per line) and print HMAC-SHA256 hashes of the normalised names, "
        "for 'clients: hashed: {file: ..., key_env: ...}' in the policy. The key is read from the "
        "environment variable named by --key-env, never from the command line.",
    )
    hashes.add_argument("file", nargs="?", default="-", help="names, one per line ('-': standard input)")
    hashes.add_argument("--key-env", default="DLP_CLIENT_HASH_KEY", help="environment variable holding the key")
    report = sub.add_parser(
        "report",
        help="the compliance report of the decision log (HTML, CSV or JSON)",
        description="Read every decision log file in LOGDIR (rotated ones too), one line at a time, and write "
        "usage per tool, actions over time, data found, rules, exceptions, justifications, the shadow-AI "
        "inventory and the evidence per ISO 27001 / NEN 7510 control. Never a detected value or prompt text.",
    )
    report.add_argument(
        "logdir", nargs="+", help="folder with the decision log files (or one file); several: one per replica"
    )
    report.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (UTC), inclusive")
    report.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (UTC), inclusive")
    report.add_argument("--format", choices=["html", "csv", "json"], default="html", help="(default: %(default)s)")
    report.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    policy_cli.add_parsers(sub)
    deploy_cli.add_parsers(sub)
    return parser


def cmd_audit(args: argparse.Namespace) -> int:
    import os

    from dlp_proxy.audit.chain import verify
    from dlp_proxy.audit.evidence import fingerprint

    if args.audit_command == "fingerprint":
        secret = os.environ.get(args.key_env)
        if not secret:
            return _fail(f"set the evidence key in the environment variable {args.key_env}")
        value = sys.stdin.read().strip()
        print(fingerprint(secret.encode("utf-8"), args.entity_type, value))
        return 0

    path = Path(args.logdir)
    if not path.exists():
        return _fail(f"{path}: no such folder or file")
    checked, problem = verify(path)
    if problem is not None:
        print(f"BROKEN after {checked} good record(s): {problem}")
        return 1
    print(f"OK: {checked} record(s), hash chain and sequence intact")
    return 0


def cmd_hash_clients(args: argparse.Namespace) -> int:
    import os

    from dlp_proxy.detection.recognizers.client_list_recognizer import client_hash

    secret = os.environ.get(args.key_env)
    if not secret:
        return _fail(f"set the hashing key in the environment variable {args.key_env}")
    try:
        text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return _fail(f"cannot read {args.file}: {e.__class__.__name__}")
    names = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    from dlp_proxy.textnorm import key

    longest = max((len(key(n)) for n in names), default=0)
    print(f"# {len(names)} client names, HMAC-SHA256 with the key in ${args.key_env}")
    print(f"# longest name: {longest} words; the policy's clients.hashed.max_words must be at least that")
    for digest in sorted({client_hash(secret.encode("utf-8"), n) for n in names}):
        print(digest)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from dlp_proxy.audit.report import build_report, log_files, to_csv, to_json
    from dlp_proxy.audit.report_html import render

    try:
        days = [date.fromisoformat(d) if d else None for d in (args.date_from, args.date_to)]
    except ValueError:
        return _fail("--from and --to take a date, YYYY-MM-DD")
    if days[0] and days[1] and days[0] > days[1]:
        return _fail("--from is after --to")
    paths = [Path(p) for p in args.logdir]
    for path in paths:
        if not path.exists():
            return _fail(f"{path}: no such folder or file")
        if not log_files(path):
            return _fail(f"{path}: no decision log files (*.jsonl*) here")
    summary = build_report(paths if len(paths) > 1 else paths[0], days[0], days[1])
    text = {"html": render, "csv": to_csv, "json": to_json}[args.format](summary)
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


def _fail(message: str, code: int = 2) -> int:
    print(f"dlp-proxy: {message}", file=sys.stderr)
    return code


def _nlp_config(path: str) -> str:
    """The pipeline config file, or '' for the built-in default when the default path is absent."""
    return path if Path(path).exists() or path != "models/nlp.yaml" else ""


def cmd_run(args: argparse.Namespace) -> int:
    import os

    from mitmproxy.certs import CertStore
    from mitmproxy.tools.main import mitmdump

    from dlp_proxy.deploy import certs as ca_store
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy

    try:
        cfg = run_cli.resolve(args, os.environ)
    except run_cli.RunConfigError as e:
        return _fail(f"refusing to start: {e}")
    try:
        policy = load_policy(cfg.policy)
    except DlpError as e:
        from dlp_proxy.policytools.check import describe_invalid

        return _fail(f"refusing to start: {describe_invalid(cfg.policy, e)}")
    certs = Path(cfg.certs).resolve()
    try:
        if not ca_store.has_ca(certs):  # first start: a new CA in a 0700 folder, key 0600
            ca_store.write_store(certs, ca_store.new_ca())
        CertStore.from_store(certs, "mitmproxy", 2048)  # the copies mitmproxy derives from it
    except (ca_store.CertError, OSError, ValueError) as e:
        return _fail(f"refusing to start: the CA in {certs} is not usable: {e}")
    ca = certs / "mitmproxy-ca-cert.pem"
    lines = [f"dlp-proxy {__version__}: policy {policy.version} ({len(policy.tools)} AI tools) from {cfg.policy}"]
    lines += run_cli.banner(cfg, ca, policy.intercepts)
    print("\n".join(lines), file=sys.stderr, flush=True)
    argv = run_cli.mitmdump_argv(cfg, certs, ADDON_PATH, _nlp_config(cfg.nlp_config))
    # Presidio announces every recognizer at INFO; keep the event log for what matters.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    mitmdump(argv)
    return 0


def _finding_dict(f: Any, extended: bool) -> dict[str, Any]:
    d = {"entity_type": f.entity_type, "category": f.data_class, "start": f.start, "end": f.end, "score": f.score}
    if extended:
        d["recognizer"] = f.recognizer
    return d


def cmd_scan(args: argparse.Namespace) -> int:
    from dlp_proxy.detection.factory import build_detector
    from dlp_proxy.detection.nlp import load_pipeline_config
    from dlp_proxy.errors import DlpError
    from dlp_proxy.policy import load_policy

    try:
        policy = load_policy(args.policy)
        detector = build_detector(policy, load_pipeline_config(_nlp_config(args.nlp_config) or None)).load()
    except DlpError as e:
        return _fail(str(e))
    lang = None if args.lang == "auto" else args.lang

    if args.jsonl:
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
                    return _fail(f"{args.jsonl}:{n}: each line must be a JSON object with a string 'text'")
                started = time.perf_counter()
                try:
                    found = detector.scan(text, lang)
                except DlpError as e:
                    return _fail(f"{args.jsonl}:{n}: {e}", 1)
                out: dict[str, Any] = {"id": row_id, "findings": [_finding_dict(f, False) for f in found]}
                if args.timings:
                    out["ms"] = round((time.perf_counter() - started) * 1000, 3)
                print(json.dumps(out), flush=False)
        return 0

    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = raw.decode("utf-8")
    except OSError as e:
        return _fail(f"cannot read {args.file}: {e.strerror}")
    except UnicodeDecodeError as e:
        return _fail(f"{args.file}: not valid UTF-8 (byte {e.start})")
    try:
        found = detector.scan(text, lang)
    except DlpError as e:
        return _fail(str(e), 1)
    if args.json:
        print(json.dumps({"findings": [_finding_dict(f, True) for f in found]}, indent=2))
    else:
        if not found:
            print("no findings")
        for f in found:
            print(f"{f.entity_type:<16} {f.data_class:<9} {f.start:>7}-{f.end:<7} {f.score:.2f}  {f.recognizer}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    handlers = {
        "run": cmd_run,
        "scan": cmd_scan,
        "hash-clients": cmd_hash_clients,
        "audit": cmd_audit,
        "policy": policy_cli.run,
        "certs": deploy_cli.run_certs,
        "pac": deploy_cli.run_pac,
        "report": cmd_report,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
