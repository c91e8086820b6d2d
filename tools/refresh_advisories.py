"""Cut the pinned advisory snapshot (security/advisories/) from a local checkout of pypa/advisory-database.

    git clone --depth 1 https://github.com/pypa/advisory-database /tmp/advisory-database
    .venv/bin/python tools/refresh_advisories.py /tmp/advisory-database --env .venv

Keeps only the advisories for the packages that can be in our environments: every distribution
installed in each --env (install the test and bench extras first), every name those distributions
declare in Requires-Dist, extras included (what another version of the tree could pull), and the
names in security/advisories/watch.txt. Withdrawn advisories are left out; of each advisory only
the id, aliases, a one-line summary, the ECOSYSTEM ranges, the explicitly listed versions no range
already covers, and the fixed versions are kept. Writes advisories.jsonl, snapshot.json, SNAPSHOT.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from audit_deps import SNAPSHOT_DIR, AuditError, Installed, interpreter, read_installed
from osv_ranges import Advisory, Event, Verdict, events_from_osv, in_range, normalise, parse_version, to_record
from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import Version

SOURCE = "pypa/advisory-database"
SUMMARY_CHARS = 200


def package_names(installed: Iterable[Installed], watch: Iterable[str]) -> set[str]:
    """Installed names, every name they require (any extra), and the watch list."""
    names = {normalise(w) for w in watch}
    for dist in installed:
        names.add(dist.name)
        for line in dist.requires:
            try:
                names.add(normalise(Requirement(line).name))
            except InvalidRequirement:
                continue
    return names


def read_watch(path: Path) -> list[str]:
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def summary_of(doc: Mapping[str, Any]) -> str:
    """The advisory's summary, else the first sentence of its details, on one line."""
    text = str(doc.get("summary") or doc.get("details") or "")
    text = " ".join(text.split())
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    return first if len(first) <= SUMMARY_CHARS else first[: SUMMARY_CHARS - 3].rstrip() + "..."


def compact(doc: Mapping[str, Any], wanted: set[str]) -> list[Advisory]:
    """One Advisory per wanted PyPI package the OSV document affects (none if withdrawn)."""
    if doc.get("withdrawn"):
        return []
    ranges: dict[str, list[tuple[Event, ...]]] = {}
    versions: dict[str, list[str]] = {}
    for affected in doc.get("affected") or []:
        package = affected.get("package") or {}
        name = normalise(str(package.get("name", "")))
        if package.get("ecosystem") != "PyPI" or name not in wanted:
            continue
        for raw in affected.get("ranges") or []:
            if raw.get("type") == "ECOSYSTEM":
                ranges.setdefault(name, []).append(events_from_osv(raw.get("events") or []))
        versions.setdefault(name, []).extend(str(v) for v in affected.get("versions") or [])
        ranges.setdefault(name, [])
    out = []
    for name in sorted(ranges):
        kept = [v for v in dict.fromkeys(versions.get(name, [])) if not _covered(v, ranges[name])]
        fixed = sorted({e.version for r in ranges[name] for e in r if e.kind == "fixed"}, key=_version_order)
        out.append(
            Advisory(
                id=str(doc["id"]),
                package=name,
                aliases=tuple(str(a) for a in doc.get("aliases") or []),
                summary=summary_of(doc),
                ranges=tuple(ranges[name]),
                versions=tuple(kept),
                fixed=tuple(fixed),
            )
        )
    return out


def _covered(version: str, ranges: Sequence[tuple[Event, ...]]) -> bool:
    parsed = parse_version(version)
    return parsed is not None and any(in_range(parsed, r) is Verdict.AFFECTED for r in ranges)


def _version_order(text: str) -> tuple[int, Version, str]:
    """PEP 440 order; a version that is not PEP 440 goes last, in text order."""
    parsed = parse_version(text)
    return (0, parsed, "") if parsed is not None else (1, Version("0"), text)


def read_database(checkout: Path, wanted: set[str]) -> tuple[list[Advisory], int, int]:
    """All compacted advisories under vulns/, the number of files read and of withdrawn ones skipped."""
    files = sorted([*checkout.glob("vulns/**/*.yaml"), *checkout.glob("vulns/**/*.json")])
    if not files:
        raise SystemExit(f"{checkout}: no vulns/**/*.yaml; pass a checkout of {SOURCE}")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    advisories, withdrawn = [], 0
    for path in files:
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
        withdrawn += bool(doc.get("withdrawn"))
        advisories.extend(compact(doc, wanted))
    advisories.sort(key=lambda a: (a.package, a.id))
    return advisories, len(files), withdrawn


