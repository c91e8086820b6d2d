"""Every record the running proxy writes validates against the documented schema, and the chain verifies."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.e2e.proxy_process import ProxyProcess

pytestmark = pytest.mark.e2e

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "dlp_proxy" / "audit" / "schema.json").read_text())


def test_every_record_written_in_this_session_validates_and_chains(proxy: ProxyProcess) -> None:
    # Runs after the other e2e tests of the session proxy (allow, redact, warn, block, failures).
    import httpx

    with httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=20) as client:
        client.post(
            "https://api.openai.com/v1/chat/completions",
            content=b"{not json",
            headers={"content-type": "application/json"},
        )
        client.post(
            "https://api.openai.com/v1/chat/completions",
            json={"model": "m", "messages": [{"role": "user", "content": "Hallo"}]},
        )
    records = proxy.all_records()  # decisions, and any observed records (tests/e2e/test_discovery.py)
    assert len(records) >= 2
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, (record.get("decision_id", record.get("host")), [e.message for e in errors])
    assert {r["fail_reason"] for r in proxy.records()} >= {"unreadable_body", None}

    from dlp_proxy.audit.chain import verify

    checked, problem = verify(proxy.audit_log)
    assert problem is None and checked == len(records)
