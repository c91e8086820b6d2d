"""The PAC file from both catalogues (the organisation's and the bundled one of known AI services),
evaluated by a real JavaScript engine (Node)."""

from __future__ import annotations

import pytest

from dlp_proxy.deploy.pac import PacError, build_pac, host_sets, proxy_address
from dlp_proxy.policy import Policy, Tool, load_policy
from tests.pac_harness import find_proxy, host_of
from tests.paths import TEST_POLICY

PROXY = "PROXY proxy.voorbeeld.nl:3128"


@pytest.fixture(scope="module")
def loaded() -> Policy:
    """The test policy with the bundled catalogue, whatever its entries are."""
    return load_policy(TEST_POLICY)


@pytest.fixture(scope="module")
def policy(loaded: Policy) -> Policy:
    """The organisation's catalogue alone: these cases must not move when the bundled one grows."""
    return loaded.model_copy(update={"bundled": []})


def bundled_tool(tool_id: str, hosts: list[str], kind: str = "chat") -> Tool:
    """A bundled entry as the loader makes it (dlp_proxy.policy)."""
    return Tool.model_validate(
        {"id": tool_id, "name": tool_id.title(), "vendor": "Vendor", "hosts": hosts, "category": "general_use",
         "status": "unlisted", "owner": "dlp-proxy bundled catalogue", "reviewed": "2026-12-05", "kind": kind,
         "source": "bundled"}
    )  # fmt: skip


def with_hosts(policy: Policy, hosts: list[str]) -> Policy:
    """The bundled policy with the first tool's hosts replaced (the rest of the catalogue kept)."""
    first = policy.tools[0].model_copy(update={"hosts": hosts})
    return policy.model_copy(update={"tools": [first, *policy.tools[1:]]})


def decide(pac: str, urls: list[str]) -> dict[str, str]:
    return dict(zip(urls, find_proxy(pac, [(u, host_of(u)) for u in urls]), strict=True))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.openai.com/v1/chat/completions", PROXY),
        ("https://chatgpt.com/backend-api/conversation", PROXY),
        ("https://API.OpenAI.com/v1/models", PROXY),  # an engine that passes the host as typed
        ("https://api.openai.com:8443/v1/models", PROXY),  # the port is not part of the host
        ("http://api.openai.com:80/", PROXY),
        ("https://api.openai.com./v1/models", PROXY),  # fully qualified, trailing dot
        ("https://evilchatgpt.com/", "DIRECT"),  # lookalike: same suffix, other domain
        ("https://chatgpt.com.evil.example/", "DIRECT"),
        ("https://notapi.openai.com/", "DIRECT"),  # a sibling of a catalogue host
        ("https://openai.com/", "DIRECT"),
        ("https://foo.githubcopilot.com/chat", PROXY),  # "*.githubcopilot.com"
        ("https://a.b.githubcopilot.com/", PROXY),
        ("https://githubcopilot.com/", PROXY),  # the bare domain of a "*." entry, as the proxy matches it
        ("https://evilgithubcopilot.com/", "DIRECT"),
        ("https://europe-west4-aiplatform.googleapis.com/v1/x", PROXY),  # "*-aiplatform.googleapis.com"
        ("https://storage.googleapis.com/", "DIRECT"),
        ("https://www.example.nl/", "DIRECT"),
        ("http://10.1.2.3:8080/", "DIRECT"),
        ("http://intranet/", "DIRECT"),
        ("https://llm.voorbeeld.local/v1/chat/completions", PROXY),
    ],
)
def test_find_proxy_sends_catalogue_hosts_to_the_proxy_and_the_rest_direct(
    policy: Policy, url: str, expected: str
) -> None:
    pac = build_pac(policy, "proxy.voorbeeld.nl:3128")
    assert decide(pac, [url])[url] == expected


def test_every_catalogue_host_goes_to_the_proxy_whatever_its_status(policy: Policy) -> None:
    sets = host_sets(policy)
    urls = [f"https://{h}/" for h in sets.exact] + [f"https://x{s}/" for s in sets.suffixes]
    assert {t.status for t in policy.tools} >= {"approved", "unlisted", "forbidden"}
    assert set(decide(build_pac(policy, "p:1"), urls).values()) == {"PROXY p:1"}


def test_hosts_are_lower_cased_and_sorted_so_the_file_is_deterministic(policy: Policy) -> None:
    mixed = with_hosts(policy, ["Zeta.Example.COM", "alpha.example.com", "*.Mid.Example.com", "alpha.example.com"])
    sets = host_sets(mixed)
    assert list(sets.exact) == sorted(sets.exact)
    assert "zeta.example.com" in sets.exact and "mid.example.com" in sets.exact
    assert sets.exact.count("alpha.example.com") == 1
    assert ".mid.example.com" in sets.suffixes
    assert build_pac(mixed, "p:1") == build_pac(mixed, "p:1")
    reordered = mixed.model_copy(update={"tools": list(reversed(mixed.tools))})
    body = build_pac(mixed, "p:1").split("\n", 3)[3]  # below the header (which names the version)
    assert build_pac(reordered, "p:1").split("\n", 3)[3] == body
    got = decide(build_pac(mixed, "p:1"), ["https://zeta.example.com/", "https://deep.mid.example.com/"])
    assert set(got.values()) == {"PROXY p:1"}


