"""The words of the request forms and their answers, Dutch and English (dlp_proxy.portal.requests).

One table of (Dutch, English) pairs, read with dlp_proxy.respond.texts.pick; the templates get
plain strings and escape them. Categories and risk levels are explained in the employee's words,
as the seed guide puts them.
"""

from __future__ import annotations

from dlp_proxy.respond.texts import pick

T: dict[str, tuple[str, str]] = {
    # --- which tool (the bare form, linked from the cheat sheet) ---
    "choose_title": ("Welke AI-tool wil je laten beoordelen?", "Which AI tool do you want assessed?"),
    "choose_lead": (
        "Vul het webadres van de tool in, bijvoorbeeld https://poe.com. Alleen de naam van de site wordt "
        "bewaard, nooit de rest van het adres.",
        "Enter the tool's web address, for example https://poe.com. Only the site's name is kept, never "
        "the rest of the address.",
    ),
    "address": ("Webadres van de tool", "The tool's web address"),
    "address_error": (
        "Dat is geen webadres van een site; vul het adres in zoals het in de adresbalk staat.",
        "That is not a site's web address; enter it as it appears in the address bar.",
    ),
    "next": ("Verder", "Next"),
    # --- the tool-assessment form ---
    "tool_title": ("Vraag een beoordeling van deze AI-tool aan", "Ask for this AI tool to be assessed"),
    "tool_lead": (
        "{tool} is nog niet beoordeeld. Vertel de eigenaar van het AI-beleid waarvoor je de tool wilt "
        "gebruiken; die beoordeelt beveiliging en privacy en laat weten of en hoe de tool op de lijst komt.",
        "{tool} has not been assessed yet. Tell the AI policy owner what you want to use it for; they "
        "assess its security and privacy and let you know whether and how it goes on the list.",
    ),
    "purpose": ("Waarvoor wil je de tool gebruiken?", "What do you want to use the tool for?"),
    "purpose_hint": (
        "Kort, zonder namen, klantgegevens of wachtwoorden (hoogstens 500 tekens).",
        "Briefly, without names, client data or passwords (500 characters at most).",
    ),
    "category": ("Soort gebruik", "Kind of use"),
    "category_internal_productivity": (
        "Interne productiviteit: werk met eigen documenten, mail en vergaderingen",
        "Internal productivity: work with our own documents, mail and meetings",
    ),
    "category_general_use": (
        "Algemeen gebruik en onderzoek: zonder bedrijfs- of klantgegevens",
        "General use and research: no company or client data",
    ),
    "category_client_projects": (
        "Klantprojecten: klantgegevens of opdrachten voor klanten",
        "Client projects: client data or work for clients",
    ),
    "levels": ("Welke gegevens gaan erin?", "What data would go into it?"),
    "level_low": (
        "Laag risico: niets vertrouwelijks of persoonlijks (brainstormen, algemene vragen)",
        "Low risk: nothing confidential or personal (brainstorming, general questions)",
    ),
    "level_medium": (
        "Middel risico: interne informatie van de organisatie",
        "Medium risk: internal information of the organisation",
    ),
    "level_high": (
        "Hoog risico: klantgegevens of gevoelige bedrijfsinformatie (alleen met schriftelijke toestemming)",
        "High risk: client data or sensitive business information (only with written permission)",
    ),
    "send": ("Verstuur de aanvraag", "Send the request"),
    "approved_title": ("Deze AI-tool is al goedgekeurd", "This AI tool is approved already"),
    "approved_lead": (
        "{tool} staat op de lijst met goedgekeurde AI-tools. Op het spiekbriefje zie je voor welke gegevens.",
        "{tool} is on the list of approved AI tools. The cheat sheet says for which data.",
    ),
    # --- the exception form ---
    "exception_title": ("Vraag een uitzondering aan", "Ask for an exception"),
    "exception_lead": (
        "Je bericht aan {tool} is tegengehouden vanwege de gegevens erin (beslissing {decision}). Klantgegevens "
        "mogen alleen met schriftelijke toestemming van de klant in een AI-tool. Heb je die, vraag dan hier een "
        "uitzondering aan; de eigenaar van het AI-beleid beoordeelt haar.",
        "Your message to {tool} was held back because of the data in it (decision {decision}). Client data may "
        "go into an AI tool only with the client's written permission. If you have it, ask for an exception "
        "here; the AI policy owner reviews it.",
    ),
    "client": ("Voor welke klant?", "For which client?"),
    "client_other": ("Een andere klant (noem die niet hieronder)", "Another client (do not name it below)"),
    "client_choose": ("Kies een klant", "Choose a client"),
    "reason": ("Waarom is de uitzondering nodig?", "Why is the exception needed?"),
    "reason_hint": (
        "Kort, zonder de gegevens zelf (hoogstens 500 tekens).",
        "Briefly, without the data itself (500 characters at most).",
    ),
    "consent_by": ("Wie heeft schriftelijk toestemming gegeven?", "Who gave written permission?"),
    "consent_by_hint": ("Functie en organisatie volstaan.", "A role and organisation are enough."),
    "consent_ref": ("Waar is die toestemming vastgelegd?", "Where is that permission kept?"),
    "consent_ref_hint": (
        "Kenmerk of plaats van het getekende document (hoogstens 200 tekens).",
        "Reference or place of the signed document (200 characters at most).",
    ),
    "no_exception_title": ("Hiervoor kun je geen uitzondering aanvragen", "No exception can be asked for this"),
    "no_exception_lead": (
        "Een uitzondering geldt voor gegevens in een bericht aan een goedgekeurde AI-tool dat is tegengehouden. "
        "Deze beslissing is daar geen voorbeeld van.",
        "An exception covers data in a message to an approved AI tool that was held back. This decision is not "
        "one of those.",
    ),
    "ask_tool_instead": ("Vraag in plaats daarvan een beoordeling van de tool aan", "Ask for the tool to be assessed"),
    # --- answers ---
    "done_title": ("Je aanvraag is vastgelegd", "Your request has been recorded"),
    "done_lead": (
        "De eigenaar van het AI-beleid ziet je aanvraag in het overzicht en neemt contact met je op.",
        "The AI policy owner sees your request in the overview and will get back to you.",
    ),
    "request_id": ("Kenmerk van je aanvraag", "Your request's reference"),
    "masked_note": (
        "In je tekst stonden gegevens die niet in het logboek horen ({what}); die zijn vervangen door hun "
        "soort, bijvoorbeeld <EMAIL_ADDRESS>, voordat de aanvraag werd vastgelegd.",
        "Your text held data that does not belong in the log ({what}); it was replaced by its kind, such as "
        "<EMAIL_ADDRESS>, before the request was recorded.",
    ),
    "duplicate_title": ("Je hebt dit al aangevraagd", "You asked for this already"),
    "duplicate_lead": (
        "Je aanvraag van het afgelopen uur staat al in het logboek (kenmerk {request_id}). Eén aanvraag per "
        "tool per uur is genoeg; de eigenaar van het AI-beleid neemt contact met je op.",
        "Your request of the past hour is in the log already (reference {request_id}). One request per tool "
        "per hour is enough; the AI policy owner will get back to you.",
    ),
    "errors_title": ("Controleer je aanvraag", "Please check your request"),
    "err_required": ("Vul dit in.", "Please fill this in."),
    "err_too_long": ("Dit is te lang: hoogstens {max} tekens.", "This is too long: {max} characters at most."),
    "err_choice": ("Kies een van de mogelijkheden.", "Choose one of the options."),
    "err_levels": ("Kies minstens één soort gegevens.", "Choose at least one kind of data."),
    "not_found_title": ("Niet gevonden", "Not found"),
    "not_found_tool": (
        "Deze AI-tool kent het AI-beleid niet. Open de aanvraag via de pagina die de proxy toonde.",
        "The AI policy does not know this tool. Open the request from the page the proxy showed.",
    ),
    "not_found_decision": (
        "Deze beslissing is er niet, of hoort niet bij jou.",
        "This decision does not exist, or is not yours.",
    ),
    "anonymous": (
        "De proxy kan niet vaststellen wie je bent; een aanvraag moet op naam staan. Neem contact op via de helplijn.",
        "The proxy cannot tell who you are, and a request must carry a name. Please use the help line.",
    ),
    "forbidden_title": ("Aanvraag geweigerd", "Request refused"),
    "forbidden_lead": (
        "Deze aanvraag kwam niet van het formulier van de proxy, of het formulier is verlopen. Open het "
        "formulier opnieuw en verstuur het nog eens.",
        "This request did not come from the proxy's form, or the form has expired. Open the form again and "
        "send it once more.",
    ),
    "unavailable_title": ("Niet vastgelegd", "Not recorded"),
    "unchecked_lead": (
        "Je aanvraag kon niet worden gecontroleerd op persoonsgegevens en is daarom niet vastgelegd. Probeer "
        "het over een paar minuten opnieuw.",
        "Your request could not be checked for personal data, so it was not recorded. Please try again in a "
        "few minutes.",
    ),
    "log_down_lead": (
        "Je aanvraag is niet vastgelegd: het logboek is nu niet beschikbaar. Probeer het later opnieuw.",
        "Your request was not recorded: the log is not available right now. Please try again later.",
    ),
    "store_down_lead": (
        "Beslissingen kunnen nu niet worden opgezocht. Probeer het over een paar minuten opnieuw.",
        "Decisions cannot be looked up right now. Please try again in a few minutes.",
    ),
    "method_title": ("Niet toegestaan", "Not allowed"),
    "method": ("Dit formulier kan alleen worden geopend en verstuurd.", "This form can only be opened and sent."),
    "help": ("Vragen", "Questions"),
}


def t(key: str, lang: str) -> str:
    return pick(T, key, lang)


def texts(lang: str) -> dict[str, str]:
    """Every text of the table in `lang`, for a template."""
    return {key: pick(T, key, lang) for key in T}
