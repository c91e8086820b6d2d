"""Loading the bundled catalogue into a policy: its services become unlisted tools after the
organisation's own, the organisation's entries win whole, the version covers the catalogue, and a
broken catalogue stops the load (fail closed)."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest
import yaml

from dlp_proxy.errors import PolicyError
from dlp_proxy.pipeline.hosts import HostNames, identify_host, intercept_connection
from dlp_proxy.policy import Policy, load_policy
from dlp_proxy.policy.bundled import (
    _LOADED,
    BUNDLED_CATALOGUE,
    OWNER,
    compile_catalogue,
    compiled_path,
    load_catalogue,
    met_by_organisation,
    patterns_meet,
    plain_data,
    unshadowed,
)
from dlp_proxy.policy.index import is_glob
from dlp_proxy.policy.schema import Tool

SERVICES = """
version: "test-1"
date: 2026-12-01
services:
  - {id: voicebot, name: Voice Bot, vendor: Voice Bot B.V., kind: meeting, country: NL,
     hosts: [voicebot.example, "*.voicebot.example"], confidence: inferred, sources: ["https://voicebot.example/"]}
  - {id: deepl, name: DeepL Translator, vendor: DeepL SE, kind: translation, country: DE,
     hosts: [deepl.com, api.deepl.com], confidence: documented, sources: ["https://developers.deepl.com/docs"]}
  - {id: midjourney, name: Midjourney, vendor: "Midjourney, Inc.", kind: image, country: US,
     hosts: [midjourney.com, www.midjourney.com], confidence: inferred, sources: ["https://www.midjourney.com/"]}
  - {id: openai-api, name: OpenAI API, vendor: OpenAI, kind: api, country: US,
     hosts: [api.openai.com, "*.api.openai.com"], confidence: documented, sources: ["https://platform.openai.com/"]}
  - {id: claude-like, name: Claude Lookalike, vendor: Anthropic, kind: chat, country: US,
     hosts: [claude.ai, console.claude.ai], confidence: inferred, sources: ["https://claude.ai/"]}
  - {id: glob-ai, name: Glob AI, vendor: Glob Co, kind: agent, country: NL,
     hosts: ["*-agents.glob.example"], confidence: inferred, sources: ["https://glob.example/"]}
