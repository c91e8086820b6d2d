"""`dlp-proxy requests export|list`: the employees' requests (tool assessments, exceptions) from the
decision log, as draft policy entries or an overview. Glue and printing only; the logic lives in
dlp_proxy.portal.requests_export."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dlp_proxy.cli.common import add_policy_option, date_arg, fail

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers
    from dlp_proxy.policy import Policy

HOW_TO = {
    "tool": "Copy the entries you accept under 'tools:' in rules/tools.yaml.",
    "exception": "Copy the entries you accept under 'exceptions:' in rules/exceptions.yaml.",
}


def add_parsers(sub: Subparsers) -> None:
    """Add the `requests` command."""
    requests = sub.add_parser(
        "requests",
        help="employees' requests for a tool assessment or an exception: draft policy entries, overview",
        description="Read the 'request' records of the decision log (written by the portal's forms) and write "
        "draft policy entries for the owner to review, or list the requests by tool.",
    )
    cmds = requests.add_subparsers(dest="requests_command", metavar="SUBCOMMAND", required=True)
    export = cmds.add_parser(
        "export",
        help="write a draft tools.yaml or exceptions.yaml from the requests",
        description="Write a draft 'tools:' list (one entry per requested service the policy does not list yet, "
        "with the requests, people and purposes as comments) or a draft 'exceptions:' list (one entry per "
        "exception request). The draft does not load until every REVIEW placeholder is filled in.",
    )
    export.add_argument("--kind", choices=["tool", "exception"], required=True, help="which requests")
    export.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    _common(export)
    export.set_defaults(handler=cmd_export)
    listing = cmds.add_parser("list", help="requests by kind and tool, with the number of people asking")
    listing.add_argument("--kind", choices=["tool", "exception"], help="only these requests")
    _common(listing)
    listing.set_defaults(handler=cmd_list)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--log",
        dest="logs",
        action="append",
        metavar="PATH",
        help="decision log folder or file (rotated files included); repeat for several replicas (default: logs)",
    )
    parser.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD", help="first day (UTC) to include")
    add_policy_option(parser)


def _inputs(args: argparse.Namespace) -> tuple[list[Path], Policy] | int:
    from dlp_proxy.audit.chain import files_of
    from dlp_proxy.errors import PolicyError
    from dlp_proxy.policy import load_policy

    paths = [Path(p) for p in (args.logs or ["logs"])]
    for path in paths:
        if not path.exists():
            return fail(f"{path}: no such folder or file")
        if not files_of(path):
            return fail(f"{path}: no decision log files (*.jsonl*) here")
    try:
        policy = load_policy(args.policy)
    except PolicyError as e:
        return fail(f"the policy does not load: {e}")
    return paths, policy


def cmd_export(args: argparse.Namespace) -> int:
    from dlp_proxy.portal.requests_export import exceptions_draft, read_requests, tools_asked, tools_draft

    inputs = _inputs(args)
    if isinstance(inputs, int):
        return inputs
    paths, policy = inputs
    records = list(read_requests(paths, args.kind, args.since))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"DRAFT written by 'dlp-proxy requests export --kind {args.kind}' on {stamp} from {len(records)} "
        f"request(s) in {', '.join(str(p) for p in paths)}{f' since {args.since}' if args.since else ''}.\n"
        f"Review every entry and fill in each REVIEW; the policy refuses the draft until then.\n{HOW_TO[args.kind]}"
    )
    if args.kind == "tool":
        text = tools_draft(policy, tools_asked(records), header)
    else:
        text = exceptions_draft(policy, records, header)
    if not args.out:
        sys.stdout.write(text)
        return 0
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{args.out}: draft from {len(records)} request(s)", file=sys.stderr)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from dlp_proxy.portal.requests_export import overview, read_requests

    inputs = _inputs(args)
    if isinstance(inputs, int):
        return inputs
    paths, policy = inputs
    sys.stdout.write(overview(read_requests(paths, args.kind, args.since), policy))
    return 0
