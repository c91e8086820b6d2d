"""The bounds on bodies held on inspected connections (dlp_proxy.proxy.body_limits)."""

from __future__ import annotations

import gzip
import json

import pytest
from mitmproxy import http

from dlp_proxy.proxy.body_limits import CappedBody, bound_answer, declared_length, read_bound
from dlp_proxy.proxy.restoring import never_empty, whole_or_pass

MAP = {"[PERSON_1]": "Jan Jansen"}
MIB = 1024 * 1024


@pytest.mark.parametrize(
    ("limit", "bound"),
    [(10 * MIB, 20 * MIB), (2000, 2000 + 62 + 64 * 1024), (1, 1 + 64 * 1024)],
)
def test_read_bound_is_twice_the_limit_and_never_below_what_compression_can_add(limit: int, bound: int) -> None:
    assert read_bound(limit) == bound
    assert read_bound(limit) >= limit + limit // 128 * 4  # four stored layers still fit


@pytest.mark.parametrize(
    ("headers", "length"),
    [({"content-length": "2000000000"}, 2_000_000_000), ({"content-length": " 12 "}, 12), ({}, None),
     ({"content-length": "1,2"}, None), ({"content-length": "-5"}, None)],
)  # fmt: skip
def test_declared_length_reads_only_a_plain_number(headers: dict[str, str], length: int | None) -> None:
    assert declared_length(headers) == length


def test_when_a_capped_body_passes_its_bound_then_it_drops_everything_and_reports_once() -> None:
    calls: list[int] = []
    body = CappedBody(10, lambda: calls.append(1))
    body += b"12345"
    body += b"67890"
    assert bytes(body) == b"1234567890" and len(body) == 10 and body
    body += b"x"
    body += b"more"
    assert calls == [1] and body.overflowed and bytes(body) == b"" and not body
    body.clear()
    assert len(body) == 0


def _answer(headers: dict[str, str], stream: object = False) -> http.Response:
    response = http.Response.make(200)
    del response.headers["content-length"]  # make() adds one for its empty body
    response.headers.update(headers)
    response.stream = stream  # type: ignore[assignment]
    return response


def test_an_answer_declared_over_the_limit_is_passed_through_unheld() -> None:
    response = _answer({"content-type": "application/json", "content-length": str(65 * MIB)})
    bound_answer(response, MAP, limit=64 * MIB)
    assert response.stream is True


def test_an_answer_declared_within_the_limit_is_held_whole_as_before() -> None:
    response = _answer({"content-type": "application/json", "content-length": "100"})
    bound_answer(response, MAP, limit=64 * MIB)
    assert response.stream is False


def test_an_answer_of_unknown_length_with_nothing_to_restore_is_passed_through() -> None:
    for mapping, content_type in (({}, "application/json"), (MAP, "text/html")):
        response = _answer({"content-type": content_type})
        bound_answer(response, mapping)
        assert response.stream is True


def test_a_chunked_json_answer_within_the_limit_is_restored_whole() -> None:
    doc = json.dumps({"choices": [{"message": {"content": "Hallo [PERSON_1]"}}]}).encode()
    response = _answer({"content-type": "application/json", "content-encoding": "gzip"})
    bound_answer(response, MAP, limit=1000)
    assert callable(response.stream)
    wire = gzip.compress(doc)
    out = [*response.stream(wire[:10]), *response.stream(wire[10:]), *response.stream(b"")]
    assert json.loads(gzip.decompress(b"".join(out)))["choices"][0]["message"]["content"] == "Hallo Jan Jansen"


def test_a_chunked_answer_past_the_limit_passes_whole_and_unrestored_from_there_on() -> None:
    modify = whole_or_pass(_answer({"content-type": "application/json"}), MAP, limit=8)
    assert modify(b"[PERSON") == []
    assert modify(b"_1] and more") == [b"[PERSON", b"_1] and more"]
    assert modify(b"tail") == [b"tail"] and modify(b"") == []


def test_a_stream_rewriter_never_sends_an_empty_piece() -> None:
    # mitmproxy frames an empty piece to an HTTP/1 client as the last chunk: it would end the answer
    pieces = iter([b"", [b"a", b""], b"b"])
    modify = never_empty(lambda chunk: next(pieces))
    assert [modify(b"x"), modify(b"y"), modify(b"z")] == [[], [b"a"], [b"b"]]
