"""The audit trail: one structured decision record per inspected request."""

from dlp_proxy.audit.decision_log import DecisionLog
from dlp_proxy.audit.record import SCHEMA_VERSION, build_record

__all__ = ["SCHEMA_VERSION", "DecisionLog", "build_record"]
