"""Start the real `dlp-proxy run` process for end-to-end tests, and read its decision log."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
REDIRECT_ADDON = Path(__file__).with_name("redirect_addon.py")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ProxyProcess:
    process: subprocess.Popen[str]
    port: int
    certs: Path
    audit_log: Path
    output: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ca(self) -> Path:
        return self.certs / "mitmproxy-ca-cert.pem"

    def records(self) -> list[dict[str, Any]]:
        """The decision records, oldest first; `observed` records (discovery's counts, written every
        few minutes and at shutdown) are left out so they never come between a request and its check."""
        return [r for r in self.all_records() if r.get("event", "decision") == "decision"]

    def all_records(self) -> list[dict[str, Any]]:
        """Every record of the log, of every event."""
        if not self.audit_log.exists():
            return []
        # The writer may be in the middle of a group: a last line without its newline is not yet
        # a record (read while being written), so it is left out rather than parsed half.
        text = self.audit_log.read_text(encoding="utf-8", errors="replace")
        complete = text[: text.rfind("\n") + 1]
        return [json.loads(line) for line in complete.splitlines() if line]

    def log_text(self) -> str:
        return self.audit_log.read_text(encoding="utf-8") if self.audit_log.exists() else ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def dlp_proxy_command() -> list[str]:
    script = Path(sys.executable).with_name("dlp-proxy")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dlp_proxy.cli"]


# Secrets every proxy of the e2e suite starts with (a test's own `env` wins). They change nothing
# the tests look at, and none may ever show in a proxy's output or decision log: conftest checks
# every proxy the session started (issue 19: no secret in any log or error).
SECRETS = {
    "DLP_EVIDENCE_KEY": "e2e-evidence-key-Qm7vX2",
    "DLP_PSEUDONYM_KEY": "e2e-pseudonym-key-Tn4wK9",
    "DLP_VAULT_KEY": "e2e-vault-key-Hc8pL3",
    "DLP_CLIENT_HASH_KEY": "e2e-client-hash-key-Zr5dJ1",
    "DLP_LDAP_PASSWORD": "e2e-ldap-password-Wy6sB4",
    "DLP_ADMIN_TOKEN": "e2e-admin-token-Fv2nR8",
}
STARTED: list[ProxyProcess] = []  # every proxy the session started, for that check


def start_proxy(
    workdir: Path,
    *,
    redirects: dict[str, int],
    upstream_ca: Path,
    policy: Path | None = None,
    extra: list[str] | None = None,
    timeout: float = 90.0,
    certs: Path | None = None,
    env: dict[str, str] | None = None,
    listeners: int = 1,
    port: int | None = None,
) -> ProxyProcess:
    """`certs`: a CA folder shared with other proxies (replicas); `env`: extra environment variables;
    `listeners`: how many "listening at" lines to wait for (one per --mode); `port`: the listen port
    (a restart on the same port), a free one by default."""
    port = port or free_port()
    certs = certs or workdir / "certs"
    audit_log = workdir / "logs" / "decisions.jsonl"
    cmd = dlp_proxy_command() + [
        "run",
        "--listen-port", str(port),
        "--policy", str(policy or REPO / "rules"),
        "--audit-log", str(audit_log),
        "--certs", str(certs),
        "--nlp-config", str(REPO / "models" / "nlp.yaml"),
        "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}",
        "--script", str(REDIRECT_ADDON),
        # No admin port unless a test asks for one (in `extra`, which comes later and wins):
        # parallel proxies would all want the default 9090 and the second would not start.
        "--admin-port", "0",
        *(extra or []),
    ]  # fmt: skip
    environ = {
        **os.environ,
        **SECRETS,
        "DLP_TEST_REDIRECTS": json.dumps(redirects),
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    process = subprocess.Popen(
        cmd, cwd=workdir, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    proc = ProxyProcess(process, port, certs, audit_log)
    STARTED.append(proc)

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            proc.output.append(line)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("dlp-proxy exited during start-up:\n" + "".join(proc.output))
        if sum("listening at" in line for line in proc.output) >= listeners and any(
            "dlp-proxy: policy" in line and "loaded" in line for line in proc.output
        ):
            return proc
        time.sleep(0.1)
    proc.stop()
    raise RuntimeError("dlp-proxy did not start in time:\n" + "".join(proc.output))
