"""An endpoint an app's adapter does not know, on the app's host (dlp_proxy.adapters.app_fallback):
read whole by the generic adapter and masked in place, blocked in the app's own error shape,
a page navigation answered with the block page.

The paths here are deliberately made up: they stand for the channels no public source
describes yet (ChatGPT autocompletion, Claude rename and search, Perplexity Space instructions).
What is tested is that *any* such endpoint is read and answered in the app's way, not a format.
"""

from __future__ import annotations

import json
from typing import Any

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.app_fallback import AppFallback
from dlp_proxy.adapters.base import BlockResponse, Extraction, JsonPath
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.policy import Policy
from tests.unit.adapters.test_web_channels import BSN, CONV, ORG, detector, judge, policy, req

__all__ = ["detector", "policy"]  # fixtures, imported for pytest

CHATGPT_NEW = "/backend-api/a-channel-no-source-shows"
CLAUDE_NEW = CONV + "/a-channel-no-source-shows"


def test_an_unknown_endpoint_is_read_by_the_generic_adapter_under_the_apps_fallback() -> None:
    request = req("chatgpt.com", CHATGPT_NEW, {"partial": f"Brief over BSN {BSN}", "n": 3})
    adapter = adapter_for("chatgpt_web", request)
    assert isinstance(adapter, AppFallback) and adapter.name == "generic"
    assert f"Brief over BSN {BSN}" in [s.text for s in adapter.extract(request).segments]
    # a tool without an adapter of its own gets the plain generic adapter
    assert isinstance(adapter_for("generic", request), GenericAdapter)


def test_a_bsn_on_an_unknown_chatgpt_endpoint_is_masked_in_place(policy: Policy, detector: Any) -> None:
    doc = {"partial": f"Brief over BSN {BSN}", "n": 3, "model": "auto"}
    verdict = judge(policy, detector, req("chatgpt.com", CHATGPT_NEW, doc), "chatgpt")  # approved, low: redact
    assert verdict.action == "redact" and verdict.new_body is not None
    sent = json.loads(verdict.new_body)
    assert BSN not in sent["partial"] and sent["partial"].startswith("Brief over BSN") and sent["n"] == 3
    assert verdict.record["adapter"] == "generic"


def test_a_bsn_on_an_unknown_claude_endpoint_is_blocked_in_claudes_error_shape(policy: Policy, detector: Any) -> None:
    request = req("claude.ai", CLAUDE_NEW, {"name": f"Dossier BSN {BSN}"}, method="PUT")
    verdict = judge(policy, detector, request, "claude")
    assert verdict.action == "block" and verdict.response is not None and verdict.response.status == 400
    body = json.loads(verdict.response.body)
    assert body["type"] == "error" and body["error"]["type"] == "permission_error"
    assert BSN not in verdict.response.body.decode() and verdict.record["adapter"] == "generic"


def test_a_bsn_in_the_query_string_of_an_unknown_claude_get_is_blocked_the_same_way(
    policy: Policy, detector: Any
) -> None:
    request = RequestView("GET", "claude.ai", f"{ORG}/a-search-no-source-shows?query=bsn%20{BSN}&limit=10",
                          {"accept": "application/json", "accept-language": "nl-NL"}, b"")  # fmt: skip
    verdict = judge(policy, detector, request, "claude")
    assert verdict.action == "block" and verdict.response is not None
    assert json.loads(verdict.response.body)["error"]["type"] == "permission_error"


def test_a_page_navigation_gets_the_readable_block_page_not_the_apps_json() -> None:
    request = RequestView("GET", "claude.ai", f"{ORG}/a-page?q=x", {"accept": "text/html,application/xhtml+xml"}, b"")
    response = adapter_for("claude_web", request).block_response(request, "Niet verstuurd <script>", "0123abcd")
    assert response.status == 403 and response.headers["content-type"].startswith("text/html")
    assert b"<script>" not in response.body and b"Niet verstuurd &lt;script&gt;" in response.body


def test_an_app_without_an_error_shape_of_its_own_gets_the_generic_json() -> None:
    request = req("www.perplexity.ai", "/rest/a-channel-no-source-shows", {"instructions": "x"})
    response = adapter_for("perplexity_web", request).block_response(request, "Niet verstuurd", "0123abcd")
    assert response.status == 403 and json.loads(response.body)["error"]["code"] == "dlp_blocked"


class _Broken:
    name = "broken"

    def handles(self, request: RequestView) -> bool:
        return False

    def extract(self, request: RequestView) -> Extraction:
        raise AssertionError

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        raise AssertionError

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        raise KeyError("a field the app's shape needs")


def test_when_the_apps_shape_cannot_be_built_the_block_still_holds() -> None:
    request = req("example.ai", "/new", {"a": "b"})
    response = AppFallback(_Broken(), GenericAdapter()).block_response(request, "Niet verstuurd", "0123abcd")
    assert response.status == 403 and json.loads(response.body)["error"]["message"] == "Niet verstuurd"
