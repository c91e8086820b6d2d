"""The portal pages' own texts, Dutch and English (the policy's texts come from the policy)."""

from __future__ import annotations

from collections.abc import Mapping

from dlp_proxy.respond.notices import LANGUAGES, pick_language
from dlp_proxy.respond.texts import pick

_T: dict[str, tuple[str, str]] = {
    # index
    "index_title": ("AI-beleid", "AI policy"),
    "index_lead": (
        "Hier vind je het AI-beleid zoals de proxy het toepast, en wat je kunt doen als een melding je tegenhoudt.",
        "Here you find the AI policy as the proxy applies it, and what you can do when a notice stops you.",
    ),
    "policy": ("Beleid", "Policy"),
    "version": ("versie", "version"),
    "owner": ("Eigenaar", "Owner"),
    "cheatsheet": (
        "Spiekbriefje: goedgekeurde tools en de do's en don'ts",
        "Cheat sheet: approved tools, do's and don'ts",
    ),
    "cheatsheet_other": ("in het Engels", "in Dutch"),
    "request_tool": ("Een nieuwe AI-tool laten beoordelen", "Ask for a new AI tool to be assessed"),
    "ca": ("Het certificaat van de proxy installeren", "Install the proxy's certificate"),
    "pac": ("Proxy-instellingen (PAC-bestand)", "Proxy settings (PAC file)"),
    "decision_hint": (
        "Elke melding van het AI-beleid heeft een link naar een pagina over die beslissing; "
        "alleen jij kunt die pagina openen.",
        "Every notice of the AI policy links to a page about that decision; only you can open it.",
    ),
    "questions": ("Vragen", "Questions"),
    # decision page
    "decision_title": ("Wat er gebeurde", "What happened"),
    "block": ("Je bericht is niet verzonden.", "Your message was not sent."),
    "block_page": ("Deze AI-tool is niet geopend.", "This AI tool was not opened."),
    "warn": (
        "Je bericht is nog niet verzonden: er is een reden nodig.",
        "Your message was not sent yet: a reason is needed.",
    ),
    "redact": ("Je bericht is verzonden, met gegevens weggelaten.", "Your message was sent with data removed."),
    "pseudonymise": (
        "Je bericht is verzonden met plaatshouders in plaats van persoonsgegevens.",
        "Your message was sent with placeholders instead of personal data.",
    ),
    "monitor": (
        "Alleen geregistreerd (het beleid wordt nog niet afgedwongen); zonder die proef: {action}",
        "Recorded only (the policy is not enforced yet); otherwise: {action}",
    ),
    "tool": ("AI-tool", "AI tool"),
    "rule": ("Regel", "Rule"),
    "found": ("Gevonden", "Found"),
    "nothing_found": ("geen gegevens gevonden (de tool zelf bepaalde het)", "no data found (the tool itself decided)"),
    "data_classes": ("Soort gegevens", "Kind of data"),
    "why": ("Waarom", "Why"),
    "when": ("Tijdstip (UTC)", "Time (UTC)"),
    "ref": ("Beslissing", "Decision"),
    "what_now": ("Wat nu?", "What now?"),
    "instead": ("Gebruik in plaats daarvan", "Use instead"),
    "ask_exception": ("Een uitzondering aanvragen", "Ask for an exception"),
    "ask_tool": ("Deze tool laten beoordelen", "Ask for this tool to be assessed"),
    "no_values": (
        "Deze pagina toont nooit wat je typte of welke waarden er gevonden zijn, alleen de soorten en aantallen.",
        "This page never shows what you typed or the values found, only their kinds and counts.",
    ),
    "policy_changed": (
        "Het beleid is sindsdien gewijzigd (toen versie {then}, nu {now}); het advies hieronder is dat van nu.",
        "The policy has changed since (then version {then}, now {now}); the advice below is today's.",
    ),
    "status_unlisted": ("niet beoordeeld", "not assessed"),
    "status_forbidden": ("verboden", "forbidden"),
    "status_approved": ("goedgekeurd", "approved"),
    "class_personal": ("persoonsgegevens", "personal data"),
    "class_client": ("klantgegevens", "client data"),
    "class_internal": ("interne informatie", "internal information"),
    "class_secret": ("wachtwoorden of sleutels", "passwords or keys"),
    "class_placeholder": ("voorbeeldsleutels", "example keys"),
    # not found and other refusals: one wording whether it never existed, expired or is someone
    # else's (no oracle)
    "not_found_title": ("Beslissing niet gevonden", "Decision not found"),
    "not_found": (
        "Deze beslissing is niet (meer) te bekijken. Een pagina blijft een week bewaard en is alleen "
        "te zien voor wie de melding kreeg, via de AI-proxy. Noem het nummer als je contact opneemt.",
        "This decision cannot be shown (any more). A page is kept for a week and can only be seen by "
        "the person who got the notice, through the AI proxy. Mention the number when you get in touch.",
    ),
    "via_proxy_title": ("Open deze link via de proxy", "Open this link through the proxy"),
    "via_proxy": (
        "Op deze poort kan niemand worden herkend. Open de link uit de melding in de browser die via de "
        "AI-proxy werkt: {link}",
        "Nobody can be identified on this port. Open the link from the notice in the browser that goes "
        "through the AI proxy: {link}",
    ),
    "anonymous_title": ("Beslissingen zijn niet te bekijken", "Decisions cannot be shown"),
    "anonymous": (
        "Dit beleid registreert gebruikers onder een schuilnaam, dus kan de proxy niet nagaan of een "
        "beslissing van jou is. Noem het nummer als je contact opneemt.",
        "This policy records users under a pseudonym, so the proxy cannot tell whether a decision is "
        "yours. Mention the number when you get in touch.",
    ),
    "unavailable_title": ("Even niet beschikbaar", "Not available right now"),
    "unavailable": (
        "Beslissingen kunnen nu niet worden opgezocht. Probeer het over een paar minuten opnieuw.",
        "Decisions cannot be looked up right now. Try again in a few minutes.",
    ),
    "page_not_found_title": ("Pagina niet gevonden", "Page not found"),
    "page_not_found": ("Deze pagina bestaat niet.", "This page does not exist."),
    "too_large_title": ("Te groot", "Too large"),
    "too_large": ("Het formulier is te groot.", "The form is too large."),
    "method_title": ("Niet toegestaan", "Not allowed"),
    "method": (
        "Deze pagina kan alleen worden opgevraagd, niet verstuurd.",
        "This page can only be viewed, not posted to.",
    ),
    "not_ready_title": ("Nog niet klaar", "Not ready yet"),
    "not_ready": ("De proxy start nog; probeer het zo opnieuw.", "The proxy is still starting; try again shortly."),
    "ca_missing": ("Het certificaat is nog niet geladen.", "The certificate is not loaded yet."),
    "home": ("Naar het overzicht", "To the overview"),
}


def texts(lang: str) -> dict[str, str]:
    """Every text of this module in `lang`."""
    return {key: pick(_T, key, lang) for key in _T}


def text(key: str, lang: str) -> str:
    return pick(_T, key, lang)


def page_language(query: Mapping[str, str], headers: Mapping[str, str], default: str) -> str:
    """`?lang=` when it names a supported language, else the browser's, else the policy's."""
    asked = query.get("lang", "").strip().lower()
    if asked in LANGUAGES:
        return asked
    return pick_language(headers.get("accept-language"), default)
