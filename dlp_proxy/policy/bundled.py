"""The bundled catalogue of known AI services (dlp_proxy/catalogue/ai-services.yaml): its schema,
reading it once per process, and the services it adds to a policy as unlisted tools.

The organisation's tools.yaml always wins: for every host an organisation entry covers, that entry
decides (the index asks the organisation's entries first); a bundled service whose id is an
organisation tool's is replaced by that entry whole. The bundled hosts no organisation entry
covers stay known as AI: a personal Azure OpenAI resource is still unlisted when the organisation
lists only its own tenant. `policy check` names the services an entry meets and the hosts it
leaves (dlp_proxy.policy.shadowing). What remains is judged like an unlisted tool, or as the
policy's `defaults` say per kind or vendor (dlp_proxy.policy.defaults).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dlp_proxy.errors import PolicyError
from dlp_proxy.policy.index import is_glob, names_of
from dlp_proxy.policy.schema import Kind, Tool

# Shipped with the package, next to the code that reads it.
BUNDLED_CATALOGUE = Path(__file__).resolve().parents[1] / "catalogue" / "ai-services.yaml"
OWNER = "dlp-proxy bundled catalogue"
HOST = r"^(\*\.)?[a-z0-9*?]([a-z0-9*?.-]*[a-z0-9*?])?$"


class Service(BaseModel):
    """One known AI service, as researched: who runs it, what it is for, where it is reached."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=1)
    vendor: str = Field(min_length=1)
    kind: Kind
    country: str = Field(pattern=r"^[A-Z]{2}$")
    hosts: list[str] = Field(min_length=1)
    # How the hosts are known: from the vendor's documentation, or inferred (site, traffic).
    confidence: Literal["documented", "inferred"]
    sources: list[str] = Field(min_length=1)

    @field_validator("hosts")
    @classmethod
    def _hosts(cls, v: list[str]) -> list[str]:
        out = [h.strip().lower().rstrip(".") for h in v]
        bad = [h for h in out if not re.match(HOST, h) or h.startswith("*.*")]
        if bad:
            raise ValueError(f"not a host name or '*.domain' pattern: {bad}")
        dupes = sorted(h for h, n in Counter(out).items() if n > 1)
        if dupes:
            raise ValueError(f"host listed twice: {dupes}")
        return out

    @field_validator("sources")
    @classmethod
    def _sources(cls, v: list[str]) -> list[str]:
        bad = [s for s in v if not s.startswith(("https://", "http://"))]
        if bad:
            raise ValueError(f"a source is a URL (https://...): {bad}")
        return v


