"""CredentialTableRecognizer: the cells under a password, secret, token or key header of a
Markdown or delimited table."""

from __future__ import annotations

import pytest

from dlp_proxy.detection.recognizers.credential_table_recognizer import CredentialTableRecognizer

RECOGNIZER = CredentialTableRecognizer()


def found(text: str) -> list[str]:
    return [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Systeem | Gebruiker | Wachtwoord |\n|---|---|---|\n"
            "| CRM | beheer | 6tksfSMkTrcB |\n| Mail | info | REfXwBvVQP |",
            ["6tksfSMkTrcB", "REfXwBvVQP"],
        ),
        ("|System|User|Password|\n|:--|:--|--:|\n|vpn|ops|Zomer2024!|", ["Zomer2024!"]),
        ("service,user,password\ncrm,admin,Xk9mQ2vLp\nmail,info,Welkom01!", ["Xk9mQ2vLp", "Welkom01!"]),
        ("naam;api key\nstripe;sk9Xq2LmP0vB7nT4\n", ["sk9Xq2LmP0vB7nT4"]),
        ("host\ttoken\napi01\tq8W2eR4tY6uI8oP0aS2d\n", ["q8W2eR4tY6uI8oP0aS2d"]),
        (
            "Intro text.\n\n| Tool | Client secret |\n|---|---|\n| Azure | a8Q~xk2.mP9_vL3 |\n\nNa de tabel.",
            ["a8Q~xk2.mP9_vL3"],
        ),
    ],
    ids=["markdown-nl", "markdown-aligned", "csv", "semicolon-api-key", "tab-token", "inside-prose"],
)
def test_the_cells_under_a_credential_header_are_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| Systeem | Gebruiker | Wachtwoord |\n|---|---|---|\n| CRM | beheer | zie kluis |\n| Mail | info | - |",
        "| Setting | Password policy |\n|---|---|\n| length | 12characters |",  # about passwords, not one
        "| Name | Key |\n|---|---|\n| Enter | confirms |",  # a keyboard key column
        "user,password\nadmin,${ADMIN_PASSWORD}\nops,<password>",  # variables and stand-ins
        "| Wachtwoord |\n| Xk9mQ2vLp |",  # no rule row: no Markdown table
        "naam,rol\njan,admin\npiet,lezer",  # no credential column
        "user,password\nadmin,changeme",  # a stand-in
        "Dear team, the new password\nis ready, please",  # prose with a comma on each line
        "user,password\nadmin,welkom",  # a word: in a CSV, only what looks like a credential
        "user, password = get_creds()\nprint(user, password)",  # code, not a table
        "def login(user, password):\n    return check(user, password)",
        "| Option | Token | Description |\n|---|---|---|\n| auth | required | how to log in |",  # a settings table
    ],
)
def test_without_a_credential_column_or_value_nothing_is_found(text: str) -> None:
    assert found(text) == []


def test_another_entity_asked_finds_nothing() -> None:
    assert RECOGNIZER.analyze("user,password\nadmin,Xk9mQ2vLp", ["PERSON"]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "$" inside a password is part of it; a "$" reference opening the cell is none
        ("id,username,password\n1,jdoe,summer723$\n3,akhan,Liverpool623$", ["summer723$", "Liverpool623$"]),
        ("id,username,password\n1,jdoe,$DB_PASSWORD\n2,msmith,${SECRET}", []),
    ],
)
def test_when_a_password_cell_holds_a_dollar_sign_then_it_counts_unless_it_is_a_reference(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


def test_when_a_csv_quotes_every_cell_then_the_password_column_still_counts() -> None:
    text = (
        '"Group","Title","Username","Password","URL","Notes"\n'
        '"Leveranciers","Makro","inkoop@cafedehoek.nl","J9C$1hnsSSI","https://www.makro.nl",""\n'
        '"Overheid","Belastingdienst","cafedehoek","Hoek!Btw2024q3","https://mijn.nl",""'
    )
    assert [text[r.start : r.end] for r in RECOGNIZER.analyze(text, ["SECRET"])] == ["J9C$1hnsSSI", "Hoek!Btw2024q3"]
