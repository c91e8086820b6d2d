"""The bundled catalogue through the real proxy (issue 18): a service only the bundled catalogue
knows gets the block page and a record naming its kind; the organisation's own entry for the
same host wins; `defaults.unlisted_kinds` turns a kind's block into a warning.

poe.com and api.deepl.com are routed to a local fake upstream (redirect_addon); TLS, SNI and
the Host header still name them, so the proxy decides as it would on the real hosts.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import jsonschema
import pytest

from dlp_proxy.policy import load_policy
from dlp_proxy.policy.bundled import load_catalogue
from tests.e2e.conftest import policy_copy
from tests.e2e.fake_upstream import FakeUpstream, start_fake_upstream
from tests.e2e.proxy_process import REPO, ProxyProcess, start_proxy
from tests.e2e.tls_material import Issued, make_server_cert

pytestmark = pytest.mark.e2e

SERVICE_HOSTS = ["poe.com", "api.deepl.com"]
SCHEMA = json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text(encoding="utf-8"))
PAGE = {"accept": "text/html,application/xhtml+xml", "accept-language": "en"}
TEXT = {"text": ["Translate: the new office opens in March."], "target_lang": "NL"}

# The organisation's own entry for poe.com: approved, so its requests pass.
OWN_POE = """
  - id: poe-team
    name: "Poe (team licence)"
    vendor: Quora
    hosts: [poe.com, "*.poe.com"]
    category: general_use
    status: approved
    approved_for: low
    owner: "Informatiebeveiliging"
    reviewed: 2026-11-01
"""


@pytest.fixture(scope="module")
def service_upstream(tls_dir: Path, upstream_ca: tuple[Issued, object, object]) -> Iterator[FakeUpstream]:
    ca, key, cert = upstream_ca
    issued = make_server_cert(tls_dir, SERVICE_HOSTS, key, cert)  # type: ignore[arg-type]
    upstream = start_fake_upstream(issued.cert_pem, issued.key_pem)
    yield upstream
    upstream.stop()


def _rules(workdir: Path) -> Path:
    """A copy of the shipped rules/ in which no entry of the organisation lists poe.com (the shipped
    policy does not; an older one had it in a grab-bag entry), so that only the bundled catalogue knows it."""
    rules = policy_copy(workdir)
    tools = rules / "tools.yaml"
    text = re.sub(r"(?<=[\[ ])poe\.com, ", "", tools.read_text(encoding="utf-8"))
    tools.write_text(text, encoding="utf-8")
    assert "poe" in {t.id for t in load_policy(rules).bundled}, "an organisation entry still lists a poe.com host"
    return rules


def _start(workdir: Path, rules: Path, upstream: FakeUpstream, ca: Issued) -> ProxyProcess:
    return start_proxy(
        workdir, redirects=dict.fromkeys(SERVICE_HOSTS, upstream.port), upstream_ca=ca.cert_pem, policy=rules
    )


@pytest.fixture(scope="module")
def defaults_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    service_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    """The shipped policy, with translation services (bundled, unlisted) warned instead of blocked."""
    workdir = tmp_path_factory.mktemp("bundled-defaults")
    rules = _rules(workdir)
    file = rules / "rules.yaml"
    text, n = re.subn(r"(?m)^  unlisted_kinds: \{\}$", "  unlisted_kinds: {translation: warn}", file.read_text())
    assert n == 1, "defaults.unlisted_kinds not found in rules/rules.yaml"
    file.write_text(text, encoding="utf-8")
    policy = load_policy(rules)
    assert [r.id for r in policy.rules if r.origin] == ["UNLISTED-KIND-TRANSLATION"]
    assert {"poe", "deepl"} <= {t.id for t in policy.bundled}
    proc = _start(workdir, rules, service_upstream, upstream_ca[0])
    yield proc
    proc.stop()


@pytest.fixture(scope="module")
def own_entry_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    service_upstream: FakeUpstream,
) -> Iterator[ProxyProcess]:
    """The shipped policy with the organisation's own, approved, entry for poe.com."""
    workdir = tmp_path_factory.mktemp("bundled-own-entry")
    rules = _rules(workdir)
    tools = rules / "tools.yaml"
    tools.write_text(tools.read_text(encoding="utf-8").rstrip("\n") + "\n" + OWN_POE, encoding="utf-8")
    policy = load_policy(rules)
    # The bundled service stays in the catalogue, but the organisation's entry is asked first and
    # covers every one of its hosts.
    poe = next(t for t in policy.bundled if t.id == "poe")
    assert all(policy.tool_for(h.removeprefix("*.")).id == "poe-team" for h in poe.hosts)  # type: ignore[union-attr]
    proc = _start(workdir, rules, service_upstream, upstream_ca[0])
    yield proc
    proc.stop()


