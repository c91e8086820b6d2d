"""`dlp-proxy requests` (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlp_proxy.cli.common import Subparsers


def add_parsers(sub: Subparsers) -> None:
    """Add the `requests` command (being built)."""
