"""A fourth development set for the SECRET rules: credentials in chat-style prose, introduced the
way people introduce them ("hieronder", "as follows", "here it is", "met", "with", a dash, a
parenthesis), named by a bare "key", "secret" or "token", and benign sentences that use the same
words about something else.

    python bench/secret_dev4.py [--misses]

Written on 2026-12-06 (fourth session) in one go, before the engine ran on it. Key bodies are drawn
at random with a fixed seed, so no real credential is in here. Marks and kinds as in
secret_dev.py; the benign texts must produce no SECRET or SECRET_PLACEHOLDER finding.
"""

# ruff: noqa: E501  (the prompts are data: one text to a line)
from __future__ import annotations

import random
import sys

from secret_dev import B62, HEX, LOWNUM, URL64, command

_RNG = random.Random(2026120604)
SYM = B62 + "!#$%&*@^"


def r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def memorable(word: str) -> str:
    return f"{word}{r('0123456789', 4)}{_RNG.choice('!#$%?')}"


LABELLED = [
    # -- introduced on the next line -------------------------------------------------------------
    f"Here is the key you asked for:\n[[prose:{r(B62, 32)}]]\nCan you add it to the Postman collection?",
    f"The shared secret is as follows:\n[[prose:{r(SYM, 24)}]]",
    f"Het token vind je hieronder.\n\n[[keyword:{r(URL64, 40)}]]\n\nWerkt dit met de Graph API?",
    f"Dit is de sleutel:\n\n    [[prose:{r(HEX, 40)}]]\n\nWaarom geeft de server 401?",
    f"Password below (don't share):\n[[prose:{memorable('Harbour')}]]",
    # -- a bare key, secret or token word, a generated value ---------------------------------------
    f"Our webhook secret is [[prose:{r(SYM, 28)}]], how do I verify the signature in Node?",
    f"The key [[prose:{r(HEX, 40)}]] stopped working after the migration.",
    f"Gebruik de token [[prose:{r(B62, 36)}]] in de header, klopt dat?",
    f"I rotated the secret, the new one is [[prose:{r(SYM, 20)}]].",
    f"De nieuwe sleutel is [[prose:{r(B62, 32)}]] en de oude is ingetrokken.",
    f"token={r('0123456789', 0)}[[assign:{r(B62, 30)}]] werkt niet in mijn bash-script, waarom?",
    f"Mijn key: [[prose:{r(B62, 40)}]] (van het developer portal)",
    # -- introduced by met / with / a dash / a parenthesis ----------------------------------------
    f"Log in op de router met het wachtwoord [[prose:{memorable('Tulpen')}]] en zet de firewall aan.",
    f"Connect to the staging box with password [[prose:{r(B62, 14)}]] and restart nginx.",
    f"Wifi voor gasten — wachtwoord: [[prose:{memorable('Koffie')}]]",
    f"Admin account (wachtwoord [[prose:{r(B62, 12)}]]) graag na de demo uitschakelen.",
    f"API key — [[prose:{r(B62, 32)}]] — please keep it out of the repo.",
    f"the password's [[prose:{memorable('Sunset')}]] if you need to get in tonight",
    f"pass is [[prose:{r(B62, 11)}]] btw",
    f"wachtwoord van de wifi = [[prose:{memorable('Zonnig')}]]",
    f"Het root wachtwoord was tot gisteren [[prose:{r(SYM, 16)}]], nu niet meer.",
    f"Can you tell me why my client secret [[prose:{r(URL64, 34)}]] is rejected by Azure AD?",
    f"De secret van de app registratie is [[prose:{r(URL64, 40)}]], hoe gebruik ik die in MSAL?",
    f"Here it is: bearer token [[prose:{r(URL64, 48)}]]",
    # -- in Markdown and quotes --------------------------------------------------------------------
    f"Het wachtwoord is `[[prose:{r(B62, 12)}]]`, maak er een sterkere variant van.",
    f"The token is **[[prose:{r(B62, 36)}]]**; when does it expire?",
    f"Ze zei dat het wachtwoord ‘[[prose:{memorable('Molen')}]]’ is.",
    f'Set the secret to "[[prose:{r(SYM, 22)}]]" in the dashboard.',
    # -- multi-line chat ---------------------------------------------------------------------------
    f"hoi, kun je inloggen op de nas?\ngebruiker: beheer\nww: [[prose:{r(B62, 10)}]]\nthx",
    f"Login details for the demo:\nuser - demo@example.com\npassword - [[prose:{memorable('Lantern')}]]",
    f"VPN\nusername: j.devries\npassword: [[prose:{r(SYM, 14)}]]\nserver: vpn.example.nl",
    f"Wifi naam: Kantoor-Gast\nWachtwoord: [[prose:{memorable('Regen')}]]",
    # -- key words the other sets have less of -----------------------------------------------------
    f"De pincode van de bedrijfscreditcard is [[prose:{r('0123456789', 4)}]], mag die in het draaiboek?",
    f"Recovery code: [[keyword:{r(LOWNUM, 5)}-{r(LOWNUM, 5)}]] (one of ten)",
    f"Mijn herstelcode is [[prose:{r('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 8)}]], waar moet ik die invullen?",
    f"Signing key: [[prose:{r(B62, 44)}]]",
    f"Encryption key is [[prose:{r(HEX, 64)}]] — AES-256, right?",
    f"het app-wachtwoord voor Outlook is [[prose:{r('abcdefghijklmnopqrstuvwxyz', 16)}]]",
    f"Deploy key (read-only): [[prose:{r(B62, 40)}]]",
    f"Use secret [[prose:{r(B62, 24)}]] for the HMAC.",
]

