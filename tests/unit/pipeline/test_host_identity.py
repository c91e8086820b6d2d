"""One host identity per flow (dlp_proxy.pipeline.hosts): every name a request carries, judged together."""

from __future__ import annotations

import pytest

from dlp_proxy.pipeline.hosts import HostNames, identify_host, intercept_connection, is_ip_literal, normalise
from dlp_proxy.policy import Policy


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("API.OpenAI.com.", "api.openai.com"),
        ("api.openai.com:443", "api.openai.com"),
        ("[::1]:8443", "::1"),
        ("2001:db8::1", "2001:db8::1"),
        ("  chatgpt.com ", "chatgpt.com"),
        ("", None),
        (None, None),
        (".", None),
    ],
)
def test_names_are_compared_without_case_port_or_trailing_dot(name: str | None, expected: str | None) -> None:
    assert normalise(name) == expected


@pytest.mark.parametrize(
    ("name", "ip"),
    [
        ("127.0.0.1", True),
        ("[::1]:443", True),
        ("10.0.0.5:8080", True),
        ("api.openai.com", False),
        # what the system resolver reads as an IPv4 address too
        ("3405803783", True),  # 203.0.113.7 as one integer
        ("3405803783:443", True),
        ("0xcb.0x00.0x71.0x07", True),
        ("0313.0.0161.07", True),  # octal parts
        ("203.113.7", True),  # three parts
        ("1.2.3.4.5", False),
        ("99999999999", False),  # beyond 32 bits
        ("0xgg", False),
        ("2024.example", False),
    ],
)
def test_ip_literals_are_recognised_with_and_without_port(name: str, ip: bool) -> None:
    assert is_ip_literal(name) is ip


@pytest.mark.parametrize(
    ("names", "tool", "mismatch"),
    [
        # consistent names: the tool, no mismatch
        (HostNames("api.openai.com", "api.openai.com", "api.openai.com"), "openai-api", False),
        (HostNames("API.OPENAI.COM.", "api.openai.com", "api.openai.com:443"), "openai-api", False),
        (HostNames("api.openai.com", None, "api.openai.com"), "openai-api", False),  # plain HTTP: no SNI
        (HostNames("api.openai.com", None, None), "openai-api", False),
        # an IP literal names nothing: judged by SNI and Host
        (HostNames("127.0.0.1", "api.openai.com", "api.openai.com"), "openai-api", False),
        (HostNames("203.0.113.9", None, "api.openai.com"), "openai-api", False),
        # names that disagree, one of them an AI host: refused as that tool
        (HostNames("evil.test", "api.openai.com", "api.openai.com"), "openai-api", True),
        (HostNames("api.openai.com", "example.org", "api.openai.com"), "openai-api", True),
        (HostNames("api.openai.com", "api.openai.com", "example.org"), "openai-api", True),
        (HostNames("example.org", "example.org", "api.openai.com"), "openai-api", True),
        (HostNames("127.0.0.1", "example.org", "api.anthropic.com"), "anthropic-api", True),
        (HostNames("api.openai.com", "api.openai.com", "chatgpt.com"), "openai-api", True),  # two AI hosts
        # nothing in the catalogue: not ours
        (HostNames("example.org", "example.org", "example.org"), None, False),
        (HostNames("203.0.113.9", None, "example.org"), None, False),
    ],
)
def test_a_flow_belongs_to_a_tool_when_any_of_its_names_does_and_disagreeing_names_are_a_mismatch(
    policy: Policy, names: HostNames, tool: str | None, mismatch: bool
) -> None:
    identity = identify_host(policy, names, "/v1/chat/completions")
    assert (identity.tool.id if identity.tool else None) == tool
    assert identity.mismatch is mismatch


def test_an_unknown_endpoint_on_a_catalogue_host_is_still_that_tool(policy: Policy) -> None:
    identity = identify_host(policy, HostNames("api.openai.com", "api.openai.com", "api.openai.com"), "/v9/unknown")
    assert identity.tool is not None and identity.tool.id == "openai-api"


@pytest.mark.parametrize(
    ("sni", "target", "decrypt"),
    [
        ("api.openai.com", "api.openai.com", True),
        ("api.openai.com", "evil.test", True),  # refused per request as a mismatch
        ("example.org", "api.openai.com", True),  # likewise
        ("api.openai.com", "127.0.0.1", True),
        (None, "127.0.0.1", True),  # the Host header is the only name: read it
        (None, "api.openai.com", True),
        ("example.org", "example.org", False),
        ("example.org", "127.0.0.1", False),  # a non-AI name on an address: tunnelled (documented gap)
        (None, "example.org", False),
        (None, None, False),
    ],
)
def test_a_connection_is_decrypted_when_its_sni_or_target_is_an_ai_host(
    policy: Policy, sni: str | None, target: str | None, decrypt: bool
) -> None:
    assert intercept_connection(policy, sni, target) is decrypt
