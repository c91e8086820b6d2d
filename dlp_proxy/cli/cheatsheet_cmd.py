"""`dlp-proxy cheatsheet`: the one-page cheat sheet of the policy the proxy enforces, as HTML or as
a PDF printed by headless Chromium. Glue and messages only; dlp_proxy.cheatsheet does the work."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dlp_proxy.cli.common import add_policy_option, fail

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers


def add_parsers(sub: Subparsers) -> None:
    """Add the `cheatsheet` command."""
    parser = sub.add_parser(
        "cheatsheet",
        help="make the one-page cheat sheet for employees from the policy",
        description="The approved tools by category of use with the data each may receive, the do's and don'ts "
        "(cheatsheet.yaml), how to ask for a new tool or an exception, and the help line, on one A4 page. "
        "The PDF is printed by headless Chromium. A sheet that would not fit one page is still written "
        "(nothing is left out) with a warning on standard error that says what is too long.",
    )
    add_policy_option(parser)
    parser.add_argument("--lang", choices=["nl", "en"], help="language (default: the policy's default_language)")
    parser.add_argument("--format", choices=["html", "pdf"], default="html", help="(default: %(default)s)")
    parser.add_argument("--out", metavar="PATH", help="write here; html may go to standard output without it")
    parser.set_defaults(handler=cmd_cheatsheet)


def cmd_cheatsheet(args: argparse.Namespace) -> int:
    from dlp_proxy.cheatsheet import render_html
    from dlp_proxy.cheatsheet.fit import SHORTEN, fit_problem
    from dlp_proxy.cheatsheet.pdf import PdfError, html_to_pdf, page_count
    from dlp_proxy.errors import PolicyError
    from dlp_proxy.policy import load_policy

    if args.format == "pdf" and not args.out:
        return fail("--format pdf needs --out PATH")
    try:
        policy = load_policy(args.policy)
    except PolicyError as e:
        return fail(str(e))
    lang = args.lang or policy.settings.default_language
    html = render_html(policy, lang)
    pages: int | None = None
    try:
        if args.format == "pdf":
            out = html_to_pdf(html, Path(args.out))
            pages = page_count(out.read_bytes())
        elif args.out:
            Path(args.out).write_text(html, encoding="utf-8")
        else:
            sys.stdout.write(html)
    except PdfError as e:
        return fail(str(e))
    except OSError as e:
        return fail(f"{args.out}: cannot write the cheat sheet ({e.strerror})")
    # The printed PDF's own page count beats the estimate.
    estimate = fit_problem(policy, lang)
    if pages is not None and pages > 1:
        detail = f": {estimate}" if estimate else ""
        print(f"dlp-proxy: warning: the PDF has {pages} pages, not one{detail}; {SHORTEN}", file=sys.stderr)
    elif pages is None and estimate is not None:
        print(f"dlp-proxy: warning: {estimate}; {SHORTEN}", file=sys.stderr)
    if args.out:
        size = f", {pages} page(s)" if pages is not None else ""
        print(f"{args.out}: cheat sheet ({lang}{size}), policy {policy.version}", file=sys.stderr)
    return 0
