"""The proxy's Prometheus metrics, in a registry of their own (never the process-global one).

Labels hold only bounded, non-sensitive values: tool ids from the catalogue, actions, fail
reasons, reload results, adapter names and drift kinds. Never a user, a host outside the
catalogue, an endpoint path, prompt text or a detected value.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    Info,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)

from dlp_proxy import __version__

# Inspection takes milliseconds for a chat prompt and seconds for a large upload; the policy's
# detection timeout defaults to 10 s.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
# A periodic timer's lateness: a millisecond is normal, 100 ms is a stall users notice.
LAG_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
RELOAD_RESULTS = ("success", "rejected", "crashed")
# Failures of our own, besides the decision records' fail_reason values.
CRASHES = ("inspection_crash", "fail_closed_crash", "audit_write_failed")
# The classic text format generate_latest writes, which every Prometheus version scrapes
# (prometheus_client >= 0.22 labels it version=1.0.0, which Prometheus 2 does not know).
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class DlpMetrics:
    """Counters the addon updates at each decision, error, reload and connection."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.decisions = Counter(
            "dlp_decisions", "Decisions made on inspected requests, by tool and action.", ["tool", "action"], registry=r
        )
        self.latency = Histogram(
            "dlp_inspection_seconds",
            "Time to inspect one request (extract, detect, decide), by tool.",
            ["tool"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.errors = Counter(
            "dlp_errors",
            "Requests that could not be inspected normally (fail reasons) and crashes, by reason.",
            ["reason"],
            registry=r,
        )
        self.drifts = Counter(
            "dlp_adapter_drift",
            "Signs that a web app changed under its adapter (dlp_proxy.pipeline.drift), by tool, adapter and "
            "kind: unparsed, unknown_endpoint, answer_shape.",
            ["tool", "adapter", "kind"],
            registry=r,
        )
        self._watchers: list[Callable[[Mapping[str, Any]], None]] = []  # see watch()
        self.reloads = Counter("dlp_policy_reloads", "Policy reloads after an edit, by result.", ["result"], registry=r)
        self.stale = Gauge(
            "dlp_policy_stale",
            "1 while the policy files on disk are rejected (invalid, unreadable, gone) and the last good policy runs.",
            registry=r,
        )
        self.connections = Gauge("dlp_client_connections", "Client connections open now.", registry=r)
        self.loop_lag = Histogram(
            "dlp_event_loop_lag_seconds",
            "How late the event loop ran a periodic timer: the time every connection waited.",
            buckets=LAG_BUCKETS,
            registry=r,
        )
        self._lag_max = 0.0
        Gauge(
            "dlp_event_loop_lag_max_seconds",
            "The largest event-loop lag since the previous scrape (each scrape starts it again).",
            registry=r,
        ).set_function(self._take_lag_max)
        # Read from the running state at each scrape (bind()); zero until bound.
        self._workers = Gauge("dlp_detection_workers", "Detection worker processes running now.", registry=r)
        self._replacements = Gauge(
            "dlp_detection_worker_replacements",
            "Detection workers killed (crash or timeout) and started again, since the engine was loaded.",
            registry=r,
        )
        self._commits = Gauge(
            "dlp_audit_commits",
            "Group commits of the decision log since it was opened (one fsync each; records / commits = group size).",
            registry=r,
        )
        self.info = Info("dlp_proxy", "Version of dlp-proxy and of the policy it enforces.", registry=r)
        self.info.info({"version": __version__, "policy_version": ""})
        ProcessCollector(registry=r)
        PlatformCollector(registry=r)
        for result in RELOAD_RESULTS:  # a zero is a sample; an absent series alerts on nothing
            self.reloads.labels(result)
        for reason in CRASHES:
            self.errors.labels(reason)

    def decision(self, record: Mapping[str, Any]) -> None:
        """Count one decision from its audit record (tool, action, latency, fail reason)."""
        tool = str(record.get("tool") or "unknown")
        self.decisions.labels(tool, str(record.get("action") or "unknown")).inc()
        latency = record.get("latency_ms")
        if isinstance(latency, int | float) and latency >= 0:
            self.latency.labels(tool).observe(latency / 1000)
        reason = record.get("fail_reason")
        if reason:
            self.errors.labels(str(reason)).inc()
        for watcher in self._watchers:
            watcher(record)

    def watch(self, watcher: Callable[[Mapping[str, Any]], None]) -> None:
        """Have `watcher` see every decision record counted here (adapter drift, dlp_proxy.proxy.drift)."""
        self._watchers.append(watcher)

    def drift(self, tool: str, adapter: str, kind: str) -> None:
        self.drifts.labels(tool, adapter, kind).inc()

    def bind(
        self, workers: Callable[[], float], replacements: Callable[[], float], commits: Callable[[], float]
    ) -> None:
        """Where the state-derived gauges read their value at each scrape."""
        self._workers.set_function(workers)
        self._replacements.set_function(replacements)
        self._commits.set_function(commits)

    def lag(self, seconds: float) -> None:
        """One measurement of the event loop's lateness."""
        self.loop_lag.observe(seconds)
        self._lag_max = max(self._lag_max, seconds)

    def _take_lag_max(self) -> float:
        value, self._lag_max = self._lag_max, 0.0
        return value

    def error(self, reason: str) -> None:
        self.errors.labels(reason).inc()

    def reload(self, result: str) -> None:
        self.reloads.labels(result).inc()
        if result in ("success", "rejected"):  # a crash says nothing about the files
            self.stale.set(1 if result == "rejected" else 0)

    def policy_loaded(self, version: str) -> None:
        self.info.info({"version": __version__, "policy_version": version})

    def exposition(self) -> bytes:
        """The registry in the Prometheus text format."""
        return generate_latest(self.registry)


async def measure_loop_lag(record: Callable[[float], None], tick: float) -> None:
    """How late a periodic timer fires, forever: the longest any connection waited for the loop."""
    loop = asyncio.get_running_loop()
    while True:
        planned = loop.time() + tick
        await asyncio.sleep(tick)
        record(max(0.0, loop.time() - planned))
