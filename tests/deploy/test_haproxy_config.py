"""deploy/haproxy.cfg: valid for HAProxy itself, TCP mode with health checks, redispatch and retries."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.local_services import HAPROXY_TEMPLATE, render_haproxy


def _haproxy() -> str:
    binary = shutil.which("haproxy")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("haproxy is missing; .ci/run installs Debian's haproxy")
        pytest.skip("haproxy not installed (Debian package haproxy)")
    return binary


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_haproxy(), "-c", "-f", str(path)], capture_output=True, text=True, timeout=30)


def test_haproxy_accepts_the_deploy_config() -> None:
    result = _check(HAPROXY_TEMPLATE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_haproxy_rejects_a_broken_config(tmp_path: Path) -> None:
    broken = tmp_path / "haproxy.cfg"
    broken.write_text(HAPROXY_TEMPLATE.read_text(encoding="utf-8").replace("balance leastconn", "balance nosuch"))
    assert _check(broken).returncode != 0


def test_config_balances_tcp_with_health_checks_redispatch_and_retries() -> None:
    cfg = HAPROXY_TEMPLATE.read_text(encoding="utf-8")
    assert re.search(r"^\s*mode tcp$", cfg, re.M)
    assert re.search(r"^\s*option redispatch$", cfg, re.M)
    assert re.search(r"^\s*retries [1-9]$", cfg, re.M)
    assert re.search(r"^\s*http-check send meth GET uri /readyz$", cfg, re.M)
    assert all(" check " in line for line in cfg.splitlines() if line.strip().startswith("server "))


def test_rendered_test_config_is_valid_and_names_the_test_ports(tmp_path: Path) -> None:
    rendered = render_haproxy(
        HAPROXY_TEMPLATE.read_text(encoding="utf-8"),
        frontend_port=18080,
        replicas=[("proxy-1", 18081, 19091), ("proxy-2", 18082, 19092)],
    )
    assert "bind 127.0.0.1:18080" in rendered
    assert "server proxy-2 127.0.0.1:18082 check port 19092" in rendered
    assert "resolvers" not in rendered and "127.0.0.11" not in rendered
    path = tmp_path / "haproxy.cfg"
    path.write_text(rendered)
    result = _check(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "could not resolve" not in result.stderr
