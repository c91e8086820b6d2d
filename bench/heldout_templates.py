"""Templates of the held-out corpus (bench/heldout.py). IF YOU TUNE RECOGNIZERS, DO NOT READ ON.

Every template is a whole prompt as someone would paste it into ChatGPT (ask, then the pasted
material), in the phrasing of public prompt collections: "Schrijf een ...", "Vat ... samen",
"Vertaal ...", "Can you summarise ...", "Rewrite this ...". They were written in full before any
engine ran on them, and are never changed to make a figure move: a template that turns out to
be wrong is fixed for being wrong (a label that breaks the matching rules in bench/README.md),
and the fix is recorded in the README.

Slots: ⟦base⟧, ⟦base:variant⟧, ⟦base#n⟧, ⟦base:variant#n⟧. The index n ties name, e-mail,
phone, address, date of birth and documents to one person (1 when left out); a slot written
twice gives the same value. Person slots: full, name (full or with initials), first, last
(surname alone), init (initials + surname), rev ("Bakker, Jan"); variant lower/upper. Everything
labelled, with its entity type, is made in heldout.py (MAKERS); the rest is unlabelled noise.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Template:
    name: str
    lang: str
    kind: str  # sensitive | benign
    body: str
    locales: tuple[str, ...] = ()  # the row's locale is drawn from these (default: by language)
    people: dict[str, str] = field(default_factory=dict)  # person index -> locale, where it matters


def S(name: str, lang: str, body: str, locales: tuple[str, ...] = (), people: dict[str, str] | None = None) -> Template:
    return Template(name, lang, "sensitive", body, locales, people or {})


def B(name: str, lang: str, body: str) -> Template:
    return Template(name, lang, "benign", body)


NL_ONLY = ("nl_NL",)
BE_ONLY = ("nl_BE",)
DE_ONLY = ("de_DE",)
US_ONLY = ("en_US",)
GB_ONLY = ("en_GB",)
FR_ONLY = ("fr_FR",)

# fmt: off
SENSITIVE_NL = [
    S("nl_bedankmail_receptie", "nl",
      "Schrijf een korte bedankmail aan ⟦first⟧ van de receptie. Ze heeft vorige week het bezoek van "
      "⟦company⟧ perfect geregeld en zelfs nog een taxi gebeld toen de trein uitviel. Onderteken met mijn "
      "naam, ⟦full#2⟧, en zet mijn nummer ⟦phone#2⟧ eronder."),
    S("nl_klacht_samenvatten", "nl",
      "Kun je deze klacht samenvatten in drie bullets voor ons teamoverleg?\n\n---\nGoedemiddag,\n\n"
      "Ik heb op ⟦date⟧ een wasmachine besteld (bestelnummer ⟦order⟧) en die is nog steeds niet geleverd. "
      "Ik heb al drie keer gebeld met jullie klantenservice. Mijn adres is ⟦address⟧, dat klopt ook in mijn "
      "account. Bel me graag terug op ⟦phone⟧ of mail naar ⟦email⟧.\n\nMet vriendelijke groet,\n⟦full⟧\n---"),
    S("nl_brief_vertalen", "nl",
      "Vertaal deze brief naar het Engels, houd de toon formeel:\n\n⟦full⟧\n⟦address:ml⟧\n\n⟦city⟧, ⟦date⟧\n\n"
      "Betreft: opzegging huurovereenkomst\n\nGeachte heer, mevrouw,\n\nHierbij zeg ik de huurovereenkomst van "
      "de garagebox aan de ⟦street#2⟧ op per 1 ⟦month⟧. De borg kan worden teruggestort op rekeningnummer "
      "⟦iban⟧ ten name van ⟦init⟧.\n\nHoogachtend,\n\n⟦full⟧"),
    S("nl_loonstrook_uitleg", "nl",
      "Ik snap mijn loonstrook niet. Kun je uitleggen waarom mijn nettoloon lager is dan vorige maand? Dit "
      "staat erop:\n\nWerknemer: ⟦full⟧\nBSN: ⟦bsn⟧\nGeboortedatum: ⟦dob⟧\nIBAN: ⟦iban⟧\nBruto maandloon: "
      "⟦amount⟧\nLoonheffing: ⟦amount#2⟧\nPensioenpremie: ⟦amount#3⟧", NL_ONLY),
    S("nl_ziekmelding_herschrijven", "nl",
      "Herschrijf dit bericht zodat het vriendelijker klinkt, maar wel duidelijk:\n\n\"⟦first⟧, je hebt je nu "
      "voor de derde keer deze maand ziekgemeld. Ik wil dat je morgen om ⟦time⟧ bij mij en ⟦full#2⟧ van HR "
      "langskomt. Neem je re-integratieplan mee. Als je niet kunt, bel dan ⟦phone#2⟧.\""),
    S("nl_groepsapp_samenvatten", "nl",
      "Vat dit groepsgesprek samen, wie doet wat?\n\n[09:12] ⟦first:lower⟧: wie neemt zaterdag de sleutel "
      "van het clubhuis mee?\n[09:14] ⟦full:lower#2⟧: ik niet, ik sta achter de bar\n[09:15] ⟦first#3⟧: ik "
      "kan het wel, stuur me even je adres ⟦first:lower⟧\n[09:17] ⟦first:lower⟧: ⟦street⟧, 2e bel. mijn "
      "nummer is ⟦phone⟧ voor als je me niet vindt\n[09:20] ⟦first#3⟧: top, en ⟦first#2⟧ neemt de ballen mee"),
    S("nl_cv_verbeteren", "nl",
      "Kun je mijn cv verbeteren en er een sterke profieltekst bij schrijven? Hier is de huidige versie:\n\n"
      "⟦full:upper⟧\n⟦address⟧ | ⟦phone⟧ | ⟦email⟧\nGeboren: ⟦dob⟧\nRijbewijs B\n\nWerkervaring\n"
      "⟦year⟧ - heden: ⟦job⟧ bij ⟦company⟧\n2005 - ⟦year⟧: ⟦job#2⟧ bij ⟦company#2⟧\n\nOpleiding\n"
      "HBO Bedrijfskunde, Hogeschool Utrecht"),
    S("nl_verwijsbrief_fysio", "nl",
      "Maak van deze aantekeningen een nette verwijsbrief voor de fysiotherapeut:\n\npatiënt ⟦init⟧, geb. "
      "⟦dob⟧, BSN ⟦bsn⟧\nklachten lage rug sinds ⟦month⟧, uitstraling naar linkerbeen, geen krachtsverlies\n"
      "graag 6-9 behandelingen, oefentherapie\nhuisarts dr. ⟦last#2⟧, gezondheidscentrum De Linde, tel "
      "⟦phone#2⟧", NL_ONLY),
    S("nl_be_aanmelding_secretariaat", "nl",
      "Ik moet een nieuwe collega aanmelden bij het sociaal secretariaat. Kun je dit omzetten in een nette "
      "e-mail aan het secretariaat?\n\nNaam: ⟦full⟧\nRijksregisternummer: ⟦rrn⟧\nAdres: ⟦address⟧\nGsm: "
      "⟦phone⟧\nRekeningnummer: ⟦iban⟧\nStartdatum: ⟦date⟧", BE_ONLY),
    S("nl_be_adreswijziging_mutualiteit", "nl",
      "Mijn schoonmoeder ⟦full⟧ (rijksregisternr. ⟦rrn⟧) woont sinds kort in een woonzorgcentrum. Schrijf "
      "een brief aan de mutualiteit om haar adres te wijzigen naar ⟦address⟧. Haar vorige adres was "
      "⟦address#2⟧. Ik ben ⟦full#3⟧ en teken als contactpersoon.", BE_ONLY, {"2": "nl_BE", "3": "nl_BE"}),
    S("nl_duitse_collega_steuer", "nl",
      "Een Duitse collega, ⟦full⟧, gaat vanaf ⟦month⟧ bij ons in Venlo werken maar blijft in Duitsland wonen. "
      "Welke formulieren heeft de salarisadministratie nodig? Dit zijn de gegevens: Steuer-ID ⟦taxid⟧, "
      "geboren ⟦dob⟧, adres ⟦address⟧, mobiel ⟦phone⟧.", DE_ONLY),
    S("nl_reisformulier_paspoort", "nl",
      "Ik boek een zakenreis naar Toronto voor mijn collega. Vul dit formulier voor me in het Engels in:\n\n"
      "Naam: ⟦full⟧\nPaspoortnummer: ⟦passport⟧\nGeldig tot: ⟦date⟧\nGeboortedatum: ⟦dob⟧\nE-mail: "
      "⟦email⟧\nTelefoon: ⟦phone⟧", ("nl_NL", "nl_NL", "nl_BE", "de_DE")),
    S("nl_schadeformulier", "nl",
      "Help me een schadeformulier in te vullen voor de verzekeraar. De andere bestuurder was ⟦full#2⟧, "
      "rijbewijsnummer ⟦license#2⟧, kenteken ⟦plate⟧. Hij woont op ⟦address#2⟧. Ik ben ⟦full⟧, mijn "
      "polisnummer is ⟦policy⟧ en mijn telefoonnummer is ⟦phone⟧. Het gebeurde op ⟦date⟧ rond ⟦time⟧.",
      ("nl_NL", "nl_BE")),
    S("nl_boto3_fout", "nl",
      "Waarom werkt dit niet? Ik krijg 'SignatureDoesNotMatch'.\n\n```python\nimport boto3\n\ns3 = boto3.client(\n"
      "    \"s3\",\n    aws_access_key_id=\"⟦aws_id⟧\",\n    aws_secret_access_key=\"⟦aws_secret⟧\",\n"
      "    region_name=\"eu-west-1\",\n)\ns3.upload_file(\"rapport.pdf\", \"⟦bucket⟧\", \"rapport.pdf\")\n```"),
    S("nl_sleutel_curl", "nl",
      "Hier is de sleutel: ⟦token⟧\nKun je een curl-commando maken dat daarmee de lijst met facturen ophaalt "
      "van https://api.⟦domain⟧/v2/invoices? De sleutel moet in de header Authorization als Bearer. Mijn "
      "collega ⟦first⟧ zegt dat het ook met basic auth kan, gebruikersnaam ⟦email⟧ en wachtwoord ⟦password⟧."),
    S("nl_laravel_env", "nl",
      "Ik deploy mijn Laravel-app en krijg een 500. Dit is mijn .env, zie jij wat er mis is?\n\n"
      "APP_NAME=Klantportaal\nAPP_ENV=production\nAPP_KEY=base64:⟦b64key⟧\nAPP_DEBUG=false\n"
      "DB_CONNECTION=mysql\nDB_HOST=⟦ip:private⟧\nDB_PORT=3306\nDB_DATABASE=portaal\nDB_USERNAME=portaal_app\n"
      "DB_PASSWORD=⟦password⟧\nMAIL_MAILER=smtp\nMAIL_USERNAME=⟦email⟧\nMAIL_PASSWORD=⟦password#2⟧\n"
      "STRIPE_SECRET=⟦stripe⟧"),
    S("nl_compose_naar_k8s", "nl",
      "Kun je deze docker-compose omzetten naar Kubernetes manifests (een Deployment en een Secret)?\n\n"
      "```yaml\nservices:\n  api:\n    image: registry.⟦domain⟧/api:⟦version⟧\n    environment:\n"
      "      DATABASE_URL: postgres://api:⟦dbpass⟧@db:5432/api\n      JWT_SECRET: ⟦token⟧\n"
      "      MOLLIE_API_KEY: ⟦mollie⟧\n  db:\n    image: postgres:16\n    environment:\n"
      "      POSTGRES_PASSWORD: ⟦dbpass⟧\n```"),
    S("nl_appsettings_uitleg", "nl",
      "Wat doet deze appsettings.json precies? Leg het uit voor een junior developer.\n\n{\n"
      "  \"ConnectionStrings\": {\n"
      "    \"Default\": \"Server=⟦host⟧;Database=Planning;User Id=planner;Password=⟦password⟧;\"\n  },\n"
      "  \"Smtp\": { \"Host\": \"smtp.office365.com\", \"User\": \"⟦email⟧\", \"Password\": \"⟦password#2⟧\" },\n"
      "  \"Exact\": { \"ClientId\": \"⟦uuid⟧\", \"ClientSecret\": \"⟦token⟧\" },\n"
      "  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } }\n}"),
    S("nl_github_action_npm", "nl",
      "Mijn GitHub Action faalt bij de stap 'publish'. Wat moet ik veranderen?\n\n```yaml\n- name: publish\n"
      "  env:\n    NPM_TOKEN: ⟦npm⟧\n    GH_TOKEN: ⟦github⟧\n  run: |\n"
      "    echo \"//registry.npmjs.org/:_authToken=$NPM_TOKEN\" > ~/.npmrc\n    npm publish\n```\n"
      "De fout is 'E401 Unable to authenticate'. ⟦first⟧ van het platformteam zei dat de token verlopen kan zijn."),
    S("nl_handleiding_aws_voorbeeld", "nl",
      "Ik schrijf een handleiding voor nieuwe developers. Kun je deze stap duidelijker formuleren?\n\n"
      "Stap 3: zet je AWS-gegevens in ~/.aws/credentials, bijvoorbeeld:\n\n[default]\n"
      "aws_access_key_id = ⟦ph_aws⟧\naws_secret_access_key = ⟦ph_aws_secret⟧\n\n"
      "Vervang de voorbeeldwaarden door je eigen sleutels. Vragen? Mail ⟦first⟧ via ⟦email⟧."),
    S("nl_slackbot_readme", "nl",
      "Mijn Slack-bot post niets in het kanaal. Dit is de code:\n\n```js\nconst { App } = require('@slack/bolt');\n"
      "const app = new App({\n  token: '⟦slack⟧',\n  signingSecret: '⟦hex⟧',\n});\n```\n"
      "In de README staat als voorbeeld `SLACK_BOT_TOKEN=⟦ph_slack⟧`, moet ik dat ergens anders zetten?"),
    S("nl_klantexport_csv", "nl",
      "Maak van deze export een tabel met alleen naam en woonplaats, gesorteerd op achternaam:\n\n"
      "klantnr;naam;adres;telefoon;email\n⟦custno⟧;⟦rev⟧;⟦address⟧;⟦phone⟧;⟦email⟧\n"
      "⟦custno#2⟧;⟦rev#2⟧;⟦address#2⟧;⟦phone#2⟧;⟦email#2⟧\n⟦custno#3⟧;⟦rev#3⟧;⟦address#3⟧;⟦phone#3⟧;⟦email#3⟧"),
    S("nl_notulen_actiepunten", "nl",
      "Maak actiepunten van deze notulen:\n\nAanwezig: ⟦full⟧ (voorzitter), ⟦full#2⟧, ⟦init#3⟧, ⟦first#4⟧ "
      "(notulen)\nAfwezig: ⟦full#5⟧\n\n1. ⟦first⟧ opent de vergadering om ⟦time⟧.\n2. Begroting ⟦year⟧: "
      "⟦first#2⟧ licht toe dat het tekort ⟦amount⟧ is.\n3. ⟦last#3⟧ neemt contact op met de leverancier over "
      "de levering van ⟦date⟧.\n4. Rondvraag: ⟦first#4⟧ vraagt of iemand haar dienst van vrijdag kan overnemen."),
    S("nl_antwoord_pakket", "nl",
      "Schrijf een antwoord op deze mail. Zeg dat we het pakket opnieuw versturen en dat ze binnen twee "
      "werkdagen een track & trace krijgt.\n\nVan: ⟦email⟧\nAan: ⟦roleemail⟧\nOnderwerp: Pakket niet "
      "ontvangen\n\nHallo,\n\nMijn bestelling ⟦order⟧ zou op ⟦date⟧ bezorgd worden op ⟦address⟧, maar ik heb "
      "niets ontvangen. De bezorger zegt dat hij het bij de buren heeft afgegeven, maar die hebben niets. "
      "Kunnen jullie dit uitzoeken?\n\nGroetjes,\n⟦first⟧"),
    S("nl_overdracht_sbar", "nl",
      "Zet deze overdracht om in SBAR-formaat:\n\nmw. ⟦last⟧ (kamer ⟦num⟧), geb. ⟦dob⟧, opgenomen ⟦date⟧ met "
      "pneumonie. Dochter ⟦first#2⟧ belt dagelijks, nummer ⟦phone#2⟧. Contactpersoon volgens dossier: "
      "⟦full#3⟧, ⟦phone#3⟧. Huisarts: dokter ⟦last#4⟧."),
    S("nl_betalingsherinnering", "nl",
      "Schrijf een vriendelijke maar duidelijke herinnering voor een openstaande factuur. Gegevens:\n\n"
      "Debiteur: ⟦full⟧, ⟦address⟧\nFactuurnummer: ⟦invoice⟧\nBedrag: ⟦amount⟧\nVervaldatum: ⟦date⟧\n"
      "Onze IBAN: ⟦iban#2⟧ t.n.v. ⟦company⟧\nKvK: ⟦kvk⟧"),
    S("nl_creditcard_bezwaar", "nl",
      "Help me een bezwaar te schrijven aan mijn creditcardmaatschappij. Er staat een afschrijving van "
      "⟦amount⟧ op ⟦date⟧ die ik niet herken. Mijn kaartnummer is ⟦card⟧, de kaart staat op naam van "
      "⟦full:upper⟧. Ik ben bereikbaar op ⟦phone⟧."),
    S("nl_incidentrapport_vpn", "nl",
      "Schrijf een incidentrapport op basis van deze aantekeningen:\n\n- ⟦date⟧ ⟦time⟧: meerdere mislukte "
      "inlogpogingen op vpn.⟦domain⟧ vanaf ⟦ip⟧ en ⟦ip#2⟧\n- account van ⟦full⟧ (⟦email⟧) geblokkeerd\n"
      "- ⟦first#2⟧ van de servicedesk heeft het wachtwoord gereset naar ⟦password⟧ en dat telefonisch "
      "doorgegeven\n- laptop had intern adres ⟦ip:private#3⟧\n- ticket ⟦ticket⟧"),
    S("nl_firewallregel", "nl",
      "Kun je een firewallregel voor nftables schrijven die alleen verkeer toelaat van ons kantoor "
      "(⟦ip⟧ en ⟦ip:v6⟧) en van de thuiswerkplek van ⟦first⟧ (⟦ip#2⟧)? Alles op poort 22 en 443."),
    S("nl_verjaardagsgedicht", "nl",
      "Schrijf een grappig verjaardagsgedicht voor mijn collega ⟦full⟧. Ze is geboren op ⟦dob⟧ en houdt "
      "van wielrennen en sterke koffie. Haar man ⟦first#2⟧ organiseert een surpriseborrel bij hen thuis op "
      "⟦address⟧, dus verklap niets over het adres in het gedicht."),
    S("nl_afwijzingsmail", "nl",
      "Schrijf een nette afwijzingsmail aan ⟦full⟧ voor de functie van ⟦job⟧. Ze was een sterke kandidaat "
      "maar ⟦first#2⟧ had meer ervaring met aanbestedingen. Bied aan dat ze ⟦first#3⟧ kan bellen op "
      "⟦phone#3⟧ voor feedback."),
    S("nl_hypotheekadviseur", "nl",
      "Ik wil een hypotheekadviseur mailen. Maak van dit lijstje een nette mail:\n- wij: ⟦full⟧ en ⟦full#2⟧\n"
      "- huidig adres ⟦address⟧\n- nieuwe woning: ⟦address#3⟧, vraagprijs ⟦amount⟧\n- bruto jaarinkomen samen "
      "ongeveer ⟦amount#2⟧\n- bereikbaar op ⟦phone⟧ of ⟦email#2⟧"),
    S("nl_deelnemerslijst_voorletters", "nl",
      "Sorteer deze deelnemerslijst op achternaam en zet het in een tabel met de kolommen Voorletters, "
      "Achternaam en Afdeling:\n\n⟦init⟧ - ⟦dept⟧\n⟦init#2⟧ - ⟦dept#2⟧\n⟦init#3⟧ - ⟦dept#3⟧\n⟦init#4⟧ - "
      "⟦dept#4⟧\n⟦init#5⟧ - ⟦dept#5⟧"),
    S("nl_glasvezel_postcode", "nl",
      "Ik wil glasvezel laten aanleggen. Kun je een mail aan de provider schrijven? Mijn postcode is "
      "⟦postcode⟧, huisnummer ⟦num⟧. De aanvraag staat op naam van ⟦full⟧, klantnummer ⟦custno⟧, "
      "telefoon ⟦phone⟧.", NL_ONLY),
    S("nl_be_factuur_nakijken", "nl",
      "Kijk deze factuur na op fouten:\n\n⟦company⟧\nBTW ⟦vat:BE⟧\n\nFactuur aan:\n⟦full⟧\n⟦address:ml⟧\n\n"
      "Omschrijving: onderhoud verwarmingsketel\nBedrag excl. btw: ⟦amount⟧\nBetalen op ⟦iban⟧ met "
      "mededeling ⟦ogm⟧\nVragen? Bel ⟦phone⟧.", BE_ONLY),
    S("nl_appje_netter", "nl",
      "kun je dit berichtje netter maken? 'hoi ⟦first:lower⟧, ik ben mn pasje kwijt, kan jij of "
      "⟦full:lower#2⟧ me morgen binnenlaten? ik ben er om ⟦time⟧. groetjes ⟦first:lower#3⟧, mijn nummer is "
      "⟦phone#3⟧'"),
    S("nl_britse_freelancer", "nl",
      "Een Britse freelancer, ⟦full⟧, factureert ons vanaf nu. Hij stuurde: National Insurance number "
      "⟦nino⟧, adres ⟦address⟧, bankrekening ⟦iban:GB⟧. Welke gegevens hebben wij als Nederlands bedrijf nog "
      "meer nodig voor de administratie?", GB_ONLY),
    S("nl_postman_delen", "nl",
      "Ik moet deze Postman-environment delen met een externe partij. Welke velden moet ik eruit halen?\n\n"
      "{\n  \"name\": \"productie\",\n  \"values\": [\n    {\"key\": \"base_url\", \"value\": \"https://api.⟦domain⟧\"},\n"
      "    {\"key\": \"client_id\", \"value\": \"⟦uuid⟧\"},\n"
      "    {\"key\": \"client_secret\", \"value\": \"⟦token⟧\"},\n"
      "    {\"key\": \"api_key\", \"value\": \"⟦hex⟧\"},\n"
      "    {\"key\": \"admin_password\", \"value\": \"⟦password⟧\"}\n  ]\n}"),
    S("nl_franse_medewerker", "nl",
      "Onze nieuwe Franse collega ⟦full⟧ heeft het numéro de sécurité sociale doorgegeven: ⟦nir⟧. Geboren op "
      "⟦dob⟧, woonadres ⟦address⟧. Schrijf een mail aan onze Franse payroll-partner met deze "
      "gegevens.", FR_ONLY),
    S("nl_franse_stagiair", "nl",
      "Maak een checklist voor de aanmelding van onze Franse stagiair bij de verzekeraar. Gegevens: ⟦full⟧, "
      "numéro de sécurité sociale ⟦nir⟧, e-mail ⟦email⟧, telefoon ⟦phone⟧.", FR_ONLY),
    S("nl_api_401", "nl",
      "Waarom geeft mijn API een 401? Dit is het request:\n\ncurl -X GET https://api.⟦domain⟧/v1/orders \\\n"
      "  -H \"Authorization: Bearer ⟦jwt⟧\" \\\n  -H \"X-Api-Key: ⟦token⟧\"\n\nDe token heb ik gisteren van "
      "⟦first⟧ gekregen."),
    S("nl_amerikaanse_consultant", "nl",
      "Een Amerikaanse consultant, ⟦full⟧, vraagt of we zijn social security number (⟦ssn⟧) echt nodig hebben "
      "voor het contract. Hij woont op ⟦address⟧ en is bereikbaar op ⟦phone⟧. Schrijf een kort antwoord in "
      "het Engels waarin we uitleggen welke gegevens we wel en niet nodig hebben.", US_ONLY),
    S("nl_be_kinderbijslag", "nl",
      "Kun je deze aanvraag voor het groeipakket nakijken op volledigheid?\n\nVader: ⟦full⟧, "
      "rijksregisternummer ⟦rrn⟧\nMoeder: ⟦full#2⟧, RRN ⟦rrn#2⟧\nKind: ⟦first#3⟧, geboren ⟦dob#3⟧\n"
      "Adres: ⟦address⟧\nRekening: ⟦iban⟧", BE_ONLY, {"2": "nl_BE", "3": "nl_BE"}),
    S("nl_paspoort_kopie", "nl",
      "Mijn werkgever vraagt om een kopie van mijn paspoort, maar ik wil mijn BSN afschermen. Schrijf een "
      "korte mail waarin ik dat uitleg. Mijn gegevens: ⟦full⟧, paspoortnummer ⟦passport⟧, BSN ⟦bsn⟧.",
      NL_ONLY),
    S("nl_leaseauto_bestuurders", "nl",
      "Zet deze bestuurders voor de leaseauto in een tabel voor de leasemaatschappij:\n\n"
      "1e bestuurder: ⟦full⟧, rijbewijsnummer ⟦license⟧, geboren ⟦dob⟧\n"
      "2e bestuurder: ⟦full#2⟧, rijbewijsnr. ⟦license#2⟧, geboren ⟦dob#2⟧", ("nl_NL", "nl_BE"),
      {"2": "nl_NL"}),
    S("nl_hotel_creditcard", "nl",
      "Schrijf een mail aan het hotel om de reservering van ⟦date⟧ te bevestigen. De kamer staat op naam van "
      "⟦name⟧, de garantie mag op creditcard ⟦card⟧ (vervaldatum 08/27). Late aankomst rond ⟦time⟧; mijn "
      "collega ⟦first#2⟧ checkt mogelijk eerder in."),
    S("nl_bezwaar_belastingdienst", "nl",
      "Help me een bezwaarschrift aan de Belastingdienst te schrijven over de aanslag inkomstenbelasting "
      "⟦year⟧. Mijn burgerservicenummer is ⟦bsn⟧ en ik woon op ⟦address⟧. De aanslag is ⟦amount⟧ te hoog "
      "omdat de hypotheekrente niet is meegenomen.", NL_ONLY),
    S("nl_medewerkers_tabel_bsn", "nl",
      "Zet deze medewerkers in een tabel met kolommen naam, BSN en geboortedatum, en markeer wie na 1990 is "
      "geboren:\n\nnaam;bsn;geboortedatum\n⟦full⟧;⟦bsn⟧;⟦dob⟧\n⟦full#2⟧;⟦bsn#2⟧;⟦dob#2⟧\n⟦full#3⟧;⟦bsn#3⟧;"
      "⟦dob#3⟧", NL_ONLY),
    S("nl_anthropic_script", "nl",
      "Kun je dit script zo aanpassen dat de sleutel uit een omgevingsvariabele komt?\n\n```python\n"
      "import anthropic\nclient = anthropic.Anthropic(api_key=\"⟦anthropic⟧\")\n"
      "msg = client.messages.create(model=\"claude-sonnet-4\", max_tokens=500,\n"
      "    messages=[{\"role\": \"user\", \"content\": \"Vat dit samen\"}])\n```"),
]

SENSITIVE_EN = [
    S("en_thank_you_facilities", "en",
      "Write a short thank-you note to ⟦first⟧ from facilities for sorting out the parking permits so quickly. "
      "Sign it from me, ⟦full#2⟧, ⟦job⟧, and add my direct line ⟦phone:ext#2⟧."),
    S("en_complaint_summary", "en",
      "Can you summarise this customer complaint and suggest a reply?\n\n\"Hi, my name is ⟦full⟧ and I've been "
      "a customer since ⟦year⟧. On ⟦date⟧ I was charged twice for my subscription (order ⟦order⟧). I called "
      "your support line and spoke to ⟦first#2⟧, who promised a refund within five days. Nothing has arrived. "
      "You can reach me at ⟦phone⟧ or ⟦email⟧. My billing address is ⟦address⟧.\""),
    S("en_rewrite_professional", "en",
      "Rewrite this message to sound more professional:\n\nhey ⟦first:lower⟧, ⟦first#2⟧ told me u still havent "
      "sent the contract to ⟦full#3⟧. can u do it today?? their email is ⟦email#3⟧. thx"),
    S("en_w4_check", "en",
      "I'm filling in a W-4 for a new hire and want to double-check the details before I submit. Does "
      "anything look off?\n\nEmployee: ⟦full⟧\nSSN: ⟦ssn⟧\nAddress: ⟦address⟧\nDate of birth: ⟦dob⟧\n"
      "Filing status: single", US_ONLY),
    S("en_ssa_letter", "en",
      "My father ⟦full⟧ passed away last month and I need to write to the Social Security Administration. "
      "His social security number was ⟦ssn⟧ and he lived at ⟦address⟧. Can you help me draft the letter? I'm "
      "his daughter, ⟦full#2⟧, phone ⟦phone#2⟧.", US_ONLY, {"2": "en_US"}),
    S("en_new_starter_payroll", "en",
      "Draft an email to our payroll bureau asking them to set up a new starter:\n\nName: ⟦full⟧\nNI number: "
      "⟦nino⟧\nDOB: ⟦dob⟧\nHome address: ⟦address⟧\nBank: ⟦iban:GB⟧\nStart date: ⟦date⟧", GB_ONLY),
    S("en_visa_summary", "en",
      "Please check this visa application summary for typos:\n\nApplicant: ⟦full:upper⟧\nPassport number: "
      "⟦passport⟧\nNationality: ⟦nationality⟧\nDate of birth: ⟦dob⟧\nHome address: ⟦address⟧\nEmail: ⟦email⟧"),
    S("en_car_rental_drivers", "en",
      "I rent cars for our sales team. Turn this into a short note for the rental desk: driver ⟦full⟧, driving "
      "licence number ⟦license⟧, mobile ⟦phone⟧. Second driver ⟦init#2⟧, licence no. ⟦license#2⟧.",
      ("en_GB", "en_US"), {"2": "en_GB"}),
    S("en_crm_cleanup", "en",
      "Clean up this CRM export: fix capitalisation, split first and last names into separate columns, and "
      "flag duplicates.\n\nname,email,phone,city\n⟦full:lower⟧,⟦email⟧,⟦phone⟧,⟦city⟧\n"
      "⟦full:upper#2⟧,⟦email#2⟧,⟦phone#2⟧,⟦city#2⟧\n⟦full#3⟧,⟦email#3⟧,⟦phone#3⟧,⟦city#3⟧\n"
      "⟦full:lower⟧,⟦email⟧,⟦phone⟧,⟦city⟧"),
    S("en_meeting_followup", "en",
      "Turn these meeting notes into a follow-up email with action items and owners:\n\nAttendees: ⟦full⟧, "
      "⟦full#2⟧, ⟦init#3⟧, ⟦first#4⟧\n- ⟦first⟧ to send the revised quote to ⟦company⟧ by ⟦weekday⟧\n"
      "- ⟦last#2⟧ will chase legal about the NDA\n- ⟦first#4⟧ asked whether ⟦last#3⟧ can join the ⟦date⟧ "
      "workshop\n- next sync: ⟦date#2⟧, dial-in ⟦phone⟧"),
    S("en_post_incident_review", "en",
      "Write a post-incident review from this timeline:\n\n⟦time⟧ alert fired: 5xx spike on checkout\n"
      "⟦time#2⟧ ⟦first⟧ (on call) acknowledged\nsuspicious traffic from ⟦ip⟧ and ⟦ip:v6⟧ hitting /login\n"
      "⟦first#2⟧ rotated the Stripe key; the old key was ⟦stripe⟧\nadmin account ⟦email#3⟧ locked, password "
      "reset to ⟦password⟧ by ⟦full#3⟧\nroot cause: key committed to a public gist"),
    S("en_openai_key_error", "en",
      "Why does this script say 'Incorrect API key provided'?\n\n```python\nfrom openai import OpenAI\n\n"
      "client = OpenAI(api_key=\"⟦openai⟧\")\nresp = client.chat.completions.create(\n    model=\"gpt-4o-mini\",\n"
      "    messages=[{\"role\": \"user\", \"content\": \"hi\"}],\n)\nprint(resp.choices[0].message.content)\n\n"
      "# fallback when OpenAI is down\nANTHROPIC_KEY = \"⟦anthropic⟧\"\n```"),
    S("en_token_oneliner", "en",
      "the token is ⟦token⟧ - can you write me a bash one-liner that calls https://api.⟦domain⟧/v1/status "
      "with it and pretty-prints the JSON? also the old one was ⟦token#2⟧, does that still work?"),
    S("en_k8s_secret", "en",
      "Is anything wrong with this Kubernetes secret? The pod says 'invalid credentials'.\n\n```yaml\n"
      "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-api\ntype: Opaque\nstringData:\n"
      "  db_password: ⟦password⟧\n  stripe_secret_key: ⟦stripe⟧\n  sendgrid_api_key: ⟦sendgrid⟧\n"
      "  webhook_signing_secret: ⟦hex⟧\n```"),
    S("en_env_to_docker", "en",
      "Here's my .env for the staging server. Can you convert it to a docker run command with -e flags?\n\n"
      "NODE_ENV=staging\nPORT=⟦port⟧\nDATABASE_URL=postgresql://app:⟦dbpass⟧@⟦host⟧:5432/app\n"
      "REDIS_URL=redis://default:⟦dbpass#2⟧@cache.internal:6379\nGOOGLE_MAPS_KEY=⟦google⟧\n"
      "GITLAB_TOKEN=⟦gitlab⟧\nAWS_ACCESS_KEY_ID=⟦aws_id⟧\nAWS_SECRET_ACCESS_KEY=⟦aws_secret⟧\n"
      "SESSION_SECRET=⟦token⟧"),
    S("en_config_explain", "en",
      "Explain what each field in this config does:\n\n{\n  \"service\": \"invoice-sync\",\n  \"version\": "
      "\"⟦version⟧\",\n  \"auth\": {\n    \"client_id\": \"⟦uuid⟧\",\n    \"client_secret\": \"⟦token⟧\",\n"
      "    \"refresh_token\": \"⟦token#2⟧\"\n  },\n  \"smtp\": {\"user\": \"⟦email⟧\", \"password\": "
      "\"⟦password⟧\"},\n  \"encryption_key\": \"⟦b64key⟧\"\n}"),
    S("en_readme_example_values", "en",
      "Improve the wording of this README section:\n\n## Configuration\nSet the following variables before "
      "running the app:\n\n```\nexport AWS_ACCESS_KEY_ID=⟦ph_aws⟧\nexport AWS_SECRET_ACCESS_KEY=⟦ph_aws_secret⟧\n"
      "export GITHUB_TOKEN=⟦ph_github⟧\nexport OPENAI_API_KEY=⟦ph_openai⟧\n```\nThese are example values from "
      "the docs; replace them with your own."),
    S("en_onboarding_snippet", "en",
      "Our onboarding doc has this snippet. Is the Slack part still correct for the new Bolt SDK?\n\n"
      "```python\nSLACK_BOT_TOKEN = \"⟦ph_slack⟧\"\nGITHUB_TOKEN = \"⟦ph_github⟧\"\nSTRIPE_KEY = \"⟦ph_stripe⟧\"\n"
      "```\nQuestions go to ⟦full⟧ (⟦email⟧)."),
    S("en_reference_letter", "en",
      "Write a reference letter for ⟦full⟧, who worked in my team as ⟦job⟧ from ⟦year⟧ until this spring. "
      "⟦first⟧ was reliable, great with customers, and trained two new starters. Include my contact details "
      "at the bottom: ⟦full#2⟧, ⟦email#2⟧, ⟦phone#2⟧."),
    S("en_tenancy_terms", "en",
      "Summarise the key terms of this tenancy agreement in plain English:\n\nThis agreement is made on ⟦date⟧ "
      "between ⟦full⟧ (the Landlord) of ⟦address⟧ and ⟦full#2⟧ (the Tenant). The Tenant will rent the "
      "property at\n⟦address:ml#3⟧\nfor a monthly rent of ⟦amount⟧, payable to account ⟦iban⟧. The deposit "
      "of ⟦amount#2⟧ will be protected in a government-approved scheme.", GB_ONLY, {"3": "en_GB"}),
    S("en_card_dispute", "en",
      "Help me write to my bank disputing a charge. Here's the full card number: ⟦card⟧. Cardholder: ⟦full⟧. "
      "The charge was ⟦amount⟧ on ⟦date⟧ from a merchant I've never used. My phone is ⟦phone⟧ and I live at "
      "⟦address⟧."),
    S("en_cardiology_referral", "en",
      "Turn these notes into a referral letter to a cardiologist:\n\nPt: ⟦init⟧, DOB ⟦dob⟧, ⟦address⟧\n"
      "Hx: palpitations since ⟦month⟧, ECG normal\nGP: Dr ⟦last#2⟧, ⟦company⟧ Medical Centre, tel ⟦phone#2⟧\n"
      "Next of kin: ⟦full#3⟧ (wife), ⟦phone#3⟧"),
    S("en_normalise_us_numbers", "en",
      "Normalise these phone numbers to E.164 and tell me which ones look invalid:\n\n⟦full⟧: ⟦phone:US⟧\n"
      "⟦full#2⟧: ⟦phone:US#2⟧\n⟦full#3⟧: ⟦phone:US#3⟧\nfront desk: ⟦phone:US#4⟧\n⟦first#5⟧ (cell): "
      "⟦phone:CA#5⟧", US_ONLY),
    S("en_uk_site_contacts", "en",
      "Put these contacts into a table (name, role, phone):\n\n⟦full⟧ - site manager - ⟦phone:GB⟧\n⟦full#2⟧ - "
      "health and safety - ⟦phone:GB#2⟧\nreception - ⟦phone:GB#3⟧\n⟦init#4⟧ - out of hours - ⟦phone:GB#4⟧",
      GB_ONLY),
    S("en_partner_call_numbers", "en",
      "I'm organising a call with our European partners. Convert these numbers to international format so "
      "everyone can dial them from London:\n\n- ⟦full⟧ (Rotterdam): ⟦phone:NL⟧\n- ⟦full#2⟧ (Antwerp): "
      "⟦phone:BE#2⟧\n- ⟦full#3⟧ (Munich): ⟦phone:DE#3⟧\n- ⟦full#4⟧ (Boston): ⟦phone:US#4⟧",
      GB_ONLY, {"1": "nl_NL", "2": "nl_BE", "3": "de_DE", "4": "en_US"}),
    S("en_welcome_buddy", "en",
      "Draft a welcome message for our new starter ⟦first⟧, who joins the finance team on ⟦weekday⟧. ⟦first#2⟧ "
      "will be their buddy for the first month, and ⟦first#3⟧ from IT will set up the laptop. Keep it warm "
      "and short."),
    S("en_thread_todo", "en",
      "Summarise this email thread and tell me what I still need to do:\n\n-----Original Message-----\n"
      "From: ⟦full⟧ <⟦email⟧>\nSent: ⟦date⟧\nTo: ⟦full#2⟧ <⟦email#2⟧>\nSubject: RE: renewal\n\n⟦first#2⟧, we "
      "can do the renewal at last year's price if you confirm by Friday. Call me on ⟦phone⟧.\n\n"
      "-----Original Message-----\nFrom: ⟦full#2⟧ <⟦email#2⟧>\nTo: ⟦full⟧\n\nHi ⟦first⟧, could you send the "
      "renewal quote? Thanks, ⟦first#2⟧"),
    S("en_german_contractor_tax", "en",
      "A German contractor sent me his tax details for an invoice. Can you explain what each of these is and "
      "whether I need them all?\n\n⟦full⟧\n⟦address⟧\nSteuer-ID: ⟦taxid⟧\nUSt-IdNr.: ⟦vat:DE⟧\nIBAN: ⟦iban:DE⟧\n"
      "Tel.: ⟦phone⟧", DE_ONLY),
    S("en_belgian_pension", "en",
      "A Belgian employee gave me this for the pension fund registration. Format it as a table: name ⟦full⟧, "
      "national register number ⟦rrn⟧, born ⟦dob⟧, address ⟦address⟧, mobile ⟦phone⟧.", BE_ONLY),
    S("en_paris_health_insurer", "en",
      "Our Paris office needs to register ⟦full⟧ with the health insurer. Draft the cover email in English; "
      "her social security number (NIR) is ⟦nir⟧ and her address is ⟦address⟧.", FR_ONLY),
    S("en_worker_traceback", "en",
      "I get this error when the worker starts, what does it mean?\n\nTraceback (most recent call last):\n"
      "  File \"/app/worker.py\", line 14, in <module>\n"
      "    engine = create_engine(\"mysql+pymysql://reporting:⟦dbpass⟧@⟦host⟧:3306/reports\")\n"
      "  File \"/app/worker.py\", line 22, in <module>\n"
      "    mongo = MongoClient(\"mongodb+srv://admin:⟦dbpass#2⟧@cluster0.⟦rand⟧.mongodb.net/events\")\n"
      "sqlalchemy.exc.OperationalError: (2003, \"Can't connect to MySQL server on '⟦ip:private⟧'\")"),
    S("en_deploy_key_format", "en",
      "My SSH deploy step fails with 'invalid format'. Is this key malformed?\n\n⟦pem⟧\n\nIt was generated by "
      "⟦first⟧ last week."),
    S("en_connection_string_terraform", "en",
      "Can you convert these connection strings into separate values for a Terraform variables file?\n\n"
      "DefaultEndpointsProtocol=https;AccountName=⟦acct⟧;AccountKey=⟦azurekey⟧;EndpointSuffix=core.windows.net\n\n"
      "Endpoint=sb://⟦acct⟧.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
      "SharedAccessKey=⟦b64key⟧"),
    S("en_delivery_addresses_us", "en",
      "Make this list geocode-ready: fix the formatting of these delivery addresses and put them in one "
      "column.\n\n1. ⟦address⟧\n2. ⟦address#2⟧\n3. ⟦address:ml#3⟧\n4. ⟦address#4⟧ (leave at the back door, ask "
      "for ⟦first#4⟧)", US_ONLY, {"2": "en_US", "3": "en_US", "4": "en_US"}),
    S("en_council_bins", "en",
      "Write a letter to the council about bins not being collected on our street. I'm ⟦full⟧ at ⟦address⟧, "
      "and my neighbour ⟦full#2⟧ at ⟦street#2⟧ has the same problem. My email is ⟦email⟧.", GB_ONLY,
      {"2": "en_GB"}),
    S("en_travel_insurance_family", "en",
      "Compare these two travel insurance quotes for my family. Policyholder ⟦full⟧, born ⟦dob⟧; partner "
      "⟦full#2⟧, born ⟦dob#2⟧; daughter ⟦first#3⟧, date of birth ⟦dob#3⟧. Quote A: ⟦amount⟧, Quote B: "
      "⟦amount#2⟧."),
    S("en_memo_translate_caps", "en",
      "Translate this memo into Dutch:\n\nTO: ALL STAFF\nFROM: ⟦full:upper⟧, HEAD OF OPERATIONS\nRE: OFFICE "
      "MOVE\n\nFrom ⟦date⟧ our office moves to ⟦address⟧. Questions about parking go to ⟦full:upper#2⟧ on "
      "⟦phone⟧."),
    S("en_git_push_token", "en",
      "Can you tell me why git push asks for a password even though I set the remote like this?\n\n"
      "git remote set-url origin https://⟦ghuser⟧:⟦github⟧@github.com/⟦ghorg⟧/payments.git\n\n"
      "I also tried the fine-grained one: ⟦github_pat⟧"),
    S("en_tax_preparer_checklist", "en",
      "Prepare a checklist for my tax preparer. Household: me, ⟦full⟧, SSN ⟦ssn⟧; my spouse ⟦full#2⟧, "
      "SSN ⟦ssn#2⟧; our son ⟦first#3⟧, SSN ⟦ssn#3⟧. We moved to ⟦address⟧ in ⟦month⟧.", US_ONLY,
      {"2": "en_US", "3": "en_US"}),
    S("en_ni_numbers_rejected", "en",
      "Our pension provider rejected some of these National Insurance numbers. Can you spot which ones are "
      "malformed?\n\n⟦full⟧ - ⟦nino⟧\n⟦full#2⟧ - ⟦nino#2⟧\n⟦full#3⟧ - ⟦nino#3⟧", GB_ONLY,
      {"2": "en_GB", "3": "en_GB"}),
    S("en_german_payroll_ids", "en",
      "Our German subsidiary sent this payroll sheet. Put it in a table and tell me which column is the "
      "tax ID:\n\n⟦full⟧ | Steuer-ID ⟦taxid⟧ | ⟦city⟧\n⟦full#2⟧ | steuerliche Identifikationsnummer ⟦taxid#2⟧ | "
      "⟦city#2⟧\n⟦full#3⟧ | IdNr. ⟦taxid#3⟧ | ⟦city#3⟧", DE_ONLY, {"2": "de_DE", "3": "de_DE"}),
    S("en_french_staff_nir", "en",
      "Two French colleagues need to be added to the health plan. Write the email to the broker: ⟦full⟧ "
      "(numéro de sécurité sociale ⟦nir⟧) and ⟦full#2⟧ (NIR ⟦nir#2⟧), both starting on ⟦date⟧.", FR_ONLY,
      {"2": "fr_FR"}),
    S("en_group_travel_passports", "en",
      "Book flights for our team offsite. Put the travellers in the airline's group booking format:\n\n"
      "⟦full⟧, passport no. ⟦passport⟧\n⟦full#2⟧, passport number ⟦passport#2⟧\n⟦full#3⟧, passport ⟦passport#3⟧",
      ("en_GB", "en_US"), {"2": "nl_NL", "3": "de_DE"}),
    S("en_card_reconciliation", "en",
      "Reconcile these card payments against the invoice list and tell me which ones are missing:\n\n"
      "⟦card⟧  ⟦amount⟧  ⟦date⟧\n⟦card#2⟧  ⟦amount#2⟧  ⟦date#2⟧\n⟦card#3⟧  ⟦amount#3⟧  ⟦date#3⟧\n"
      "⟦card#4⟧  ⟦amount#4⟧  ⟦date#4⟧"),
    S("en_expat_bsn", "en",
      "I just moved to the Netherlands and the municipality gave me my citizen service number (BSN): ⟦bsn⟧. "
      "Write an email to my new employer's HR, ⟦first#2⟧, passing it on together with my address ⟦address⟧. "
      "My name is ⟦full⟧.", NL_ONLY, {"2": "nl_NL"}),
    S("en_dl_verification", "en",
      "Draft a message to the customer asking them to re-upload their ID. Customer: ⟦name⟧, driver's license "
      "number ⟦license⟧, DOB ⟦dob⟧, phone ⟦phone⟧. The photo was too blurry to read.", US_ONLY),
]

BENIGN_NL = [
    B("nl_b_bestelling_navragen", "nl",
      "Mijn bestelling ⟦order⟧ van ⟦date⟧ is nog niet binnen. Het ging om ⟦num⟧ dozen printpapier à ⟦amount⟧. "
      "Kun je een korte, vriendelijke mail aan de leverancier schrijven om te vragen wanneer het geleverd wordt?"),
    B("nl_b_release_notes", "nl",
      "Schrijf release notes in het Nederlands voor versie ⟦version⟧ op basis van deze commits:\n\n⟦shortsha⟧ "
      "fix: afronding btw-bedragen\n⟦shortsha#2⟧ feat: export naar CSV\n⟦shortsha#3⟧ chore: upgrade naar "
      "Django ⟦version#2⟧\n\nVolledige hash van de release: ⟦sha⟧"),
    B("nl_b_sleutel_uit_omgeving", "nl",
      "Is dit een veilige manier om een API-sleutel te gebruiken?\n\n```python\nimport os\n\n"
      "api_key = os.environ.get(\"PAYMENT_API_KEY\")\nif not api_key:\n"
      "    raise RuntimeError(\"zet PAYMENT_API_KEY in je omgeving\")\n```"),
    B("nl_b_kvk_btw", "nl",
      "Klopt het dat een bedrijf met KvK-nummer ⟦kvk⟧ en btw-id ⟦vat⟧ een eenmanszaak is? Hoe kan ik dat "
      "controleren in het Handelsregister?"),
    B("nl_b_overleg_plannen", "nl",
      "Plan een overleg van 45 minuten op ⟦weekday⟧ ⟦date⟧ om ⟦time⟧ in vergaderzaal ⟦room⟧ van ons kantoor "
      "in ⟦city⟧. Onderwerp: de begroting voor ⟦year⟧. Schrijf de uitnodiging."),
    B("nl_b_foutmelding_uitleg", "nl",
      "Wat betekent deze foutmelding?\n\n⟦dateiso⟧T⟦time⟧:12.482Z ERROR request_id=⟦uuid⟧ job=⟦uuid#2⟧ "
      "status=503 upstream timeout after 30000 ms\nchecksum sha256:⟦digest⟧"),
    B("nl_b_wachtwoordbeleid", "nl",
      "Schrijf een wachtwoordbeleid voor ons kantoor van 25 mensen: minimale lengte, een wachtwoordmanager, "
      "tweestapsverificatie, en wat je doet als je je wachtwoord vergeten bent. Geen technische termen."),
    B("nl_b_bezorggebied", "nl",
      "Wij bezorgen alleen in postcodegebied ⟦pcarea⟧ en in de gemeente ⟦city⟧. Schrijf een tekst voor de "
      "website die uitlegt waarom we niet verder bezorgen."),
    B("nl_b_btw_berekening", "nl",
      "Reken voor me uit: een factuur van ⟦amount⟧ excl. btw, 21% btw, en daarna een korting van ⟦pct⟧. Wat "
      "is het eindbedrag? Laat de berekening stap voor stap zien."),
    B("nl_b_excel_formule", "nl",
      "Welke Excel-formule gebruik ik om in kolom C het aantal werkdagen te berekenen tussen ⟦date⟧ "
      "(kolom A) en ⟦date#2⟧ (kolom B)?"),
    B("nl_b_werkgevers_vergelijken", "nl",
      "Maak een vergelijkingstabel van ⟦bigco⟧, ⟦bigco#2⟧ en ⟦bigco#3⟧ als werkgever voor een starter in "
      "⟦city⟧: salaris, reistijd en doorgroeimogelijkheden."),
    B("nl_b_dossiernummer_geweigerd", "nl",
      "Ons systeem weigert dossiernummer ⟦nonbsn⟧ met de melding 'ongeldig formaat'. Het veld verwacht negen "
      "cijfers. Waar kan dat aan liggen, en hoe leg ik dat uit aan de klant?"),
    B("nl_b_sleutelkluisje", "nl",
      "Onze fietsenstalling heeft een sleutelkluisje. Hier is de sleutel: die hangt in de meterkast naast de "
      "hoofdingang. Schrijf een instructie voor nieuwe collega's waar ze de sleutel vinden en hoe ze hem "
      "terughangen."),
    B("nl_b_printer_update", "nl",
      "Na de update naar Windows build ⟦winbuild⟧ werkt de printer op de derde verdieping niet meer. De "
      "driver heeft versie ⟦version⟧. Wat kan ik proberen voordat ik de leverancier bel?"),
    B("nl_b_recept", "nl",
      "Geef een recept voor een vegetarische ovenschotel voor ⟦num⟧ personen, klaar in 40 minuten, met "
      "ingrediënten die je bij elke supermarkt kunt krijgen."),
    B("nl_b_avg_cv", "nl",
      "Leg in eenvoudige taal uit wat de AVG zegt over het bewaren van cv's van sollicitanten. Hoe lang mag "
      "dat, en wat verandert er als de kandidaat toestemming geeft?"),
    B("nl_b_code_review", "nl",
      "Review deze functie:\n\n```python\ndef bereken_korting(bedrag: float, staffel: dict[int, float]) -> float:\n"
      "    for grens, pct in sorted(staffel.items(), reverse=True):\n        if bedrag >= grens:\n"
      "            return bedrag * (1 - pct)\n    return bedrag\n```\n\nKlopt het dat een bedrag van "
      "⟦plainamount⟧ in de verkeerde staffel valt?"),
    B("nl_b_teamuitje", "nl",
      "Maak een reisschema voor een teamuitje van ⟦city⟧ naar ⟦city#2⟧ op ⟦date⟧, vertrek ⟦time⟧, met de "
      "trein. We zijn met ⟦num⟧ personen. Wat kost een groepskaartje ongeveer?"),
    B("nl_b_tokens_uitleg", "nl",
      "Wat betekent 'maximum context length is 128000 tokens'? En hoeveel tokens is een A4'tje tekst ongeveer? "
      "Ik gebruik de API met een sleutel uit onze vault, dus daar hoef je niks over te zeggen."),
]

BENIGN_EN = [
    B("en_b_po_followup", "en",
      "Write a polite follow-up to a supplier about purchase order ⟦order⟧ placed on ⟦date⟧ for ⟦num⟧ units at "
      "⟦amount⟧ each. Delivery was promised for ⟦date#2⟧."),
    B("en_b_changelog", "en",
      "Summarise these commits into a changelog entry for v⟦version⟧:\n\n⟦shortsha⟧ Fix race in cache "
      "invalidation\n⟦shortsha#2⟧ Bump urllib3 to ⟦version#2⟧\n⟦shortsha#3⟧ Add retry to webhook sender\n\n"
      "Release commit: ⟦sha⟧"),
    B("en_b_node_secrets", "en",
      "Is this the right way to load secrets in a Node app?\n\n```js\n"
      "const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\n"
      "const token = process.env.GITHUB_TOKEN ?? '';\nif (!token) throw new Error('GITHUB_TOKEN is not set');\n```"),
    B("en_b_vat_check", "en",
      "Our supplier's invoice shows VAT number ⟦vat⟧ and company number ⟦crn⟧. How do I verify a VAT number "
      "in the EU VIES system, and does it work for UK numbers?"),
    B("en_b_quarterly_agenda", "en",
      "Draft an agenda for the quarterly review on ⟦weekday⟧ ⟦date⟧ at ⟦time⟧ in the ⟦city⟧ office. Topics: "
      "Q⟦q⟧ revenue (⟦amount⟧), hiring plan, office move."),
    B("en_b_worker_log", "en",
      "What's going on in this log?\n\n⟦dateiso⟧ ⟦time⟧ WARN [worker-3] retrying job ⟦uuid⟧ (attempt 3/5)\n"
      "⟦dateiso⟧ ⟦time#2⟧ ERROR [worker-3] job ⟦uuid⟧ failed: image digest sha256:⟦digest⟧ not found in "
      "registry\n⟦dateiso⟧ ⟦time#3⟧ INFO healthcheck ok (build ⟦shortsha⟧)"),
    B("en_b_password_policy", "en",
      "What's a sensible password policy for a 50-person company in 2025? Should we still force password "
      "changes every 90 days? What does NIST say about it?"),
    B("en_b_depot_postcodes", "en",
      "We're opening a second depot to cover the ⟦ukarea⟧ postcode districts. Write a short announcement for "
      "customers about the new delivery zones."),
    B("en_b_subscription_math", "en",
      "If a subscription costs ⟦amount⟧ per month with a ⟦pct⟧ discount for annual billing, how much does a "
      "3-year contract save compared to monthly billing?"),
    B("en_b_remote_work", "en",
      "Compare ⟦bigco⟧ and ⟦bigco#2⟧'s approach to remote work, based on what's publicly known. Keep it to "
      "five bullet points each."),
    B("en_b_key_vs_token", "en",
      "What's the difference between an API key, an OAuth access token and a JWT? When would a small SaaS "
      "use each? The token part is what most people get wrong, so explain that carefully."),
    B("en_b_idempotency_key", "en",
      "Our payment provider asks for an Idempotency-Key header. Is a UUID like ⟦uuid⟧ fine for that, or "
      "should it be derived from the order id ⟦order⟧?"),
    B("en_b_client_visit", "en",
      "Plan a 3-day itinerary for a client visit: day 1 ⟦city⟧, day 2 ⟦city#2⟧, day 3 back to ⟦city#3⟧ for a "
      "dinner at ⟦time⟧. We have a budget of ⟦amount⟧."),
    B("en_b_sql_optimise", "en",
      "Optimise this query:\n\nSELECT o.id, o.total, c.segment\nFROM orders o JOIN customers c ON c.id = "
      "o.customer_id\nWHERE o.created_at >= '⟦dateiso⟧' AND o.status IN ('paid', 'shipped')\n"
      "ORDER BY o.total DESC LIMIT 50;"),
    B("en_b_checksum_rejects", "en",
      "Why does our validator reject the card number ⟦badcard⟧ and the IBAN ⟦badiban⟧ that a tester typed "
      "in? Explain the Luhn check and the IBAN mod-97 check briefly."),
    B("en_b_verify_download", "en",
      "How do I verify this download on macOS? The file is ⟦file⟧, the published SHA-256 checksum is "
      "⟦digest⟧ and the release signing key fingerprint is ⟦fingerprint⟧."),
    B("en_b_project_timeline", "en",
      "Create a project timeline: kickoff ⟦date⟧, design freeze ⟦date#2⟧, launch ⟦date#3⟧. The office is "
      "closed on ⟦date#4⟧ for the company anniversary, so nothing can be scheduled that day."),
    B("en_b_runtime_support", "en",
      "We run Python ⟦version⟧, PostgreSQL ⟦pgver⟧ and Node ⟦version#2⟧. Which of these are out of support in "
      "2026, and what should we upgrade first?"),
]
# fmt: on

TEMPLATES = SENSITIVE_NL + SENSITIVE_EN + BENIGN_NL + BENIGN_EN
