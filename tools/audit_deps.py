"""Offline dependency vulnerability check: a Python environment's installed distributions against the
advisory snapshot kept in security/advisories/ (refreshed with tools/refresh_advisories.py).

    .venv/bin/python tools/audit_deps.py --env .venv

Why not pip-audit: CI reaches only the package registries, and PyPI's index there serves no
vulnerability data ("Dependency not found on PyPI" for every package) while osv.dev is out of reach.
So the advisories are pinned in the repository (security/advisories/SNAPSHOT.md) and this script
compares versions itself (osv_ranges.py). Needs only the standard library, packaging and PyYAML.

Exit status: 0 nothing affected (warnings may still be printed: an old snapshot, installed packages
the snapshot does not cover, acceptances that match nothing); 1 an installed version is affected by
an advisory that is not accepted, or whose acceptance has expired; 2 the check could not run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from acceptances import Acceptance, AcceptanceError, load_acceptances
from osv_ranges import Advisory, Verdict, fixed_after, from_record, normalise, verdict

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT_DIR = ROOT / "security" / "advisories"
ACCEPTED = ROOT / "security" / "accepted.yaml"
MAX_AGE_DAYS = 90

# Runs under the audited interpreter (-I: no PYTHONPATH, no user site, no current directory), so it
# sees exactly what that environment imports; prints one JSON list on stdout.
PROBE = """
import importlib.metadata as m, json, sys
out = []
for d in m.distributions():
    name = d.metadata["Name"]
    if name:
        out.append({"name": name, "version": d.version, "requires": d.requires or []})
