"""The report's words: every text in Dutch and English with the same placeholders, every heading the
template asks for in the table, every figure and value of a real summary named, numbers, shares and
dates written per language."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from dlp_proxy.audit import report_texts, report_words
from dlp_proxy.audit.report import build_report
from dlp_proxy.audit.report_texts import day, number, share, text
from dlp_proxy.audit.report_words import evidence, value
from tests.unit.audit.test_report_portal import portal_log

TEMPLATES = Path(report_texts.__file__).parent / "templates"
TABLES = {
    "texts": report_texts._T,
    "cards": report_words.CARDS,
    "evidence": report_words.EVIDENCE,
    **{f"values:{field}": names for field, names in report_words.VALUES.items()},
    **{f"control:{c}:{i}": {c: pair} for c, pairs in report_words.CONTROLS.items() for i, pair in enumerate(pairs)},
}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("table", TABLES, ids=str)
def test_every_text_has_a_dutch_and_an_english_version_with_the_same_placeholders(table: str) -> None:
    for key, pair in TABLES[table].items():
        assert len(pair) == 2, key
        nl, en = pair
        assert nl.strip() and en.strip(), key
        assert _placeholders(nl) == _placeholders(en), key


def test_every_heading_the_templates_use_is_in_the_table() -> None:
    used = set()
    for template in TEMPLATES.glob("report*.html.j2"):
        used |= set(re.findall(r"\bt\.(\w+)", template.read_text(encoding="utf-8")))
    assert used, "the templates take their words from t"
    assert used <= report_texts.keys()
    assert all(not _placeholders(text(k, "en")) for k in used)  # sentences with values come filled in


@pytest.mark.parametrize("name", ["report.html.j2", "report_parts.html.j2"])
def test_the_templates_hold_no_words_of_their_own(name: str) -> None:
    """Every word comes from the table in the report's language: a literal would stay English."""
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    for pattern in (r"\{#.*?#\}", r"\{%.*?%\}", r"\{\{.*?\}\}", r"<style>.*?</style>", r"<[^>]*>"):
        source = re.sub(pattern, " ", source, flags=re.S)
    assert not re.findall(r"[A-Za-z]{2,}", source)


def test_every_figure_and_value_of_a_full_summary_has_a_name_in_both_languages(tmp_path: Path) -> None:
    s = build_report(portal_log(tmp_path / "logs"))
    for figures in s["compliance"].values():
        for figure in figures:
            assert evidence(figure, "nl") and evidence(figure, "en")
    assert set(s["totals"]) >= set(report_words.CARDS)
    assert set(s["compliance"]) == set(report_words.CONTROLS)
    with pytest.raises(KeyError):
        evidence("a_figure_nobody_named", "nl")


@pytest.mark.parametrize(
    ("field", "logged", "nl", "en"),
    [
        ("action", "block", "geblokkeerd", "block"),
        ("action", "redact", "gemaskeerd", "redact"),
        ("status", "unlisted", "niet op de lijst", "unlisted"),
        ("category", "client_projects", "klantprojecten", "client projects"),
        ("level", "medium", "middel risico", "medium risk"),
        ("request_kind", "exception", "uitzondering", "exception"),
        ("status", "a-status-from-a-newer-proxy", "a-status-from-a-newer-proxy", "a-status-from-a-newer-proxy"),
    ],
)
def test_logged_values_have_names_per_language_and_unknown_ones_stay_as_logged(
    field: str, logged: str, nl: str, en: str
) -> None:
    assert (value(field, logged, "nl"), value(field, logged, "en")) == (nl, en)


def test_evidence_rows_per_action_are_named_by_their_prefix_and_the_action() -> None:
    assert (
        evidence("nl_bsn_to_unlisted_or_forbidden_block", "nl")
        == "BSN naar niet-beoordeelde of verboden tools: geblokkeerd"
    )
    assert evidence("monitor_would_warn", "en") == "monitor mode, the policy would: warn"


def test_numbers_shares_and_days_are_written_per_language() -> None:
    assert number(1234567) == "1\u202f234\u202f567"  # neither 1.234.567 nor 1,234,567: misread in the other language
    assert (share(1, 3, "nl"), share(1, 3, "en"), share(0, 0, "nl")) == ("33,3%", "33.3%", "-")
    assert (day("2026-11-01", "nl"), day("2026-11-01", "en")) == ("1 november 2026", "1 November 2026")
    assert (day(None, "nl"), day("not a day", "en")) == ("", "not a day")
