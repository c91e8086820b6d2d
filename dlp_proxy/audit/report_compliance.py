"""The evidence each control asks for (ISO 27001 A.8.12, A.8.15, A.8.16, A.5.10, A.6.3 and
NEN 7510), as figures from the report's builder; the HTML adds the prose (report_words.CONTROLS)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dlp_proxy.audit.report_shadow import ACTIONS

if TYPE_CHECKING:
    from dlp_proxy.audit.report import ReportBuilder


def compliance(
    b: ReportBuilder,
    totals: dict[str, Any],
    shadow: dict[str, int],
    fails: dict[str, Any],
    n_policies: int,
    acks: dict[str, Any],
) -> dict[str, dict[str, Any]]:
    """The evidence each control asks for, as figures (the HTML adds the prose)."""
    current = acks["acknowledgement_of_current"]
    return {
        "ISO27001:A.8.12": {
            "inspected": b.records,
            "blocked": b.actions["block"],
            "redacted": b.actions["redact"],
            "pseudonymised": b.actions["pseudonymise"],
            "warned": b.actions["warn"],
            "values_masked": b.masked,
            "with_data_found": b.with_data,
        },
        "ISO27001:A.8.15": {
            "records": b.records,
            "first_record": b.first if b.records else None,
            "last_record": b.last if b.records else None,
            "files": b.files,
            "malformed_lines": b.malformed,
            "policy_versions": n_policies,
        },
        "ISO27001:A.8.16": {
            "monitor_only_records": totals["monitor_only"],
            **{f"monitor_would_{a}": b.monitor_would[a] for a in ACTIONS},
            "detection_failures": totals["detection_failures"],
            **{f"fail_mode_{r.lower().replace('-', '_')}": n for r, n in fails["fail_modes"].items()},
        },
        "ISO27001:A.5.10": {
            "shadow_ai_tools": len(b.shadow),
            **b.inventory.evidence(),
            "shadow_ai_requests": totals["shadow_ai_requests"],
            **{f"shadow_ai_{a}": n for a, n in shadow.items()},
            "rules_triggered": len(b.by_dim["rules"]),
            "exceptions_used": totals["exceptions_used"],
            "justifications": b.justified,
            **{k: totals[k] for k in ("tool_assessment_requests", "exception_requests", "tools_awaiting_assessment")},
        },
        "ISO27001:A.6.3": {
            "policy_versions_acknowledged": len(acks["acknowledgements"]),
            "users_acknowledged_current_version": current["users_acknowledged"],
            "active_users": current["active_users"],
            "active_users_acknowledged_current_version": current["active_users_acknowledged"],
        },
        "NEN7510": {
            **{f"personal_data_{a}": b.nen["personal_data"][a] for a in ACTIONS},
            **{f"nl_bsn_{a}": b.nen["nl_bsn"][a] for a in ACTIONS},
            **{f"nl_bsn_to_unlisted_or_forbidden_{a}": b.nen["nl_bsn_to_unlisted_or_forbidden"][a] for a in ACTIONS},
        },
    }