json.dump(out, sys.stdout)
"""


class AuditError(RuntimeError):
    """The check could not run (environment unreadable, snapshot missing or malformed)."""


@dataclass(frozen=True)
class Installed:
    name: str  # PEP 503 normalised
    version: str
    requires: tuple[str, ...] = ()  # Requires-Dist lines, extras included (the refresher's margin)


@dataclass(frozen=True)
class Snapshot:
    source: str
    commit: str
    date: dt.date
    packages: frozenset[str]  # every package the snapshot was cut for, with or without advisories
    advisories: dict[str, list[Advisory]]


@dataclass(frozen=True)
class Hit:
    dist: Installed
    advisory: Advisory
    verdict: Verdict
    acceptance: Acceptance | None = None


@dataclass
class Report:
    failures: list[Hit] = field(default_factory=list)
    accepted: list[Hit] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


def interpreter(env: Path) -> Path:
    """A virtualenv folder or a Python executable -> the executable."""
    if env.is_dir():
        for candidate in (env / "bin" / "python", env / "Scripts" / "python.exe"):
            if candidate.exists():
                return candidate
        raise AuditError(f"{env}: no bin/python in it; pass a virtualenv folder or a Python executable")
    return env


def read_installed(python: Path) -> list[Installed]:
    """The distinct (name, version) pairs the interpreter's importlib.metadata reports."""
    try:
        run = subprocess.run([str(python), "-I", "-c", PROBE], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise AuditError(f"{python}: cannot run it to list its distributions ({type(e).__name__})") from e
    if run.returncode != 0:
        raise AuditError(f"{python}: listing its distributions failed (exit {run.returncode})")
    seen: dict[tuple[str, str], Installed] = {}
    try:
        for raw in json.loads(run.stdout):
            dist = Installed(normalise(raw["name"]), str(raw["version"]), tuple(raw["requires"]))
            seen.setdefault((dist.name, dist.version), dist)
    except (ValueError, KeyError, TypeError) as e:
        raise AuditError(f"{python}: its list of distributions did not parse ({type(e).__name__})") from e
    return sorted(seen.values(), key=lambda d: (d.name, d.version))


def load_snapshot(folder: Path) -> Snapshot:
    """snapshot.json (where the advisories come from, for which packages) and advisories.jsonl."""
    meta_path, data_path = folder / "snapshot.json", folder / "advisories.jsonl"
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        snapshot_date = dt.date.fromisoformat(meta["date"][:10])
        packages = frozenset(normalise(p) for p in meta["packages"])
        lines = data_path.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise AuditError(f"{folder}: no readable snapshot ({type(e).__name__}); run tools/refresh_advisories.py") from e
    advisories: dict[str, list[Advisory]] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            advisory = from_record(json.loads(line))
        except (ValueError, KeyError, TypeError) as e:
            raise AuditError(f"{data_path}:{number}: malformed advisory record ({type(e).__name__})") from e
        advisories.setdefault(advisory.package, []).append(advisory)
    return Snapshot(str(meta.get("source", "?")), str(meta.get("commit", "?")), snapshot_date, packages, advisories)


def audit(
    installed: Sequence[Installed],
    snapshot: Snapshot,
    acceptances: Sequence[Acceptance],
    today: dt.date,
    max_age_days: int = MAX_AGE_DAYS,
) -> Report:
    """Every installed version in an advisory's affected set, sorted into failures and accepted."""
    report = Report()
    used: set[Acceptance] = set()
    for dist in installed:
        for advisory in snapshot.advisories.get(dist.name, []):
            found = verdict(advisory, dist.version)
            if found is Verdict.NOT_AFFECTED:
                continue
            acceptance = _acceptance_for(advisory, acceptances)
            hit = Hit(dist, advisory, found, acceptance)
            if acceptance is not None:
                used.add(acceptance)
            if acceptance is not None and not acceptance.expired(today):
                report.accepted.append(hit)
            else:
                report.failures.append(hit)
    age = (today - snapshot.date).days
    if age > max_age_days:
        report.warnings.append(
            f"the advisory snapshot is {age} days old ({snapshot.date}, more than {max_age_days}): "
            "refresh it (security/advisories/SNAPSHOT.md)"
        )
    uncovered = sorted({d.name for d in installed} - snapshot.packages)
    if uncovered:
        report.warnings.append(
            f"{len(uncovered)} installed package(s) the snapshot was not cut for, so not checked: "
            f"{', '.join(uncovered)}; refresh the snapshot (security/advisories/SNAPSHOT.md)"
        )
    for unused in sorted(set(acceptances) - used, key=lambda a: (a.package, a.id)):
        report.warnings.append(
            f"acceptance of {unused.id} for {unused.package} matches no affected installed version: remove it"
        )
    return report


def _acceptance_for(advisory: Advisory, acceptances: Sequence[Acceptance]) -> Acceptance | None:
    names = {advisory.id, *advisory.aliases}
    for acceptance in acceptances:
        if acceptance.package == advisory.package and acceptance.id in names:
            return acceptance
    return None


def describe(hit: Hit) -> str:
    """One line: package, version, advisory, aliases, the fix (ids and versions only, no prose)."""
    aliases = f" ({', '.join(hit.advisory.aliases)})" if hit.advisory.aliases else ""
    fixes = fixed_after(hit.advisory, hit.dist.version)
    fix = f"fixed in {', '.join(fixes)}" if fixes else "no fixed version known"
    unknown = ""
    if hit.verdict is Verdict.UNKNOWN:
        unknown = "; the version or a range is not PEP 440, so counted as affected until a person checks"
    return f"{hit.dist.name} {hit.dist.version}: {hit.advisory.id}{aliases}, {fix}{unknown}"


def render(report: Report, snapshot: Snapshot, installed_count: int) -> str:
    lines = [
        f"audit_deps: {installed_count} installed distributions against "
        f"{sum(len(v) for v in snapshot.advisories.values())} advisories "
        f"({snapshot.source} {snapshot.commit[:12]} of {snapshot.date})"
    ]
    for hit in report.failures:
        # A failure with an acceptance is one whose review date has passed.
        expired = f" [acceptance expired {hit.acceptance.review_by}: review it]" if hit.acceptance else ""
        lines.append(f"VULNERABLE {describe(hit)}{expired}")
        if hit.advisory.summary:
            lines.append(f"    {hit.advisory.summary}")
    for hit in report.accepted:
        assert hit.acceptance is not None
        lines.append(f"accepted   {describe(hit)} [until {hit.acceptance.review_by}: {hit.acceptance.reason}]")
    lines.extend(f"warning: {w}" for w in report.warnings)
    verdict_line = (
        f"{len(report.failures)} affected" if report.failures else "no known advisory affects this environment"
    )
    lines.append(f"audit_deps: {verdict_line}" + (f", {len(report.accepted)} accepted" if report.accepted else ""))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--env", type=Path, default=Path(sys.executable), help="virtualenv folder or Python executable")
    parser.add_argument(
        "--snapshot", type=Path, default=SNAPSHOT_DIR, help="folder with snapshot.json and advisories.jsonl"
    )
    parser.add_argument("--accepted", type=Path, default=ACCEPTED, help="allow-list (YAML)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(), help="YYYY-MM-DD (tests)")
    parser.add_argument("--max-age-days", type=int, default=MAX_AGE_DAYS, help="warn when the snapshot is older")
    args = parser.parse_args(argv)
    try:
        snapshot = load_snapshot(args.snapshot)
        acceptances = load_acceptances(args.accepted)
        installed = read_installed(interpreter(args.env))
    except (AuditError, AcceptanceError) as e:
        print(f"audit_deps: {e}", file=sys.stderr)
        return 2
    report = audit(installed, snapshot, acceptances, args.today, args.max_age_days)
    print(render(report, snapshot, len(installed)))
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
