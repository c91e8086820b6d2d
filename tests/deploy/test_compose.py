"""The compose files: valid for docker-compose and the Compose Specification schema, and wired as documented.

The schema is vendored (tests/deploy/compose-spec.json, provenance in compose-spec.json.source):
Docker cannot run here, so the files are checked without an engine.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.deploy.conftest import COMPOSE_FILES, REPO, load_compose

SCHEMA = Path(__file__).with_name("compose-spec.json")


def _docker_compose() -> str:
    binary = shutil.which("docker-compose")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is missing; .ci/run installs Debian's docker-compose")
        pytest.skip("docker-compose not installed (Debian package docker-compose)")
    return binary


def _config(name: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [_docker_compose(), "-f", str(COMPOSE_FILES[name]), "config", "--quiet"],
        capture_output=True,
        text=True,
        env={**os.environ, "DOCKER_HOST": "unix:///nonexistent.sock", **env},  # no engine is asked
        timeout=60,
    )


@pytest.mark.parametrize("name", sorted(COMPOSE_FILES))
def test_docker_compose_accepts_the_file(name: str) -> None:
    result = _config(name, DLP_VAULT_KEY="a-secret-for-every-replica")
    assert result.returncode == 0, result.stderr


def test_the_scaled_out_file_refuses_to_start_without_the_vault_key() -> None:
    """Replicas share pseudonymised values in Redis encrypted with DLP_VAULT_KEY: no default."""
    env = {k: v for k, v in os.environ.items() if k != "DLP_VAULT_KEY"}
    result = subprocess.run(
        [_docker_compose(), "-f", str(COMPOSE_FILES["scale"]), "config", "--quiet"],
        capture_output=True,
        text=True,
        env={**env, "DOCKER_HOST": "unix:///nonexistent.sock"},
        timeout=60,
    )
    assert result.returncode != 0 and "DLP_VAULT_KEY" in result.stderr


@pytest.mark.parametrize("name", sorted(COMPOSE_FILES))
def test_file_is_valid_against_the_compose_specification(name: str) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft201909Validator(schema)
    errors = sorted(validator.iter_errors(load_compose(name)), key=lambda e: list(e.path))
    assert not errors, [f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors]


def test_the_schema_catches_a_misspelt_key() -> None:
    """The schema check can fail: an unknown service key is reported."""
    data = load_compose("single")
    data["services"]["dlp-proxy"]["volumez"] = ["./logs:/app/logs"]
    validator = jsonschema.Draft201909Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert any("volumez" in e.message for e in validator.iter_errors(data))


def _mounts(service: dict[str, Any]) -> dict[str, str]:
    """container path -> 'host_path[:mode]'."""
    out = {}
    for v in service.get("volumes", []):
        host, container, *mode = v.split(":")
        out[container] = ":".join([host, *mode])
    return out


def test_single_proxy_mounts_policy_read_only_and_publishes_admin_on_loopback(single: dict[str, Any]) -> None:
    proxy = single["services"]["dlp-proxy"]
    assert proxy["build"] == "."
    assert _mounts(proxy) == {"/app/rules": "./rules:ro", "/app/certs": "./certs", "/app/logs": "./logs"}
    assert "8080:8080" in proxy["ports"]
    assert "127.0.0.1:9090:9090" in proxy["ports"]  # admin endpoints never on every interface
    # Secrets pass through from the environment by name, never with a value in the file.
    assert all("=" not in e for e in proxy["environment"])


def _proxies(scale: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: s for name, s in scale["services"].items() if re.fullmatch(r"proxy-\d+", name)}


def test_scale_out_replicas_have_their_own_log_folder_and_share_ca_policy_and_redis(scale: dict[str, Any]) -> None:
    proxies = _proxies(scale)
    assert len(proxies) >= 2
    logs = [_mounts(p)["/app/logs"] for p in proxies.values()]
    assert logs == [f"../logs/{name}" for name in proxies]  # one hash chain per folder
    for p in proxies.values():
        mounts = _mounts(p)
        assert mounts["/app/certs"] == "../certs:ro" and mounts["/app/rules"] == "../rules:ro"
        assert p["environment"]["DLP_REDIS_URL"] == "redis://redis:6379/0"
        assert p["depends_on"]["ca"] == {"condition": "service_completed_successfully"}
        assert "ports" not in p  # only HAProxy is reachable from outside
    assert "ports" not in scale["services"]["redis"]
    assert "8080:8080" in scale["services"]["haproxy"]["ports"]


def test_haproxy_has_one_server_line_per_replica(scale: dict[str, Any]) -> None:
    cfg = (REPO / "deploy" / "haproxy.cfg").read_text(encoding="utf-8")
    servers = re.findall(r"^\s*server\s+(\S+)\s+(\S+):8080\s+check port 9090\b", cfg, re.M)
    assert servers == [(name, name) for name in _proxies(scale)]
    haproxy = scale["services"]["haproxy"]
    assert "./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro" in haproxy["volumes"]


def test_ca_service_creates_the_ca_once_and_completes_the_store(scale: dict[str, Any], tmp_path: Path) -> None:
    """The compose `ca` command, run here with a temporary folder: idempotent, and leaves what `run` needs."""
    ca = scale["services"]["ca"]
    assert ca["entrypoint"] == ["/bin/sh", "-c"]
    venv_bin = str(Path(sys.executable).parent)
    script = ca["command"][0].replace("/app/certs", str(tmp_path / "certs"))
    env = {**os.environ, "PATH": f"{venv_bin}:{os.environ['PATH']}"}
    for _ in range(2):  # a second `up` finds the CA and keeps it
        result = subprocess.run(["/bin/sh", "-c", script], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        if _ == 0:
            first = (tmp_path / "certs" / "mitmproxy-ca-cert.pem").read_bytes()
    assert (tmp_path / "certs" / "mitmproxy-ca-cert.pem").read_bytes() == first
    # mitmproxy would otherwise write this file at start, which a read-only mount forbids.
    assert (tmp_path / "certs" / "mitmproxy-dhparam.pem").exists()
    assert (tmp_path / "certs" / "mitmproxy-ca.pem").stat().st_mode & 0o077 == 0  # the key: owner only
