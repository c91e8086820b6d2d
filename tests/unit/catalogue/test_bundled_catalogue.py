"""The shipped catalogue of known AI services (dlp_proxy/catalogue/ai-services.yaml), entry by entry:
the schema, one owner per host, and no host that would decrypt traffic that is not AI."""

from __future__ import annotations

from itertools import combinations

import pytest

from dlp_proxy.policy.bundled import (
    BUNDLED_CATALOGUE,
    Catalogue,
    compiled_path,
    load_catalogue,
    patterns_meet,
    validated,
)
from dlp_proxy.policy.index import is_glob, names_of

# Well-known domains that are not AI services. A bundled host pattern that covers one of them, or
# any ordinary name under one, decrypts (and, if wrong, breaks) unrelated traffic of everyone
# behind the proxy: CDNs and cloud-generic hosts (anyone's content), identity providers (every
# login), app platforms (anyone's app), big general-purpose sites. A bundled entry may name an
# exact, AI-only name under such a domain (firefly.adobe.com, generativelanguage.googleapis.com,
# bedrock-runtime.eu-west-1.amazonaws.com, an AI vendor's own app on vercel.app), never the
# domain itself nor a wildcard over it.
NOT_AI = [
    # CDNs
    "cloudfront.net", "akamaihd.net", "akamai.net", "akamaized.net", "edgekey.net", "edgesuite.net",
    "fastly.net", "fastly.com", "fastlylb.net", "cloudflare.net", "cloudflare.com", "azureedge.net",
    "azurefd.net", "b-cdn.net", "jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com",
    # cloud-generic hosts
    "amazonaws.com", "googleapis.com", "googleusercontent.com", "appspot.com", "cloudfunctions.net",
    "run.app", "windows.net", "azurewebsites.net", "cloudapp.azure.com", "core.windows.net", "azure.com",
    "digitaloceanspaces.com", "r2.dev", "workers.dev", "pages.dev", "firebaseapp.com", "web.app",
    "githubusercontent.com", "github.io", "gitlab.io",
    # app platforms: anyone's app
    "vercel.app", "netlify.app", "herokuapp.com", "onrender.com", "fly.dev", "replit.app", "glitch.me",
    "streamlit.app", "hf.space", "ngrok.io", "ngrok-free.app", "trycloudflare.com",
    # identity providers
    "okta.com", "auth0.com", "microsoftonline.com", "login.live.com", "accounts.google.com", "onelogin.com",
    "duosecurity.com", "pingidentity.com", "clerk.com", "clerk.dev",
    # big general-purpose domains and suites
    "google.com", "gstatic.com", "youtube.com", "microsoft.com", "live.com", "office.com", "office.net",
    "office365.com", "sharepoint.com", "bing.com", "msn.com", "apple.com", "icloud.com", "amazon.com",
    "facebook.com", "meta.com", "instagram.com", "whatsapp.com", "whatsapp.net", "x.com", "twitter.com",
    "linkedin.com", "github.com", "gitlab.com", "bitbucket.org", "stripe.com", "paypal.com", "adobe.com",
    "canva.com", "notion.so", "notion.site", "slack.com", "zoom.us", "atlassian.com", "atlassian.net",
    "salesforce.com", "dropbox.com", "box.com", "wikipedia.org", "mozilla.org", "cloud.microsoft",
    "yahoo.com", "baidu.com", "tiktok.com", "snapchat.com", "reddit.com", "discord.com", "spotify.com",
    "quora.com",
]  # fmt: skip
# Ordinary names under each such domain: a pattern covering any of them is too wide.
PROBES = ["{}", "www.{}", "login.{}", "auth.{}", "cdn.{}", "static.{}", "assets.{}", "mail.{}", "zq7x.{}",
          "zq7x.zq8y.{}"]  # fmt: skip


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    """The YAML itself, parsed and validated (the proxy reads the compiled form when it matches)."""
    return validated(BUNDLED_CATALOGUE, BUNDLED_CATALOGUE.read_bytes())


def test_the_shipped_catalogue_validates_and_keeps_the_stub_services(catalogue: Catalogue) -> None:
    # load_catalogue validates the schema (kinds, ISO country, hosts, sources, unknown keys refused).
    ids = {s.id for s in catalogue.services}
    assert {"poe", "deepl", "midjourney", "otter", "openai-api"} <= ids
    assert all(s.hosts and s.sources for s in catalogue.services)
    assert catalogue.version


def test_the_shipped_catalogue_knows_at_least_250_services(catalogue: Catalogue) -> None:
    # Issue 18's bar. FAILS until the researched entries replace the five-entry stub (the lead
    # drops them in): deliberately not skipped, so the gap stays visible.
    assert len(catalogue.services) >= 250, f"only {len(catalogue.services)} services"


