"""The cheat sheet's own words, Dutch and English: headings, the categories of use and the risk
levels as the AI policy guide explains them (../shared/seed), and how to ask for a tool or an
exception. The policy supplies the rest (tools, do's and don'ts, help line, owner)."""

from __future__ import annotations

from datetime import date

# key -> (nl, en)
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Spiekbrief AI-gebruik", "AI cheat sheet"),
    "version": ("Versie", "Version"),
    "owner": ("Eigenaar", "Owner"),
    "approved": ("Goedgekeurde AI-tools", "Approved AI tools"),
    "approved_lead": (
        "Gebruik alleen deze tools, elk voor de gegevens die erbij staan. Alle andere AI-tools zijn niet toegestaan.",
        "Use only these tools, each for the data shown with it. All other AI tools are not allowed.",
    ),
    "none": ("Geen goedgekeurde tool in deze categorie.", "No approved tool in this category."),
    "levels": ("Welke gegevens mogen erin?", "Which data may go in?"),
    "dos": ("Doen", "Do"),
    "donts": ("Niet doen", "Don't"),
    "forbidden": ("Verboden", "Forbidden"),
    "forbidden_tail": (
        "en elke andere AI-tool die hierboven niet staat.",
        "and every other AI tool not listed above.",
    ),
    "ask": ("Nieuwe tool of uitzondering nodig?", "Need a new tool or an exception?"),
    "ask_tool": (
        "Een AI-tool die niet op de lijst staat, laat je eerst beoordelen: vraag het aan op {url} of met de "
        "knop op de pagina die de tool blokkeert. Gebruik hem pas als hij op deze lijst staat.",
        "Have an AI tool that is not on the list assessed first: ask at {url} or with the button on the page "
        "that blocks it. Use it only once it is on this list.",
    ),
    "ask_exception": (
        "Klantgegevens of een andere uitzondering, met schriftelijke toestemming: elke melding van de proxy "
        "linkt naar een pagina over die beslissing ({url}); vraag daar de uitzondering aan.",
        "Client data or another exception, with written permission: every notice of the proxy links to a "
        "page about that decision ({url}); ask for the exception there.",
    ),
    "online": ("Deze spiekbrief staat ook op", "This cheat sheet is also at"),
    "through_proxy": ("(bereikbaar via de proxy)", "(reachable through the proxy)"),
}

# The three categories of use, in the order the guide gives them: (title, what belongs there).
CATEGORIES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "internal_productivity": (
        ("Interne productiviteit", "Internal productivity"),
        ("Ondersteuning bij je dagelijkse werk.", "Support in your daily work."),
    ),
    "general_use": (
        ("Algemeen gebruik en onderzoek", "General use and research"),
        ("Chatbots en zoeken, zonder bedrijfs- of klantgegevens.", "Chatbots and search, without company or "
         "client data."),
    ),
    "client_projects": (
        ("Klantprojecten", "Client projects"),
        ("Klantgegevens of eindproducten worden verwerkt.", "Client data or deliverables are processed."),
    ),
}  # fmt: skip

# What a tool approved up to a risk level may receive, in plain words (a heading over its tools).
MAY_RECEIVE: dict[str, tuple[str, str]] = {
    "low": ("Laag risico: niets vertrouwelijks of persoonlijks", "Low risk: nothing confidential or personal"),
    "medium": ("Tot middel risico: ook interne informatie", "Up to medium risk: internal information too"),
    "high": (
        "Tot hoog risico: ook klantgegevens, alleen met schriftelijke toestemming",
        "Up to high risk: client data too, only with written permission",
    ),
}

# The three risk levels as the guide explains them: (name, what it means).
LEVELS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "low": (
        ("Laag risico", "Low risk"),
        (
            "Geen vertrouwelijke of persoonlijke gegevens, bijvoorbeeld brainstormen of algemene research.",
            "No confidential or personal data, for example brainstorming or general research.",
        ),
    ),
    "medium": (
        ("Middel risico", "Medium risk"),
        (
            "Interne gegevens, alleen in tools met contractuele afspraken met de leverancier.",
            "Internal data, only in tools with contractual safeguards agreed with the vendor.",
        ),
    ),
    "high": (
        ("Hoog risico", "High risk"),
        (
            "Klantgegevens of gevoelige bedrijfsinformatie: alleen met schriftelijke toestemming en extra waarborgen.",
            "Client data or sensitive business information: only with written permission and extra safeguards.",
        ),
    ),
}

_MONTHS = {
    "nl": ("januari februari maart april mei juni juli augustus september oktober november december").split(),
    "en": ("January February March April May June July August September October November December").split(),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    """The Dutch or the English text of a pair (English for any language but nl)."""
    return pair[0] if lang == "nl" else pair[1]


def long_date(d: date, lang: str) -> str:
    """'5 december 2026' / '5 December 2026': the same order in both languages, so no reader
    takes 05-12 for May."""
    months = _MONTHS["nl" if lang == "nl" else "en"]
    return f"{d.day} {months[d.month - 1]} {d.year}"