BENIGN = [
    "The key is to keep the prompt short and specific.",
    "Het geheim van een goede presentatie is oefenen.",
    "What's the token limit of gpt-4o-mini?",
    "Use the key Ctrl+Shift+P to open the command palette.",
    "De sleutel van kast 12 hangt bij de receptie.",
    "Key takeaways below:\n- keep it simple\n- test early",
    "The secret ingredient is cardamom.",
    "Token usage: 1532 prompt + 220 completion.",
    "Here is the key question: should we migrate to Postgres 16?",
    "Mijn wachtwoord is verlopen, hoe reset ik het?",
    "The password must be at least 14 characters, like Correct-Horse-Battery.",
    "The token is below:\nBearer <YOUR_TOKEN>",
    "Secret Santa this year: budget 20 euro.",
    "De key van het object is customer_id, de value is een integer.",
    "Het token is verlopen, hoe vraag ik een nieuw aan?",
    "The key 'user:1234:profile' is in Redis, how do I set a TTL?",
    "Wachtwoord: zie de kluis (1Password, vault Beheer).",
    "The API key is stored in Azure Key Vault under the name openai-prod.",
    "Key: value pairs in YAML need a space after the colon.",
    "Password reset link expires after 24h.",
    "De sleutel is kwijt, moeten we de cilinder vervangen?",
    f"Build {r(HEX, 7)} passed, the key change is in commit {r(HEX, 40)}.",
    "Het wachtwoordbeleid zegt: minimaal 12 tekens, waarvan 1 cijfer.",
    "Use the token endpoint https://login.example.com/oauth2/v2.0/token for the grant.",
    "Which secret manager do you recommend, Vault or AWS Secrets Manager?",
    "Het token staat in de omgevingsvariabele GITHUB_TOKEN.",
    "Sleutelwoorden hieronder:\nduurzaamheid, AI, zorg",
    "The passcode is sent by SMS, do not share it.",
    "secret: ${{ secrets.DEPLOY_KEY }}",
    "Mijn key is een licentiesleutel voor Office, waar vind ik die?",
]


if __name__ == "__main__":
    sys.exit(command(__doc__, LABELLED, BENIGN))
