"""CredentialAssignmentRecognizer: the value given to a credential key, or stated in a sentence; never the key."""

from __future__ import annotations

import json

import pytest

from dlp_proxy.detection.recognizers.credential_assignment_recognizer import CredentialAssignmentRecognizer
from tests.unit.detection.recognizers.fakes import BASE64, HEX, body, jwt

RECOGNIZER = CredentialAssignmentRecognizer()

AWS_SECRET = body(40, BASE64)
PRIVATE_KEY_ID = body(40, HEX)


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # .env, shell, INI, properties
        ("DB_PASSWORD=Zomer2024!", ["Zomer2024!"]),
        ("export DB_PASSWORD=Zomer2024!", ["Zomer2024!"]),
        ('MYSQL_ROOT_PASSWORD="r00t-Pw-7"', ["r00t-Pw-7"]),
        (f"aws_secret_access_key = {AWS_SECRET}", [AWS_SECRET]),
        (f"AWS_SECRET_ACCESS_KEY={AWS_SECRET}\nAWS_REGION=eu-west-1", [AWS_SECRET]),
        (f"aws_secret_access_key = /{AWS_SECRET[1:]}", [f"/{AWS_SECRET[1:]}"]),  # base64 may start with '/'
        ("spring.datasource.password=Spr1ng!db", ["Spr1ng!db"]),
        ("--password=Cl1Pass!x", ["Cl1Pass!x"]),
        ("set API_KEY=k3y-Value-99", ["k3y-Value-99"]),
        ("$env:CLIENT_SECRET = 'Ps7~geheimpje'", ["Ps7~geheimpje"]),
        # YAML, TOML
        ("password: hunter22", ["hunter22"]),
        ("wachtwoord: Zomer2024!", ["Zomer2024!"]),
        ("  client_secret: 'Xy9~abcdefgh'", ["Xy9~abcdefgh"]),
        ('token = "tkn_8f3k2m9q"', ["tkn_8f3k2m9q"]),
        ("access_token: at-77aa88bb99", ["at-77aa88bb99"]),
        ("secret_key: Sk8-Vx2-Lm9", ["Sk8-Vx2-Lm9"]),
        ("Password: hunter2.", ["hunter2"]),  # sentence punctuation is not part of it
        # JSON, JavaScript, Python, Go, C#, PHP, XML
        ('{"password": "Welkom01x", "user": "jan"}', ["Welkom01x"]),
        ('{"api_key":"abcd1234efgh"}', ["abcd1234efgh"]),
        ('config["password"] = "Pyth0n!pw"', ["Pyth0n!pw"]),
        ("const apiKey = 'js-K3y-1234';", ["js-K3y-1234"]),
        ("clientSecret: `tpl-S3cr-77`", ["tpl-S3cr-77"]),
        ('password := "g0Lang!pw"', ["g0Lang!pw"]),
        ('password: str = "letmein99"', ["letmein99"]),
        ('private const string DbPassword = "C#sharp99";', ["C#sharp99"]),
        ("define('DB_PASSWORD', 'wp-Pa55word!');", ["wp-Pa55word!"]),  # WordPress wp-config.php
        ('os.environ.setdefault("DJANGO_SECRET_KEY", "k8#mQ2!vLp$7Rt-xZ9wq")', ["k8#mQ2!vLp$7Rt-xZ9wq"]),
        ("putenv('API_TOKEN', 'tok-8Hq2Lm9xWv3Z');", ["tok-8Hq2Lm9xWv3Z"]),
        ('os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")', []),  # no secret key
        ("'api_key' => 'php-K3y-998877',", ["php-K3y-998877"]),
        ("<password>Welkom01x</password>", ["Welkom01x"]),
        ('"x-api-key": "hdr-4fa9c0d2"', ["hdr-4fa9c0d2"]),
        ("Ocp-Apim-Subscription-Key: 0f1e2d3c4b5a69788796a5b4c3d2e1f0", ["0f1e2d3c4b5a69788796a5b4c3d2e1f0"]),
        # HTTP Authorization headers
        ("Authorization: Bearer abc.def-ghi123456", ["abc.def-ghi123456"]),
        ("Authorization: SSWS 00Kn1l_vQqwciuY5I1iIPNUnyBcZx", ["00Kn1l_vQqwciuY5I1iIPNUnyBcZx"]),  # Okta
        (
            "curl -H 'Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l' https://api.example.com",
            ["YWxhZGRpbjpvcGVuc2VzYW1l"],
        ),
        ("curl -u admin:Adm1n!pw https://api.example.com/v1", ["Adm1n!pw"]),
        ("curl --user=deploy:Dpl0y-2024 https://x", ["Dpl0y-2024"]),
        # Docker config.json and .npmrc
        ('{"auths": {"registry.example.com": {"auth": "ZGVwbG95OlJlZzFzdHJ5IXB3"}}}', ["ZGVwbG95OlJlZzFzdHJ5IXB3"]),
        ("//registry.example.com/:_authToken=tok-9f8e7d6c5b", ["tok-9f8e7d6c5b"]),
        # Prose, Dutch and English
        ("het wachtwoord is Zomer2024!", ["Zomer2024!"]),
        ("Het wachtwoord van de server is Winter-2023", ["Winter-2023"]),
        ("password is hunter2", ["hunter2"]),
        ("the password is hunter2.", ["hunter2"]),
        ("Mijn pincode is 4821", ["4821"]),
        ("The password for the VPN is 'Vpn#2024'", ["Vpn#2024"]),
        ("Het wachtwoord luidt: Lente2025?", ["Lente2025?"]),
        ("the API key is k3y-abcdef-123456", ["k3y-abcdef-123456"]),
        ("Het wachtwoord is `Zomer2024!`.", ["Zomer2024!"]),  # Markdown code around it
        ("the password is **Vpn#2024**", ["Vpn#2024"]),
        # a password word right before a strong value, without ':' or "is"
        ("[09:13] Sam: user admin, password Zomer2021!", ["Zomer2021!"]),
        ("wachtwoord Welkom01 werkt niet meer", ["Welkom01"]),
        # several in one text
        ("user=jan\npassword=J4n!pw99\napi_key=ak-77-xyz-88", ["J4n!pw99", "ak-77-xyz-88"]),
    ],
)
def test_when_a_credential_key_has_a_literal_value_then_only_the_value_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the word alone, and "token" in prose
        "password",
        "Please enter your password to continue.",
        "Forgot your password? Reset it here.",
        "a token of appreciation",
        "tokens per minute: 90000",
        "token limit: 4096",
        "max_tokens: 4096",
        "token: 4096",  # shorter than 6
        # placeholders and empty or non-secret values
        "password = None",
        'password = ""',
        "password: null",
        "password: true",
        "password: false",
        'password: "********"',
        "password: ***",
        "password = <password>",
        "api_key = '<your-token>'",
        "OPENAI_API_KEY=YOUR_API_KEY",
        "OPENAI_API_KEY=sk-...",
        'password = "${DB_PASSWORD}"',
        'password: "{{ .Values.db.password }}"',
        "password: {{ vault_db_password }}",
        "api_key: xxxxxxxxxxxxxxxx",
        "password: changeme",
        "password = 'example123'",
        "secret: REDACTED",
        "password = password",
        "API_KEY=API_KEY",
        "api_key: apiKey",
        "password: hunter",  # bare word without digit or symbol: a name, not a literal
        "Password: Welkom",
        "password = abc1",  # shorter than 6
        "$env:CLIENT_SECRET = 'Ps7~secretish'",  # the value holds the word "secret": a name
        'password = "MyPassword2024"',
        # references: environment, calls, attributes, subscripts, files
        'password = os.environ["DB_PASSWORD"]',
        "password = os.environ.get('DB_PASSWORD')",
        'password = getenv("DB_PASSWORD")',
        "password = getpass()",
        'password = input("Password: ")',
        "const token = process.env.GITHUB_TOKEN;",
        "api_key = settings.API_KEY",
        "secret_key = SECRET_KEY",
        "password = request.form['password']",
        "password: $DB_PASS",
        "password: %DB_PASS%",
        "api_key = args.api_key",
        "ssh_key: ~/.ssh/id_rsa",
        "private_key = '/etc/ssl/private/server.key'",
        "private_key: /keys/server-2024.pem",
        "api_key: ./config/api-key-2024.txt",
        "secret: https://vault.example.com/v1/secret/data/app",
        'password = f"{prefix}{suffix}"',
        # keys that are not credentials
        'password_hash = "5f4dcc3b5aa765d61d8327deb882cf99"',
        "PASSWORD_MIN_LENGTH=12",
        "password_length: 16",
        "auth_token_ttl: 3600s",
        'csrf_token = "a8f5f167f44f4964e6c998dee827110c"',
        'next_page_token: "CAUQAA2024x"',
        'eos_token = "</s>"',
        "cancellationToken: CancellationToken = default",
        'public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5"',
        "primary_key: user_id_2024",
        "sort_key = created_at_2024",
        "secret_name: prod-db-2024",
        "key_vault_name: kv-prod-01",
        'monkey = "banana123"',
        'bypass = "override99"',
        "key: value1234",
        'keyboard = "qwerty1234"',
        'twitter_consumer_key="test_twitter_consumer_key"',  # the key's own name with a prefix
        'Token:  "#d8dee9",',  # a colour in a syntax-highlighting theme
        "private_key: PKCS7PrivateKeyTypes,",  # a type annotation
        "aws_access_key_id = AKIA1234567890ABCDEF",  # an id; ApiKeyRecognizer judges the shape
        # prose that is not a credential
        "the password is incorrect",
        "the password is 8 characters long",
        "password is required",
        "het wachtwoord is verlopen",
        "the token is expired",
        "the token is valid for 24 hours",
        "The secret key and salt. The default is ``django-concat``.",  # "is" belongs to the next clause
        "an opaque continuation token returned when `finish_reason` is `CONTINUATION`",
        '{"token": "incredible", "logprob": -0.12}',  # a model's token, not a credential
        "{'token': 'Odyssey\"}', 'logprob': -2.0}",
        "api_key='vertex-test-key'",
        "headers={'x-goog-api-key': 'manual-key'}",
        "Your password was changed successfully.",
        "password SHA256 hashes",  # an acronym after the word
        "password reset-2024 flow",  # a slug
        "password hunter22",  # without ':' or "is" the value must be strong
        "password manager 1Password",
        # validation messages after a password key
        'errors.password = "must be at least 8 characters"',
        'password: "Too short"',
        '"password": {"type": "string", "minLength": 8}',
        # curl and Docker auth without a credential
        "curl -u user:pass https://api.example.com",
        "curl -u $USER:$PASS https://api.example.com",
        "curl -u admin:admin http://localhost",
        '{"auth": "dXNlcjpwYXNz"}',  # base64 of user:pass
        "auth: true",
        'auth: "oauth2-client-2024"',  # not base64 of user:password
        # headers without a credential
        "Authorization: Bearer $TOKEN",
        "Authorization: Bearer <token>",
        "Authorization: Bearer YOUR_TOKEN_HERE",
        "Authorization: Bearer short",
        # hashes, ids and digests without a credential key
        "commit 3f2a9c0d1e4b5a6f7c8d9e0f1a2b3c4d5e6f7a8b",
        "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "image: nginx@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        "id: 6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b",
        "version: 1.2.3-beta.4",
    ],
)
def test_when_the_value_is_no_literal_credential_then_no_finding(text: str) -> None:
    assert found(text) == []


