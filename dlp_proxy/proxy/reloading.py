"""Hot reload of the policy files behind the running DLP addon (dlp_proxy.proxy.interceptor)."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Protocol

from mitmproxy import ctx

from dlp_proxy.admin import DlpMetrics
from dlp_proxy.errors import DlpError
from dlp_proxy.policy.watch import fingerprint
from dlp_proxy.policytools.check import describe_invalid
from dlp_proxy.proxy.state import State, reloaded

logger = logging.getLogger(__name__)


class Reloadable(Protocol):
    state: State | None
    metrics: DlpMetrics


async def reload_if_changed(addon: Reloadable) -> bool:
    """Load edited policy files; an invalid edit keeps the running policy. True when swapped."""
    state = addon.state
    if state is None:
        return False
    path = ctx.options.dlp_policy
    files = fingerprint(path, state.policy)
    if files == state.files:
        return False
    loop = asyncio.get_running_loop()
    nlp_config, workers = ctx.options.dlp_nlp_config, ctx.options.dlp_workers
    try:  # in a thread: loading the policy and starting detection workers take seconds
        new = await loop.run_in_executor(None, reloaded, state, path, nlp_config, workers)
    except DlpError as e:
        if addon.state is not state:  # configure() swapped in a new state meanwhile: it wins
            return False
        addon.state = replace(state, files=files)  # report each broken edit once
        problems = await loop.run_in_executor(None, describe_invalid, path, e)
        logger.error("dlp-proxy: policy edit rejected, still enforcing %s: %s", state.policy.version, problems)
        addon.metrics.reload("rejected")
        return False
    if addon.state is not state:
        # configure() ran while this reload awaited: it closed `state`'s log and scanner and
        # loaded the files itaddon. Writing a copy of `state` back would revive closed ones.
        logger.info("dlp-proxy: policy reload superseded by a new configuration; discarded")
        if new.scanner is not state.scanner:
            new.scanner.close()
        return False
    if new.scanner is not state.scanner:
        state.scanner.close()  # its busy workers finish their scan first
    addon.state = new
    logger.info("dlp-proxy: policy reloaded: %s -> %s", state.policy.version, new.policy.version)
    addon.metrics.reload("success")
    return True
