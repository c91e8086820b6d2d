"""The proxies the load bench drives: bare mitmdump, one dlp-proxy, or dlp-proxy replicas behind
HAProxy with one Redis (`--replicas N`), started with bench/proxy_latency.py's helpers.

Every process is started in a session of its own and its stop is pushed on the caller's
ExitStack as soon as it exists, so an error or Ctrl-C in the middle of start-up stops it too.
"""

from __future__ import annotations

import contextlib
import csv
import secrets
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from proxy_latency import Proxy, free_port, start_bare, start_dlp, stop_group, wait_ready

HERE = Path(__file__).resolve().parent
HAPROXY_TEMPLATE = HERE.parent / "deploy" / "haproxy.cfg"
BACKEND = "dlp_replicas"  # the backend's name in deploy/haproxy.cfg
HELPER_TIMEOUT_S = 30
DLP_READY = ["listening at", "dlp-proxy: policy", "loaded"]


@dataclass
class Target:
    """Where the generator connects, and which processes the bench watches there."""

    name: str  # "bare" or "dlp"
    port: int  # the proxy's port; HAProxy's with replicas
    ca: Path  # the CA the clients trust
    proxies: list[Proxy]  # the proxy processes (one, or the replicas): memory, CPU, stalls
    admin_ports: list[int] = field(default_factory=list)  # one per dlp-proxy
    helpers: list[subprocess.Popen[bytes]] = field(default_factory=list)  # HAProxy and Redis
    startup_s: float = 0.0

    @property
    def pids(self) -> list[int]:
        return [p.process.pid for p in self.proxies]

    @property
    def audit_logs(self) -> list[Path]:
        return [p.audit_log for p in self.proxies if p.audit_log is not None]


@dataclass(frozen=True)
class Setup:
    """What every target shares."""

    work: Path
    repo: Path
    upstream_ca: Path
    upstream_port: int
    dlp_extra: tuple[str, ...]  # more `dlp-proxy run` arguments (--set dlp_workers=N)


def start_bare_target(setup: Setup, stack: contextlib.ExitStack) -> Target:
    proxy = start_bare(setup.work, setup.upstream_ca, setup.upstream_port)
    stack.callback(proxy.stop)
    return Target("bare", proxy.port, proxy.ca, [proxy], startup_s=wait_ready(proxy, ["listening at"]))


def start_dlp_target(setup: Setup, stack: contextlib.ExitStack) -> Target:
    admin = free_port()
    proxy = _dlp(setup, stack, "dlp", admin)
    return Target("dlp", proxy.port, proxy.ca, [proxy], [admin], startup_s=wait_ready(proxy, DLP_READY))


def _dlp(setup: Setup, stack: contextlib.ExitStack, tag: str, admin: int, certs: Path | None = None,
         env: dict[str, str] | None = None) -> Proxy:  # fmt: skip
    proxy = start_dlp(setup.work, setup.repo, setup.upstream_ca, setup.upstream_port, tag=tag, certs=certs,
                      admin_port=admin, extra=setup.dlp_extra, env=env)  # fmt: skip
    stack.callback(proxy.stop)
    return proxy


def start_replicas_target(setup: Setup, stack: contextlib.ExitStack, n: int) -> Target:
    """Redis, then `n` dlp-proxy replicas sharing it and one CA folder, then HAProxy in front.

    The first replica creates the CA in the shared folder; the others start once it is ready
    and load the same one, so a client trusts one CA whichever replica it lands on."""
    started = time.monotonic()
    redis, redis_port = _start_redis(setup.work, stack)
    env = {
        "DLP_REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "DLP_JUSTIFY_KEY": "",  # the key from Redis
        # The bundled policy pseudonymises: with Redis the replicas share the vault, whose values
        # are encrypted with this key; dlp-proxy refuses to start without it (issue 15).
        "DLP_VAULT_KEY": secrets.token_urlsafe(32),
    }
    certs = setup.work / "dlp-certs"
    replicas: list[Proxy] = []
    admins: list[int] = []
    for i in range(1, n + 1):
        admins.append(free_port())
        replicas.append(_dlp(setup, stack, f"dlp-{i}", admins[-1], certs=certs, env=env))
        wait_ready(replicas[-1], DLP_READY)
    servers = [(f"dlp-{i}", p.port, a) for i, (p, a) in enumerate(zip(replicas, admins, strict=True), 1)]
    haproxy, port = _start_haproxy(setup.work, servers, stack)
    return Target("dlp", port, replicas[0].ca, replicas, admins, [haproxy, redis], time.monotonic() - started)


