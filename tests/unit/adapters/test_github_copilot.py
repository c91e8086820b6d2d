"""GitHub Copilot: OpenAI-shaped prompts, notices as HTTP 424 text that the IDE shows verbatim."""

from __future__ import annotations

import json

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.github_copilot import GitHubCopilotAdapter

ADAPTER = GitHubCopilotAdapter()


@pytest.mark.parametrize(
    ("path", "doc", "texts"),
    [
        (
            "/chat/completions",
            {"model": "gpt-4o", "messages": [{"role": "system", "content": "You are Copilot"},
                                             {"role": "user", "content": "fix: DB_PASSWORD=Zomer2024!"}]},
            ["You are Copilot", "fix: DB_PASSWORD=Zomer2024!"],
        ),
        ("/v1/engines/copilot-codex/completions", {"prompt": "def f():\n    key = 'x'", "suffix": "\n"},
         ["def f():\n    key = 'x'", "\n"]),
    ],
)  # fmt: skip
def test_copilot_prompts_are_read_like_openai(path: str, doc: dict[str, object], texts: list[str]) -> None:
    req = RequestView(
        "POST", "api.githubcopilot.com", path, {"content-type": "application/json"}, json.dumps(doc).encode()
    )
    assert adapter_for("github-copilot", req).name == "github-copilot"
    assert [s.text for s in ADAPTER.extract(req).segments] == texts


def test_block_is_a_424_text_notice_not_401_or_403() -> None:
    req = RequestView("POST", "api.githubcopilot.com", "/chat/completions", {}, b"{}")
    r = ADAPTER.block_response(req, "Niet verzonden (regel SECRET-BLOCK).", "abc123")
    assert r.status == 424
    assert r.headers["content-type"].startswith("text/plain")
    assert r.body.decode() == "Niet verzonden (regel SECRET-BLOCK)."
