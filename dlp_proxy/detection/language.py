"""Cheap, offline language identification for Dutch and English, per paragraph.

Prompts are short and often mixed (a Dutch question about an English log). Function
words decide: they are frequent, short, and nearly disjoint between the two languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NL_WORDS = frozenset(
    """de het een en van ik je jij u we wij zij ze hij niet wat is zijn was waren heb hebt heeft
    hebben kan kun kunt kunnen wil wilt willen moet moeten mag mogen zou zouden op in aan met voor
    naar bij uit over onder tot door om dat die dit deze er hier daar ook nog al maar of als dan
    geen wel zo zeer heel mijn jouw onze hun haar zijn hoe waarom wanneer waar wie welke graag
    alsjeblieft bedankt dank alvast even kort mee toe tegen tussen na sinds zonder omdat want dus
    toch weer nu straks morgen gisteren vandaag klant factuur bericht schrijf maak geef leg vat
    samen beste groet groeten vriendelijke""".split()
)
EN_WORDS = frozenset(
    """the an and of to in is are was were be been being have has had do does did not no yes
    what which who whom whose when where why how this that these those it its you he she we
    they my your his her our their me him us them for with on at by from about into over under
    can could will would should shall may might must please thanks thank write make give explain
    summarise summarize draft email dear regards kind best there here than then so but or if as
    just also only very""".split()
)
# Single letters ("Bijlage A", "i.v.m.") say nothing about the language.
_WORD = re.compile(r"[^\W\d_]{2,}", re.UNICODE)
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    language: str


def guess_language(text: str, default: str = "nl") -> str:
    """'nl' or 'en' by function-word counts; `default` when they tie."""
    words = _WORD.findall(text[:5000].lower())  # one call per text, not one per word
    nl = sum(map(NL_WORDS.__contains__, words))
    en = sum(map(EN_WORDS.__contains__, words))
    if nl == en:
        return default
    return "nl" if nl > en else "en"


def paragraph_languages(text: str, default: str = "nl") -> list[Span]:
    """Language per paragraph (blank-line separated), so mixed prompts are not lumped."""
    spans, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        spans.append(Span(pos, m.start(), guess_language(text[pos : m.start()], default)))
        pos = m.end()
    spans.append(Span(pos, len(text), guess_language(text[pos:], default)))
    return spans
