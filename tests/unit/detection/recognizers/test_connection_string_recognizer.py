"""ConnectionStringRecognizer: the credential inside a connection string, and never a placeholder."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.connection_string_recognizer import ConnectionStringRecognizer
from tests.unit.detection.recognizers.fakes import BASE64, body

RECOGNIZER = ConnectionStringRecognizer()

STORAGE_KEY = body(86, BASE64) + "=="
BUS_KEY = body(43, BASE64) + "="
SAS_SIG = body(43, BASE64).replace("+", "%2B").replace("/", "%2F") + "%3D"


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: URLs with user:password@ (the finding is "user:password@")
        ("DATABASE_URL=postgres://app:S3cr3t-pw@db.internal:5432/app", ["app:S3cr3t-pw@"]),
        ("postgresql://app_user:Zomer2024!@10.0.0.5/klanten", ["app_user:Zomer2024!@"]),
        ("postgresql+psycopg2://etl:q8Wm2xZr@warehouse/dwh", ["etl:q8Wm2xZr@"]),  # SQLAlchemy driver
        ("jdbc:postgresql://rpt:Rp7!kLm2@db:5432/rpt", ["rpt:Rp7!kLm2@"]),
        ("mysql://root:Hq3v9Lw2@127.0.0.1:3306/shop", ["root:Hq3v9Lw2@"]),
        ("mariadb://web:Wb2026xk@maria/web", ["web:Wb2026xk@"]),
        ("mongodb://admin:Mg0Pass9x@mongo1:27017,mongo2:27017/?replicaSet=rs0", ["admin:Mg0Pass9x@"]),
        ("mongodb+srv://svc:Atl4sK3y9@cluster0.ab1cd.mongodb.net/prod", ["svc:Atl4sK3y9@"]),
        ("redis://:Rd1sCach3@cache:6379/0", [":Rd1sCach3@"]),  # password without user
        ("rediss://default:Up5tash7x@eu1-fine-cat.upstash.io:6379", ["default:Up5tash7x@"]),
        ("amqps://mq:Rb9tMq2z@rabbit.internal/vhost", ["mq:Rb9tMq2z@"]),
        ("mssql://sa:Sql2022!x@sql01/db", ["sa:Sql2022!x@"]),
        ("sqlserver://sa:Sq1Srv9x@sql02", ["sa:Sq1Srv9x@"]),
        ("ftp://upload:Ft9pUp3x@ftp.example.com/in", ["upload:Ft9pUp3x@"]),
        ("sftp://deploy:Sf7pDp2x@files.example.com", ["deploy:Sf7pDp2x@"]),
        ("smtp://mailer:Sm7pMl4x@smtp.example.com:587", ["mailer:Sm7pMl4x@"]),
        ("ldap://cn=admin:Ld4pAd9x@ldap.example.com", ["cn=admin:Ld4pAd9x@"]),
        ("https://deploy:gh0Tk3nValue9@github.com/org/repo.git", ["deploy:gh0Tk3nValue9@"]),
        ("git+https://ci:Ci9tKn4x@gitlab.example.com/g/p.git", ["ci:Ci9tKn4x@"]),
        ("postgres://app:p%40ss%3Aw0rd@db/app", ["app:p%40ss%3Aw0rd@"]),  # percent-encoded
        ("postgres://app:p@ss:w0rd@db/app", ["app:p@ss:w0rd@"]),  # raw '@' and ':' in the password
        # valid: ADO.NET / ODBC / JDBC properties (the finding is the password value)
        ("Server=tcp:srv.database.windows.net,1433;Initial Catalog=db;User ID=sa;Password=Secr3t!xyz;", ["Secr3t!xyz"]),
        ("Data Source=srv; User Id=app; Password = 'Qw3rty!x' ;", ["Qw3rty!x"]),
        ('Server=srv;Database=db;User Id=app;Password="a;b c1";', ["a;b c1"]),  # quoted: ';' and spaces inside
        ("Driver={ODBC Driver 18 for SQL Server};Server=x;UID=sa;PWD={p@ss;w0rd};", ["p@ss;w0rd"]),
        ("Host=pg;Username=app;Pwd=Pg9wDx2k", ["Pg9wDx2k"]),
        ("Password=Xy7!qRs2;Server=localhost;Database=x", ["Xy7!qRs2"]),  # password first
        # valid: Azure keys and signatures (the finding is the key)
        (
            f"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={STORAGE_KEY};EndpointSuffix=core.windows.net",
            [STORAGE_KEY],
        ),
        (
            "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            f"SharedAccessKey={BUS_KEY};EntityPath=orders",
            [BUS_KEY],
        ),
        (f"AccountEndpoint=https://acct.documents.azure.com:443/;AccountKey={STORAGE_KEY};", [STORAGE_KEY]),
        (f"Endpoint=https://x.service.signalr.net;AccessKey={BUS_KEY};Version=1.0;", [BUS_KEY]),
        (f"https://acct.blob.core.windows.net/c/f.pdf?sv=2022-11-02&ss=b&sp=r&se=2030-01-01&sig={SAS_SIG}", [SAS_SIG]),
        (
            f"BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sig={SAS_SIG}",
            [SAS_SIG],
        ),
        # a '#' or '?' typed unencoded in the password
        ("pip install --index-url https://deploy:Xk9#mQ2vLp7Rt4Ws@pypi.acme.nl/simple", ["deploy:Xk9#mQ2vLp7Rt4Ws@"]),
        # invalid: placeholders and documentation examples
        ("postgres://user:password@localhost:5432/db", []),
        ("postgres://user:pass@localhost/db", []),
        ("mysql://root:<password>@db/app", []),
        ("mongodb+srv://admin:${MONGO_PASSWORD}@cluster0.mongodb.net", []),
        ("redis://:{{pass}}@cache:6379", []),
        ("postgres://app:****@db/app", []),
        ("ftp://user:xxx@ftp.example.com", []),
        ("postgres://app:$DB_PASS@db/app", []),
        ("amqp://guest:guest@localhost:5672", []),  # the broker's well-known default
        ("postgres://app:changeme@db/app", []),
        ("postgres://app:your_password@db/app", []),
        ("Server=myServer;Database=myDB;User Id=myUser;Password=myPassword;", []),  # connectionstrings.com's example
        ("Server=srv;Database=db;User Id=app;Password=<password>;", []),
        ("Server=srv;Database=db;User Id=app;Password=${SQL_PASSWORD};", []),
        ("AccountKey=<your-account-key>;", []),
        ("AccountKey=" + "x" * 86 + "==", []),
        # The Azurite storage emulator's published development key.
        ("AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", []),
        # invalid: no credential at all
        ("https://user@example.com:8443/path", []),  # a user, no password
        ("https://example.com:8443/path", []),  # a port, not a password
        ("git@github.com:org/repo.git", []),
        ("Password=Secr3t!xyz", []),  # no connection string around it (CredentialAssignmentRecognizer's)
        ("SharedAccessKeyName=RootManageSharedAccessKey", []),
        ("mailto:jan@example.com", []),
        ("meet at 10:30@office", []),
        ("https://host:443/?q=1#x@y", []),  # a path before the '@': no user:password
        ("see https://example.com:8080/#/login", []),
    ],
)
def test_when_text_holds_a_connection_string_then_exactly_the_credential_is_found(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.timeout(10)
def test_when_input_is_20000_characters_of_near_misses_then_scan_finishes_without_finding() -> None:
    crafted = "".join(
        [
            ("https://a:" + "@" * 50 + " ") * 40,  # '@' runs in the password part
            ("postgres://" + "u" * 20 + ":" + "p" * 300 + " ") * 10,  # password without '@'
            ("Server=x;" + ";" * 200) * 25,  # a connection key, then only separators
            ("Password=x" + ";" * 30) * 100,
            ("sv=" + "&" * 100) * 20,
            ("AccountKey=" + "A" * 19 + ";") * 100,  # one character short of a key
        ]
    )
    assert len(crafted) >= 20_000
    assert found(crafted) == []
