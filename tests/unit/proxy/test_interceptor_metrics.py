"""The DLP addon updates its metrics where it decides, fails and reloads (DlpAddon via taddons)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

from mitmproxy.http import HTTPFlow
from mitmproxy.test import taddons, tflow

from dlp_proxy.proxy.interceptor import DlpAddon
from tests.unit.proxy.test_interceptor import (
    AWS_KEY,
    EMAIL,
    audit_log,
    chat,
    disk_full,
    proxy,
    records,
    through_mitmproxy,
)

__all__ = ["audit_log"]  # the fixture, used by name


def value(addon: DlpAddon, name: str, **labels: str) -> float:
    got = addon.metrics.registry.get_sample_value(name, labels)
    return 0.0 if got is None else got


def test_each_logged_decision_is_counted_by_tool_and_action(rules_dir: Path, audit_log: Path) -> None:
    page = tflow.tflow()  # a body-less GET of a catalogue host: judged (URL, headers) and counted too
    page.request.host, page.request.method, page.request.content = "chatgpt.com", "GET", b""
    page.request.headers["host"] = page.client_conn.sni = "chatgpt.com"
    flows = [chat(f"key {AWS_KEY}"), chat("Wat is 2+2?"), chat(f"Mail {EMAIL}"), chat(f"nog een {AWS_KEY}"), page]
    addon = proxy(audit_log, *flows, policy=rules_dir)

    logged = [(r["tool"], r["action"]) for r in records(audit_log)]
    expected = [("openai-api", a) for a in ("block", "allow", "redact", "block")] + [("chatgpt", "allow")]
    assert sorted(logged) == sorted(expected)
    for tool, action in set(logged):
        assert value(addon, "dlp_decisions_total", tool=tool, action=action) == logged.count((tool, action))
    assert value(addon, "dlp_inspection_seconds_count", tool="openai-api") == 4
    assert value(addon, "dlp_errors_total", reason="inspection_crash") == 0
    text = addon.metrics.exposition().decode()
    assert AWS_KEY not in text and EMAIL not in text


def test_a_crashed_detector_is_counted_as_an_error(rules_dir: Path, audit_log: Path) -> None:
    def broken(addon: DlpAddon) -> None:
        assert addon.state is not None

        def scan(text: str, language: str | None = None) -> list[Any]:
            raise RuntimeError("detector crashed")

        addon.state.scanner.detector.scan = scan  # type: ignore[method-assign]

    addon = proxy(audit_log, chat("Een vraag"), policy=rules_dir, prepare=broken)
    assert value(addon, "dlp_errors_total", reason="inspection_crash") == 1
    assert value(addon, "dlp_errors_total", reason="internal_error") == 1  # the fail-closed decision's reason
    assert value(addon, "dlp_decisions_total", tool="openai-api", action="block") == 1


def test_an_unwritable_decision_log_is_counted_as_an_error(rules_dir: Path, audit_log: Path) -> None:
    seen: list[DlpAddon] = []

    def prepare(addon: DlpAddon) -> None:
        seen.append(addon)
        disk_full(addon)

    through_mitmproxy(audit_log, chat("Een vraag"), policy=rules_dir, prepare=prepare)
    assert value(seen[0], "dlp_errors_total", reason="audit_write_failed") == 1


def test_reloads_are_counted_by_result(tmp_path: Path, rules_dir: Path, audit_log: Path) -> None:
    rules = Path(shutil.copytree(rules_dir, tmp_path / "rules"))
    policy_file = rules / "policy.yaml"

    async def run() -> DlpAddon:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, dlp_policy=str(rules), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0)
            text = policy_file.read_text(encoding="utf-8")
            policy_file.write_text(text.replace("AI-beleid Voorbeeld BV", "AI-beleid Gewijzigd", 1), encoding="utf-8")
            assert await addon.reload_if_changed()
            policy_file.write_text("settings: [not, a, mapping\n", encoding="utf-8")
            assert not await addon.reload_if_changed()
            addon.done()
        return addon

    addon = asyncio.run(run())
    assert value(addon, "dlp_policy_reloads_total", result="success") == 1
    assert value(addon, "dlp_policy_reloads_total", result="rejected") == 1


def test_a_configure_during_a_reload_wins_and_requests_still_pass(
    tmp_path: Path, rules_dir: Path, audit_log: Path
) -> None:
    """The watcher awaits the policy load; a configure() in between closes the old log and
    executor. The reload must not write a copy of the old state back (every request would then
    fail closed on a closed log)."""
    rules = Path(shutil.copytree(rules_dir, tmp_path / "rules"))
    policy_file = rules / "policy.yaml"

    async def run() -> tuple[DlpAddon, HTTPFlow]:
        addon = DlpAddon()
        with taddons.context(addon) as tctx:
            tctx.configure(addon, dlp_policy=str(rules), dlp_audit_log=str(audit_log), dlp_reload_ms=0, dlp_workers=0)
            text = policy_file.read_text(encoding="utf-8")
            policy_file.write_text(text.replace("AI-beleid Voorbeeld BV", "AI-beleid Gewijzigd", 1), encoding="utf-8")
            reload = asyncio.ensure_future(addon.reload_if_changed())
            await asyncio.sleep(0)  # the reload is now awaiting its policy load in a thread
            tctx.configure(addon, dlp_audit_log=str(audit_log.with_name("second.jsonl")))
            assert not await reload
            assert addon.state is not None and addon.state.log.target.endswith("second.jsonl")
            flow = chat("Wat is 2+2?")
            await addon.request(flow)
            addon.done()
        return addon, flow

    addon, flow = asyncio.run(run())
    assert flow.response is None  # forwarded, not failed closed
    assert [r["action"] for r in records(audit_log.with_name("second.jsonl"))] == ["allow"]