def _spawn(cmd: list[str], output: Path, stack: contextlib.ExitStack) -> subprocess.Popen[bytes]:
    with output.open("wb") as out:
        process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)  # fmt: skip
    stack.callback(stop_group, process)
    return process


def _wait_listening(process: subprocess.Popen[bytes], port: int, output: Path) -> None:
    deadline = time.monotonic() + HELPER_TIMEOUT_S
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{process.args!r} did not listen on {port}:\n{output.read_text(errors='replace')[-2000:]}")


def _binary(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if found is None:
        raise SystemExit(f"bench: --replicas needs {name} (the Debian package {name})")
    return found


def _start_redis(work: Path, stack: contextlib.ExitStack) -> tuple[subprocess.Popen[bytes], int]:
    """redis-server on a free loopback port, nothing persisted."""
    port, folder = free_port(), work / "redis"
    folder.mkdir()
    cmd = [_binary("redis-server"), "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
           "--dir", str(folder), "--daemonize", "no", "--loglevel", "warning"]  # fmt: skip
    process = _spawn(cmd, work / "redis.out", stack)
    _wait_listening(process, port, work / "redis.out")
    return process, port


def haproxy_config(template: str, port: int, servers: list[tuple[str, int, int]], stats_socket: Path) -> str:
    """deploy/haproxy.cfg for loopback: the frontend on `port`, one server line per (name, proxy
    port, admin port), a runtime socket; without Docker's DNS resolver and the stats page."""
    out: list[str] = []
    for header, body in _sections(template):
        if header.startswith(("resolvers ", "listen stats")):
            continue
        out.append(header)
        if header == "global":
            out.append(f"    stats socket {stats_socket} mode 600 level admin")
        for line in body:
            if line.strip().startswith("bind "):
                line = f"    bind 127.0.0.1:{port}"
            elif line.strip().startswith("server "):
                continue
            out.append(line.replace(" resolvers docker", ""))
        if header.startswith("backend "):
            out += [f"    server {name} 127.0.0.1:{p} check port {admin}" for name, p, admin in servers]
        out.append("")
    return "\n".join(out)


def _sections(template: str) -> list[tuple[str, list[str]]]:
    """(header line, the lines under it) per section, comments and blank lines left out."""
    sections: list[tuple[str, list[str]]] = []
    for line in template.splitlines():
        if line[:1].isalpha():  # a section keyword starts in the first column
            sections.append((line.strip(), []))
        elif sections and line.strip() and not line.lstrip().startswith("#"):
            sections[-1][1].append(line)
    return sections


def _start_haproxy(work: Path, servers: list[tuple[str, int, int]], stack: contextlib.ExitStack) -> tuple[
    subprocess.Popen[bytes], int
]:  # fmt: skip
    binary, port = _binary("haproxy"), free_port()
    config, sock = work / "haproxy.cfg", work / "haproxy.sock"
    config.write_text(haproxy_config(HAPROXY_TEMPLATE.read_text(encoding="utf-8"), port, servers, sock))
    check = subprocess.run([binary, "-c", "-f", str(config)], capture_output=True, text=True, check=False)
    if check.returncode != 0:
        raise RuntimeError(f"haproxy rejects {config}:\n{check.stdout}{check.stderr}")
    process = _spawn([binary, "-db", "-f", str(config)], work / "haproxy.out", stack)
    _wait_listening(process, port, work / "haproxy.out")
    _wait_checks_pass(sock, [name for name, _, _ in servers])
    return process, port


def _wait_checks_pass(sock: Path, names: list[str]) -> None:
    """Until HAProxy's health check (GET /readyz on the admin port) passed for every replica."""
    deadline, seen = time.monotonic() + HELPER_TIMEOUT_S, {}
    while time.monotonic() < deadline:
        seen = _check_status(sock)
        if all(seen.get(name) == "L7OK" for name in names):
            return
        time.sleep(0.2)
    raise RuntimeError(f"HAProxy's checks of the replicas: {seen}")


def _check_status(sock: Path) -> dict[str, str]:
    """The last check's result per server of the backend, from the runtime socket's `show stat`."""
    try:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(5)
            s.connect(str(sock))
            s.sendall(b"show stat\n")
            text = b"".join(iter(lambda: s.recv(65536), b"")).decode()
    except OSError:
        return {}
    return {r["svname"]: r["check_status"] for r in csv.DictReader(text.removeprefix("# ").splitlines())
            if r["pxname"] == BACKEND}  # fmt: skip
