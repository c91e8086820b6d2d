"""The report's unassessed AI use: bundled-catalogue services by service and kind, and observed
hosts as "possibly AI, not assessed" (summed over flush intervals), in JSON, CSV and escaped HTML."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from dlp_proxy.audit.report import build_report, to_csv, to_json
from dlp_proxy.audit.report_html import render
from tests.unit.audit.test_report import rec, write_log


def observed(ts: str, host: str, connections: int, **kw: Any) -> dict[str, Any]:
    r: dict[str, Any] = {
        "timestamp": ts, "event": "observed", "schema_version": 1, "policy_version": "sha256:aaaaaaaaaaaaaaaa",
        "host": host, "pattern": kw.pop("pattern", "keyword:llm"), "connections": connections,
        "first_seen": kw.pop("first", ts[:19] + "Z"), "last_seen": kw.pop("last", ts[:19] + "Z"),
        "seq": 1, "prev_hash": "0" * 64, "hash": "f" * 64,
    }  # fmt: skip
    r.update(kw)
    return r


def bundled(ts: str, tool: str, kind: str, user: str = "bob", action: str = "block") -> dict[str, Any]:
    return rec(ts, tool=tool, status="unlisted", action=action, rule="TOOL-UNLISTED", user=user,
               host=f"{tool}.example", tool_kind=kind, tool_source="bundled")  # fmt: skip


RECORDS = [
    rec("2026-11-01T08:00:00Z"),  # from before the bundled catalogue: no tool_source, the organisation's
    rec(
        "2026-11-01T09:00:00Z",
        tool="claude",
        status="unlisted",
        action="block",
        tool_kind="chat",
        tool_source="organisation",
    ),
    bundled("2026-11-02T10:00:00Z", "poe", "chat"),
    bundled("2026-11-02T11:00:00Z", "poe", "chat", user="carol"),
    bundled("2026-11-03T12:00:00Z", "midjourney", "image"),
    bundled("2026-11-03T13:00:00Z", "deepl", "translation", action="warn"),
    observed("2026-11-02T10:10:00Z", "api.newmodel-llm.test", 3, first="2026-11-02T10:00:01Z", long_lived=1),
    observed("2026-11-02T10:20:00Z", "api.newmodel-llm.test", 4, last="2026-11-02T10:19:59Z"),
    observed("2026-11-02T10:20:00Z", "chat.lab.ai", 1, pattern="tld:ai"),
    observed("2026-11-02T10:20:00Z", "*", 9, pattern="overflow"),
    observed("2026-11-09T10:20:00Z", "later.llm.test", 2),
]


def test_bundled_services_are_listed_by_service_and_kind_and_old_records_are_the_organisations(
    tmp_path: Path,
) -> None:
    s = build_report(write_log(tmp_path / "logs", RECORDS))
    services = s["shadow_ai_bundled"]
    assert list(services) == ["poe", "deepl", "midjourney"]  # most used first, then by name
    assert services["poe"] == {
        "kind": "chat", "hosts": "poe.example", "first_seen": "2026-11-02T10:00:00.000000Z",
        "last_seen": "2026-11-02T11:00:00.000000Z", "requests": 2, "distinct_users": 2,
        "allow": 0, "pseudonymise": 0, "redact": 0, "warn": 0, "block": 2,
    }  # fmt: skip
    assert s["shadow_ai_kinds"] == {
        "chat": {"services": 1, "requests": 2, "allow": 0, "pseudonymise": 0, "redact": 0, "warn": 0, "block": 2},
        "image": {"services": 1, "requests": 1, "allow": 0, "pseudonymise": 0, "redact": 0, "warn": 0, "block": 1},
        "translation": {"services": 1, "requests": 1, "allow": 0, "pseudonymise": 0, "redact": 0, "warn": 1,
                        "block": 0},
    }  # fmt: skip
    assert "claude" in s["shadow_ai"] and "claude" not in services  # unlisted by the organisation itself
    assert set(s["shadow_ai"]) == {"claude", "poe", "deepl", "midjourney"}  # every unlisted tool, as before
    assert s["totals"]["records"] == 6 and s["totals"]["bundled_ai_requests"] == 4
    assert s["compliance"]["ISO27001:A.5.10"]["bundled_ai_services_used"] == 3


def test_observed_hosts_are_summed_over_intervals_as_possibly_ai(tmp_path: Path) -> None:
    s = build_report(write_log(tmp_path / "logs", RECORDS))
    possible = s["possibly_ai"]
    assert list(possible) == ["*", "api.newmodel-llm.test", "later.llm.test", "chat.lab.ai"]
    assert possible["api.newmodel-llm.test"] == {
        "pattern": "keyword:llm", "connections": 7, "long_lived": 1, "first_seen": "2026-11-02T10:00:01Z",
        "last_seen": "2026-11-02T10:19:59Z", "intervals": 2,
    }  # fmt: skip
    t = s["totals"]
    assert (t["possibly_ai_hosts"], t["possibly_ai_connections"], t["observed_records"]) == (3, 19, 5)
    assert t["other_events"] == 0 and t["malformed_lines"] == 0
    assert s["compliance"]["ISO27001:A.5.10"]["possibly_ai_hosts_not_assessed"] == 3
    # observed records are no decisions: they change no decision figure
    assert t["records"] == 6 and sum(d["requests"] for d in s["actions_per_day"].values()) == 6


def test_the_period_applies_to_observed_records_and_broken_ones_count_as_malformed(tmp_path: Path) -> None:
    from datetime import date

    broken = [
        json.dumps(observed("2026-11-02T10:20:00Z", "x.ai", -1)),
        json.dumps(observed("2026-11-02T10:20:00Z", "", 1)),
        json.dumps(observed("2026-11-02T10:20:00Z", "y.ai", 1, first="yesterday")),
        json.dumps({k: v for k, v in observed("2026-11-02T10:20:00Z", "z.ai", 1).items() if k != "pattern"}),
    ]
    folder = write_log(tmp_path / "logs", RECORDS, broken)
    s = build_report(folder, date(2026, 11, 1), date(2026, 11, 3))
    assert "later.llm.test" not in s["possibly_ai"]
    assert s["totals"]["outside_period"] == 1
    assert s["totals"]["malformed_lines"] == 4
    assert not {"x.ai", "y.ai", "z.ai", ""} & set(s["possibly_ai"])


def test_csv_and_json_carry_the_same_observed_figures(tmp_path: Path) -> None:
    s = build_report(write_log(tmp_path / "logs", RECORDS))
    rows = list(csv.DictReader(io.StringIO(to_csv(s))))
    got = {r["subkey"]: r["value"] for r in rows if r["section"] == "possibly_ai" and r["key"] == "chat.lab.ai"}
    assert got["connections"] == "1" and got["pattern"] == "tld:ai"
    assert json.loads(to_json(s))["possibly_ai"]["chat.lab.ai"]["connections"] == 1
    kinds = {r["key"] for r in rows if r["section"] == "shadow_ai_kinds"}
    assert kinds == {"chat", "image", "translation"}


def test_the_html_lists_possibly_ai_hosts_and_escapes_every_name(tmp_path: Path) -> None:
    evil = [observed("2026-11-02T10:20:00Z", '<img src=x onerror="alert(1)">.ai', 5),
            bundled("2026-11-02T10:00:00Z", "<b>tool</b>", "<i>chat</i>")]  # fmt: skip
    page = render(build_report(write_log(tmp_path / "logs", [*RECORDS, *evil])))
    section = page[page.index('id="possibly-ai"') :]
    section = section[: section.index("</section>")]
    assert "Possibly AI, not assessed" in section
    assert "api.newmodel-llm.test" in section and "keyword:llm" in section and ">7<" in section
    assert "<img" not in page and "<b>tool" not in page and "<i>chat" not in page
    assert "&lt;img src=x onerror=" in section
    assert "poe" in page[page.index('id="shadow-ai"') :]


def test_with_nothing_unassessed_the_sections_are_empty_not_missing(tmp_path: Path) -> None:
    s = build_report(write_log(tmp_path / "logs", [rec("2026-11-01T08:00:00Z")]))
    assert (s["shadow_ai_bundled"], s["shadow_ai_kinds"], s["possibly_ai"]) == ({}, {}, {})
    page = render(s)
    assert 'id="possibly-ai"' in page and "None in this period." in page
