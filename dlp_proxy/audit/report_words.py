"""The report's names of logged values and of its figures, in Dutch and English: actions, tool
statuses, categories, risk levels, kinds of service, data classes, kinds of request, the summary
cards and the evidence rows per control. Values the table does not know (a newer or damaged
record) are shown as logged; a figure without a name is a bug (KeyError)."""

from __future__ import annotations

from typing import Final

from dlp_proxy.audit.report_texts import Lang, lookup

ACTIONS: Final = ("allow", "pseudonymise", "redact", "warn", "block")

# What the HTML calls a logged value, per field. English keeps the policy's own words where they
# are plain (approved, low); Dutch uses the seed guide's (goedgekeurd, laag risico).
VALUES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    # Column headers and legend: English as the policy writes the action, Dutch what happened.
    "action": {
        "allow": ("toegestaan", "allow"),
        "pseudonymise": ("gepseudonimiseerd", "pseudonymise"),
        "redact": ("gemaskeerd", "redact"),
        "warn": ("gewaarschuwd", "warn"),
        "block": ("geblokkeerd", "block"),
    },
    "status": {
        "approved": ("goedgekeurd", "approved"),
        "unlisted": ("niet op de lijst", "unlisted"),
        "forbidden": ("verboden", "forbidden"),
        "unknown": ("onbekend", "unknown"),
    },
    "category": {
        "internal_productivity": ("interne productiviteit", "internal productivity"),
        "general_use": ("algemeen gebruik en onderzoek", "general use and research"),
        "client_projects": ("klantprojecten", "client projects"),
        "none": ("geen", "none"),
    },
    "level": {
        "low": ("laag risico", "low risk"),
        "medium": ("middel risico", "medium risk"),
        "high": ("hoog risico", "high risk"),
        "none": ("geen", "none"),
    },
    "kind": {
        "chat": ("chat", "chat"),
        "api": ("API", "API"),
        "coding": ("programmeren", "coding"),
        "writing": ("schrijven", "writing"),
        "translation": ("vertalen", "translation"),
        "image": ("beeld", "image"),
        "media": ("audio en video", "media"),
        "meeting": ("vergaderen", "meeting"),
        "extension": ("browserextensie", "extension"),
        "agent": ("agent", "agent"),
        "unknown": ("onbekend", "unknown"),
    },
    "data_class": {
        "personal": ("persoonsgegevens", "personal data"),
        "client": ("klantgegevens", "client data"),
        "secret": ("geheimen (wachtwoorden, sleutels)", "secrets (passwords, keys)"),
        "internal": ("interne informatie", "internal information"),
        "placeholder": ("voorbeeldwaarden", "example values"),
    },
    "request_kind": {
        "tool_assessment": ("beoordeling van een tool", "tool assessment"),
        "exception": ("uitzondering", "exception"),
    },
}

# The summary cards: total -> name, in the order shown.
CARDS: Final[dict[str, tuple[str, str]]] = {
    "records": ("gecontroleerde verzoeken", "requests inspected"),
    "block": ("geblokkeerd", "blocked"),
    "pseudonymise": ("gemaskeerd, waarden teruggezet in het antwoord", "masked, values restored in the answer"),
    "redact": ("gemaskeerd (weggelakt)", "masked (redacted)"),
    "warn": ("gewaarschuwd", "warned"),
    "allow": ("toegestaan", "allowed"),
    "values_masked": ("gemaskeerde waarden", "values masked"),
    "shadow_ai_requests": ("verzoeken aan schaduw-AI", "shadow-AI requests"),
    "possibly_ai_hosts": ("mogelijk AI-hosts, niet beoordeeld", "possibly AI hosts, not assessed"),
    "monitor_only": ("alleen gemonitord", "monitor-only"),
    "detection_failures": ("mislukte controles", "detection failures"),
    "distinct_users": ("verschillende gebruikers", "distinct users"),
    "distinct_tools": ("AI-tools", "AI tools"),
    "requests": ("aanvragen voor een tool of uitzondering", "requests for a tool or an exception"),
    "tools_awaiting_assessment": ("tools die wachten op beoordeling", "tools awaiting assessment"),
    "users_acknowledged_current": (
        "gebruikers die de geldende beleidsversie bevestigden",
        "users who acknowledged the policy in force",
    ),
    "malformed_lines": ("onleesbare logregels", "malformed log lines"),
}

