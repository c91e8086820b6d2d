"""tools/refresh_advisories.py: which advisories and which parts of them the snapshot keeps, and a
refresh from a made-up advisory database that the checker then reads."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import audit_deps
import pytest
import refresh_advisories
from audit_deps import Installed
from osv_ranges import Event
from refresh_advisories import compact, package_names, summary_of

from tests.unit.tools.conftest import MakeEnv


def osv(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "PYSEC-2099-1",
        "aliases": ["CVE-2099-1"],
        "details": "Demo before 1.2 lets anyone in. Details follow here.",
        "affected": [
            {
                "package": {"name": "Demo_Pkg", "ecosystem": "PyPI"},
                "ranges": [
                    {"type": "GIT", "repo": "https://example.invalid/demo", "events": [{"introduced": "abc123"}]},
                    {"type": "ECOSYSTEM", "events": [{"introduced": "1.0"}, {"fixed": "1.2"}]},
                ],
                "versions": ["1.0", "1.1", "1.0rc1", "0.9-odd"],
            },
            {"package": {"name": "demo-pkg", "ecosystem": "npm"}, "versions": ["7.0"]},
            {"package": {"name": "unwanted", "ecosystem": "PyPI"}, "versions": ["1.0"]},
        ],
    }
    doc.update(extra)
    return doc


def test_only_wanted_pypi_packages_ecosystem_ranges_and_uncovered_versions_are_kept() -> None:
    (kept,) = compact(osv(), {"demo-pkg"})
    assert kept.package == "demo-pkg" and kept.id == "PYSEC-2099-1" and kept.aliases == ("CVE-2099-1",)
    assert kept.ranges == ((Event("introduced", "1.0"), Event("fixed", "1.2")),)
    # 1.0 and 1.1 are in the range already; the pre-release and the odd version are not
    assert kept.versions == ("1.0rc1", "0.9-odd")
    assert kept.fixed == ("1.2",)
    assert kept.summary == "Demo before 1.2 lets anyone in."


def test_withdrawn_advisories_and_unwanted_packages_are_left_out() -> None:
    assert compact(osv(withdrawn="2099-01-01T00:00:00Z"), {"demo-pkg"}) == []
    assert compact(osv(), {"something-else"}) == []


def test_a_long_summary_is_cut_to_one_line() -> None:
    summary = summary_of({"details": "word " * 100})
    assert len(summary) <= refresh_advisories.SUMMARY_CHARS and summary.endswith("...") and "\n" not in summary


def test_the_package_set_is_installed_plus_everything_they_may_require_plus_the_watch_list() -> None:
    installed = [Installed("demo", "1.0", ("Zope.Thing>=2", 'extra-dep ; extra == "fast"', "not a requirement!"))]
    assert package_names(installed, ["Pip"]) == {"demo", "zope-thing", "extra-dep", "pip"}


def git(repo: Path, *args: str) -> None:
    ident = ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", *ident, "-C", str(repo), *args], check=True, capture_output=True, timeout=120)


def test_a_refresh_writes_a_snapshot_the_checker_reads(make_env: MakeEnv, tmp_path: Path) -> None:
    db = tmp_path / "advisory-database"
    (db / "vulns" / "demo-pkg").mkdir(parents=True)
    (db / "vulns" / "demo-pkg" / "PYSEC-2099-1.yaml").write_text(json.dumps(osv()))  # JSON is YAML
    (db / "vulns" / "demo-pkg" / "PYSEC-2099-2.yaml").write_text(json.dumps(osv(id="PYSEC-2099-2", withdrawn="x")))
    git(db, "init", "-q")
    git(db, "add", ".")
    git(db, "commit", "-q", "-m", "advisories")
    env = make_env({"Demo_Pkg": "1.1"})
    out = tmp_path / "snapshot"
    watch = tmp_path / "watch.txt"
    watch.write_text("# comment\npip  # the installer\n")

    assert refresh_advisories.main([str(db), "--env", str(env), "--watch", str(watch), "--out", str(out)]) == 0

    meta = json.loads((out / "snapshot.json").read_text())
    assert meta["advisories"] == 1 and set(meta["packages"]) == {"demo-pkg", "pip"} and len(meta["commit"]) == 40
    assert "| advisory files read | 2 (1 withdrawn, left out) |" in (out / "SNAPSHOT.md").read_text()
    args = ["--env", str(env), "--snapshot", str(out), "--accepted", str(tmp_path / "none.yaml")]
    assert audit_deps.main(args) == 1


@pytest.mark.parametrize("inside_another_repository", [False, True])
def test_a_folder_that_is_not_a_git_checkout_of_its_own_is_refused(
    make_env: MakeEnv, tmp_path: Path, inside_another_repository: bool
) -> None:
    db = tmp_path / "outer" / "db"
    (db / "vulns" / "demo-pkg").mkdir(parents=True)
    (db / "vulns" / "demo-pkg" / "PYSEC-2099-1.yaml").write_text(json.dumps(osv()))
    if inside_another_repository:  # its commit is not the advisories' commit
        git(tmp_path / "outer", "init", "-q")
        git(tmp_path / "outer", "add", ".")
        git(tmp_path / "outer", "commit", "-q", "-m", "something else")
    with pytest.raises(SystemExit, match="not the top of a git checkout"):
        refresh_advisories.main([str(db), "--env", str(make_env({})), "--out", str(tmp_path / "out")])
    assert not (tmp_path / "out").exists()
