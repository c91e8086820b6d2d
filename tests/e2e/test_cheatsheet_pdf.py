"""`dlp-proxy cheatsheet` as a policy owner runs it: a real Chromium prints the PDF, poppler reads it
back (pdfinfo: pages and paper size; pdftotext: what it says)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from dlp_proxy.policy import load_policy
from tests.e2e.proxy_process import REPO, dlp_proxy_command
from tests.unit.cheatsheet.test_fit import long_texts_policy, many_tools_policy

pytestmark = pytest.mark.e2e


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*dlp_proxy_command(), "cheatsheet", *args], capture_output=True, text=True, cwd=REPO, timeout=180, env=env
    )


def pdfinfo(pdf: Path) -> dict[str, str]:
    assert shutil.which("pdfinfo"), "pdfinfo is not installed (.ci/run installs poppler-utils)"
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def pdf_words(pdf: Path) -> str:
    """The PDF's text with all whitespace removed (column layout breaks lines anywhere)."""
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, timeout=60, check=True).stdout
    return re.sub(r"\s+", "", out)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_one_a4_page(pdf: Path) -> None:
    info = pdfinfo(pdf)
    assert info["Pages"] == "1", info
    assert info["Page size"].endswith("(A4)"), info


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs chromium (.ci/run installs it)")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pdf_is_one_a4_page_that_says_what_the_policy_says(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"cheatsheet-{lang}.pdf"
    result = run("--lang", lang, "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
    assert f"cheat sheet ({lang}, 1 page(s))" in result.stderr
    assert_one_a4_page(out)

    policy = load_policy(REPO / "rules")
    words = pdf_words(out)
    approved = [t for t in policy.tools if t.status == "approved"]
    assert approved and all(squeeze(t.name) in words for t in approved)
    assert "Claude.ai" not in words  # unlisted: not on the sheet
    assert "file://" not in words and "cheatsheet.html" not in words  # no browser header or footer
    for line in policy.cheatsheet.dos + policy.cheatsheet.donts:
        assert squeeze(line.get(lang)) in words
    assert squeeze(policy.settings.help.get(lang)) in words
    assert squeeze(policy.settings.name) in words and policy.version in words
    assert "http://dlp-proxy.local/request/tool" in words
    heading = {"nl": "GoedgekeurdeAI-tools", "en": "ApprovedAItools"}[lang]
    assert heading in words


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs chromium (.ci/run installs it)")
@pytest.mark.parametrize("one_list", [False, True], ids=["spread", "one-long-list"])
def test_25_more_approved_tools_still_print_on_one_page(tmp_path: Path, one_list: bool) -> None:
    """Spread over the categories, or all in one with long names: the compact type keeps it one page."""
    rules = many_tools_policy(tmp_path, one_list=one_list)
    for lang in ("nl", "en"):
        out = tmp_path / f"many-{lang}.pdf"
        result = run("--policy", str(rules), "--lang", lang, "--format", "pdf", "--out", str(out))
        assert result.returncode == 0 and "warning" not in result.stderr, result.stderr
        assert_one_a4_page(out)
        words = pdf_words(out)
        approved = [t for t in load_policy(rules).tools if t.status == "approved"]
        assert len(approved) >= 25 and all(squeeze(t.name) in words for t in approved)


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs chromium (.ci/run installs it)")
def test_a_sheet_too_long_for_one_page_is_written_whole_with_a_warning(tmp_path: Path) -> None:
    rules = long_texts_policy(tmp_path)
    out = tmp_path / "long.pdf"
    result = run("--policy", str(rules), "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert pdfinfo(out)["Pages"] == "2"
    assert "warning: the PDF has 2 pages, not one: the nl cheat sheet needs about " in result.stderr
    assert "do's and don'ts" in result.stderr


def test_html_goes_to_standard_output_in_the_policys_language() -> None:
    result = run()
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("<!doctype html>") and '<html lang="nl">' in result.stdout
    assert result.stderr == ""


def test_without_chromium_the_pdf_command_fails_naming_the_package(tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run("--format", "pdf", "--out", str(tmp_path / "x.pdf"), env={"PATH": str(empty)})
    assert result.returncode == 2
    assert "no Chromium found" in result.stderr and "apt-get install chromium" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_pdf_needs_an_output_file_and_a_broken_policy_is_reported(tmp_path: Path) -> None:
    assert "--format pdf needs --out" in run("--format", "pdf").stderr
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "cheatsheet.yaml").write_text("cheatsheet:\n  dos: []\n", encoding="utf-8")
    result = run("--policy", str(tmp_path / "rules"))
    assert result.returncode == 2 and "invalid policy" in result.stderr and "cheatsheet.yaml:2" in result.stderr
