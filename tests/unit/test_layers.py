"""The package layout is the architecture: imports point one way, from higher layers to lower.

A module may import from its own package and from packages in lower layers, never from a
sibling in its own layer or from above (ARCHITECTURE.md draws the same picture). Imports inside
functions and under TYPE_CHECKING count too: they are dependencies all the same. Only
dlp_proxy.proxy imports mitmproxy.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "dlp_proxy"

# Lowest first. "core" is dlp_proxy's own top-level modules (errors, findings, textnorm, html).
LAYERS: list[set[str]] = [
    {"core"},
    {"policy"},
    {"detection", "uploads", "admin"},
    {"adapters", "audit"},
    {"respond"},
    {"pipeline"},
    {"cheatsheet"},
    {"portal"},
    {"policytools", "deploy"},
    {"proxy"},
    {"cli"},
]
RANK = {name: i for i, layer in enumerate(LAYERS) for name in layer}


def part_of(module: str) -> str:
    """The package a dotted module belongs to: 'dlp_proxy.pipeline.scan' -> 'pipeline'."""
    parts = module.split(".")
    if len(parts) > 1 and (PACKAGE / parts[1]).is_dir():
        return parts[1]
    return "core"


def imports(file: Path) -> list[tuple[int, str]]:
    """(line, module) of every import of a dlp_proxy or mitmproxy module in the file."""
    out = []
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] if node.module != "dlp_proxy" else [f"dlp_proxy.{a.name}" for a in node.names]
            out += [(node.lineno, n) for n in names]
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
    return [(line, m) for line, m in out if m.split(".")[0] in ("dlp_proxy", "mitmproxy")]


def module_name(file: Path) -> str:
    rel = file.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)


FILES = sorted(PACKAGE.rglob("*.py"))


def test_every_package_has_a_layer() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(RANK) - {"core"}


@pytest.mark.parametrize("file", FILES, ids=lambda f: str(f.relative_to(PACKAGE)))
def test_imports_point_down(file: Path) -> None:
    here = part_of(module_name(file))
    wrong = []
    for line, module in imports(file):
        if module.startswith("mitmproxy"):
            if here != "proxy":
                wrong.append(f"{file.name}:{line}: imports {module}; only dlp_proxy.proxy talks to mitmproxy")
            continue
        there = part_of(module)
        if there != here and RANK[there] >= RANK[here]:
            wrong.append(f"{file.name}:{line}: {here} (layer {RANK[here]}) imports {module} (layer {RANK[there]})")
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_an_upward_import(tmp_path: Path) -> None:
    """The rule itself: a policy module that imported the pipeline would be caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from dlp_proxy.pipeline.inspection import inspect\n", encoding="utf-8")
    ((line, module),) = imports(bad)
    assert line == 2 and RANK[part_of(module)] > RANK["policy"]
