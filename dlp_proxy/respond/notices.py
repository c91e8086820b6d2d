"""The employee's notice: what was found (types and counts, never values), why, what to do, and the decision id."""

from __future__ import annotations

from collections.abc import Mapping

from dlp_proxy.policy.decision import Decision
from dlp_proxy.policy.schema import Policy, Tool
from dlp_proxy.portal_addresses import cheatsheet_url, decision_url
from dlp_proxy.respond.texts import pick

LANGUAGES = ("nl", "en")

ENTITY_LABELS: dict[str, tuple[str, str]] = {
    "PERSON": ("naam", "name"),
    "EMAIL_ADDRESS": ("e-mailadres", "email address"),
    "PHONE_NUMBER": ("telefoonnummer", "phone number"),
    "IBAN_CODE": ("IBAN", "IBAN"),
    "CREDIT_CARD": ("creditcardnummer", "credit card number"),
    "NL_BSN": ("BSN", "BSN (Dutch citizen service number)"),
    "US_SSN": ("Amerikaans social security number (SSN)", "US social security number"),
    "UK_NINO": ("Brits National Insurance-nummer", "UK National Insurance number"),
    "UK_NHS": ("Brits NHS-nummer (patiëntnummer)", "UK NHS number (patient number)"),
    "BE_NATIONAL_ID": ("Belgisch rijksregisternummer", "Belgian national register number"),
    "DE_TAX_ID": ("Duits fiscaal identificatienummer (Steuer-ID)", "German tax ID (Steuer-ID)"),
    "FR_NIR": ("Frans sociaal-zekerheidsnummer (NIR)", "French social security number (NIR)"),
    "PASSPORT_NUMBER": ("paspoort- of ID-kaartnummer", "passport or identity card number"),
    "DRIVER_LICENSE": ("rijbewijsnummer", "driving licence number"),
    "IP_ADDRESS": ("IP-adres", "IP address"),
    "LOCATION": ("adres of plaats", "address or place"),
    "SECRET": ("wachtwoord of sleutel", "password or key"),
    "SECRET_PLACEHOLDER": ("voorbeeldsleutel", "example key or password"),
    "CLIENT": ("klantnaam of -referentie", "client name or reference"),
    "INTERNAL_MARKER": ("vertrouwelijkheidsmarkering", "confidentiality marking"),
    "SENSITIVITY_LABEL": ("gevoeligheidslabel", "sensitivity label"),
}

