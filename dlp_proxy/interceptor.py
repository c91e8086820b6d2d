"""The mitmproxy addon class: a thin orchestrator of find tool -> extract -> detect -> decide -> act -> audit."""

from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from mitmproxy import ctx, exceptions, http, tls
from mitmproxy.addonmanager import Loader

from dlp_proxy.adapters import RequestView
from dlp_proxy.audit import DecisionLog
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.detection.nlp import load_pipeline_config
from dlp_proxy.errors import DetectorError, DlpError
from dlp_proxy.findings import Finding
from dlp_proxy.inspection import Verdict, inspect
from dlp_proxy.notices import pick_language
from dlp_proxy.policy import Policy, Tool, load_policy

logger = logging.getLogger(__name__)

META = "dlp"  # flow.metadata key of this addon's per-flow state


@dataclass
class _State:
    """Everything derived from options; built whole, then swapped in."""

    policy: Policy
    detector: PresidioDetector
    log: DecisionLog
    executor: ThreadPoolExecutor


class DlpAddon:
    def __init__(self) -> None:
        self.state: _State | None = None

    def load(self, loader: Loader) -> None:
        loader.add_option("dlp_policy", str, "rules", "Policy folder or file (tool catalogue, data classes, rules).")
        loader.add_option(
            "dlp_audit_log", str, "logs/decisions.jsonl", "Decision log (JSON lines); '-' writes to stderr."
        )
        loader.add_option(
            "dlp_nlp_config", str, "", "spaCy pipelines per language (models/nlp.yaml); empty: built-in default."
        )
        loader.add_option("dlp_workers", int, 2, "Threads that run detection off the event loop.")

    def configure(self, updated: set[str]) -> None:
        if not any(name.startswith("dlp_") for name in updated) and self.state is not None:
            return
        opts = ctx.options
        try:
            policy = load_policy(opts.dlp_policy)
            detector = build_detector(policy, load_pipeline_config(opts.dlp_nlp_config or None)).load()
            log = DecisionLog(opts.dlp_audit_log)
        except (DlpError, OSError) as e:
            raise exceptions.OptionsError(f"dlp-proxy: {e}") from e
        old, self.state = self.state, _State(policy, detector, log, ThreadPoolExecutor(max(1, opts.dlp_workers)))
        if old is not None:
            old.log.close()
            old.executor.shutdown(wait=False)
        logger.info(
            "dlp-proxy: policy %s loaded from %s (%d tools, %d rules)",
            policy.version,
            opts.dlp_policy,
            len(policy.tools),
            len(policy.rules),
        )

    def done(self) -> None:
        if self.state is not None:
            self.state.log.close()
            self.state.executor.shutdown(wait=False)

    # --- interception -------------------------------------------------------------

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Decrypt only AI tool hosts; everything else is tunnelled untouched."""
        host = data.client_hello.sni
        if not host and data.context.server.address:
            host = data.context.server.address[0]
        if self.state is None or not host or not self.state.policy.intercepts(host):
            data.ignore_connection = True

    # --- requests -----------------------------------------------------------------

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        state = self.state
        if state is None:
            return
        tool = state.policy.tool_for(flow.request.host, flow.request.path)
        if tool is None:
            return
        try:
            verdict = await self._inspect(state, tool, flow)
        except Exception:  # never forward a request the pipeline could not judge
            logger.exception("dlp-proxy: inspection crashed; failing closed")
            verdict = await self._crash_verdict(state, tool, flow)
        if not flow.request.raw_content and verdict.action == "allow":
            return  # a body-less allowed request (page, asset) is not an inspection
        state.log.write(verdict.record)
        flow.metadata[META] = {"decision_id": verdict.decision_id, "action": verdict.action, "notice": verdict.notice}
        if verdict.response is not None:
            r = verdict.response
            flow.response = http.Response.make(r.status, r.body, r.headers)
        elif verdict.new_body is not None:
            flow.request.content = verdict.new_body

    def _view(self, flow: http.HTTPFlow, body: bytes) -> RequestView:
        return RequestView(
            method=flow.request.method,
            host=flow.request.host,
            path=flow.request.path,
            headers={k.lower(): v for k, v in flow.request.headers.items()},
            body=body,
        )

    async def _inspect(self, state: _State, tool: Tool, flow: http.HTTPFlow) -> Verdict:
        policy = state.policy
        try:
            body = flow.request.get_content(strict=True) or b""
        except ValueError:
            body = b"\x00\xff"  # undecodable content-encoding: the adapter will refuse it
        lang = pick_language(flow.request.headers.get("accept-language"), policy.settings.default_language)
        client = flow.client_conn.peername[0] if flow.client_conn.peername else "unknown"
        loop = asyncio.get_running_loop()

        async def scan(text: str) -> list[Finding]:
            fut = loop.run_in_executor(state.executor, state.detector.scan, text)
            return await asyncio.wait_for(fut, timeout=policy.settings.detection_timeout_seconds)

        return await inspect(
            self._view(flow, body), policy=policy, tool=tool, scan=scan, client_address=client, user=client, language=lang
        )

    async def _crash_verdict(self, state: _State, tool: Tool, flow: http.HTTPFlow) -> Verdict:
        async def never(text: str) -> list[Finding]:
            raise DetectorError("not scanned")

        lang = pick_language(flow.request.headers.get("accept-language"), state.policy.settings.default_language)
        client = flow.client_conn.peername[0] if flow.client_conn.peername else "unknown"
        view = self._view(flow, b"")
        return await inspect(
            view,
            policy=state.policy,
            tool=tool,
            scan=never,
            client_address=client,
            user=client,
            language=lang,
            failed="internal_error",
        )

    # --- responses ----------------------------------------------------------------

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        meta: dict[str, Any] | None = flow.metadata.get(META)
        if meta is None or flow.response is None:
            return
        if "text/event-stream" in flow.response.headers.get("content-type", ""):
            # Pass server-sent events through chunk by chunk instead of buffering the answer.
            flow.response.stream = True
        if meta["action"] == "redact":
            flow.response.headers["x-dlp-decision-id"] = meta["decision_id"]
            flow.response.headers["x-dlp-action"] = "redact"
            if meta.get("notice"):
                flow.response.headers["x-dlp-notice"] = meta["notice"].encode("ascii", "replace").decode("ascii")