def git_head(checkout: Path) -> tuple[str, str]:
    """The checkout's commit and its commit date (ISO 8601). A folder inside some other repository
    (this one, say) is refused: that repository's commit would be pinned as the advisories' source."""
    try:
        top = _git(checkout, "rev-parse", "--show-toplevel")
        commit, date = _git(checkout, "log", "-1", "--format=%H %cI").split()
    except (OSError, subprocess.CalledProcessError, ValueError) as e:
        raise SystemExit(f"{checkout}: not the top of a git checkout, so no commit to pin ({type(e).__name__})") from e
    if Path(top).resolve() != checkout.resolve():
        raise SystemExit(f"{checkout}: not the top of a git checkout (that is {top}), so no commit to pin")
    return commit, date


def _git(checkout: Path, *args: str) -> str:
    run = subprocess.run(["git", "-C", str(checkout), *args], capture_output=True, text=True, check=True, timeout=60)
    return run.stdout.strip()


def write_snapshot(
    out: Path, advisories: Sequence[Advisory], packages: set[str], commit: str, date: str, read: int, withdrawn: int
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(to_record(a), ensure_ascii=False, separators=(",", ":")) for a in advisories]
    (out / "advisories.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    meta = {
        "source": SOURCE,
        "commit": commit,
        "date": date,
        "refreshed": dt.date.today().isoformat(),
        "advisories": len(advisories),
        "packages": sorted(packages),
    }
    (out / "snapshot.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    with_advisories = sorted({a.package for a in advisories})
    (out / "SNAPSHOT.md").write_text(
        SNAPSHOT_MD.format(
            source=SOURCE,
            commit=commit,
            date=date,
            refreshed=meta["refreshed"],
            read=read,
            withdrawn=withdrawn,
            count=len(advisories),
            covered=len(packages),
            hit=len(with_advisories),
            hit_names=", ".join(with_advisories),
        ),
        encoding="utf-8",
    )


SNAPSHOT_MD = """# Advisory snapshot

Written by `tools/refresh_advisories.py`; read by `tools/audit_deps.py` (`make audit-deps`, run by CI).

| | |
|---|---|
| source | https://github.com/{source} (OSV format, PyPI) |
| commit | `{commit}` |
| commit date | {date} |
| cut on | {refreshed} |
| advisory files read | {read} ({withdrawn} withdrawn, left out) |
| advisories kept | {count}, for {hit} of the {covered} packages the snapshot was cut for |

Packages with advisories: {hit_names}.

The packages it was cut for (`snapshot.json`, `packages`): every distribution installed in the
project's `.venv` with the test and bench extras, every name those distributions list in
Requires-Dist (any extra), and `watch.txt`. The checker warns about an installed package outside
that list, and about a snapshot older than 90 days.

Why pypa/advisory-database and not github/advisory-database: the GitHub database is more complete
(it also has advisories that never got a PYSEC id) but its repository is over 3 GB, too large to
bring onto the build machine here; CI reaches neither GitHub nor osv.dev, and PyPI serves no
vulnerability data to pip-audit here. Advisories are data under the source's licence (CC-BY 4.0).

## Refresh

    git clone --depth 1 https://github.com/{source} /tmp/advisory-database
    .venv/bin/pip install -e ".[test,bench]"
    .venv/bin/python tools/refresh_advisories.py /tmp/advisory-database --env .venv
    .venv/bin/python tools/audit_deps.py --env .venv

Review the diff of `advisories.jsonl` and commit the folder.
"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("checkout", type=Path, help=f"a local git checkout of {SOURCE}")
    parser.add_argument("--env", type=Path, action="append", help="virtualenv folder or Python (repeatable)")
    parser.add_argument("--watch", type=Path, default=SNAPSHOT_DIR / "watch.txt", help="extra package names")
    parser.add_argument("--out", type=Path, default=SNAPSHOT_DIR)
    args = parser.parse_args(argv)
    installed: list[Installed] = []
    try:
        for env in args.env or [Path(sys.executable)]:
            installed.extend(read_installed(interpreter(env)))
    except AuditError as e:
        print(f"refresh_advisories: {e}", file=sys.stderr)
        return 2
    packages = package_names(installed, read_watch(args.watch))
    commit, date = git_head(args.checkout)
    advisories, read, withdrawn = read_database(args.checkout, packages)
    write_snapshot(args.out, advisories, packages, commit, date, read, withdrawn)
    print(
        f"refresh_advisories: {len(advisories)} advisories, {len(packages)} packages, {SOURCE} {commit[:12]} ({date})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
