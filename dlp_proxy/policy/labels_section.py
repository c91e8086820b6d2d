"""The policy's `labels` section (rules/data.yaml): what a Microsoft Purview sensitivity label on
an uploaded file (or in the `msip_labels` header) means, and the findings it becomes.

A label maps to a data class (then it is decided like any finding of that class: rules per tool
and risk level, exceptions, monitor mode) or directly to an action (`warn` or `block`: decided
beside the data classes, the stricter wins; `allow`: the label adds nothing, e.g. "Openbaar").
Keys are label names, matched without regard to case, or label ids (GUIDs, braces optional).
A label the section does not name is judged by `unknown` (by default `allow`: named in the
record, nothing more). Its own module so that schema.py stays small.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dlp_proxy.findings import DATA_CLASSES, DataClass, Finding

LabelTarget = Literal["personal", "client", "secret", "internal", "placeholder", "allow", "warn", "block"]
LabelAction = Literal["allow", "warn", "block"]
# The entity type of a finding made from a label (its `subject` is the label's name or id).
SENSITIVITY_LABEL = "SENSITIVITY_LABEL"
GUID = re.compile(r"^\{?([0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})\}?$")
MAX_NAME_CHARS = 200


def label_key(text: str) -> str:
    """How a label name or id is compared: a GUID lower case without braces, a name case-folded."""
    text = text.strip()
    match = GUID.match(text)
    return match.group(1).lower() if match else " ".join(text.casefold().split())


class Labels(BaseModel):
    """labels: {map: {Vertrouwelijk: client, ...}, unknown: allow}"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    map: dict[str, LabelTarget] = Field(default_factory=dict)
    unknown: LabelTarget = "allow"

    @field_validator("map")
    @classmethod
    def _distinct(cls, v: dict[str, LabelTarget]) -> dict[str, LabelTarget]:
        seen: dict[str, str] = {}
        for name in v:
            if not name.strip() or len(name) > MAX_NAME_CHARS:
                raise ValueError(f"a label name must have 1 to {MAX_NAME_CHARS} characters; got {name!r}")
            k = label_key(name)
            if k in seen:
                raise ValueError(f"labels {seen[k]!r} and {name!r} are the same label (names ignore case)")
            seen[k] = name
        return v

    def target(self, name: str, label_id: str = "") -> tuple[LabelTarget, str]:
        """What a label means, and how it is named in records and notices: the policy's own
        spelling when the section names it (by id first, then by name), else its id. A name
        the policy does not know is never repeated: it comes from the file, not the policy."""
        for key, target in self.map.items():
            if label_id and label_key(key) == label_key(label_id):
                return target, key
        for key, target in self.map.items():
            if name and label_key(key) == label_key(name):
                return target, key
        shown = label_id or (name if GUID.match(name) else "")
        return self.unknown, label_key(shown) if shown else "(unnamed)"


def label_findings(
    section: Labels, labels: list[tuple[str, str]]
) -> tuple[list[Finding], list[tuple[str, LabelAction]]]:
    """(name, id) pairs -> findings for the labels that mean a data class, and (label, action) for
    those that mean an action. A finding's subject is the label as `Labels.target` names it."""
    findings: list[Finding] = []
    actions: list[tuple[str, LabelAction]] = []
    for name, label_id in labels:
        target, shown = section.target(name, label_id)
        if target in _CLASSES:
            findings.append(Finding(SENSITIVITY_LABEL, _CLASSES[target], 0, 0, 1.0, "sensitivity_label", subject=shown))
        elif target in _ACTIONS and target != "allow":
            actions.append((shown, _ACTIONS[target]))
    return findings, actions


def recorded(section: Labels, labels: list[tuple[str, str]]) -> list[str]:
    """The labels for the decision record, each once: as the policy names them, else by id."""
    return list(dict.fromkeys(section.target(name, label_id)[1] for name, label_id in labels))


_CLASSES: dict[str, DataClass] = {c: c for c in DATA_CLASSES}
_ACTIONS: dict[str, LabelAction] = {"allow": "allow", "warn": "warn", "block": "block"}
