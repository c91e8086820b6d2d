"""Load the policy from `rules/` (a folder of YAML files or one file), with errors a policy owner can act on."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import ValidationError

from dlp_proxy.errors import PolicyError
from dlp_proxy.policy.bundled import BUNDLED_CATALOGUE, load_catalogue, unshadowed
from dlp_proxy.policy.defaults import with_generated_rules
from dlp_proxy.policy.index import host_index
from dlp_proxy.policy.schema import Policy

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class PolicySource:
    """Where a top-level section was read: its file and the YAML node tree (for line numbers)."""

    file: Path
    node: yaml.Node


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a policy, located for the person who fixes it."""

    message: str
    file: str
    line: int | None = None
    field: str = "(policy)"
    fix: str = "correct the value"
    # The loader only raises errors; `policy check` also reports warnings and notes (info).
    severity: Severity = "error"

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line is not None else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.message}; fix: {self.fix}"


def policy_files(path: Path) -> list[Path]:
    """The YAML files that make up a policy: the file itself, or `*.yaml` in the folder."""
    if path.is_dir():
        try:
            files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        except OSError as e:  # a folder this process may not list (mode, owner, ACL)
            raise PolicyError(
                f"{path}: cannot read the folder ({e.strerror}); give the proxy's user read access to it"
            ) from e
        if not files:
            raise PolicyError(f"{path}: no policy files (*.yaml) in this folder")
        return files
    if path.is_file():
        return [path]
    raise PolicyError(
        f"{path}: policy not found (no such folder or file); restore it, or pass --policy with a folder "
        "like rules/ or one YAML file"
    )


class _PolicyYamlLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML ships no type hints
    """SafeLoader, except that an impossible date ("2026-13-45") stays text, so the schema
    reports it with its file, line and field instead of PyYAML raising a bare ValueError."""


def _date_or_text(loader: _PolicyYamlLoader, node: yaml.ScalarNode) -> object:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_PolicyYamlLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_or_text)


def read_yaml(file: Path) -> tuple[dict[str, Any], yaml.Node | None]:
    """A policy file as data and as a YAML node tree (the tree gives line numbers)."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyError(f"{file}: cannot read the file ({e.__class__.__name__}: {e})") from e
    try:
        data = yaml.load(text, Loader=_PolicyYamlLoader)  # noqa: S506 - a SafeLoader subclass
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else str(file)
        problem = getattr(e, "problem", None) or "invalid YAML"
        raise PolicyError(f"{where}: {problem}; fix the YAML syntax (indentation, quotes, colons)") from e
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        raise PolicyError(f"{file}:1: the top level must be a mapping of sections (settings:, tools:, rules:, ...)")
    return data, node


def node_at(node: yaml.Node | None, loc: tuple[Any, ...]) -> yaml.Node | None:
    """The deepest YAML node on the pydantic error location path."""
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == str(part)), None)
            if nxt is None:
                # An unknown key: point at the key itself.
                key = next((k for k, _ in node.value if getattr(k, "value", None) == str(part)), None)
                return key or node
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
    return node


def field_path(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in ("[key]",):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out


def fix_hint(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "extra_forbidden":
        return "remove this field or correct its spelling"
    if kind == "missing":
        return "add this field"
    if kind in ("literal_error", "enum"):
        return "use one of the allowed values"
    if kind.startswith("date"):
        return "write the date as YYYY-MM-DD"
    if kind == "string_too_long":
        return "shorten the text to the limit given"
    if kind == "too_long":
        return "remove entries down to the limit given"
    if kind == "string_pattern_mismatch":
        return "ids use lowercase letters, digits, - and _ for tools; CAPITALS, digits and - for rules"
    return "correct the value"


def locate(sources: dict[str, PolicySource], loc: tuple[Any, ...], fallback: Path) -> tuple[str, int | None]:
    """(file, line) of a location path like ("tools", 2, "reviewed"), as far as the YAML has it."""
    src = sources.get(str(loc[0])) if loc else None
    if src is None:
        return str(fallback), None
    node = node_at(src.node, loc)
    return str(src.file), (node.start_mark.line + 1 if node is not None else None)


def validation_problems(e: ValidationError, sources: dict[str, PolicySource], fallback: Path) -> list[Problem]:
    """The schema's complaints, each with file, line, field and fix."""
    out = []
    for err in e.errors():
        loc = tuple(err.get("loc", ()))
        file, line = locate(sources, loc, fallback)
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        out.append(Problem(msg, file, line, field_path(loc) or "(policy)", fix_hint(dict(err))))
    return out


def _format_errors(e: ValidationError, sources: dict[str, PolicySource], fallback: Path) -> str:
    return "invalid policy:\n  " + "\n  ".join(str(p) for p in validation_problems(e, sources, fallback))


