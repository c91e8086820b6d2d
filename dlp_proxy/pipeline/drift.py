"""Adapter drift: signs that a web app changed under its adapter, counted per app and endpoint.

Three kinds, each a row in the report's "adapter health" section and a Prometheus counter:

- `unparsed`: a request the tool's own adapter claimed (it knows the endpoint) but could not read
  (the body is not the JSON or structure the adapter expects: decision records with fail reason
  `unreadable_body` read by that adapter);
- `unknown_endpoint`: a request with a body on a host whose tool names a specific adapter, that the
  adapter did not claim, so the generic fallback read it (every string, no in-chat notice);
- `answer_shape`: an answer the in-chat notice or the restorer of pseudonymised values could not
  work with: an answer the adapter expects streamed in a content type it does not read, a mask note
  that could not be put in front (the answer is no event stream), or a stream the restorer gave up on.

Counts only: never a user, a value, a query string or a path with ids. `endpoint_pattern` turns a
request into a bounded label (method, host, path with every step that may be an id replaced by
`{id}`), and `DriftTally` holds at most `MAX_ENDPOINTS` of them per tool, adapter and kind per
interval; the rest add to the row with endpoint `*`. Pure: no mitmproxy types.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

KINDS: Final = ("unparsed", "unknown_endpoint", "answer_shape")
GENERIC: Final = "generic"
MAX_ENDPOINTS: Final = 50  # distinct endpoints per (tool, adapter, kind) and interval
MAX_GROUPS: Final = 1_000  # distinct (tool, adapter, kind) per interval: tools come from the catalogue
OVERFLOW: Final = "*"  # the endpoint of the row that counts the endpoints beyond MAX_ENDPOINTS
MAX_STEPS: Final = 8  # path steps kept; deeper paths end in "/…"
ID: Final = "{id}"
# Content types an answer streams in (SSE, NDJSON), and those a whole JSON answer comes in.
STREAM_TYPES: Final = ("text/event-stream", "ndjson", "jsonl", "json-seq")

_WORD = re.compile(r"[A-Za-z_][A-Za-z_.-]{0,63}")  # a route word: letters, no digits
_VERSION = re.compile(r"v[0-9]{1,2}(\.[0-9]{1,2})?")  # v1, v2.1
_HOST_LABEL = re.compile(r"[a-z][a-z-]{0,30}")
_METHOD = re.compile(r"[A-Z]{1,10}")


def _step(step: str) -> str:
    """One path step as it may appear in a label: a word or a version, else `{id}`."""
    if _VERSION.fullmatch(step) or (_WORD.fullmatch(step) and ".." not in step):
        return step
    return ID


def _host(host: str) -> str:
    """The host with each label that may be an id (digits, long, odd characters) as `*`."""
    labels = host.lower().rstrip(".").split(".")
    return ".".join(label if _HOST_LABEL.fullmatch(label) else "*" for label in labels[-6:])


def endpoint_pattern(method: str, host: str, path: str) -> str:
    """`POST chatgpt.com/backend-api/conversation/{id}`: the request's method, host and path without
    its query, each step that could be an id (a number, a uuid, a token, a name with digits) as `{id}`,
    at most MAX_STEPS steps."""
    verb = method if _METHOD.fullmatch(method) else "OTHER"
    steps = [s for s in path.split("?", 1)[0].split("#", 1)[0].split("/") if s]
    kept = [_step(s) for s in steps[:MAX_STEPS]]
    tail = "/…" if len(steps) > MAX_STEPS else ""
    return f"{verb} {_host(host)}/{'/'.join(kept)}{tail}"


def request_drift(tool_adapter: str, record: Mapping[str, Any]) -> str | None:
    """The drift a decision record shows for a tool whose adapter is `tool_adapter`, or None.

    Only tools with an adapter of their own can drift (the generic fallback expects nothing)."""
    if not tool_adapter or tool_adapter == GENERIC:
        return None
    adapter, endpoint, reason = record.get("adapter"), str(record.get("endpoint") or ""), record.get("fail_reason")
    if adapter == tool_adapter:
        return "unparsed" if reason == "unreadable_body" else None
    if adapter != GENERIC:
        return None
    if reason is None and endpoint.startswith(GENERIC + ".") and endpoint != "generic.empty":
        return "unknown_endpoint"  # a body with something to read, on an endpoint the adapter does not know
    return "unknown_endpoint" if reason == "unreadable_body" else None


def answer_drift(
    status: int, content_type: str, *, expects_stream: bool, readable: bool, note: bool, restoring: bool
) -> bool:
    """Whether an answer's shape is not what the notice injector and restorer expect.

    `readable`: the restorer has a reader for the content type and adapter; `note`: a mask note is
    to go in front (it goes only into an event stream); `restoring`: pseudonymised values are to be
    put back. Error answers (not 200) say nothing about the answer format."""
    if status != 200:
        return False
    ct = content_type.lower()
    if note and "text/event-stream" not in ct:
        return True
    streamed = any(t in ct for t in STREAM_TYPES)
    if expects_stream and not readable:
        return True
    return restoring and streamed and not readable


@dataclass
class Seen:
    """One endpoint's count in the current interval; times are Unix seconds."""

    first: float
    last: float
    count: int = 0


