"""deploy/entrypoint.sh builds `dlp-proxy run` from DLP_* variables (a stand-in dlp-proxy records it)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.deploy.conftest import REPO

ENTRYPOINT = REPO / "deploy" / "entrypoint.sh"


@pytest.fixture
def recorder(tmp_path: Path) -> Path:
    """A `dlp-proxy` on PATH that prints its arguments, one a line."""
    fake = tmp_path / "bin" / "dlp-proxy"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    fake.chmod(0o755)
    return fake.parent


def call(recorder: Path, *args: str, **env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DLP_")}
    result = subprocess.run(
        ["/bin/sh", str(ENTRYPOINT), *args],
        env={**clean, "PATH": f"{recorder}:{clean['PATH']}", **env},
        capture_output=True,
        text=True,
        timeout=10,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _pairs(argv: list[str]) -> dict[str, str]:
    return {argv[i]: argv[i + 1] for i in range(len(argv) - 1) if argv[i].startswith("--") and argv[i] != "--set"}


@pytest.mark.parametrize("args", [(), ("run",)])
def test_defaults_listen_on_all_interfaces_with_the_container_paths(recorder: Path, args: tuple[str, ...]) -> None:
    argv = call(recorder, *args)
    assert argv[0] == "run"
    assert _pairs(argv) == {
        "--listen-host": "0.0.0.0",
        "--listen-port": "8080",
        "--policy": "/app/rules",
        "--audit-log": "/app/logs/decisions.jsonl",
        "--certs": "/app/certs",
        "--nlp-config": "/app/models/nlp.yaml",
    }
    assert "dlp_admin_port=9090" in argv and "dlp_admin_host=0.0.0.0" in argv


def test_variables_and_extra_arguments_reach_the_command(recorder: Path) -> None:
    argv = call(recorder, "--set", "dlp_audit_daily=true", DLP_LISTEN_PORT="3128", DLP_ADMIN_PORT="0",
                DLP_AUDIT_LOG="/app/logs/proxy-1/decisions.jsonl")  # fmt: skip
    assert _pairs(argv)["--listen-port"] == "3128"
    assert _pairs(argv)["--audit-log"] == "/app/logs/proxy-1/decisions.jsonl"
    assert "dlp_admin_port=0" in argv
    assert argv[-2:] == ["--set", "dlp_audit_daily=true"]


def test_other_commands_go_to_dlp_proxy_unchanged(recorder: Path) -> None:
    assert call(recorder, "audit", "verify", "/app/logs") == ["audit", "verify", "/app/logs"]