# Fields the loader sets: a policy file may not.
RESERVED = ("version", "base_dir", "bundled", "catalogue_version", "modified")
RESERVED_IN = {"tools": "source", "rules": "origin"}


def policy_version(policy: Policy) -> str:
    """A stable hash of the normalised policy: same meaning, same version. The bundled services
    are left out here (thousands of entries to dump); load_policy hashes the catalogue's bytes."""
    normal = json.dumps(
        policy.model_dump(mode="json", exclude={"version", "base_dir", "bundled", "modified"}),
        sort_keys=True,
        ensure_ascii=False,
    )
    return "sha256:" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def read_sources(path: str | Path) -> tuple[dict[str, Any], dict[str, PolicySource]]:
    """The policy's sections merged from its files, and where each section came from."""
    merged: dict[str, Any] = {}
    sources: dict[str, PolicySource] = {}
    for file in policy_files(Path(path)):
        data, node = read_yaml(file)
        for key, value in data.items():
            if key in merged:
                line = next((k.start_mark.line + 1 for k, _ in node.value if k.value == key), None) if node else None
                where = f"{file}:{line}" if line else str(file)
                raise PolicyError(
                    f"{where}: section '{key}' is already defined in {sources[key].file}; keep it in one file"
                )
            merged[key] = value
            assert node is not None
            sources[key] = PolicySource(file, node)
    return merged, sources


def _reserved(merged: dict[str, Any], sources: dict[str, PolicySource], root: Path) -> None:
    """Refuse what only the loader sets: the version, the bundled services, a tool's source, a rule's origin."""
    for reserved in RESERVED:
        if reserved in merged:
            raise PolicyError(f"{sources[reserved].file}: '{reserved}' is set by dlp-proxy itself; remove it")
    for section, key in RESERVED_IN.items():
        items = merged.get(section)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, dict) and key in item:
                file, line = locate(sources, (section, i, key), root)
                where = f"{file}:{line}" if line else file
                raise PolicyError(f"{where}: {section}[{i}].{key}: is set by dlp-proxy itself; remove it")


def load_policy(path: str | Path, *, catalogue: Path | None = None) -> Policy:
    """Read, merge and validate a policy, add the bundled catalogue's services (`catalogue`: another
    catalogue file, for tests and benchmarks) and the rules its `defaults` stand for; raise
    PolicyError naming file, line, field and fix."""
    root = Path(path)
    merged, sources = read_sources(root)
    _reserved(merged, sources, root)
    try:
        policy = Policy.model_validate(merged)
    except ValidationError as e:
        raise PolicyError(_format_errors(e, sources, root)) from e
    try:
        rules = with_generated_rules(policy)
    except ValueError as e:
        src = sources.get("defaults")
        raise PolicyError(f"{src.file if src else root}: defaults: {e}") from e
    base = root if root.is_dir() else root.parent
    update: dict[str, Any] = {"base_dir": str(base), "rules": rules, "modified": _newest_file_date(root)}
    catalogue_digest = ""
    if policy.settings.bundled_catalogue:
        loaded = load_catalogue(catalogue or BUNDLED_CATALOGUE)
        update |= {"bundled": unshadowed(policy.tools, loaded.tools), "catalogue_version": loaded.version}
        catalogue_digest = loaded.digest
    policy = policy.model_copy(update=update)
    digest = hashlib.sha256(policy_version(policy).encode())
    # The version covers the catalogue too: a refreshed catalogue is a new policy.
    digest.update(catalogue_digest.encode())
    for name, rel in _referenced_files(policy):
        try:
            digest.update((base / rel).read_bytes())
        except OSError as e:
            raise PolicyError(
                f"{sources[name].file}: {name}: cannot read {rel!r} ({e.strerror}); the path is relative to {base}"
            ) from e
    # The version covers the referenced files too: a changed client list is a new policy.
    policy = policy.model_copy(update={"version": "sha256:" + digest.hexdigest()[:16]})
    host_index(policy.tools, policy.bundled)  # built now, at load, not on the first request
    return policy


def _newest_file_date(root: Path) -> date | None:
    """The day (local time) the newest of the policy's files was last changed; None when a file
    went away after it was read (the next reload sees the folder as it is then)."""
    try:
        return date.fromtimestamp(max(f.stat().st_mtime for f in policy_files(root)))
    except OSError:
        return None


def _referenced_files(policy: Policy) -> list[tuple[str, str]]:
    out = []
    if policy.clients.names_file:
        out.append(("clients", policy.clients.names_file))
    if policy.clients.hashed:
        out.append(("clients", policy.clients.hashed.file))
    return out
