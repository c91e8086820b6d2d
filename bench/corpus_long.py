"""Long "pasted document" bodies (10-100 KB): report prose, headings, lists, and optionally a few sensitive lines.

Every sentence gets its own slot index, so the noise values vary through the document and the
slots of one sensitive sentence ({{name}}, {{email}}) belong to one person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus_values import Fakes

FILLER = {
    "nl": [
        "In {{year}} is het aantal meldingen bij de afdeling {{dept}} met {{pct}} gestegen.",
        "De invoering van {{product}} is op {{date}} afgerond, twee weken later dan gepland.",
        "Het projectteam adviseert om de licentiekosten van {{amount}} over drie jaar te spreiden.",
        "Uit de evaluatie blijkt dat medewerkers in {{city}} vaker thuiswerken dan gemiddeld.",
        "De stuurgroep heeft besloten de aanbesteding opnieuw uit te zetten.",
        "Wij verwachten dat de doorlooptijd van aanvragen daalt tot {{num}} werkdagen.",
        "Bestelling {{order}} is als voorbeeld gebruikt voor de procesanalyse.",
        "Wat opvalt is dat de klanttevredenheid ondanks de vertraging gelijk is gebleven.",
        "Leg bij elke wijziging vast wie de eigenaar is en wanneer de wijziging is getest.",
        "Schrijf verbeterpunten altijd concreet op, met een datum en een verantwoordelijke afdeling.",
        "Versie {{version}} van de applicatie lost de meeste bekende problemen op.",
        "De kosten voor hosting bedroegen dit kwartaal {{amount}}, iets meer dan begroot.",
        "Factuur {{invoice}} is ten onrechte dubbel geboekt en inmiddels gecrediteerd.",
        "Het incident met kenmerk {{ticket}} is binnen de afgesproken termijn opgelost.",
        "Net als {{bigco}} kiezen wij voor een gefaseerde uitrol per regio.",
        "De helpdesk ontving gemiddeld {{num}} tickets per dag over het nieuwe portaal.",
        "Daarnaast is een nieuwe werkwijze voor het archiveren van dossiers ingevoerd.",
        "Medewerkers krijgen vóór {{date}} een training over informatiebeveiliging.",
        "Het energieverbruik van het kantoor in {{city}} daalde met {{pct}}.",
        "De directie onderschrijft de aanbevelingen en vraagt om een plan van aanpak.",
        "Zonder extra capaciteit kunnen de doelen voor volgend jaar niet worden gehaald.",
        "Alle wijzigingen worden vastgelegd in {{product}} en maandelijks gerapporteerd.",
    ],
    "en": [
        "In {{year}} the number of requests handled by {{dept}} rose by {{pct}}.",
        "The rollout of {{product}} was completed on {{date}}, two weeks behind schedule.",
        "The project team recommends spreading the licence cost of {{amount}} over three years.",
        "The survey shows that staff in {{city}} work from home more often than average.",
        "The steering committee decided to re-run the tender in the next quarter.",
        "We expect the average turnaround time to fall to {{num}} working days.",
        "Order {{order}} was used as the worked example in the process review.",
        "Customer satisfaction stayed level despite the delays described above.",
        "Every change should record an owner and the date on which it was tested.",
        "Version {{version}} of the application fixes most of the known issues.",
        "Hosting costs for the quarter were {{amount}}, slightly over budget.",
        "Invoice {{invoice}} was booked twice by mistake and has since been credited.",
        "Incident {{ticket}} was resolved within the agreed service level.",
        "Like {{bigco}}, we have chosen a phased rollout by region.",
        "The service desk received {{num}} tickets a day about the new portal on average.",
        "A new way of archiving case files was introduced at the same time.",
        "All staff will complete information security training before {{date}}.",
        "Energy use at the {{city}} office fell by {{pct}} compared with last year.",
        "The board endorses the recommendations and asks for an implementation plan.",
        "Without additional capacity next year's targets cannot be met.",
        "All changes are logged in {{product}} and reported monthly.",
    ],
}
HEADINGS = {
    "nl": ["Samenvatting", "Aanleiding En Doel", "Financiële Verantwoording", "Risico's En Maatregelen",
           "Planning Volgend Jaar", "Bijlage A: Begrippenlijst", "Conclusies", "Werkwijze Klantenservice",
           "Informatiebeveiliging", "Evaluatie Pilot Thuiswerken"],
    "en": ["Executive Summary", "Background And Scope", "Financial Overview", "Risk Assessment And Mitigation",
           "Next Year's Roadmap", "Appendix A: Glossary", "Conclusions", "Customer Service Operations",
           "Information Security", "Hybrid Working Pilot Review"],
}  # fmt: skip
SENSITIVE_LINES = {
    "nl": [
        "Contactpersoon voor dit project is {{name}} ({{email}}, {{phone}}).",
        "De betaling loopt via rekening {{iban}} ten name van {{company}}.",
        "Post voor de projectleider, {{name}}, kan naar {{address}}.",
        "Voor de salarisadministratie is het BSN van {{name}} nodig: {{bsn}}.",
        "{{name}}, geboren op {{dob}}, treedt per {{date}} in dienst.",
        "De testomgeving draait op {{ip}}; het beheerwachtwoord is {{password}}.",
        "Vragen over declaraties kunnen naar {{name}} via {{email}}.",
    ],
    "en": [
        "The contact for this project is {{name}} ({{email}}, {{phone}}).",
        "Payments are made to account {{iban}} in the name of {{company}}.",
        "Post for the project lead, {{name}}, can go to {{address}}.",
        "{{name}}, date of birth {{dob}}, joins the team on {{date}}.",
        "The test environment runs on {{ip}}; the admin password is {{password}}.",
        "Questions about expenses go to {{name}} at {{email}}.",
        "The corporate card used in the pilot, {{card}}, has been cancelled.",
    ],
}
_BARE = re.compile(r"\{\{([a-z_]+)\}\}")


def long_document(lang: str, size: int, sensitive: bool) -> Callable[[Fakes], str]:
    """A body of about `size` characters: titled sections of paragraphs and lists."""

    def build(f: Fakes) -> str:
        counter = iter(range(10, 10**6))

        def sentence(pool: list[str]) -> str:
            k = next(counter)
            return _BARE.sub(lambda m: "{{" + m.group(1) + str(k) + "}}", f.pick(pool))

        title = {"nl": "Jaarverslag Bedrijfsvoering", "en": "Annual Operations Report"}[lang]
        parts, length = [f"{title} {f.rng.randint(2023, 2025)}"], 0
        while length < size:
            heading = f"{f.rng.randint(1, 9)}. {f.pick(HEADINGS[lang])}"
            parts.append(heading)
            for _ in range(f.rng.randint(2, 4)):
                if f.rng.random() < 0.2:
                    para = "\n".join("- " + sentence(FILLER[lang]) for _ in range(f.rng.randint(3, 5)))
                else:
                    para = " ".join(sentence(FILLER[lang]) for _ in range(f.rng.randint(3, 6)))
                parts.append(para)
            length = sum(len(p) + 2 for p in parts)
        if sensitive:
            for _ in range(4 + size // 12_000):
                at = f.rng.randint(1, len(parts) - 1)
                parts[at] = parts[at] + " " + sentence(SENSITIVE_LINES[lang])
        return "\n\n".join(parts) + "\n"

    return build
