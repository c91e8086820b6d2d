"""The policy's `cheatsheet` section (rules/cheatsheet.yaml): the do's and don'ts the one-page cheat
sheet prints, in Dutch and English, with the seed guide's five as the built-in default.

Its own module so that schema.py stays small; the schema takes it as `Policy.cheatsheet`. The
limits here are hard (the loader refuses a text past them, with file, line and field); whether
the whole sheet still fits one A4 page is a warning of `policy check` (dlp_proxy.cheatsheet.fit).
"""

from __future__ import annotations

import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# One line of the sheet: a do or a don't fits on two printed lines of half the page's width.
MAX_LINE_CHARS = 160
MAX_LINES = 6
LineText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_LINE_CHARS)]


class SheetLine(BaseModel):
    """One do or don't, in both languages."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: LineText
    en: LineText

    def get(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


# The seed guide's cheat sheet ("Makkelijk maken voor medewerkers"). It lists six lines; its
# last don't ("Vertrouw AI-antwoorden niet blind, maar toets ze altijd") says the third do
# again, so the default keeps the five the product brief names.
SEED_DOS: tuple[SheetLine, ...] = (
    SheetLine(nl="Gebruik alleen goedgekeurde AI-tools.", en="Use only approved AI tools."),
    SheetLine(
        nl="Houd vertrouwelijke informatie binnen de afgesproken omgeving.",
        en="Keep confidential information inside the agreed environment.",
    ),
    SheetLine(
        nl="Check altijd de uitkomst van AI voordat je die gebruikt.",
        en="Always check what AI produces before you use it.",
    ),
)
SEED_DONTS: tuple[SheetLine, ...] = (
    SheetLine(
        nl="Plak nooit klantdata of bedrijfsgeheimen in openbare AI-tools.",
        en="Never paste client data or trade secrets into public AI tools.",
    ),
    SheetLine(
        nl="Ga niet zelf experimenteren met tools die niet op de lijst staan.",
        en="Don't experiment on your own with tools that are not on the list.",
    ),
)


class Cheatsheet(BaseModel):
    """What the policy owner writes on the cheat sheet; absent: the seed guide's five lines."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # The date the sheet shows; absent: the date of the newest policy file (Policy.modified).
    date: datetime.date | None = None
    dos: list[SheetLine] = Field(default_factory=lambda: list(SEED_DOS), min_length=1, max_length=MAX_LINES)
    donts: list[SheetLine] = Field(default_factory=lambda: list(SEED_DONTS), min_length=1, max_length=MAX_LINES)
