"""What the addons that write counts to the decision log every N seconds share: their option,
its check, and the timer (started when the proxy runs, restarted when the interval changes,
surviving anything a flush throws). Discovery (`observed` records) and drift (`drift` records)."""

from __future__ import annotations

import asyncio
import logging
from typing import ClassVar

from mitmproxy import ctx, exceptions
from mitmproxy.addonmanager import Loader

logger = logging.getLogger(__name__)


class FlushTimer:
    """Subclasses name their option (`OPTION`, `DEFAULT_SECONDS`, `HELP`), what they write
    (`RECORDS`, for the error line) and implement `flush_now`."""

    OPTION: ClassVar[str]
    DEFAULT_SECONDS: ClassVar[int] = 600
    HELP: ClassVar[str]
    RECORDS: ClassVar[str]

    def __init__(self) -> None:
        self._timer: asyncio.Task[None] | None = None
        self._every = self.DEFAULT_SECONDS

    async def flush_now(self) -> int:
        raise NotImplementedError

    # --- mitmproxy hooks -----------------------------------------------------------------

    def load(self, loader: Loader) -> None:
        loader.add_option(self.OPTION, int, self.DEFAULT_SECONDS, self.HELP)

    def configure(self, updated: set[str]) -> None:
        if self.OPTION not in updated:
            return
        every = getattr(ctx.options, self.OPTION)
        if every < 0:
            raise exceptions.OptionsError(f"{self.OPTION} must be 0 (off) or a number of seconds")  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
        self._every = every
        if self._timer is not None:  # a new interval: restart the timer with it
            self.stop_timer()
            self.running()

    def running(self) -> None:
        if self._timer is None and self._every > 0:
            self._timer = asyncio.get_running_loop().create_task(self._flush_every())

    def stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    async def _flush_every(self) -> None:
        while True:
            await asyncio.sleep(self._every)
            try:
                await self.flush_now()
            except Exception:  # the timer must survive anything a flush throws
                logger.exception("dlp-proxy: writing %s records crashed; trying again next interval", self.RECORDS)
