"""Shared helpers of the deployment tests: the repository's deploy files, parsed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILES = {"single": REPO / "docker-compose.yml", "scale": REPO / "deploy" / "docker-compose.scale.yml"}


def load_compose(name: str) -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILES[name].read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture
def single() -> dict[str, Any]:
    return load_compose("single")


@pytest.fixture
def scale() -> dict[str, Any]:
    return load_compose("scale")
