"""The mitmproxy addon class: a thin orchestrator of find tool -> extract -> detect -> decide -> act -> audit."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable
from typing import Any

from mitmproxy import ctx, exceptions, http, tls
from mitmproxy.addonmanager import Loader

from dlp_proxy.adapters import WEBSOCKET, RequestView
from dlp_proxy.admin import DlpMetrics
from dlp_proxy.admin.metrics import measure_loop_lag
from dlp_proxy.errors import DlpError
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.body import BodyError
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.hosts import identify_host
from dlp_proxy.pipeline.inspection import Verdict, inspect
from dlp_proxy.policy import Tool
from dlp_proxy.portal import decisions
from dlp_proxy.proxy import discovery, websocket_frames
from dlp_proxy.proxy.addon_options import declare_options
from dlp_proxy.proxy.answers import last_resort, shape_answer
from dlp_proxy.proxy.body_limits import bound_answer, cap_request_body, close_client, declared_length, read_bound
from dlp_proxy.proxy.flows import apply_masks, decoded_body, decrypts, flow_identity, host_names, request_headers
from dlp_proxy.proxy.reloading import reload_if_changed
from dlp_proxy.proxy.restoring import restore_server_message, restore_whole, restorer_of
from dlp_proxy.proxy.state import Options, State, build_state, vault_for, vault_use
from dlp_proxy.respond.justify import Justifier
from dlp_proxy.respond.notices import LAST_RESORT, pick_language
from dlp_proxy.respond.vault import Vault

logger = logging.getLogger(__name__)

META = "dlp"  # flow.metadata key of this addon's per-flow state
LAG_TICK_SECONDS = 0.02  # the event-loop lag timer (dlp_event_loop_lag_seconds)


class DlpAddon:
    def __init__(self) -> None:
        self.state: State | None = None
        self.justifier = Justifier()
        self.vault: Vault | None = None  # pseudonymised values; outlives policy reloads
        self._watcher: asyncio.Task[None] | None = None
        self.metrics = DlpMetrics()  # served on the admin port (dlp_proxy.admin)
        self._lag_monitor: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # records of bodies refused while being read
        self.discovery = discovery.Discovery(lambda: self.state)  # AI-looking names of untouched tunnels, counted
        self.decisions = decisions.from_env()  # what the portal's decision pages show (dlp_proxy.portal)
        self.addons = [self.discovery]  # mitmproxy calls its hooks too (its option, timer, disconnects)
        self.metrics.bind(
            workers=lambda: len(self.state.scanner.pids()) if self.state else 0,
            replacements=lambda: self.state.scanner.replaced if self.state else 0,
            commits=lambda: self.state.log.groups if self.state else 0,
        )

    def load(self, loader: Loader) -> None:
        declare_options(loader)

    def configure(self, updated: set[str]) -> None:
        if not any(name.startswith("dlp_") and name not in ("dlp_reload_ms", discovery.OPTION) for name in updated):
            if self.state is not None:
                return
        opts = ctx.options
        options = Options(
            policy=opts.dlp_policy,
            audit_log=opts.dlp_audit_log,
            nlp_config=opts.dlp_nlp_config,
            workers=opts.dlp_workers,
            audit_max_mb=opts.dlp_audit_max_mb,
            audit_daily=opts.dlp_audit_daily,
        )
        try:
            state = build_state(options, self.state)
        except (DlpError, OSError) as e:
            raise exceptions.OptionsError(f"dlp-proxy: {e}") from e  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
        policy = state.policy
        self.vault = vault_for(policy, self.vault)
        old, self.state = self.state, state
        if old is not None:
            old.log.close()
            old.scanner.close()
        logger.info(
            "dlp-proxy: policy %s loaded from %s (%d tools, %d rules)",
            policy.version,
            opts.dlp_policy,
            len(policy.tools),
            len(policy.rules),
        )

    def running(self) -> None:
        if self.state is None:
            # mitmproxy can start without ever configuring us (an option it could not apply,
            # e.g. one given twice); a proxy without its policy would pass every prompt.
            try:
                self.configure({"dlp_policy"})
            except Exception:
                logger.critical("dlp-proxy: policy and detection not loaded; refusing to run without them")
                ctx.master.shutdown()  # type: ignore[no-untyped-call]
                return
        # Everything loaded so far lives as long as the process: out of the collector's sight, a
        # full collection no longer walks it, which otherwise stalls every connection for tens of ms.
        gc.freeze()
        loop = asyncio.get_running_loop()
        if self._watcher is None and ctx.options.dlp_reload_ms > 0:
            self._watcher = loop.create_task(self._watch())
        if self._lag_monitor is None:
            self._lag_monitor = loop.create_task(measure_loop_lag(self.metrics.lag, LAG_TICK_SECONDS))

    def done(self) -> None:
        for task in (self._watcher, self._lag_monitor):
            if task is not None:
                task.cancel()
        if self.state is not None:
            self.discovery.flush()  # the counts so far, before the log closes (and writes them)
            self.state.log.close()
            self.state.scanner.terminate()

    # --- hot reload -------------------------------------------------------------------

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(ctx.options.dlp_reload_ms / 1000)
            try:
                await self.reload_if_changed()
            except Exception:  # the watcher must survive anything a reload throws
                self.metrics.reload("crashed")
                logger.exception("dlp-proxy: policy reload crashed; keeping the running policy")

    async def reload_if_changed(self) -> bool:
        """Load edited policy files; an invalid edit keeps the running policy. True when swapped."""
        return await reload_if_changed(self)

    # --- interception -------------------------------------------------------------------

    def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Decrypt only AI tool hosts (by SNI or CONNECT target); everything else is tunnelled untouched."""
        if self.state is None or not decrypts(self.state.policy, data):
            data.ignore_connection = True
            self.discovery.tunnelled(data)

    # --- requests -----------------------------------------------------------------------

    async def requestheaders(self, flow: http.HTTPFlow) -> None:
        """Bound what is held of a request body to a catalogue host (dlp_proxy.proxy.body_limits):
        one declared larger than that is refused before it is read, one that grows past it
        (chunked) when it does. Nothing of either reaches the upstream."""
        state = self.state
        if flow.response or flow.error or not flow.live or state is None:
            return
        tool = identify_host(state.policy, host_names(flow), flow.request.path).tool
        if tool is None:
            return
        bound = read_bound(state.policy.settings.max_body_bytes)
        if (declared_length(flow.request.headers) or 0) > bound:
            flow.kill()  # type: ignore[no-untyped-call]  # HTTP/1: the connection closes; HTTP/2: the stream resets
            await self._too_large(state, tool, flow)
            return

        def overflowed() -> None:  # in mitmproxy's reading of the body: refuse now, record after
            flow.kill()  # type: ignore[no-untyped-call]  # takes effect at the end of the body
            if flow.request.http_version.startswith("HTTP/1"):  # one exchange at a time: close it
                close_client(flow)
            task = asyncio.get_running_loop().create_task(self._too_large(state, tool, flow))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

        if not cap_request_body(flow, bound, overflowed):
            logger.warning("dlp-proxy: cannot bound a request body (mitmproxy internals changed?)")

    async def _too_large(self, state: State, tool: Tool, flow: http.HTTPFlow) -> None:
        """The record of a body refused unread: blocked whatever the fail mode (it is not held)."""
        try:
            verdict = await self._inspect(state, tool, flow, refused="body_too_large")
        except Exception:
            logger.exception("dlp-proxy: recording a refused large body crashed")
            self.metrics.error("inspection_crash")
            return
        await self._write(state, verdict, "request (too large, refused)", lambda: None)
        self.metrics.decision(verdict.record)

    async def request(self, flow: http.HTTPFlow) -> None:
        if flow.response or flow.error or not flow.live:
            return
        state = self.state
        if state is None:
            return
        identity = identify_host(state.policy, host_names(flow), flow.request.path)
        tool = identity.tool
        if tool is None:
            return
        verdict = await self._judge(state, tool, flow, refused="host_mismatch" if identity.mismatch else None)
        if verdict is None:
            flow.response = last_resort()
            return
        flow.metadata[META] = {
            "decision_id": verdict.decision_id,
            "action": verdict.action,
            "notice": verdict.notice,
            "stream": verdict.stream,
            "answer_prefix": verdict.answer_prefix,
            "restore": verdict.restore,  # placeholder -> value, for the answer; never logged
            "adapter": tool.adapter,
        }
        # Act first, so that nothing below can let a blocked request through...
        if verdict.response is not None:
            r = verdict.response
            flow.response = http.Response.make(r.status, r.body, r.headers)
        else:
            apply_masks(flow, verdict)
        # ...then write the record; the request leaves only after this hook returns.
        await self._write(
            state, verdict, "request", lambda: setattr(flow, "response", last_resort(verdict.decision_id))
        )
        self.metrics.decision(verdict.record)  # last: after the request is acted on and logged

    async def _judge(
        self, state: State, tool: Tool, flow: http.HTTPFlow, message: bytes | None = None, refused: str | None = None
    ) -> Verdict | None:
        """The pipeline's verdict; when it crashes, the fail mode's (internal_error); None when that
        crashes too. Never forward a request or message the pipeline could not judge."""
        try:
            return await self._inspect(state, tool, flow, message=message, refused=refused)
        except Exception:
            logger.exception("dlp-proxy: inspection crashed; failing closed")
            self.metrics.error("inspection_crash")
        try:
            return await self._inspect(state, tool, flow, failed="internal_error", message=message)
        except Exception:
            logger.exception("dlp-proxy: fail-closed path crashed too; refused without a decision")
            self.metrics.error("fail_closed_crash")
            return None

    async def _write(self, state: State, verdict: Verdict, what: str, refuse: Callable[[], None]) -> bool:
        """Write the decision record and wait until it is on disk (the log's writer thread commits
        records in groups; the event loop serves other connections meanwhile). When the log
        cannot be written and the audit fail mode is block, `refuse` stops the request or message
        first, and the answer is False."""
        # The log in force now: a configure() while this request was scanned closed `state.log`.
        log = self.state.log if self.state is not None else state.log
        try:
            await log.commit(verdict.record)
            self.decisions.remember(verdict.record)  # never raises, never waits
            return True
        except Exception:
            block = state.policy.settings.audit_fail_mode == "block"
            if block:
                refuse()  # before anything else can fail
            outcome = "not sent" if block else "NOT LOGGED"
            logger.exception("dlp-proxy: decision log not writable; %s %s %s", what, verdict.decision_id, outcome)
            self.metrics.error("audit_write_failed")
            return not block

    async def _inspect(
        self,
        state: State,
        tool: Tool,
        flow: http.HTTPFlow,
        failed: str | None = None,
        message: bytes | None = None,
        refused: str | None = None,
    ) -> Verdict:
        """Judge the request, or with `message` one client WebSocket message on its socket.

        `refused` blocks it whatever the policy says (a host mismatch), with that reason."""
        policy = state.policy
        body = b""
        if failed is None and refused is None and message is not None:
            body = message
        elif failed is None and refused is None:
            try:  # every member and layer, bounded while decoding, exactly as the vendor will read it
                body = await decoded_body(flow.request, policy.settings.max_body_bytes)
            except BodyError as e:
                failed = e.reason
        headers = request_headers(flow.request)
        lang = pick_language(headers.get("accept-language"), policy.settings.default_language)
        user, source, client = flow_identity(policy, flow, headers)
        if policy.identity.trusted_header:  # never pass the identity header upstream
            flow.request.headers.pop(policy.identity.trusted_header, None)

        async def scan(text: str) -> list[Finding]:
            return await asyncio.wait_for(state.scanner.scan(text), timeout=policy.settings.detection_timeout_seconds)

        method = WEBSOCKET if message is not None else flow.request.method
        context = RequestContext(
            RequestView(method, flow.request.host, flow.request.path, headers, body),
            policy,
            tool,
            lang,
            user=user,
            client_address=client,
            identity_source=source,
            evidence_key=state.evidence_key,
            pseudonym_key=state.pseudonym_key,
            failure=Failure(refused, refused=True) if refused else Failure(failed) if failed else None,
        )
        vault = vault_use(self.vault, policy, user, tool)
        return await inspect(context, scan, self.justifier, vault, ocr=state.scanner.ocr)  # OCR in the workers too

    # --- WebSocket messages -------------------------------------------------------------

    def websocket_start(self, flow: http.HTTPFlow) -> None:
        state = self.state
        tool = identify_host(state.policy, host_names(flow), flow.request.path).tool if state is not None else None
        if tool is not None:  # the path without its query string: tokens travel there
            route = flow.request.path.split("?", 1)[0]
            host = flow.request.host
            logger.info("dlp-proxy: WebSocket to %s opened (%s%s); client messages are inspected", tool.id, host, route)

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        """Judge each client message on a catalogue host like a request; server messages pass."""
        state = self.state
        if state is None or flow.websocket is None or not flow.live:
            return
        message = flow.websocket.messages[-1]
        if not message.from_client and not message.injected:  # pseudonymised values back in the answer
            self._to_client(flow, restore_server_message(flow, message))
        if not message.from_client or message.injected:
            return
        tool = identify_host(state.policy, host_names(flow), flow.request.path).tool
        if tool is None:
            return
        headers = dict(flow.request.headers.items())  # type: ignore[no-untyped-call]  # mitmproxy Headers
        view = websocket_frames.message_view(flow.request.host, flow.request.path, headers, message.content)
        if not websocket_frames.is_prompt(tool.adapter, view):
            await self._check_quiet_message(state, tool, flow, message)
            return

        def refuse(decision_id: str) -> None:
            message.drop()  # type: ignore[no-untyped-call]  # mitmproxy WebSocketMessage
            notice = f"{LAST_RESORT} ({decision_id})"
            self._to_client(flow, websocket_frames.notices(tool.adapter, view, notice, decision_id))

        verdict = await self._judge(state, tool, flow, message=message.content)
        if verdict is None:
            refuse("-")
            return
        restorer_of(flow).learn(verdict.restore)
        plan = websocket_frames.plan(verdict, tool.adapter, view)
        # Act first, as for requests; the message leaves only after this hook returns.
        if plan.drop:
            message.drop()  # type: ignore[no-untyped-call]  # mitmproxy WebSocketMessage
        elif plan.content is not None:
            message.content = plan.content
        if plan.write_record:
            if not await self._write(state, verdict, "message", lambda: refuse(verdict.decision_id)):
                return
            self.metrics.decision(verdict.record)
        self._to_client(flow, plan.notices)

    async def _check_quiet_message(self, state: State, tool: Tool, flow: http.HTTPFlow, message: Any) -> None:
        """A keep-alive or options message passes without a record, unless data rides along in it
        (closed world: a "ping" with an extra field is scanned like any message); then it is dropped
        and logged. One whose scan crashes follows the fail mode (block: dropped)."""
        try:
            verdict = await self._inspect(state, tool, flow, message=message.content)
        except Exception as e:  # the fail mode decides (the error's text may quote the message: not logged)
            closed = state.policy.fail_mode(tool) == "block"
            logger.error(
                "dlp-proxy: a quiet WebSocket message crashed its scan (%s); %s",
                type(e).__name__,
                "dropped" if closed else "passed",
            )
            self.metrics.error("inspection_crash")
            if closed:
                message.drop()
            return
        if not verdict.decision.findings or verdict.action == "allow":
            return
        message.drop()
        await self._write(state, verdict, "quiet message (dropped)", lambda: None)
        self.metrics.decision(verdict.record)

    def _to_client(self, flow: http.HTTPFlow, messages: tuple[str | bytes, ...]) -> None:
        """Send messages to the client; they queue behind the running hook, so they follow the drop."""
        for m in messages:
            data, is_text = (m.encode("utf-8"), True) if isinstance(m, str) else (m, False)
            ctx.master.commands.call("inject.websocket", flow, True, data, is_text)

    # --- responses ----------------------------------------------------------------------

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        meta: dict[str, Any] | None = flow.metadata.get(META)
        if meta is not None and flow.response is not None:
            shape_answer(flow.response, meta, client_http1=flow.request.http_version == "HTTP/1.1")
            bound_answer(flow.response, meta.get("restore") or {})

    def response(self, flow: http.HTTPFlow) -> None:
        meta: dict[str, Any] | None = flow.metadata.get(META)
        if meta is not None and meta.get("restore") and flow.response is not None and not flow.response.stream:
            restore_whole(flow.response, meta["restore"])
