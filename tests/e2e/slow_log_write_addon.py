"""Test-only mitmproxy script: each group the decision log writes takes 50 ms longer.

A `kill -9` loses only what the process had not yet written (written data is in the kernel's
page cache and survives the process). With writes this slow, a request forwarded before its
record is written would be caught by a kill in between: tests/e2e/test_crash_restart.py is
shown to fail that way (handing the record to the writer without waiting for it).
"""

import time
from typing import Any

from dlp_proxy.audit import decision_log

DELAY_SECONDS = 0.05
_commit = decision_log.DecisionLog._commit


def _slow_commit(self: decision_log.DecisionLog, group: list[Any]) -> None:
    time.sleep(DELAY_SECONDS)
    _commit(self, group)


decision_log.DecisionLog._commit = _slow_commit  # type: ignore[method-assign]
