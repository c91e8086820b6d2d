"""English surnames: the most frequent surnames of the 1990 US Census, read from the data file
`dist.all.last` of the `names` package (MIT; the list is US Census Bureau data), which is located
with `importlib.util.find_spec` and not imported. The Dutch lists (deduce) hold few English
surnames, so without these "juan moore" or "ruth newman" in a line without case could not be
re-cased, and "Daniel Castro" rested on its cues alone.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from dlp_proxy.errors import DetectorError

# How many of the most frequent surnames count: the top 5,000 cover about three quarters of
# the population the census counted; the long tail holds more words than names.
TOP = 5000


@lru_cache(maxsize=1)
def census_surnames() -> frozenset[str]:
    """The TOP most frequent surnames, capitalised ("Moore", "Newman"; the file has capitals only)."""
    spec = importlib.util.find_spec("names")
    if spec is None or not spec.submodule_search_locations:
        raise DetectorError("the 'names' package (census surname list) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "dist.all.last"
    try:
        lines = path.read_text(encoding="ascii").splitlines()
    except OSError as e:
        raise DetectorError(f"cannot read the census surname list: {e.strerror}") from e
    return frozenset(line.split()[0].capitalize() for line in lines[:TOP] if line.strip())
