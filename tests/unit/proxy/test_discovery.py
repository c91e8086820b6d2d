"""Discovery through mitmproxy's test harness: the DLP addon's tls_clienthello counts tunnels to
AI-looking hosts it leaves undecrypted, the Discovery sub-addon flushes them as `observed` records
on its timer and at shutdown, keeps counts a failed write could not store, and notes long tunnels."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock

import pytest
from mitmproxy import exceptions, options, tls
from mitmproxy.proxy import context
from mitmproxy.test import taddons, tflow

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.chain import verify
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.proxy import discovery as discovery_module
from dlp_proxy.proxy.interceptor import DlpAddon
from tests.paths import TEST_POLICY

AI_HOST = "api.newmodel-llm.test"
FIELDS = {"timestamp", "event", "schema_version", "policy_version", "host", "pattern", "connections",
          "first_seen", "last_seen", "seq", "prev_hash", "hash"}  # fmt: skip


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(TEST_POLICY)


def hello(sni: str | None, target: str | None = None) -> tls.ClientHelloData:
    ctx = context.Context(tflow.tclient_conn(), options.Options())
    ctx.server.address = (target, 443) if target else None
    return tls.ClientHelloData(ctx, mock.Mock(sni=sni))


def records(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def addon_with(policy: Policy, log: DecisionLog) -> DlpAddon:
    """A DLP addon with a loaded policy and a log, without detection (none is needed here)."""
    addon = DlpAddon()
    addon.state = SimpleNamespace(policy=policy, log=log, scanner=mock.Mock())  # type: ignore[assignment]
    return addon


def test_only_undecrypted_tunnels_to_ai_looking_hosts_are_counted(policy: Policy, tmp_path: Path) -> None:
    addon = addon_with(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    for sni, target in [
        (AI_HOST, None),
        (AI_HOST, "203.0.113.9"),  # the SNI names the tunnel
        (None, "x.llm-lab.test"),  # no SNI: the CONNECT target does
        ("tunnel.test", None),  # tunnelled, but no AI name
        ("api.openai.com", None),  # a catalogue host: decrypted and judged, never "observed"
        (None, "203.0.113.9"),  # decrypted to read its Host header
        ("myres.cognitiveservices.azure.com", None),  # Azure OpenAI (AI Foundry): a catalogue host
        ("myep.inference.ml.azure.com", None),
    ]:
        addon.tls_clienthello(hello(sni, target))
    counted = {h: s.connections for h, s in addon.discovery.tally.names.items()}
    assert counted == {AI_HOST: 2, "x.llm-lab.test": 1, "myep.inference.ml.azure.com": 1}
    addon.state.log.close()  # type: ignore[union-attr]


def test_without_a_loaded_policy_nothing_is_counted() -> None:
    addon = DlpAddon()
    addon.tls_clienthello(hello(AI_HOST))
    assert not addon.discovery.tally


def test_the_timer_flushes_observed_records_and_shutdown_flushes_the_rest(policy: Policy, tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"

    async def run() -> None:
        addon = addon_with(policy, DecisionLog(str(path)))
        with taddons.context(addon) as tctx:
            tctx.configure(addon.discovery, dlp_discovery_flush_s=1)
            addon.discovery.running()
            addon.tls_clienthello(hello(AI_HOST))
            addon.tls_clienthello(hello(AI_HOST))
            for _ in range(100):  # the timer writes within a second or so; allow for a loaded machine
                await asyncio.sleep(0.1)
                if records(path):
                    break
            [flushed] = records(path)
            assert set(flushed) == FIELDS and (flushed["host"], flushed["connections"]) == (AI_HOST, 2)
            assert flushed["policy_version"] == policy.version
            addon.tls_clienthello(hello("chat.e2e-lab.ai"))
            addon.done()  # mitmproxy's shutdown: written before the log closes
            addon.discovery.done()  # then its sub-addon's: the timer stops
        last = records(path)[-1]
        assert (last["host"], last["pattern"], last["connections"]) == ("chat.e2e-lab.ai", "tld:ai", 1)

    asyncio.run(run())
    assert verify(path) == (2, None)  # observed records are links of the same hash chain


def test_when_the_log_refuses_a_flush_then_the_counts_wait_for_the_next(policy: Policy, tmp_path: Path) -> None:
    async def run() -> None:
        addon = addon_with(policy, DecisionLog(str(tmp_path / "a.jsonl")))
        addon.tls_clienthello(hello(AI_HOST))
        addon.state.log.close()  # type: ignore[union-attr]  # e.g. swapped out by a reload, or a full disk
        assert await addon.discovery.flush_now() == 0
        assert addon.discovery.tally.names[AI_HOST].connections == 1
        addon.tls_clienthello(hello(AI_HOST))
        addon.state = SimpleNamespace(policy=policy, log=DecisionLog(str(tmp_path / "b.jsonl")), scanner=mock.Mock())  # type: ignore[assignment]
        assert await addon.discovery.flush_now() == 1
        addon.state.log.close()  # type: ignore[union-attr]

    asyncio.run(run())
    [record] = records(tmp_path / "b.jsonl")
    assert record["connections"] == 2


def test_a_tunnel_open_long_enough_counts_as_long_lived(policy: Policy, tmp_path: Path) -> None:
    addon = addon_with(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    clock = iter([100.0, 200.0, 300.0, 305.0])
    fake_time = SimpleNamespace(monotonic=lambda: next(clock), time=time.time)
    with mock.patch.object(discovery_module, "time", fake_time):
        long_one, short_one = hello(AI_HOST), hello(AI_HOST)
        addon.tls_clienthello(long_one)  # opened at 100
        addon.discovery.client_disconnected(long_one.context.client)  # closed at 200: 100 s
        addon.tls_clienthello(short_one)  # 300
        addon.discovery.client_disconnected(short_one.context.client)  # 305: 5 s
        addon.discovery.client_disconnected(tflow.tclient_conn())  # a connection never counted
    seen = addon.discovery.tally.names[AI_HOST]
    assert (seen.connections, seen.long_lived) == (2, 1)
    assert not addon.discovery._open  # nothing kept of closed connections
    addon.state.log.close()  # type: ignore[union-attr]


def test_flush_interval_zero_turns_discovery_off_and_a_negative_one_is_refused(policy: Policy, tmp_path: Path) -> None:
    addon = addon_with(policy, DecisionLog(str(tmp_path / "d.jsonl")))
    with taddons.context(addon) as tctx:
        tctx.configure(addon.discovery, dlp_discovery_flush_s=0)
        addon.tls_clienthello(hello(AI_HOST))
        assert not addon.discovery.tally
        with pytest.raises(exceptions.OptionsError, match="dlp_discovery_flush_s"):
            tctx.configure(addon.discovery, dlp_discovery_flush_s=-1)
    addon.state.log.close()  # type: ignore[union-attr]
