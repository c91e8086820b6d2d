"""A bundled service's request: its record says kind and source (and nothing of the prompt), and the
employee's block page and notice name the service."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dlp_proxy.audit import build_record
from dlp_proxy.findings import Finding
from dlp_proxy.policy import Policy, Tool, decide, load_policy
from dlp_proxy.respond import blockpage
from dlp_proxy.respond.notices import block_notice
from tests.paths import TEST_POLICY

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "dlp_proxy" / "audit" / "schema.json").read_text())
CHAIN = {"timestamp": "2026-12-05T09:30:00.000000Z", "seq": 1, "prev_hash": "0" * 64, "hash": "1" * 64}


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(TEST_POLICY)


@pytest.fixture(scope="module")
def deepl(policy: Policy) -> Tool:
    tool = policy.tool_for("api.deepl.com", "/v2/translate")
    assert tool is not None and tool.source == "bundled"
    return tool


def _record(policy: Policy, tool: Tool) -> dict[str, object]:
    findings = [Finding("EMAIL_ADDRESS", "personal", 0, 17, 1.0, "test")]
    decision = decide(policy, tool, findings)
    rec = build_record(
        decision_id="0123456789abcdef", policy=policy, tool=tool, decision=decision,
        entity_counts={"EMAIL_ADDRESS": 1}, method="POST", host="api.deepl.com", path="/v2/translate?auth=x",
        client_address="10.1.2.3", user="dave", adapter=tool.adapter, endpoint="generic", language="en",
        bytes_scanned=40, latency_ms=1.5,
    )  # fmt: skip
    return {**CHAIN, **rec}


def test_when_a_bundled_service_is_recorded_then_kind_and_source_are_in_the_record(policy: Policy, deepl: Tool) -> None:
    rec = _record(policy, deepl)
    assert (rec["tool"], rec["tool_kind"], rec["tool_source"], rec["tool_status"]) == (
        "deepl",
        "translation",
        "bundled",
        "unlisted",
    )
    assert (rec["action"], rec["rule_id"]) == ("block", "TOOL-UNLISTED")
    assert rec["tool_name"] == deepl.name  # the service's name, as the block page shows it
    errors = [e.message for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(rec)]
    assert not errors, errors
    assert "auth=x" not in json.dumps(rec)  # never the query string


def test_when_an_organisation_tool_is_recorded_then_its_source_is_organisation(policy: Policy) -> None:
    claude = next(t for t in policy.tools if t.id == "claude")
    rec = _record(policy, claude)
    assert (rec["tool_kind"], rec["tool_source"]) == (None, "organisation")
    assert not list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(rec))


def test_when_a_record_lacks_the_new_fields_then_the_schema_refuses_it(policy: Policy, deepl: Tool) -> None:
    rec = _record(policy, deepl)
    for key in ("tool_kind", "tool_source"):
        broken = {k: v for k, v in rec.items() if k != key}
        assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(broken))
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors({**rec, "tool_source": "elsewhere"}))


def test_when_a_bundled_service_is_blocked_then_page_and_notice_name_it(policy: Policy, deepl: Tool) -> None:
    decision = decide(policy, deepl, [])
    page = blockpage.render(policy, deepl, "0123456789abcdef", "en", decision.rule_id)
    assert f"<b>{deepl.name}</b> is not on the list of approved AI tools" in page
    notice = block_notice(policy, deepl, decision, {}, "0123456789abcdef", "en")
    assert deepl.name in notice and "TOOL-UNLISTED" in notice