def _client(proxy: ProxyProcess) -> httpx.Client:
    return httpx.Client(proxy=proxy.url, verify=str(proxy.ca), timeout=30)


def _valid(record: dict[str, object]) -> None:
    errors = [e.message for e in jsonschema.Draft202012Validator(SCHEMA).iter_errors(record)]
    assert not errors, errors


def test_a_bundled_only_service_gets_the_block_page_and_a_record_with_its_kind(
    defaults_proxy: ProxyProcess, service_upstream: FakeUpstream
) -> None:
    service_upstream.clear()
    with _client(defaults_proxy) as client:
        r = client.get("https://poe.com/chat", headers=PAGE)
    assert r.status_code == 403
    assert r.headers["content-type"].startswith("text/html")
    name = next(t.name for t in load_catalogue().tools if t.id == "poe")
    assert f"<b>{html.escape(name)}</b> is not on the list of approved AI tools" in r.text, r.text[:2000]
    assert "TOOL-UNLISTED" in r.text
    assert service_upstream.received == []  # nothing reached poe.com
    record = defaults_proxy.records()[-1]
    assert record["decision_id"] == r.headers["x-dlp-decision-id"]
    assert (record["tool"], record["tool_kind"], record["tool_source"]) == ("poe", "chat", "bundled")
    assert record["tool_name"] == name
    assert (record["tool_status"], record["action"], record["rule_id"]) == ("unlisted", "block", "TOOL-UNLISTED")
    assert record["host"] == "poe.com" and record["endpoint"] == "navigation"
    _valid(record)


def test_the_organisations_own_entry_for_the_same_host_wins(
    own_entry_proxy: ProxyProcess, service_upstream: FakeUpstream
) -> None:
    service_upstream.clear()
    with _client(own_entry_proxy) as client:
        page = client.get("https://poe.com/chat", headers=PAGE)
        api = client.post("https://poe.com/api/gql_POST", json={"query": "Hello, what can you do?"})
    assert (page.status_code, api.status_code) == (200, 200)
    assert [x.host for x in service_upstream.received] == ["poe.com", "poe.com"]
    records = own_entry_proxy.records()[-2:]
    assert [(x["tool"], x["tool_source"], x["tool_kind"]) for x in records] == [("poe-team", "organisation", None)] * 2
    assert [(x["tool_status"], x["action"]) for x in records] == [("approved", "allow")] * 2
    for record in records:
        _valid(record)


def test_a_kind_default_gives_the_warn_notice_for_a_bundled_translation_service(
    defaults_proxy: ProxyProcess, service_upstream: FakeUpstream
) -> None:
    service_upstream.clear()
    with _client(defaults_proxy) as client:
        r = client.post("https://api.deepl.com/v2/translate", json=TEXT)
    assert r.status_code == 403
    message = r.json()["error"]["message"]
    assert "UNLISTED-KIND-TRANSLATION" in message and "DeepL" in message
    code = re.search(r"DLP-OK ([A-Z2-7]{8})", message)  # how to send it anyway, with a reason
    assert code, message
    assert service_upstream.received == []
    held = defaults_proxy.records()[-1]
    assert (held["tool"], held["tool_kind"], held["tool_source"]) == ("deepl", "translation", "bundled")
    assert (held["action"], held["rule_id"]) == ("warn", "UNLISTED-KIND-TRANSLATION")
    assert "office" not in json.dumps(held)  # no prompt text in the record
    _valid(held)

    # With a reason and the code the warning is a warning: the text goes, the reason is logged.
    reason = "Public press release, translated for the website"
    resent = {**TEXT, "text": [f"DLP-OK {code.group(1)}: {reason}\n{TEXT['text'][0]}"]}
    with _client(defaults_proxy) as client:
        sent = client.post("https://api.deepl.com/v2/translate", json=resent)
    assert sent.status_code == 200
    assert json.loads(service_upstream.received[-1].body)["text"] == TEXT["text"]  # without the DLP-OK line
    record = defaults_proxy.records()[-1]
    assert (record["action"], record["rule_id"], record["justification"]) == (
        "allow",
        "UNLISTED-KIND-TRANSLATION",
        reason,
    )
    _valid(record)