# The controls the evidence is for: title and what the figures show.
CONTROLS: Final[dict[str, tuple[tuple[str, str], tuple[str, str]]]] = {
    "ISO27001:A.8.12": (
        ("ISO/IEC 27001:2022 A.8.12 Voorkomen van datalekken", "ISO/IEC 27001:2022 A.8.12 Data leakage prevention"),
        (
            "Prompts naar AI-tools worden gecontroleerd; persoonsgegevens, klantgegevens, geheimen en interne "
            "informatie worden volgens het beleid gemaskeerd of geblokkeerd voordat ze vertrekken.",
            "Prompts to AI tools are inspected; personal data, client data, secrets and internal "
            "information are masked or blocked by the policy before they leave.",
        ),
    ),
    "ISO27001:A.8.15": (
        ("ISO/IEC 27001:2022 A.8.15 Logging", "ISO/IEC 27001:2022 A.8.15 Logging"),
        (
            "Elk gecontroleerd verzoek is één beslissingsrecord (zonder gevonden waarden en zonder prompttekst), "
            "met een hashketen over de bestanden heen; hieronder de periode, de bestanden en de beleidsversies "
            "die golden.",
            "Every inspected request is one decision record (no detected values, no prompt text), "
            "hash-chained across files; the period, the files and the policy versions in force are below.",
        ),
    ),
    "ISO27001:A.8.16": (
        ("ISO/IEC 27001:2022 A.8.16 Monitoren van activiteiten", "ISO/IEC 27001:2022 A.8.16 Monitoring activities"),
        (
            "Records in monitormodus laten zien wat het beleid zou hebben gedaan zonder het af te dwingen; "
            "mislukte controles laten zien hoe vaak de fail mode gold, en welke.",
            "Monitor-mode records show what the policy would have done without enforcing it; detection "
            "failures show how often the fail mode applied, and which.",
        ),
    ),
    "ISO27001:A.5.10": (
        (
            "ISO/IEC 27001:2022 A.5.10 Aanvaardbaar gebruik van informatie",
            "ISO/IEC 27001:2022 A.5.10 Acceptable use of information",
        ),
        (
            "De regels van het AI-beleid beslissen per tool; gebruik van niet-beoordeelde of verboden AI-tools "
            "wordt geïnventariseerd (schaduw-AI), uitzonderingen noemen hun toestemmingsreferentie, wie een "
            "waarschuwing passeert geeft een reden, en aanvragen voor een nieuwe tool of een uitzondering worden "
            "geteld.",
            "The AI policy's rules decide per tool; use of unlisted or forbidden AI tools is inventoried "
            "(shadow AI), exceptions name their consent reference, overrides carry a justification, and "
            "requests for a new tool or an exception are counted.",
        ),
    ),
    "ISO27001:A.6.3": (
        (
            "ISO/IEC 27001:2022 A.6.3 Bewustwording, opleiding en training",
            "ISO/IEC 27001:2022 A.6.3 Information security awareness, education and training",
        ),
        (
            "De eerste keer dat iemand via de proxy een AI-tool gebruikt, ziet die de samenvatting van het "
            "beleid, één keer per beleidsversie; de bevestiging wordt gelogd. Hieronder hoeveel gebruikers welke "
            "versie bevestigden, en hoeveel actieve gebruikers de versie bevestigden die aan het eind gold.",
            "The first time someone reaches an AI tool through the proxy, the policy summary is shown once per "
            "policy version and the acknowledgement is logged: how many users acknowledged which version, and "
            "how many active users acknowledged the version in force at the end.",
        ),
    ),
    "NEN7510": (
        ("NEN 7510 (informatiebeveiliging in de zorg)", "NEN 7510 (information security in healthcare)"),
        (
            "Omgang met persoonsgegevens en burgerservicenummers (NL_BSN) in prompts, per actie, ook wanneer ze "
            "naar niet-beoordeelde of verboden tools gingen.",
            "Handling of personal data and of citizen service numbers (NL_BSN) in prompts, by action, "
            "including any sent towards unlisted or forbidden tools.",
        ),
    ),
}

