"""Sensitive templates of the corpus: prompt-like Dutch and English texts with `{{slot}}`s to label.

Slots are resolved by corpus.MAKERS; a digit suffix names another person or value ({{name2}},
{{email2}} belong together). Each entry: name -> (language of the prose, body); a body is one
text, a tuple of variants (taken in turn), or a function of the row's Fakes.
"""

from __future__ import annotations

from collections.abc import Callable

from corpus_long import long_document
from corpus_values import Fakes


def _crm_csv_nl(f: Fakes) -> str:
    sep = f.pick([";", ","])
    cols = f.pick([
        ("klantnummer", "naam", "email", "telefoon", "adres", "iban"),
        ("naam", "telefoon", "email", "adres"),
        ("voornaam", "achternaam", "email", "mobiel", "rekeningnummer"),
    ])  # fmt: skip
    cell = {"klantnummer": "{{custno#}}", "naam": "{{fullname#}}", "email": "{{email#}}", "telefoon": "{{phone#}}",
            "mobiel": "{{nlphone#}}", "adres": '"{{address#}}"', "iban": "{{iban#}}", "rekeningnummer": "{{iban#}}",
            "voornaam": "{{first#}}", "achternaam": "{{last#}}"}  # fmt: skip
    rows = [sep.join(cols)]
    for k in range(1, f.rng.randint(3, 6) + 1):
        rows.append(sep.join(cell[c] for c in cols).replace("#", str(k)))
    ask = f.pick(["Maak van deze CRM-export een overzicht per plaats:", "Zoek de dubbele klanten in deze export:",
                  "Zet deze export om naar een Markdown-tabel:"])  # fmt: skip
    return ask + "\n\n" + "\n".join(rows) + "\n"


def _crm_csv_en(f: Fakes) -> str:
    cols = f.pick([("id", "name", "email", "phone", "address"), ("contact", "email", "phone", "account_iban"),
                   ("first_name", "last_name", "email", "phone")])  # fmt: skip
    cell = {"id": "{{custno#}}", "name": "{{fullname#}}", "contact": "{{fullname#}}", "email": "{{email#}}",
            "phone": "{{phone#}}", "address": '"{{address#}}"', "account_iban": "{{iban#}}",
            "first_name": "{{first#}}", "last_name": "{{last#}}"}  # fmt: skip
    rows = [",".join(cols)]
    for k in range(1, f.rng.randint(3, 6) + 1):
        rows.append(",".join(cell[c] for c in cols).replace("#", str(k)))
    ask = f.pick(["Clean up this CRM export and flag incomplete rows:", "Group these leads by region:",
                  "Turn this CSV into a JSON array:"])  # fmt: skip
    return ask + "\n\n" + "\n".join(rows) + "\n"


def _payroll_csv(f: Fakes) -> str:
    cols = f.pick([("personeelsnr", "naam", "bsn", "geboortedatum", "iban"), ("naam", "bsn", "iban"),
                   ("naam", "burgerservicenummer", "adres")])  # fmt: skip
    cell = {"personeelsnr": "{{custno#}}", "naam": "{{fullname#}}", "bsn": "{{bsn#}}",
            "burgerservicenummer": "{{bsn#}}", "geboortedatum": "{{dob#}}", "iban": "{{iban#}}",
            "adres": '"{{address#}}"'}  # fmt: skip
    rows = [";".join(cols)]
    for k in range(1, f.rng.randint(3, 6) + 1):
        rows.append(";".join(cell[c] for c in cols).replace("#", str(k)))
    ask = f.pick(["Controleer deze salarisexport op ontbrekende velden:", "Zet deze loonlijst om naar JSON:"])
    return ask + "\n\n" + "\n".join(rows) + "\n"


def _card_batch(f: Fakes) -> str:
    rows = ["txn_id,card_number,amount,status"]
    for k in range(1, f.rng.randint(3, 6) + 1):
        rows.append(
            f'{{{{order{k}}}}},{{{{card{k}}}}},"{{{{amount{k}}}}}",{f.pick(["declined", "declined", "ok", "review"])}'
        )
    ask = f.pick(["Why were these transactions declined?", "Which of these payments should go to manual review?"])
    return ask + "\n\n" + "\n".join(rows) + "\n"