class Catalogue(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str = Field(min_length=1)
    date: dt.date
    services: list[Service] = Field(min_length=1)

    @field_validator("services")
    @classmethod
    def _unique_ids(cls, v: list[Service]) -> list[Service]:
        dupes = sorted(i for i, n in Counter(s.id for s in v).items() if n > 1)
        if dupes:
            raise ValueError(f"service ids must be unique; duplicated: {dupes}")
        return v


@dataclass(frozen=True)
class Loaded:
    """A read catalogue: its version and date, its services as unlisted tools (in catalogue order),
    a hash of its bytes, and whether it came from the compiled form."""

    version: str
    date: dt.date
    tools: tuple[Tool, ...]
    digest: str
    compiled: bool = False


_LOADED: dict[tuple[str, int, int], Loaded] = {}


def compiled_path(path: Path) -> Path:
    """Where the compiled form of the catalogue at `path` lives: beside it, `<name>.compiled.json`."""
    return path.with_name(path.stem + ".compiled.json")


def load_catalogue(path: Path = BUNDLED_CATALOGUE) -> Loaded:
    """The catalogue at `path`, read once per process (again only when the file changes).

    From its compiled form when there is one for exactly these bytes (`compile_catalogue`: the
    shipped catalogue has one, so start-up does not grow with the catalogue's size); otherwise
    parsed and validated from the YAML, which takes a few tenths of a second at 10,000 hosts."""
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        if key in _LOADED:
            return _LOADED[key]
        raw = path.read_bytes()
    except OSError as e:
        raise PolicyError(
            f"{path}: cannot read the bundled AI service catalogue ({e.strerror}); reinstall dlp-proxy, "
            "or set settings.bundled_catalogue: false"
        ) from e
    digest = "sha256:" + hashlib.sha256(raw).hexdigest()
    loaded = _from_compiled(compiled_path(path), digest) or _parse(path, raw, digest)
    while len(_LOADED) >= 4:  # one catalogue per process in practice; never let old ones pile up
        del _LOADED[next(iter(_LOADED))]
    _LOADED[key] = loaded
    return loaded


def plain_data(raw: bytes) -> Any:
    """YAML as plain text, lists and maps, built straight from libyaml's parse events.

    Every value of the catalogue is text (the schema makes the date a date), so nothing needs
    PyYAML's resolver and constructor, which take four fifths of the time on a large catalogue
    (bench/catalogue_lookup.py). Anchors, aliases and tags are refused: a catalogue has no use for them."""
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    stack: list[Any] = []
    keys: list[Any] = []
    root: list[Any] = []

    def add(value: Any) -> None:
        if not stack:
            root.append(value)
        elif isinstance(stack[-1], list):
            stack[-1].append(value)
        elif keys[-1] is None:
            if not isinstance(value, str):
                raise PolicyError("a key must be plain text")
            keys[-1] = value
        else:
            stack[-1][keys[-1]] = value
            keys[-1] = None

    for event in yaml.parse(raw, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) or getattr(event, "tag", None):
            raise PolicyError("anchors, aliases and tags (&, *, !) are not used in the catalogue")
        if isinstance(event, yaml.ScalarEvent):
            add(event.value)
        elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            node: Any = {} if isinstance(event, yaml.MappingStartEvent) else []
            add(node)
            stack.append(node)
            keys.append(None)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            stack.pop()
            keys.pop()
    if len(root) > 1:
        raise PolicyError("one YAML document only")
    return root[0] if root else None


def validated(path: Path, raw: bytes) -> Catalogue:
    """The catalogue in `raw`, parsed and checked against the schema; PolicyError names the problem."""
    try:
        return Catalogue.model_validate(plain_data(raw))
    except PolicyError as e:
        raise PolicyError(f"{path}: {e}; fix the catalogue (dlp_proxy/catalogue/README.md)") from e
    except yaml.YAMLError as e:
        raise PolicyError(f"{path}: invalid YAML in the bundled AI service catalogue ({e})") from e
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise PolicyError(
            f"{path}: {where}: {str(first.get('msg')).removeprefix('Value error, ')} ({e.error_count()} problem(s)); "
            "fix the catalogue entry (dlp_proxy/catalogue/README.md)"
        ) from e


def _parse(path: Path, raw: bytes, digest: str) -> Loaded:
    catalogue = validated(path, raw)
    rows = [(s.id, s.name, s.vendor, s.kind, s.country, s.hosts) for s in catalogue.services]
    return Loaded(catalogue.version, catalogue.date, as_tools(rows, catalogue.date), digest)


# The compiled form: the validated catalogue as JSON rows, with the hash of the YAML it came from.
# Written by `compile_catalogue` (make catalogue) and shipped beside the YAML; used only when that
# hash matches the YAML's bytes, so an edited catalogue without a new compile is parsed as before.
COMPILED_FORMAT = 1


def compile_catalogue(path: Path = BUNDLED_CATALOGUE) -> Path:
    """Validate the catalogue at `path` and write its compiled form beside it; returns that path."""
    raw = path.read_bytes()
    catalogue = validated(path, raw)
    out = compiled_path(path)
    data = {
        "format": COMPILED_FORMAT,
        "source": path.name,
        "source_digest": "sha256:" + hashlib.sha256(raw).hexdigest(),
        "version": catalogue.version,
        "date": catalogue.date.isoformat(),
        "services": [[s.id, s.name, s.vendor, s.kind, s.country, s.hosts] for s in catalogue.services],
    }
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    out.write_text(text.replace('],["', '],\n["') + "\n", encoding="utf-8")  # a service per line: readable diffs
    return out


def _from_compiled(path: Path, digest: str) -> Loaded | None:
    """The compiled catalogue at `path` when it was compiled from the bytes hashed as `digest`."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None  # none, unreadable or torn: the YAML decides
    if not isinstance(data, dict) or data.get("format") != COMPILED_FORMAT or data.get("source_digest") != digest:
        return None
    try:
        date = dt.date.fromisoformat(data["date"])
        rows = [(i, n, v, k, c, list(h)) for i, n, v, k, c, h in data["services"]]
        return Loaded(str(data["version"]), date, as_tools(rows, date), digest, compiled=True)
    except (KeyError, TypeError, ValueError):
        return None


Row = tuple[str, str, str, str, str, list[str]]  # id, name, vendor, kind, country, hosts


def as_tools(rows: Sequence[Row], reviewed: dt.date) -> tuple[Tool, ...]:
    """Services (validated rows) as unlisted tools: copies of one template tool, which is several
    times faster than building each (a catalogue may hold thousands)."""
    if not rows:
        return ()
    first = as_tool(rows[0], reviewed)
    return (first,) + tuple(
        first.model_copy(update={"id": i, "name": n, "vendor": v, "kind": k, "country": c, "hosts": list(h)})
        for i, n, v, k, c, h in rows[1:]
    )


def as_tool(row: Row, reviewed: dt.date) -> Tool:
    """A bundled service as the policy knows it: an unlisted general-use tool read by the generic adapter."""
    service_id, name, vendor, kind, country, hosts = row
    # model_construct: the service is validated already.
    return Tool.model_construct(
        id=service_id,
        name=name,
        vendor=vendor,
        hosts=list(hosts),
        paths=["/*"],
        adapter="generic",
        category="general_use",
        status="unlisted",
        approved_for=None,
        owner=OWNER,
        reviewed=reviewed,
        alternative=None,
        fail_mode=None,
        mode=None,
        notes=None,
        confidence=None,
        answer_note=True,
        kind=kind,
        country=country,
        source="bundled",
    )


def patterns_meet(a: str, b: str) -> bool:
    """Whether two host patterns (exact, "*.domain" or another glob) can cover one host name."""
    if a == b:
        return True
    for outer, inner in ((a, b), (b, a)):
        name = inner.removeprefix("*.")
        if outer.startswith("*.") and any(n == outer[2:] for n in names_of(name)):
            return True  # "*.x" covers "x", "y.x" and "*.y.x"
        if is_glob(outer) and fnmatch.fnmatchcase(name, outer):
            return True
    return False


def pattern_covers(outer: str, inner: str) -> bool:
    """Whether every host pattern `inner` covers is covered by `outer` too (where that is easy to
    know: other globs count only when written the same)."""
    if outer == inner:
        return True
    if outer.startswith("*."):
        if inner.startswith("*.") or not is_glob(inner):
            return outer[2:] in names_of(inner.removeprefix("*."))
        return inner.endswith("." + outer[2:])
    if is_glob(outer):
        return not inner.startswith("*.") and not is_glob(inner) and fnmatch.fnmatchcase(inner, outer)
    return False


class _OrgHosts:
    """The organisation's host patterns, asked "do you cover any name of this bundled pattern?"
    in a few dict probes (a catalogue of 10,000 hosts against 40 patterns stays fast)."""

    def __init__(self, tools: Sequence[Tool]) -> None:
        patterns = [p for t in tools for p in t.hosts]
        self.globs = [p for p in patterns if is_glob(p)]
        plain = [p.removeprefix("*.") for p in patterns if not is_glob(p)]
        self.exact = {p for p in patterns if not is_glob(p) and not p.startswith("*.")}
        self.suffixes = {p[2:] for p in patterns if p.startswith("*.")}
        # Every name an organisation pattern (or its wildcard's base) lies under: a bundled
        # "*.x" meets an organisation pattern at or below x.
        self.under = {n for p in plain for n in names_of(p)}

    def meets(self, pattern: str) -> bool:
        name = pattern.removeprefix("*.")
        if any(n in self.suffixes for n in names_of(name)):
            return True  # an organisation "*.y" covers it
        if pattern.startswith("*."):
            if name in self.under:
                return True
        elif name in self.exact:
            return True
        if is_glob(pattern) and any(patterns_meet(pattern, p) for p in (*self.exact, *self.under)):
            return True
        # Organisation globs are few: matched directly (patterns_meet, unrolled for speed).
        return any(
            g == pattern
            or fnmatch.fnmatchcase(name, g)
            or (pattern.startswith("*.") and name in names_of(g))
            or (is_glob(pattern) and fnmatch.fnmatchcase(g, pattern))
            for g in self.globs
        )


def unshadowed(organisation: Sequence[Tool], bundled: Sequence[Tool]) -> list[Tool]:
    """The bundled tools the organisation's entries leave: all but those with an organisation
    tool's id (that entry replaces the service whole). Hosts an organisation pattern covers stay
    in the kept ones, but the organisation's entries are asked first, so theirs decide."""
    ids = {t.id for t in organisation}
    return [t for t in bundled if t.id not in ids]


def met_by_organisation(organisation: Sequence[Tool], bundled: Sequence[Tool]) -> list[Tool]:
    """The bundled tools any of whose hosts an organisation pattern meets (for `policy check`)."""
    org = _OrgHosts(organisation)
    return [t for t in bundled if any(org.meets(h) for h in t.hosts)]
