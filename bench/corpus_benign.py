"""Benign templates: prompt-like texts with no sensitive data, full of look-alikes.

Order and invoice numbers, versions, UUIDs, hashes and git SHAs, nine-digit numbers that fail
the eleven-test, IBAN-shaped strings with wrong check digits, numbers that fail Luhn, dates
without a birth, Title-Case headings and product names, Dutch prompts that open with a capital
verb, code that reads its secrets from the environment, places and companies on their own.
Nothing here may be labelled: a finding of an actionable type is a false action.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus_long import long_document
from corpus_values import Fakes

BENIGN: dict[str, tuple[str, str | tuple[str, ...] | Callable[[Fakes], str]]] = {
    "nl_order_status": (
        "nl",
        (
            "Wat is de status van bestelling {{order}}? Ik heb op {{date}} besteld, artikelnummer {{nonbsn}}.",
            "Schrijf een standaardantwoord voor klanten die vragen waar pakket {{order}} blijft. Verzendcode "
            "3SNLD{{nonbsn}}, verwachte levering {{date}}.",
            "Leg uit waarom order {{order}} en factuur {{invoice}} een ander bedrag tonen: {{amount}} tegenover "
            "{{amount2}}.",
        ),
    ),
    "en_release_notes": (
        "en",
        (
            "Explain what changed between version {{version}} and {{version2}}. The diff is in commit {{sha}} "
            "(merge {{shortsha}}).",
            "Write release notes for {{version}}:\n- fix: race in cache warm-up ({{shortsha}})\n- feat: export to CSV "
            "({{shortsha2}})\n- chore: bump dependencies to {{version2}}",
            "Our build {{version}} fails on Windows {{version2}}. Changelog entry: {{sha}}. What should I check?",
        ),
    ),
    "nl_code_no_secret": (
        "nl",
        (
            "Kun je deze functie netter maken?\n\n```python\nimport os\n\ndef connect():\n    password = "
            'os.environ["DB_PASSWORD"]\n    api_key = os.getenv("OPENAI_API_KEY")\n    return Client(url=URL, '
            "password=password, api_key=api_key)\n```",
            "Leg deze code uit:\n\n```js\nconst token = process.env.GITHUB_TOKEN;\nif (!token) throw new "
            "Error('missing "
            "token');\nconst id = '{{uuid}}';\n```",
            "Schrijf tests voor deze functie:\n\n```python\ndef checksum(data: bytes) -> str:\n    return "
            "hashlib.sha256(data).hexdigest()  # bijv. {{digest}}\n```",
        ),
    ),
    "en_code_no_secret": (
        "en",
        (
            "Review this config:\n\n```yaml\ndatabase:\n  host: ${DB_HOST}\n  password: ${DB_PASSWORD}\napi:\n  key: "
            "<your-api-key-here>\n  timeout: 30\nimage: app@sha256:{{digest}}\n```",
            "Why is this slow?\n\n```sql\nSELECT o.id, o.total FROM orders o JOIN lines l ON l.order_id = o.id\nWHERE "
            "o.created_at > '{{date}}' AND o.ref = '{{order}}';\n```",
            "Refactor:\n\n```python\nAPI_KEY = os.environ['STRIPE_SECRET_KEY']  # never hard-code, e.g. sk_live_...\n"
            "SESSION = '{{uuid}}'\nPASSWORD_MIN_LENGTH = 12\n```",
        ),
    ),
    "en_log_excerpt": (
        "en",
        (
            "What does this log say?\n\n2025-03-12T10:14:07Z INFO request_id={{uuid}} status=200 duration_ms={{num}}\n"
            "2025-03-12T10:14:09Z WARN request_id={{uuid2}} retry=2 build={{version}}\n2025-03-12T10:14:11Z ERROR "
            "checksum mismatch expected={{digest}}",
            "Summarise: deploy {{shortsha}} to cluster eu-west-1 finished, image digest sha256:{{digest}}, OID "
            "1.3.6.1.4.1.{{num}}.2.1 polled ok.",
        ),
    ),
    "nl_number_lookalikes": (
        "nl",
        (
            "Zaaknummer {{nonbsn}} is verkeerd ingevoerd; het moet {{nonbsn2}} zijn. Hoe corrigeer ik dat?",
            "Ons systeem zegt dat BSN {{nonbsn}} niet door de elfproef komt. Klopt het dat dit nummer ongeldig is?",
            "Maak een tabel van deze artikelnummers met voorraad: {{nonbsn}} ({{num}} st.), {{nonbsn2}} ({{num2}} "
            "st.), "
            "{{nonbsn3}} ({{num3}} st.).",
            "KvK-nummer {{kvk}}, btw-id {{vat}}. Schrijf een korte bedrijfsomschrijving voor een bakkerij.",
        ),
    ),
    "nl_invalid_iban": (
        "nl",
        (
            "Waarom keurt ons betaalsysteem {{badiban}} af?",
            "Is {{badiban}} een geldig IBAN? Het controlegetal lijkt niet te kloppen.",
            "Schrijf een foutmelding voor als iemand een IBAN invoert met een verkeerd controlegetal, zoals "
            "{{badiban}}.",
        ),
    ),
    "en_invalid_numbers": (
        "en",
        (
            "Our validator rejects {{badiban}}. Which check fails?",
            "Is {{badcard}} a valid card number? The checkout says it fails the Luhn check.",
            "Test data for the form: reference {{badcard}}, account {{badiban}}. Both should be rejected.",
        ),
    ),
    "en_planning_dates": (
        "en",
        (
            "Make a project plan: kick-off {{date}}, design review {{date2}}, go-live {{date3}}. Budget {{amount}}.",
            "Our sprint runs from {{date}} to {{date2}}. Write a retro agenda for the team.",
            "Which of these dates fall on a weekend: {{date}}, {{date2}}, {{date3}}?",
        ),
    ),
    "nl_planning_dates": (
        "nl",
        (
            "Maak een planning: start {{date}}, oplevering {{date2}}, evaluatie {{date3}}.",
            "De deadline voor de subsidieaanvraag is {{date}}. Schrijf een herinnering voor het team.",
        ),
    ),
    "en_headings": (
        "en",
        (
            "Improve this outline:\n\nQuarterly Business Review\n1. Revenue And Margin\n2. Customer Success "
            "Highlights\n"
            "3. Product Roadmap Update\n4. Hiring Plan",
            "Write an intro for a document titled 'Project Phoenix: Data Platform Modernisation' for the {{dept}} "
            "team.",
            "Suggest a better title than 'Annual General Meeting Notes' and 'Strategic Partnerships Overview'.",
        ),
    ),
    "nl_instructions": (
        "nl",
        (
            "Wat is het verschil tussen een fusie en een overname?",
            "Leg uit hoe de AVG van toepassing is op camerabeelden in een winkel.",
            "Schrijf een gedicht over de herfst voor het personeelsblad.",
            "Wat zijn de voordelen van {{product}} boven {{product2}}?",
            "Leg in eenvoudige woorden uit wat een API is.",
            "Maak een boodschappenlijst voor een barbecue met twaalf personen.",
            "Schrijf een vacaturetekst voor een {{job}} bij een gemeente.",
        ),
    ),
    "en_instructions": (
        "en",
        (
            "What is the difference between a merger and an acquisition?",
            "Explain GDPR in plain English for a small online shop.",
            "Write a haiku about Monday mornings.",
            "Compare {{product}} and {{product2}} for a team of {{num}} people.",
        ),
    ),
    "nl_places": (
        "nl",
        (
            "Wat zijn leuke uitjes in {{city}} voor een teamdag?",
            "Hoe reis ik het snelst van {{city}} naar {{city2}} met het openbaar vervoer?",
            "Schrijf een korte tekst over de geschiedenis van {{city}}.",
        ),
    ),
    "en_places": (
        "en",
        (
            "Plan a three-day trip to {{city}} with a day trip to {{city2}}.",
            "Is it cheaper to open the new office in {{city}} or {{city2}}?",
        ),
    ),
    "nl_companies": (
        "nl",
        (
            "Vergelijk de jaarcijfers van {{bigco}} en {{bigco2}} over {{year}}.",
            "Schrijf een LinkedIn-post over onze samenwerking met {{bigco}} rond {{product}}.",
        ),
    ),
    "en_companies": (
        "en",
        (
            "Summarise {{bigco}}'s results for {{year}} in three bullets.",
            "How does {{bigco}} use {{product}} internally?",
        ),
    ),
}

BENIGN_LONG: dict[str, tuple[str, Callable[[int], Callable[[Fakes], str]]]] = {
    "nl_long_handbook": ("nl", lambda size: long_document("nl", size, sensitive=False)),
    "en_long_handbook": ("en", lambda size: long_document("en", size, sensitive=False)),
}
