"""The mitmproxy side of discovery: tunnels to AI-looking hosts in neither catalogue, counted per
name and flushed as `observed` records into the decision log (the logic: dlp_proxy.pipeline.discovery)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Final

from mitmproxy import connection, tls
from mitmproxy.proxy.mode_specs import ReverseMode

from dlp_proxy.pipeline.discovery import LONG_LIVED_SECONDS, Tally, ai_pattern, host_name, observed_records
from dlp_proxy.proxy.flush_timer import FlushTimer

if TYPE_CHECKING:
    from dlp_proxy.proxy.state import State

logger = logging.getLogger(__name__)

OPTION: Final = "dlp_discovery_flush_s"
DEFAULT_FLUSH_SECONDS: Final = 600
MAX_OPEN: Final = 10_000  # tunnels whose duration is followed at once; beyond, only counted


def tunnel_name(data: tls.ClientHelloData) -> str | None:
    """The name a tunnelled connection is for: the SNI, else the CONNECT target; a reverse
    gateway's fixed upstream (its clients name the gateway)."""
    mode = data.context.client.proxy_mode
    if isinstance(mode, ReverseMode):
        return str(mode.address[0])
    if data.client_hello.sni:
        return str(data.client_hello.sni)
    return str(data.context.server.address[0]) if data.context.server.address else None


class Discovery(FlushTimer):
    """A sub-addon of the DLP addon (mitmproxy calls the hooks of an addon's `addons`): the option,
    the flush timer and the end of tunnels. The DLP addon calls `tunnelled` for each connection it
    leaves undecrypted and `flush` before it closes the log at shutdown."""

    OPTION = OPTION
    DEFAULT_SECONDS = DEFAULT_FLUSH_SECONDS
    HELP = (
        "Seconds between writes of the names of tunnelled hosts that look like AI services "
        "('observed' records, counts only); 0 turns this discovery off."
    )
    RECORDS = "observed"

    def __init__(self, state: Callable[[], State | None]) -> None:
        super().__init__()
        self._state = state  # the DLP addon's current state: its policy and its decision log
        self.tally = Tally()
        self._open: dict[str, tuple[str, str, float]] = {}  # client connection id -> host, pattern, start

    # --- mitmproxy hooks -----------------------------------------------------------------

    def done(self) -> None:
        self.stop_timer()

    def client_disconnected(self, client: connection.Client) -> None:
        opened = self._open.pop(client.id, None)
        if opened is not None and time.monotonic() - opened[2] >= LONG_LIVED_SECONDS:
            self.tally.closed_long(opened[0], opened[1], time.time())

    # --- called by the DLP addon -----------------------------------------------------------

    def tunnelled(self, data: tls.ClientHelloData) -> None:
        """Count a connection left undecrypted when its name looks like an AI service's."""
        state = self._state()
        if state is None or self._every <= 0:
            return
        host = host_name(tunnel_name(data))
        if host is None or state.policy.intercepts(host):
            return
        pattern = ai_pattern(host)
        if pattern is None:
            return
        self.tally.connected(host, pattern, time.time())
        if len(self._open) < MAX_OPEN:
            self._open[data.context.client.id] = (host, pattern, time.monotonic())

    def flush(self) -> None:
        """Hand the counts so far to the log (at shutdown, before the log closes and writes them)."""
        _, submitted = self._submit()
        said = threading.Event()  # one error line, not one per name

        def written(future: Future[None]) -> None:  # runs in the log's writer thread
            if future.exception() is not None and not said.is_set():
                said.set()
                logger.error("dlp-proxy: observed records could not be written at shutdown; their counts are lost")

        for _, future in submitted:
            future.add_done_callback(written)

    async def flush_now(self) -> int:
        """Write the counts so far; names whose records fail are counted again in the next
        flush. How many records were written."""
        taken, submitted = self._submit()
        results = await asyncio.gather(*(asyncio.wrap_future(f) for _, f in submitted), return_exceptions=True)
        failed = {host for (host, _), res in zip(submitted, results, strict=True) if isinstance(res, BaseException)}
        if failed:
            logger.error("dlp-proxy: %d observed record(s) not written; kept for the next flush", len(failed))
            self.tally.merge(taken.only(failed))
        return len(submitted) - len(failed)

    def _submit(self) -> tuple[Tally, list[tuple[str, Future[None]]]]:
        """The counts since the last flush as `observed` records, each handed to the log's writer
        thread (the event loop never waits for the disk). Nothing without a loaded policy."""
        state = self._state()
        if state is None or not self.tally:
            return Tally(), []
        taken = self.tally.take()
        return taken, [(r["host"], state.log.submit(r)) for r in observed_records(taken, state.policy.version)]
