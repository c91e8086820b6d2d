"""tools/audit_deps.py: OSV range evaluation, the dated allow-list, the stale-snapshot warning and the
exit codes, on small made-up advisories and real throw-away environments; then the real snapshot
against the environment the tests run in."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from acceptances import Acceptance, AcceptanceError, load_acceptances
from audit_deps import AuditError, Installed, Snapshot, audit, describe, load_snapshot, main, read_installed
from osv_ranges import Advisory, Event, Verdict, normalise, to_record, verdict

from tests.unit.tools.conftest import TOOLS, MakeEnv

TODAY = dt.date(2026, 12, 5)
ROOT = TOOLS.parent


def adv(
    ranges: list[list[tuple[str, str]]] | None = None,
    versions: tuple[str, ...] = (),
    package: str = "demo",
    id: str = "PYSEC-0000-1",
    aliases: tuple[str, ...] = ("CVE-0000-1",),
) -> Advisory:
    events = tuple(tuple(Event(kind, version) for kind, version in r) for r in ranges or [])
    fixed = tuple(e.version for r in events for e in r if e.kind == "fixed")
    return Advisory(id, normalise(package), aliases, "a made-up flaw.", events, versions, fixed)


ZERO_TO_12 = [[("introduced", "0"), ("fixed", "1.2")]]
TWO_WINDOWS = [[("introduced", "1.0"), ("fixed", "1.2"), ("introduced", "2.0"), ("fixed", "2.1")]]
SHUFFLED = [[("fixed", "2.1"), ("introduced", "2.0"), ("fixed", "1.2"), ("introduced", "1.0")]]
TWO_RANGES = [[("introduced", "1.0"), ("fixed", "1.2")], [("introduced", "2.0"), ("fixed", "2.1")]]


@pytest.mark.parametrize(
    ("ranges", "versions", "installed", "expected"),
    [
        # introduced 0 / fixed: everything before the fix, pre-releases of 0 included
        (ZERO_TO_12, (), "0a1", Verdict.AFFECTED),
        ([[("introduced", "0"), ("fixed", "0b1")]], (), "0b2", Verdict.NOT_AFFECTED),
        (ZERO_TO_12, (), "1.1.9", Verdict.AFFECTED),
        (ZERO_TO_12, (), "1.2", Verdict.NOT_AFFECTED),
        (ZERO_TO_12, (), "1.2.0", Verdict.NOT_AFFECTED),
        (ZERO_TO_12, (), "1.3", Verdict.NOT_AFFECTED),
        # introduced later than 0: versions before it are not affected
        ([[("introduced", "1.0"), ("fixed", "1.2")]], (), "0.9", Verdict.NOT_AFFECTED),
        ([[("introduced", "1.0"), ("fixed", "1.2")]], (), "1.0", Verdict.AFFECTED),
        # last_affected: that release is affected, anything after it is not
        ([[("introduced", "1.0"), ("last_affected", "1.4")]], (), "1.4", Verdict.AFFECTED),
        ([[("introduced", "1.0"), ("last_affected", "1.4")]], (), "1.4.post1", Verdict.NOT_AFFECTED),
        ([[("introduced", "1.0"), ("last_affected", "1.4")]], (), "1.5", Verdict.NOT_AFFECTED),
        # no fix yet: affected from introduced on
        ([[("introduced", "3.0")]], (), "9.9", Verdict.AFFECTED),
        # two windows in one range, events listed out of order as some advisories do
        (TWO_WINDOWS, (), "1.5", Verdict.NOT_AFFECTED),
        (TWO_WINDOWS, (), "2.0.5", Verdict.AFFECTED),
        (SHUFFLED, (), "1.5", Verdict.NOT_AFFECTED),
        (SHUFFLED, (), "1.1", Verdict.AFFECTED),
        # two ranges: affected if either says so
        (TWO_RANGES, (), "2.0", Verdict.AFFECTED),
        (TWO_RANGES, (), "1.9", Verdict.NOT_AFFECTED),
        # limit: an upper bound on the whole range
        ([[("introduced", "0"), ("limit", "2.0")]], (), "1.9", Verdict.AFFECTED),
        ([[("introduced", "0"), ("limit", "2.0")]], (), "2.0", Verdict.NOT_AFFECTED),
        # explicit versions, compared as PEP 440 versions
        (None, ("3.0", "3.1"), "3.0", Verdict.AFFECTED),
        (None, ("3.0", "3.1"), "3.0.0", Verdict.AFFECTED),
        (None, ("3.0", "3.1"), "3.0.1", Verdict.NOT_AFFECTED),
        # pre-releases sort before their release: one of the fixed release is not yet fixed,
        # one of the introducing release is not yet affected (unless the advisory lists it)
        (ZERO_TO_12, (), "1.2rc1", Verdict.AFFECTED),
        ([[("introduced", "2.0"), ("fixed", "2.1")]], (), "2.0rc1", Verdict.NOT_AFFECTED),
        ([[("introduced", "2.0"), ("fixed", "2.1")]], ("2.0rc1",), "2.0rc1", Verdict.AFFECTED),
        ([[("introduced", "2.0"), ("fixed", "2.1")]], (), "2.1.dev3", Verdict.AFFECTED),
        # what is not PEP 440 cannot be placed in a range: the checker says so instead of passing it
        (ZERO_TO_12, (), "1.0-custom-build", Verdict.UNKNOWN),
        ([[("introduced", "0"), ("fixed", "2019-09-12-nightly")]], (), "1.0", Verdict.UNKNOWN),
        (None, ("0.9-eevee",), "0.9-eevee", Verdict.AFFECTED),
        (None, ("0.9-eevee",), "1.0-custom-build", Verdict.NOT_AFFECTED),
    ],
)
def test_range_evaluation(
    ranges: list[list[tuple[str, str]]] | None, versions: tuple[str, ...], installed: str, expected: Verdict
) -> None:
    assert verdict(adv(ranges, versions), installed) is expected


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Jinja2", "jinja2"),
        ("ruamel.yaml", "ruamel-yaml"),
        ("typing_extensions", "typing-extensions"),
        ("a__-.B", "a-b"),
    ],
)
def test_names_are_pep_503_normalised(name: str, normal: str) -> None:
    assert normalise(name) == normal


def snapshot(*advisories: Advisory, date: dt.date = TODAY, packages: tuple[str, ...] = ("demo",)) -> Snapshot:
    by_package: dict[str, list[Advisory]] = {}
    for a in advisories:
        by_package.setdefault(a.package, []).append(a)
    return Snapshot("test/advisories", "c0ffee", date, frozenset(packages), by_package)


def accept(id: str = "PYSEC-0000-1", package: str = "demo", review_by: dt.date = TODAY) -> Acceptance:
    return Acceptance(id, normalise(package), "only the unused feature is affected", review_by)


DEMO_11 = [Installed("demo", "1.1")]


def test_an_affected_version_is_a_failure_naming_the_fix() -> None:
    report = audit(DEMO_11, snapshot(adv(ZERO_TO_12)), [], TODAY)
    assert [(h.dist.version, h.advisory.id) for h in report.failures] == [("1.1", "PYSEC-0000-1")]
    assert report.exit_code == 1 and report.warnings == []


def test_a_version_that_cannot_be_placed_in_a_range_fails_until_a_person_checks() -> None:
    report = audit([Installed("demo", "1.0-custom-build")], snapshot(adv(ZERO_TO_12)), [], TODAY)
    assert report.exit_code == 1 and "not PEP 440" in describe(report.failures[0])


def test_when_installed_name_is_spelled_differently_then_it_still_matches(make_env: MakeEnv) -> None:
    installed = read_installed(make_env({"Demo_Pkg": "1.1"}) / "bin" / "python")
    report = audit(installed, snapshot(adv(ZERO_TO_12, package="demo.pkg"), packages=("demo-pkg",)), [], TODAY)
    assert [h.dist.name for h in report.failures] == ["demo-pkg"]


@pytest.mark.parametrize("id", ["PYSEC-0000-1", "CVE-0000-1"])
def test_an_acceptance_by_id_or_alias_passes_until_its_review_date(id: str) -> None:
    on_the_day = audit(DEMO_11, snapshot(adv(ZERO_TO_12)), [accept(id=id, review_by=TODAY)], TODAY)
    assert on_the_day.failures == [] and len(on_the_day.accepted) == 1 and on_the_day.exit_code == 0


def test_when_the_acceptance_expired_then_the_advisory_fails_again() -> None:
    report = audit(DEMO_11, snapshot(adv(ZERO_TO_12)), [accept(review_by=TODAY - dt.timedelta(days=1))], TODAY)
    assert report.accepted == [] and report.exit_code == 1
    assert report.failures[0].acceptance is not None


def test_an_acceptance_for_another_package_does_not_apply_and_is_reported_unused() -> None:
    report = audit(DEMO_11, snapshot(adv(ZERO_TO_12)), [accept(package="other")], TODAY)
    assert report.exit_code == 1
    assert any("matches no affected installed version" in w for w in report.warnings)


@pytest.mark.parametrize(("age", "warned"), [(90, False), (91, True)])
def test_an_old_snapshot_warns_but_does_not_fail(age: int, warned: bool) -> None:
    report = audit(DEMO_11, snapshot(date=TODAY - dt.timedelta(days=age)), [], TODAY)
    assert report.exit_code == 0
    assert any("days old" in w for w in report.warnings) is warned


def test_an_installed_package_the_snapshot_was_not_cut_for_is_named_in_a_warning() -> None:
    report = audit([*DEMO_11, Installed("newcomer", "1.0")], snapshot(), [], TODAY)
    assert report.exit_code == 0 and any("not checked: newcomer" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("accepted:\n  - id: X\n    package: demo\n    reason: r\n", "`review_by` is missing"),
        ("accepted:\n  - id: X\n    package: demo\n    reason: ''\n    review_by: 2027-01-01\n", "`reason` is missing"),
        (
            "accepted:\n  - {id: X, package: d, reason: r, review_by: 2027-01-01, until: 2028}\n",
            "unknown field 'until'",
        ),
        ("accepted:\n  - {id: X, package: d, reason: r, review_by: soon}\n", "must be a date"),
        ("accepted: {id: X}\n", "must be a list"),
        ("- id: X\n", "one key, `accepted`"),
        ("accepted: [\n", "cannot read it as YAML"),
    ],
)
def test_a_malformed_allow_list_is_an_error_naming_the_field(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "accepted.yaml"
    path.write_text(text)
    with pytest.raises(AcceptanceError, match=message):
        load_acceptances(path)


def test_the_allow_list_reads_dates_and_normalises_names(tmp_path: Path) -> None:
    path = tmp_path / "accepted.yaml"
    path.write_text("accepted:\n  - {id: CVE-1, package: Demo_Pkg, reason: r, review_by: 2027-01-31}\n")
    assert load_acceptances(path) == [Acceptance("CVE-1", "demo-pkg", "r", dt.date(2027, 1, 31))]
    assert load_acceptances(tmp_path / "absent.yaml") == []


def write_snapshot(folder: Path, *advisories: Advisory, date: str = "2026-12-01T00:00:00+00:00") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    meta = {"source": "test/advisories", "commit": "c0ffee", "date": date, "packages": ["demo", "other"]}
    (folder / "snapshot.json").write_text(json.dumps(meta))
    (folder / "advisories.jsonl").write_text("".join(json.dumps(to_record(a)) + "\n" for a in advisories))
    return folder


def run_main(env: Path, snap: Path, accepted: Path) -> int:
    return main(["--env", str(env), "--snapshot", str(snap), "--accepted", str(accepted), "--today", TODAY.isoformat()])


def test_exit_codes_on_a_real_environment(
    make_env: MakeEnv, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = make_env({"demo": "1.1", "other": "5.0"})
    accepted = tmp_path / "accepted.yaml"
    clean = write_snapshot(tmp_path / "clean", adv(ZERO_TO_12, package="other"))
    assert run_main(env, clean, accepted) == 0
    assert "no known advisory affects this environment" in capsys.readouterr().out

    hit = write_snapshot(tmp_path / "hit", adv(ZERO_TO_12))
    assert run_main(env, hit, accepted) == 1
    out = capsys.readouterr().out
    assert "VULNERABLE demo 1.1: PYSEC-0000-1 (CVE-0000-1), fixed in 1.2" in out

    accepted.write_text("accepted:\n  - {id: CVE-0000-1, package: demo, reason: unused, review_by: 2026-12-05}\n")
    assert run_main(env, hit, accepted) == 0
    assert "accepted   demo 1.1: PYSEC-0000-1" in capsys.readouterr().out

    accepted.write_text("accepted:\n  - {id: CVE-0000-1, package: demo, reason: unused, review_by: 2026-12-04}\n")
    assert run_main(env, hit, accepted) == 1
    assert "acceptance expired 2026-12-04" in capsys.readouterr().out

    accepted.write_text("accepted:\n  - {id: CVE-0000-1, package: demo}\n")
    assert run_main(env, hit, accepted) == 2
    assert "`reason` is missing" in capsys.readouterr().err

    assert run_main(env, tmp_path / "no-snapshot", tmp_path / "none.yaml") == 2
    assert run_main(tmp_path / "no-env", clean, tmp_path / "none.yaml") == 2


def test_as_a_script_it_finds_its_modules_and_warns_on_an_old_snapshot(make_env: MakeEnv, tmp_path: Path) -> None:
    env = make_env({"demo": "1.1"})
    snap = write_snapshot(tmp_path / "snap", adv(ZERO_TO_12), date="2026-01-01T00:00:00+00:00")
    args = ["--env", str(env), "--snapshot", str(snap), "--accepted", str(tmp_path / "none.yaml")]
    run = subprocess.run(
        [sys.executable, str(TOOLS / "audit_deps.py"), *args, "--today", TODAY.isoformat()],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert "warning: the advisory snapshot is 338 days old" in run.stdout


def test_the_pinned_snapshot_parses_and_this_environment_passes_it() -> None:
    snap = load_snapshot(ROOT / "security" / "advisories")
    meta = json.loads((ROOT / "security" / "advisories" / "snapshot.json").read_text())
    assert sum(len(v) for v in snap.advisories.values()) == meta["advisories"] > 0
    assert set(snap.advisories) <= snap.packages
    installed = read_installed(Path(sys.executable))
    report = audit(installed, snap, load_acceptances(ROOT / "security" / "accepted.yaml"), dt.date.today())
    assert [f"{h.dist.name} {h.dist.version} {h.advisory.id}" for h in report.failures] == []
    # The environment is really checked: its packages are the ones the snapshot was cut for.
    assert {"mitmproxy", "jinja2", "cryptography", "pytest"} <= {d.name for d in installed} & snap.packages


def test_an_unreadable_environment_is_an_audit_error(tmp_path: Path) -> None:
    with pytest.raises(AuditError):
        read_installed(tmp_path / "no-python")
