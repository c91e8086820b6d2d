"""The rewrite round trip every JSON adapter must pass: only the given strings change."""

from __future__ import annotations

import copy
import json
from typing import Any

from dlp_proxy.adapters import Adapter, RequestView
from dlp_proxy.adapters.base import BASE64_MARK, JsonPath


def mask_all(adapter: Adapter, req: RequestView) -> dict[JsonPath, str]:
    """A numbered placeholder for every plain-text segment (base64 ones are tested apart)."""
    extraction = adapter.extract(req)
    return {s.path: f"[MASKED_{i}]" for i, s in enumerate(extraction.segments) if s.path[-1] != BASE64_MARK}


def assert_only_these_change(adapter: Adapter, req: RequestView, doc: Any, changes: dict[JsonPath, str]) -> None:
    """Rewrite `changes` into the request built from `doc`; every other value stays, `doc` too."""
    original = copy.deepcopy(doc)
    body = adapter.rewrite(req, adapter.extract(req), changes)
    wanted = copy.deepcopy(original)
    for path, text in changes.items():
        node = wanted
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = text
    assert json.loads(body) == wanted
    assert doc == original  # the caller's document is untouched
