"""mitmproxy glue for the first-contact page (being built)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dlp_proxy.proxy.interceptor import DlpAddon


class FirstContactAddon:
    def __init__(self, dlp: DlpAddon) -> None:
        self.dlp = dlp
