"""Pseudonymised values come back: official SDKs through the real proxy to a fake upstream that echoes.

The fake upstream's echo mode (`x-fake-echo`, tests/e2e/fake_upstream.py) answers with the text of
the last user message as it arrived there, placeholders and all. So the answer the client gets must
be its own prompt, with the real values back in it, while the upstream never saw a value.
OpenAI goes through the session proxy (the bundled policy approves the OpenAI API for low risk);
Anthropic and Gemini through `approved_proxy`, whose policy copy approves them for low risk.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import openai
import pytest
from google.genai import types

from tests.e2e.conftest import ai_redirects
from tests.e2e.fake_upstream import ECHO_TOOL_NAME, FakeUpstream, last_user_text
from tests.e2e.proxy_process import ProxyProcess, start_proxy
from tests.e2e.sdk_clients import anthropic_client, genai_client
from tests.e2e.tls_material import Issued

pytestmark = pytest.mark.e2e

EMAIL = "jan.jansen@voorbeeldklant.nl"
IBAN = "NL91ABNA0417164300"
PROMPT = f"Mail {EMAIL} over rekening {IBAN}"
ECHO = {"x-fake-echo": "1"}
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_]*_\d+\]")
MASKED_PROMPT = re.compile(r"Mail (\[EMAIL_ADDRESS_\d+\]) over rekening (\[IBAN_CODE_\d+\])")
GPT, CLAUDE, GEMINI = "gpt-4o-mini", "claude-sonnet-4-6", "gemini-2.0-flash"


@dataclass
class Answer:
    text: str  # the answer's text as the SDK put it together
    pieces: list[str]  # the streamed text pieces as the client got them ([text] when not streamed)
    headers: dict[str, str]  # lower-case names


class Reachable(Protocol):
    """Where a client finds the proxy: its URL (credentials and all) and the CA to trust."""

    @property
    def url(self) -> str: ...

    @property
    def ca(self) -> Path: ...


def _openai(proxy: Reachable) -> openai.OpenAI:
    http_client = httpx.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=30)
    return openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)


def _lower(headers: Any) -> dict[str, str]:
    return {k.lower(): v for k, v in headers.items()}


def _user(text: str) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


# --- one way to ask per SDK and mode: (proxy, prompt, extra headers) -> Answer -------------------


def openai_chat(proxy: Reachable, prompt: str, headers: dict[str, str]) -> Answer:
    with _openai(proxy) as client:
        raw = client.chat.completions.with_raw_response.create(model=GPT, messages=_user(prompt), extra_headers=headers)
        text = raw.parse().choices[0].message.content or ""
        return Answer(text, [text], _lower(raw.headers))


def openai_chat_stream(proxy: Reachable, prompt: str, headers: dict[str, str]) -> Answer:
    with _openai(proxy) as client:
        raw = client.chat.completions.with_raw_response.create(
            model=GPT, messages=_user(prompt), stream=True, extra_headers=headers
        )
        pieces = [c.choices[0].delta.content for c in raw.parse() if c.choices and c.choices[0].delta.content]
        return Answer("".join(pieces), pieces, _lower(raw.headers))


def openai_responses(proxy: Reachable, prompt: str, headers: dict[str, str]) -> Answer:
    with _openai(proxy) as client:
        raw = client.responses.with_raw_response.create(model=GPT, input=prompt, extra_headers=headers)
        text = raw.parse().output_text
        return Answer(text, [text], _lower(raw.headers))


def openai_responses_stream(proxy: Reachable, prompt: str, headers: dict[str, str]) -> Answer:
    with _openai(proxy) as client:
        raw = client.responses.with_raw_response.create(model=GPT, input=prompt, stream=True, extra_headers=headers)
        pieces: list[str] = []
        done: list[str] = []
        for event in raw.parse():
            if event.type == "response.output_text.delta":
                pieces.append(event.delta)
            elif event.type == "response.output_text.done":
                done.append(event.text)
            elif event.type == "response.completed":
                done.append(event.response.output_text)
        # The events that repeat the whole text are restored as well.
        assert done == ["".join(pieces)] * 2, done
        return Answer("".join(pieces), pieces, _lower(raw.headers))


def anthropic_messages(proxy: ProxyProcess, prompt: str, headers: dict[str, str]) -> Answer:
    with anthropic_client(proxy) as client:
        raw = client.messages.with_raw_response.create(
            model=CLAUDE, max_tokens=100, messages=_user(prompt), extra_headers=headers
        )
        message = raw.parse()
        text = "".join(b.text for b in message.content if b.type == "text")
        return Answer(text, [text], _lower(raw.headers))


def anthropic_messages_stream(proxy: ProxyProcess, prompt: str, headers: dict[str, str]) -> Answer:
    with anthropic_client(proxy) as client:
        with client.messages.stream(
            model=CLAUDE, max_tokens=100, messages=_user(prompt), extra_headers=headers
        ) as stream:
            pieces = list(stream.text_stream)
            final = stream.get_final_text()
            got = _lower(stream.response.headers)
        assert final == "".join(pieces)
        return Answer(final, pieces, got)


def _gemini_config(headers: dict[str, str]) -> types.GenerateContentConfig:
    return types.GenerateContentConfig(http_options=types.HttpOptions(headers=headers))


def gemini(proxy: ProxyProcess, prompt: str, headers: dict[str, str]) -> Answer:
    client = genai_client(proxy)  # held: the SDK closes its HTTP client when the object goes
    response = client.models.generate_content(model=GEMINI, contents=prompt, config=_gemini_config(headers))
    assert response.sdk_http_response is not None and response.sdk_http_response.headers is not None
    text = response.text or ""
    return Answer(text, [text], _lower(response.sdk_http_response.headers))


def gemini_stream(proxy: ProxyProcess, prompt: str, headers: dict[str, str]) -> Answer:
    client = genai_client(proxy)
    chunks = list(client.models.generate_content_stream(model=GEMINI, contents=prompt, config=_gemini_config(headers)))
    assert chunks and chunks[0].sdk_http_response is not None and chunks[0].sdk_http_response.headers is not None
    pieces = [c.text for c in chunks if c.text]
    return Answer("".join(pieces), pieces, _lower(chunks[0].sdk_http_response.headers))


Ask = Callable[[Any, str, dict[str, str]], Answer]
# (how to ask, which proxy fixture, the tool in the decision record)
CASES: dict[str, tuple[Ask, str, str]] = {
    "openai-chat": (openai_chat, "proxy", "openai-api"),
    "openai-chat-stream": (openai_chat_stream, "proxy", "openai-api"),
    "openai-responses": (openai_responses, "proxy", "openai-api"),
    "openai-responses-stream": (openai_responses_stream, "proxy", "openai-api"),
    "anthropic": (anthropic_messages, "approved_proxy", "anthropic-api"),
    "anthropic-stream": (anthropic_messages_stream, "approved_proxy", "anthropic-api"),
    "gemini": (gemini, "approved_proxy", "gemini-api"),
    "gemini-stream": (gemini_stream, "approved_proxy", "gemini-api"),
}
STREAMED = {k for k in CASES if k.endswith("-stream")}


@pytest.fixture
def any_proxy(request: pytest.FixtureRequest) -> Callable[[str], ProxyProcess]:
    return lambda name: request.getfixturevalue(name)


def _arrived(upstream: FakeUpstream) -> tuple[str, str]:
    """The one request's body upstream, checked for values, and its last user text as it arrived."""
    assert len(upstream.received) == 1, [r.path for r in upstream.received]
    body = upstream.received[0].body.decode()
    assert EMAIL not in body and IBAN not in body
    return body, last_user_text(json.loads(body))