"""


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    file = tmp_path / "services.yaml"
    file.write_text(SERVICES, encoding="utf-8")
    return file


@pytest.fixture
def rules(tmp_path: Path, rules_dir: Path) -> Path:
    return Path(shutil.copytree(rules_dir, tmp_path / "rules"))


def test_when_a_policy_is_loaded_then_unshadowed_services_follow_the_organisations_tools(
    rules: Path, catalogue: Path
) -> None:
    policy = load_policy(rules, catalogue=catalogue)
    bundled = {t.id: t for t in policy.bundled}
    # openai-api is an organisation tool's id: that service is left out whole. claude-like only
    # meets the organisation's claude.ai: it stays, and the organisation's entry wins for claude.ai.
    assert set(bundled) == {"deepl", "midjourney", "glob-ai", "voicebot", "claude-like"}
    deepl = bundled["deepl"]
    assert (deepl.status, deepl.category, deepl.adapter, deepl.source) == (
        "unlisted",
        "general_use",
        "generic",
        "bundled",
    )
    assert (deepl.kind, deepl.country, deepl.owner, str(deepl.reviewed)) == ("translation", "DE", OWNER, "2026-12-01")
    assert policy.catalogue_version == "test-1"
    assert policy.known_tools() == [*policy.tools, *policy.bundled]
    assert all(t.source == "organisation" for t in policy.tools)


@pytest.mark.parametrize(
    ("host", "tool"),
    [
        ("api.deepl.com", "deepl"),
        ("DEEPL.com.", "deepl"),
        ("www.midjourney.com", "midjourney"),
        ("eu-agents.glob.example", "glob-ai"),
        ("claude.ai", "claude"),  # the organisation's entry, not the bundled one
        ("x.voicebot.example", "voicebot"),
        ("api.openai.com", "openai-api"),
        ("eu.api.openai.com", "openai-api"),
        ("console.claude.ai", "claude"),  # the organisation's *.claude.ai comes first
        ("console.voicebot.example", "voicebot"),
        ("sub.api.deepl.com", None),
        ("evildeepl.com", None),
    ],
)
def test_when_a_host_is_looked_up_then_the_organisation_comes_first_then_the_bundled_catalogue(
    rules: Path, catalogue: Path, host: str, tool: str | None
) -> None:
    policy = load_policy(rules, catalogue=catalogue)
    found = policy.tool_for(host, "/v2/translate")
    assert (found.id if found else None) == tool
    assert policy.intercepts(host) == (tool is not None)
    assert intercept_connection(policy, host, host) == (tool is not None)
    identity = identify_host(policy, HostNames(host, host, host), "/")
    assert (identity.tool.id if identity.tool else None) == tool


# (id, hosts) of bundled services: one with an organisation id, one apart, one under an organisation wildcard.
BUNDLED = [("deepl", ["deepl.com"]), ("other", ["other.example"]), ("sub", ["x.translate.example"])]


def test_when_the_organisation_lists_a_bundled_id_the_service_is_left_out_whole_and_a_host_only_that_host() -> None:
    org = Tool(
        id="deepl", name="DeepL (own)", vendor="DeepL", hosts=["translate.example"], category="general_use",
        status="unlisted", owner="x", reviewed="2026-01-01",
    )  # fmt: skip
    org = org.model_copy(update={"hosts": ["translate.example", "*.translate.example"]})
    services = [org.model_copy(update={"id": i, "hosts": h, "source": "bundled"}) for i, h in BUNDLED]
    assert [t.id for t in unshadowed([org], services)] == ["other", "sub"]
    assert [t.id for t in met_by_organisation([org], services)] == ["sub"]


@pytest.mark.parametrize("seed", range(3))
def test_when_organisation_hosts_meet_bundled_ones_then_the_fast_check_agrees_with_every_pair(
    seed: int, policy: Policy
) -> None:
    # met_by_organisation() asks the organisation's patterns a few dict probes per bundled host; the plain
    # answer compares every pair with patterns_meet. Over the real catalogue, with organisation
    # entries drawn around its hosts (the same name, a parent wildcard, a child, a glob).
    rng = random.Random(seed)
    services = list(load_catalogue().tools)
    picks = [h for t in rng.sample(services, 40) for h in t.hosts]
    names = [h.removeprefix("*.") for h in picks if not is_glob(h)]
    made = [
        rng.choice([n, f"*.{n}", f"x.{n}", f"*.x.{n}", f"*-{n}", f"*-x.{n}", n.replace(".", "?", 1)]) for n in names
    ]
    base = policy.tools[0]
    org = [*policy.tools, *(base.model_copy(update={"id": f"o{i}", "hosts": [h]}) for i, h in enumerate(made))]
    ids, patterns = {o.id for o in org}, [p for o in org for p in o.hosts]
    plain = [t for t in services if any(patterns_meet(p, h) for p in patterns for h in t.hosts)]
    assert [t.id for t in met_by_organisation(org, services)] == [t.id for t in plain]
    assert [t.id for t in unshadowed(org, services)] == [t.id for t in services if t.id not in ids]


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        ("poe.com", "poe.com", True),
        ("*.poe.com", "poe.com", True),
        ("*.poe.com", "chat.poe.com", True),
        ("*.poe.com", "*.chat.poe.com", True),
        ("chat.poe.com", "*.poe.com", True),
        ("*-agents.glob.example", "eu-agents.glob.example", True),
        ("poe.com", "chat.poe.com", False),
        ("*.poe.com", "notpoe.com", False),
        ("*.poe.com", "poe.com.evil.example", False),
    ],
)
def test_when_two_host_patterns_are_compared_then_they_meet_only_where_one_host_fits_both(
    a: str, b: str, meet: bool
) -> None:
    assert patterns_meet(a, b) == meet
    assert patterns_meet(b, a) == meet


def test_when_the_catalogue_changes_then_the_policy_version_changes(rules: Path, catalogue: Path) -> None:
    before = load_policy(rules, catalogue=catalogue).version
    assert load_policy(rules, catalogue=catalogue).version == before
    catalogue.write_text(SERVICES.replace("hosts: [deepl.com, api.deepl.com]", "hosts: [deepl.com]"), "utf-8")
    os.utime(catalogue, ns=(1, 1))  # a new mtime even on a coarse clock
    changed = load_policy(rules, catalogue=catalogue)
    assert changed.version != before
    assert not changed.intercepts("api.deepl.com")


def test_when_the_catalogue_is_switched_off_then_only_the_organisations_tools_are_known(
    rules: Path, catalogue: Path
) -> None:
    file = rules / "policy.yaml"
    file.write_text(
        file.read_text().replace("  fail_mode: block\n", "  fail_mode: block\n  bundled_catalogue: false\n")
    )
    policy = load_policy(rules, catalogue=catalogue)
    assert policy.bundled == [] and policy.catalogue_version is None
    assert not policy.intercepts("api.deepl.com")
    assert policy.tool_for("claude.ai") is not None  # the organisation's own tools as before


def test_when_a_catalogue_is_read_twice_then_it_is_parsed_once(catalogue: Path) -> None:
    assert load_catalogue(catalogue) is load_catalogue(catalogue)


def _fresh(catalogue: Path) -> tuple[bool, list[tuple[str, str, str, list[str]]]]:
    _LOADED.clear()  # as in a new process
    loaded = load_catalogue(catalogue)
    return loaded.compiled, [(t.id, t.name, str(t.kind), t.hosts) for t in loaded.tools]


def test_when_a_catalogue_is_compiled_then_it_loads_from_the_compiled_form_with_the_same_services(
    catalogue: Path,
) -> None:
    compiled, parsed = _fresh(catalogue)
    assert not compiled
    assert compile_catalogue(catalogue) == compiled_path(catalogue)
    assert _fresh(catalogue) == (True, parsed)


def test_when_the_yaml_changes_after_compiling_then_the_yaml_decides(catalogue: Path) -> None:
    # A compiled form is used only for the exact bytes it came from: a stale one can slow the
    # start, never hide an edit (here: a host added after the compile).
    compile_catalogue(catalogue)
    edited = SERVICES.replace("hosts: [deepl.com,", "hosts: [write.deepl.example, deepl.com,")
    catalogue.write_text(edited, encoding="utf-8")
    compiled, tools = _fresh(catalogue)
    assert not compiled
    assert "write.deepl.example" in dict((i, h) for i, _, _, h in tools)["deepl"]


@pytest.mark.parametrize("damage", ["torn", "other format", "not json", "wrong rows"])
def test_when_the_compiled_form_is_damaged_then_the_yaml_decides(catalogue: Path, damage: str) -> None:
    _, parsed = _fresh(catalogue)
    file = compile_catalogue(catalogue)
    text = file.read_text(encoding="utf-8")
    file.write_text(
        {
            "torn": text[: len(text) // 2],
            "other format": text.replace('"format":1', '"format":99'),
            "not json": "services: []",
            "wrong rows": text.replace('["voicebot",', '["voicebot",7,'),
        }[damage],
        encoding="utf-8",
    )
    assert _fresh(catalogue) == (False, parsed)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("kind: meeting", "kind: meetings", "services.0.kind"),
        ("country: NL", "country: NLD", "services.0.country"),
        ('sources: ["https://voicebot.example/"]', "sources: []", "services.0.sources"),
        ('hosts: [voicebot.example, "*.voicebot.example"]', "hosts: []", "services.0.hosts"),
        ('hosts: [voicebot.example, "*.voicebot.example"]', 'hosts: ["voice bot"]', "not a host name"),
        ("id: deepl,", "id: voicebot,", "duplicated: ['voicebot']"),
        ("confidence: inferred, sources", "confidence: inferred, owner: x, sources", "services.0.owner"),
    ],
)
def test_when_the_catalogue_is_invalid_then_loading_fails_closed_naming_file_and_field(
    rules: Path, catalogue: Path, old: str, new: str, message: str
) -> None:
    catalogue.write_text(SERVICES.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_policy(rules, catalogue=catalogue)
    assert str(catalogue) in str(e.value) and message in str(e.value), str(e.value)


def test_when_the_catalogue_is_missing_then_loading_fails_closed_with_the_fix(rules: Path, tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="bundled_catalogue: false"):
        load_policy(rules, catalogue=tmp_path / "gone.yaml")


@pytest.mark.parametrize(
    ("file", "old", "new", "field"),
    [
        ("tools.yaml", "    adapter: openai\n", "    adapter: openai\n    source: bundled\n", "tools[0].source"),
        ("rules.yaml", "    action: block\n", "    action: block\n    origin: defaults.x.y\n", "rules[0].origin"),
        ("policy.yaml", "settings:\n", "bundled: []\nsettings:\n", "'bundled'"),
        ("policy.yaml", "settings:\n", "catalogue_version: x\nsettings:\n", "'catalogue_version'"),
    ],
)
def test_when_a_file_sets_what_the_loader_sets_then_error_names_it(
    rules: Path, catalogue: Path, file: str, old: str, new: str, field: str
) -> None:
    path = rules / file
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PolicyError) as e:
        load_policy(rules, catalogue=catalogue)
    assert field in str(e.value) and "set by dlp-proxy itself" in str(e.value)
    assert file in str(e.value)


def test_when_the_catalogue_is_read_from_parse_events_then_it_is_what_yaml_reads() -> None:
    raw = BUNDLED_CATALOGUE.read_bytes()
    assert plain_data(raw) == yaml.load(raw, Loader=yaml.BaseLoader)  # noqa: S506 - text only


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a: &x [1]\nb: *x\n", "anchors, aliases and tags"),
        ("a: !!python/object:os.system x\n", "anchors, aliases and tags"),
        ("a: [1\n", "invalid YAML"),
        ("a: 1\n---\nb: 2\n", "one YAML document only"),
        ("? [a]\n: 1\n", "a key must be plain text"),
    ],
)
def test_when_the_catalogue_yaml_is_unusual_then_loading_refuses_it(catalogue: Path, text: str, message: str) -> None:
    catalogue.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match=message):
        load_catalogue(catalogue)
