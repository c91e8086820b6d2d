"""deploy/entrypoint.sh: the container's defaults reach the real `dlp-proxy run` settings (DLP_* variables)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deploy.conftest import REPO

ENTRYPOINT = REPO / "deploy" / "entrypoint.sh"
# A stand-in dlp-proxy: resolves the run settings with the real code, prints them, starts nothing.
RESOLVE = """
import json, os, sys
from dlp_proxy.cli import app as cli
from dlp_proxy.cli import run as run_cli
args = cli._build_parser().parse_args(sys.argv[1:])
if args.command != "run":
    print(json.dumps({"argv": sys.argv[1:]}))
else:
    cfg = run_cli.resolve(args, os.environ)
    keys = ("listen_host", "listen_port", "admin_host", "admin_port", "policy", "audit_log", "certs", "nlp_config")
    print(json.dumps({k: getattr(cfg, k) for k in (*keys, "set")}))
"""


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    fake = tmp_path / "bin" / "dlp-proxy"
    fake.parent.mkdir()
    (tmp_path / "resolve.py").write_text(RESOLVE)
    fake.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{tmp_path / "resolve.py"}" "$@"\n')
    fake.chmod(0o755)
    return fake.parent


def call(bin_dir: Path, *args: str, **env: str) -> dict[str, object]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DLP_")}
    result = subprocess.run(
        ["/bin/sh", str(ENTRYPOINT), *args],
        env={**clean, "PATH": f"{bin_dir}:{clean['PATH']}", "PYTHONPATH": str(REPO), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    parsed: dict[str, object] = json.loads(result.stdout)
    return parsed


@pytest.mark.parametrize("args", [(), ("run",)])
def test_defaults_listen_on_all_interfaces_with_the_container_paths(bin_dir: Path, args: tuple[str, ...]) -> None:
    assert call(bin_dir, *args) == {
        "listen_host": "0.0.0.0",
        "listen_port": 8080,
        "admin_host": "0.0.0.0",
        "admin_port": 9090,
        "policy": "/app/rules",
        "audit_log": "/app/logs/decisions.jsonl",
        "certs": "/app/certs",
        "nlp_config": "/app/models/nlp.yaml",
        "set": [],
    }


def test_variables_and_extra_arguments_win_over_the_defaults(bin_dir: Path) -> None:
    cfg = call(bin_dir, "--set", "dlp_audit_daily=true", DLP_LISTEN_PORT="3128", DLP_ADMIN_PORT="0",
               DLP_AUDIT_LOG="/app/logs/proxy-1/decisions.jsonl")  # fmt: skip
    assert (cfg["listen_port"], cfg["admin_port"]) == (3128, 0)
    assert cfg["audit_log"] == "/app/logs/proxy-1/decisions.jsonl"
    assert cfg["set"] == ["dlp_audit_daily=true"]


def test_other_commands_go_to_dlp_proxy_unchanged(bin_dir: Path) -> None:
    assert call(bin_dir, "audit", "verify", "/app/logs") == {"argv": ["audit", "verify", "/app/logs"]}