def _one_record(proxy: ProxyProcess, before: int) -> dict[str, Any]:
    records = proxy.records()[before:]
    assert len(records) == 1, records
    record = records[0]
    assert EMAIL not in json.dumps(record) and IBAN not in json.dumps(record)
    return record


def _no_placeholder(answer: Answer) -> None:
    assert not PLACEHOLDER.search(answer.text), answer.text
    # No piece of a placeholder reached the client either ("[" is in no value and not in the prompt).
    assert all("[" not in p for p in answer.pieces), answer.pieces


# --- every SDK, streamed and not --------------------------------------------------------------


@pytest.mark.parametrize("case", list(CASES))
def test_values_come_back_in_the_answer_and_never_reach_the_upstream(
    case: str, any_proxy: Callable[[str], ProxyProcess], upstream: FakeUpstream
) -> None:
    ask, proxy_name, tool = CASES[case]
    proxy = any_proxy(proxy_name)
    before = len(proxy.records())
    answer = ask(proxy, PROMPT, ECHO)

    _, arrived = _arrived(upstream)
    assert MASKED_PROMPT.fullmatch(arrived), arrived  # the upstream echoed this text back
    assert answer.text == PROMPT
    _no_placeholder(answer)
    if case in STREAMED:
        assert len(answer.pieces) > 1, answer.pieces  # it did stream, in several pieces
    assert answer.headers["x-dlp-action"] == "pseudonymise"
    assert answer.headers.get("x-dlp-notice")
    record = _one_record(proxy, before)
    assert (record["action"], record["rule_id"], record["tool"]) == ("pseudonymise", "PERSONAL-MASK-LOW", tool)
    assert answer.headers["x-dlp-decision-id"] == record["decision_id"]
    assert set(record["entities"]) == {"EMAIL_ADDRESS", "IBAN_CODE"}


