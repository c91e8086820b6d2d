"""identify_host remembers its answers per policy object (dlp_proxy.pipeline.hosts): a reload starts afresh."""

from __future__ import annotations

from dlp_proxy.pipeline import hosts
from dlp_proxy.pipeline.hosts import HostNames, identify_host
from dlp_proxy.policy import Policy

OPENAI = HostNames("api.openai.com", "api.openai.com", "api.openai.com")
PATH = "/v1/chat/completions"


def test_when_the_policy_is_reloaded_then_its_tools_decide_not_the_remembered_answer(policy: Policy) -> None:
    assert (tool := identify_host(policy, OPENAI, PATH).tool) is not None and tool.id == "openai-api"
    reloaded = policy.model_copy(update={"tools": [], "bundled": []})  # a new object, as a reload makes
    assert identify_host(reloaded, OPENAI, PATH).tool is None
    assert (tool := identify_host(policy, OPENAI, PATH).tool) is not None and tool.id == "openai-api"


def test_when_asked_again_then_the_same_answer_is_returned(policy: Policy) -> None:
    first = identify_host(policy, OPENAI, PATH)
    assert identify_host(policy, HostNames("api.openai.com", "api.openai.com", "api.openai.com"), PATH) is first
    assert identify_host(policy, OPENAI, "/v1/embeddings") == hosts._identify(policy, OPENAI, "/v1/embeddings")


def test_when_clients_send_many_names_then_the_memo_stays_bounded(policy: Policy) -> None:
    for n in range(hosts._MEMO_SIZE + 10):
        identify_host(policy, HostNames(f"h{n}.example.org"), "/")
    assert len(hosts._memo[1]) <= hosts._MEMO_SIZE
    assert identify_host(policy, HostNames("h1.example.org"), "/").tool is None
