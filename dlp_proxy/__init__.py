"""dlp-proxy: an outbound prompt data-loss-prevention proxy for AI tools."""

__version__ = "0.1.0"
