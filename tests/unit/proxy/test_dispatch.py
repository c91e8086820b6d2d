"""dlp_proxy.proxy.dispatch: the same handlers, in the same order, with the same error handling as
mitmproxy's own dispatch, and never a stale handler after the chain changes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from mitmproxy import exceptions
from mitmproxy.addonmanager import AddonManager
from mitmproxy.proxy.layers import http
from mitmproxy.test import taddons, tflow

from dlp_proxy.proxy.dispatch import FastDispatch, install


class Recorder:
    """An addon that records its handler calls in a shared list; `children` become `addons`."""

    def __init__(self, name: str, calls: list[str], *children: Any, fail: bool = False, halt: bool = False) -> None:
        self.name, self.calls, self.fail, self.halt = name, calls, fail, halt
        if children:
            self.addons = list(children)

    def request(self, flow: Any) -> None:
        self.calls.append(f"{self.name}.request")
        if self.fail:
            raise ValueError("boom")
        if self.halt:
            raise exceptions.AddonHalt()


class AsyncRecorder:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    async def request(self, flow: Any) -> None:
        await asyncio.sleep(0)
        self.calls.append("async.request")


class NoHandler:
    """Has no `request`, and a module under a hook's name, which is no handler."""

    response = logging  # a module named like a hook: mitmproxy skips it


def _chain(calls: list[str]) -> list[Any]:
    inner = Recorder("inner", calls)
    return [
        Recorder("a", calls),
        NoHandler(),
        Recorder("parent", calls, Recorder("child", calls, inner), Recorder("sibling", calls)),
        AsyncRecorder(calls),
        Recorder("z", calls),
    ]


def _dispatch(manager: AddonManager, name: str = "request") -> None:
    flow = tflow.tflow()
    hook = {"request": http.HttpRequestHook, "response": http.HttpResponseHook}[name](flow)
    manager.master.event_loop.run_until_complete(manager.trigger_event(hook))  # the loop the master logs through


@contextmanager
def _manager() -> Iterator[AddonManager]:
    """A test master's addon manager. Its log handler (which logs through the master's loop) is
    taken off again, as a master that shuts down does: a later test's loop is another."""
    with taddons.context() as tctx:
        try:
            yield tctx.master.addons
        finally:
            tctx.master._legacy_log_events.uninstall()


def _calls_with(fast: bool, build: Any = _chain) -> list[str]:
    calls: list[str] = []
    with _manager() as manager:
        if fast:
            install(manager)
        manager.add(*build(calls))
        _dispatch(manager)
        _dispatch(manager, "response")
        _dispatch(manager)
    return calls


def test_the_handlers_run_as_mitmproxys_own_dispatch_runs_them() -> None:
    assert _calls_with(fast=True) == _calls_with(fast=False)
    assert _calls_with(fast=True)[:6] == [
        "a.request",
        "parent.request",
        "child.request",
        "inner.request",
        "sibling.request",
        "async.request",
    ]


def test_an_error_skips_the_rest_of_its_entry_and_is_logged_like_mitmproxy_does(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def failing(calls: list[str]) -> list[Any]:
        return [Recorder("parent", calls, Recorder("child", calls), fail=True), Recorder("next", calls)]

    with caplog.at_level(logging.ERROR):
        fast = _calls_with(fast=True, build=failing)
    assert fast == _calls_with(fast=False, build=failing) == ["parent.request", "next.request"] * 2
    assert "Addon error: boom" in caplog.text


def test_addon_halt_ends_the_event() -> None:
    def halting(calls: list[str]) -> list[Any]:
        return [Recorder("first", calls, halt=True), Recorder("never", calls)]

    assert _calls_with(fast=True, build=halting) == _calls_with(fast=False, build=halting) == ["first.request"] * 2


def test_an_addon_added_or_removed_after_a_dispatch_is_seen_at_the_next_one() -> None:
    calls: list[str] = []
    with _manager() as manager:
        install(manager)
        first = Recorder("first", calls)
        manager.add(first)
        _dispatch(manager)
        manager.add(Recorder("later", calls))
        _dispatch(manager)
        manager.remove(first)
        _dispatch(manager)
    assert calls == ["first.request", "first.request", "later.request", "later.request"]


def test_a_reloaded_script_gets_its_new_handlers() -> None:
    calls: list[str] = []
    with _manager() as manager:
        install(manager)
        old = Recorder("old", calls)
        loader = Recorder("loader", calls, old)
        manager.add(loader)
        _dispatch(manager)
        # what mitmproxy's Script does on a change: remove the old namespace, register the new
        manager.remove(old)
        new = Recorder("new", calls)
        loader.addons = [new]
        manager.register(new)
        _dispatch(manager)
    assert calls == ["loader.request", "old.request", "loader.request", "new.request"]


def test_installing_twice_or_through_the_addon_changes_nothing() -> None:
    calls: list[str] = []
    with _manager() as manager:
        manager.add(FastDispatch())  # its load installs it
        install(manager)
        manager.add(Recorder("only", calls))
        _dispatch(manager)
    assert calls == ["only.request"]
    assert getattr(manager, "_dlp_fast_dispatch", False) is True


def test_a_child_list_reordered_when_options_change_is_dispatched_in_its_new_order() -> None:
    from mitmproxy import hooks

    calls: list[str] = []
    with _manager() as manager:
        install(manager)
        one, two = Recorder("one", calls), Recorder("two", calls)
        loader = Recorder("loader", calls, one, two)
        manager.add(loader)
        _dispatch(manager)
        loader.addons = [two, one]  # what mitmproxy's script loader does in its configure hook
        manager.trigger(hooks.ConfigureHook(set()))
        _dispatch(manager)
    assert calls == ["loader.request", "one.request", "two.request", "loader.request", "two.request", "one.request"]
