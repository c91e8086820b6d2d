"""The decision record: who, which tool, which data (types and counts), which rule, which action.

Never a detected value, never prompt text, never a query string (it can carry a prompt).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dlp_proxy.policy.decision import Decision
from dlp_proxy.policy.schema import Policy, Tool

SCHEMA_VERSION = 1


def build_record(
    *,
    decision_id: str,
    policy: Policy,
    tool: Tool,
    decision: Decision,
    entity_counts: Mapping[str, int],
    method: str,
    host: str,
    path: str,
    client_address: str,
    user: str,
    groups: list[str] | None = None,
    identity_source: str = "client_address",
    adapter: str,
    endpoint: str,
    language: str,
    bytes_scanned: int,
    latency_ms: float,
    fail_reason: str | None = None,
    masked: int = 0,
    justification: str | None = None,
    evidence: dict[str, Any] | None = None,
    labels: list[str] | None = None,
    images_read: int | None = None,
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event": "decision",
        "schema_version": SCHEMA_VERSION,
        "decision_id": decision_id,
        "policy_version": policy.version,
        "tool": tool.id,
        "tool_name": tool.name,
        "tool_status": tool.status,
        "tool_category": tool.category,
        "tool_approved_for": tool.approved_for,
        "tool_kind": tool.kind,
        "tool_source": tool.source,
        "host": host,
        "method": method,
        "path": path.split("?", 1)[0],
        "adapter": adapter,
        "endpoint": endpoint,
        "user": user,
        "groups": groups or [],
        "identity_source": identity_source,
        "client_address": client_address,
        "action": decision.action,
        "would_action": decision.would_action or decision.action,
        "enforced": not decision.monitor,
        "rule_id": decision.rule_id,
        "exception_id": decision.exception_id,
        "consent_ref": decision.consent_ref,
        "exceptions_rejected": [{"id": i, "reason": r} for i, r in decision.exceptions_rejected],
        "data_classes": decision.data_classes,
        "entities": dict(entity_counts),
        # Sensitivity labels of the request's files: as the policy names them, else by id.
        "labels": labels or [],
        "highest_risk": decision.highest_risk,
        "justification": justification,
        "masked": masked,
        "detection_failed": decision.detection_failed,
        "fail_reason": fail_reason,
        "bytes_scanned": bytes_scanned,
        "latency_ms": round(latency_ms, 2),
        "language": language,
    }
    if images_read is not None:  # only for a request that carried images (read by OCR, or not)
        record["images_read"] = images_read
    if evidence:  # only with settings.evidence switched on
        record["evidence"] = evidence
    return record
