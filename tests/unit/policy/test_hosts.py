"""Which hosts a catalogue entry covers: exact names, `*.` subdomains, and other globs."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from dlp_proxy.policy import Tool, load_policy
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
        # catalogue 2026.12.3: hosts a red team found unlisted, confirmed in public sources
        ("aiplatform.eu.rep.googleapis.com", "gemini-api"),  # the organisation lists it with Gemini
        ("qbusiness.eu-west-1.api.aws", "amazon-q-business"),
        ("api.portkey.ai", "portkey"),
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
        "dynamodb.eu-west-1.api.aws",  # another AWS service on the same dual-stack domain
        "",
    ],
)
def test_when_a_lookalike_host_is_asked_then_no_tool_answers(host: str) -> None:
    policy = load_policy(RULES)
    assert policy.tool_for(host, "/") is None
    assert not policy.intercepts(host)


def _tool(**extra: object) -> dict[str, object]:
    return {"id": "t", "name": "T", "vendor": "V", "hosts": ["ai.example", "files.example"], "category": "general_use",
            "status": "unlisted", "owner": "IT", "reviewed": "2026-12-01", **extra}  # fmt: skip


def test_host_paths_limit_only_their_own_host() -> None:
    tool = Tool.model_validate(_tool(host_paths={"Files.Example.": ["/upload", "/upload/*"]}))
    assert tool.host_paths == {"files.example": ["/upload", "/upload/*"]}
    assert tool.owns("files.example", "/upload/?id=1") and tool.owns("FILES.example", "/upload")
    assert not tool.owns("files.example", "/other") and not tool.owns("files.example", "/uploads")
    assert tool.owns("ai.example", "/other")  # no limit on the tool's other host


@pytest.mark.parametrize(
    ("host_paths", "message"),
    [
        ({"elsewhere.example": ["/upload"]}, "not one of the tool's hosts"),
        ({"files.example": []}, "one or more paths"),
        ({"files.example": ["upload"]}, "starting with '/'"),
    ],
)
def test_host_paths_that_name_a_foreign_host_or_no_path_are_refused(host_paths: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Tool.model_validate(_tool(host_paths=host_paths))