def test_when_a_gcp_service_account_is_pasted_then_its_private_key_id_is_found() -> None:
    # The "private_key" value itself is PrivateKeyRecognizer's finding (its armour has spaces,
    # which this recognizer does not take for a literal).
    private_key = "-----BEGIN PRIVATE KEY-----\n" + body(64, BASE64) + "\n-----END PRIVATE KEY-----\n"
    document = json.dumps(
        {
            "type": "service_account",
            "project_id": "demo-project-123",
            "private_key_id": PRIVATE_KEY_ID,
            "private_key": private_key,
            "client_email": "svc@demo-project-123.iam.gserviceaccount.com",
            "client_id": "123456789012345678901",
        },
        indent=2,
    )
    assert found(document) == [PRIVATE_KEY_ID]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f'"private_key_id": "{PRIVATE_KEY_ID}"', [PRIVATE_KEY_ID]),
        (f"privateKeyId: {PRIVATE_KEY_ID}", [PRIVATE_KEY_ID]),
        ('"private_key_id": "not-a-key-id-value"', []),  # the id is 40 hex characters
        (f'"key_id": "{PRIVATE_KEY_ID}"', []),
        (f'"commit_id": "{PRIVATE_KEY_ID}"', []),
    ],
)
def test_when_private_key_id_holds_40_hex_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_a_bearer_jwt_is_in_a_header_then_the_token_is_the_finding() -> None:
    token = jwt()
    assert found(f"Authorization: Bearer {token}") == [token]


def test_when_key_is_given_then_the_finding_names_the_recognizer() -> None:
    [result] = RECOGNIZER.analyze("DB_PASSWORD=Zomer2024!", ["SECRET"])
    assert result.recognition_metadata["recognizer_name"] == "CredentialAssignmentRecognizer"
    assert result.score >= 0.5


def test_when_another_entity_is_asked_then_no_finding() -> None:
    assert RECOGNIZER.analyze("DB_PASSWORD=Zomer2024!", ["EMAIL_ADDRESS"]) == []


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_near_misses_then_scan_finishes_without_finding() -> None:
    crafted = "".join(
        [
            "password " * 400,  # keys without a separator
            "password: " * 400,  # separators without a value
            ('"password": "' + "a" * 10) * 60,  # unterminated strings
            'password = "' + "\\" * 2000,  # a run of escapes
            ("a" * 63 + "_") * 40,  # long identifiers
            ("the password " + "x " * 4) * 60,  # prose with too many words before "is"
            "wachtwoord is " * 200,
            ("Authorization: Bearer " + "a" * 7 + " ") * 60,
            ("<password>" + "a" * 10) * 60,
            ("curl -u " + "a" * 70 + " ") * 30,  # a user longer than allowed, no ':'
            ('{"auth": "' + "QUFB" * 30 + '"} ') * 10,  # base64 without a ':' inside
        ]
    )
    assert len(crafted) >= 20_000
    assert found(crafted) == []


