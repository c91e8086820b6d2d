"""Adapter drift through mitmproxy's test harness (dlp_proxy.proxy.drift): decision records handed
to the metrics are counted per app, kind and endpoint; answers whose shape the notice injector or
restorer cannot use are counted once; the counts reach /metrics at once and the log as `drift`
records on the timer and at shutdown."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock

import pytest
from mitmproxy import exceptions, http
from mitmproxy.test import taddons, tflow

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.chain import verify
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.proxy.answers import shape_answer
from dlp_proxy.proxy.drift import GAVE_UP, DriftAddon
from dlp_proxy.proxy.interceptor import DlpAddon
from dlp_proxy.respond import restore
from tests.paths import TEST_POLICY

CONVERSATION = "/backend-api/conversation"


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(TEST_POLICY)


def setup(policy: Policy, log: DecisionLog) -> tuple[DlpAddon, DriftAddon]:
    dlp = DlpAddon()
    scanner = mock.Mock(pids=lambda: [], replaced=0)
    dlp.state = SimpleNamespace(policy=policy, log=log, scanner=scanner)  # type: ignore[assignment]
    return dlp, DriftAddon(dlp)


def sample(dlp: DlpAddon, tool: str, adapter: str, kind: str) -> float | None:
    labels = {"tool": tool, "adapter": adapter, "kind": kind}
    return dlp.metrics.registry.get_sample_value("dlp_adapter_drift_total", labels)


def decision(
    adapter: str, endpoint: str, path: str, reason: str | None = None, tool: str = "chatgpt"
) -> dict[str, Any]:
    return {"tool": tool, "action": "allow", "adapter": adapter, "endpoint": endpoint, "fail_reason": reason,
            "method": "POST", "host": "chatgpt.com", "path": path}  # fmt: skip


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_decisions_are_counted_per_app_kind_and_endpoint(policy: Policy, tmp_path: Path) -> None:
    dlp, drift = setup(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    dlp.metrics.decision(decision("chatgpt_web", "conversation", CONVERSATION))  # fine: nothing
    dlp.metrics.decision(decision("chatgpt_web", "unknown", CONVERSATION, "unreadable_body"))
    dlp.metrics.decision(decision("generic", "generic.json", "/backend-api/user_system_messages"))
    dlp.metrics.decision(decision("generic", "generic.json", "/backend-api/gizmos/g-123abc/upsert"))
    dlp.metrics.decision(decision("generic", "generic.json", "/backend-api/gizmos/g-456def/upsert"))
    dlp.metrics.decision(decision("generic", "generic.json", "/x", tool="notebooklm"))  # a generic tool: no drift
    assert sample(dlp, "chatgpt", "chatgpt_web", "unparsed") == 1
    assert sample(dlp, "chatgpt", "generic", "unknown_endpoint") == 3
    assert sample(dlp, "notebooklm", "generic", "unknown_endpoint") is None
    unknown = drift.tally.groups[("chatgpt", "generic", "unknown_endpoint")]
    assert {e: s.count for e, s in unknown.items()} == {
        "POST chatgpt.com/backend-api/user_system_messages": 1,
        "POST chatgpt.com/backend-api/gizmos/{id}/upsert": 2,  # one endpoint, whatever the gizmo
    }
    dlp.metrics.decision({"tool": "chatgpt", "action": "allow", "adapter": None})  # an odd record: no crash
    dlp.state.log.close()  # type: ignore[union-attr]


def shared_host_flow(path: str, body: bytes) -> http.HTTPFlow:
    flow = tflow.tflow()
    flow.request.method, flow.request.host, flow.request.path = "POST", "content-push.googleapis.com", path
    flow.request.content = body
    flow.request.headers["host"] = "content-push.googleapis.com"
    return flow


def test_a_body_on_a_shared_hosts_unowned_path_is_counted_as_unjudged(policy: Policy, tmp_path: Path) -> None:
    """content-push.googleapis.com: only /upload is Gemini's (host_paths); other paths pass unjudged
    and show as Gemini's unknown endpoints with adapter "unjudged"."""
    dlp, drift = setup(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    drift.request(shared_host_flow("/v1/other-product/9a8b7c6d5e4f", b'{"text": "x"}'))
    drift.request(shared_host_flow("/v1/other-product/0f1e2d3c4b5a", b'{"text": "y"}'))
    drift.request(shared_host_flow("/v1/other-product/1", b""))  # nothing carried: not counted
    drift.request(shared_host_flow("/upload", b"file"))  # Gemini's: judged, counted by its record if at all
    assert sample(dlp, "gemini", "unjudged", "unknown_endpoint") == 2
    unjudged = drift.tally.groups[("gemini", "unjudged", "unknown_endpoint")]
    assert {e: s.count for e, s in unjudged.items()} == {"POST content-push.googleapis.com/v1/other-product/{id}": 2}
    dlp.state.log.close()  # type: ignore[union-attr]


def answer_flow(ctype: str, meta: dict[str, Any], status: int = 200) -> http.HTTPFlow:
    flow = tflow.tflow(resp=True)
    flow.request.host, flow.request.path, flow.request.method = "chatgpt.com", CONVERSATION + "?x=1", "POST"
    flow.request.headers["host"] = "chatgpt.com"
    flow.response = http.Response.make(status, b"", {"content-type": ctype})
    flow.metadata["dlp"] = {"action": "allow", "adapter": "chatgpt_web", "stream": False} | meta
    return flow


def test_an_answer_in_an_unknown_stream_shape_is_counted_once(policy: Policy, tmp_path: Path) -> None:
    dlp, drift = setup(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    for flow in (
        answer_flow("text/event-stream", {"stream": True}),  # as expected
        answer_flow("application/x-new-stream", {"stream": True}, status=429),  # an error answer
        answer_flow("text/html", {}),  # nothing expected of it
        answer_flow("application/json", {"stream": True, "action": "block"}),  # the proxy's own notice
    ):
        drift.responseheaders(flow)
        drift.response(flow)
    assert sample(dlp, "chatgpt", "chatgpt_web", "answer_shape") is None
    changed = answer_flow("application/x-new-stream", {"stream": True})
    drift.responseheaders(changed)
    changed.metadata["dlp"].setdefault(GAVE_UP, True)  # what answers.py does when the restorer gives up too
    drift.response(changed)
    assert sample(dlp, "chatgpt", "chatgpt_web", "answer_shape") == 1
    [(endpoint, seen)] = drift.tally.groups[("chatgpt", "chatgpt_web", "answer_shape")].items()
    assert (endpoint, seen.count) == ("POST chatgpt.com/backend-api/conversation", 1)
    dlp.state.log.close()  # type: ignore[union-attr]


def test_a_restorer_that_gives_up_mid_stream_is_counted(
    policy: Policy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dlp, drift = setup(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    flow = answer_flow("text/event-stream", {"stream": True, "restore": {"[PERSON_1]": "Jan"}})
    drift.responseheaders(flow)  # a readable shape: not counted here
    assert flow.response is not None
    shape_answer(flow.response, flow.metadata["dlp"])
    modify = flow.response.stream
    assert callable(modify)

    def broken(self: object, *args: object, **kwargs: object) -> list[str]:
        raise RuntimeError("a bug")

    monkeypatch.setattr(restore.PayloadRestorer, "payload", broken)
    modify(b'data: {"v": "[PERSON_1]"}\n\n')
    modify(b"")
    drift.response(flow)
    drift.response(flow)  # counted once, however often the hook runs
    assert sample(dlp, "chatgpt", "chatgpt_web", "answer_shape") == 1
    dlp.state.log.close()  # type: ignore[union-attr]


def test_counts_reach_the_log_on_the_timer_and_at_shutdown(policy: Policy, tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"

    async def run() -> None:
        dlp, drift = setup(policy, DecisionLog(str(path)))
        with taddons.context(drift) as tctx:
            tctx.configure(drift, dlp_drift_flush_s=1)
            drift.running()
            dlp.metrics.decision(decision("chatgpt_web", "unknown", CONVERSATION, "unreadable_body"))
            dlp.metrics.decision(decision("chatgpt_web", "unknown", CONVERSATION, "unreadable_body"))
            for _ in range(100):  # the timer writes within a second or so; allow for a loaded machine
                await asyncio.sleep(0.1)
                if path.exists() and records(path):
                    break
            [flushed] = records(path)
            assert (flushed["event"], flushed["drift"], flushed["count"]) == ("drift", "unparsed", 2)
            assert flushed["endpoint"] == "POST chatgpt.com/backend-api/conversation"
            dlp.metrics.decision(decision("generic", "generic.text", "/backend-api/transcribe"))
            drift.done()  # mitmproxy's shutdown: this addon's done comes before the DLP addon's
            dlp.state.log.close()  # type: ignore[union-attr]
        last = records(path)[-1]
        assert (last["drift"], last["adapter"], last["count"]) == ("unknown_endpoint", "generic", 1)

    asyncio.run(run())
    assert verify(path) == (2, None)  # links of the same hash chain


def test_a_failed_flush_keeps_the_counts_and_zero_writes_no_records(policy: Policy, tmp_path: Path) -> None:
    async def run() -> None:
        dlp, drift = setup(policy, DecisionLog(str(tmp_path / "a.jsonl")))
        dlp.metrics.decision(decision("chatgpt_web", "unknown", CONVERSATION, "unreadable_body"))
        dlp.state.log.close()  # type: ignore[union-attr]  # a full disk, or swapped out by a reload
        assert await drift.flush_now() == 0
        dlp.metrics.decision(decision("chatgpt_web", "unknown", CONVERSATION, "unreadable_body"))
        dlp.state = SimpleNamespace(policy=policy, log=DecisionLog(str(tmp_path / "b.jsonl")))  # type: ignore[assignment]
        assert await drift.flush_now() == 1
        dlp.state.log.close()  # type: ignore[union-attr]

    asyncio.run(run())
    [rec] = records(tmp_path / "b.jsonl")
    assert rec["count"] == 2

    dlp, drift = setup(policy, DecisionLog(str(tmp_path / "c.jsonl")))
    with taddons.context(drift) as tctx:
        tctx.configure(drift, dlp_drift_flush_s=0)
        dlp.metrics.decision(decision("chatgpt_web", "unknown", CONVERSATION, "unreadable_body"))
        assert sample(dlp, "chatgpt", "chatgpt_web", "unparsed") == 1  # /metrics still counts
        assert not drift.tally
        with pytest.raises(exceptions.OptionsError):
            tctx.configure(drift, dlp_drift_flush_s=-1)
    dlp.state.log.close()  # type: ignore[union-attr]
