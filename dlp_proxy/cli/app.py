"""The `dlp-proxy` command: the top parser built from each command group, and the dispatch.

Each group module (run, scan, audit, requests, policy, cheatsheet, deploy) adds its commands with `add_parsers(sub)`
and sets `handler` on each command's parser; `main` calls it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from dlp_proxy import __version__
from dlp_proxy.cli import audit, cheatsheet_cmd, deploy, policy, requests_cmd, run, scan

# In this order in `dlp-proxy --help`.
ADD_PARSERS = (
    run.add_parsers,
    scan.add_parsers,
    audit.add_parsers,
    requests_cmd.add_parsers,
    policy.add_parsers,
    cheatsheet_cmd.add_parsers,
    deploy.add_parsers,
)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dlp-proxy",
        description="Outbound prompt data-loss-prevention proxy for AI tools.",
        epilog="Run 'dlp-proxy COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"dlp-proxy {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for add_parsers in ADD_PARSERS:
        add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the command; returns its exit code."""
    args = _build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    return handler(args)