# A random value with capitalised runs ("Kwd", "Pqz", "Tmv") that once passed for a CamelCase type name.
RANDOM_CAPS = "Gh4KwdPqz8TmvRb2Xy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # user / password in a login instruction, Dutch and English
        (f"Inloggen met root / {RANDOM_CAPS} lukt nog.", [RANDOM_CAPS]),
        ("log in met admin / Welkom2024!", ["Welkom2024!"]),
        ("Inloggen met root / &H8NpAvmKZ0JFp", ["&H8NpAvmKZ0JFp"]),  # '&' leads a password, not a C pointer
        ("Log in as deploy/Dpl0y-2024 on the jump host", ["Dpl0y-2024"]),
        ("sign in with svc_backup:Bck!up-7781", ["Bck!up-7781"]),
        ("Inloggegevens: j.devries / Zomer#2024", ["Zomer#2024"]),
        ("Aanmelden als gebruiker beheer / Lente2025?", ["Lente2025?"]),
        ("credentials are admin:Zomer2024!", ["Zomer2024!"]),
        ("De inloggegevens zijn jan / Welkom01!", ["Welkom01!"]),
        ("the login is root/Xk9mQ2vLp7", ["Xk9mQ2vLp7"]),
        ("The login for the portal is admin / Zomer2024!Tulp", ["Zomer2024!Tulp"]),
        ("De inlog voor het NAS is beheer / Zomer2024!Tulp", ["Zomer2024!Tulp"]),
        ("the credentials for prod are root / Xk9#mQ2vLp", ["Xk9#mQ2vLp"]),
        # ... and what only looks like one
        ("The login for the portal is broken / not working since Monday", []),
        ("The login for new users is email / password based", []),
        ("The credentials are stored in the vault.", []),
        ("Login is https://example.com/login/oauth2", []),
        ("log in with your username / password", []),
        ("Inloggen met root / <wachtwoord>", []),
        ("log in met admin / admin", []),
        ("log in as admin/Admin", []),  # not a password on its own: no digit
        ("log in met DigiD / eHerkenning", []),
        ("sign in with Google / GitHub", []),
        ("Log in with https://portal.example.com/oauth2", []),
        ("sign in with example.com/login/oauth2", []),  # a path, not user/password
        ("log in at 10:30 / 11:00", []),
        ("log in met root / Wk7!", []),  # shorter than 6
    ],
)
def test_when_a_login_instruction_gives_user_and_password_then_only_the_password_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Login details: user m.jansen / pass LLjR9gymKS - write a welcome email", ["LLjR9gymKS"]),
        ("gebruiker: admin, ww: Welkom01!", ["Welkom01!"]),
        ("username jan, password Zomer2024!", ["Zomer2024!"]),
        (f"account svc_backup | pwd {RANDOM_CAPS}", [RANDOM_CAPS]),
        # ... and what only looks like one: the value must look like a password on its own
        ("user admin / pass through the gate", []),
        ("user jan / pass the salt", []),
        ("account: sales; password: see vault", []),
        ("username alice, password hidden", []),
    ],
)
def test_when_shorthand_login_details_give_user_and_password_then_only_the_password_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compounds ending in -wachtwoord, and the password word without ':' or "is"
        ("het beheerwachtwoord is Kx7#mQ2!vLp.", ["Kx7#mQ2!vLp"]),
        ("Het root-wachtwoord is Lente2025?", ["Lente2025?"]),
        ("het databasewachtwoord Welkom2024! werkt niet", ["Welkom2024!"]),
        ("BEHEERWACHTWOORD=Zomer2024!", ["Zomer2024!"]),
        ("gebruikersnaam jan, wachtwoord Welkom2024!", ["Welkom2024!"]),
        ("user: root, password: Zomer2024!", ["Zomer2024!"]),
        ("user admin, password $pKj3dlC!fio9", ["$pKj3dlC!fio9"]),  # '$' leads a password, not a variable
        # ... and the same words without a credential
        ("het standaardwachtwoord is admin", []),
        ("het wachtwoordbeleid is Streng2024", []),  # a policy, not a password
        ("het beheerwachtwoord is verlopen", []),
        ("wachtwoorden Welkom2024! en Zomer2024! zijn verboden", []),  # plural: a list of examples
        ("password: $db_pass", []),
        ("password = $this->dbPass", []),
        ("password: $CONFIG_DIR/db.pw", []),
        # more key words, "=" after a few words, a quoted value, a passphrase of several words
        ("Mijn inlogcode voor het portaal is BC9CQK6LIR maar hij werkt niet.", ["BC9CQK6LIR"]),
        ("Wachtwoordzin van de kluis: z6wq36-uq7hoi3-z6rvo-7k1krx", ["z6wq36-uq7hoi3-z6rvo-7k1krx"]),
        ("pwd for the jump host = KNU2McOIAJBzU", ["KNU2McOIAJBzU"]),
        ("Je kunt erin met gebruiker 'support' en wachtwoord 'z8SuhdQNe'.", ["z8SuhdQNe"]),
        ("The passphrase is 4g8hx09 xoc6gf zs50xjd7 yccxg, can you explain it?", ["4g8hx09 xoc6gf zs50xjd7 yccxg"]),
        ("password = os.environ['DB_PASSWORD']", []),  # code: a call, not a literal
        ("the password policy = strict", []),
        ("pwd = /home/jan/projects", []),  # the working directory
    ],
)
def test_when_a_password_is_stated_in_dutch_or_english_prose_then_the_value_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # random values in .env and compose files, with capitalised runs in them
        (f"  POSTGRES_PASSWORD: {RANDOM_CAPS}", [RANDOM_CAPS]),
        ("AWS_SECRET_ACCESS_KEY=Mb3TqwZu9Lkx7PrVd2Nq", ["Mb3TqwZu9Lkx7PrVd2Nq"]),
        ("DB_PASSWORD=Su22Rqh6AsiKQUsBF1r", ["Su22Rqh6AsiKQUsBF1r"]),
        # type names made of words, acronyms and numbers
        ("private_key: PKCS7PrivateKeyTypes,", []),
        ("private_key: X509CertificateLoader", []),
        ("signing_key: HMACSha256Signer", []),
        ("signing_key = newHmac256Signer", []),  # camelCase too
        # generated passwords that open with a symbol of a reference, a remark or a variable
        ("Mijn wachtwoord is $yuzVj2eK43U", ["$yuzVj2eK43U"]),
        ("export SECRET_KEY=%u0EWi8%puD*", ["%u0EWi8%puD*"]),
        ("API_KEY=(c%9Purs99UZ", ["(c%9Purs99UZ"]),
        ('token = "wIGUiAPIYxZkjRNV"', ["wIGUiAPIYxZkjRNV"]),  # letters alone, quoted, under a token key
        ("Authorization: Bearer n6rjY#mC@#fJ", ["n6rjY#mC@#fJ"]),  # outside token68, still pasted so
        # ... and not variables, Windows references or remarks
        ("DB_PASSWORD=$dbPass2", []),
        ("set DB_PASSWORD=%DB_PASS%", []),
        ("Het wachtwoord staat hieronder:\n(zie het ticket)", []),
        ("Authorization: Bearer $API_TOKEN", []),
        # the code of a wireless network
        ("De wifi-code is: Bl4uwR00d!Huis", ["Bl4uwR00d!Huis"]),
        ("netwerksleutel: Bl4uwR00d!Huis", ["Bl4uwR00d!Huis"]),
        ("De wifi-code staat op de router.", []),
        # a list of recovery codes: every code, not the first alone
        ("Recovery codes: 8f3k-2m9x, 7q1z-5w8v, 3n6b-9c2d", ["8f3k-2m9x, 7q1z-5w8v, 3n6b-9c2d"]),
        ("Backup codes: 84920173 55102938 99201847. Keep them safe.", ["84920173 55102938 99201847"]),
        # ... stated with a plural verb, joined by "and" or "en"
        (
            "The recovery codes are 7f3k-9xq2, m4p8-2zr6 and b6t1-8wn5.",
            ["7f3k-9xq2, m4p8-2zr6 and b6t1-8wn5"],
        ),
        ("De herstelcodes zijn 7f3k-9xq2 en m4p8-2zr6.", ["7f3k-9xq2 en m4p8-2zr6"]),
        ("Backup codes: 8f3k-2m9x, 7q1z-5w8v and then call support.", ["8f3k-2m9x, 7q1z-5w8v"]),
        # plural verbs before words
        ("The passwords are case sensitive.", []),
        ("API keys are rotated monthly.", []),
        ("The token limits are 4096 per request.", []),
    ],
)
def test_when_a_bare_value_is_random_rather_than_a_type_name_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("jdbc.password=oNQ8gEsnS&tBDxD4k9S", "oNQ8gEsnS&tBDxD4k9S"),  # '&' inside a properties value
        ("  wachtwoord: zL9w5&*VVzmvRiX49LV", "zL9w5&*VVzmvRiX49LV"),
        ("https://x.nl/login?user=jan&password=Geheim2024x&next=/home", "Geheim2024x"),  # query string
    ],
)
def test_ampersand_belongs_to_the_value_except_in_a_query_string(text: str, value: str) -> None:
    found = [text[r.start : r.end] for r in CredentialAssignmentRecognizer().analyze(text, ["SECRET"])]
    assert found == [value]


