"""`policy explain --request FILE` and `request:` cases: a captured request judged as the proxy judges it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dlp_proxy.cli import main
from dlp_proxy.errors import PolicyError
from dlp_proxy.policytools.cases import load_cases, load_request

NLP = str(Path(__file__).resolve().parents[3] / "models" / "nlp.yaml")
EMAIL = "jan.jansen@example.com"


def explain_json(capsys: pytest.CaptureFixture[str], rules_dir: Path, *args: str) -> dict[str, object]:
    code = main(["policy", "explain", "--policy", str(rules_dir), "--nlp-config", NLP, "--json", *args])
    out = capsys.readouterr().out
    assert code == 0
    return dict(json.loads(out))


def test_a_captured_request_names_its_tool_by_url_and_is_judged_whole(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, tmp_path: Path
) -> None:
    # The address is in a tool description, a field no prompt reader looks at: the proxy masks it there.
    body = {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "Wat is het weer?"}],
        "tools": [{"type": "function", "function": {"name": "f", "description": f"mail {EMAIL}"}}],
    }
    file = tmp_path / "request.json"
    file.write_text(json.dumps({"url": "https://api.openai.com/v1/chat/completions", "body": body}), encoding="utf-8")
    out = explain_json(capsys, rules_dir, "--request", str(file), "--notice-lang", "en")
    assert out["tool"]["id"] == "openai-api"  # type: ignore[index]
    assert out["decision"]["action"] == "redact"  # type: ignore[index]
    assert out["notice"]["text"].startswith("Sent with data masked by the AI policy: 1 x email address.")  # type: ignore[index]
    assert EMAIL not in json.dumps(out)


def test_a_request_the_proxy_refuses_is_refused_by_explain_with_its_reason(
    capsys: pytest.CaptureFixture[str], rules_dir: Path, tmp_path: Path
) -> None:
    file = tmp_path / "request.yaml"
    file.write_text(
        "url: https://api.openai.com/v1/chat/completions\n"
        "headers: {Content-Type: application/json}\n"
        'body: \'{"messages": [], "messages": [{"role": "user", "content": "hallo"}]}\'\n',
        encoding="utf-8",
    )
    out = explain_json(capsys, rules_dir, "--request", str(file))
    assert out["decision"]["action"] == "block" and out["fail_reason"] == "ambiguous_body"  # type: ignore[index]


def test_a_browser_tab_on_a_forbidden_tool_gets_the_block_page_in_explain(rules_dir: Path, tmp_path: Path) -> None:
    from dlp_proxy.detection.factory import build_detector
    from dlp_proxy.policy import load_policy
    from dlp_proxy.policytools.evaluate import evaluate

    file = tmp_path / "page.yaml"
    file.write_text(
        "method: GET\nurl: https://chat.deepseek.com/\nheaders: {Accept: text/html, Sec-Fetch-Mode: navigate}\n",
        encoding="utf-8",
    )
    policy = load_policy(rules_dir)
    request = load_request(file)
    tool = policy.tool_for(request.host, request.path)
    assert tool is not None
    ev = evaluate(policy, build_detector(policy).load(), tool=tool, request=request)
    assert ev.decision.action == "block" and ev.verdict.record["endpoint"] == "navigation"
    assert ev.verdict.response is not None and b"<html" in ev.verdict.response.body.lower()


def test_a_request_file_with_an_unknown_field_is_refused_without_echoing_the_body(tmp_path: Path) -> None:
    file = tmp_path / "request.yaml"
    file.write_text(f"url: https://api.openai.com/v1/chat/completions\nbodyy: '{EMAIL}'\n", encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_request(file)
    assert "bodyy" in str(e.value) and EMAIL not in str(e.value)


def test_a_case_can_be_a_request_and_needs_text_or_request(tmp_path: Path) -> None:
    (tmp_path / "cases.yaml").write_text(
        "cases:\n"
        "  - name: captured\n"
        "    tool: openai-api\n"
        "    request: {url: 'https://api.openai.com/v1/chat/completions', body: {messages: []}}\n"
        "    expect: {action: allow}\n",
        encoding="utf-8",
    )
    (case,) = load_cases(tmp_path)
    assert case.case.request is not None and case.case.text is None
    (tmp_path / "cases.yaml").write_text(
        "cases:\n  - name: both\n    tool: openai-api\n    text: hallo\n    request: {url: 'https://x.example/'}\n"
        "    expect: {action: allow}\n",
        encoding="utf-8",
    )
    with pytest.raises(PolicyError, match="either 'text' or 'request'"):
        load_cases(tmp_path)
