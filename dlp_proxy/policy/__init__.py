"""The AI policy as code: schema, loading from `rules/`, and the pure decision function."""

from dlp_proxy.policy.decision import Decision, decide
from dlp_proxy.policy.loader import load_policy
from dlp_proxy.policy.schema import Policy, Tool

__all__ = ["Decision", "Policy", "Tool", "decide", "load_policy"]
