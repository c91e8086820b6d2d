"""Optional evidence: off by default; the masked prompt only; fingerprints that find a value without holding it."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.audit.evidence import evidence_key, fingerprint
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.errors import PolicyError
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policy.schema import Evidence
from tests.paths import TEST_POLICY
from tests.unit.judge import judge

REPO = Path(__file__).resolve().parents[3]
BSN, EMAIL = "111222333", "piet.puk@example.org"
PROMPT = f"Mail {EMAIL} over BSN {BSN} en de planning."


@pytest.fixture(scope="module")
def detector():  # type: ignore[no-untyped-def]
    return build_detector(load_policy(TEST_POLICY)).load()


def run(policy: Policy, detector, key: bytes | None) -> dict:  # type: ignore[no-untyped-def,type-arg]
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": PROMPT}]}).encode()
    req = RequestView("POST", "api.openai.com", "/v1/chat/completions", {"content-type": "application/json"}, body)
    tool = policy.tool_for("api.openai.com", "/v1/chat/completions")
    assert tool is not None
    verdict = asyncio.run(
        judge(req, policy=policy, tool=tool, scan=run_sync_scan(detector.scan), client_address="10.0.0.1",
                user="alice", language="nl", evidence_key=key)
    )  # fmt: skip
    return verdict.record


def test_no_evidence_by_default(detector) -> None:  # type: ignore[no-untyped-def]
    record = run(load_policy(TEST_POLICY), detector, None)
    assert "evidence" not in record
    assert BSN not in json.dumps(record) and EMAIL not in json.dumps(record)


def test_evidence_holds_the_masked_prompt_and_fingerprints_never_the_values(detector) -> None:  # type: ignore[no-untyped-def]
    policy = load_policy(TEST_POLICY)
    on = policy.settings.model_copy(update={"evidence": Evidence(masked_prompt=True, fingerprints=True)})
    policy = policy.model_copy(update={"settings": on})
    record = run(policy, detector, b"k3y")
    text = json.dumps(record)
    assert BSN not in text and EMAIL not in text
    assert record["evidence"]["masked_prompt"] == "Mail [EMAIL_ADDRESS_1] over BSN [NL_BSN_1] en de planning."
    prints = {p["entity_type"]: p["fingerprint"] for p in record["evidence"]["fingerprints"]}
    # An investigator with the key finds the BSN however it was written.
    assert prints["NL_BSN"] == fingerprint(b"k3y", "NL_BSN", "111.222.333")
    assert prints["EMAIL_ADDRESS"] == fingerprint(b"k3y", "EMAIL_ADDRESS", EMAIL.upper())
    assert prints["NL_BSN"] != fingerprint(b"other", "NL_BSN", BSN)


def test_fingerprints_without_a_key_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DLP_EVIDENCE_KEY", raising=False)
    with pytest.raises(PolicyError, match="DLP_EVIDENCE_KEY"):
        evidence_key(Evidence(fingerprints=True))
    assert evidence_key(Evidence()) is None


def test_audit_fingerprint_command_reads_the_value_from_stdin() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "dlp_proxy.cli", "audit", "fingerprint", "--type", "NL_BSN"],
        input="1112 22 333\n", capture_output=True, text=True, cwd=REPO, env={"DLP_EVIDENCE_KEY": "k3y", "PATH": ""},
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == fingerprint(b"k3y", "NL_BSN", BSN)


def test_pseudonymised_users_are_stable_keyed_and_not_in_clear(detector) -> None:  # type: ignore[no-untyped-def]
    from dlp_proxy.audit.evidence import pseudonym, pseudonym_key
    from dlp_proxy.policy.schema import Identity

    policy = load_policy(TEST_POLICY)
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "Hallo"}]}).encode()
    req = RequestView("POST", "api.openai.com", "/v1/chat/completions", {"content-type": "application/json"}, body)
    tool = policy.tool_for("api.openai.com", "/v1/chat/completions")
    assert tool is not None
    verdict = asyncio.run(
        judge(req, policy=policy, tool=tool, scan=run_sync_scan(detector.scan), client_address="10.1.2.3",
                user="alice", language="nl", pseudonym_key=b"p-key")
    )  # fmt: skip
    record = verdict.record
    assert record["user"] == pseudonym(b"p-key", "alice") != pseudonym(b"other", "alice")
    assert record["client_address"] == pseudonym(b"p-key", "10.1.2.3")
    assert "alice" not in json.dumps(record) and "10.1.2.3" not in json.dumps(record)
    assert record["groups"] == ["project-noorderlicht"]  # groups stay readable for reporting
    with pytest.raises(PolicyError):
        pseudonym_key(Identity(pseudonymise=True, pseudonym_key_env="NO_SUCH_KEY_SET"))
