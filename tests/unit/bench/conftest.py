"""The benchmark's modules live in bench/ (run as scripts, not a package): import them from there."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench"


@pytest.fixture(scope="session")
def bench_module() -> Iterator[Callable[[str], ModuleType]]:
    """Import a module of bench/ by name (bench/ goes on sys.path for the rest of the session)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.syspath_prepend(str(BENCH))
        yield importlib.import_module
