"""Which hosts a catalogue entry covers: exact names, `*.` subdomains, and other globs."""

from __future__ import annotations

import pytest

from dlp_proxy.policy import load_policy
from tests.paths import TEST_POLICY

RULES = TEST_POLICY


@pytest.mark.parametrize(
    ("host", "tool"),
    [
        ("api.openai.com", "openai-api"),
        ("API.OpenAI.com.", "openai-api"),
        ("api.githubcopilot.com", "github-copilot"),
        ("proxy.individual.githubcopilot.com", "github-copilot"),
        ("githubcopilot.com", "github-copilot"),
        # a glob that is not a "*." prefix: Vertex AI's regional endpoints
        ("europe-west4-aiplatform.googleapis.com", "gemini-api"),
        ("us-central1-aiplatform.googleapis.com", "gemini-api"),
        ("aiplatform.googleapis.com", "gemini-api"),
        # upload hosts of web apps: the file goes there, not to the app's own host
        ("files.oaiusercontent.com", "chatgpt"),
        ("ppl-ai-file-upload.s3.amazonaws.com", "perplexity"),
    ],
)
def test_when_a_catalogue_host_is_asked_then_its_tool_answers(host: str, tool: str) -> None:
    policy = load_policy(RULES)
    found = policy.tool_for(host, "/v1/x")
    assert found is not None and found.id == tool
    assert policy.intercepts(host)


@pytest.mark.parametrize(
    "host",
    [
        "evilchatgpt.com",
        "openai.com.evil.example",
        "aiplatform.googleapis.com.evil.example",
        "googleapis.com",
        "s3.amazonaws.com",
        "other-bucket.s3.amazonaws.com",
        "",
    ],
)
def test_when_a_lookalike_host_is_asked_then_no_tool_answers(host: str) -> None:
    policy = load_policy(RULES)
    assert policy.tool_for(host, "/") is None
    assert not policy.intercepts(host)
