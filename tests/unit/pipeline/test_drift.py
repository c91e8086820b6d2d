"""Adapter drift, the pure part (dlp_proxy.pipeline.drift): which decision records and answers are
drift, endpoint labels without ids or queries, the bounded tally and the `drift` records."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dlp_proxy.pipeline import drift
from dlp_proxy.pipeline.drift import DriftTally, answer_drift, drift_records, endpoint_pattern, request_drift

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "dlp_proxy" / "audit" / "schema.json").read_text())
UUID = "6f1c2a7e-9b3d-4e8f-a1b2-c3d4e5f60718"


@pytest.mark.parametrize(
    ("method", "host", "path", "label"),
    [
        ("POST", "chatgpt.com", "/backend-api/conversation", "POST chatgpt.com/backend-api/conversation"),
        # ids of every kind become {id}; the query string never reaches a label
        ("POST", "chatgpt.com", f"/backend-api/conversation/{UUID}/title?q=jan@x.nl",
         "POST chatgpt.com/backend-api/conversation/{id}/title"),
        ("GET", "claude.ai", "/api/organizations/1234/projects/p_ab12/docs",
         "GET claude.ai/api/organizations/{id}/projects/{id}/docs"),
        ("POST", "x.test", "/api/v1/users/jan%40voorbeeld.nl", "POST x.test/api/v1/users/{id}"),
        ("POST", "x.test", "/a/../b", "POST x.test/a/{id}/b"),
        # a regional file host: the label with a digit is `*`
        ("PUT", "sdmntprwestus2.oaiusercontent.com", "/files/abc123", "PUT *.oaiusercontent.com/files/{id}"),
        ("POST", "gemini.google.com", "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate",
         "POST gemini.google.com/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate"),
        ("WEBSOCKET", "copilot.microsoft.com", "/c/api/chat?api-version=2",
         "WEBSOCKET copilot.microsoft.com/c/api/chat"),
        ("weird method", "x.test", "/", "OTHER x.test/"),
        ("POST", "x.test", "/a/b/c/d/e/f/g/h/i/j", "POST x.test/a/b/c/d/e/f/g/h/…"),
    ],
)  # fmt: skip
def test_endpoint_labels_carry_no_ids_or_query(method: str, host: str, path: str, label: str) -> None:
    assert endpoint_pattern(method, host, path) == label


def test_every_label_is_one_the_schema_accepts() -> None:
    pattern = SCHEMA["allOf"][0]["then"]["properties"]["endpoint"]["pattern"]
    import re

    for path in ("/" + "x" * 3000, "/a b/\tc", "/" + "/".join(["s"] * 50), "/%00?x"):
        assert re.match(pattern, endpoint_pattern("POST", "chatgpt.com", path))


def record(adapter: str, endpoint: str, reason: str | None = None) -> dict[str, object]:
    return {"adapter": adapter, "endpoint": endpoint, "fail_reason": reason}


@pytest.mark.parametrize(
    ("tool_adapter", "rec", "kind"),
    [
        ("chatgpt_web", record("chatgpt_web", "conversation"), None),  # read as expected
        ("chatgpt_web", record("chatgpt_web", "unknown", "unreadable_body"), "unparsed"),
        ("chatgpt_web", record("chatgpt_web", "unknown", "ambiguous_body"), None),  # a hostile body, not drift
        ("chatgpt_web", record("generic", "generic.json"), "unknown_endpoint"),
        ("chatgpt_web", record("generic", "generic.text"), "unknown_endpoint"),
        ("chatgpt_web", record("generic", "generic.empty"), None),  # a GET or an empty POST: nothing carried
        ("chatgpt_web", record("generic", "unknown", "unreadable_body"), "unknown_endpoint"),
        ("chatgpt_web", record("generic", "unknown", "body_too_large"), None),
        ("chatgpt_web", record("generic", "blockpage"), None),
        ("generic", record("generic", "generic.json"), None),  # a tool without an adapter expects nothing
        ("", record("generic", "generic.json"), None),
        ("generic", record("generic", "unknown", "unreadable_body"), None),
    ],
)
def test_which_decisions_are_drift(tool_adapter: str, rec: dict[str, object], kind: str | None) -> None:
    assert request_drift(tool_adapter, rec) == kind


@pytest.mark.parametrize(
    ("status", "ctype", "flags", "drifted"),
    [
        (200, "text/event-stream", {"expects_stream": True, "readable": True}, False),
        (200, "application/x-new-stream", {"expects_stream": True, "readable": False}, True),
        (500, "text/html", {"expects_stream": True, "readable": False}, False),  # an error says nothing
        (200, "application/json", {"note": True, "readable": False}, True),  # the mask note cannot go in
        (200, "text/event-stream", {"note": True, "readable": True}, False),
        (200, "application/x-ndjson", {"restoring": True, "readable": False}, True),
        (200, "application/json", {"restoring": True, "readable": False}, False),  # restored whole
        (200, "text/html", {}, False),  # nothing expected of it
    ],
)
def test_which_answers_are_drift(status: int, ctype: str, flags: dict[str, bool], drifted: bool) -> None:
    args = {"expects_stream": False, "readable": False, "note": False, "restoring": False} | flags
    assert answer_drift(status, ctype, **args) is drifted


def test_the_tally_caps_endpoints_per_app_and_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    tally = DriftTally(limit=3)
    for i in range(10):  # a hostile client inventing endpoints
        assert tally.count("chatgpt", "generic", "unknown_endpoint", f"POST chatgpt.com/p{i}", 100.0 + i)
    tally.count("chatgpt", "chatgpt_web", "unparsed", "POST chatgpt.com/x", 5.0)
    group = tally.groups[("chatgpt", "generic", "unknown_endpoint")]
    assert set(group) == {"POST chatgpt.com/p0", "POST chatgpt.com/p1", "POST chatgpt.com/p2", "*"}
    assert group["*"].count == 7 and (group["*"].first, group["*"].last) == (103.0, 109.0)
    assert tally.groups[("chatgpt", "chatgpt_web", "unparsed")]["POST chatgpt.com/x"].count == 1  # not crowded out
    monkeypatch.setattr(drift, "MAX_GROUPS", 2)
    assert not tally.count("claude", "claude_web", "unparsed", "POST claude.ai/x", 1.0)


def test_records_are_valid_counts_only_and_a_failed_row_comes_back() -> None:
    tally = DriftTally()
    tally.count("chatgpt", "chatgpt_web", "unparsed", "POST chatgpt.com/backend-api/conversation", 1_780_000_000.0)
    tally.count("chatgpt", "chatgpt_web", "unparsed", "POST chatgpt.com/backend-api/conversation", 1_780_000_060.0)
    tally.count("chatgpt", "chatgpt_web", "answer_shape", "POST chatgpt.com/backend-api/conversation", 1.0e9)
    taken = tally.take()
    assert not tally
    recs = list(drift_records(taken, "sha256:0123456789abcdef"))
    assert [(r["drift"], r["count"]) for r in recs] == [("answer_shape", 1), ("unparsed", 2)]
    assert recs[1]["first_seen"] == "2026-05-28T20:26:40Z" and recs[1]["last_seen"] == "2026-05-28T20:27:40Z"
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for r in recs:
        validator.validate(r | {"timestamp": "2026-12-05T10:00:00Z", "seq": 1, "prev_hash": "0" * 64, "hash": "1" * 64})
    with pytest.raises(jsonschema.ValidationError):  # a drift record never takes a decision's fields
        validator.validate(recs[0] | {"user": "jan", "timestamp": "2026-12-05T10:00:00Z", "seq": 1,
                                      "prev_hash": "0" * 64, "hash": "1" * 64})  # fmt: skip
    for key, endpoint, seen in taken.rows():  # the log failed: the rows are counted again
        tally.restore(key, endpoint, seen)
    assert [(r["count"], r["first_seen"]) for r in drift_records(tally, "v")] == [
        (1, recs[0]["first_seen"]),
        (2, recs[1]["first_seen"]),
    ]
