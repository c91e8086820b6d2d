"""Start the Debian packages' Redis and HAProxy on loopback ports for tests of the scaled-out set-up."""

from __future__ import annotations

import csv
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.e2e.proxy_process import free_port

REPO = Path(__file__).resolve().parents[2]
HAPROXY_TEMPLATE = REPO / "deploy" / "haproxy.cfg"


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float, name: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{name} exited during start-up (code {process.returncode})")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{name} did not listen on port {port} in time")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass
class Redis:
    process: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        stop(self.process)


def start_redis(workdir: Path) -> Redis:
    """redis-server on a free loopback port, nothing persisted."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (Debian package redis-server; .ci/run installs it)")
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
           "--dir", str(workdir), "--daemonize", "no", "--loglevel", "warning"]  # fmt: skip
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_for_port(port, process, 10, "redis-server")
    return Redis(process, port)


def render_haproxy(
    template: str, *, frontend_port: int, replicas: list[tuple[str, int, int]], stats_socket: Path | None = None
) -> str:
    """deploy/haproxy.cfg with test ports: the frontend on loopback, one server line per replica.

    `replicas` are (name, proxy port, admin port). The template's `server` lines are replaced
    and Docker's DNS resolver and the stats page are left out: the test uses addresses.
    `stats_socket` adds HAProxy's runtime socket, where the test reads each server's state.
    """
    lines: list[str] = []
    servers_done = False
    in_skipped = False
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("resolvers ") or stripped == "listen stats":
            in_skipped = True  # Docker's DNS, and the stats page (its port may be taken here)
            continue
        if in_skipped:
            if stripped and line[:1].isspace():
                continue
            in_skipped = False
        if stripped.startswith("bind ") and stripped.endswith(":8080"):
            line = line.replace(stripped, f"bind 127.0.0.1:{frontend_port}")
        elif stripped.startswith("server "):
            if not servers_done:
                indent = line[: len(line) - len(line.lstrip())]
                for name, port, admin in replicas:
                    lines.append(f"{indent}server {name} 127.0.0.1:{port} check port {admin}")
                servers_done = True
            continue
        lines.append(line.replace(" resolvers docker", ""))
        if stripped == "global" and stats_socket is not None:
            lines.append(f"    stats socket {stats_socket} mode 600 level admin")
    if not servers_done:
        raise ValueError("the HAProxy template has no server lines to replace")
    return "\n".join(lines) + "\n"


@dataclass
class HAProxy:
    process: subprocess.Popen[bytes]
    port: int
    config: Path
    socket: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def server_status(self) -> dict[str, str]:
        """Each replica's state as HAProxy's health checks see it ("UP", "DOWN", ...), from `show stat`."""
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(5)
            s.connect(str(self.socket))
            s.sendall(b"show stat\n")
            data = b""
            while chunk := s.recv(65536):
                data += chunk
        rows = list(csv.reader(data.decode().lstrip("# ").splitlines()))
        header, body = rows[0], [r for r in rows[1:] if r]
        px, sv, status = header.index("pxname"), header.index("svname"), header.index("status")
        return {r[sv]: r[status] for r in body if r[px] == "dlp_replicas" and r[sv] not in ("BACKEND", "FRONTEND")}

    def wait_for(self, wanted: dict[str, str], timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = self.server_status()
            if all(seen.get(name, "").startswith(state) for name, state in wanted.items()):
                return
            time.sleep(0.2)
        raise AssertionError(f"HAProxy servers {self.server_status()}, wanted {wanted}")

    def stop(self) -> None:
        stop(self.process)


def start_haproxy(workdir: Path, replicas: list[tuple[str, int, int]]) -> HAProxy:
    binary = shutil.which("haproxy")
    if binary is None:
        raise RuntimeError("haproxy is not installed (Debian package haproxy; .ci/run installs it)")
    port = free_port()
    config = workdir / "haproxy.cfg"
    sock = workdir / "haproxy.sock"
    template = HAPROXY_TEMPLATE.read_text(encoding="utf-8")
    config.write_text(
        render_haproxy(template, frontend_port=port, replicas=replicas, stats_socket=sock), encoding="utf-8"
    )
    check = subprocess.run([binary, "-c", "-f", str(config)], capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"haproxy rejects the rendered config:\n{check.stdout}{check.stderr}")
    log = workdir / "haproxy.log"
    with log.open("wb") as out:
        process = subprocess.Popen([binary, "-db", "-f", str(config)], stdout=out, stderr=subprocess.STDOUT)
    try:
        _wait_for_port(port, process, 10, "haproxy")
    except RuntimeError as e:
        stop(process)
        raise RuntimeError(f"{e}:\n{log.read_text(errors='replace')}") from e
    return HAProxy(process, port, config, sock)
