"""Fixtures shared by the respond tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.local_services import Redis, start_redis


@pytest.fixture(scope="module")
def redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Redis]:
    """A real redis-server for the module (justification codes shared by replicas)."""
    server = start_redis(tmp_path_factory.mktemp("redis"))
    yield server
    server.stop()
