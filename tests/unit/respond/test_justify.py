"""Justification codes: bound to user and tool, two windows long, single-use, shared by replicas through Redis."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.findings import Finding, count_by_type
from dlp_proxy.policy import Policy, Tool, decide
from dlp_proxy.respond import justify
from dlp_proxy.respond.justify import WINDOW_SECONDS, Justifier, Redemption
from dlp_proxy.respond.notices import warn_notice
from dlp_proxy.respond.shared_state import LocalState, RedisState, SharedStateError, from_env, redact_url
from tests.e2e.local_services import Redis, start_redis
from tests.e2e.proxy_process import free_port

NOW = 1_800_000_000.0  # a fixed moment inside some window


def run[T](coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DLP_JUSTIFY_KEY", raising=False)
    monkeypatch.delenv("DLP_REDIS_URL", raising=False)


def test_code_has_the_marker_format_and_each_issue_is_distinct() -> None:
    j = Justifier(state=LocalState())
    codes = {j.code("erin", "chatgpt") for _ in range(50)}
    assert all(re.fullmatch(r"[A-Z2-7]{8}", c) for c in codes)
    assert len(codes) > 40  # a random part: a used code is not issued again


@pytest.mark.parametrize(
    ("user", "tool", "offset", "expected"),
    [
        ("erin", "chatgpt", 0, True),
        ("erin", "chatgpt", WINDOW_SECONDS, True),  # the previous window still counts
        ("erin", "chatgpt", 2 * WINDOW_SECONDS, False),  # expired
        ("bob", "chatgpt", 0, False),  # someone else's code
        ("erin", "claude", 0, False),  # another tool
    ],
)
def test_code_is_valid_only_for_its_user_tool_and_windows(user: str, tool: str, offset: int, expected: bool) -> None:
    j = Justifier(state=LocalState())
    code = j.code("erin", "chatgpt", at=NOW)
    assert j.valid(code, user, tool, at=NOW + offset) is expected
    assert j.valid(code.lower(), user, tool, at=NOW + offset) is expected


def test_when_a_code_is_redeemed_twice_then_the_second_is_refused() -> None:
    j = Justifier(state=LocalState())

    async def flow() -> list[Redemption]:
        code = await j.issue("erin", "chatgpt")
        assert code is not None
        return [await j.redeem(code, "erin", "chatgpt"), await j.redeem(code, "erin", "chatgpt")]

    assert run(flow()) == [Redemption.ACCEPTED, Redemption.USED]


def test_a_used_code_stays_used_when_the_clock_is_stepped_back_after_its_windows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Used at NOW; an hour of real (monotonic) time passes, then NTP steps the wall clock back
    into the code's window: the memory of its use must outlive the windows it was valid in."""
    j = Justifier(state=LocalState())
    code = j.code("erin", "chatgpt", at=NOW)
    assert run(j.redeem(code, "erin", "chatgpt", at=NOW)) is Redemption.ACCEPTED
    real_monotonic = time.monotonic
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + 3600)
    assert run(j.redeem(code, "erin", "chatgpt", at=NOW + 60)) is Redemption.USED


def test_when_the_code_is_wrong_then_it_is_invalid_and_not_consumed() -> None:
    j = Justifier(state=LocalState())
    code = j.code("erin", "chatgpt")
    assert run(j.redeem("AAAAAAAA", "erin", "chatgpt")) is Redemption.INVALID
    assert run(j.redeem(code, "bob", "chatgpt")) is Redemption.INVALID
    assert run(j.redeem(code, "erin", "chatgpt")) is Redemption.ACCEPTED


def test_when_the_key_comes_from_the_environment_then_two_processes_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DLP_JUSTIFY_KEY", "a shared key of the deployment")
    a, b = Justifier(), Justifier()
    assert b.valid(a.code("erin", "chatgpt"), "erin", "chatgpt")
    assert not Justifier(state=LocalState(), key=b"other").valid(a.code("erin", "chatgpt"), "erin", "chatgpt")


def test_without_a_shared_key_two_processes_do_not_accept_each_others_codes() -> None:
    a, b = Justifier(state=LocalState()), Justifier(state=LocalState())
    assert not b.valid(a.code("erin", "chatgpt"), "erin", "chatgpt")


def test_when_redis_is_shared_then_a_code_from_one_replica_works_once_on_another(redis: Redis) -> None:
    a, b = Justifier(state=RedisState(redis.url)), Justifier(state=RedisState(redis.url))

    async def flow() -> tuple[str | None, list[Redemption]]:
        code = await a.issue("erin", "chatgpt")
        assert code is not None
        return code, [
            await b.redeem(code, "erin", "chatgpt"),
            await a.redeem(code, "erin", "chatgpt"),
            await b.redeem(code, "erin", "chatgpt"),
        ]

    code, results = run(flow())
    assert results == [Redemption.ACCEPTED, Redemption.USED, Redemption.USED]
    # Redis holds the key and a keyed hash of each used code, never the user, tool or code.
    keys = _redis_keys(redis)
    assert b"dlp-proxy:justify:key" in keys
    assert any(k.startswith(b"dlp-proxy:justify:used:") for k in keys)
    assert not any(b"erin" in k or b"chatgpt" in k or (code or "").encode() in k for k in keys)


