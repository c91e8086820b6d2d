"""The admin port's parts without mitmproxy: health and readiness probes, Prometheus metrics,
the PAC file and the CA download are answered by dlp_proxy.proxy.admin_addon with these.

metrics.py    DlpMetrics: the counters, in a registry of their own
server.py     a small asyncio HTTP server (GET/HEAD, routing, replies)
"""

from dlp_proxy.admin.metrics import DlpMetrics

__all__ = ["DlpMetrics"]
