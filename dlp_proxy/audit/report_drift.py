"""The report's "adapter health" section: the `drift` records (dlp_proxy.pipeline.drift) per app
(tool and adapter) and endpoint, with the three counts and when they were first and last seen, so
an operator learns within a day that a web app changed under its adapter.

Fed record by record by dlp_proxy.audit.report; the records hold counts, times and endpoint
patterns only (ids already replaced). The section is bounded: at most MAX_ROWS rows; the endpoints
beyond add to their app's row with endpoint `*`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from dlp_proxy.audit.report_texts import number
from dlp_proxy.audit.report_view import Table, Words, table

KINDS: Final = ("unparsed", "unknown_endpoint", "answer_shape")
MAX_ROWS: Final = 500
OVERFLOW: Final = "*"
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z\Z")


def readable_drift(r: dict[str, Any]) -> bool:
    """Whether a `drift` record has what the section groups by, well formed."""
    count = r.get("count")
    return (
        r.get("drift") in KINDS
        and all(isinstance(r.get(k), str) and r[k] for k in ("tool", "adapter", "endpoint"))
        and type(count) is int and count >= 0
        and all(isinstance(r.get(k), str) and _TIME.match(r[k]) for k in ("first_seen", "last_seen"))
    )  # fmt: skip


@dataclass
class Row:
    """One app's drift at one endpoint over the report's period."""

    first: str = "9999"
    last: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))


class DriftLedger:
    """Drift counts per (tool, adapter, endpoint), summed over the flush intervals of the period."""

    def __init__(self, limit: int = MAX_ROWS) -> None:
        self.limit = limit
        self.rows: dict[tuple[str, str, str], Row] = {}

    def add(self, r: dict[str, Any]) -> None:
        key = (str(r["tool"]), str(r["adapter"]), str(r["endpoint"]))
        row = self.rows.get(key)
        if row is None:
            if len(self.rows) >= self.limit:
                key = (key[0], key[1], OVERFLOW)
                row = self.rows.get(key)
            if row is None:
                row = self.rows[key] = Row()
        row.first, row.last = min(row.first, r["first_seen"]), max(row.last, r["last_seen"])
        row.counts[r["drift"]] += r["count"]

    def sections(self) -> dict[str, Any]:
        """`adapter_health`: a row per app and endpoint, the newest first (an endpoint first seen
        yesterday is what changed; the ones seen every day are the app's usual noise)."""
        ordered = sorted(self.rows.items(), key=lambda kv: (kv[1].first, kv[1].last, kv[0]), reverse=True)
        return {
            "adapter_health": {
                " ".join(k): {
                    "tool": k[0],
                    "adapter": k[1],
                    "endpoint": k[2],
                    **row.counts,
                    "first_seen": row.first,
                    "last_seen": row.last,
                }
                for k, row in ordered
            }
        }


def adapter_health(s: dict[str, Any], w: Words) -> dict[str, Any]:
    """The section's table and summary line in the report's language (the template escapes)."""
    rows = s.get("adapter_health", {})
    totals = {k: sum(v[k] for v in rows.values()) for k in KINDS}
    apps = {(v["tool"], v["adapter"]) for v in rows.values()}
    body = [
        [v["tool"], v["adapter"], v["endpoint"], *(v[k] for k in KINDS), v["first_seen"], v["last_seen"]]
        for v in rows.values()
    ]
    drift_table: Table = table(
        w.heads("tool", "adapter", "endpoint", *KINDS, "first_seen", "last_seen"), body, {3, 4, 5}
    )
    return {
        "drift_note": w("drift_note", id="{id}"),
        "drift_summary": w("drift_summary", apps=number(len(apps)), **{k: number(n) for k, n in totals.items()}),
        "adapter_health": drift_table,
    }
