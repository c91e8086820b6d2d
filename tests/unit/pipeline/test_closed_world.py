"""The whole request is judged (dlp_proxy.pipeline.closed_world): fields no adapter names, keys, URL, headers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.pipeline import closed_world
from dlp_proxy.pipeline.body import BodyError
from tests.unit.proxy.test_interceptor import AWS_KEY, EMAIL, api_flow, audit_log, proxy, records

__all__ = ["audit_log"]  # the fixture, used by name

BSN_SENTENCE = "Het BSN van de klant is 111222333."


def view(doc: Any, path: str = "/v1/chat/completions", **headers: str) -> RequestView:
    body = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
    return RequestView("POST", "api.openai.com", path, {"content-type": "application/json", **headers}, body)


def residual_texts(request: RequestView, adapter: str = "openai") -> dict[tuple[Any, ...], str]:
    doc = closed_world.body_document(request)
    extraction = adapter_for(adapter, request).extract(request)
    return {s.path: s.text for s in closed_world.residual(request, doc, extraction).segments}


def test_fields_the_adapter_names_are_not_scanned_twice_and_everything_else_is() -> None:
    request = view(
        {
            "model": "gpt-4o",
            "messages": [{"role": "user", "content": "hallo"}],
            "tools": [{"type": "function", "function": {"name": "f", "description": "mail naar x"}}],
            "metadata": {"note": "iets"},
        },
        path="/v1/chat/completions?trace=abc",
    )
    headers = {**request.headers, "x-note": "een kop"}
    request = RequestView(request.method, request.host, request.path, headers, request.body)
    texts = residual_texts(request)
    assert ("@json", "messages", 0, "content") not in texts  # the adapter's own segment
    assert texts[("@json", "tools", 0, "function", "description")] == "mail naar x"
    assert texts[("@json", "metadata", "note")] == "iets"
    assert texts[("@key", "metadata", "note")] == "note"  # keys too
    assert texts[("@query", 0)] == "abc" and texts[("@querykey", 0)] == "trace"
    assert not any(("@route", i) in texts for i in (1, 2, 3))  # "v1", "chat", "completions": protocol words
    assert texts[("@header", "x-note")] == "een kop"
    assert ("@header", "content-type") not in texts  # protocol and credential headers are not scanned


def test_each_distinct_key_is_scanned_once() -> None:
    messages = [{"role": "user", "content": f"vraag {i}", "Note": "x"} for i in range(50)]
    request = view({"model": "m", "messages": messages, "Jan": 1})
    doc = closed_world.body_document(request)
    extraction = adapter_for("openai", request).extract(request)
    keys = [s.text for s in closed_world.residual(request, doc, extraction).segments if s.path[0] == "@key"]
    assert sorted(keys) == ["Jan", "Note"]  # "model", "messages", "role", "content": protocol words


@pytest.mark.parametrize(
    ("body", "path", "scanned"),
    [
        # a string that is exactly a protocol word holds no value: not scanned
        ({"model": "m", "messages": [{"role": "user", "content": "hoi"}]}, "/v1/chat/completions", []),
        # anything else is, keys, roles and path steps included
        ({"model": "m", "messages": [{"role": "Jan", "content": "hoi"}]}, "/v1/chat/completions", ["Jan"]),
        ({"model": "m", "messages": [], "bsn": "x"}, "/v1/chat/completions", ["bsn", "x"]),
        ({"model": "m", "messages": []}, "/v1/chat/111222333", ["111222333"]),
        ({"model": "m", "messages": [], "Role": "USER"}, "/V1/chat/completions", ["Role", "USER", "V1"]),
    ],
)
def test_only_strings_that_are_exactly_a_protocol_word_are_left_out(
    body: dict[str, Any], path: str, scanned: list[str]
) -> None:
    texts = residual_texts(view(body, path=path))
    assert sorted(t for t in texts.values() if t != "m") == sorted(scanned)


def test_json_inside_a_string_and_text_data_urls_are_opened() -> None:
    inner = json.dumps({"note": "binnenin"})
    url = "data:text/plain;base64," + __import__("base64").b64encode(b"tekst in een bestand").decode()
    request = view({"model": "m", "messages": [], "extra": inner, "image_url": {"url": url}})
    texts = residual_texts(request)
    assert "binnenin" in texts.values()
    assert "tekst in een bestand" in texts.values()
    assert not any(closed_world.maskable(p) for p, t in texts.items() if t in ("binnenin", "tekst in een bestand"))


def test_whole_numbers_under_identifier_keys_are_scanned_with_their_key_and_others_are_not() -> None:
    request = view(
        {
            "model": "m",
            "messages": [{"role": "user", "content": "hallo"}],
            "metadata": {"bsn": 111222333},
            "extra": json.dumps({"customer": {"bsn": 111222333}, "cardNumbers": [4111111111111111]}),
            "conversation_id": 4111111111111111,  # an id: its key names no identifier
            "created_ms": 1733500000000,
            "max_tokens": 64,
            "seed": 99999,
            "stream": True,
            "temperature": 123456.5,
        }
    )
    numbers = {p: t for p, t in residual_texts(request).items() if p[0] == "@number"}
    assert numbers == {
        ("@number", "metadata", "bsn"): "bsn: 111222333",
        ("@number", "extra", "#json", "customer", "bsn"): "bsn: 111222333",
        ("@number", "extra", "#json", "cardNumbers", 0): "cardNumbers: 4111111111111111",
    }
    assert not any(closed_world.maskable(p) for p in numbers)


def test_a_float_number_in_tool_call_arguments_is_scanned_but_an_integer_there_is_left_to_the_text() -> None:
    arguments = '{"naam": "Jan", "bsn": 1.11222333e8, "bsnNummer": 111222333, "score": 1.5e6}'
    call = {"id": "c1", "type": "function", "function": {"name": "register", "arguments": arguments}}
    messages = [{"role": "user", "content": "Registreer"}, {"role": "assistant", "content": None, "tool_calls": [call]}]
    numbers = {p: t for p, t in residual_texts(view({"model": "m", "messages": messages})).items() if p[0] == "@number"}
    assert numbers == {
        ("@number", "messages", 1, "tool_calls", 0, "function", "arguments", "#json", "bsn"): "bsn: 111222333"
    }


def test_a_whole_number_written_with_an_exponent_or_a_fraction_is_scanned_as_the_whole_number() -> None:
    raw = (
        b'{"model": "m", "messages": [{"role": "user", "content": "hallo"}],'
        b' "meta": {"bsn": 1.11222333e8, "phone": 612345678.0, "bsnScore": 123456.5}}'
    )
    request = view(raw)  # the bytes as sent: 1.11222333e8 is a float to a JSON parser
    numbers = {p: t for p, t in residual_texts(request).items() if p[0] == "@number"}
    assert numbers == {("@number", "meta", "bsn"): "bsn: 111222333", ("@number", "meta", "phone"): "phone: 612345678"}


@pytest.mark.parametrize(
    "body",
    [
        b'{"messages":[{"role":"user","content":"a"}],"messages":[]}',
        b'{"messages":[{"role":"user","content":"a","content":"b"}]}',
        b'{"messages":[],"Messages":[]}',
        '{"messages":[],"\uff4dessages":[]}'.encode(),
    ],
    ids=["duplicate", "nested-duplicate", "case", "full-width"],
)
def test_a_body_two_parsers_could_read_differently_is_ambiguous(body: bytes) -> None:
    with pytest.raises(BodyError) as e:
        closed_world.body_document(view(body))
    assert e.value.reason == "ambiguous_body"


def test_a_json_body_is_json_whatever_its_content_type() -> None:
    request = RequestView("POST", "api.openai.com", "/v1/x", {"content-type": "text/plain"}, b'{"a": "b"}')
    assert closed_world.body_document(request) == {"a": "b"}


# --- through the addon ------------------------------------------------------------------


def test_a_secret_in_a_tool_description_is_blocked(rules_dir: Path, audit_log: Path) -> None:
    doc = {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "Roep de tool aan."}],
        "tools": [{"type": "function", "function": {"name": "f", "description": f"sleutel {AWS_KEY}"}}],
    }
    flow = api_flow(doc)
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    [record] = records(audit_log)
    assert (record["action"], record["entities"]) == ("block", {"SECRET": 1})


def test_personal_data_in_metadata_the_query_and_a_header_is_masked_in_place(rules_dir: Path, audit_log: Path) -> None:
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}], "metadata": {"note": EMAIL}}
    flow = api_flow(doc, path=f"/v1/chat/completions?to={EMAIL}", x_contact=f"mail {EMAIL}")
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is None
    sent = json.loads(flow.request.content or b"")
    assert sent["metadata"]["note"] == "[EMAIL_ADDRESS_1]"
    assert sent["messages"][0]["content"] == "Hallo"
    assert EMAIL not in flow.request.path and "EMAIL_ADDRESS_1" in flow.request.path
    assert flow.request.headers["x-contact"] == "mail [EMAIL_ADDRESS_1]"
    [record] = records(audit_log)
    assert record["action"] == "redact"
    assert EMAIL not in audit_log.read_text(encoding="utf-8")


def test_personal_data_in_an_object_key_cannot_be_masked_so_it_is_blocked(rules_dir: Path, audit_log: Path) -> None:
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}], "metadata": {EMAIL: "x"}}
    flow = api_flow(doc)
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    [record] = records(audit_log)
    assert (record["action"], record["fail_reason"]) == ("block", "field_not_maskable")


def test_a_bsn_sent_as_a_number_cannot_be_masked_so_it_is_blocked(rules_dir: Path, audit_log: Path) -> None:
    doc = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Zoek de klant op."}], "customer_bsn": 111222333}
    flow = api_flow(doc)
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    [record] = records(audit_log)
    assert (record["action"], record["fail_reason"], record["entities"]) == (
        "block",
        "field_not_maskable",
        {"NL_BSN": 1},
    )
    assert "111222333" not in audit_log.read_text(encoding="utf-8")


def test_duplicate_keys_are_refused_whatever_the_fail_mode(rules_dir: Path, audit_log: Path) -> None:
    raw = b'{"model":"gpt-4o","messages":[{"role":"user","content":"hoi"}],"messages":[{"role":"user","content":"x"}]}'
    flow = api_flow(raw)
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    [record] = records(audit_log)
    assert (record["action"], record["fail_reason"]) == ("block", "ambiguous_body")


def test_every_gzip_member_is_read(rules_dir: Path, audit_log: Path) -> None:
    head = b'{"model":"gpt-4o","messages":[{"role":"user","content":"Hoi '
    tail = f'{AWS_KEY}"}}]}}'.encode()
    flow = api_flow(gzip.compress(head) + gzip.compress(tail), content_encoding="gzip")
    flow.request.raw_content = gzip.compress(head) + gzip.compress(tail)
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    assert records(audit_log)[0]["entities"] == {"SECRET": 1}


def test_trailing_bytes_after_a_compressed_body_follow_the_fail_mode(rules_dir: Path, audit_log: Path) -> None:
    flow = api_flow(b"", content_encoding="gzip")
    flow.request.raw_content = gzip.compress(b'{"model":"m","messages":[]}') + b"garbage"
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    assert records(audit_log)[0]["fail_reason"] == "undecodable_body"


def test_a_value_split_over_two_content_parts_is_found_and_both_halves_are_masked(
    rules_dir: Path, audit_log: Path
) -> None:
    parts = [{"type": "text", "text": "Mail jan.jansen@voor"}, {"type": "text", "text": "beeld.nl vandaag"}]
    flow = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": parts}]})
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is None
    sent = json.loads(flow.request.content or b"")["messages"][0]["content"]
    joined = sent[0]["text"] + sent[1]["text"]
    assert "voor" not in joined.replace("vandaag", "") and "jan.jansen" not in joined
    assert records(audit_log)[0]["entities"] == {"EMAIL_ADDRESS": 1}


def test_a_host_mismatch_is_refused_and_logged(rules_dir: Path, audit_log: Path) -> None:
    flow = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]})
    flow.client_conn.sni = "example.org"
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    [record] = records(audit_log)
    assert (record["tool"], record["action"], record["fail_reason"]) == ("openai-api", "block", "host_mismatch")


def test_a_bodyless_get_to_a_catalogue_host_is_judged_by_its_url(rules_dir: Path, audit_log: Path) -> None:
    flow = api_flow(b"", path=f"/v1/models?q={BSN_SENTENCE.replace(' ', '+')}&key={AWS_KEY}")
    flow.request.method = "GET"
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is not None and flow.response.status_code == 403
    [record] = records(audit_log)
    assert record["entities"].get("SECRET") == 1 and AWS_KEY not in audit_log.read_text(encoding="utf-8")


def _jwt(claims: dict[str, Any]) -> str:
    import base64

    def part(doc: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(doc).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJlLW5vdC1jaGVja2Vk"


def test_the_vendors_own_credentials_and_session_pass(rules_dir: Path, audit_log: Path) -> None:
    key = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1eF3hJ5kL7nP9rS1uV3xY5"
    flow = api_flow(
        {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]},
        authorization=f"Bearer {key}",
        cookie=f"session={_jwt({'email': EMAIL, 'sub': 'user-123'})}; theme=dark",
    )
    raw = flow.request.raw_content
    proxy(audit_log, flow, policy=rules_dir)
    assert flow.response is None and flow.request.raw_content == raw
    assert flow.request.headers["authorization"] == f"Bearer {key}"
    assert records(audit_log)[0]["action"] == "allow"


def test_a_value_smuggled_into_a_cookie_is_found(rules_dir: Path, audit_log: Path) -> None:
    iban = "NL91ABNA0417164300"
    masked = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]}, cookie=f"k={iban}")
    blocked = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]}, cookie=f"k={AWS_KEY}")
    proxy(audit_log, masked, blocked, policy=rules_dir)
    assert masked.response is None and masked.request.headers["cookie"] == "k=[IBAN_CODE_1]"
    assert blocked.response is not None and blocked.response.status_code == 403
    assert [r["action"] for r in records(audit_log)] == ["redact", "block"]


def test_an_iban_base64_encoded_in_a_cookie_is_found_but_a_session_tokens_email_is_not(
    rules_dir: Path, audit_log: Path
) -> None:
    import base64

    smuggled = base64.b64encode(b"iban=NL91ABNA0417164300").decode()
    hidden = api_flow(
        {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]}, cookie=f"sess=abc; prefs={smuggled}"
    )
    session = api_flow(
        {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]},
        cookie=f"session={_jwt({'email': EMAIL, 'sub': 'user-123'})}",
    )
    proxy(audit_log, hidden, session, policy=rules_dir)
    assert hidden.response is None and smuggled not in hidden.request.headers["cookie"]
    assert hidden.request.headers["cookie"].startswith("sess=abc; prefs=[IBAN_CODE_")
    assert (
        session.response is None
        and EMAIL in base64.urlsafe_b64decode(session.request.headers["cookie"].split(".")[1] + "==").decode()
    )
    assert [r["action"] for r in records(audit_log)] == ["redact", "allow"]


def test_a_key_in_the_query_string_and_browser_client_hints_are_not_findings(rules_dir: Path, audit_log: Path) -> None:
    key = "AIza" + "SyD3xAmPlE0kEy9vAlUe4tEsTiNg12345"
    flow = api_flow(
        {"contents": [{"role": "user", "parts": [{"text": "Hallo"}]}]},
        host="generativelanguage.googleapis.com",
        path=f"/v1beta/models/gemini-2.0-flash:generateContent?key={key}",
        sec_ch_ua_full_version_list='"Chromium";v="142.0.7444.60", "Not_A Brand";v="99.0.0.0"',
    )
    proxy(audit_log, flow, policy=rules_dir)
    [record] = records(audit_log)
    assert record["entities"] == {} and record["tool"] == "gemini-api"
    assert key in flow.request.path


def test_a_value_in_a_request_trailer_is_judged_like_a_header(rules_dir: Path, audit_log: Path) -> None:
    from mitmproxy.http import Headers

    masked = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]})
    masked.request.trailers = Headers(x_note=f"mail {EMAIL}")
    blocked = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]})
    blocked.request.trailers = Headers(x_note=f"key {AWS_KEY}")
    proxy(audit_log, masked, blocked, policy=rules_dir)
    assert masked.response is None and masked.request.trailers is not None
    assert masked.request.trailers["x-note"] == "mail [EMAIL_ADDRESS_1]"
    assert blocked.response is not None and blocked.response.status_code == 403
    assert [r["action"] for r in records(audit_log)] == ["redact", "block"]


def test_a_value_hidden_in_a_header_name_is_found_and_blocks_the_request(rules_dir: Path, audit_log: Path) -> None:
    """A header's name is no field a vendor reads, but a client can write a value there: names with a
    digit or "@" are scanned, and since a name cannot be masked in place the request is blocked."""
    hidden = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]})
    hidden.request.headers[f"X-Note-{EMAIL}"] = "1"
    plain = api_flow({"model": "gpt-4o", "messages": [{"role": "user", "content": "Hallo"}]})
    plain.request.headers["X-B3-TraceId"] = "80f198ee56343ba864fe8b2a57d3eff7"
    proxy(audit_log, hidden, plain, policy=rules_dir)
    assert hidden.response is not None and hidden.response.status_code == 403
    assert plain.response is None
    first, second = records(audit_log)
    assert (first["action"], first["fail_reason"]) == ("block", "field_not_maskable")
    assert second["action"] == "allow"
    assert EMAIL not in audit_log.read_text(encoding="utf-8")


def test_only_header_names_that_could_hold_a_value_are_scanned() -> None:
    request = view({"model": "m", "messages": [{"role": "user", "content": "x"}]}, **{"x-acct-nl04rabo0307519542": "1"})
    texts = residual_texts(request)
    names = [t for p, t in texts.items() if p[0] == "@headername"]
    assert names == ["x-acct-nl04rabo0307519542"]  # not "content-type", nor any name without a digit


def test_a_prompt_that_is_json_with_duplicate_keys_stays_the_adapters_to_judge() -> None:
    prompt = '{"naam": "Jan", "naam": "Piet", "bsn": 1.11222333e8}'  # pasted JSON, as a chat message
    request = view({"model": "m", "messages": [{"role": "user", "content": prompt}]})
    numbers = {p: t for p, t in residual_texts(request).items() if p[0] == "@number"}
    assert numbers == {}
