"""CredentialFileRecognizer: .pgpass lines, PowerShell SecureString passwords, crypt password hashes,
SQL, net user, Redis and Wi-Fi passwords."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.credential_file_recognizer import CredentialFileRecognizer

RECOGNIZER = CredentialFileRecognizer()

BCRYPT = "$2b$12$KIXQJ9e8y5vN3r4hQ1mP0uJ7wT2zX6cB9dF5gH8kL1nM3pR6sV4yC"
SHA512 = (
    "$6$rounds=5000$saltsalt$Gv3uQ7m9n2.cZsRkT8yW1eNf6hPqLxA4dBoIjU0vC5tE9rKmYzS3wH7gFa2pX1lQ8nVb6cDu4iJoM0sRkT8yW1"
)
APR1 = "$apr1$Fe4sTx9k$Jq3mKcYJtEr7pq3h0G1mK/"
ARGON = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"
SSHA = "{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g1c2FsdA=="
YESCRYPT = "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$" + "X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7"


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: .pgpass lines (host, IPv4, *, escaped colon), alone on their line
        ("db.acme.internal:5432:orders:app_user:Xq8rT2mPz9", ["Xq8rT2mPz9"]),
        ("localhost:5432:*:postgres:s3cretpw", ["s3cretpw"]),
        ("~/.pgpass:\n10.0.0.5:5432:app:app:Pa55word\n", ["Pa55word"]),
        ("*:*:*:replicator:Rpl-2024-xyz", ["Rpl-2024-xyz"]),
        ("db:*:crm:sa:pa\\:ss\\:word", ["pa\\:ss\\:word"]),
        # valid: a plain-text password made into a SecureString
        ("$pw = ConvertTo-SecureString 'Zomer2024!' -AsPlainText -Force", ["Zomer2024!"]),
        ('ConvertTo-SecureString -String "Welkom01" -AsPlainText -Force', ["Welkom01"]),
        ("convertto-securestring 'Welkom01' -asplaintext", ["Welkom01"]),  # PowerShell ignores case
        # valid: password hashes in crypt notation (htpasswd, shadow, LDAP)
        (f"admin:{APR1}", [APR1]),
        (f"root:{SHA512}:19000:0:99999:7:::", [SHA512]),
        (f"hash = '{BCRYPT}'", [BCRYPT]),
        (ARGON, [ARGON]),
        (f"userPassword: {SSHA}", [SSHA]),
        (f"jan:{YESCRYPT}:19500::::::", [YESCRYPT]),
        # valid: SQL that sets a password (MySQL, PostgreSQL, SQL Server), in any case
        ("CREATE USER 'report'@'%' IDENTIFIED BY 'Rp9$kLm2Qx';", ["Rp9$kLm2Qx"]),
        ("ALTER USER app WITH PASSWORD 'Lp4#Vx9Kq2';", ["Lp4#Vx9Kq2"]),
        ("alter role app encrypted password 'Lp4#Vx9Kq2';", ["Lp4#Vx9Kq2"]),
        ("CREATE LOGIN app WITH PASSWORD = 'Lp4#Vx9Kq2', CHECK_POLICY = ON;", ["Lp4#Vx9Kq2"]),
        ("SET PASSWORD FOR 'app'@'localhost' = 'Lp4#Vx9Kq2';", ["Lp4#Vx9Kq2"]),
        ('GRANT ALL ON crm.* TO app IDENTIFIED BY "Qz7!mK2p";', ["Qz7!mK2p"]),
        # valid: Windows net user, Redis and Wi-Fi configuration
        ("net user svc_backup Hx7!pQ2mZr /add", ["Hx7!pQ2mZr"]),
        ('NET USER "Jan Jansen" "Welkom 01!" /domain', ["Welkom 01!"]),
        ("requirepass Kx8mQ2vLp7Rt", ["Kx8mQ2vLp7Rt"]),
        ('# redis.conf\nmasterauth "Rd5!kQ9mZx2"', ["Rd5!kQ9mZx2"]),
        ('network={\n    ssid="Kantoor"\n    psk="Gr0enteW1nkel!"\n}', ["Gr0enteW1nkel!"]),
        ("wpa_passphrase=Gr0enteW1nkel", ["Gr0enteW1nkel"]),
        ('network={ ssid="Kantoor" psk="Gr0enteW1nkel!" }', ["Gr0enteW1nkel!"]),
        # invalid
        ("Click 'Forgot password' and enter password 'reset' in the field.", []),  # no SQL
        ("The user password 'policy' requires 12 characters.", []),
        ("net user /domain", []),  # lists the users
        ("net user admin *", []),  # * prompts for the password
        ("requirepass ${REDIS_PASSWORD}", []),  # a reference, not the value
        ("# requirepass foobared", []),  # redis.conf's commented-out example
        ('psk="short"', []),  # WPA passphrases have 8 to 63 characters
        ("10:30:00:12:45", []),  # a time, no host
        ("12:30:45:67:89", []),
        ("std::vector<int>::iterator:begin", []),  # C++: no port
        ("db:5432:orders:app_user:xxx", []),  # a password field of three characters
        ("db.acme:5432:orders:app_user:changeme", []),  # a stand-in value
        ("Connect to db.acme.internal:5432:orders and ask", []),  # not a whole line of five fields
        ("$sec = ConvertTo-SecureString $encrypted", []),  # an encrypted string, no plain text
        ("ConvertTo-SecureString 'Zomer2024!'", []),  # without -AsPlainText it is not a password
        ("The price is $5$ or $6$", []),
        ("$2b$12$tooshort", []),
        ("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", []),  # a digest
    ],
)
def test_when_text_holds_a_credential_file_line_then_the_value_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_when_secret_is_not_requested_then_nothing_is_scanned() -> None:
    assert RECOGNIZER.analyze("localhost:5432:*:postgres:s3cretpw", ["PERSON"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # htpasswd in batch mode: the last argument; with -n there is no file before the user
        ("htpasswd -bc /etc/nginx/.htpasswd staging Otter309#", ["Otter309#"]),
        ("htpasswd -nb admin S3cret!pw", ["S3cret!pw"]),
        ("htpasswd -c /etc/nginx/.htpasswd staging", []),  # prompts for it
        # a basic-auth pair in Python; not a lookup
        ('requests.get(url, auth=("svc-reporting", "Cinnamon1607@"))', ["Cinnamon1607@"]),
        ("requests.get(url, auth=HTTPBasicAuth('user', 'Kx9!mPq2'))", ["Kx9!mPq2"]),
        ('requests.get(url, auth=("svc", os.environ["PASS"]))', []),
        # nslcd's and slapd's bind passwords
        ("binddn cn=nslcd,dc=local\nbindpw x#Kq9!vTz2@LmPq7\n", ["x#Kq9!vTz2@LmPq7"]),
        ("rootpw Zomer2024!Kaas", ["Zomer2024!Kaas"]),
        ("# without bindpw, with a client certificate\nsasl_mech EXTERNAL", []),
    ],
)
def test_when_htpasswd_a_python_auth_pair_or_an_ldap_bind_password_is_given_then_the_password_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cisco IOS: Wi-Fi pre-shared key, IKE key, local users, the enable secret, AAA server keys
        ("interface Dot11Radio0\n ssid CORP-WIFI\n  wpa-psk ascii 0 Tr0ub4dor&3xyz\n", ["Tr0ub4dor&3xyz"]),
        ("crypto isakmp key Zx9!pLq2Wm address 203.0.113.7", ["Zx9!pLq2Wm"]),
        ("username admin privilege 15 secret 0 Kx8#pLmq2Zt", ["Kx8#pLmq2Zt"]),
        ("enable secret Zomer2024!", ["Zomer2024!"]),
        ("tacacs-server key T4c4csK3y99", ["T4c4csK3y99"]),
        ("radius-server host 10.0.0.5 key 0 R4diusS3cr3t", ["R4diusS3cr3t"]),
        ("snmp-server community Pr1v4teC0mm RO 10", ["Pr1v4teC0mm"]),
        # type 7 is only obfuscated: any tool turns it back into the password
        ("username netops password 7 0822455D0A165C1E1F", ["0822455D0A165C1E1F"]),
        ("key chain OSPF\n key 1\n  key-string 7 070C285F4D06485744", ["070C285F4D06485744"]),
        ("line vty 0 4\n password 7 121A0C0411045D5679\n login", ["121A0C0411045D5679"]),
        # FortiGate and Juniper
        ('config vpn ipsec phase1-interface\n    set psk "N0tMyR3alKey!"', []),  # not a network_device keyword
        ('secret "$9$Hk5FCtOhcl.5ERs2gJUmPn/Cp0BIhr";', ["$9$Hk5FCtOhcl.5ERs2gJUmPn/Cp0BIhr"]),
        ("pre-shared-key 0 Hq7vL2pXw9", ["Hq7vL2pXw9"]),
        # not a device line: prose that starts with the keyword, a default community, a number of things
        ("enable password protection for all admin accounts before Friday", []),
        ("password hunter2 is what she typed", []),
        ("The secret 7 ingredients are listed.", []),
        ("snmp-server community public RO", []),
        ("key 1\nkey 2 of the list", []),
    ],
)
def test_when_a_network_device_configuration_holds_a_key_then_the_key_is_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected
