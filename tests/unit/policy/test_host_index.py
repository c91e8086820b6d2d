"""The host index answers exactly as the linear matcher it replaces (the first tool, organisation
then bundled, whose `matches_host`, `matches_path` and `owns` hold), on random hosts drawn around every
pattern of the test policy and the real bundled catalogue, and of a synthetic catalogue with globs."""

from __future__ import annotations

import random
import string

import pytest

from dlp_proxy.policy import Policy, Tool, load_policy
from dlp_proxy.policy.bundled import BUNDLED_CATALOGUE, load_catalogue
from dlp_proxy.policy.index import HostIndex, glob_tail, host_index, names_of
from tests.paths import TEST_POLICY


def linear(tools: list[Tool], host: str, path: str | None) -> Tool | None:
    """The matcher before the index: every pattern of every tool, in order."""
    return next(
        (t for t in tools if t.matches_host(host) and (path is None or (t.matches_path(path) and t.owns(host, path)))),
        None,
    )


def _label(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase + string.digits + "-") for _ in range(rng.randint(1, 8)))


def hosts_around(patterns: list[str], rng: random.Random, n: int) -> list[str]:
    """Hosts that match, nearly match and do not match the patterns: the names themselves, a
    subdomain, the parent, a lookalike prefix or suffix, other case, a trailing dot, a random glob fill."""
    out = []
    for _ in range(n):
        p = rng.choice(patterns)
        name = p.removeprefix("*.").replace("*", _label(rng)).replace("?", rng.choice("ab"))
        variants = [
            name,
            f"{_label(rng)}.{name}",
            f"{_label(rng)}.{_label(rng)}.{name}",
            names_of(name)[-1],
            names_of(name)[min(1, len(names_of(name)) - 1)],
            f"evil{name}",
            f"{name}.evil.example",
            f"{name}.",
            name.upper(),
            f".{name}",
            f"{_label(rng)}.{_label(rng)}",
        ]
        out.append(rng.choice(variants))
    return out


def paths_of(tools: list[Tool]) -> list[str]:
    limited = {p.replace("*", "x") for t in tools for paths in t.host_paths.values() for p in paths}
    return ["/", "/v1/chat/completions", "/api/chat", *{p.replace("*", "x") for t in tools for p in t.paths}, *limited]


def _check(index: HostIndex, tools: list[Tool], hosts: list[str], paths: list[str], rng: random.Random) -> None:
    wrong = []
    for host in hosts:
        path = rng.choice([*paths, None])
        want, got = linear(tools, host, path), index.tool_for(host, path)
        if want is not got or index.intercepts(host) != any(t.matches_host(host) for t in tools):
            wrong.append((host, path, want and want.id, got and got.id))
    assert not wrong, wrong[:20]


@pytest.mark.parametrize("seed", range(5))
def test_the_index_answers_as_the_linear_matcher_over_the_real_catalogues(seed: int) -> None:
    rng = random.Random(seed)
    policy = load_policy(TEST_POLICY)
    tools = policy.known_tools()
    assert len(policy.bundled) >= 3  # the real catalogue is in (poe and openai-api are the organisation's here)
    patterns = [p for t in tools for p in t.hosts]
    _check(host_index(policy.tools, policy.bundled), tools, hosts_around(patterns, rng, 3000), paths_of(tools), rng)


@pytest.mark.parametrize("seed", range(3))
def test_the_index_answers_as_the_linear_matcher_when_tools_overlap_and_have_globs(seed: int, policy: Policy) -> None:
    # Overlapping tools (the linear matcher's order decides), path-scoped ones, and glob patterns.
    rng = random.Random(seed)
    base = policy.tools[0]
    extra = []
    for i in range(200):
        domain = f"{_label(rng)}.{rng.choice(['com', 'ai', 'io', 'example'])}"
        hosts = rng.choice(
            [[domain], [f"*.{domain}"], [domain, f"*.{domain}"], [f"*-x.{domain}", f"ap?.{domain}"], [f"api.{domain}*"]]
        )
        paths = rng.choice([["/*"], ["/v1/*"], ["/api/chat"]])
        extra.append(base.model_copy(update={"id": f"t{i}", "hosts": hosts, "paths": paths}))
    # Duplicates of earlier tools' hosts on other paths: order and paths decide.
    extra += [t.model_copy(update={"id": f"d{t.id}", "paths": ["/*"]}) for t in rng.sample(extra, 40)]
    tools = [*policy.tools, *extra]
    patterns = [p for t in tools for p in t.hosts]
    index = HostIndex.build(tools)
    _check(index, tools, hosts_around(patterns, rng, 3000), paths_of(tools), rng)


def test_the_index_is_built_once_per_tool_lists(policy: Policy) -> None:
    assert host_index(policy.tools, policy.bundled) is host_index(policy.tools, policy.bundled)
    copy = policy.model_copy(update={"tools": policy.tools[:3]})
    assert copy.intercepts("api.openai.com") and not copy.intercepts("claude.ai")
    assert policy.intercepts("claude.ai")  # the original's index is not the copy's


def test_the_real_catalogue_has_few_globs_for_the_fallback_list() -> None:
    # Globs with a wildcard in their last label are tried on every lookup: keep them a handful.
    tools = load_catalogue(BUNDLED_CATALOGUE).tools
    assert len(HostIndex.build(tools).globs) <= 5


@pytest.mark.parametrize(
    ("pattern", "tail"),
    [
        ("*-aiplatform.googleapis.com", "googleapis.com"),
        ("bedrock-runtime.*.amazonaws.com", "amazonaws.com"),
        ("ap?.example.com", "example.com"),
        ("api.example.*", ""),
        ("*x[.]y.example.com", ""),
    ],
)
def test_a_glob_is_filed_under_the_domain_after_its_last_wildcard(pattern: str, tail: str) -> None:
    assert glob_tail(pattern) == tail
