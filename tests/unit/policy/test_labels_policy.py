"""The labels section: a sensitivity label is a finding of the data class it maps to (decided by
the usual rules, exceptions and monitor mode) or an action weighed beside the classes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from dlp_proxy.policy import Policy, Tool, decide, load_policy
from dlp_proxy.policy.decision import LABEL_RULE
from dlp_proxy.policy.labels_section import SENSITIVITY_LABEL, Labels, label_findings, recorded
from dlp_proxy.policy.schema import PolicyException, Who

REPO = Path(__file__).resolve().parents[3]

VERTROUWELIJK_ID = "3a1f9c0e-5b2d-4c6e-8f7a-1b2c3d4e5f60"
SECTION = Labels(
    map={"Vertrouwelijk": "client", "Intern": "internal", "Openbaar": "allow", "Geheim": "block", "Let op": "warn",
         f"{{{VERTROUWELIJK_ID.upper()}}}": "secret"},
)  # fmt: skip


@pytest.fixture
def labelled(policy: Policy) -> Policy:
    return policy.model_copy(update={"labels": SECTION})


def test_when_a_label_is_named_in_any_case_then_it_maps_to_its_class() -> None:
    assert SECTION.target("VERTROUWELIJK") == ("client", "Vertrouwelijk")
    assert SECTION.target("  intern ") == ("internal", "Intern")


def test_when_a_label_id_is_mapped_then_the_id_wins_over_the_name() -> None:
    target, shown = SECTION.target("Openbaar", VERTROUWELIJK_ID)
    assert (target, shown) == ("secret", f"{{{VERTROUWELIJK_ID.upper()}}}")


def test_when_a_label_is_unknown_then_the_unknown_setting_decides_and_only_its_id_is_named() -> None:
    assert SECTION.target("Klant X Jan de Vries", VERTROUWELIJK_ID.replace("3a", "4b")) == (
        "allow",
        VERTROUWELIJK_ID.replace("3a", "4b"),
    )
    assert Labels(unknown="internal").target("Iets", "")[0] == "internal"
    assert "Klant X" not in recorded(SECTION, [("Klant X Jan de Vries", "")])


def test_when_labels_become_findings_then_classes_are_findings_and_actions_are_actions() -> None:
    findings, actions = label_findings(SECTION, [("vertrouwelijk", ""), ("Geheim", ""), ("Openbaar", "")])
    assert [(f.entity_type, f.data_class, f.subject) for f in findings] == [
        (SENSITIVITY_LABEL, "client", "Vertrouwelijk")
    ]
    assert actions == [("Geheim", "block")]


def test_when_two_keys_are_the_same_label_then_the_section_is_refused() -> None:
    with pytest.raises(ValidationError, match="same label"):
        Labels(map={"Vertrouwelijk": "client", "VERTROUWELIJK": "internal"})
    with pytest.raises(ValidationError):
        Labels(map={"Vertrouwelijk": "geheim"})  # type: ignore[dict-item]  # neither a class nor an action


def test_when_a_confidential_label_reaches_a_low_risk_tool_then_the_client_rule_blocks(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    decision = decide(labelled, tools["chatgpt"], [], labels=[("Vertrouwelijk", "")])
    assert decision.action == "block" and decision.rule_id == "CLIENT-NOT-APPROVED"
    assert decision.data_classes == {"client": 1} and decision.labels == ("Vertrouwelijk",)


def test_when_an_internal_label_reaches_tools_then_the_per_tool_rules_apply(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    assert decide(labelled, tools["chatgpt"], [], labels=[("Intern", "")]).action == "warn"
    assert decide(labelled, tools["internal-llm"], [], labels=[("Intern", "")]).action == "allow"


def test_when_a_label_is_public_or_unknown_then_it_changes_nothing(labelled: Policy, tools: dict[str, Tool]) -> None:
    decision = decide(labelled, tools["chatgpt"], [], labels=[("Openbaar", ""), ("Onbekend", "")])
    assert decision.action == "allow" and decision.labels == ()


def test_when_a_label_maps_to_an_action_then_it_is_weighed_with_the_classes(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    blocked = decide(labelled, tools["internal-llm"], [], labels=[("Geheim", "")])
    assert blocked.action == "block" and blocked.rule_id == LABEL_RULE.id and blocked.labels == ("Geheim",)
    held = decide(labelled, tools["internal-llm"], [], labels=[("Let op", "")])
    assert held.action == "warn"
    assert decide(labelled, tools["internal-llm"], [], labels=[("Let op", "")], justified=True).action == "allow"


def test_when_the_tool_is_monitored_then_a_label_only_records_what_would_happen(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    monitored = tools["chatgpt"].model_copy(update={"mode": "monitor"})
    decision = decide(labelled, monitored, [], labels=[("Geheim", "")])
    assert decision.action == "allow" and decision.would_action == "block" and decision.monitor


def test_when_an_exception_covers_the_label_class_then_it_applies(labelled: Policy, tools: dict[str, Tool]) -> None:
    exception = PolicyException(
        id="EXC-LABEL", who=Who(users=["erin"]), tools=["chatgpt"], data_classes=["internal"],
        consent_ref="manager", valid_from=date(2026, 1, 1), valid_until=date(2026, 12, 31),
    )  # fmt: skip
    policy = labelled.model_copy(update={"exceptions": [exception]})
    decision = decide(policy, tools["chatgpt"], [], labels=[("Intern", "")], user="erin", today=date(2026, 6, 1))
    assert decision.action == "allow" and decision.exception_id == "EXC-LABEL"


def test_the_bundled_policy_maps_dutch_and_english_labels() -> None:
    shipped = load_policy(REPO / "rules").labels
    assert shipped.target("Vertrouwelijk")[0] == shipped.target("Confidential")[0] == "client"
    assert shipped.target("Intern")[0] == shipped.target("Internal")[0] == "internal"
    assert shipped.target("Openbaar")[0] == shipped.target("Public")[0] == "allow"
