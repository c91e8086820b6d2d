"""The report's "adapter health" section (dlp_proxy.audit.report_drift): `drift` records summed per
app and endpoint over the period, in JSON, CSV and the HTML in Dutch and English, escaped, bounded."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from dlp_proxy.audit import report_drift
from dlp_proxy.audit.report import build_report, to_csv
from dlp_proxy.audit.report_html import render
from tests.unit.audit.test_report import rec, write_log

ENDPOINT = "POST chatgpt.com/backend-api/conversation"


def drift(first: str, last: str, kind: str, count: int, endpoint: str = ENDPOINT, **kw: Any) -> dict[str, Any]:
    r = {"timestamp": last, "event": "drift", "schema_version": 1, "policy_version": "sha256:aaaaaaaaaaaaaaaa",
         "tool": "chatgpt", "adapter": "chatgpt_web", "drift": kind, "endpoint": endpoint, "count": count,
         "first_seen": first, "last_seen": last, "seq": 1, "prev_hash": "0" * 64, "hash": "f" * 64}  # fmt: skip
    return r | kw


RECORDS = [
    rec("2026-12-01T09:00:00Z"),
    drift("2026-12-01T09:00:00Z", "2026-12-01T09:10:00Z", "unparsed", 3),
    drift("2026-12-02T09:00:00Z", "2026-12-02T09:10:00Z", "unparsed", 2),  # a later interval: summed
    drift("2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z", "answer_shape", 1),
    drift(
        "2026-12-03T08:00:00Z",
        "2026-12-03T08:05:00Z",
        "unknown_endpoint",
        4,
        "POST chatgpt.com/backend-api/user_system_messages",
        adapter="generic",
    ),  # fmt: skip
]


def test_drift_records_are_summed_per_app_and_endpoint_with_first_and_last_seen(tmp_path: Path) -> None:
    s = build_report(write_log(tmp_path / "logs", RECORDS, [json.dumps(drift("x", "y", "unparsed", 1))]))
    rows = list(s["adapter_health"].values())
    assert rows[0] == {  # the newest first
        "tool": "chatgpt", "adapter": "generic", "endpoint": "POST chatgpt.com/backend-api/user_system_messages",
        "unparsed": 0, "unknown_endpoint": 4, "answer_shape": 0,
        "first_seen": "2026-12-03T08:00:00Z", "last_seen": "2026-12-03T08:05:00Z",
    }  # fmt: skip
    assert rows[1] == {
        "tool": "chatgpt", "adapter": "chatgpt_web", "endpoint": ENDPOINT, "unparsed": 5, "unknown_endpoint": 0,
        "answer_shape": 1, "first_seen": "2026-12-01T09:00:00Z", "last_seen": "2026-12-02T10:00:00Z",
    }  # fmt: skip
    assert s["totals"]["records"] == 1 and s["totals"]["other_events"] == 0  # drift records are no decisions
    assert s["totals"]["malformed_lines"] == 1  # a drift record with bad times is not read
    assert "adapter_health,chatgpt chatgpt_web " + ENDPOINT + ",unparsed,5" in to_csv(s)


def test_the_period_bounds_drift_records_too(tmp_path: Path) -> None:
    s = build_report(write_log(tmp_path / "logs", RECORDS), date_from=date(2026, 12, 3))
    assert [v["unknown_endpoint"] for v in s["adapter_health"].values()] == [4]


def test_the_section_in_dutch_and_english() -> None:
    from dlp_proxy.audit.report import ReportBuilder

    b = ReportBuilder()
    for r in RECORDS:
        assert b.add_line(json.dumps(r))
    s = b.summary("logs")
    en, nl = render(s, "en"), render(s, "nl")
    assert "Adapter health (apps that changed)" in en and "answer shape" in en
    assert "Apps with signs of change: 2. Unparsed: 5, unknown endpoint: 4, answer shape: 1." in en
    assert "Gezondheid van de adapters (veranderde apps)" in nl and "antwoordvorm" in nl
    assert "Niet gelezen: 5, onbekend endpoint: 4, antwoordvorm: 1." in nl
    assert "ids replaced by {id}" in en and "ids vervangen door {id}" in nl
    assert "POST chatgpt.com/backend-api/{id}" not in en
    assert ENDPOINT in en and ENDPOINT in nl


def test_every_field_from_the_log_is_escaped() -> None:
    from dlp_proxy.audit.report import ReportBuilder

    b = ReportBuilder()
    at = "2026-12-01T09:00:00Z"
    tags = {"endpoint": "POST x/<script>alert(1)</script>", "tool": "<script>t</script>", "adapter": "<b>a</b>"}
    hostile = drift(at, at, "unparsed", 1, **tags)
    assert b.add_line(json.dumps(hostile))
    for lang in ("en", "nl"):
        html = render(b.summary("logs"), lang)  # type: ignore[arg-type]
        assert "<script>" not in html and "<b>a</b>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;a&lt;/b&gt;" in html


def test_the_section_is_bounded() -> None:
    ledger = report_drift.DriftLedger(limit=3)
    for i in range(10):
        ledger.add(drift("2026-12-01T09:00:00Z", f"2026-12-01T09:00:0{i}Z", "unknown_endpoint", 1, f"POST x/p{i}"))
    rows = ledger.sections()["adapter_health"]
    assert len(rows) == 4 and rows["chatgpt chatgpt_web *"]["unknown_endpoint"] == 7
