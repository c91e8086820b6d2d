"""Test-only mitmproxy script: the decision log's disk is slow (each fsync takes 30 ms more).

Loaded with `--script` into a proxy under test, so that a request forwarded before its record
is committed would reach the fake upstream first, and the durability test would see it.
"""

import os
import time
import types

from dlp_proxy.audit import decision_log

DELAY_SECONDS = 0.03


def _slow_fsync(fd: int) -> None:
    time.sleep(DELAY_SECONDS)
    os.fsync(fd)


# Only the decision log's view of `os` changes; the rest of the process keeps the real one.
decision_log.os = types.SimpleNamespace(**{**vars(os), "fsync": _slow_fsync})  # type: ignore[assignment]
