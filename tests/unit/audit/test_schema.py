"""The log schema (dlp_proxy/audit/schema.json) for the portal's events: `request` and
`acknowledgement` records written through the real decision log validate and chain (`audit verify`),
each event takes exactly its own fields, and decision records stay as they were."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from dlp_proxy.audit import DecisionLog
from dlp_proxy.audit.record import build_record
from dlp_proxy.cli import main
from dlp_proxy.policy import Policy, decide
from dlp_proxy.policy.schema import Tool
from tests.unit.audit.test_report_portal import REQUESTS, ack, request

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "dlp_proxy" / "audit" / "schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
EXCEPTION = next(r for r in REQUESTS if r["consent_by"])  # an exception request, with client and consent
LOGGED = ("timestamp", "seq", "prev_hash", "hash")  # what the log adds to a committed record


def errors(record: dict[str, Any]) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(record)]


def as_committed(record: dict[str, Any]) -> dict[str, Any]:
    """A record as a portal handler hands it to `await ctx.log.commit(record)`."""
    return {k: v for k, v in record.items() if k not in LOGGED}


def decision_record(policy: Policy, tool: Tool) -> dict[str, Any]:
    rec = build_record(
        decision_id="0123456789abcdef", policy=policy, tool=tool, decision=decide(policy, tool, []),
        entity_counts={}, method="POST", host=tool.hosts[0], path="/v1/chat/completions", client_address="10.1.2.3",
        user="dave", adapter=tool.adapter, endpoint="generic", language="nl", bytes_scanned=4, latency_ms=1.0,
    )  # fmt: skip
    return dict(rec)


def test_portal_records_written_through_the_log_validate_and_the_chain_verifies(
    tmp_path: Path, policy: Policy, tools: dict[str, Tool], capsys: pytest.CaptureFixture[str]
) -> None:
    log = DecisionLog(str(tmp_path / "logs" / "decisions.jsonl"))
    written = [
        as_committed(REQUESTS[0]),  # a tool assessment
        as_committed(EXCEPTION),  # an exception, with client and consent
        # From the admin port: nobody identified, no decision.
        as_committed(
            request("", "claude", "tool_assessment", None, n=12, decision_id=None, use_category=None, data_levels=[])
        ),
        as_committed(ack("", "alice", policy.version)),
        decision_record(policy, tools["chatgpt"]),
    ]
    try:
        for record in written:
            log.write(record)
    finally:
        log.close()
    lines = (tmp_path / "logs" / "decisions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["event"] for line in lines] == [
        "request", "request", "request", "acknowledgement", "decision"
    ]  # fmt: skip
    for line in lines:
        assert not errors(json.loads(line)), line
    assert main(["audit", "verify", str(tmp_path / "logs")]) == 0
    assert "OK: 5 record(s)" in capsys.readouterr().out


BAD_REQUESTS = [
    ("a prompt in a request", {"prompt": "Schrijf een brief aan Jan"}),
    ("an unknown kind", {"kind": "complaint"}),
    ("a null request id", {"request_id": None}),
    ("a request id of another shape", {"request_id": "req-1"}),
    ("a data level nobody defined", {"data_levels": ["secret"]}),
    ("a category nobody defined", {"use_category": "marketing"}),
    ("a purpose over 500 characters", {"purpose": "x" * 501}),
    ("decision fields", {"action": "block"}),
    ("a malformed decision id", {"decision_id": "not-an-id"}),
]


@pytest.mark.parametrize(("what", "change"), BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_a_request_record_takes_exactly_its_fields(what: str, change: dict[str, Any]) -> None:
    assert errors(copy.deepcopy(REQUESTS[0]) | change), what


def test_a_request_record_may_carry_the_decisions_data_classes_and_a_consent_reference() -> None:
    record = EXCEPTION | {"data_classes": ["client"], "consent_ref": "DPA-2026-17"}  # as the portal writes them
    assert not errors(record)
    assert errors(record | {"data_classes": {"client": 1}})  # a decision's counts, not a request's list
    assert errors(record | {"data_classes": ["passwords"]})


def test_a_request_record_without_one_of_its_fields_is_invalid() -> None:
    for field in REQUESTS[0]:
        record = {k: v for k, v in REQUESTS[0].items() if k != field}
        assert errors(record), field


@pytest.mark.parametrize(
    ("what", "change"),
    [
        ("no user", {"user": None}),
        ("no policy version", {"policy_version": None}),
        ("a language the proxy does not speak", {"language": "de"}),
        ("request fields", {"purpose": "x"}),
        ("decision fields", {"decision_id": "0123456789abcdef"}),
    ],
)
def test_an_acknowledgement_record_takes_exactly_its_fields(what: str, change: dict[str, Any]) -> None:
    record = ack("2026-11-01T08:00:00Z", "alice", "sha256:aaaaaaaaaaaaaaaa") | change
    assert errors(record), what


def test_decision_records_stay_as_they_were(policy: Policy, tools: dict[str, Tool]) -> None:
    chain = {"seq": 1, "prev_hash": "0" * 64, "hash": "f" * 64}
    record = {"timestamp": "2026-11-01T08:00:00Z", **chain, **decision_record(policy, tools["chatgpt"])}
    assert not errors(record)
    changes = ({"decision_id": None}, {"user": None}, {"purpose": "x"}, {"request_id": "req-" + "0" * 16},
               {"data_classes": ["personal"]})  # fmt: skip
    for change in changes:
        assert errors(record | change), change
