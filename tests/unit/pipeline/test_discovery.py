"""Which tunnelled names look like AI services, the bounded tally per flush interval, and the
`observed` records it becomes (dlp_proxy.pipeline.discovery): counts only, valid against the schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dlp_proxy.pipeline.discovery import (
    OVERFLOW_HOST,
    Tally,
    ai_pattern,
    host_name,
    observed_records,
)

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "dlp_proxy" / "audit" / "schema.json").read_text())
T0 = 1_796_000_000.0  # 2026-11-30T00:53:20Z


@pytest.mark.parametrize(
    ("host", "pattern"),
    [
        ("myresource.openai.azure.com", "cloud:azure-openai"),
        ("myresource.cognitiveservices.azure.com", "cloud:azure-ai-services"),
        ("proj-1.services.ai.azure.com", "cloud:azure-ai-foundry"),
        ("bedrock-runtime.eu-central-1.amazonaws.com", "cloud:aws-bedrock"),
        ("runtime.sagemaker.eu-west-1.amazonaws.com", "cloud:aws-sagemaker"),
        ("europe-west4-aiplatform.googleapis.com", "cloud:google-vertex-ai"),
        ("generativelanguage.googleapis.com", "cloud:google-gemini-api"),
        ("x1y2.eu-west-1.aws.endpoints.huggingface.cloud", "cloud:huggingface-endpoint"),
        ("api.newmodel-llm.test", "keyword:llm"),
        ("llmgateway.example.nl", "keyword:llm"),
        ("chatgpt-proxy.example.org", "keyword:gpt"),
        ("gpt4free.example", "keyword:gpt"),
        ("azureopenai.example.com", "keyword:openai"),
        ("anthropic-mirror.example.com", "keyword:anthropic"),
        ("claude-unofficial.app", "keyword:claude"),
        ("gemini.google.com", "keyword:gemini"),
        ("copilot.example.com", "keyword:copilot"),
        ("my-chatbot.example", "keyword:chatbot"),
        ("mistral-proxy.example.fr", "keyword:mistral"),
        ("ollama.intern.example.nl", "keyword:ollama"),
        ("api-inference.huggingface.co", "keyword:inference"),
        ("ai.example.com", "token:ai"),
        ("my-ai-app.io", "token:ai"),
        ("chat.e2e-unknown-lab.ai", "tld:ai"),
        ("character.ai", "tld:ai"),
    ],
)
def test_when_a_name_looks_like_an_ai_service_then_the_pattern_says_why(host: str, pattern: str) -> None:
    assert ai_pattern(host) == pattern


@pytest.mark.parametrize(
    "host",
    [
        "www.google.com",
        "mail.google.com",  # "ai" inside a word
        "fonts.googleapis.com",
        "storage.googleapis.com",
        "login.microsoftonline.com",
        "cdn.jsdelivr.net",
        "d1234.cloudfront.net",
        "www.hallmark.com",  # "llm" inside a word
        "www.egyptair.com",
        "egypt.travel",  # ends in "gpt": a known word
        "philanthropic.org",
        "www.gemini.com",  # a crypto exchange
        "tunnel.test",
        "bank.example.nl",
        "s3.eu-west-1.amazonaws.com",
        "ailment.example.com",  # "ai" is only ever a whole token
        "domain.example",
    ],
)
def test_when_a_name_is_an_ordinary_one_then_it_is_not_flagged(host: str) -> None:
    assert ai_pattern(host) is None


@pytest.mark.parametrize(
    ("raw", "host"),
    [
        ("API.NewModel-LLM.test.", "api.newmodel-llm.test"),
        ("chat.e2e-unknown-lab.ai:443", "chat.e2e-unknown-lab.ai"),
        ("203.0.113.9", None),  # an address names nothing
        ("[2001:db8::1]:443", None),
        ("localhost", None),  # a single label
        ("", None),
        (None, None),
        ("bad name.ai", None),  # a client's SNI is its own text: only a plain DNS name passes
        ('x".ai', None),
        ("a" * 64 + ".ai", None),  # a label of more than 63 characters
        ("é.ai", None),  # not punycode
        ("xn--bcher-kva.ai", "xn--bcher-kva.ai"),
    ],
)
def test_only_plain_dns_names_are_considered(raw: str | None, host: str | None) -> None:
    assert host_name(raw) == host


def test_when_connections_are_counted_then_each_name_has_its_count_and_times() -> None:
    tally = Tally()
    tally.connected("a.ai", "tld:ai", T0)
    tally.connected("a.ai", "tld:ai", T0 + 5)
    tally.connected("b-llm.test", "keyword:llm", T0 + 1)
    tally.closed_long("a.ai", "tld:ai", T0 + 40)
    taken = tally.take()
    assert not tally  # the next interval starts empty
    a = taken.names["a.ai"]
    assert (a.connections, a.long_lived, a.first, a.last) == (2, 1, T0, T0 + 40)
    assert taken.names["b-llm.test"].connections == 1


def test_when_more_names_than_the_bound_are_seen_then_the_rest_is_one_overflow_count() -> None:
    tally = Tally(limit=3)
    for i in range(10):
        tally.connected(f"n{i}.ai", "tld:ai", T0 + i)
    tally.connected("n0.ai", "tld:ai", T0 + 20)  # a name already counted still counts
    tally.closed_long("n9.ai", "tld:ai", T0 + 30)  # a long one beyond the bound is no new connection
    assert len(tally.names) == 3 and tally.names["n0.ai"].connections == 2
    assert tally.overflow == 7
    records = list(observed_records(tally.take(), "sha256:0123456789abcdef"))
    assert [r["host"] for r in records] == ["n0.ai", "n1.ai", "n2.ai", OVERFLOW_HOST]
    assert records[-1]["pattern"] == "overflow" and records[-1]["connections"] == 7


def test_when_a_write_failed_then_merging_back_keeps_every_count_within_the_bound() -> None:
    tally = Tally(limit=2)
    tally.connected("a.ai", "tld:ai", T0)
    failed = tally.take()
    tally.connected("a.ai", "tld:ai", T0 + 10)
    tally.connected("b.ai", "tld:ai", T0 + 11)
    tally.merge(failed.only({"a.ai"}))
    assert tally.names["a.ai"].connections == 2 and tally.names["a.ai"].first == T0
    tally.merge(Tally(2, {"c.ai": failed.names["a.ai"]}))  # a third name: beyond the bound
    assert set(tally.names) == {"a.ai", "b.ai"} and tally.overflow == 1


def test_observed_records_hold_counts_only_and_validate_against_the_schema() -> None:
    tally = Tally()
    tally.connected("api.newmodel-llm.test", "keyword:llm", T0)
    tally.connected("api.newmodel-llm.test", "keyword:llm", T0 + 61)
    tally.closed_long("chat.x.ai", "tld:ai", T0 + 62)  # opened in an earlier interval
    records = list(observed_records(tally, "sha256:0123456789abcdef"))
    first, second = records
    assert first == {
        "event": "observed", "schema_version": 1, "policy_version": "sha256:0123456789abcdef",
        "host": "api.newmodel-llm.test", "pattern": "keyword:llm", "connections": 2,
        "first_seen": "2026-11-30T00:53:20Z", "last_seen": "2026-11-30T00:54:21Z",
    }  # fmt: skip
    assert (second["host"], second["connections"], second["long_lived"]) == ("chat.x.ai", 0, 1)
    chained = {"timestamp": "2026-11-30T01:00:00.123456Z", "seq": 1, "prev_hash": "0" * 64, "hash": "f" * 64}
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in records:
        assert not list(validator.iter_errors(record | chained))
    # ...and the schema refuses an observed record that names a user or client, or a decision field
    for extra in ({"user": "alice"}, {"client_address": "10.0.0.1"}, {"path": "/v1"}, {"action": "allow"}):
        assert list(validator.iter_errors(first | chained | extra))
