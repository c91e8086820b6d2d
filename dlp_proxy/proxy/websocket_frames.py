"""WebSocket messages through the pipeline, without mitmproxy types: which client messages are
judged, and what happens to one after its verdict (pass, replace, or drop and answer).

A client message is judged like a request: a RequestView whose method is WEBSOCKET, with the
handshake's host, path and headers and the message as its body, goes through
`dlp_proxy.pipeline.inspection.inspect` (same adapters, rules, fail mode and decision record). The tool's
adapter reads it when it has the WebSocketAdapter capability and knows the socket's path;
otherwise the generic fallback reads every string of a JSON or text message, and a binary
message it cannot read follows the fail mode.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from dlp_proxy.adapters import ADAPTERS, WEBSOCKET, RequestView, WebSocketAdapter
from dlp_proxy.pipeline.inspection import Verdict
from dlp_proxy.respond.notices import LAST_RESORT

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MessagePlan:
    """What to do with one client message after its verdict."""

    drop: bool  # never reaches the server
    content: bytes | None  # replaces the message (masked, or a DLP-OK line removed)
    notices: tuple[str | bytes, ...]  # sent to the client, in order (str: text message)
    write_record: bool


def message_view(host: str, path: str, headers: Mapping[str, str], content: bytes) -> RequestView:
    """One client message as the adapters see it; header names lower-case as for requests."""
    return RequestView(WEBSOCKET, host, path, {k.lower(): v for k, v in headers.items()}, content)


def _socket_adapter(adapter_name: str, message: RequestView) -> WebSocketAdapter | None:
    adapter = ADAPTERS.get(adapter_name)
    if isinstance(adapter, WebSocketAdapter) and adapter.handles(message):
        return adapter
    return None


def is_prompt(adapter_name: str, message: RequestView) -> bool:
    """Whether a client message is judged; other messages pass without a decision record."""
    adapter = _socket_adapter(adapter_name, message)
    if adapter is not None:
        return adapter.is_prompt_message(message)
    return bool(message.body.strip())  # the generic fallback judges every non-empty message


def notices(adapter_name: str, message: RequestView, notice: str, decision_id: str) -> tuple[str | bytes, ...]:
    """The notice in the socket's own message shape; none for a socket no adapter knows."""
    adapter = _socket_adapter(adapter_name, message)
    if adapter is None:
        return ()
    try:
        return tuple(adapter.notice_messages(message, notice, decision_id))
    except Exception:  # a notice is a courtesy: the message is dropped either way
        logger.exception("dlp-proxy: could not build the WebSocket notice for decision %s", decision_id)
        return ()


def plan(verdict: Verdict, adapter_name: str, message: RequestView) -> MessagePlan:
    """Pass, replace, or drop and answer; and whether the decision is worth a record.

    Every message an adapter recognises as a prompt gets a record. Through the generic
    fallback every message is judged, keep-alives included, so a plain allow with nothing
    found is not recorded there: the log keeps one line per prompt, not one per ping.
    """
    decision = verdict.decision
    if verdict.action in ("block", "warn"):
        text = verdict.notice or LAST_RESORT
        return MessagePlan(True, None, notices(adapter_name, message, text, verdict.decision_id), True)
    quiet = (
        _socket_adapter(adapter_name, message) is None
        and not decision.findings
        and not decision.detection_failed
        and (decision.would_action or decision.action) == "allow"
    )
    return MessagePlan(False, verdict.new_body, (), not quiet)