def test_header_names_the_policy_version_and_there_is_no_direct_fallback(policy: Policy) -> None:
    pac = build_pac(policy, "proxy.voorbeeld.nl:3128")
    assert pac.startswith("// Proxy auto-config for dlp-proxy")
    assert policy.version in pac.splitlines()[1]
    assert '"PROXY proxy.voorbeeld.nl:3128"' in pac and "PROXY proxy.voorbeeld.nl:3128; DIRECT" not in pac


def test_a_host_with_quotes_cannot_break_out_of_the_script(policy: Policy) -> None:
    evil = with_hosts(policy, ['x");return "DIRECT";("', "ok.example.com"])
    pac = build_pac(evil, "p:1")
    got = decide(pac, ["https://ok.example.com/", "https://api.anthropic.com/"])
    assert set(got.values()) == {"PROXY p:1"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Proxy.Voorbeeld.NL:8080", "proxy.voorbeeld.nl:8080"),
        ("10.0.0.5:3128", "10.0.0.5:3128"),
        ("[2001:db8::1]:8080", "[2001:db8::1]:8080"),
        (" proxy:08080 ", "proxy:8080"),
    ],
)
def test_proxy_address_accepts_host_port(value: str, expected: str) -> None:
    assert proxy_address(value) == expected


@pytest.mark.parametrize(
    "value", ["proxy", "proxy:", ":8080", "proxy:0", "proxy:65536", "proxy:http", 'a";b:1', "a b:1", "2001:db8::1:80"]
)
def test_proxy_address_refuses_anything_else(value: str) -> None:
    with pytest.raises(PacError, match="HOST:PORT"):
        proxy_address(value)


def test_bundled_services_go_to_the_proxy_next_to_the_organisations_tools(policy: Policy) -> None:
    both = policy.model_copy(
        update={
            "bundled": [
                bundled_tool("newchat", ["newchat.example", "*.newchat.example"]),
                bundled_tool("pics", ["pics-ai.example"], "image"),
                bundled_tool("gw", ["*-gw.newapi.example"], "api"),
            ]
        }
    )
    pac = build_pac(both, "p:1")
    assert f"{len(policy.tools)} tools and 3 bundled AI services" in pac.splitlines()[2]
    got = decide(
        pac,
        [
            "https://newchat.example/",
            "https://app.newchat.example/c/1",
            "https://a.b.newchat.example/",
            "https://pics-ai.example/",
            "https://eu-gw.newapi.example/v1",
            "https://api.openai.com/v1/models",  # the organisation's catalogue still counts
            "https://evilnewchat.example/",
            "https://newchat.example.evil.example/",
            "https://www.pics-ai.example/",  # an exact entry covers no subdomain
            "https://newapi.example/",
        ],
    )
    assert list(got.values()) == ["PROXY p:1"] * 6 + ["DIRECT"] * 4


def test_every_known_tools_host_goes_to_the_proxy_with_the_bundled_catalogue_loaded(loaded: Policy) -> None:
    # Entries that stay in the bundled catalogue whatever research adds (issue 18); Poe is the
    # organisation's own entry in the test policy, so it is not among the bundled ones.
    assert {"deepl", "midjourney", "otter"} <= {t.id for t in loaded.bundled}
    sets = host_sets(loaded)
    urls = [f"https://{h}/" for h in sets.exact] + [f"https://x{s}/" for s in sets.suffixes]
    urls += ["https://www.deepl.com/translator", "https://api-free.deepl.com/v2", "https://app.otter.ai/"]
    urls += ["https://midjourney.com/", "https://poe.com/"]
    assert set(decide(build_pac(loaded, "p:1"), urls).values()) == {"PROXY p:1"}
    assert decide(build_pac(loaded, "p:1"), ["https://www.example.nl/"]) == {"https://www.example.nl/": "DIRECT"}


def test_thousands_of_hosts_are_looked_up_by_key_not_one_by_one(policy: Policy) -> None:
    many = [bundled_tool(f"s{i}", [f"svc{i}.example", f"*.zone{i}.example"]) for i in range(5000)]
    pac = build_pac(policy.model_copy(update={"bundled": many}), "p:1")
    assert "dnsDomainIs" not in pac  # no loop over the domains: a key per parent domain
    urls = ["https://svc0.example/", "https://svc4999.example/", "https://a.zone4999.example/",
            "https://b.c.zone17.example/", "https://svc5000.example/", "https://zone5000.example.com/"]  # fmt: skip
    assert list(decide(pac, urls).values()) == ["PROXY p:1"] * 4 + ["DIRECT"] * 2
