"""What the cheat sheet says, per language: the loaded policy in, a plain frozen value out.

"Approved" means exactly the organisation's tools.yaml entries with status approved (the
bundled catalogue's services are never approved, whatever the catalogue holds), grouped by
category of use and, within one, by the highest risk level each may receive (`approved_for`).
Layout is the template's business (render.py); whether it fits one page, fit.py's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from dlp_proxy.cheatsheet.texts import CATEGORIES, LABELS, LEVELS, MAY_RECEIVE, long_date, pick
from dlp_proxy.policy.schema import Category, Policy, Risk, Tool

# The portal's addresses (dlp_proxy.portal.web; written out here because the portal serves this
# sheet, so this package sits below it; tests/unit/cheatsheet checks they are the same).
PORTAL_ORIGIN = "http://dlp-proxy.local"
CHEATSHEET_URL = PORTAL_ORIGIN + "/cheatsheet"
REQUEST_TOOL_URL = PORTAL_ORIGIN + "/request/tool"
DECISION_URL_PATTERN = PORTAL_ORIGIN + "/d/…"

CATEGORY_ORDER: tuple[Category, ...] = ("internal_productivity", "general_use", "client_projects")
LEVEL_ORDER: tuple[Risk, ...] = ("low", "medium", "high")


@dataclass(frozen=True)
class LevelGroup:
    """The approved tools of one category that may receive data up to one risk level."""

    level: Risk
    may_receive: str
    tools: tuple[str, ...]


@dataclass(frozen=True)
class CategoryBlock:
    category: Category
    title: str
    about: str
    groups: tuple[LevelGroup, ...]

    @property
    def tool_count(self) -> int:
        return sum(len(g.tools) for g in self.groups)


@dataclass(frozen=True)
class Level:
    level: Risk
    name: str
    meaning: str


@dataclass(frozen=True)
class Sheet:
    """Everything the sheet prints, already in its language; `labels` are the headings."""

    lang: str
    policy_name: str
    version: str
    date: str
    owner: str
    help: str
    categories: tuple[CategoryBlock, ...]
    levels: tuple[Level, ...]
    dos: tuple[str, ...]
    donts: tuple[str, ...]
    forbidden: tuple[str, ...]
    # (text before the address, the address, text after it): the template sets the address apart.
    ask_tool: tuple[str, str, str]
    ask_exception: tuple[str, str, str]
    labels: Mapping[str, str]
    cheatsheet_url: str = CHEATSHEET_URL

    @property
    def tools(self) -> tuple[str, ...]:
        """Every approved tool's name on the sheet, in the order printed."""
        return tuple(t for c in self.categories for g in c.groups for t in g.tools)


def approved_tools(policy: Policy) -> list[Tool]:
    """The tools the loaded policy approves: its own entries with status approved, in its order."""
    return [t for t in policy.tools if t.status == "approved"]


def sheet_date(policy: Policy) -> date | None:
    """The policy's date: the one its cheat sheet section gives, else its newest file's."""
    return policy.cheatsheet.date or policy.modified


def build_sheet(policy: Policy, lang: str) -> Sheet:
    """The cheat sheet of `policy` in `lang` ("nl" or "en"; anything else reads as English)."""
    lang = "nl" if lang == "nl" else "en"
    labels = {k: pick(v, lang) for k, v in LABELS.items()}
    approved = approved_tools(policy)
    categories = tuple(
        CategoryBlock(
            category=cat,
            title=pick(CATEGORIES[cat][0], lang),
            about=pick(CATEGORIES[cat][1], lang),
            groups=tuple(
                LevelGroup(level, pick(MAY_RECEIVE[level], lang), tuple(t.name for t in tools))
                for level in LEVEL_ORDER
                if (tools := [t for t in approved if t.category == cat and t.approved_for == level])
            ),
        )
        for cat in CATEGORY_ORDER
    )
    day = sheet_date(policy)
    sheet = policy.cheatsheet
    return Sheet(
        lang=lang,
        policy_name=policy.settings.name,
        version=policy.version,
        date=long_date(day, lang) if day else "",
        owner=policy.settings.owner,
        help=policy.settings.help.get(lang),
        categories=categories,
        levels=tuple(Level(lv, pick(LEVELS[lv][0], lang), pick(LEVELS[lv][1], lang)) for lv in LEVEL_ORDER),
        dos=tuple(line.get(lang) for line in sheet.dos),
        donts=tuple(line.get(lang) for line in sheet.donts),
        forbidden=tuple(dict.fromkeys(t.name for t in policy.tools if t.status == "forbidden")),
        ask_tool=_around(labels["ask_tool"], REQUEST_TOOL_URL),
        ask_exception=_around(labels["ask_exception"], DECISION_URL_PATTERN),
        labels=labels,
    )


def _around(text: str, url: str) -> tuple[str, str, str]:
    before, _, after = text.partition("{url}")
    return before, url, after
