"""The rewrite round trip every JSON adapter must pass: only the given strings change."""

from __future__ import annotations

import base64
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


def get_at(doc: Any, path: JsonPath) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def text_at(doc: Any, path: JsonPath) -> str:
    """The text a segment path points at; a `#base64` path is decoded (after a data: prefix)."""
    if path[-1] != BASE64_MARK:
        return str(get_at(doc, path))
    value = str(get_at(doc, path[:-1]))
    head, sep, payload = value.partition(",")
    return base64.b64decode(payload if sep and head.startswith("data:") else value).decode("utf-8")


def assert_extracts(
    adapter: Adapter, req: RequestView, doc: Any, endpoint: str, expected: list[tuple[JsonPath, str, str]]
) -> None:
    """The endpoint and the (path, text, role) of every segment, each path pointing at its text."""
    extraction = adapter.extract(req)
    assert extraction.endpoint == endpoint
    assert [(s.path, s.text, s.role) for s in extraction.segments] == expected
    for s in extraction.segments:
        assert text_at(doc, s.path) == s.text  # each path points at its text
