"""`defaults.unlisted_kinds` / `unlisted_vendors` made into ordinary rules, so that `policy explain`,
`policy test`, the decision log and the notices treat them like any rule of rules.yaml.

Each entry becomes one rule for bundled services of that kind or vendor that the organisation
does not list (`when: {tool_status: [unlisted], tool_source: [bundled], tool_kind|tool_vendor}`),
placed immediately before the first rule for unlisted tools (TOOL-UNLISTED in the shipped
policy) and carrying that rule's notice; vendor entries come before kind entries, so a vendor
entry wins. Such a rule has no data_class condition: it decides every data class for those
services, so `translation: warn` lets a prompt with a secret through with a reason, unless a
secret rule comes before TOOL-UNLISTED. Where the rules have no rule for unlisted tools, the
generated ones go first.
"""

from __future__ import annotations

import re

from dlp_proxy.policy.schema import Action, Policy, Rule, When

KIND_PREFIX = "UNLISTED-KIND-"
VENDOR_PREFIX = "UNLISTED-VENDOR-"


def slug(text: str) -> str:
    """'Midjourney, Inc.' -> 'MIDJOURNEY-INC': a rule id part."""
    return re.sub(r"[^A-Z0-9]+", "-", text.upper()).strip("-") or "X"


def _describe(what: str, action: Action) -> str:
    return (
        f"Generated from defaults: {what} of the bundled catalogue that tools.yaml does not list -> {action} "
        "(every data class: this rule comes before the data rules)."
    )


def generated_rules(policy: Policy) -> list[Rule]:
    """The rules the policy's `defaults` stand for, vendors first, in the order written."""
    anchor = _first_unlisted_rule(policy)
    notice = anchor.notice if anchor is not None else None
    out: list[Rule] = []
    for vendor, action in policy.defaults.unlisted_vendors.items():
        out.append(
            Rule(
                id=VENDOR_PREFIX + slug(vendor),
                description=_describe(f"services by {vendor}", action),
                when=When(tool_status=["unlisted"], tool_source=["bundled"], tool_vendor=[vendor]),
                action=action,
                notice=notice,
                origin=f"defaults.unlisted_vendors.{vendor}",
            )
        )
    for kind, action in policy.defaults.unlisted_kinds.items():
        out.append(
            Rule(
                id=KIND_PREFIX + slug(kind),
                description=_describe(f"{kind} services", action),
                when=When(tool_status=["unlisted"], tool_source=["bundled"], tool_kind=[kind]),
                action=action,
                notice=notice,
                origin=f"defaults.unlisted_kinds.{kind}",
            )
        )
    return out


def _first_unlisted_rule(policy: Policy) -> Rule | None:
    return next((r for r in policy.rules if r.when.tool_status and "unlisted" in r.when.tool_status), None)


def with_generated_rules(policy: Policy) -> list[Rule]:
    """The policy's rules with the generated ones in their place; a ValueError when an id is taken."""
    generated = generated_rules(policy)
    if not generated:
        return list(policy.rules)
    taken = {r.id for r in policy.rules}
    ids = [r.id for r in generated]
    clash = sorted({i for i in ids if i in taken or ids.count(i) > 1})
    if clash:
        raise ValueError(
            f"rule id(s) {clash} are generated from defaults (unlisted_kinds / unlisted_vendors); "
            "rename the rule in rules.yaml, or write each vendor once"
        )
    anchor = _first_unlisted_rule(policy)
    at = policy.rules.index(anchor) if anchor is not None else 0
    return [*policy.rules[:at], *generated, *policy.rules[at:]]
