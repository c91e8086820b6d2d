"""`dlp-proxy cheatsheet` (being built)."""

from __future__ import annotations

from dlp_proxy.cli.common import Subparsers


def add_parsers(sub: Subparsers) -> None:
    """Add the `cheatsheet` command (being built)."""
