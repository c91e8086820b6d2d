"""`dlp-proxy requests` (being built)."""

from __future__ import annotations

from dlp_proxy.cli.common import Subparsers


def add_parsers(sub: Subparsers) -> None:
    """Add the `requests` command (being built)."""
