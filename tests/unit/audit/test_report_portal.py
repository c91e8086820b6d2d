"""The report's requests and acknowledgements sections, from a hand-written log of decisions, requests
and acknowledgements: exact counts, the period, the HTML in Dutch and English, escaping, and never a
requester's own words in any output."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from dlp_proxy.audit.report import build_report, to_csv, to_json
from dlp_proxy.audit.report_html import render
from tests.unit.audit.test_report import rec, write_log

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "dlp_proxy" / "audit" / "schema.json").read_text())
A, B = "sha256:aaaaaaaaaaaaaaaa", "sha256:bbbbbbbbbbbbbbbb"
CHAIN = {"seq": 1, "prev_hash": "0" * 64, "hash": "f" * 64}  # the report reads no chain; `audit verify` does
# What requesters wrote: the log keeps it (masked) for `requests export`; no report shows it.
PURPOSE, REASON, CONSENT = (
    "Samenvatten van openbare artikelen",
    "Offerte voor [CLIENT_1] opstellen",
    "J. Jansen, directeur",
)


def request(ts: str, tool: str, kind: str, user: str | None, **kw: Any) -> dict[str, Any]:
    """A `request` record as the portal writes it (format: issue 17's common brief)."""
    n = kw.pop("n")
    r: dict[str, Any] = {
        "timestamp": ts, "event": "request", "schema_version": 1, "request_id": f"req-{n:016x}", "kind": kind,
        "tool": tool, "tool_name": kw.pop("tool_name", tool.capitalize()), "decision_id": f"{n:016x}",
        "user": user, "identity_source": "proxy_auth", "client_address": "10.0.0.7", "policy_version": A,
        "use_category": kw.pop("use_category", "general_use"), "data_levels": kw.pop("data_levels", ["low"]),
        "purpose": PURPOSE, "client": None, "consent_by": None, "reason": REASON if kind == "exception" else None,
        **CHAIN,
    }  # fmt: skip
    r.update(kw)
    return r


def ack(ts: str, user: str, version: str, lang: str = "nl", **kw: Any) -> dict[str, Any]:
    """An `acknowledgement` record as first contact writes it."""
    r: dict[str, Any] = {
        "timestamp": ts, "event": "acknowledgement", "schema_version": 1, "user": user,
        "identity_source": "proxy_auth", "client_address": "10.0.0.8", "policy_version": version,
        "policy_name": "AI-beleid Voorbeeld BV", "tool": "chatgpt", "language": lang, **CHAIN,
    }  # fmt: skip
    r.update(kw)
    return r


DECISIONS = [
    rec("2026-11-01T08:00:00Z", user="alice"),
    rec("2026-11-02T09:00:00Z", tool="claude", status="unlisted", action="block", rule="UNLISTED-BLOCK", user="bob"),
    rec("2026-11-03T09:00:00Z", user="carol"),
    rec("2026-11-03T09:30:00Z", tool="deepseek", status="forbidden", action="block", user="carol"),
    rec("2026-11-06T12:00:00Z", tool="perplexity", status="unlisted", action="block", user="bob", policy=B),
    rec("2026-11-08T10:00:00Z", tool="claude", user="dave", policy=B),  # claude approved since: assessed
    rec("2026-11-09T10:00:00Z", user="alice", policy=B),  # the newest decision: B is the version in force
]
REQUESTS = [
    request("2026-11-02T09:05:00Z", "claude", "tool_assessment", "bob", n=1, tool_name="Claude.ai"),
    request("2026-11-03T10:00:00Z", "claude", "tool_assessment", "carol", n=2, tool_name="Claude.ai",
            data_levels=["low", "medium"]),
    request("2026-11-04T10:00:00Z", "claude", "tool_assessment", "bob", n=3, tool_name="Claude.ai",
            use_category="internal_productivity", data_levels=["medium"]),
    request("2026-11-06T13:00:00Z", "perplexity", "tool_assessment", "bob", n=4, tool_name="Perplexity"),
    # Forbidden before it was asked about, and nothing since: open (asking again is asking for a new assessment).
    request("2026-11-05T13:00:00Z", "deepseek", "tool_assessment", "carol", n=13, tool_name="DeepSeek"),
    request("2026-11-05T10:00:00Z", "chatgpt", "exception", "alice", n=5, use_category="client_projects",
            data_levels=["high"], client="acme", consent_by=CONSENT),
    request("2026-11-07T10:00:00Z", "chatgpt", "exception", "carol", n=6, use_category="client_projects",
            data_levels=["high"], client="acme"),
    request("2026-11-07T11:00:00Z", "client-ai", "exception", "alice", n=7, use_category="client_projects",
            data_levels=["high"]),
]  # fmt: skip
ACKS = [
    ack("2026-10-20T08:00:00Z", "alice", A),  # before the period: still holds
    ack("2026-11-01T08:00:00Z", "bob", A),
    ack("2026-11-06T08:00:00Z", "alice", B),
    ack("2026-11-07T08:00:00Z", "bob", B, "en"),
    ack("2026-11-07T09:00:00Z", "erin", B),  # acknowledged, never active in the period
    ack("2026-11-20T08:00:00Z", "carol", B),  # after the period's end
]
PERIOD = (date(2026, 11, 1), date(2026, 11, 10))


def portal_log(folder: Path, extra: list[dict[str, Any]] | None = None) -> Path:
    return write_log(folder, [*DECISIONS, *REQUESTS, *ACKS, *(extra or [])])


@pytest.fixture
def summary(tmp_path: Path) -> dict[str, Any]:
    return build_report(portal_log(tmp_path / "logs"), *PERIOD)


class _Text(HTMLParser):
    """The words a reader sees: text outside <style> and <title> of the charts."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def visible(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return " ".join(" ".join(parser.parts).split())


def section(page: str, ident: str) -> str:
    start = page.index(f'<section id="{ident}">')
    return page[start : page.index("</section>", start)]


def test_the_fixture_records_are_valid_log_records() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in [*REQUESTS, *ACKS]:
        assert not list(validator.iter_errors(record)), record


def test_requests_are_counted_per_tool_and_kind_with_what_was_asked_for(summary: dict[str, Any]) -> None:
    t = summary["totals"]
    assert (t["requests"], t["tool_assessment_requests"], t["exception_requests"]) == (8, 5, 3)
    assert (t["tools_awaiting_assessment"], t["requesting_users"], t["other_events"]) == (2, 3, 0)
    by_tool = summary["requests_by_tool"]
    assert list(by_tool) == ["claude/tool_assessment", "chatgpt/exception", "client-ai/exception",
                             "deepseek/tool_assessment", "perplexity/tool_assessment"]  # fmt: skip
    assert by_tool["claude/tool_assessment"] == {
        "tool": "claude", "tool_name": "Claude.ai", "kind": "tool_assessment", "requests": 3, "distinct_users": 2,
        "without_user": 0, "first_seen": "2026-11-02T09:05:00.000000Z", "last_seen": "2026-11-04T10:00:00.000000Z",
        "category_internal_productivity": 1, "category_general_use": 2, "category_client_projects": 0,
        "category_none": 0, "level_low": 2, "level_medium": 2, "level_high": 0,
        "tool_status_now": "approved", "state": "assessed",
    }  # fmt: skip
    perplexity = by_tool["perplexity/tool_assessment"]
    assert (perplexity["tool_status_now"], perplexity["state"]) == ("unlisted", "open")
    deepseek = by_tool["deepseek/tool_assessment"]
    assert (deepseek["tool_status_now"], deepseek["state"]) == ("forbidden", "open")  # no decision since the request
    assert by_tool["chatgpt/exception"]["state"] == ""  # the log cannot tell whether it was granted
    assert summary["exception_requests_by_client"] == {
        "acme": {"tools": "chatgpt", "requests": 2, "distinct_users": 2, "consent_named": 1,
                 "first_seen": "2026-11-05T10:00:00.000000Z", "last_seen": "2026-11-07T10:00:00.000000Z"},
        "": {"tools": "client-ai", "requests": 1, "distinct_users": 1, "consent_named": 0,
             "first_seen": "2026-11-07T11:00:00.000000Z", "last_seen": "2026-11-07T11:00:00.000000Z"},
    }  # fmt: skip
    c = summary["compliance"]["ISO27001:A.5.10"]
    assert (c["tool_assessment_requests"], c["exception_requests"], c["tools_awaiting_assessment"]) == (5, 3, 2)


def test_acknowledgements_count_per_version_and_against_the_users_active_in_the_period(
    summary: dict[str, Any],
) -> None:
    versions = summary["acknowledgements"]
    assert list(versions) == [A, B]
    assert versions[A] | {} == {
        "policy_name": "AI-beleid Voorbeeld BV", "distinct_users": 2, "acknowledgements": 2,
        "first_seen": "2026-10-20T08:00:00.000000Z", "last_seen": "2026-11-01T08:00:00.000000Z",
        "language_nl": 2, "language_en": 0, "current": False,
    }  # fmt: skip
    assert (versions[B]["distinct_users"], versions[B]["language_en"], versions[B]["current"]) == (3, 1, True)
    assert summary["acknowledgement_of_current"] == {
        "policy_version": B, "active_users": 4, "active_users_acknowledged": 2, "share": 0.5,
        "users_acknowledged": 3, "acknowledgements_without_user": 0,
    }  # fmt: skip
    assert summary["totals"]["outside_period"] == 1  # carol's acknowledgement after the period's end
    assert summary["compliance"]["ISO27001:A.6.3"] == {
        "policy_versions_acknowledged": 2, "users_acknowledged_current_version": 3, "active_users": 4,
        "active_users_acknowledged_current_version": 2,
    }  # fmt: skip


def test_without_a_period_every_acknowledgement_and_request_counts(tmp_path: Path) -> None:
    s = build_report(portal_log(tmp_path / "logs"))
    assert s["acknowledgement_of_current"]["active_users_acknowledged"] == 3  # carol too
    assert s["totals"]["requests"] == 8 and s["totals"]["outside_period"] == 0


def test_requests_outside_the_period_and_unreadable_ones_are_counted_apart(tmp_path: Path) -> None:
    bad = [request("2026-11-03T10:00:00Z", "claude", "a_kind_nobody_knows", "bob", n=8),
           request("2026-11-03T10:00:00Z", "", "tool_assessment", "bob", n=9),
           ack("2026-11-03T10:00:00Z", "bob", B, policy_version=None)]  # fmt: skip
    s = build_report(portal_log(tmp_path / "logs", bad), date(2026, 11, 4), date(2026, 11, 10))
    assert s["totals"]["malformed_lines"] == 3
    assert s["totals"]["requests"] == 6  # the two of 2 and 3 November lie before the period


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_output_holds_what_a_requester_wrote(summary: dict[str, Any], lang: str) -> None:
    for out in (to_json(summary), to_csv(summary), render(summary, lang)):
        for words in (PURPOSE, REASON, CONSENT):
            assert words not in out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", ["Aanvragen: nieuwe tools en uitzonderingen",
                "Aanvragen: 8, van 3 gebruikers. Tools die wachten op beoordeling: 2.",
                "beoordeling van een tool", "beoordeeld: goedgekeurd", "interne productiviteit 1, algemeen "
                "gebruik en onderzoek 2", "laag risico 2, middel risico 2", "geen klant genoemd",
                "Bevestiging van het AI-beleid", "2 van de 4 gebruikers die in deze periode actief waren (50,0%)",
                "1 november 2026", "Niets in deze periode."]),
        ("en", ["Requests: new tools and exceptions", "Requests: 8, from 3 users. Tools awaiting assessment: 2.",
                "tool assessment", "assessed: approved", "internal productivity 1, general use and research 2",
                "low risk 2, medium risk 2", "no client named", "Policy acknowledgements (first contact)",
                "2 of the 4 users active in this period (50.0%)", "1 November 2026", "None in this period."]),
    ],
)  # fmt: skip
def test_the_html_shows_requests_and_acknowledgements_in_the_language_asked(
    summary: dict[str, Any], lang: str, expected: list[str]
) -> None:
    page = render(summary, lang)
    assert f'<html lang="{lang}">' in page
    text = visible(page)
    for words in expected:
        assert words in text, words
    cells = {
        "nl": ("interne productiviteit 1, algemeen gebruik en onderzoek 2", "laag risico 2, middel risico 2"),
        "en": ("internal productivity 1, general use and research 2", "low risk 2, medium risk 2"),
    }[lang]
    for cell in cells:
        assert f"<td>{cell}</td>" in page  # only what was asked for, with its count
    requests = visible(section(page, "requests"))
    assert "Claude.ai" in requests and "perplexity" in requests and "acme" in requests
    acks = visible(section(page, "acknowledgements"))
    assert A in acks and B in acks and "nl 2, en 0" in acks


# Words only English has ("of" is Dutch too): a Dutch page that shows one took a text from outside the table.
ENGLISH_ONLY = re.compile(
    r"\b(the|and|with|None|requests?(?! export)|users?|seen|first|last|found|blocked|allowed|masked|per day|"
    r"records? from|Totals|Evidence|Usage|inventory|Possibly|assessed|awaiting|acknowledged)\b"
)


def test_the_dutch_html_has_no_english_words_and_the_english_no_dutch_ones(summary: dict[str, Any]) -> None:
    dutch = visible(render(summary, "nl"))
    assert not ENGLISH_ONLY.findall(dutch), sorted(set(ENGLISH_ONLY.findall(dutch)))
    english = visible(render(summary, "en"))
    dutch_only = re.compile(r"\b(het|een|van|voor|niet|gebruikers|aanvragen|geblokkeerd|Niets|periode)\b")
    assert not dutch_only.findall(english), sorted(set(dutch_only.findall(english)))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markup_in_logged_names_is_shown_as_text(tmp_path: Path, lang: str) -> None:
    script, img = "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'
    hostile = [
        request("2026-11-03T10:00:00Z", "claude", "tool_assessment", script, n=10, tool_name=script),
        request("2026-11-03T11:00:00Z", "chatgpt", "exception", script, n=11, client=img),
        ack("2026-11-03T12:00:00Z", script, script, policy_name=script),
        rec("2026-11-03T13:00:00Z", user=script, justification=script),
    ]
    page = render(build_report(portal_log(tmp_path / "logs", hostile), *PERIOD), lang)
    assert "<script" not in page and "<img" not in page
    assert page.count("&lt;script&gt;") >= 4  # tool name, policy version and name, user, justification
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in section(page, "requests")


def test_csv_and_json_keep_english_keys_and_their_totals_agree(summary: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(summary))))
    totals = {r["key"]: int(r["value"]) for r in rows if r["section"] == "totals"}
    assert totals == json.loads(to_json(summary))["totals"]
    sections = {r["section"] for r in rows}
    assert {"requests_by_tool", "exception_requests_by_client", "acknowledgements"} <= sections
    assert all(isinstance(v, int | str | bool | float) or v is None for v in summary["requests_by_tool"]["claude/"
               "tool_assessment"].values())  # fmt: skip
