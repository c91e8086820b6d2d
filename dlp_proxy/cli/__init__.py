"""The `dlp-proxy` command: one module per command group."""

from dlp_proxy.cli.app import main

__all__ = ["main"]
