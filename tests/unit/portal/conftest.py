"""Fixtures of the request-form tests (test_requests.py, test_request_exceptions.py): a recording
log and a portal context as the glue makes it, with the real detector."""

from __future__ import annotations

import pytest

from dlp_proxy.detection import PresidioDetector
from dlp_proxy.policy import Policy
from dlp_proxy.portal.web import PortalContext
from tests.unit.portal.request_helpers import Log, make_ctx


@pytest.fixture
def log() -> Log:
    return Log()


@pytest.fixture
def ctx(policy: Policy, log: Log, detector: PresidioDetector) -> PortalContext:
    return make_ctx(policy, log, detector)
