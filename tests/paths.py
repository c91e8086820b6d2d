"""Paths the tests share: the frozen test policy, and the shipped policy the few shipped-policy checks read."""

from __future__ import annotations

from pathlib import Path

# Frozen copy of rules/ for unit tests (see policy/README.md): operators' edits of rules/ cannot break them.
TEST_POLICY = Path(__file__).resolve().parent / "policy"
# The policy the project ships; read only by tests that check the shipped policy itself.
SHIPPED_POLICY = Path(__file__).resolve().parent.parent / "rules"