_T = {
    "blocked": ("Niet verzonden door het AI-beleid", "Not sent, by the AI policy"),
    "masked": ("Verzonden, met gegevens gemaskeerd door het AI-beleid", "Sent with data masked by the AI policy"),
    "pseudonymised": (
        "Verzonden met plaatshouders in plaats van persoonsgegevens; in het antwoord staan ze weer terug",
        "Sent with placeholders instead of personal data; they are put back in the answer",
    ),
    "found": ("Gevonden", "Found"),
    "labelled": ("Het bestand heeft het label {labels}.", "The file is labelled {labels}."),
    "labelled_many": ("De bestanden hebben de labels {labels}.", "The files are labelled {labels}."),
    "held": ("Nog niet verzonden: het AI-beleid vraagt een reden", "Not sent yet: the AI policy asks for a reason"),
    "justify_how": (
        "Wil je het toch versturen? Zet op een eigen regel in je bericht: "
        "'DLP-OK {code}: <je reden>' en verstuur opnieuw.",
        "To send it anyway, add a line to your message: 'DLP-OK {code}: <your reason>' and send it again.",
    ),
    # Why a DLP-OK code did not release the prompt (dlp_proxy.respond.justify.Redemption values).
    "justify_invalid": (
        "De code klopt niet, is verlopen of hoort bij een andere tool.",
        "The code is wrong, expired or for another tool.",
    ),
    "justify_used": (
        "Die code is al gebruikt; elke code werkt één keer.",
        "That code was used already; each code works once.",
    ),
    "justify_unavailable": (
        "Versturen met een reden kan nu even niet: de code kan niet worden gecontroleerd. "
        "Probeer het over een paar minuten opnieuw.",
        "Sending it with a reason is not possible right now: codes cannot be checked. Try again in a few minutes.",
    ),
    "rule": ("regel", "rule"),
    "ref": ("Beslissing", "Decision"),
    "details": ("Uitleg", "Details"),
    "cheatsheet": ("Spiekbriefje", "Cheat sheet"),
    "unscanned": (
        "Dit bericht kon niet worden gecontroleerd en is daarom niet verzonden",
        "This message could not be checked and was therefore not sent",
    ),
    "refused": (
        "Niet verzonden: dit verzoek kan niet veilig worden beoordeeld",
        "Not sent: this request cannot be judged safely",
    ),
    "instead": ("Gebruik in plaats daarvan", "Use instead"),
    "body_too_large": ("te groot om te controleren", "too large to check"),
    "unreadable_body": ("de inhoud is onleesbaar", "the content cannot be read"),
    "file_unreadable": ("het bestand kan niet worden gelezen", "the file cannot be read"),
    "file_too_large": ("het bestand is te groot om te controleren", "the file is too large to check"),
    "file_not_maskable": (
        "Het bestand bevat persoonsgegevens die binnen een document niet gemaskeerd kunnen worden; "
        "haal ze uit het bestand of plak de tekst in je bericht.",
        "The file contains personal data that cannot be masked inside a document; "
        "remove it from the file or paste the text into your message.",
    ),
    "prompt_bound": (
        "Gemini weigert een aangepast bericht, dus de gegevens kunnen niet gemaskeerd worden; "
        "haal ze zelf uit je bericht en verstuur het opnieuw.",
        "Gemini rejects an altered message, so the data cannot be masked; "
        "remove it from your message yourself and send it again.",
    ),
    "field_not_maskable": (
        "Er staan gegevens op een plek in het verzoek die niet gemaskeerd kan worden "
        "(buiten het bericht zelf, bijvoorbeeld in een tooldefinitie of een sleutelnaam); haal ze daar weg.",
        "Data was found in a part of the request that cannot be masked "
        "(outside the message itself, e.g. a tool definition or a key name); remove it there.",
    ),
    "image_not_maskable": (
        "In de afbeelding staan gegevens die niet gemaskeerd kunnen worden (een afbeelding kan niet worden "
        "aangepast); stuur een afbeelding zonder die gegevens, of typ de tekst zonder die gegevens in je bericht.",
        "The image contains data that cannot be masked (an image cannot be edited); "
        "send an image without it, or type the text without it into your message.",
    ),
    "image_unreadable": ("de afbeelding kan niet worden gelezen", "the image cannot be read"),
    "image_too_large": ("de afbeelding is te groot om te controleren", "the image is too large to check"),
    "too_many_images": (
        "te veel afbeeldingen in één bericht om te controleren",
        "too many images in one message to check",
    ),
    "ocr_unavailable": (
        "tekst in afbeeldingen kan nu niet worden gelezen",
        "text in images cannot be read at the moment",
    ),
    "ocr_timeout": (
        "het lezen van de tekst in de afbeelding duurde te lang",
        "reading the text in the image took too long",
    ),
    "image_refused": (
        "het AI-beleid staat voor deze tool geen afbeeldingen toe",
        "the AI policy accepts no images for this tool",
    ),
    "audio_refused": (
        "het AI-beleid staat voor deze tool geen gesproken invoer (dicteren) toe; typ je bericht",
        "the AI policy accepts no spoken input (dictation) for this tool; type your message",
    ),
    "host_mismatch": (
        "het verzoek noemt verschillende servers (verbinding, certificaatnaam en Host-kop verschillen)",
        "the request names different servers (connection, certificate name and Host header differ)",
    ),
    "ambiguous_body": (
        "de inhoud is dubbelzinnig (een veldnaam komt twee keer voor)",
        "the content is ambiguous (a field name occurs twice)",
    ),
    "undecodable_body": ("de compressie van de inhoud is onleesbaar", "the content's compression cannot be read"),
    "detection_error": ("de controle is mislukt", "the check failed"),
    "detection_timeout": ("de controle duurde te lang", "the check took too long"),
    "vault_unavailable": (
        "de plaatshouders voor persoonsgegevens konden niet worden bewaard",
        "the placeholders for personal data could not be stored",
    ),
    "internal_error": ("interne fout in de controle", "internal error in the check"),
    "generic_do": (
        "Haal de gevonden gegevens uit je bericht of vervang ze door een voorbeeldwaarde, en probeer het opnieuw.",
        "Remove the data found from your message or replace it with a placeholder, then try again.",
    ),
}


# The record's fail reasons that have a text above.
_REASONS = (
    "body_too_large",
    "unreadable_body",
    "file_unreadable",
    "file_too_large",
    "file_not_maskable",
    "field_not_maskable",
    "prompt_bound",
    "image_not_maskable",
    "image_unreadable",
    "image_too_large",
    "too_many_images",
    "ocr_unavailable",
    "ocr_timeout",
    "image_refused",
    "audio_refused",
    "host_mismatch",
    "ambiguous_body",
    "undecodable_body",
    "detection_error",
    "detection_timeout",
    "vault_unavailable",
    "internal_error",
)


def pick_language(accept_language: str | None, default: str) -> str:
    """The first supported language in an Accept-Language header, by quality."""
    best: tuple[float, int, str] | None = None
    for pos, item in enumerate((accept_language or "").split(",")):
        parts = item.strip().split(";")
        tag = parts[0].strip().lower().split("-", 1)[0]
        q = 1.0
        for p in parts[1:]:
            if p.strip().startswith("q="):
                try:
                    q = float(p.strip()[2:])
                except ValueError:
                    q = 0.0
        if tag in LANGUAGES and q > 0 and (best is None or (q, -pos) > (best[0], -best[1])):
            best = (q, pos, tag)
    return best[2] if best else default


def _t(key: str, lang: str) -> str:
    return pick(_T, key, lang)


