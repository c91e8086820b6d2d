"""Shared fixtures: the frozen test policy (tests/policy/) and one loaded detector per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.detection.factory import build_detector
from dlp_proxy.policy import Policy, Tool, load_policy
from tests.paths import TEST_POLICY

RULES = TEST_POLICY  # not the shipped rules/: operators edit that


@pytest.fixture(scope="session")
def rules_dir() -> Path:
    """The frozen test policy folder, a copy of the shipped rules/ (read-only: copy it to edit)."""
    return RULES


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(RULES)


@pytest.fixture(scope="session")
def tools(policy: Policy) -> dict[str, Tool]:
    """Tool id -> catalogue entry of the test policy."""
    return {t.id: t for t in policy.tools}


@pytest.fixture(scope="session")
def detector(policy: Policy) -> PresidioDetector:
    """The engine the test policy builds; loading spaCy takes seconds, so once per session."""
    return build_detector(policy).load()
