"""Action pseudonymise through the pipeline: placeholders from the vault, the map for the answer,
values from earlier turns masked again, and the fail mode when the vault is gone."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.pipeline.context import RequestContext
from dlp_proxy.pipeline.inspection import Verdict, inspect, run_sync_scan
from dlp_proxy.pipeline.pseudonyms import VaultUse
from dlp_proxy.policy import Policy, Tool
from dlp_proxy.policy.decision import decide, may_pseudonymise
from dlp_proxy.respond.vault import MemoryVault, VaultError

EMAIL = "jan.jansen@voorbeeld.nl"
IBAN = "NL91ABNA0417164300"
KEY = "sk-proj-Zq8vR2mK4tL9xW1nB7cD3fG6hJ0pS5uY"


def pseudonymising(policy: Policy, placeholder_action: str = "pseudonymise") -> Policy:
    """The frozen policy with personal data pseudonymised in low-risk tools."""
    rules = [
        r.model_copy(update={"action": "pseudonymise"}) if r.id == "PERSONAL-MASK-LOW" else r for r in policy.rules
    ]
    return policy.model_copy(update={"rules": rules})


def chat(*turns: tuple[str, str]) -> RequestView:
    doc = {"model": "gpt-4o", "messages": [{"role": role, "content": text} for role, text in turns]}
    return RequestView(
        "POST", "api.openai.com", "/v1/chat/completions", {"content-type": "application/json"}, json.dumps(doc).encode()
    )


class Blind:
    """A detector that finds nothing: what the vault recalls is all that is masked."""

    def scan(self, text: str) -> list[Any]:
        return []


def judge(policy: Policy, tool: Tool, detector: Any, request: RequestView, use: VaultUse | None) -> Verdict:
    ctx = RequestContext(request, policy, tool, "en", user="jan")
    return asyncio.run(inspect(ctx, run_sync_scan(detector.scan), None, use))


def sent(verdict: Verdict) -> list[str]:
    assert verdict.new_body is not None
    return [m["content"] for m in json.loads(verdict.new_body)["messages"]]


@pytest.fixture
def setup(policy: Policy, tools: dict[str, Tool]) -> tuple[Policy, Tool, VaultUse]:
    vault = MemoryVault()
    return pseudonymising(policy), tools["openai-api"], VaultUse(vault, vault.scope("jan", "openai-api"), 3600)


def test_values_leave_as_placeholders_and_the_answer_map_gives_them_back(setup: Any, detector: Any) -> None:
    policy, tool, use = setup
    v = judge(policy, tool, detector, chat(("user", f"Mail {EMAIL} over {IBAN}, en {EMAIL} nogmaals")), use)
    assert v.action == "pseudonymise" and v.record["action"] == "pseudonymise"
    assert sent(v) == ["Mail [EMAIL_ADDRESS_1] over [IBAN_CODE_1], en [EMAIL_ADDRESS_1] nogmaals"]
    assert dict(v.restore) == {"[EMAIL_ADDRESS_1]": EMAIL, "[IBAN_CODE_1]": IBAN}
    assert EMAIL not in json.dumps(v.record) and IBAN not in json.dumps(v.record)
    assert "placeholders" in (v.notice or "") and EMAIL not in (v.notice or "")


def test_a_later_turn_keeps_the_placeholders_and_masks_a_value_the_detector_misses(setup: Any, detector: Any) -> None:
    policy, tool, use = setup
    first = judge(policy, tool, detector, chat(("user", f"Schrijf aan {EMAIL}")), use)
    assert sent(first) == ["Schrijf aan [EMAIL_ADDRESS_1]"]
    # The history comes back with the values the answer restored, in another spelling.
    history = chat(
        ("user", f"Schrijf aan {EMAIL}"),
        ("assistant", f"Beste {EMAIL.upper()}, hier is de mail."),
        ("user", f"Voeg ook {IBAN} toe"),
    )
    second = judge(policy, tool, detector, history, use)
    assert sent(second) == [
        "Schrijf aan [EMAIL_ADDRESS_1]",
        "Beste [EMAIL_ADDRESS_1], hier is de mail.",
        "Voeg ook [IBAN_CODE_1] toe",
    ]
    assert dict(second.restore) == {"[EMAIL_ADDRESS_1]": EMAIL, "[IBAN_CODE_1]": IBAN}  # the first spelling
    # A detector that misses them now: the vault still knows both values, so neither leaves.
    third = judge(policy, tool, Blind(), history, use)
    assert third.action == "pseudonymise"
    assert sent(third) == sent(second)


def test_a_turn_without_new_data_still_gets_the_earlier_placeholders_restored(setup: Any, detector: Any) -> None:
    policy, tool, use = setup
    judge(policy, tool, detector, chat(("user", f"Onthoud {EMAIL}")), use)
    later = judge(policy, tool, detector, chat(("user", "Wat was het adres ook alweer?")), use)
    assert later.action == "allow" and dict(later.restore) == {"[EMAIL_ADDRESS_1]": EMAIL}


def test_redacted_and_pseudonymised_values_never_share_a_placeholder(policy: Policy, setup: Any, detector: Any) -> None:
    _, tool, use = setup
    # Personal data is pseudonymised, an example credential redacted: both masked, only one comes back.
    p = pseudonymising(policy)
    v = judge(p, tool, detector, chat(("user", f"Mail {EMAIL}, sleutel AKIAIOSFODNN7EXAMPLE")), use)
    assert v.action == "redact"
    assert v.decision.pseudonymise and v.decision.redact
    out = sent(v)[0]
    assert "[EMAIL_ADDRESS_1]" in out and "AKIAIOSFODNN7EXAMPLE" not in out
    assert set(v.restore) == {"[EMAIL_ADDRESS_1]"}  # the redacted key is not restored


class BrokenVault(MemoryVault):
    async def assign(
        self, scope: str, values: Sequence[tuple[str, str]], ttl_seconds: int
    ) -> dict[tuple[str, str], str]:
        raise VaultError("down")

    async def known(self, scope: str) -> dict[str, str]:
        raise VaultError("down")


def test_without_its_vault_a_prompt_to_pseudonymise_follows_the_fail_mode(setup: Any, detector: Any) -> None:
    policy, tool, _ = setup
    broken = BrokenVault()
    use = VaultUse(broken, broken.scope("jan", tool.id), 60)
    v = judge(policy, tool, detector, chat(("user", f"Mail {EMAIL}")), use)
    assert v.action == "block" and v.record["fail_reason"] == "vault_unavailable"
    assert v.new_body is None and not v.restore
    benign = judge(policy, tool, detector, chat(("user", "Leg uit wat DNS is")), use)
    assert benign.action == "allow"  # nothing to pseudonymise: the vault is not needed
    none = judge(policy, tool, detector, chat(("user", f"Mail {EMAIL}")), None)
    assert none.action == "block" and none.record["fail_reason"] == "vault_unavailable"


def test_a_blocked_or_held_request_gets_no_answer_map(setup: Any, detector: Any) -> None:
    policy, tool, use = setup
    judge(policy, tool, detector, chat(("user", f"Mail {EMAIL}")), use)
    blocked = judge(policy, tool, detector, chat(("user", f"Mail {EMAIL} met sleutel {KEY}")), use)
    assert blocked.action == "block" and not blocked.restore


def test_which_tools_can_pseudonymise(policy: Policy, tools: dict[str, Tool]) -> None:
    p = pseudonymising(policy)
    assert may_pseudonymise(p, tools["openai-api"])
    assert not may_pseudonymise(policy, tools["openai-api"])
    decision = decide(p, tools["openai-api"], [])
    assert decision.action == "allow" and not decision.masks


def test_recall_finds_other_spellings_and_never_crashes_on_case_folding(setup: Any, detector: Any) -> None:
    policy, tool, use = setup
    vault = use.vault
    names = ["Kim Jansen", "Ayşe Yıldız", "Günther Strauß", "Piet Jansen"]
    asyncio.run(vault.assign(use.scope, [("PERSON", n) for n in names], 3600))
    history = "Kİm Jansen, AYŞE YILDIZ, Günther Strauß en Piet \n  Jansen schreven."
    v = judge(policy, tool, Blind(), chat(("user", history)), use)
    assert v.action == "pseudonymise"
    out = sent(v)[0]
    for name in ("Jansen", "Strauß", "Piet"):
        assert name not in out, out
    assert "YILDIZ" not in out and out.endswith("schreven.")


def test_a_redacted_value_never_gets_a_placeholder_the_vault_issued_earlier(
    policy: Policy, setup: Any, detector: Any
) -> None:
    _, tool, use = setup
    p = pseudonymising(policy)  # example credentials stay redacted in the frozen policy
    issued = asyncio.run(use.vault.assign(use.scope, [("SECRET_PLACEHOLDER", "AKIAI44QH8DHBEXAMPLE")], 3600))
    assert list(issued.values()) == ["[SECRET_PLACEHOLDER_1]"]  # e.g. pseudonymised under an earlier policy
    v = judge(p, tool, detector, chat(("user", "Waarom faalt AKIAIOSFODNN7EXAMPLE?")), use)
    out = sent(v)[0]
    assert v.action == "redact" and "AKIA" not in out
    # Numbered past the vault's: an answer naming it cannot bring back the other key.
    assert "[SECRET_PLACEHOLDER_2]" in out and "[SECRET_PLACEHOLDER_1]" in v.restore
