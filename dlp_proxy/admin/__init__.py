"""The admin port: health and readiness probes, Prometheus metrics, the PAC file and the CA download.

metrics.py    DlpMetrics: the counters, in a registry of their own
server.py     a small asyncio HTTP server (GET/HEAD, routing, replies)
endpoints.py  AdminAddon: the mitmproxy addon that runs the server and answers the endpoints
"""

from dlp_proxy.admin.metrics import DlpMetrics

__all__ = ["DlpMetrics"]
