"""mitmproxy's event dispatch, with the addons that handle each event looked up once.

For every event of every flow (request headers, request, response headers, response, and an
"update" after each), mitmproxy's AddonManager walks its whole addon chain: for each of the 40
or so addons it enters a context manager, starts a coroutine and a generator that walks the
addon's children, and asks each for an attribute named like the event. With the 41 addons of
`dlp-proxy run` that is about 0.8 ms of the proxy's single event-loop thread per request on the
2-core machine of 2026-12-07, nearly all of it spent on addons that do not handle the event;
with the lists below about 0.1 ms (`bench/dispatch.py`: 814 against 104 us, medians).

`install` gives one AddonManager a `trigger_event` that does the same with the handlers of
each event listed once: in the chain's order, each chain entry's handlers (the entry, then its
children depth first) together, an error in one entry logged as mitmproxy logs it (and that
entry's remaining handlers skipped, as mitmproxy's generator does), `AddonHalt` ending the
event. The lists are dropped whenever the chain changes (`add`, `remove`, `register`, `clear`:
a script reloaded goes through `remove` and `register`) and whenever options change (the script
loader may reorder its scripts then), so a handler is never stale.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable
from typing import Any

from mitmproxy import exceptions, hooks
from mitmproxy.addonmanager import AddonManager, safecall, traverse

_INSTALLED = "_dlp_fast_dispatch"
_CHAIN_CHANGES = ("add", "remove", "register", "clear")

Handlers = list[list[Callable[..., Any]]]  # per chain entry, its handlers of one event in order


def install(manager: AddonManager) -> None:
    """Make `manager.trigger_event` look handlers up once per event name (idempotent)."""
    if getattr(manager, _INSTALLED, False):
        return
    table: dict[str, Handlers] = {}
    original = manager.trigger_event

    def handlers(name: str) -> Handlers:
        found = table.get(name)
        if found is None:
            found = table[name] = [_entry_handlers(entry, name) for entry in manager.chain]
        return found

    async def trigger_event(event: hooks.Hook) -> None:
        try:
            per_entry = handlers(event.name)
        except exceptions.AddonManagerError:  # a handler that is not callable: mitmproxy's way, which logs it
            await original(event)
            return
        if not any(per_entry):
            return
        args = event.args()
        for funcs in per_entry:
            if not funcs:
                continue
            try:
                with safecall():
                    for func in funcs:
                        res = func(*args)
                        if res is not None and inspect.isawaitable(res):
                            await res
            except exceptions.AddonHalt:
                return

    for method in _CHAIN_CHANGES:
        setattr(manager, method, _dropping(getattr(manager, method), table))
    trigger = manager.trigger

    def trigger_sync(event: hooks.Hook) -> None:
        if isinstance(event, hooks.ConfigureHook):  # options changed: the script loader may reorder its scripts
            table.clear()
        trigger(event)

    manager.trigger = trigger_sync  # type: ignore[method-assign]
    manager.trigger_event = trigger_event  # type: ignore[method-assign]
    setattr(manager, _INSTALLED, True)


def _entry_handlers(entry: Any, name: str) -> list[Callable[..., Any]]:
    """What mitmproxy's `_iter_hooks` yields for one chain entry and event, as a list."""
    out: list[Callable[..., Any]] = []
    for addon in traverse([entry]):  # type: ignore[no-untyped-call]  # mitmproxy is untyped here
        func = getattr(addon, name, None)
        if not func:
            continue
        if callable(func):
            out.append(func)
        elif not isinstance(func, types.ModuleType):  # a module imported under a hook's name is no handler
            raise exceptions.AddonManagerError(f"Addon handler {name} ({addon}) not callable")  # type: ignore[no-untyped-call]
    return out


def _dropping(method: Callable[..., Any], table: dict[str, Handlers]) -> Callable[..., Any]:
    def changed(*args: Any, **kwargs: Any) -> Any:
        table.clear()
        try:
            return method(*args, **kwargs)
        finally:
            table.clear()  # also what the change itself looked up while it ran

    return changed


class FastDispatch:
    """The addon that installs the dispatch above on the master it is loaded into."""

    def load(self, loader: Any) -> None:
        from mitmproxy import ctx

        install(ctx.master.addons)
