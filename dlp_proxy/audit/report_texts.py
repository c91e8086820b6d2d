"""Every word of the HTML report, in Dutch and English: headings, labels, table headers, sentences,
and the way numbers, shares and dates are written. One table per kind, each entry (Dutch, English),
read with `text`; the names of values (statuses, categories, ...) live in report_words.

JSON and CSV keep their stable English keys (they are for machines); only the HTML is translated.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Final, Literal

Lang = Literal["nl", "en"]
LANGUAGES: Final = ("nl", "en")

_T: Final[dict[str, tuple[str, str]]] = {
    "title": ("dlp-proxy: AI-gebruik en voorkomen van datalekken", "dlp-proxy: AI use and data-leakage prevention"),
    "period": (
        "Periode {start} tot en met {end} (records van {first} tot {last}). Bron: {source}. Gemaakt op {generated}.",
        "Period {start} to {end} (records from {first} to {last}). Source: {source}. Generated {generated}.",
    ),
    "no_values": (
        "Het logboek en dit rapport bevatten geen gevonden waarden en geen prompttekst.",
        "No detected value or prompt text is in the log or in this report.",
    ),
    "empty_table": ("Niets in deze periode.", "None in this period."),
    "no_records": ("Geen records in deze periode.", "No records in this period."),
    # Section headings and the headings inside them.
    "h_totals": ("Totalen", "Totals"),
    "h_compliance": ("Bewijs per beheersmaatregel", "Evidence per control"),
    "h_over_time": ("Acties in de tijd (per dag, UTC)", "Actions over time (per day, UTC)"),
    "h_tools": ("Gebruik per AI-tool", "Usage per AI tool"),
    "h_per_category": ("Per categorie van gebruik", "Per tool category"),
    "h_per_level": (
        "Per goedkeuringsniveau (het hoogste risico waarvoor een tool is goedgekeurd)",
        "Per approval level (highest risk a tool is approved for)",
    ),
    "h_per_status": ("Per status van de tool", "Per tool status"),
    "h_shadow": (
        "Schaduw-AI: niet-beoordeelde en verboden AI-diensten",
        "Shadow-AI inventory (unlisted and forbidden tools)",
    ),
    "h_bundled": (
        "Diensten uit de meegeleverde catalogus van bekende AI-diensten, niet in de catalogus van de organisatie",
        "Services of the bundled catalogue of known AI services, not in the organisation's catalogue",
    ),
    "h_per_kind": ("Per soort dienst", "Per kind of service"),
    "h_possibly": ("Mogelijk AI, niet beoordeeld", "Possibly AI, not assessed"),
    "possibly_note": (
        "Hosts die in geen van beide catalogi staan maar waarvan de naam op een AI-dienst lijkt, gezien in "
        "verbindingen die de proxy zonder ontsleutelen heeft doorgelaten: alleen geteld, nooit gelezen. Deel "
        "ze in de catalogus van de organisatie (rules/tools.yaml) in als goedgekeurd, niet op de lijst of "
        "verboden, of laat ze staan als geen AI-dienst.",
        "Hosts in neither catalogue whose names look like AI services, seen in connections the proxy passed "
        "through without decrypting them: counted, never read. Classify each in the organisation's catalogue "
        "(rules/tools.yaml) as approved, unlisted or forbidden, or leave it as no AI service.",
    ),
    "h_data": ("Gevonden gegevens", "Data found"),
    "h_entities": ("Soorten gegevens", "Entity types"),
    "h_rules": ("Meest geraakte regels", "Top rules triggered"),
    "h_exceptions": ("Gebruikte uitzonderingen", "Exceptions used"),
    "h_requests": ("Aanvragen: nieuwe tools en uitzonderingen", "Requests: new tools and exceptions"),
    "requests_note": (
        "Aanvragen die medewerkers vanaf een blokkeerpagina of een melding hebben ingediend. Een aanvraag om "
        "een tool te beoordelen staat open tot de tool na de laatste aanvraag in het logboek voorkomt als "
        "goedgekeurd of verboden. Of een uitzondering is verleend, staat niet in het logboek (zie Gebruikte "
        "uitzonderingen). Wat de aanvrager als doel, reden of toestemming opschreef, staat niet in dit rapport: "
        "dat geeft dlp-proxy requests export.",
        "Requests employees sent from a block page or a notice. A request to assess a tool is open until the "
        "log shows the tool as approved or forbidden after the last request. Whether an exception was granted "
        "is not in the log (see Exceptions used). What the requester wrote as purpose, reason or consent is not "
        "in this report: dlp-proxy requests export gives it.",
    ),
    "requests_summary": (
        "Aanvragen: {requests}, van {users} gebruikers. Tools die wachten op beoordeling: {open}.",
        "Requests: {requests}, from {users} users. Tools awaiting assessment: {open}.",
    ),
    "h_requests_by_tool": ("Per tool en soort aanvraag", "By tool and kind of request"),
    "h_requests_by_client": ("Aanvragen voor een uitzondering, per klant", "Exception requests by client"),
    "h_justifications": ("Opgegeven redenen (gemaskeerd zoals gelogd)", "Justifications given (masked as logged)"),
    "justified_note": (
        "{total} in totaal; de nieuwste {shown} staan hieronder.",
        "{total} in total; the newest {shown} listed.",
    ),
    "h_acks": ("Bevestiging van het AI-beleid (eerste kennismaking)", "Policy acknowledgements (first contact)"),
    "acks_share": (
        "{acked} van de {active} gebruikers die in deze periode actief waren ({share}), bevestigden de "
        "beleidsversie die aan het eind van de periode gold ({version}).",
        "{acked} of the {active} users active in this period ({share}) acknowledged the policy version in force "
        "at the end of the period ({version}).",
    ),
    "acks_no_active": (
        "Geen beslissingen in deze periode, dus geen actieve gebruikers om mee te vergelijken.",
        "No decisions in this period, so no active users to compare with.",
    ),
    "acks_note": (
        "Bevestigingen tellen tot en met het eind van de periode: een bevestiging van vóór de periode geldt nog.",
        "Acknowledgements count up to the end of the period: one given before the period still holds.",
    ),
    "acks_anonymous": (
        "Bevestigingen zonder herkenbare gebruiker: {n}.",
        "Acknowledgements without a known user: {n}.",
    ),
    "h_failures": ("Mislukte controles en fail modes", "Detection failures and fail modes"),
    "h_drift": ("Gezondheid van de adapters (veranderde apps)", "Adapter health (apps that changed)"),
    "drift_note": (
        "Tekenen dat een webapp is veranderd en de adapter van de proxy haar niet meer leest zoals verwacht, per "
        "app en endpoint (ids vervangen door {id}): verzoeken die de adapter niet kon lezen (niet gelezen), "
        "verzoeken met inhoud op een endpoint dat de adapter niet kent (onbekend endpoint: alleen generiek "
        "gelezen, zonder melding in de chat) en antwoorden in een vorm waarin de melding of het terugzetten van "
        "waarden niet lukte (antwoordvorm). De nieuwste rijen staan bovenaan: een endpoint dat er sinds het begin "
        "elke dag staat, is het gewone verkeer van de app; een nieuwe rij of een stijgend aantal: controleer de "
        "app en werk de adapter bij.",
        "Signs that a web app changed and the proxy's adapter no longer reads it as expected, per app and "
        "endpoint (ids replaced by {id}): requests the adapter could not read (unparsed), requests with content "
        "on an endpoint the adapter does not know (unknown endpoint: read by the generic fallback only, without "
        "an in-chat notice) and answers in a shape the notice or the restoring of values did not work with "
        "(answer shape). The newest rows come first: an endpoint seen every day from the start is the app's "
        "usual traffic; a new row or a rising count: check the app and update the adapter.",
    ),
    "drift_summary": (
        "Apps met tekenen van verandering: {apps}. Niet gelezen: {unparsed}, onbekend endpoint: "
        "{unknown_endpoint}, antwoordvorm: {answer_shape}.",
        "Apps with signs of change: {apps}. Unparsed: {unparsed}, unknown endpoint: {unknown_endpoint}, "
        "answer shape: {answer_shape}.",
    ),
    "h_log": ("Het logboek zelf", "The log itself"),
    "first_malformed": ("Eerste onleesbare regels: {where}", "First malformed lines: {where}"),
    # Chart titles and the tooltip of a bar.
    "chart_tools": ("Verzoeken per tool", "Requests per tool"),
    "chart_classes": ("Verzoeken per gegevensklasse", "Requests per data class"),
    "chart_entities": ("Verzoeken per soort gegeven", "Requests per entity type"),
    "chart_rules": ("Verzoeken per regel", "Requests per rule"),
    "chart_days": ("Acties per dag", "Actions per day"),
    "bar_tip": ("{name}: {action} {n}", "{name}: {action} {n}"),
    # Table headers.
    "th_tool": ("tool", "tool"),
    "th_tool_id": ("tool-id", "tool id"),
    "th_status": ("status", "status"),
    "th_category": ("categorie", "category"),
    "th_approved_for": ("goedgekeurd voor", "approved for"),
    "th_requests": ("verzoeken", "requests"),
    "th_kind": ("soort", "kind"),
    "th_hosts": ("hosts", "hosts"),
    "th_first_seen": ("eerst gezien", "first seen"),
    "th_adapter": ("adapter", "adapter"),
    "th_endpoint": ("endpoint", "endpoint"),
    "th_unparsed": ("niet gelezen", "unparsed"),
    "th_unknown_endpoint": ("onbekend endpoint", "unknown endpoint"),
    "th_answer_shape": ("antwoordvorm", "answer shape"),
    "th_last_seen": ("laatst gezien", "last seen"),
    "th_distinct_users": ("verschillende gebruikers", "distinct users"),
    "th_service": ("dienst", "service"),
    "th_services": ("diensten", "services"),
    "th_host": ("host", "host"),
    "th_looks_like": ("lijkt op AI door", "looks like AI by"),
    "th_connections": ("verbindingen", "connections"),
    "th_long_lived": ("langlopend (30 s+)", "long-lived (30 s+)"),
    "th_data_class": ("gegevensklasse", "data class"),
    "th_findings": ("vondsten", "findings"),
    "th_entity_type": ("soort gegeven", "entity type"),
    "th_rule": ("regel", "rule"),
    "th_exception": ("uitzondering", "exception"),
    "th_consent_ref": ("referentie van de toestemming", "consent reference"),
    "th_time": ("tijd (UTC)", "time (UTC)"),
    "th_decision": ("beslissing", "decision"),
    "th_user": ("gebruiker", "user"),
    "th_action": ("actie", "action"),
    "th_justification": ("reden", "justification"),
    "th_reason": ("oorzaak", "reason"),
    "th_fail_mode": ("fail mode (regel)", "fail mode (rule)"),
    "th_policy_version": ("beleidsversie", "policy version"),
    "th_policy_name": ("beleid", "policy"),
    "th_evidence": ("bewijs", "evidence"),
    "th_value": ("waarde", "value"),
    "th_request_kind": ("soort aanvraag", "kind of request"),
    "th_request_count": ("aanvragen", "requests"),
    "th_first_request": ("eerste aanvraag", "first request"),
    "th_last_request": ("laatste aanvraag", "last request"),
    "th_use_asked": ("gevraagd gebruik", "use asked for"),
    "th_levels_asked": ("gevraagde gegevens (risico)", "data asked for (risk)"),
    "th_request_state": ("status van de aanvraag", "state of the request"),
    "th_client": ("klant", "client"),
    "th_tools": ("tools", "tools"),
    "th_consent_named": ("met schriftelijke toestemming genoemd", "with written consent named"),
    "th_users": ("gebruikers", "users"),
    "th_acknowledgements": ("bevestigingen", "acknowledgements"),
    "th_languages": ("taal", "language"),
    "th_current": ("geldt aan het eind van de periode", "in force at the end of the period"),
    # The log's own figures.
    "files_read": ("gelezen bestanden", "files read"),
    "malformed_skipped": ("overgeslagen onleesbare regels", "malformed lines skipped"),
    "outside_period": ("records buiten de periode", "records outside the period"),
    "other_events": ("andere gebeurtenissen", "other events"),
    # Cells.
    "yes": ("ja", "yes"),
    "open": ("open", "open"),
    "assessed": ("beoordeeld: {status}", "assessed: {status}"),
    "no_client": ("geen klant genoemd", "no client named"),
    "count_of": ("{name} {n}", "{name} {n}"),
}

_MONTHS: Final = (
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
)  # fmt: skip


def lookup(table: Mapping[str, tuple[str, str]], key: str, lang: Lang) -> str:
    """The text under `key` in `lang`. An unknown key raises KeyError: a missing text is a bug."""
    nl, en = table[key]
    return nl if lang == "nl" else en


def text(key: str, lang: Lang, **values: object) -> str:
    """A text of the report, its {placeholders} filled in (the values stay data: they are not parsed)."""
    template = lookup(_T, key, lang)
    return template.format(**values) if values else template


def keys() -> frozenset[str]:
    return frozenset(_T)


def number(value: int) -> str:
    """Thousands apart by a narrow no-break space, in both languages: neither a Dutch reader (1.234)
    nor an English one (1,234) can misread it as a decimal."""
    return f"{value:,}".replace(",", "\u202f")


def share(part: int, whole: int, lang: Lang) -> str:
    """A percentage with one decimal: "75,0%" in Dutch, "75.0%" in English; "-" of nothing."""
    if whole <= 0:
        return "-"
    figure = f"{100 * part / whole:.1f}"
    return (figure.replace(".", ",") if lang == "nl" else figure) + "%"


def day(value: str | None, lang: Lang) -> str:
    """An ISO day (YYYY-MM-DD) as words: "1 november 2026", "1 November 2026"; other text as it is."""
    if not value:
        return ""
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.day} {_MONTHS[0 if lang == 'nl' else 1][d.month - 1]} {d.year}"