def reason_text(reason: object, lang: str) -> str | None:
    """Why a request was refused or not scanned, in words (a record's `fail_reason`); None when
    there is none or it has no text."""
    return _t(reason, lang) if isinstance(reason, str) and reason in _REASONS else None


def describe_counts(counts: Mapping[str, int], lang: str) -> str:
    """ "2 x e-mailadres, 1 x IBAN": types and counts, never values."""
    parts = []
    for entity_type, n in counts.items():
        nl, en = ENTITY_LABELS.get(entity_type, (entity_type, entity_type))
        parts.append(f"{n} x {nl if lang == 'nl' else en}")
    return ", ".join(parts)


def _found_and_rule(policy: Policy, decision: Decision, counts: Mapping[str, int], lang: str) -> list[str]:
    """What was found (types and counts) and the rule's own advice."""
    parts = [f"{_t('found', lang)}: {describe_counts(counts, lang)}."] if counts else []
    if decision.labels:
        key = "labelled" if len(decision.labels) == 1 else "labelled_many"
        parts.append(_t(key, lang).format(labels=", ".join(decision.labels)))
    rule = next((r for r in policy.rules if r.id == decision.rule_id), None)
    if rule is not None and rule.notice is not None:
        parts.append(rule.notice.get(lang))
    elif counts:
        parts.append(_t("generic_do", lang))
    return parts


def links(decision_id: str, lang: str) -> str:
    """The decision's page and the cheat sheet, as plain absolute addresses: notices also travel
    as SDK error messages, chat answers and a response header. No full stop right after an
    address (a linkifier would take it into the link); ASCII only (the header)."""
    return f"{_t('details', lang)}: {decision_url(decision_id)} | {_t('cheatsheet', lang)}: {cheatsheet_url()}"


def _closing(policy: Policy, decision_id: str, lang: str) -> list[str]:
    return [f"{_t('ref', lang)}: {decision_id}.", policy.settings.help.get(lang), links(decision_id, lang)]


# Reasons a request is refused without being scanned (a refused Failure, dlp_proxy.pipeline.context).
REFUSALS = ("host_mismatch", "ambiguous_body")


def block_notice(
    policy: Policy,
    tool: Tool,
    decision: Decision,
    counts: Mapping[str, int],
    decision_id: str,
    lang: str,
    reason: str | None = None,
) -> str:
    """One paragraph for the SDK error or chat reply of a blocked prompt."""
    if decision.detection_failed and reason in REFUSALS:
        head = f"{_t('refused', lang)}: {_t(reason, lang)} ({_t('rule', lang)} {decision.rule_id})."
    elif decision.detection_failed:
        why = f" ({_t(reason, lang)})" if reason in _T else ""
        head = f"{_t('unscanned', lang)}{why} ({_t('rule', lang)} {decision.rule_id})."
    else:
        head = f"{_t('blocked', lang)} ({_t('rule', lang)} {decision.rule_id}): {tool.name}."
    parts = [head, *_found_and_rule(policy, decision, counts, lang)]
    if reason in ("file_not_maskable", "field_not_maskable", "image_not_maskable", "prompt_bound") and not (
        decision.detection_failed
    ):
        parts.insert(1, _t(reason, lang))
    if tool.alternative and tool.status != "approved":
        parts.append(f"{_t('instead', lang)}: {tool.alternative}.")
    return " ".join(parts + _closing(policy, decision_id, lang))


def warn_notice(
    policy: Policy,
    tool: Tool,
    decision: Decision,
    counts: Mapping[str, int],
    decision_id: str,
    lang: str,
    code: str | None,
    refused: str | None = None,
) -> str:
    """A held prompt: what was found, why a given code did not count (`refused`), how to send it anyway."""
    parts = [f"{_t('held', lang)} ({_t('rule', lang)} {decision.rule_id}): {tool.name}."]
    parts += _found_and_rule(policy, decision, counts, lang)
    if refused and f"justify_{refused}" in _T:
        parts.append(_t(f"justify_{refused}", lang))
    if code:
        parts.append(_t("justify_how", lang).format(code=code))
    return " ".join(parts + _closing(policy, decision_id, lang))


def redact_notice(counts: Mapping[str, int], decision_id: str, lang: str) -> str:
    """A short line announcing a masked request (response header, later in-chat)."""
    ref = f"{_t('ref', lang)}: {decision_id}."
    return f"{_t('masked', lang)}: {describe_counts(counts, lang)}. {ref} {links(decision_id, lang)}"


def pseudonymise_notice(counts: Mapping[str, int], decision_id: str, lang: str) -> str:
    """A short line announcing placeholders that the answer gets back (header, in-chat note)."""
    ref = f"{_t('ref', lang)}: {decision_id}."
    return f"{_t('pseudonymised', lang)}: {describe_counts(counts, lang)}. {ref} {links(decision_id, lang)}"


# The notice when the pipeline itself failed: built without a policy, so in both languages at
# once (dlp_proxy.proxy.answers' last-resort answer and the WebSocket notice).
LAST_RESORT = (
    "Niet verzonden: de AI-beleidscontrole is tijdelijk niet beschikbaar. / "
    "Not sent: the AI policy check is temporarily unavailable."
)
