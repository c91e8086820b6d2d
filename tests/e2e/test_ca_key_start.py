"""The CA key unusable at start (issue 19): the real `dlp-proxy run` refuses to start.

Defined outcome for each way the key file can be unusable: exit code 2 before mitmproxy loads,
one line on stderr that names the key file and what to do, no traceback, no key material, and
the CA folder left exactly as it was (a missing key is not silently replaced by a new CA, which
would break the trust of every client).

"Unreadable" has to hold for the proxy: the test runs as root, and root reads a mode-000 file
anyway. So the proxy runs as root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH (`setpriv
--bounding-set`): file modes bind it as they bind an unprivileged service user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from dlp_proxy.deploy import certs as ca_store
from tests.e2e.proxy_process import REPO, dlp_proxy_command, free_port

pytestmark = pytest.mark.e2e

NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
KEY = ca_store.KEY_AND_CERT


def _mode_000(key: Path) -> None:
    key.chmod(0o000)


def _directory(key: Path) -> None:
    key.unlink()
    key.mkdir(mode=0o700)


def _dangling_link(key: Path) -> None:  # a secret mount whose target is gone
    key.unlink()
    key.symlink_to(key.parent / "gone" / "ca-key.pem")


def _missing(key: Path) -> None:  # the certificate is still there
    key.unlink()


def _garbage(key: Path) -> None:
    key.write_text("-----BEGIN PRIVATE KEY-----\nnot base64 at all!!\n-----END PRIVATE KEY-----\n")


def _truncated(key: Path) -> None:
    key.write_bytes(key.read_bytes()[:900])  # part of the real key: none of it may be shown


def _readable_by_others(key: Path) -> None:
    key.chmod(0o644)


CASES: list[tuple[Callable[[Path], None], str]] = [
    (_mode_000, "this process cannot read it; the proxy runs as root: chown root {key} && chmod 600 {key}"),
    (_directory, "is not a regular file; restore it"),
    (_dangling_link, "is a link to a missing file; restore it"),
    (_missing, "(the CA key) is missing; restore it"),
    (_garbage, "does not hold an unencrypted PEM private key followed by the CA certificate"),
    (_truncated, "does not hold an unencrypted PEM private key followed by the CA certificate"),
    (_readable_by_others, "is readable by others (mode 0644); make it private: chmod 600 {key}"),
]


def _snapshot(folder: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for p in sorted(folder.rglob("*")):
        if p.is_symlink():
            out[p.name] = ("link", os.readlink(p))
        elif p.is_file():
            out[p.name] = ("file", p.read_bytes(), p.stat().st_mode & 0o777)
        else:
            out[p.name] = ("dir", p.stat().st_mode & 0o777)
    return out


@pytest.mark.parametrize(("spoil", "says"), CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_when_the_ca_key_is_unusable_then_the_proxy_refuses_to_start_and_says_what_to_do(
    tmp_path: Path, spoil: Callable[[Path], None], says: str
) -> None:
    if shutil.which("setpriv") is None:
        pytest.fail("setpriv (util-linux) is needed to run the proxy without root's file-mode override")
    certs = tmp_path / "certs"
    ca_store.write_store(certs, ca_store.new_ca())
    key = certs / KEY
    secret_lines = [line for line in key.read_text().splitlines() if len(line) >= 16 and "-----" not in line]
    spoil(key)
    before = _snapshot(certs)
    cmd = [*NO_DAC, *dlp_proxy_command(), "run", "--certs", str(certs), "--policy", str(REPO / "rules"),
           "--listen-port", str(free_port()), "--admin-port", "0",
           "--audit-log", str(tmp_path / "d.jsonl")]  # fmt: skip
    done = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)

    assert done.returncode == 2, done.stdout + done.stderr
    output = done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dlp-proxy: refusing to start: "), output
    assert str(key) in lines[0] and says.format(key=key) in lines[0], lines[0]
    assert "Traceback" not in output and "listening at" not in output
    assert not any(line in output for line in secret_lines), "key material in the output"
    assert _snapshot(certs) == before  # nothing replaced, nothing derived
    assert not (tmp_path / "d.jsonl").exists()