@pytest.mark.parametrize("case", ["openai-chat", "openai-chat-stream"])
def test_an_example_credential_is_pseudonymised_and_comes_back(
    case: str, proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    """Documentation keys (rule PLACEHOLDER-MASK) leave as a placeholder and come back in the answer."""
    example = "AKIAIOSFODNN7EXAMPLE"
    prompt = f"Mijn config gebruikt {example} als sleutel"
    before = len(proxy.records())
    answer = CASES[case][0](proxy, prompt, ECHO)
    (received,) = upstream.received
    arrived = last_user_text(json.loads(received.body))
    assert example not in received.body.decode()
    assert re.fullmatch(r"Mijn config gebruikt \[SECRET_PLACEHOLDER_\d+\] als sleutel", arrived), arrived
    assert answer.text == prompt
    _no_placeholder(answer)
    assert answer.headers["x-dlp-action"] == "pseudonymise"
    (record,) = proxy.records()[before:]
    assert (record["action"], record["rule_id"]) == ("pseudonymise", "PLACEHOLDER-MASK")
    assert example not in json.dumps(record)


def test_same_value_gets_the_same_placeholder_in_every_sdk_request_of_one_tool(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    for ask in (openai_chat, openai_chat_stream, openai_responses):
        assert ask(proxy, PROMPT, ECHO).text == PROMPT
    arrived = {last_user_text(json.loads(r.body)) for r in upstream.received}
    assert len(upstream.received) == 3 and len(arrived) == 1, arrived


# --- a placeholder split across events ---------------------------------------------------------


def _at_every_split(
    proxy: ProxyProcess, upstream: FakeUpstream, ask: Ask, prompt: str, headers: dict[str, str]
) -> None:
    """Ask once to learn the text the upstream gets, then again with the streamed text cut in two
    events at every offset of it (so inside every placeholder too): the client gets `prompt` each time."""
    ask(proxy, prompt, ECHO)
    _, masked = _arrived(upstream)
    assert PLACEHOLDER.search(masked), masked
    failures: list[tuple[int, list[str]]] = []
    for split in range(len(masked) + 1):
        upstream.clear()
        answer = ask(proxy, prompt, headers | {"x-fake-split": str(split)})
        assert last_user_text(json.loads(upstream.received[0].body)) == masked  # the same placeholders
        if "x-fake-gzip" in headers:
            assert answer.headers.get("content-encoding") == "gzip"  # still compressed to the client
        if answer.text != prompt or any("[" in p for p in answer.pieces):
            failures.append((split, answer.pieces))
    assert not failures, failures


@pytest.mark.parametrize("case", sorted(STREAMED))
def test_a_placeholder_split_at_every_offset_across_two_events_is_restored(
    case: str, any_proxy: Callable[[str], ProxyProcess], upstream: FakeUpstream
) -> None:
    ask, proxy_name, _ = CASES[case]
    _at_every_split(any_proxy(proxy_name), upstream, ask, PROMPT, ECHO)


def test_a_placeholder_split_at_every_offset_in_a_gzip_stream_is_restored(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    _at_every_split(proxy, upstream, openai_chat_stream, f"Mail {EMAIL}", ECHO | {"x-fake-gzip": "1"})


# --- compressed answers ------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["openai-chat", "openai-chat-stream", "anthropic-stream", "gemini-stream"])
def test_a_gzip_compressed_answer_is_restored(
    case: str, any_proxy: Callable[[str], ProxyProcess], upstream: FakeUpstream
) -> None:
    ask, proxy_name, _ = CASES[case]
    answer = ask(any_proxy(proxy_name), PROMPT, ECHO | {"x-fake-gzip": "1", "x-fake-chunk": "3"})
    _, arrived = _arrived(upstream)
    assert MASKED_PROMPT.fullmatch(arrived), arrived
    assert answer.headers.get("content-encoding") == "gzip"
    assert answer.text == PROMPT
    _no_placeholder(answer)


# --- tool-call arguments -----------------------------------------------------------------------

SEND_MAIL = {
    "type": "function",
    "function": {
        "name": ECHO_TOOL_NAME,
        "parameters": {"type": "object", "properties": {"to": {"type": "string"}}, "required": ["to"]},
    },
}


def _tool_arguments(proxy: ProxyProcess, prompt: str, headers: dict[str, str]) -> list[str]:
    """The streamed `arguments` fragments of the first tool call, as the client got them."""
    fragments: list[str] = []
    with _openai(proxy) as client:
        stream = client.chat.completions.create(
            model=GPT, messages=_user(prompt), tools=[SEND_MAIL], stream=True, extra_headers=ECHO | headers
        )
        for chunk in stream:
            calls = chunk.choices[0].delta.tool_calls if chunk.choices else None
            if calls and calls[0].function and calls[0].function.arguments:
                fragments.append(calls[0].function.arguments)
    return fragments


def test_streamed_tool_call_arguments_are_restored(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    fragments = _tool_arguments(proxy, PROMPT, {"x-fake-tool": "1", "x-fake-chunk": "3"})
    _, arrived = _arrived(upstream)
    assert MASKED_PROMPT.fullmatch(arrived), arrived
    assert len(fragments) > 10  # in many pieces: every placeholder cut across several events
    assert json.loads("".join(fragments)) == {"to": PROMPT}
    assert all("[" not in f for f in fragments), fragments


def test_tool_call_arguments_split_at_every_offset_are_restored(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    _tool_arguments(proxy, PROMPT, {"x-fake-tool": "1"})
    _, masked = _arrived(upstream)
    arguments = json.dumps({"to": masked})  # what the upstream streams
    failures: list[tuple[int, list[str]]] = []
    for split in range(len(arguments) + 1):
        upstream.clear()
        fragments = _tool_arguments(proxy, PROMPT, {"x-fake-tool": "1", "x-fake-split": str(split)})
        assert last_user_text(json.loads(upstream.received[0].body)) == masked
        try:
            ok = json.loads("".join(fragments)) == {"to": PROMPT} and all("[" not in f for f in fragments)
        except ValueError:
            ok = False
        if not ok:
            failures.append((split, fragments))
    assert not failures, failures


def test_text_around_the_values_that_needs_json_escaping_survives_in_tool_call_arguments(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    prompt = f'Mail "{EMAIL}" over rekening {IBAN}\\n\ttab \u00e9\u20ac'
    fragments = _tool_arguments(proxy, prompt, {"x-fake-tool": "1", "x-fake-chunk": "5"})
    _arrived(upstream)
    assert json.loads("".join(fragments)) == {"to": prompt}


def test_tool_call_arguments_in_a_whole_answer_are_restored(proxy: ProxyProcess, upstream: FakeUpstream) -> None:
    with _openai(proxy) as client:
        reply = client.chat.completions.create(
            model=GPT, messages=_user(PROMPT), tools=[SEND_MAIL], extra_headers=ECHO | {"x-fake-tool": "1"}
        )
    _arrived(upstream)
    calls = reply.choices[0].message.tool_calls
    assert calls and json.loads(calls[0].function.arguments) == {"to": PROMPT}  # type: ignore[union-attr]


# --- placeholders the proxy did not issue ------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "chunk"),
    [("openai-chat", "3"), ("openai-chat-stream", "3"), ("openai-chat-stream", "200"), ("anthropic-stream", "200")],
)
def test_a_placeholder_the_proxy_never_issued_stays_as_it_is(
    case: str, chunk: str, any_proxy: Callable[[str], ProxyProcess], upstream: FakeUpstream
) -> None:
    """The model's own "[PERSON_99]" (whole in one event, or cut in pieces) and a dangling "[IBAN_CODE_"
    at the very end (held back as a possible placeholder, then sent when the text ends) come back as sent."""
    ask, proxy_name, _ = CASES[case]
    prompt = f"Mail {EMAIL} en [PERSON_99] over [EMAIL_ADDRESS_99] of [IBAN_CODE_"
    answer = ask(any_proxy(proxy_name), prompt, ECHO | {"x-fake-chunk": chunk})
    _, arrived = _arrived(upstream)
    invented = r"Mail \[EMAIL_ADDRESS_\d+\] en \[PERSON_99\] over \[EMAIL_ADDRESS_99\] of \[IBAN_CODE_"
    assert re.fullmatch(invented, arrived), arrived  # sent on as it was: no personal data
    assert answer.text == prompt


# --- a conversation over several turns ---------------------------------------------------------


def test_a_follow_up_turn_keeps_the_same_placeholders_and_sends_no_value(
    proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    first = openai_chat_stream(proxy, PROMPT, ECHO)
    assert first.text == PROMPT
    _, arrived = _arrived(upstream)
    m = MASKED_PROMPT.fullmatch(arrived)
    assert m is not None, arrived
    email_ph, iban_ph = m.groups()

    upstream.clear()
    question = f"Klopt {EMAIL} nog, en staat {IBAN} op naam?"
    history = [
        {"role": "user", "content": PROMPT},
        {"role": "assistant", "content": first.text},  # the restored answer, with the real values
        {"role": "user", "content": question},
    ]
    with _openai(proxy) as client:
        raw = client.chat.completions.with_raw_response.create(model=GPT, messages=history, extra_headers=ECHO)
    body, last = _arrived(upstream)
    messages = json.loads(body)["messages"]
    assert [m["content"] for m in messages] == [
        f"Mail {email_ph} over rekening {iban_ph}",
        f"Mail {email_ph} over rekening {iban_ph}",
        f"Klopt {email_ph} nog, en staat {iban_ph} op naam?",
    ]
    assert last == messages[2]["content"]
    assert raw.headers["x-dlp-action"] == "pseudonymise"
    assert raw.parse().choices[0].message.content == question


# --- whose placeholders: one vault scope per user and tool -------------------------------------

USERS = {"alice": "alice-Pw-1", "bob": "bob-Pw-2"}
BOB_EMAIL, BOB_IBAN = "bob.bakker@voorbeeldklant.nl", "NL39RABO0300065264"
OTHER_EMAIL = "kees.klant@voorbeeldklant.nl"


@pytest.fixture(scope="module")
def auth_proxy(
    tmp_path_factory: pytest.TempPathFactory, upstream_ca: tuple[Issued, object, object], openai_upstream: FakeUpstream
) -> Iterator[ProxyProcess]:
    """The bundled policy, with users who log in to the proxy (htpasswd, Apache's {SHA} form)."""
    workdir = tmp_path_factory.mktemp("restore-auth-proxy")
    htpasswd = workdir / "htpasswd"
    sha = {u: base64.b64encode(hashlib.sha1(pw.encode()).digest()).decode() for u, pw in USERS.items()}
    htpasswd.write_text("".join(f"{u}:{{SHA}}{digest}\n" for u, digest in sha.items()))
    proc = start_proxy(
        workdir,
        redirects=ai_redirects(openai_upstream),
        upstream_ca=upstream_ca[0].cert_pem,
        extra=["--proxyauth", f"@{htpasswd}"],
    )
    yield proc
    proc.stop()


@dataclass
class _Authed:
    """The proxy as `user` reaches it: credentials in the proxy URL."""

    url: str
    ca: Path


def _as(proxy: ProxyProcess, user: str) -> _Authed:
    return _Authed(proxy.url.replace("http://", f"http://{user}:{USERS[user]}@"), proxy.ca)


def test_one_users_placeholders_never_bring_back_another_users_values(
    auth_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    alice, bob = _as(auth_proxy, "alice"), _as(auth_proxy, "bob")
    assert openai_chat(alice, PROMPT, ECHO).text == PROMPT
    _, alice_masked = _arrived(upstream)
    assert MASKED_PROMPT.fullmatch(alice_masked), alice_masked

    upstream.clear()
    bob_prompt = f"Mail {BOB_EMAIL} over rekening {BOB_IBAN}"
    assert openai_chat_stream(bob, bob_prompt, ECHO).text == bob_prompt
    (received,) = upstream.received
    assert BOB_EMAIL not in received.body.decode() and BOB_IBAN not in received.body.decode()

    # Bob sends Alice's placeholders as text (the same strings his own vault may have issued):
    # whatever comes back, it is never Alice's data.
    for ask in (openai_chat, openai_chat_stream):
        upstream.clear()
        answer = ask(bob, alice_masked, ECHO)
        assert EMAIL not in answer.text and IBAN not in answer.text, answer.text
    records = auth_proxy.records()
    assert {r["user"] for r in records} == {"alice", "bob"}
    assert EMAIL not in auth_proxy.log_text() and BOB_EMAIL not in auth_proxy.log_text()


def test_placeholders_of_one_tool_do_not_bring_back_values_in_another_tool(
    approved_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    prompt = f"Mail {OTHER_EMAIL} vandaag"
    assert openai_chat(approved_proxy, prompt, ECHO).text == prompt
    _, masked = _arrived(upstream)
    m = re.fullmatch(r"Mail (\[EMAIL_ADDRESS_\d+\]) vandaag", masked)
    assert m is not None, masked
    upstream.clear()
    question = f"Wie is {m.group(1)}?"  # the OpenAI API's placeholder, sent to the Anthropic API
    for ask in (anthropic_messages, anthropic_messages_stream):
        upstream.clear()
        answer = ask(approved_proxy, question, ECHO)
        assert OTHER_EMAIL not in answer.text, answer.text
