"""The mitmproxy side of adapter drift (the logic: dlp_proxy.pipeline.drift): counts requests the
tool's adapter could not read, unknown endpoints that carried a body and answers whose shape the
notice injector or restorer did not expect; each goes to the `dlp_adapter_drift_total` counter at
once and, per endpoint, into `drift` records of the decision log every `dlp_drift_flush_s` seconds
and at shutdown, for `dlp-proxy report`.

An addon of its own, placed before the DLP addon (dlp_proxy/proxy/addon.py): its `done` hook then
writes the last counts while the log is still open. Requests are counted from the decision records
the DLP addon hands to its metrics (every request, message and refusal passes there); answers in
`responseheaders` (the shape) and `response` (a restorer that gave up on the stream, marked in the
flow's metadata by dlp_proxy.proxy.answers).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, Final

from mitmproxy import http

from dlp_proxy.pipeline.drift import DriftTally, Key, Seen, answer_drift, drift_record, endpoint_pattern, request_drift
from dlp_proxy.pipeline.hosts import identify_host
from dlp_proxy.proxy.flows import host_names
from dlp_proxy.proxy.flush_timer import FlushTimer
from dlp_proxy.respond.restore import Restorer, streamer_for

if TYPE_CHECKING:
    from dlp_proxy.proxy.interceptor import DlpAddon

logger = logging.getLogger(__name__)

OPTION: Final = "dlp_drift_flush_s"
DEFAULT_FLUSH_SECONDS: Final = 600
META: Final = "dlp"  # the DLP addon's per-flow state (dlp_proxy.proxy.interceptor.META)
# The adapter named for a request on a shared host's path no tool owns: it passed unread.
UNJUDGED: Final = "unjudged"
GAVE_UP: Final = "answer_gave_up"  # set in META by dlp_proxy.proxy.answers when a restorer gave up
# Actions whose answer is the proxy's own (a notice, the block page), not the app's: mitmproxy runs
# `responseheaders` for those too.
OWN_ANSWER: Final = frozenset({"block", "warn"})


class DriftAddon(FlushTimer):
    """Counts drift for the DLP addon `dlp`: its state (policy, log) and its metrics."""

    OPTION = OPTION
    DEFAULT_SECONDS = DEFAULT_FLUSH_SECONDS
    HELP = (
        "Seconds between writes of adapter drift counts ('drift' records: requests an app's adapter "
        "could not read, unknown endpoints, unexpected answers); 0: counted in /metrics only."
    )
    RECORDS = "drift"

    def __init__(self, dlp: DlpAddon) -> None:
        super().__init__()
        self._dlp = dlp
        self.tally = DriftTally()
        self._adapters: tuple[object, dict[str, str]] = (None, {})  # policy -> {tool id: adapter}
        dlp.metrics.watch(self.judged)

    # --- mitmproxy hooks -----------------------------------------------------------------

    def done(self) -> None:
        self.stop_timer()
        self._submit()  # before the DLP addon's done closes the log (this addon comes first)

    def request(self, flow: http.HTTPFlow) -> None:
        """A request with a body on a path of a shared host that no tool owns (`host_paths`): it
        passes unjudged, by the policy's choice. Counted as an unknown endpoint of the host's tool
        (adapter UNJUDGED), so an app that moves its uploads to a new path there shows in adapter
        health instead of going unseen."""
        state = self._dlp.state
        if state is None or flow.response is not None or not flow.request.raw_content:
            return
        identity = identify_host(state.policy, host_names(flow), flow.request.path)
        if identity.tool is not None or not identity.host or not state.policy.intercepts(identity.host):
            return
        owner = state.policy.tool_for_host(identity.host)
        if owner is not None:
            where = endpoint_pattern(flow.request.method, identity.host, flow.request.path)
            self.count(owner.id, UNJUDGED, "unknown_endpoint", where)

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        meta: dict[str, Any] | None = flow.metadata.get(META)
        response = flow.response
        if meta is None or response is None or meta.get("action") in OWN_ANSWER:
            return
        adapter = str(meta.get("adapter") or "")
        content_type = response.headers.get("content-type", "")
        readable = streamer_for(content_type, Restorer({}), adapter) is not None
        if answer_drift(
            response.status_code,
            content_type,
            expects_stream=bool(meta.get("stream")),
            readable=readable,
            note=meta.get("answer_prefix") is not None,
            restoring=bool(meta.get("restore")),
        ):
            meta[GAVE_UP] = "counted"  # one count per answer
            self._answer(flow, adapter)

    def response(self, flow: http.HTTPFlow) -> None:
        meta: dict[str, Any] | None = flow.metadata.get(META)
        if meta is not None and meta.get(GAVE_UP) is True:
            meta[GAVE_UP] = "counted"
            self._answer(flow, str(meta.get("adapter") or ""))

    # --- counting ----------------------------------------------------------------------------

    def judged(self, record: Mapping[str, Any]) -> None:
        """Count the drift one decision record shows (called by DlpMetrics.decision, after the
        request was acted on and logged: counting never fails a request)."""
        try:
            self._judged(record)
        except Exception:
            logger.exception("dlp-proxy: counting adapter drift crashed")

    def _judged(self, record: Mapping[str, Any]) -> None:
        state = self._dlp.state
        tool = record.get("tool")
        if state is None or not isinstance(tool, str):
            return
        if self._adapters[0] is not state.policy:
            policy = state.policy  # the bundled services first: the organisation's tools override them
            self._adapters = (policy, {t.id: t.adapter for t in (*policy.bundled, *policy.tools)})
        kind = request_drift(self._adapters[1].get(tool, ""), record)
        if kind is not None:
            where = endpoint_pattern(str(record.get("method")), str(record.get("host")), str(record.get("path")))
            self.count(tool, str(record.get("adapter")), kind, where)

    def _answer(self, flow: http.HTTPFlow, adapter: str) -> None:
        state = self._dlp.state
        if state is None:
            return
        tool = identify_host(state.policy, host_names(flow), flow.request.path).tool
        if tool is not None:
            where = endpoint_pattern(flow.request.method, flow.request.host, flow.request.path)
            self.count(tool.id, adapter or tool.adapter, "answer_shape", where)

    def count(self, tool: str, adapter: str, kind: str, endpoint: str) -> None:
        self._dlp.metrics.drift(tool, adapter, kind)
        if self._every > 0:
            self.tally.count(tool, adapter, kind, endpoint, time.time())

    # --- records -------------------------------------------------------------------------

    def _submit(self) -> list[tuple[Key, str, Seen, Future[None]]]:
        """The counts since the last flush as `drift` records, each handed to the log's writer thread."""
        state = self._dlp.state
        if state is None or not self.tally:
            return []
        version = state.policy.version
        return [(k, e, s, state.log.submit(drift_record(k, e, s, version))) for k, e, s in self.tally.take().rows()]

    async def flush_now(self) -> int:
        """Write the counts so far; rows whose records fail are counted again in the next flush.
        How many records were written."""
        submitted = self._submit()
        results = await asyncio.gather(*(asyncio.wrap_future(f) for *_, f in submitted), return_exceptions=True)
        failed = [(k, e, s) for (k, e, s, _), r in zip(submitted, results, strict=True) if isinstance(r, BaseException)]
        if failed:
            logger.error("dlp-proxy: %d drift record(s) not written; kept for the next flush", len(failed))
            for row in failed:
                self.tally.restore(*row)
        return len(submitted) - len(failed)
