"""deploy/dlp-proxy.service: a unit systemd accepts, running `dlp-proxy run` as a non-root user."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deploy.conftest import REPO

UNIT = REPO / "deploy" / "dlp-proxy.service"


def test_unit_runs_the_proxy_unprivileged_and_restarts_on_failure() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.read_string(UNIT.read_text(encoding="utf-8"))
    service = unit["Service"]
    assert service["ExecStart"].endswith("/dlp-proxy run")
    assert service["User"] not in ("root", "0")
    assert service["Restart"] == "on-failure"
    assert service["NoNewPrivileges"] == "yes"
    assert set(service["ReadWritePaths"].split()) == {"/opt/dlp-proxy/logs", "/opt/dlp-proxy/certs"}


def test_systemd_analyze_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed")
    # The unit names the installed path; point it at this checkout's dlp-proxy to verify it here.
    real = Path(sys.executable).with_name("dlp-proxy")
    copy = tmp_path / "dlp-proxy.service"
    copy.write_text(UNIT.read_text(encoding="utf-8").replace("/opt/dlp-proxy/.venv/bin/dlp-proxy", str(real)))
    result = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    problems = [ln for ln in (result.stdout + result.stderr).splitlines() if "dlp-proxy.service" in ln]
    assert result.returncode == 0 and not problems, result.stdout + result.stderr