Key = tuple[str, str, str]  # tool, adapter, kind


@dataclass
class DriftTally:
    """Drift counts since the last flush, bounded (see the module). Not thread-safe: the event loop
    is its only user."""

    limit: int = MAX_ENDPOINTS
    groups: dict[Key, dict[str, Seen]] = field(default_factory=dict)

    def count(self, tool: str, adapter: str, kind: str, endpoint: str, now: float, n: int = 1) -> bool:
        """Count `n` at an endpoint; False when the tally is full (more groups than MAX_GROUPS)."""
        key = (tool, adapter, kind)
        group = self.groups.get(key)
        if group is None:
            if len(self.groups) >= MAX_GROUPS:
                return False
            group = self.groups[key] = {}
        if endpoint not in group and len(group) >= self.limit:
            endpoint = OVERFLOW  # the limit counts named endpoints; the overflow row comes on top
        seen = group.get(endpoint)
        if seen is None:
            seen = group[endpoint] = Seen(now, now)
        seen.first, seen.last = min(seen.first, now), max(seen.last, now)
        seen.count += n
        return True

    def take(self) -> DriftTally:
        """The counts so far, leaving this tally empty (the next interval starts)."""
        taken = DriftTally(self.limit, self.groups)
        self.groups = {}
        return taken

    def rows(self) -> Iterator[tuple[Key, str, Seen]]:
        """Every (tool, adapter, kind), endpoint and its count, sorted."""
        for key, group in sorted(self.groups.items()):
            for endpoint, seen in sorted(group.items()):
                yield key, endpoint, seen

    def restore(self, key: Key, endpoint: str, seen: Seen) -> None:
        """Add a row back that could not be written (the log failed), within the same bounds."""
        tool, adapter, kind = key
        if self.count(tool, adapter, kind, endpoint, seen.first, seen.count):
            self.count(tool, adapter, kind, endpoint, seen.last, 0)

    def __bool__(self) -> bool:
        return any(self.groups.values())


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def drift_records(tally: DriftTally, policy_version: str) -> Iterator[dict[str, Any]]:
    """One `drift` record per tool, adapter, kind and endpoint (dlp_proxy/audit/schema.json), sorted."""
    for key, endpoint, seen in tally.rows():
        yield drift_record(key, endpoint, seen, policy_version)


def drift_record(key: Key, endpoint: str, seen: Seen, policy_version: str) -> dict[str, Any]:
    """The `drift` record of one row: counts and times only."""
    tool, adapter, kind = key
    return {
        "event": "drift",
        "schema_version": 1,
        "policy_version": policy_version,
        "tool": tool,
        "adapter": adapter,
        "drift": kind,
        "endpoint": endpoint,
        "count": seen.count,
        "first_seen": _iso(seen.first),
        "last_seen": _iso(seen.last),
    }
