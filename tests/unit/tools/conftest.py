"""The tools/ scripts are not a package (they run as scripts): import them from there, and build real
throw-away Python environments holding made-up distributions for them to audit."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[3] / "tools"

MakeEnv = Callable[[dict[str, str]], Path]


# tools/ goes on sys.path when this folder is collected, as it is when a script there runs, so the
# test modules import the scripts at the top. Their names (audit_deps, osv_ranges, acceptances,
# refresh_advisories) clash with nothing else on the path.
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))


@pytest.fixture
def make_env(tmp_path: Path) -> MakeEnv:
    """A real virtualenv (no pip) whose importlib.metadata lists exactly the given name -> version."""

    def make(dists: dict[str, str]) -> Path:
        env = tmp_path / "env"
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, timeout=120)
        purelib = sysconfig.get_path("purelib", vars={"base": str(env), "platbase": str(env)})
        for name, version in dists.items():
            info = Path(purelib) / f"{name}-{version}.dist-info"
            info.mkdir(parents=True)
            (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
        return env

    return make