def _access_log(f: Fakes, lang: str) -> str:
    lines = []
    for k in range(1, f.rng.randint(3, 6) + 1):
        path = f.pick(
            ["/login", "/api/v2/orders", "/account/reset?email={{email#}}", "/static/app.js", "/api/v2/users/me"]
        )
        code = f.pick(["200", "200", "302", "401", "500"])
        line = f'{{{{ip#}}}} - - [12/Mar/2025:10:{10 + k}:07 +0100] "GET {path} HTTP/1.1" {code} 512 "-" "Mozilla/5.0"'
        lines.append(line.replace("#", str(k)))
    ask = {
        "nl": "Waarom geven deze requests een 500? Hier het access log:",
        "en": "What is going on in this access log?",
    }[lang]
    return ask + "\n\n" + "\n".join(lines) + "\n"


SENSITIVE: dict[str, tuple[str, str | tuple[str, ...] | Callable[[Fakes], str]]] = {
    # ------------------------------------------------------------------ Dutch prose
    "nl_customer_email": (
        "nl",
        (
            "Kun je deze mail vriendelijker formuleren?\n\nBeste {{name}},\n\nWij hebben uw klacht over bestelling "
            "{{order}} ontvangen. Het pakket wordt alsnog op {{date}} bezorgd op {{address}}. Wij bellen u op "
            "{{phone}} "
            "als de bezorger u niet thuis treft.\n\nMet vriendelijke groet,\n{{name2}}\nKlantenservice "
            "{{company}}\n{{email2}}",
            "Schrijf een antwoord op deze mail van een klant:\n\nVan: {{name}} <{{email}}>\nOnderwerp: terugbetaling "
            "{{invoice}}\n\nGoedemiddag, ik heb op {{date}} {{amount}} betaald maar de bestelling is nooit aangekomen. "
            "Graag het bedrag terugstorten op {{iban}} t.n.v. {{name}}. Mijn nummer is {{phone}}.\n\nGroet,\n{{first}}",
            "Beste {{first}},\n\nDank voor uw telefoontje van vanochtend. Zoals besproken sturen wij de nieuwe pas "
            "naar "
            "{{address}}. Controleer of uw e-mailadres {{email}} nog klopt.\n\nHartelijke groet,\n{{name2}}\n\n"
            "Maak deze mail korter en zakelijker.",
        ),
    ),
    "nl_crm_export": ("nl", _crm_csv_nl),
    "nl_meeting_notes": (
        "nl",
        (
            "Vat deze notulen samen in vijf bullets.\n\nNotulen overleg {{dept}} – {{date}}\nAanwezig: {{name}}, "
            "{{name2}}, {{name3}} (voorzitter)\nAfwezig: {{name4}}\n\n1. Opening\n{{name3}} opent de vergadering om "
            "{{time}}.\n2. Klantcase\n{{name2}} meldt dat {{name5}} ({{phone5}}) opnieuw heeft gebeld over factuur "
            "{{invoice}}. Actie: {{first}} belt terug voor {{date2}}.\n3. Rondvraag\nGeen punten. Volgende keer in "
            "{{city}}.",
            "Maak actiepunten van dit verslag:\n\nTeamoverleg {{date}}\n- {{name}} neemt contact op met {{name2}} "
            "(mail: {{email2}}) over de {{product}}-migratie\n- {{name3}} regelt de zaal in {{city}}\n- Besluit: "
            "budget "
            "{{amount}} goedgekeurd\n- {{first4}} is tot {{date2}} met verlof",
        ),
    ),
    "nl_cv": (
        "nl",
        (
            "Herschrijf dit cv zodat het beter past bij een vacature als {{job}}.\n\nCurriculum Vitae\n\nNaam: "
            "{{fullname}}\nAdres: {{address}}\nTelefoon: {{phone}}\nE-mail: {{email}}\nGeboortedatum: {{dob}}\n\n"
            "Werkervaring\n{{year}} – heden  {{job2}} bij {{company}}, {{city}}\n\nOpleiding\nHBO Bedrijfskunde",
            "Maak een korte profieltekst van dit cv:\n\n{{fullname}}\ngeboren op {{dob}} te {{city}}\n{{addressml}}\n"
            "{{nlphone}} | {{email}}\n\nProfiel\nGedreven {{job}} met ervaring in {{product}} en "
            "stakeholdermanagement.",
        ),
    ),
    "nl_support_ticket": (
        "nl",
        (
            "Ticket {{ticket}} – prioriteit hoog\nMelder: {{name}} ({{email}}, tel. {{phone}})\nOmschrijving: sinds de "
            "update naar {{version}} kan de gebruiker niet meer inloggen vanaf {{ip}}. Sessie-id {{uuid}}.\n\nKun je "
            "een "
            "antwoord voor de melder opstellen en de oorzaak inschatten?",
            "Melding via de servicedesk: {{name}} werkt thuis en krijgt in {{product}} steeds 'toegang geweigerd'. "
            "Haar IP-adres is {{ip}}, werkplek {{ip2}}. Terugbellen op {{phone}}. Wat kan hier de oorzaak van zijn?",
        ),
    ),
    "nl_hr_note": (
        "nl",
        (
            "HR-notitie indiensttreding\nMedewerker: {{name}}\nBSN: {{bsn}}\nGeboortedatum: {{dob}}\nIBAN salaris: "
            "{{iban}}\nWoonadres: {{address}}\nStartdatum: {{date}}\nLeidinggevende: {{name2}}\n\nSchrijf een "
            "welkomstmail voor de eerste werkdag.",
            "Gespreksverslag re-integratie {{date}}\nMedewerker {{name}} (burgerservicenummer {{bsn}}) is sinds "
            "{{date2}} "
            "ziek gemeld. Bedrijfsarts: {{name2}}. Afspraak: {{first}} start met twee dagen per week.\n\nHerschrijf "
            "dit "
            "verslag in neutrale taal.",
            "Schrijf een bevestigingsbrief voor de loonadministratie. Gegevens: {{fullname}}, geb. {{dob}}, "
            "sofinummer {{bsn}}, rekening {{iban}}, adres {{address}}.",
        ),
    ),
    "nl_invoice": (
        "nl",
        (
            "Controleer deze factuur op fouten:\n\nFACTUUR {{invoice}}\nFactuurdatum: {{date}}\n\nAan:\n{{name}}\n"
            "{{addressml}}\n\nOmschrijving: licentie {{product}} – {{amount}}\nBTW 21%\n\nGraag betalen binnen 14 "
            "dagen "
            "op {{iban}} t.n.v. {{company}} onder vermelding van {{invoice}}. KvK {{kvk}}, btw-id {{vat}}.",
            "Maak een betalingsherinnering op basis van: klant {{name}}, {{address}}, openstaand {{amount}} "
            "(factuur {{invoice}} van {{date}}). Betalen op rekening {{iban}}.",
        ),
    ),
    "nl_contract": (
        "nl",
        (
            "Kun je controleren of dit contract klopt?\n\nHUUROVEREENKOMST WOONRUIMTE\n\nDe ondergetekenden:\n1. "
            "{{name}}, geboren op {{dob}}, wonende te {{address}}, hierna 'verhuurder';\n2. {{name2}}, "
            "geboortedatum {{dob2}}, BSN {{bsn2}}, hierna 'huurder';\n\nArtikel 1 – Het gehuurde\n1.1 Verhuurder "
            "verhuurt aan huurder de woonruimte aan {{street3}} te {{city}}.\nArtikel 3 – Huurprijs\n3.1 De huurprijs "
            "bedraagt {{amount}} per maand, te voldoen op rekening {{iban}}.",
            "Vat deze arbeidsovereenkomst samen:\n\nPartijen: {{company}} en {{fullname}}, geboren {{dob}}, wonende "
            "{{address}}.\nFunctie: {{job}}. Ingangsdatum {{date}}. Salaris {{amount}} bruto per maand, uit te betalen "
            "op "
            "{{iban}}. Burgerservicenummer werknemer: {{bsn}}.",
        ),
    ),
    "nl_chat": (
        "nl",
        (
            "[09:12] {{first}}: heeft iemand het wachtwoord van de testomgeving?\n[09:13] {{first2}}: ja, gebruiker "
            "admin, "
            "wachtwoord {{password}}\n[09:13] {{first}}: top dank je\n[09:20] {{first3}}: klant {{name4}} belde net, "
            "nummer {{phone4}}\n\nWat zijn de actiepunten uit dit kanaal?",
            "#team-sales\n{{name}}: wie pakt de lead van {{name2}} op? {{email2}}\n{{name3}}: ik, bel haar morgen op "
            "{{phone2}}\n{{name}}: 👍\n\nSchrijf hier een korte samenvatting van.",
        ),
    ),
    "nl_letter_prompt": (
        "nl",
        (
            "Schrijf een brief aan {{name}}, {{address}}, waarin we de afspraak van {{date}} bevestigen. Vermeld dat "
            "hij ons kan bereiken op {{phone2}}.",
            "Stel een condoleancekaart op voor de familie van {{name}}. Adres: {{addressml}}.",
            "Maak een uitnodiging voor de jubileumlunch van {{name}} op {{date}} in {{city}}; aanmelden bij {{name2}} "
            "via {{email2}}.",
        ),
    ),
    "nl_bsn_request": (
        "nl",
        (
            "Klopt dit BSN: {{bsn}}? Het hoort bij {{name}}, geboren {{dob}}.",
            "Dossier {{name}}: {{bsn}} – aanvraag toeslag afgewezen op {{date}}. Schrijf een bezwaarbrief.",
            "Een inwoner vraagt bijstand aan. Gegevens: {{name}}, {{address}}, BSN {{bsn}}, rekeningnummer {{iban}}, "
            "tel {{phone}}. Schrijf een ontvangstbevestiging.",
            "Vergelijk deze twee nummers, welke is van {{fullname}}? {{bsn}} of {{bsn2}}",
        ),
    ),
    "nl_card_complaint": (
        "nl",
        (
            "Help me deze klacht te beantwoorden: 'Mijn creditcard {{card}} is twee keer belast voor order {{order}}. "
            "Graag terugboeken. {{name}}, {{phone}}'",
            "Klant {{name}} geeft telefonisch haar kaartnummer door: {{card}}, vervaldatum 08/27. Hoe leg ik dit "
            "veilig "
            "vast in {{product}}?",
        ),
    ),
    "nl_forwarded_thread": (
        "nl",
        (
            "Vat deze mailwisseling samen:\n\n-----Oorspronkelijk bericht-----\nVan: {{name}} <{{email}}>\nVerzonden: "
            "{{date}}\nAan: {{name2}} <{{email2}}>\nOnderwerp: RE: offerte {{order}}\n\nHoi {{first2}}, de offerte is "
            "akkoord. Kun je de facturen voortaan naar {{email3}} sturen? Groet, {{first}}",
            "Wat is hier de afspraak?\n\nOp {{date}} schreef {{name}} <{{email}}>:\n> Ik ben vanaf maandag bereikbaar "
            "op "
            "{{phone}}. Stuur het contract naar {{address}}.",
        ),
    ),
    "nl_it_incident": (
        "nl",
        (
            "Onze server {{host}} ({{ip}}) geeft een 502. Inloggen met root / {{password}} lukt nog. Wat kan ik "
            "controleren?",
            "Na de migratie kan {{name}} niet meer printen naar {{ip}}. Haar laptop heeft {{ip2}}. Wat kan ik nog "
            "proberen?",
        ),
    ),
    # ------------------------------------------------------------------ English prose
    "en_customer_email": (
        "en",
        (
            "Can you make this reply friendlier?\n\nDear {{name}},\n\nThank you for your message about order "
            "{{order}}. "
            "We will deliver it on {{date}} to {{address}}. If nobody is home, our driver will call {{phone}}.\n\n"
            "Kind regards,\n{{name2}}\nCustomer Care, {{company}}\n{{email2}}",
            "Draft a reply to this complaint:\n\nFrom: {{name}} <{{email}}>\nSubject: refund {{invoice}}\n\nHi, I paid "
            "{{amount}} on {{date}} and never received anything. Please refund to {{iban}}. You can reach me on "
            "{{phone}}.\n\nThanks,\n{{first}}",
        ),
    ),
    "en_crm_export": ("en", _crm_csv_en),
    "en_meeting_notes": (
        "en",
        (
            "Summarise these minutes in five bullets.\n\nWeekly sync {{dept}} – {{date}}\nAttendees: {{name}}, "
            "{{name2}}, "
            "{{name3}}\nApologies: {{name4}}\n\n1. Customer escalation: {{name5}} called again ({{phone5}}) about "
            "invoice {{invoice}}. {{first}} to call back before {{date2}}.\n2. Office move to {{city}} confirmed.\n3. "
            "AOB: none.",
            "Turn these notes into action items:\n- {{name}} to email {{name2}} ({{email2}}) about the {{product}} "
            "rollout\n"
            "- {{name3}} books the venue in {{city}}\n- Budget of {{amount}} approved\n- {{first4}} on leave until "
            "{{date2}}",
        ),
    ),
    "en_cv": (
        "en",
        (
            "Rewrite this CV for a role as {{job}}.\n\n{{fullname}}\n{{address}}\n{{phone}} · {{email}}\nDate of "
            "birth: "
            "{{dob}}\n\nExperience\n{{year}}–present  {{job2}}, {{company}}, {{city}}\n\nEducation\nBSc Economics",
            "Write a LinkedIn summary from this resume:\n\nName: {{fullname}}\nBorn: {{dob}}\nAddress: {{address}}\n"
            "Mobile: {{phone}}\nEmail: {{email}}\nSkills: {{product}}, SQL, stakeholder management",
        ),
    ),
    "en_support_ticket": (
        "en",
        (
            "Ticket {{ticket}} (P2)\nReporter: {{name}} <{{email}}>, ext. {{phone}}\nSince upgrading to {{version}} "
            "the "
            "user cannot sign in from {{ip}}. Correlation id {{uuid}}.\n\nPlease draft a reply and suggest a root "
            "cause.",
            "User {{name}} gets 'access denied' in {{product}} when connecting from {{ip}} (VPN gateway {{ip2}}). Call "
            "back on {{phone}}. What should I check?",
        ),
    ),
    "en_hr_note": (
        "en",
        (
            "HR onboarding record\nEmployee: {{name}}\nDate of birth: {{dob}}\nBank account (IBAN): {{iban}}\nHome "
            "address: "
            "{{address}}\nStart date: {{date}}\nManager: {{name2}}\n\nWrite a welcome email for the first day.",
            "Summarise this absence note: {{name}} has been off sick since {{date}}. Occupational health contact: "
            "{{name2}}, {{phone2}}. Dutch citizen service number (BSN) on file: {{bsn}}.",
        ),
    ),
    "en_invoice": (
        "en",
        (
            "Check this invoice for mistakes:\n\nINVOICE {{invoice}}\nDate: {{date}}\n\nBill "
            "to:\n{{name}}\n{{addressml}}"
            "\n\n{{product}} licence – {{amount}}\n\nPlease pay within 30 days to {{iban}} quoting {{invoice}}.",
            "Write a payment reminder: customer {{name}}, {{address}}, outstanding {{amount}} (invoice {{invoice}} "
            "dated {{date}}). Bank details: {{iban}}.",
        ),
    ),
    "en_contract": (
        "en",
        (
            "Is anything missing from this tenancy agreement?\n\nTHIS AGREEMENT is made on {{date}} between {{name}} "
            "of "
            "{{address}} (the Landlord) and {{name2}}, born {{dob2}} (the Tenant).\n1. The Landlord lets the property "
            "at "
            "{{street3}}, {{city}}.\n2. Rent of {{amount}} per month is payable to {{iban}}.",
            "Summarise this employment contract: {{company}} employs {{fullname}}, date of birth {{dob}}, residing at "
            "{{address}}, as {{job}} from {{date}}. Salary is paid into {{iban}}.",
        ),
    ),
    "en_chat": (
        "en",
        (
            "[09:12] {{first}}: anyone have the staging password?\n[09:13] {{first2}}: user admin, password "
            "{{password}}\n"
            "[09:14] {{first}}: thanks!\n[09:20] {{first3}}: {{name4}} rang again, number is {{phone4}}\n\nList the "
            "action items from this channel.",
            "#sales\n{{name}}: who takes the lead from {{name2}}? {{email2}}\n{{name3}}: me, I'll call tomorrow on "
            "{{phone2}}\n\nSummarise this thread.",
        ),
    ),
    "en_letter_prompt": (
        "en",
        (
            "Write a letter to {{name}}, {{address}}, confirming our appointment on {{date}}. Mention they can call us "
            "on "
            "{{phone2}}.",
            "Write a short sympathy card to the family of {{name}} at {{addressml}}.",
            "Draft an invitation to {{name}}'s retirement lunch on {{date}} in {{city}}; RSVP to {{name2}} at "
            "{{email2}}.",
        ),
    ),
    "en_payment_dispute": (
        "en",
        (
            "Help me answer this: 'My card {{card}} was charged twice for order {{order}}. Please refund. {{name}}, "
            "{{phone}}'",
            "A customer, {{name}}, read out her card number {{card}} on the phone. How do I store this safely in "
            "{{product}}?",
        ),
    ),
    "en_forwarded_thread": (
        "en",
        (
            "Summarise this thread:\n\n---------- Forwarded message ---------\nFrom: {{name}} <{{email}}>\nDate: "
            "{{date}}"
            "\nTo: {{name2}} <{{email2}}>\nSubject: Re: quote {{order}}\n\nHi {{first2}}, the quote is approved. "
            "Please "
            "send invoices to {{email3}} from now on. Best, {{first}}",
            "What was agreed here?\n\nOn {{date}}, {{name}} <{{email}}> wrote:\n> From Monday I can be reached on "
            "{{phone}}. Please post the contract to {{address}}.",
        ),
    ),
    "en_referral_letter": (
        "en",
        (
            "Summarise this referral for the specialist:\n\nPatient: {{fullname}}\nDOB: {{dob}}\nAddress: {{address}}\n"
            "Tel: {{phone}}\n\nDear colleague, I am referring this patient with recurrent migraine since {{date}}.",
            "Translate to Dutch: 'Patient {{name}} (born {{dob}}) was seen on {{date}}. Follow-up by {{name2}}.'",
        ),
    ),
    # ------------------------------------------------------------------ code, config, logs
    "nl_code_python_key": (
        "nl",
        (
            "Waarom krijg ik een 401 met deze code?\n\n```python\nfrom openai import OpenAI\n\nclient = OpenAI(api_key="
            '"{{openai}}")\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)\n```',
            'Werkt dit zo?\n\n```python\nimport anthropic\nclient = anthropic.Anthropic(api_key="{{anthropic}}")\n```',
            "Kun je deze functie refactoren?\n\n```python\nGOOGLE_API_KEY = '{{google}}'\n\ndef geocode(q):\n    "
            "return "
            "requests.get(URL, params={'address': q, 'key': GOOGLE_API_KEY}).json()\n```",
        ),
    ),
    "en_code_env_file": (
        "en",
        (
            "Why does my app not pick up these settings?\n\n```\n# .env\nDATABASE_URL=postgres://{{dbuser}}:{{dbpass}}@"
            "{{host}}:5432/{{dbname}}\nSTRIPE_SECRET_KEY={{stripe}}\nAWS_ACCESS_KEY_ID={{awsid}}\n"
            "AWS_SECRET_ACCESS_KEY={{awssecret}}\nDEBUG=false\n```",
            "Convert this .env to a Kubernetes secret "
            "manifest:\n\nSLACK_BOT_TOKEN={{slack}}\nOPENAI_API_KEY={{openai}}\n"
            "LOG_LEVEL=info\nREDIS_URL=redis://:{{dbpass}}@{{host}}:6379/0",
            "Explain these AWS settings:\n\n[default]\naws_access_key_id = {{awsid}}\naws_secret_access_key = "
            "{{awssecret}}\nregion = eu-west-1",
        ),
    ),
    "en_stack_trace": (
        "en",
        (
            "What does this error mean?\n\nTraceback (most recent call last):\n"
            '  File "app/db.py", line 42, in connect\n'
            '    engine = create_engine("postgresql://{{dbuser}}:{{dbpass}}@{{host}}:5432/{{dbname}}")\n'
            "sqlalchemy.exc.OperationalError: could not connect to server: Connection refused\n\tIs the server running "
            "on "
            'host "{{host}}" and accepting TCP/IP connections on port 5432?',
            "Why does this fail?\n\njava.sql.SQLException: Access denied for user '{{dbuser}}'@'{{ip}}' (using "
            "password: YES)"
            "\n\tat com.mysql.cj.jdbc.ConnectionImpl.connect(ConnectionImpl.java:828)\njdbc.url=jdbc:mysql://{{host}}:3306/"
            "{{dbname}}\njdbc.password={{password}}",
            "Fix this crash:\n\npymongo.errors.ServerSelectionTimeoutError: mongodb+srv://{{dbuser}}:{{dbpass}}@"
            "cluster0.mongodb.net/{{dbname}}: timed out (build {{shortsha}})",
        ),
    ),
    "nl_config_yaml": (
        "nl",
        (
            "Wat is er mis met deze docker-compose?\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n    "
            "environment:\n"
            "      POSTGRES_USER: {{dbuser}}\n      POSTGRES_PASSWORD: {{password}}\n  runner:\n    image: "
            "gitlab/gitlab-runner\n"
            "    environment:\n      GITLAB_TOKEN: {{gitlab}}\n```",
            "Leg deze config uit:\n\nsmtp:\n  host: smtp.office365.com\n  user: noreply\n  wachtwoord: {{password}}\n"
            "slack:\n  token: {{slack}}",
        ),
    ),
    "en_azure_appsettings": (
        "en",
        (
            'Why can\'t my function read the blob?\n\n```json\n{\n  "ConnectionStrings": {\n    "Storage": '
            '"DefaultEndpointsProtocol=https;AccountName=stprod{{num}};AccountKey={{azurekey}};EndpointSuffix=core.windows.net"\n'
            '  },\n  "Maps": { "ApiKey": "{{google}}" }\n}\n```',
            'Review this C#:\n\nvar client = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=backup'
            '{{num}};AccountKey={{azurekey}};EndpointSuffix=core.windows.net");',
        ),
    ),
    "nl_private_key": (
        "nl",
        (
            "Waarom zegt ssh 'invalid format' bij deze sleutel?\n\n{{pem}}\n",
            "Kun je deze sleutel omzetten naar PKCS#8?\n\n{{pem}}",
        ),
    ),
    "en_curl_jwt": (
        "en",
        (
            "Why does this return 403?\n\ncurl -X POST https://api.northwind.com/v1/orders \\\n"
            '  -H "Authorization: Bearer '
            '{{jwt}}" \\\n  -d \'{"order": "{{order}}"}\'',
            "Decode this token and tell me when it expires: {{jwt}} (the request came from {{ip}})",
        ),
    ),
    "nl_ci_workflow": (
        "nl",
        (
            "Waarom faalt deze pipeline?\n\n```yaml\nname: deploy\non: push\njobs:\n  build:\n    runs-on: "
            "ubuntu-latest\n"
            "    env:\n      GH_TOKEN: {{github}}\n    steps:\n      - uses: actions/checkout@v4\n      - run: "
            "./deploy.sh "
            "{{version}}\n```",
            "Fix dit script:\n\ngit clone https://oauth2:{{gitlab}}@gitlab.com/team/app.git\ncd app && git checkout "
            "{{shortsha}}",
            "Kun je dit in een GitHub Action zetten?\n\nexport GITHUB_TOKEN={{github}}\nexport STRIPE_KEY={{stripe}}\n"
            "npm run release",
        ),
    ),
    "nl_payroll_export": ("nl", _payroll_csv),
    "en_card_batch": ("en", _card_batch),
    "nl_access_log": ("nl", lambda f: _access_log(f, "nl")),
    "en_access_log": ("en", lambda f: _access_log(f, "en")),
}

# Long pasted documents with a few sensitive values somewhere inside; size in characters.
SENSITIVE_LONG: dict[str, tuple[str, Callable[[int], Callable[[Fakes], str]]]] = {
    "nl_long_report": ("nl", lambda size: long_document("nl", size, sensitive=True)),
    "en_long_report": ("en", lambda size: long_document("en", size, sensitive=True)),
}