def test_when_two_replicas_race_for_the_key_then_both_get_the_same_one(redis: Redis) -> None:
    _redis_cmd(redis, "DEL", "dlp-proxy:justify:key")
    states = [RedisState(redis.url) for _ in range(5)]

    async def flow() -> list[bytes]:
        return list(await asyncio.gather(*(s.secret("justify:key") for s in states)))

    assert len(set(run(flow()))) == 1


def test_when_a_code_is_redeemed_concurrently_on_two_replicas_then_exactly_one_wins(redis: Redis) -> None:
    a, b = Justifier(state=RedisState(redis.url)), Justifier(state=RedisState(redis.url))

    async def flow() -> list[Redemption]:
        code = await a.issue("erin", "chatgpt")
        assert code is not None
        return list(await asyncio.gather(*(j.redeem(code, "erin", "chatgpt") for j in (a, b) * 3)))

    results = run(flow())
    assert results.count(Redemption.ACCEPTED) == 1 and results.count(Redemption.USED) == 5


def test_when_redis_is_down_then_no_code_is_given_or_accepted(caplog: pytest.LogCaptureFixture) -> None:
    url = f"redis://:s3cret-pass@127.0.0.1:{free_port()}/0"  # nothing listens there
    j = Justifier(state=RedisState(url))
    with caplog.at_level("WARNING"):
        assert run(j.issue("erin", "chatgpt")) is None
        assert run(j.redeem("ABCDEFGH", "erin", "chatgpt")) is Redemption.UNAVAILABLE
    assert "could not read the shared secret" in caplog.text
    assert "s3cret-pass" not in caplog.text and "ABCDEFGH" not in caplog.text and "erin" not in caplog.text


def test_when_redis_goes_down_after_the_key_was_read_then_codes_are_refused_not_accepted(tmp_path: Path) -> None:
    server = start_redis(tmp_path)
    j = Justifier(state=RedisState(server.url))
    code = run(j.issue("erin", "chatgpt"))
    assert code is not None
    server.stop()
    assert run(j.redeem(code, "erin", "chatgpt")) is Redemption.UNAVAILABLE  # fail closed: single use unprovable


def test_local_claims_expire_and_the_local_secret_is_stable() -> None:
    state = LocalState()

    async def flow() -> list[object]:
        return [
            await state.claim("a", 60),
            await state.claim("a", 60),
            await state.claim("b", 0),  # expires at once
            await state.claim("b", 0),
            await state.secret("k") == await state.secret("k"),
        ]

    assert run(flow()) == [True, False, True, True, True]


def test_the_state_comes_from_the_environment() -> None:
    assert isinstance(from_env({}), LocalState)
    assert isinstance(from_env({"DLP_REDIS_URL": "redis://redis:6379/0"}), RedisState)
    with pytest.raises(SharedStateError, match="DLP_REDIS_URL has scheme 'http'") as excinfo:
        from_env({"DLP_REDIS_URL": "http://user:pw@redis:6379"})
    assert "pw" not in str(excinfo.value)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://redis:6379/0", "redis://redis:6379/0"),
        ("redis://:hunter2@redis:6379/0", "redis://***@redis:6379/0"),
        ("rediss://dlp:hunter2@redis.example/1", "rediss://***@redis.example/1"),
    ],
)
def test_redis_url_is_logged_without_its_password(url: str, shown: str) -> None:
    assert redact_url(url) == shown


def test_marker_is_found_and_stripped() -> None:
    text = "Vat samen\n  dlp-ok abcdefgh :  omdat het mag  \nrest"
    j = justify.find(["eerste", text])
    assert j is not None and (j.segment, j.code, j.reason) == (1, "ABCDEFGH", "omdat het mag")
    assert justify.strip(text, j) == "Vat samen\nrest"


def _redis_cmd(redis: Redis, *args: str) -> object:
    import redis as redis_client

    return redis_client.Redis.from_url(redis.url).execute_command(*args)  # type: ignore[no-untyped-call]


def _redis_keys(redis: Redis) -> list[bytes]:
    import redis as redis_client

    return [k for k in redis_client.Redis.from_url(redis.url).keys("*") if isinstance(k, bytes)]


@pytest.mark.parametrize(
    ("refused", "lang", "says"),
    [
        ("used", "en", "That code was used already"),
        ("used", "nl", "Die code is al gebruikt"),
        ("invalid", "en", "The code is wrong, expired or for another tool"),
        ("unavailable", "en", "codes cannot be checked"),
        ("unavailable", "nl", "de code kan niet worden gecontroleerd"),
    ],
)
def test_warn_notice_says_why_a_code_did_not_count(
    policy: Policy, tools: dict[str, Tool], refused: str, lang: str, says: str
) -> None:
    tool = tools["openai-api"]
    finding = Finding("INTERNAL_MARKER", "internal", 0, 13, 1.0, "hand-made")
    decision = decide(policy, tool, [finding])
    assert decision.action == "warn"
    counts = count_by_type([finding])
    code = "ABCDEFGH" if refused != "unavailable" else None
    notice = warn_notice(policy, tool, decision, counts, "d3c1510n", lang, code, refused)
    assert says in notice
    assert ("DLP-OK ABCDEFGH" in notice) is (code is not None)
    assert says not in warn_notice(policy, tool, decision, counts, "d3c1510n", lang, "ABCDEFGH")
