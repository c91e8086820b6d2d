"""mitmproxy glue for the portal (being built): answers requests to the reserved portal host."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlp_proxy.proxy.interceptor import DlpAddon


class PortalAddon:
    def __init__(self, dlp: DlpAddon) -> None:
        self.dlp = dlp