def test_no_host_belongs_to_two_services(catalogue: Catalogue) -> None:
    # Pairs of patterns that can cover one host: the same name, or a wildcard over another's name.
    owner: dict[str, str] = {}
    clashes = []
    for s in catalogue.services:
        for h in s.hosts:
            if h in owner and owner[h] != s.id:
                clashes.append(f"{h}: {owner[h]} and {s.id}")
            owner[h] = s.id
    wildcards = [(h, s.id) for s in catalogue.services for h in s.hosts if h.startswith("*.") or is_glob(h)]
    for w, wid in wildcards:
        for s in catalogue.services:
            if s.id != wid:
                clashes += [f"{w} ({wid}) covers {h} ({s.id})" for h in s.hosts if patterns_meet(w, h)]
    assert not clashes, clashes


def _breaks(host: str) -> str | None:
    """Which non-AI name a bundled host pattern would decrypt, or None."""
    for domain in NOT_AI:
        hit = next((p.format(domain) for p in PROBES if patterns_meet(host, p.format(domain))), None)
        if hit is not None:
            return f"covering {hit}" + (f" (under {domain})" if hit != domain else "")
    return None


def test_no_host_covers_a_well_known_non_ai_domain(catalogue: Catalogue) -> None:
    bad = [f"{s.id}: {h} is {why}" for s in catalogue.services for h in s.hosts if (why := _breaks(h))]
    assert not bad, bad


@pytest.mark.parametrize(
    ("host", "bad"),
    [
        ("firefly.adobe.com", False),  # an AI-only name under a general domain
        ("generativelanguage.googleapis.com", False),
        ("bedrock-runtime.us-east-1.amazonaws.com", False),
        ("bedrock-runtime.*.amazonaws.com", False),  # a glob that only ever means Bedrock
        ("*-aiplatform.googleapis.com", False),
        ("my-ai-app.vercel.app", False),
        ("poe.com", False),
        ("*.poe.com", False),
        ("*.openai.azure.com", False),
        ("adobe.com", True),
        ("*.adobe.com", True),
        ("www.adobe.com", True),
        ("*.com", True),
        ("*.amazonaws.com", True),
        ("*.googleapis.com", True),
        ("*.vercel.app", True),
        ("*.azure.com", True),
        ("github.com", True),
        ("*github.com", True),
    ],
)
def test_the_non_ai_check_itself_tells_good_from_bad(host: str, bad: bool) -> None:
    assert (_breaks(host) is not None) == bad


def test_no_pattern_is_too_broad_to_be_a_service(catalogue: Catalogue) -> None:
    # A wildcard needs a registrable domain under it ("*.poe.com", not "*.com" or "*.co.uk").
    too_broad = [
        f"{s.id}: {h}"
        for s in catalogue.services
        for h in s.hosts
        if h.startswith("*.") and (len(names_of(h[2:])) < 2 or h[2:] in ("co.uk", "com.au", "co.jp", "com.cn"))
    ]
    assert not too_broad, too_broad


def test_ids_do_not_clash_and_names_are_shown_as_written(catalogue: Catalogue) -> None:
    ids = [s.id for s in catalogue.services]
    assert len(ids) == len(set(ids))
    tools = load_catalogue(BUNDLED_CATALOGUE).tools
    assert all(t.name == s.name and t.source == "bundled" for t, s in zip(tools, catalogue.services, strict=True))


def test_pairwise_no_two_services_share_a_host_exactly(catalogue: Catalogue) -> None:
    # The quick form of the overlap check above, kept separate so a failure names the pair plainly.
    pairs = [
        (a.id, b.id, sorted(set(a.hosts) & set(b.hosts)))
        for a, b in combinations(catalogue.services, 2)
        if set(a.hosts) & set(b.hosts)
    ]
    assert not pairs, pairs


def test_the_shipped_compiled_form_is_that_of_the_yaml(catalogue: Catalogue) -> None:
    # The proxy starts from ai-services.compiled.json when it was compiled from exactly these
    # bytes; after an edit of the YAML, `make catalogue` writes it again. A stale one would cost
    # start-up time (the YAML is parsed instead), never correctness; this keeps the shipped pair in step.
    loaded = load_catalogue(BUNDLED_CATALOGUE)
    assert compiled_path(BUNDLED_CATALOGUE).exists(), "run: make catalogue"
    assert loaded.compiled, "ai-services.compiled.json is stale or missing: run make catalogue"
    assert loaded.version == catalogue.version and loaded.digest.startswith("sha256:")
    assert [(t.id, t.name, t.vendor, t.kind, t.country, t.hosts) for t in loaded.tools] == [
        (s.id, s.name, s.vendor, s.kind, s.country, s.hosts) for s in catalogue.services
    ]


def test_azure_openai_resources_of_both_host_forms_are_the_azure_openai_service(catalogue: Catalogue) -> None:
    # AI Foundry resources serve the Azure OpenAI paths on <resource>.cognitiveservices.azure.com
    # (a red-team probe sent its prompt there while the host was still unlisted, so it was tunnelled).
    [azure] = [s for s in catalogue.services if s.id == "azure-openai"]
    assert {"*.openai.azure.com", "*.cognitiveservices.azure.com"} <= set(azure.hosts)
