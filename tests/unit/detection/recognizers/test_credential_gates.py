"""The pre-filters of the credential recognizer let through every key word its patterns name."""

from __future__ import annotations

import regex

from dlp_proxy.detection.recognizers import credential_assignment_recognizer as rec


def _words(fragment: str) -> list[str]:
    """The literal alternatives of a pattern fragment: optional parts dropped, a class as its first character."""
    text = regex.sub(r"\(\?<?[=!][^()]*\)", "", fragment)  # lookarounds
    text = regex.sub(r"\(\?:[^()|]*\)\?", "", text)  # (?:ge)? and the like
    text = regex.sub(r"\[[^\]]*\]\?|\[[^\]]*\]\{0,\d+\}", "", text)
    text = regex.sub(r"\[\\?(.)[^\]]*\](?:\{\d+,\d+\}|\+)?", r"\1", text)
    text = regex.sub(r"\(\?(?:<[=!]|[=!]|i:|:)|\(|\)", "|", text)
    text = regex.sub(r"[A-Za-z]\?", "", text)  # credentials?
    return [w.strip() for w in text.split("|") if regex.fullmatch(r"[A-Za-z][A-Za-z ]+", w.strip())]


def test_keyed_gate_covers_every_key_word() -> None:
    prose_key = rec._PROSE.pattern.split("(?P<key>", 1)[1].split("(?:[ \\t]++(?:", 1)[0]
    mention_key = rec._MENTION.pattern.split("(?P<key>", 1)[1].split("[ \\t]++(?P<bare>", 1)[0]
    words = _words(rec._STEM) + _words(prose_key) + _words(mention_key) + ["authorization", "<add key="]
    assert len(words) > 30
    assert [w for w in words if not rec._KEYED_GATE.search(w)] == []


def test_keyed_gate_covers_every_password_word_of_shorthand_login_details() -> None:
    password_key = rec._USER_PASS.pattern.split("[/,;|][ \\t]*+", 1)[1].split("[ \\t]*+:?", 1)[0]
    words = _words(password_key)
    assert {"pass", "pwd", "pw", "ww", "wachtwoord"} <= set(words)
    assert [w for w in words if not rec._KEYED_GATE.search(w)] == []


def test_login_gate_covers_every_login_word() -> None:
    intro = rec._LOGIN.pattern.split("(?:(?i:user", 1)[0]
    links = ("met", "with", "as", "als", "using", "are", "is", "zijn", "nu", "zijn nu")  # after a login word
    links += ("for", "voor", "van", "of", "to", "op")  # "the login for the portal is"
    words = [w for w in _words(intro) if w not in links]
    assert {"login", "inloggen", "signin", "aanmelden", "creds"} <= set(words)
    assert [w for w in words if not rec._LOGIN_GATE.search(w)] == []


def test_every_pattern_has_a_gate_and_gates_match_case_insensitively_like_the_patterns() -> None:
    assert len(rec._GATES) == 20
    assert rec._GATES[rec._IT_IS] is rec._KEYED_GATE  # "it's X" answers a question about a password
    admin_gate = rec._GATES[rec._ADMIN_LOGIN]
    assert all(admin_gate.search(w) for w in ("admin", "administrator", "ROOT", "Beheerder", "superuser", "sysadmin"))
    assert all(rec._GATES[rec._LOGIN_CALL].search(f"x.{w}(") for w in ("login", "authenticate", "simple_bind_s"))
    assert rec._KEYED_GATE.search("PAsSWORD") and rec._LOGIN_GATE.search("SİGN IN")


def test_a_gate_answers_as_its_pattern_would() -> None:
    """The gates search by str.find in the lower-cased text; their pattern is the reference,
    "İ" and "ſ" included (which the pattern's (?i) reads as "i" and "s")."""
    import random

    gates = {id(g): g for g in rec._GATES.values()}.values()
    rng = random.Random(11)
    pieces = ["PASS", "Pw", "SİGN", "ſecret", "\u212aey", "loG", "wW", "docker", "DOCKER", "-u", "@", "machine",
              "token", "x", " ", "é", "İ", "ſ", "in", "gn", "s", "ecret", "a", "z"]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        for gate in gates:
            assert (gate.search(text) is not None) == (gate.pattern.search(text) is not None), (text, gate.words)