RANDOM_KEY = "Gh4KwdPqz8TmvRb2Xy7LcN3sJf9WqA1eUo5Zt6Vk"  # 40 random characters, as generated keys are


def found_typed(text: str) -> list[tuple[str, str]]:
    """(entity type, value) per finding, secrets and placeholders alike."""
    return [(r.entity_type, text[r.start : r.end]) for r in RECOGNIZER.analyze(text, ["SECRET", "SECRET_PLACEHOLDER"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a password word anywhere in an identifier
        ('db_password_prod = "Zomer2024!"', ["Zomer2024!"]),
        ('passwordConfirm: "Zomer2024!"', ["Zomer2024!"]),
        ("MYSQL_PASSWORD_ROOT=r00t-Pw-7", ["r00t-Pw-7"]),
        ("wachtwoord_beheer: Welkom2024!", ["Welkom2024!"]),
        # valid: letters alone whose case jumps like a generated password's
        ("gebruiker admin, wachtwoord jbCpPugnIQqM", ["jbCpPugnIQqM"]),
        ("password: jbCpPugnIQqM", ["jbCpPugnIQqM"]),
        # ... and a leading '&' in a .properties value
        ("jdbc.password=&IB2brjxe8jBWnegZ", ["&IB2brjxe8jBWnegZ"]),
        # invalid: names and identifiers in camel case, pointers and references in code
        ("wachtwoord iCloudBackup", []),
        ("password manager KeePassXC", []),
        ("password = getPasswordFromVault", []),
        ("password = &buf", []),
        ("password = *ptr", []),
        # invalid: the identifier is about the password, not the password
        ('password_policy: "strict"', []),
        ('"password_hash": "$2b$12$abcdefghijklmnopqrstuv"', []),
        ("password_reset_url: https://x.nl/reset/abc123", []),
        ("passwordMinLength = 12", []),
        ("wachtwoord_vergeten: Link2024!", []),
        ('"password_regex": "^(?=.*[0-9]).{8,}$"', []),
        # valid: Dutch "geheim" (secret) and any *_secret / *_token
        ("geheim: Xy9~abcdefgh", ["Xy9~abcdefgh"]),
        ("bedrijfsgeheim = 'Pq7!vLm2xZ'", ["Pq7!vLm2xZ"]),
        ("webhook_secret: whk-4fa9c0d2e1", ["whk-4fa9c0d2e1"]),
        ("auth_token = 'tkn-77aa88bb99cc'", ["tkn-77aa88bb99cc"]),
        # valid: any other key, "key" and "sleutel" alone, with a random value
        (f"key: {RANDOM_KEY}", [RANDOM_KEY]),
        (f'sleutel = "{RANDOM_KEY}"', [RANDOM_KEY]),
        (f"Hier is de sleutel: {RANDOM_KEY}", [RANDOM_KEY]),
        (f"BUCKET_UPLOAD_KEY={RANDOM_KEY}", [RANDOM_KEY]),
        # invalid: the same keys with a written value, or keys that name no secret
        ("key: value1234", []),
        ("key: app.kubernetes.io/name", []),
        ('sleutel = "reservesleutel-kantoor-2"', []),
        (f"cache_key: {RANDOM_KEY}", []),
        (f"translation_key: {RANDOM_KEY}", []),
        (f"public_key: {RANDOM_KEY}", []),
        (f"idempotency_key = '{RANDOM_KEY}'", []),
        ("key: 6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", []),  # a UUID under a bare "key"
    ],
)
def test_when_a_key_is_named_like_a_credential_then_its_value_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a stand-in with substance where a credential goes: masked, not blocked
        ("password: changeme", [("SECRET_PLACEHOLDER", "changeme")]),
        ("keystore.password=changeit", [("SECRET_PLACEHOLDER", "changeit")]),
        ("password = 'example123'", [("SECRET_PLACEHOLDER", "example123")]),
        ("api_key='vertex-test-key'", [("SECRET_PLACEHOLDER", "vertex-test-key")]),
        ("het wachtwoord is changeme", [("SECRET_PLACEHOLDER", "changeme")]),
        ("curl -u admin:changeme http://localhost", [("SECRET_PLACEHOLDER", "changeme")]),
        (
            "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            [("SECRET_PLACEHOLDER", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
        ),
        ("Authorization: Bearer example-bearer-1234", [("SECRET_PLACEHOLDER", "example-bearer-1234")]),
        (
            'STRIPE_API_KEY = "sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc"',
            [("SECRET_PLACEHOLDER", "sk_test_4eC39HqLyjWDarjtT1zdp7dc")],
        ),
        # ... next to a real one
        (
            "user=jan\npassword=J4n!pw99\nbackup_password=changeme",
            [("SECRET", "J4n!pw99"), ("SECRET_PLACEHOLDER", "changeme")],
        ),
        # valid: a value that only names the secret, as documentation writes it ("your", "..._HERE"):
        # masking costs nothing, and placeholders never pass unmasked
        ("api_key: <your-api-key-here>", [("SECRET_PLACEHOLDER", "<your-api-key-here>")]),
        ("OPENAI_API_KEY=YOUR_API_KEY", [("SECRET_PLACEHOLDER", "YOUR_API_KEY")]),
        ("api_key = YOUR_API_KEY_HERE", [("SECRET_PLACEHOLDER", "YOUR_API_KEY_HERE")]),
        ("SECRET_KEY = 'your-secret-key'", [("SECRET_PLACEHOLDER", "your-secret-key")]),
        ('"apiKey": "YOUR_API_KEY"', [("SECRET_PLACEHOLDER", "YOUR_API_KEY")]),
        ("Authorization: Bearer YOUR_TOKEN_HERE", [("SECRET_PLACEHOLDER", "YOUR_TOKEN_HERE")]),
        ("Authorization: Bearer YOUR_ACCESS_TOKEN", [("SECRET_PLACEHOLDER", "YOUR_ACCESS_TOKEN")]),
        # invalid: references, masks, words for the slot, names of the secret without "your": nothing to mask
        ("password: ${DB_PASSWORD}", []),
        ("api_key: ${YOUR_API_KEY}", []),
        ("key: <your-api-key-here>", []),  # a bare "key" says too little
        ("api_key = API_KEY", []),
        ("tour_key = your_value", []),  # not a credential key
        ('password: "{{ .Values.db.password }}"', []),
        ("api_key: xxxxxxxxxxxxxxxx", []),
        ("OPENAI_API_KEY=sk-...", []),
        ("secret: REDACTED", []),
        ("password: password", []),
        ("password = changeme()", []),  # a call
        ("key: example-value-123", []),  # a bare "key" says too little
        ("password: null", []),
    ],
)
def test_when_a_credential_key_holds_a_stand_in_then_it_is_a_placeholder(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_typed(text) == expected


def test_when_only_placeholders_are_asked_then_secrets_are_left_out() -> None:
    text = "password=J4n!pw99\nbackup_password=changeme"
    assert [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET_PLACEHOLDER"])] == ["changeme"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: "ww"/"pw" as keys, a colon after the words of a password sentence, .netrc
        ("Mijn inlog is jan.devries@acme.nl, ww: Welkom123!", ["Welkom123!"]),
        ("gebruikersnaam admin\nww: Tulp#2023", ["Tulp#2023"]),
        ("pw: S3cure!Pass", ["S3cure!Pass"]),
        ("admin_pw = 'Xk92!mQrT'", ["Xk92!mQrT"]),
        ("Ons wachtwoord voor de NAS: Fiets!2019", ["Fiets!2019"]),
        ("Het wachtwoord van de wifi is Koffie4All", ["Koffie4All"]),
        ("machine api.heroku.com\n  login jan@acme.nl\n  password c1546ee4-8fdd-35fe", ["c1546ee4-8fdd-35fe"]),
        ("machine ftp.acme.nl login jan password Gr0en!x", ["Gr0en!x"]),
        # invalid: the same words without a credential
        ("pw = getpass.getpass()", []),
        ("www: acme.nl", []),
        ("Het wachtwoord voor de test: zie de kluis", []),
        ("The token count for gpt-4o: gpt-4o-2024", []),  # a colon after words counts for a password only
        ("Wachtwoord vergeten? Klik op de link.", []),
        ("machine api.heroku.com login jan password", []),
    ],
)
def test_when_a_password_has_a_short_key_a_sentence_or_a_netrc_line_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: passwords on a command line, in user:password@host without a scheme, after "passphrase"
        ("mysql -u root -pR00tPass!23 -h db.internal", ["R00tPass!23"]),
        ("mysqldump --password=Dump#2024x crm > crm.sql", ["Dump#2024x"]),
        ("sshpass -p 'Tr0ub4dor&3' ssh jan@host", ["Tr0ub4dor&3"]),
        ("redis-cli -a Cache!Pw9 ping", ["Cache!Pw9"]),
        ("az login --service-principal -u http://app -p Xk8~q2LmR7vT9wZ3 --tenant t", ["Xk8~q2LmR7vT9wZ3"]),
        ("wandb login 5f3a401971b03679a7e15ab9010f54ce7d6d160a", ["5f3a401971b03679a7e15ab9010f54ce7d6d160a"]),
        ("huggingface-cli login --token Zq8mX2pL7vR4tK9wB3nC6yJd1s", ["Zq8mX2pL7vR4tK9wB3nC6yJd1s"]),
        ("hf auth login --token=Zq8mX2pL7vR4tK9wB3nC6yJd1s", ["Zq8mX2pL7vR4tK9wB3nC6yJd1s"]),
        ("root:Toor!2024@192.168.1.10", ["Toor!2024"]),
        ("ssh -i key.pem ubuntu@host  # passphrase Tr0ub4dor&3", ["Tr0ub4dor&3"]),
        # invalid: the same commands and shapes without a password
        ("mysql -u root -p -h db.internal", []),
        ("mysql -u root -p crm < dump.sql", []),  # -p then a database name: the password is prompted for
        ("docker login -u jan --password-stdin", []),
        ("az login -u http://app --tenant contoso", []),  # a URL after -u is no user:password
        # a quoted password with spaces: a passphrase, or words mixing letters with digits or symbols
        (
            'Mijn wachtwoordzin is "paard batterij nietje correct", is dat sterk genoeg?',
            ["paard batterij nietje correct"],
        ),
        ('MAIL_PASS="p@ss w0rd with spaces"', ["p@ss w0rd with spaces"]),
        ('errors = {"password": "This field is required"}', []),  # a message, not a password
        # German and French, pasted from a colleague's mail
        ("Das Passwort lautet: Kx9#mPq2vL", ["Kx9#mPq2vL"]),
        ("Le mot de passe est Tr0ub4dor&3 pour le serveur.", ["Tr0ub4dor&3"]),
        ("Datenbankpasswort: Gx7!mLq2Zp", ["Gx7!mLq2Zp"]),
        ("Passwort vergessen? Klicken Sie hier.", []),
        ("Das Passwort muss 12 Zeichen haben.", []),
        # a generated value is a literal even where code would hold a variable; a call is not
        ("API_KEY=RdbTFOqEkmpaeIvCWenN", ["RdbTFOqEkmpaeIvCWenN"]),
        ("Mijn wachtwoord is evc4OMxna(Fe", ["evc4OMxna(Fe"]),  # a bracket, but no call
        ("password: gu9GilIt()$M", ["gu9GilIt()$M"]),
        ("password = os.getenv('DB_PASSWORD').strip()", []),
        ("api_key = settings['openai']", []),
        ("Het wachtwoord staat hieronder:\n(zie het ticket)", []),
        ('{"password": "must be at least 8 characters"}', []),
        ('password_label = "Enter your password"', []),
        ('{"passphrase": "min 3 words, max 8 words"}', []),
        # a public key is published on purpose; a private one, or a bare "key", is not
        ("# public key: age13zpjfdxus2ywxpjlk40np9wlfu7k0tass0ujhwy8ewpqhaxyzabcd", []),
        ("De publieke sleutel is Zq8mX2pL7vR4tK9wB3nC6yJd1s", []),
        ("private key: Zq8mX2pL7vR4tK9wB3nC6yJd1s", ["Zq8mX2pL7vR4tK9wB3nC6yJd1s"]),
        ("key: Zq8mX2pL7vR4tK9wB3nC6yJd1s", ["Zq8mX2pL7vR4tK9wB3nC6yJd1s"]),
        ("wandb login", []),
        ("wandb login --relogin", []),
        ("huggingface-cli login --token $HF_TOKEN", []),
        ("mailto:jan.devries@acme.nl", []),
        ("note:see@acme.nl", []),
        ("the passphrase protects the key", []),
    ],
)
def test_when_a_password_is_on_a_command_line_or_before_a_host_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a slot in angle brackets where a credential goes is a documentation placeholder
        ("password: <password>", [("SECRET_PLACEHOLDER", "<password>")]),
        ("DB_PASSWORD=<your-db-password>", [("SECRET_PLACEHOLDER", "<your-db-password>")]),
        ("client_secret = 'YOUR_CLIENT_SECRET'", [("SECRET_PLACEHOLDER", "YOUR_CLIENT_SECRET")]),
        # invalid: redaction masks and references hold nothing to mask
        ("password: ********", []),
        ("api_key: xxxxxxxxxxxxxxxx", []),
        ("password: {password}", []),
        ("token: <>", []),
    ],
)
def test_when_a_credential_key_holds_a_slot_then_it_is_a_placeholder_and_a_mask_is_not(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: byte strings, access codes, getenv defaults, .NET appSettings, "het ww is"
        ("app.secret_key = b'_5#y2L\"F4Q8z'", ['_5#y2L"F4Q8z']),
        ("toegangscode: X7k!29qa", ["X7k!29qa"]),
        ("passcode = 'Pc!82736x'", ["Pc!82736x"]),
        ("PASSWORD = os.getenv('PASSWORD', 'Fallb@ck99')", ["Fallb@ck99"]),
        ("DB_PASS = os.environ.get('DB_PASS', 'Env!Def4ult')", ["Env!Def4ult"]),
        ('<add key="Password" value="Cfg!Pass77"/>', ["Cfg!Pass77"]),
        ("het ww is Lente#2024", ["Lente#2024"]),
        # invalid: YAML tags, non-secret appSettings, codes that are no credential, a getenv without default
        ("encryption_key: !vault |", []),
        ("password: !secret db_password", []),
        ('<add key="PageSize" value="25x!"/>', []),
        ("zip_code: 1234AB!", []),
        ("error_code = 'E_4041!x'", []),
        ("PASSWORD = os.getenv('PASSWORD')", []),
        ("het ww is verlopen", []),
    ],
)
def test_when_a_password_hides_in_bytes_codes_defaults_or_appsettings_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a whole .env or compose line gives an upper-case password key a plain word
        ("DB_PASS=letmein", [("SECRET", "letmein")]),
        ("export DB_PASSWORD=tulpenbol", [("SECRET", "tulpenbol")]),
        ("DB_PASSWORD=tulpenbol # prod", [("SECRET", "tulpenbol")]),
        ("services:\n  db:\n    environment:\n      - POSTGRES_PASSWORD=postgres", [("SECRET", "postgres")]),
        ("    MYSQL_PASSWORD: rootpass\n    MYSQL_USER: app", [("SECRET", "rootpass")]),
        # ... or sets it for the command after it on a shell line
        ("PGPASSWORD=postgres psql -h localhost", [("SECRET", "postgres")]),
        ("sudo PGPASSWORD=Zomer2024Tulp pg_dump prod > dump.sql", [("SECRET", "Zomer2024Tulp")]),
        ("DB_PASSWORD=letmein FOO=1 ./run.sh", [("SECRET", "letmein")]),
        # valid: a weak key naming a hex value directly ("AZURE_OPENAI_KEY", an Azure subscription key)
        (f"AZURE_OPENAI_KEY={body(32, HEX)}", [("SECRET", body(32, HEX))]),
        # valid: an adverb between verb and value in prose; a slot after Bearer is a placeholder
        ("The admin password is still admin123, can you change it?", [("SECRET", "admin123")]),
        ("het wachtwoord is nog steeds Zomer2024!", [("SECRET", "Zomer2024!")]),
        ("Authorization: Bearer <API_KEY>", [("SECRET_PLACEHOLDER", "<API_KEY>")]),
        # invalid: code, settings words, non-password keys, values not ending the line, fingerprints
        ("SECRET_KEY=os.urandom", []),
        ("PASSWORD=get_password(user)", []),
        ("ENCRYPTION_KEY=disabled", []),
        ("PGPASSWORD=$DB_PASS psql -h localhost", []),  # a reference, not a value
        ("Set PASSWORD=hidden before you run it", []),  # prose: not the start of its line
        ("PASSWORD_MIN_LENGTH=12 python manage.py check", []),
        ("password = request", []),
        ("PASSWORD_RESET_TIMEOUT=3600", []),
        ("x = 1; DB_PASS=letmein", []),  # not the start of its line
        (f"GPG_KEY={body(40, HEX)}", []),
        (f"key: {body(8, HEX)}-{body(4, HEX)}-{body(4, HEX)}-{body(4, HEX)}-{body(12, HEX)}", []),
        ("Authorization: Bearer <>", []),
        ("DB_PASSWORD=${DB_PASSWORD:?missing}", []),  # a shell default inside a reference
        ("url: ${API_TOKEN:-Xk9mQ2vLp7Rt4Wn8}", []),
    ],
)
def test_when_env_lines_hex_keys_adverbs_or_bearer_slots_hold_a_credential_then_it_is_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found_typed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kubectl create secret generic smtp --from-literal=password=zsJOUMqqfqZCMpEXQf -n prod",
         ["zsJOUMqqfqZCMpEXQf"]),  # a flag's key=value is a literal, letters only too
        ("kubectl create secret generic app --from-literal=api_token=" + RANDOM_CAPS, [RANDOM_CAPS]),
        ("password=userPassword", []),  # in code a bare value is usually a variable
        ("connect(password=userPassword)", []),
    ],
)  # fmt: skip
def test_when_a_command_line_flag_gives_a_password_then_the_value_is_a_literal(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a credential name and its value as two fields: Kubernetes, ECS, Azure app settings, XML
        ('env:\n- name: DB_PASSWORD\n  value: "Xk9mQ2vLp7rT"', ["Xk9mQ2vLp7rT"]),
        ('{"name": "API_KEY", "value": "q8W2eR4tY6uI8oP0aS2dF4gH"}', ["q8W2eR4tY6uI8oP0aS2dF4gH"]),
        ('<setting name="SmtpPassword" value="Autumn9753!" />', ["Autumn9753!"]),
        ('- name: DB_HOST\n  value: "db01.internal"', []),  # no credential name
        ("- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef: {name: db, key: password}", []),  # a reference
        # a query string holds literals, letters only too; a lookup in YAML is none
        ("GET https://api.example.com/v1/items?app_secret=QXecqxvmzZGPTZvgRYEX&page=2", ["QXecqxvmzZGPTZvgRYEX"]),
        ("app:\n  settings:\n    DB_PASSWORD: os.environ['API_KEY']", []),
        # a token of letters and symbols, long enough to be generated
        ("AUTH_TOKEN=CTzCR^XBFy!uG-FGjoFwQ2", ["CTzCR^XBFy!uG-FGjoFwQ2"]),
    ],
)
def test_when_a_credential_is_given_as_name_and_value_fields_or_in_a_query_then_the_value_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrow, a parenthesis before the colon, the value on the line after the colon
        ("Het token -> Welkom6935!", ["Welkom6935!"]),
        ("De client secret (geldig tot vrijdag): Xk9#mQ2!vLp7", ["Xk9#mQ2!vLp7"]),
        ("Het wachtwoord staat hieronder:\nLente7835%", ["Lente7835%"]),
        ("The API key below:\nq8W2eR4tY6uI8oP0aS2dF4gH", ["q8W2eR4tY6uI8oP0aS2dF4gH"]),
        # a Dutch compound token, and a key phrase right before a generated or symbol-bearing value
        ("Mijn toegangstoken is P6XM2LYHC7qiM6LgrWOucJQ1YczUbhES", ["P6XM2LYHC7qiM6LgrWOucJQ1YczUbhES"]),
        ("Gebruik de client secret Welkom3161$ voor de koppeling.", ["Welkom3161$"]),
        ("Waarom werkt deze sleutel niet: q8W2eR4tY6uI8oP0aS2dF4gH? Vreemd.", ["q8W2eR4tY6uI8oP0aS2dF4gH"]),
        # ... and the same words around no credential
        ("The token -> expired after an hour.", []),
        ("The token count for gpt-4o: 128000", []),
        ("Het wachtwoord staat hieronder:\n(zie het ticket)", []),
        ("The API key Rotation2024 policy applies.", []),
        ("Map each key -> value in the dictionary.", []),
        ("mijn toegangstoken is ongeldig", []),
    ],
)
def test_when_a_secret_is_given_with_an_arrow_a_parenthesis_or_on_the_next_line_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is below:", "is as follows:", "'s", a dash, a bare "key" or "secret", a recovery code
        ("The admin password is below:\nWinter5523%", ["Winter5523%"]),
        ("The shared secret is as follows:\nY8Q7IZOeGL*wYI*BOM039Gmk", ["Y8Q7IZOeGL*wYI*BOM039Gmk"]),
        ("De sleutel is hieronder:\nq8W2eR4tY6uI8oP0aS2dF4gH", ["q8W2eR4tY6uI8oP0aS2dF4gH"]),
        ("the password's Sunset2249! if you need it", ["Sunset2249!"]),
        ("user - demo@example.com\npassword - Lantern2941?", ["Lantern2941?"]),
        ("Our webhook secret is fY6dx9*2YWXswnjyIXc4AvxY##&&, how do I verify it?", ["fY6dx9*2YWXswnjyIXc4AvxY##&&"]),
        (
            "The key c48dd2291f3698713ce7da137224694a05c8accb stopped working.",
            ["c48dd2291f3698713ce7da137224694a05c8accb"],
        ),
        ("Use the secret Winter7738# for the integration.", ["Winter7738#"]),
        ("Recovery code: 1asam-r70t2 (one of ten)", ["1asam-r70t2"]),
        ("De sleutel is nu Lente9721!", ["Lente9721!"]),  # a memorable password, whatever it is called
        ("Use the key Zomer5419$ for the integration.", ["Zomer5419$"]),
        (
            "Gebruik het wachtwoord fc6c7ada5d5c96c058d9149d1af2b5a02e3e2f3b voor de koppeling.",
            ["fc6c7ada5d5c96c058d9149d1af2b5a02e3e2f3b"],
        ),
        # ... and the same words around no credential
        ("The key is to keep the prompt short.", []),
        ("The secret ingredient is cardamom.", []),
        ("Use the key Ctrl+Shift+P to open the palette.", []),
        ("What's the token gpt-4o-mini-2024 limit?", []),
        ("The token is below:\n(none yet)", []),
        ("Key takeaways below:\n- keep it simple", []),
        ("The key 'user:1234:profile' is in Redis.", []),
        ("Add a step - token usage - to the report.", []),
        ("Recovery codes: see the vault.", []),
        ("The key is Shift+Alt+F12 in VS Code.", []),
        ("Use the key Ctrl+1 to switch tabs.", []),
    ],
)
def test_when_a_secret_is_introduced_below_with_a_dash_or_by_a_bare_key_word_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after the verb, a remark in brackets between key and '=', five words between key and verb
        ("Het root wachtwoord was tot gisteren a&aeRl4sA00&&8!i, nu niet meer.", ["a&aeRl4sA00&&8!i"]),
        ("Wachtwoord van de gedeelde mailbox (info@) is sinds maandag Duin6704@", ["Duin6704@"]),
        ("The VPN password is since Monday Harbour4471!", ["Harbour4471!"]),
        (
            "Personal access token (exp. 30 days) = dGerCRNr8QR0hr8lxkOTQPBDLXrTsH00Gf8IH2M6",
            ["dGerCRNr8QR0hr8lxkOTQPBDLXrTsH00Gf8IH2M6"],
        ),
        # letters alone that no word could be: an app password, a recovery code
        ("het app-wachtwoord voor Outlook is jejbnupvqiwtgjgc", ["jejbnupvqiwtgjgc"]),
        ("my gmail app password: rahq cvxe vgfb rpzm", ["rahq cvxe vgfb rpzm"]),
        ("Mijn herstelcode is LYALJYFZ, waar moet ik die invullen?", ["LYALJYFZ"]),
        ("pass is e1Uw15BmaSc btw", ["e1Uw15BmaSc"]),
        # a password changed to a value
        ("I changed the password to TuGP#jL#pLhh but the login still fails", ["TuGP#jL#pLhh"]),
        ("ik heb het wachtwoord veranderd in Sneeuw9603@, kun je een betere bedenken?", ["Sneeuw9603@"]),
        ("Set the admin password to 'Kr8!vQ2#mZ' please", ["Kr8!vQ2#mZ"]),
        # ... and the same shapes around no credential
        ("Het wachtwoord was tot gisteren verlopen, nu werkt het weer.", []),
        ("Het app-wachtwoord voor Outlook is aangemaakt, maar de app vraagt het steeds opnieuw.", []),
        ("Het wachtwoord is hoofdlettergevoelig.", []),
        ("The password: must have more than twelve characters", []),
        ("The boarding pass is in my inbox.", []),
        ("The pass is valid until 12345678", []),
        ("Personal access token (exp. 30 days) = not enough for our pipeline", []),
        ("I changed the password to something longer but the login still fails", []),
        ("Het wachtwoord veranderd in het nieuwe systeem?", []),
        ("Wachtwoord van de gedeelde mailbox (info@) is sinds maandag gewijzigd", []),
    ],
)
def test_when_prose_puts_a_time_a_remark_or_a_change_between_key_and_value_then_the_value_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Terraform default, a header set by a call, Redis auth, an HMAC key, LDAP bind credentials
        ('variable "db_password" {\n  default = "G12xb2gDRn@4ppRQY$"\n}', ["G12xb2gDRn@4ppRQY$"]),
        (
            'req.Header.Set("X-Auth-Token", "5e2a3dea23cd94395fd0eddbfb19d80a0b628797")',
            ["5e2a3dea23cd94395fd0eddbfb19d80a0b628797"],
        ),
        ("xhr.setRequestHeader('X-Api-Key', 'q8W2eR4tY6uI8oP0aS2dF4gH')", ["q8W2eR4tY6uI8oP0aS2dF4gH"]),
        ('headers.set("Authorization", "Bearer q8W2eR4tY6uI8oP0aS2dF4gHj")', ["q8W2eR4tY6uI8oP0aS2dF4gHj"]),
        ("redis:\n  auth: sJblTEbSyX5QNgm7aVBO2QAY\n", ["sJblTEbSyX5QNgm7aVBO2QAY"]),
        ("WEBHOOK_HMAC=76b12c074826b400081c66b0a18bbd0f0e8cafb9", ["76b12c074826b400081c66b0a18bbd0f0e8cafb9"]),
        ("ldap.bind.credentials=Bosrand2543@\n", ["Bosrand2543@"]),
        # ... and the same places holding no credential
        ('variable "db_password" {\n  type      = string\n  sensitive = true\n}', []),
        ('variable "region" {\n  default = "Zomer2024!x"\n}', []),
        ('req.Header.Set("X-Auth-Token", token)', []),
        ('headers.set("Content-Type", "application/json")', []),
        ("redis:\n  auth: true\n", []),
        ("hmac: sha256\n", []),
        ('fetch(url, { credentials: "include" })', []),
        ("[database]\npasswd = %(DB_PASS)s\n", []),
    ],
)
def test_when_terraform_header_calls_redis_auth_or_hmac_keys_hold_a_credential_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain word under a lower-case YAML password key, in a mapping
        ("db:\n  user: app\n  password: vakantie", ["vakantie"]),
        ("user: jan\npassword: vakantie\nport: 5432", ["vakantie"]),
        ("password: vakantie\nuser: jan", ["vakantie"]),
        # a password of words stated in a sentence
        ("The password is sunflower", ["sunflower"]),
        ("The password is Football, right?", ["Football"]),
        ("het wachtwoord van de wifi is KoffieMetMelk", ["KoffieMetMelk"]),
        # ... and the same shapes holding no password
        ("password: vakantie", []),  # one line, no mapping around it
        ("Password: vergeten\nUsername: jan", []),  # a label in a mail
        ("user: jan\npassword: required", []),
        ("db:\n  password: ${DB_PASSWORD}", []),
        ("The password is wrong", []),
        ("The password is length-based", []),
        ("Het wachtwoord is verlopen", []),
        ("the password is something simple", []),
        ("The password is JavaScript", []),
        ("The password policy is strict", []),
    ],
)
def test_when_a_password_is_a_plain_word_in_a_yaml_mapping_or_a_sentence_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain word under a password key in an INI section (.pypirc, my.cnf): INI holds literals
        ("[nexus]\nusername = deployer\npassword = czpyzmESdxYrtt\n", ["czpyzmESdxYrtt"]),
        ("[client]\npassword = required\n", []),
        ("class Config:\n    password = secret_value\n", []),  # code, no INI section
        # a router's sticker password in capitals after a password word; not a word in capitals
        ("Voor het modem: inloggen met admin en wachtwoord HZTTNXGO (staat op de sticker).", ["HZTTNXGO"]),
        ("wachtwoord RESETTEN lukt niet", []),
        # a generated password of letters and symbols in shorthand login details
        ("temporary creds: user audit-2025, pass q?mGSHeIaE&^, expires Friday.", ["q?mGSHeIaE&^"]),
        ("user admin, pass Hello,World!", []),
        # user name and password word with only a space between, in a chat (digits with letters)
        ("gebr: r.vandijk ww zeeuwsmeisje77 hij zegt ongeldige combinatie", ["zeeuwsmeisje77"]),
        ("user admin pass through the gateway", []),
        # changed to, with words between the password word and the verb
        (
            "Wachtwoord SFTP-koppeling leverancier aangepast naar Grachtenpand1544# (was verlopen)",
            ["Grachtenpand1544#"],
        ),
        ("het wachtwoord beleid is aangepast naar strenger", []),
        # a constant's name is a reference in code, not the value
        ("const char *mqtt_pass = MQTT_PASS_1 MQTT_PASS_2;", []),
        ("password = ZOMER_2024_X", ["ZOMER_2024_X"]),
        # a key's fingerprint is published on purpose
        ("ED25519 key fingerprint is SHA256:/onvr0qpkQRpM9+2uvkutrogYmeDAltRAPSj0kGrSIN.", []),
    ],
)
def test_when_an_ini_value_a_sticker_password_or_a_fingerprint_is_given_then_only_the_credential_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a personal access token and Rails' secret_key_base by their keys
        (
            "  AZDO_PAT: 5r5qfwwon42z25qbfgs4vdvigl4k4hz6t3kxetsnsfsnufy33xf7",
            ["5r5qfwwon42z25qbfgs4vdvigl4k4hz6t3kxetsnsfsnufy33xf7"],
        ),
        ('path_pat: "*.txt"', []),
        ("compat: 5r5qfwwon42z25qbfgs4vdvigl4k4hz6t3kxetsnsfsnufy33xf7", []),
        ("secret_key_base: " + "4d61b177662ce0a552b10a8bf2610965" * 4, ["4d61b177662ce0a552b10a8bf2610965" * 4]),
        # a Google app password with its spaces; not a phrase
        ('SMTP_PASS = "dqip yrwu ktzb ksex"  # app password', ["dqip yrwu ktzb ksex"]),
        ('SMTP_PASS = "open the door"', []),
        # redis-cli's -p is a port, its -a the password
        (
            "redis-cli -h redis.prod -p 6380 --tls -a 1RqEGsagddeTNWzIv3MIdQIJMejF ping",
            ["1RqEGsagddeTNWzIv3MIdQIJMejF"],
        ),
        ("mysql -u root -p 3306 mydb", []),
    ],
)
def test_when_a_pat_a_secret_key_base_an_app_password_or_redis_cli_holds_a_credential_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a password changed to a value, five words between the password word and the verb
        (
            "het wachtwoord van de gedeelde planningsmailbox is gewijzigd naar Planning#Q4-2025, niet doorsturen",
            ["Planning#Q4-2025"],
        ),
        ("The password for the NAS was reset to Tr0ub4dor&3 yesterday.", ["Tr0ub4dor&3"]),
        ("the password policy was changed to require 14 characters", []),
        # an administrator account and its password
        ("[09:07] Mees: die is admin / Nas!Deventer2024 maar graag daarna wijzigen", ["Nas!Deventer2024"]),
        ("root/Zomer2024! werkt nog", ["Zomer2024!"]),
        ("Set the admin / user roles in the portal.", []),
        ("Go to Settings > admin / permissions and enable it.", []),
        ("see /admin/Dashboard123 path", []),
        # the password argument of a login call
        ('server.login("reports.fernleaf@gmail.com", "pxkq wmzt rhbe ujva")', ["pxkq wmzt rhbe ujva"]),
        ('ftp.login("deploy", "Xk9#mQ2vL7")', ["Xk9#mQ2vL7"]),
        ('conn.simple_bind_s("cn=admin,dc=acme,dc=nl", "Ld4p!Wq2024x")', ["Ld4p!Wq2024x"]),
        ('ftp.login("anonymous", "guest")', []),
        ('client.login(user, "enter password here")', []),
        ('smtp.login(os.environ["USER"], os.environ["PASS"])', []),
    ],
)
def test_when_a_password_is_changed_paired_with_an_admin_or_passed_to_a_login_call_then_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positional arguments of a connection call
        ('$mysqli = new mysqli("localhost", "webshop_user", "v5L2ug3oIaCfCh", "webshop");', ["v5L2ug3oIaCfCh"]),
        ("$pdo = new PDO('mysql:host=127.0.0.1;dbname=crm', 'crm', 'R2a-yVcLCr=R9&Q+', [", ["R2a-yVcLCr=R9&Q+"]),
        (
            'return DriverManager.getConnection(\n  "jdbc:postgresql://pg:5432/r",\n  "app",\n  "Ledger&Lamp-9041");',
            ["Ledger&Lamp-9041"],
        ),
        ('new NetworkCredential("alerts@brookfield-vets.com", "Vets!Alerts2025")', ["Vets!Alerts2025"]),
        ("$c = mysqli_connect($host, $user, $pass, $db);", []),
        ('$c = new mysqli("localhost", "root", "", "test");', []),
        ("new NetworkCredential(user, password)", []),
        # Go's MySQL DSN
        ('sql.Open("mysql", "rooster:U&9z+4mgYake#B@tcp(10.20.0.15:3306)/rooster")', ["U&9z+4mgYake#B"]),
        # an e-mail account and its password in a note
        ("- Mailchimp: marketing@fernandfable.co.uk / Fable-Mail#2025 (2FA)", ["Fable-Mail#2025"]),
        ("Stuur naar jan@acme.nl / cc piet@acme.nl", []),
        # random letters whose case jumps after a password word
        ("gebruiker kapsalon_ftp, wachtwoord vaQqrpxCCduF", ["vaQqrpxCCduF"]),
        ("wachtwoord MijnWachtwoord moet je aanpassen", []),
        # an app password passed to login(), whatever its letters
        ('server.login("reports.tidewater@gmail.com", "ofin gwrf grso mepd")', ["ofin gwrf grso mepd"]),
        ('server.login(user, "test test test test")', []),
        # more words before the password word, and "gereset naar"
        ("Reset jsmith's AD password to Spring2026!! (temp), must change", ["Spring2026!!"]),
        ("I changed the WordPress admin password to Harbour-Lights-2026 this morning", ["Harbour-Lights-2026"]),
        ("wachtwoord gereset naar Tijdelijk!2026, gebruiker moet wijzigen", ["Tijdelijk!2026"]),
        ("We changed the default password policy to require MFA", []),
    ],
)
def test_when_code_or_notes_pass_a_password_by_position_then_it_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the answer to a question about a password, a sentence or a chat line later
        (
            "Outlook blijft om het wachtwoord vragen. Ik heb het ingevuld (het is Zomerzon2025!) maar het werkt niet.",
            ["Zomerzon2025!"],
        ),
        (
            "gary: anyone know the vpn pw for the router?\ndana: it's Forklift_2024_wh, same for both sites",
            ["Forklift_2024_wh"],
        ),
        # a product and its version, a URL, a date, and no password word before the answer
        ("The password policy changed. It's Windows11 only now.", []),
        ("Reset your password at the portal; it is https://portal.example.com/reset.", []),
        ("Het wachtwoordbeleid: het is 2024-01-01 ingegaan.", []),
        ("Which build do we ship? It's Release_2024_rc1 for now.", []),
    ],
)
def test_when_it_is_answers_a_question_about_a_password_then_the_password_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Flemish "paswoord", and a VPN's or Wi-Fi's pre-shared key
        ("het paswoord van de wifi is Bouwput2026!Mechelen, netwerk 'Werf'", ["Bouwput2026!Mechelen"]),
        ("Mijn paswoord is Kaasbroodje77!", ["Kaasbroodje77!"]),
        ("Peer: 91.208.14.66\nPSK: 7hQp2!vXr9Lm#Tz4Kc", ["7hQp2!vXr9Lm#Tz4Kc"]),
        ('pre_shared_key = "Xq9#mLp2vR7t"', ["Xq9#mLp2vR7t"]),
        ("wpa_psk=Zomer2025!Gent", ["Zomer2025!Gent"]),
        # ... and words about them
        ("paswoord_vergeten = true", []),
        ("psk_length: 16", []),
    ],
)
def test_when_a_flemish_password_or_a_pre_shared_key_is_given_then_the_value_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected
