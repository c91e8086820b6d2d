"""The vault in memory: stable placeholders, never shared between values, users or tools, with a TTL."""

from __future__ import annotations

import asyncio
import re

import pytest

from dlp_proxy.respond import vault as vault_module
from dlp_proxy.respond.vault import MemoryVault, RedisVault, VaultError, from_env


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def test_the_same_value_gets_the_same_placeholder_and_two_values_never_share_one() -> None:
    v = MemoryVault()
    scope = v.scope("jan", "chatgpt")
    first = run(
        v.assign(scope, [("PERSON", "Jan de Vries"), ("PERSON", "Piet Bakker"), ("EMAIL_ADDRESS", "a@b.nl")], 60)
    )
    again = run(v.assign(scope, [("PERSON", "jan  de vries"), ("PERSON", "Kees Smit")], 60))
    assert first == {
        ("PERSON", "Jan de Vries"): "[PERSON_1]",
        ("PERSON", "Piet Bakker"): "[PERSON_2]",
        ("EMAIL_ADDRESS", "a@b.nl"): "[EMAIL_ADDRESS_1]",
    }
    assert again == {("PERSON", "jan  de vries"): "[PERSON_1]", ("PERSON", "Kees Smit"): "[PERSON_3]"}
    assert run(v.known(scope)) == {
        "[PERSON_1]": "Jan de Vries",
        "[PERSON_2]": "Piet Bakker",
        "[EMAIL_ADDRESS_1]": "a@b.nl",
        "[PERSON_3]": "Kees Smit",
    }


def test_users_and_tools_have_vaults_of_their_own_and_scopes_do_not_show_the_user() -> None:
    v = MemoryVault()
    a, b, c = v.scope("jan", "chatgpt"), v.scope("piet", "chatgpt"), v.scope("jan", "openai-api")
    assert len({a, b, c}) == 3 and "jan" not in a
    run(v.assign(a, [("PERSON", "Jan de Vries")], 60))
    assert run(v.known(b)) == {} and run(v.known(c)) == {}
    assert run(v.assign(b, [("PERSON", "Other Name")], 60)) == {("PERSON", "Other Name"): "[PERSON_1]"}
    assert run(v.known(a)) == {"[PERSON_1]": "Jan de Vries"}


def test_a_placeholder_is_not_derived_from_its_value() -> None:
    # The number is the order of first sight: the same value in two vaults gets different ones.
    v = MemoryVault()
    s1, s2 = v.scope("u1", "t"), v.scope("u2", "t")
    run(v.assign(s1, [("PERSON", "Someone Else")], 60))
    got1 = run(v.assign(s1, [("PERSON", "Jan de Vries")], 60))[("PERSON", "Jan de Vries")]
    got2 = run(v.assign(s2, [("PERSON", "Jan de Vries")], 60))[("PERSON", "Jan de Vries")]
    assert (got1, got2) == ("[PERSON_2]", "[PERSON_1]")
    assert re.fullmatch(r"\[PERSON_\d+\]", got1)


def test_placeholders_expire_after_their_time_to_live(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(vault_module.time, "monotonic", lambda: now[0])
    v = MemoryVault()
    scope = v.scope("jan", "chatgpt")
    run(v.assign(scope, [("PERSON", "Jan de Vries")], 60))
    now[0] += 59
    assert run(v.known(scope)) == {"[PERSON_1]": "Jan de Vries"}
    run(v.assign(scope, [("PERSON", "Jan de Vries")], 60))  # used again: the clock starts over
    now[0] += 59
    assert run(v.known(scope)) != {}
    now[0] += 61
    assert run(v.known(scope)) == {}


def test_a_full_vault_refuses_new_values_instead_of_recycling_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vault_module, "MAX_VALUES", 3)
    v = MemoryVault()
    scope = v.scope("jan", "chatgpt")
    run(v.assign(scope, [("PERSON", f"Name {i}") for i in range(3)], 60))
    with pytest.raises(VaultError) as e:
        run(v.assign(scope, [("PERSON", "Name 4")], 60))
    assert "Name" not in str(e.value)
    assert run(v.assign(scope, [("PERSON", "Name 1")], 60)) == {
        ("PERSON", "Name 1"): "[PERSON_2]"
    }  # known ones still work


def test_redis_is_chosen_by_the_environment_and_needs_its_key() -> None:
    assert isinstance(from_env(environ={}), MemoryVault)
    shared = from_env(environ={"DLP_REDIS_URL": "redis://127.0.0.1:1/0"})
    assert isinstance(shared, RedisVault)
    with pytest.raises(VaultError) as e:
        shared.scope("jan", "chatgpt")
    assert "DLP_VAULT_KEY" in str(e.value)
    keyed = from_env("MY_KEY", environ={"DLP_REDIS_URL": "redis://:secret@127.0.0.1:1/0", "MY_KEY": "k" * 32})
    assert keyed.scope("jan", "chatgpt")
    with pytest.raises(VaultError) as e2:  # nothing listens on port 1
        run(keyed.assign(keyed.scope("jan", "chatgpt"), [("PERSON", "Jan de Vries")], 60))
    assert "secret" not in str(e2.value) and "Jan" not in str(e2.value)
