"""Host lookup for the known tools: an index whose cost does not grow with the number of hosts.

`Tool.matches_host` is the reference: a linear walk over every pattern of every tool, fine for
the organisation's 18 tools, not for a bundled catalogue of hundreds (or an organisation's own
of thousands). The index answers exactly as the first tool in order whose `matches_host`,
`matches_path` and `owns` hold (tests/unit/policy/test_host_index.py compares both on random hosts):

- exact names in a dict;
- `*.suffix` patterns in a dict by suffix, found by walking the name's parent domains (a host
  ends with ".suffix" exactly when "suffix" is what follows one of its dots), plus the suffix
  itself (`*.x` also covers "x");
- any other glob ("*-aiplatform.googleapis.com", matched like the PAC file's shExpMatch) in a
  dict by the literal domain after its last wildcard ("googleapis.com": a host it matches ends
  with ".googleapis.com"), tried only for hosts under that domain; a glob without one (a
  wildcard in its last label) in a short list tried on every host.

A lookup costs a few dict probes per label of the host, whatever the size of the catalogues.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # schema.py imports this module; the index only reads tools' fields
    from dlp_proxy.policy.schema import Tool


def is_glob(pattern: str) -> bool:
    """A pattern matched with fnmatch (not a "*." suffix, not an exact name), as Tool.matches_host does."""
    return not pattern.startswith("*.") and ("*" in pattern or "?" in pattern)


def names_of(host: str) -> list[str]:
    """The host and every name after one of its dots: 'a.b.c' -> ['a.b.c', 'b.c', 'c']."""
    out = [host]
    at = host.find(".")
    while at != -1:
        out.append(host[at + 1 :])
        at = host.find(".", at + 1)
    return out


def glob_tail(pattern: str) -> str:
    """The literal domain after a glob's last wildcard ("*-ai.example.com" -> "example.com"), which
    every host it matches ends in after a dot; "" when the last label holds a wildcard (or a
    character class, which fnmatch also reads)."""
    last = max(pattern.rfind("*"), pattern.rfind("?"))
    dot = pattern.find(".", last)
    tail = pattern[dot + 1 :] if dot != -1 else ""
    return tail if tail and "[" not in pattern[last:] else ""


@dataclass
class HostIndex:
    """The tools in lookup order, and where each host pattern points (positions in that order)."""

    tools: tuple[Tool, ...]
    exact: dict[str, list[int]] = field(default_factory=dict)
    suffix: dict[str, list[int]] = field(default_factory=dict)
    tails: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    globs: list[tuple[str, int]] = field(default_factory=list)

    @classmethod
    def build(cls, tools: Sequence[Tool]) -> HostIndex:
        index = cls(tuple(tools))
        for pos, tool in enumerate(tools):
            for pattern in tool.hosts:
                if pattern.startswith("*."):
                    index.suffix.setdefault(pattern[2:], []).append(pos)
                elif is_glob(pattern):
                    tail = glob_tail(pattern)
                    if tail:
                        index.tails.setdefault(tail, []).append((pattern, pos))
                    else:
                        index.globs.append((pattern, pos))
                else:
                    index.exact.setdefault(pattern, []).append(pos)
        return index

    def positions(self, host: str) -> list[int]:
        """Positions of every tool covering the host, in lookup order."""
        host = host.lower().rstrip(".")
        found: set[int] = set(self.exact.get(host, ()))
        for name in names_of(host):
            found.update(self.suffix.get(name, ()))
            if name != host:
                found.update(pos for pattern, pos in self.tails.get(name, ()) if fnmatch.fnmatchcase(host, pattern))
        found.update(pos for pattern, pos in self.globs if fnmatch.fnmatchcase(host, pattern))
        return sorted(found)

    def tool_for(self, host: str, path: str | None) -> Tool | None:
        """The first tool covering the host and the path (None: any path)."""
        for pos in self.positions(host):
            tool = self.tools[pos]
            if path is None or (tool.matches_path(path) and tool.owns(host, path)):
                return tool
        return None

    def owner_of(self, host: str, path: str) -> Tool | None:
        """The first tool covering the host whose host_paths leave it the path (`paths` aside)."""
        for pos in self.positions(host):
            tool = self.tools[pos]
            if tool.owns(host, path):
                return tool
        return None

    def intercepts(self, host: str) -> bool:
        return bool(self.positions(host))


# The indexes of the last few (organisation, bundled) tool lists, by identity. A Policy is a frozen
# model, and pydantic copies and compares private attributes, so the index lives here rather than
# on it; holding the lists keeps their ids from being reused while they are cached.
_CACHE: list[tuple[Sequence[Tool], Sequence[Tool], HostIndex]] = []
_CACHE_SIZE = 8


def host_index(first: Sequence[Tool], then: Sequence[Tool]) -> HostIndex:
    """The index over `first` and then `then` (the organisation's tools, then the bundled ones)."""
    for a, b, index in _CACHE:
        if a is first and b is then:
            return index
    built = HostIndex.build([*first, *then])
    _CACHE.insert(0, (first, then, built))
    del _CACHE[_CACHE_SIZE:]
    return built