# Evidence rows: a figure's name, or for `<name>_<action>` the name of its prefix and the action.
EVIDENCE: Final[dict[str, tuple[str, str]]] = {
    "inspected": ("gecontroleerd", "inspected"),
    "blocked": ("geblokkeerd", "blocked"),
    "redacted": ("gemaskeerd (weggelakt)", "redacted"),
    "pseudonymised": ("gepseudonimiseerd", "pseudonymised"),
    "warned": ("gewaarschuwd", "warned"),
    "values_masked": ("gemaskeerde waarden", "values masked"),
    "with_data_found": ("met gevonden gegevens", "with data found"),
    "records": ("records", "records"),
    "first_record": ("eerste record", "first record"),
    "last_record": ("laatste record", "last record"),
    "files": ("bestanden", "files"),
    "malformed_lines": ("onleesbare regels", "malformed lines"),
    "policy_versions": ("beleidsversies", "policy versions"),
    "monitor_only_records": ("records in monitormodus", "monitor-only records"),
    "monitor_would": ("monitormodus, zou zijn", "monitor mode, the policy would"),
    "detection_failures": ("mislukte controles", "detection failures"),
    "fail_mode_fail_closed": ("fail mode FAIL-CLOSED (geblokkeerd)", "fail mode FAIL-CLOSED (blocked)"),
    "fail_mode_fail_open": ("fail mode FAIL-OPEN (doorgelaten)", "fail mode FAIL-OPEN (let through)"),
    "shadow_ai_tools": ("schaduw-AI-tools", "shadow-AI tools"),
    "bundled_ai_services_used": (
        "gebruikte diensten uit de meegeleverde catalogus",
        "bundled AI services used",
    ),
    "possibly_ai_hosts_not_assessed": ("mogelijk AI-hosts, niet beoordeeld", "possibly AI hosts, not assessed"),
    "shadow_ai_requests": ("verzoeken aan schaduw-AI", "shadow-AI requests"),
    "shadow_ai": ("schaduw-AI", "shadow AI"),
    "rules_triggered": ("geraakte regels", "rules triggered"),
    "exceptions_used": ("gebruikte uitzonderingen", "exceptions used"),
    "justifications": ("opgegeven redenen", "justifications"),
    "tool_assessment_requests": ("aanvragen om een tool te beoordelen", "requests to assess a tool"),
    "exception_requests": ("aanvragen voor een uitzondering", "exception requests"),
    "tools_awaiting_assessment": ("tools die wachten op beoordeling", "tools awaiting assessment"),
    "policy_versions_acknowledged": ("bevestigde beleidsversies", "policy versions acknowledged"),
    "users_acknowledged_current_version": (
        "gebruikers die de geldende versie bevestigden",
        "users who acknowledged the version in force",
    ),
    "active_users": ("actieve gebruikers", "active users"),
    "active_users_acknowledged_current_version": (
        "actieve gebruikers die de geldende versie bevestigden",
        "active users who acknowledged the version in force",
    ),
    "personal_data": ("persoonsgegevens", "personal data"),
    "nl_bsn": ("BSN", "BSN"),
    "nl_bsn_to_unlisted_or_forbidden": (
        "BSN naar niet-beoordeelde of verboden tools",
        "BSN to unlisted or forbidden tools",
    ),
}


def value(field: str, logged: str, lang: Lang) -> str:
    """The name of a logged value; unknown values as logged."""
    names = VALUES[field]
    return lookup(names, logged, lang) if logged in names else logged


def control(name: str, lang: Lang) -> tuple[str, str]:
    """A control's title and what its figures show."""
    title, prose = CONTROLS[name]
    return lookup({name: title}, name, lang), lookup({name: prose}, name, lang)


def evidence(figure: str, lang: Lang) -> str:
    """The name of an evidence row: `monitor_would_block` is "monitor mode, the policy would: block"."""
    if figure in EVIDENCE:
        return lookup(EVIDENCE, figure, lang)
    for action in ACTIONS:
        prefix = figure.removesuffix("_" + action)
        if prefix != figure and prefix in EVIDENCE:
            return f"{lookup(EVIDENCE, prefix, lang)}: {value('action', action, lang)}"
    raise KeyError(figure)
