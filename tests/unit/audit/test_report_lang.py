"""`dlp-proxy report --lang`: the HTML's language from the flag, else from the policy the proxy would
load (--policy, $DLP_POLICY, rules/ in the working folder), else English; a policy that is named or
found but broken stops the command; JSON and CSV are the same in every language."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dlp_proxy.cli import main
from tests.unit.audit.test_report_portal import portal_log


@pytest.fixture
def logdir(tmp_path: Path) -> Path:
    return portal_log(tmp_path / "logs")


def policy_in(folder: Path, rules_dir: Path, language: str) -> Path:
    """A copy of the test policy whose settings.default_language is `language`."""
    shutil.copytree(rules_dir, folder)
    file = folder / "policy.yaml"
    text = file.read_text(encoding="utf-8")
    assert "default_language: nl" in text
    file.write_text(text.replace("default_language: nl", f"default_language: {language}"), encoding="utf-8")
    return folder


def html_lang(out: Path) -> str:
    page = out.read_text(encoding="utf-8")
    return page[page.index('<html lang="') + 12 :][:2]


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder without rules/ and no $DLP_POLICY."""
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("DLP_POLICY", raising=False)
    return work


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_when_lang_is_given_then_the_html_is_in_that_language(logdir: Path, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "report.html"
    assert main(["report", str(logdir), "--lang", lang, "--out", str(out)]) == 0
    assert html_lang(out) == lang
    assert ("Bewijs per beheersmaatregel" in out.read_text(encoding="utf-8")) is (lang == "nl")


def test_when_nothing_names_a_policy_then_the_html_is_english(logdir: Path, elsewhere: Path) -> None:
    assert main(["report", str(logdir), "--out", "r.html"]) == 0
    assert html_lang(elsewhere / "r.html") == "en"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_when_a_policy_is_given_then_the_html_takes_its_default_language(
    logdir: Path, elsewhere: Path, rules_dir: Path, language: str
) -> None:
    policy = policy_in(elsewhere.parent / f"policy-{language}", rules_dir, language)
    assert main(["report", str(logdir), "--policy", str(policy), "--out", "r.html"]) == 0
    assert html_lang(elsewhere / "r.html") == language
    assert main(["report", str(logdir), "--policy", str(policy), "--lang", "en", "--out", "r.html"]) == 0
    assert html_lang(elsewhere / "r.html") == "en"  # the flag wins


def test_the_policy_is_found_as_run_finds_it(
    logdir: Path, elsewhere: Path, rules_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy_in(elsewhere / "rules", rules_dir, "nl")
    assert main(["report", str(logdir), "--out", "r.html"]) == 0
    assert html_lang(elsewhere / "r.html") == "nl"  # rules/ in the working folder
    monkeypatch.setenv("DLP_POLICY", str(policy_in(elsewhere.parent / "english", rules_dir, "en")))
    assert main(["report", str(logdir), "--out", "r.html"]) == 0
    assert html_lang(elsewhere / "r.html") == "en"  # $DLP_POLICY before rules/


def test_when_the_policy_cannot_be_loaded_then_the_command_says_so_and_writes_nothing(
    logdir: Path, elsewhere: Path, rules_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = policy_in(elsewhere / "rules", rules_dir, "de")  # not a language the proxy speaks
    assert main(["report", str(logdir), "--out", "r.html"]) == 2
    err = capsys.readouterr().err
    assert "default_language" in err and "--lang" in err
    assert not (elsewhere / "r.html").exists()
    assert main(["report", str(logdir), "--format", "json", "--out", "r.json"]) == 0  # JSON needs no language
    assert main(["report", str(logdir), "--lang", "nl", "--out", "r.html"]) == 0
    assert broken.exists()


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_json_and_csv_are_the_same_in_every_language(logdir: Path, tmp_path: Path, fmt: str) -> None:
    outs = []
    for lang in ("nl", "en"):
        out = tmp_path / f"r-{lang}.{fmt}"
        assert main(["report", str(logdir), "--lang", lang, "--format", fmt, "--out", str(out)]) == 0
        outs.append(re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "", out.read_text(encoding="utf-8")))  # the clock aside
    assert outs[0] == outs[1]
    assert "requests_by_tool" in outs[0] and "aanvragen" not in outs[0].lower()
