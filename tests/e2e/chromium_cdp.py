"""Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`).

For pages that work after they load (a chat app streaming its answer), where `--dump-dom` and
`--virtual-time-budget` do not wait for the page's own fetches: open a URL, wait until the
page says it is done (a JavaScript condition), then read its DOM and take a screenshot of
that same page load. Messages are JSON, each ended by a NUL byte; commands go to the
browser's fd 3 and answers come back on its fd 4.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from tests.e2e.browser import CHROMIUM, FLAGS

TIMEOUT_SECONDS = 60.0


class CdpError(AssertionError):
    """The browser answered a command with an error, or did not answer in time."""


def _above_4(fd: int) -> int:
    """The same pipe end on a number above 4, so that wiring fds 3 and 4 cannot clobber it."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return high


class ChromiumSession:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, profile: Path, *extra: str, home: Path | None = None, size: str = "1280,1000") -> None:
        assert CHROMIUM, "chromium is not installed (.ci/run installs Debian's package)"
        cmd_read, self._cmd_write = map(_above_4, os.pipe())
        self._out_read, out_write = map(_above_4, os.pipe())

        def wire_pipes() -> None:  # in the child, before exec: fd 3 commands in, fd 4 answers out
            os.dup2(cmd_read, 3)
            os.dup2(out_write, 4)

        env = {**os.environ, "HOME": str(home)} if home is not None else None
        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={profile}", f"--window-size={size}",
             *extra, "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=env, close_fds=False, preexec_fn=wire_pipes,  # it only calls dup2: no locks
        )  # fmt: skip
        os.close(cmd_read)
        os.close(out_write)
        self._next_id = 0
        self._answers: dict[int, dict[str, Any]] = {}
        self._ready = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=True)

    def _read(self) -> None:
        buffer = b""
        while chunk := self._chunk():
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                message = json.loads(raw)
                if "id" in message:
                    with self._ready:
                        self._answers[message["id"]] = message
                        self._ready.notify_all()

    def _chunk(self) -> bytes:
        try:
            return os.read(self._out_read, 65536)
        except OSError:  # closed by close() while the browser's children still held the pipe
            return b""

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = False) -> dict[str, Any]:
        self._next_id += 1
        call: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            call["sessionId"] = self._session
        os.write(self._cmd_write, json.dumps(call).encode() + b"\0")
        with self._ready:
            if not self._ready.wait_for(lambda: call["id"] in self._answers, timeout=TIMEOUT_SECONDS):
                raise CdpError(f"no answer to {method} in {TIMEOUT_SECONDS} s")
            answer = self._answers.pop(call["id"])
        if "error" in answer:
            raise CdpError(f"{method}: {answer['error']}")
        result: dict[str, Any] = answer.get("result", {})
        return result

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise CdpError(f"{expression!r} threw: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def open(self, url: str, until: str, timeout: float = TIMEOUT_SECONDS) -> None:
        """Navigate to `url` and wait until the JavaScript expression `until` is truthy."""
        self.send("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.evaluate(until):
                    return
            except CdpError:  # the new document is not there yet
                pass
            time.sleep(0.1)
        raise CdpError(f"{until!r} not true {timeout} s after opening the page; DOM: {self.dom()[-2000:]}")

    def dom(self) -> str:
        return str(self.evaluate("document.documentElement.outerHTML"))

    def screenshot(self, out: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        out.write_bytes(base64.b64decode(data))
        return out

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (CdpError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._cmd_write)
        os.close(self._out_read)

    def __enter__(self) -> ChromiumSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
