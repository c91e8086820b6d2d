"""The decision record built by inspection: types, counts, rule and action, never a value or prompt text."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.audit import SCHEMA_VERSION, DecisionLog
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.pipeline.inspection import Verdict, run_sync_scan
from dlp_proxy.policy import Policy, Tool
from dlp_proxy.respond.justify import Justifier
from tests.unit.judge import judge as run_pipeline

EMAIL = "jan.jansen@voorbeeld.nl"
IBAN = "NL91ABNA0417164300"
API_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape
PROMPT = f"Schrijf een herinnering aan {EMAIL} over rekening {IBAN}; de sleutel is {API_KEY}."
PROMPT_WORDS = ["Schrijf", "herinnering", "rekening", "sleutel", "jan.jansen", "voorbeeld.nl"]


def chat(text: str, path: str = "/v1/chat/completions") -> RequestView:
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}).encode()
    return RequestView("POST", "api.openai.com", path, {"content-type": "application/json"}, body)


def judge(request: RequestView, policy: Policy, tool: Tool, detector: PresidioDetector, **kwargs: Any) -> Verdict:
    return asyncio.run(
        run_pipeline(
            request,
            policy=policy,
            tool=tool,
            scan=run_sync_scan(detector.scan),
            client_address="10.0.0.7",
            user="erin",
            language="nl",
            **kwargs,
        )
    )


def logged(tmp_path: Path, record: dict[str, Any]) -> str:
    log = DecisionLog(str(tmp_path / "d.jsonl"))
    log.write(record)
    log.close()
    [line] = (tmp_path / "d.jsonl").read_text(encoding="utf-8").splitlines()
    return line


def test_when_a_prompt_with_email_iban_and_key_is_logged_then_counts_are_there_and_no_value_is(
    tmp_path: Path, policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    verdict = judge(chat(PROMPT), policy, tools["openai-api"], detector)
    line = logged(tmp_path, verdict.record)

    for text in [EMAIL, IBAN, API_KEY, "NL91", "AKIA", *PROMPT_WORDS]:
        assert text not in line
    record = json.loads(line)
    assert record["entities"] == {"EMAIL_ADDRESS": 1, "IBAN_CODE": 1, "SECRET": 1}
    assert record["data_classes"] == {"personal": 2, "secret": 1}
    assert (record["action"], record["rule_id"], record["highest_risk"]) == ("block", "SECRET-BLOCK", "high")
    assert record["decision_id"] == verdict.decision_id
    assert record["schema_version"] == SCHEMA_VERSION
    assert record["policy_version"] == policy.version
    assert (record["tool"], record["adapter"], record["endpoint"]) == ("openai-api", "openai", "chat.completions")
    assert (record["user"], record["client_address"]) == ("erin", "10.0.0.7")
    assert record["bytes_scanned"] > len(PROMPT)  # the prompt and the rest of the request (closed world)
    assert record["detection_failed"] is False


def test_when_personal_data_is_masked_then_the_record_counts_it_and_holds_no_value(
    tmp_path: Path, policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    verdict = judge(chat(f"Mail {EMAIL} over {IBAN}"), policy, tools["openai-api"], detector)
    line = logged(tmp_path, verdict.record)
    for text in [EMAIL, IBAN, "Mail", "jan.jansen"]:
        assert text not in line
    record = json.loads(line)
    assert (record["action"], record["rule_id"], record["masked"]) == ("redact", "PERSONAL-MASK-LOW", 2)
    assert record["entities"] == {"EMAIL_ADDRESS": 1, "IBAN_CODE": 1}


def test_when_the_path_has_a_query_string_then_the_record_drops_it(
    tmp_path: Path, policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    request = chat("Hallo", path=f"/v1/chat/completions?user={EMAIL}")
    line = logged(tmp_path, judge(request, policy, tools["openai-api"], detector).record)
    assert json.loads(line)["path"] == "/v1/chat/completions"
    assert EMAIL not in line


def test_when_a_justification_is_logged_then_values_in_the_reason_are_masked(
    tmp_path: Path, policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    justifier = Justifier(key=b"test-key")
    tool = tools["openai-api"]
    code = justifier.code("erin", tool.id)
    text = f"VERTROUWELIJK: vat dit persbericht samen.\nDLP-OK {code}: publiek bericht, akkoord van {EMAIL}\n"
    verdict = judge(chat(text), policy, tool, detector, justifier=justifier)
    line = logged(tmp_path, verdict.record)
    record = json.loads(line)
    assert (record["action"], record["rule_id"]) == ("allow", "INTERNAL-LOW-TOOL")
    assert record["justification"] == "publiek bericht, akkoord van [EMAIL_ADDRESS_1]"
    assert EMAIL not in line


@pytest.mark.parametrize("body", [b"{not json", b'{"messages": "x"}', b"\xff\xfe"])
def test_when_the_body_cannot_be_read_then_the_record_says_why_and_holds_no_body(
    tmp_path: Path, policy: Policy, tools: dict[str, Tool], detector: PresidioDetector, body: bytes
) -> None:
    request = RequestView("POST", "api.openai.com", "/v1/chat/completions", {"content-type": "application/json"}, body)
    verdict = judge(request, policy, tools["openai-api"], detector)
    line = logged(tmp_path, verdict.record)
    record = json.loads(line)
    assert (record["action"], record["rule_id"]) == ("block", "FAIL-CLOSED")
    assert (record["detection_failed"], record["fail_reason"]) == (True, "unreadable_body")
    assert "not json" not in line
