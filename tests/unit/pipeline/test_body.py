"""dlp_proxy.pipeline.body: bodies decoded whole and within the limit, JSON read strictly, refusals as BodyError."""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Callable

import brotli
import pytest

from dlp_proxy.errors import DlpError
from dlp_proxy.pipeline.body import BodyError, decode_content, load_json_strict, looks_like_json

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

MARKER = "SECRETMARKER-4711"
TEXT = json.dumps({"messages": [{"role": "user", "content": f"my note {MARKER} " * 50}]}).encode()
LIMIT = 1 << 20


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return c.compress(data) + c.flush()


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "x-gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": zstd.compress,
}


def _refusal(raw: bytes, encoding: str | None, limit: int = LIMIT) -> BodyError:
    with pytest.raises(BodyError) as info:
        decode_content(raw, encoding, limit)
    assert MARKER not in str(info.value)
    return info.value


# --- decode_content: what is read ---------------------------------------------------------------


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_when_body_is_encoded_then_decoded_back_exactly(coding: str) -> None:
    assert decode_content(ENCODERS[coding](TEXT), coding, LIMIT) == TEXT


@pytest.mark.parametrize(
    "header",
    ["GZIP", " gzip ", "identity, gzip", "gzip, identity", "gzip,,", "Identity , GZip"],
)
def test_when_header_has_case_whitespace_or_identity_then_still_read(header: str) -> None:
    assert decode_content(gzip.compress(TEXT), header, LIMIT) == TEXT


@pytest.mark.parametrize("header", [None, "", "identity", " IDENTITY ", ",", "identity, identity"])
def test_when_no_coding_is_applied_then_body_is_returned_as_is(header: str | None) -> None:
    assert decode_content(TEXT, header, LIMIT) == TEXT


def test_when_deflate_is_raw_without_zlib_wrapper_then_decoded_like_browsers_do() -> None:
    assert decode_content(_raw_deflate(TEXT), "deflate", LIMIT) == TEXT


@pytest.mark.parametrize(
    ("header", "layers"),
    [
        ("gzip, br", [gzip.compress, brotli.compress]),
        ("br, gzip", [brotli.compress, gzip.compress]),
        ("deflate, zstd", [zlib.compress, zstd.compress]),
        ("zstd, gzip, identity, br", [zstd.compress, gzip.compress, brotli.compress]),
    ],
)
def test_when_codings_are_stacked_then_undone_last_first(header: str, layers: list[Callable[[bytes], bytes]]) -> None:
    raw = TEXT
    for encode in layers:
        raw = encode(raw)
    assert decode_content(raw, header, LIMIT) == TEXT


def test_when_gzip_has_two_members_then_both_are_the_content() -> None:
    first, second = TEXT[:100], TEXT[100:]
    assert decode_content(gzip.compress(first) + gzip.compress(second), "gzip", LIMIT) == TEXT


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_when_body_is_empty_then_empty_whatever_the_coding(coding: str) -> None:
    assert decode_content(b"", coding, LIMIT) == b""


def test_when_decoded_size_equals_limit_then_accepted() -> None:
    assert decode_content(gzip.compress(TEXT), "gzip", len(TEXT)) == TEXT


def test_when_inner_layer_is_incompressible_and_final_fits_then_accepted() -> None:
    noise = bytes(range(256)) * 4096  # 1 MiB that deflate cannot shrink much: the gzip layer is larger
    body = gzip.compress(noise, compresslevel=0)
    assert len(body) > len(noise)
    assert decode_content(brotli.compress(body), "gzip, br", len(noise)) == noise


# --- decode_content: what is refused ------------------------------------------------------------


def _truncated(encode: Callable[[bytes], bytes]) -> bytes:
    return encode(TEXT)[:-6]


@pytest.mark.parametrize(
    ("case", "raw", "header"),
    [
        ("gzip + garbage", gzip.compress(TEXT) + b"garbage", "gzip"),
        ("gzip + zero padding", gzip.compress(TEXT) + b"\0" * 8, "gzip"),
        ("gzip + broken second member", gzip.compress(TEXT) + b"\x1f\x8b\x08junk", "gzip"),
        ("deflate + garbage", zlib.compress(TEXT) + b"garbage", "deflate"),
        ("raw deflate + garbage", _raw_deflate(TEXT) + b"garbage", "deflate"),
        ("br + garbage", brotli.compress(TEXT) + b"garbage", "br"),
        ("zstd + garbage", zstd.compress(TEXT) + b"garbage", "zstd"),
        ("zstd + second frame", zstd.compress(TEXT) + zstd.compress(b"{}"), "zstd"),
        ("truncated gzip", _truncated(gzip.compress), "gzip"),
        ("truncated deflate", _truncated(zlib.compress), "deflate"),
        ("truncated br", _truncated(brotli.compress), "br"),
        ("truncated zstd", _truncated(zstd.compress), "zstd"),
        ("not gzip at all", TEXT, "gzip"),
        ("not br at all", TEXT, "br"),
        ("not zstd at all", TEXT, "zstd"),
        ("gzip labelled br", gzip.compress(TEXT), "br"),
        ("only one layer of two", gzip.compress(TEXT), "gzip, br"),
        ("unknown coding", TEXT, "compress"),
        ("unknown among known", gzip.compress(TEXT), "gzip, lzma"),
        ("mitmproxy-only name", TEXT, "none"),
        ("too many layers", TEXT, "gzip, gzip, gzip, gzip, gzip"),
        ("too many gzip members", gzip.compress(b"{}") * 33, "gzip"),
    ],
)
def test_when_stream_is_corrupt_truncated_trailed_or_unknown_then_undecodable(
    case: str, raw: bytes, header: str
) -> None:
    assert _refusal(raw, header).reason == "undecodable_body", case


def test_when_zstd_frame_declares_window_over_8_mb_then_undecodable() -> None:
    # RFC 9659: encoders keep zstd content-coding windows to 8 MB; a larger one costs the decoder memory.
    c = zstd.ZstdCompressor(options={zstd.CompressionParameter.window_log: 25})
    raw = c.compress(TEXT) + c.flush()
    assert zstd.decompress(raw) == TEXT
    assert _refusal(raw, "zstd").reason == "undecodable_body"


def test_when_coding_name_is_unprintable_then_message_does_not_echo_it() -> None:
    error = _refusal(TEXT, "g\x00zip")
    assert "\x00" not in str(error)


BOMB = b"\0" * (10 * 1024 * 1024)


@pytest.mark.parametrize("coding", sorted(ENCODERS))
def test_when_bomb_decodes_past_limit_then_too_large(coding: str) -> None:
    raw = ENCODERS[coding](BOMB)
    assert len(raw) < 64 * 1024
    error = _refusal(raw, coding, limit=LIMIT)
    assert error.reason == "body_too_large"
    assert str(LIMIT) in str(error)


def test_when_bomb_is_an_inner_layer_then_too_large() -> None:
    assert _refusal(brotli.compress(gzip.compress(BOMB)), "gzip, br").reason == "body_too_large"


def test_when_gzip_members_together_pass_limit_then_too_large() -> None:
    half = gzip.compress(b"\0" * (LIMIT // 2 + 1))
    assert _refusal(half + half, "gzip").reason == "body_too_large"


def test_when_identity_body_passes_limit_then_too_large() -> None:
    assert _refusal(TEXT, None, limit=len(TEXT) - 1).reason == "body_too_large"


def test_body_error_is_a_dlp_error() -> None:
    assert issubclass(BodyError, DlpError)


# --- looks_like_json ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b'{"a": 1}', True),
        (b"[1]", True),
        (b' \r\n\t{"a": 1}', True),
        (b'\xef\xbb\xbf{"a": 1}', True),
        (b"\xef\xbb\xbf \n[", True),
        (b"", False),
        (b"   ", False),
        (b'"a string"', False),
        (b"42", False),
        (b"a=1&b=2", False),
        (b"\xa0{", False),  # not JSON whitespace
        (b"\xef\xbb\xbf\xef\xbb\xbf{", False),  # one BOM only
    ],
)
def test_looks_like_json(data: bytes, expected: bool) -> None:
    assert looks_like_json(data) is expected


# --- load_json_strict: what is read -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (b'{"a": 1, "b": [1, 2, {"c": null}]}', {"a": 1, "b": [1, 2, {"c": None}]}),
        ('{"a": "é"}', {"a": "é"}),
        ('{"a": "caf\u00e9 \u2603"}'.encode(), {"a": "café ☃"}),
        (b'{"a": "\\ud83d\\ude00"}', {"a": "\U0001f600"}),  # a surrogate pair is one character
        (b'\xef\xbb\xbf{"a": 1}', {"a": 1}),
        ('\ufeff{"a": 1}', {"a": 1}),
        (b'{"a": 1, "b": 1, "ab": 1}', {"a": 1, "b": 1, "ab": 1}),
        (b'[{"a": 1}, {"a": 2}]', [{"a": 1}, {"a": 2}]),  # the same key in sibling objects
        (b'{"a": {"a": {"a": 1}}}', {"a": {"a": {"a": 1}}}),  # and in nested ones
        (b'{"\\u00e9": 1, "e": 2}', {"é": 1, "e": 2}),  # é is no e
        (b'"text"', "text"),
        (b"1e400", float("inf")),
    ],
)
def test_when_json_is_exact_then_read(text: str | bytes, expected: object) -> None:
    assert load_json_strict(text) == expected


def test_when_document_is_deep_but_benign_then_read() -> None:
    depth = 200
    text = '{"a": [' * depth + "1" + "]}" * depth
    value = load_json_strict(text)
    for _ in range(depth):
        value = value["a"][0]
    assert value == 1


# --- load_json_strict: what is refused ----------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "text", "path", "shown"),
    [
        ("top-level duplicate", '{"model": "x", "model": "y"}', "$", '"model"'),
        (
            "duplicate in an array element",
            '{"messages": [{"role": "user", "role": "system"}]}',
            "$.messages[0]",
            '"role"',
        ),
        ("duplicate in a nested object", '{"a": {"b": {"c": 1, "c": 2}}}', "$.a.b", '"c"'),
        ("case-only duplicate", '{"messages": [], "Messages": []}', "$", '"messages" and a key'),
        (
            "snake and camel case",
            '{"system_instruction": {}, "systemInstruction": {}}',
            "$",
            '"system_instruction" and "systemInstruction"',
        ),
        (
            "case-only duplicate deep",
            '[1, {"x": [{"Content": 1, "CONTENT": 2}]}]',
            "$[1].x[0]",
            "a key and a key",
        ),
        ("full-width letter", '{"messages": [], "\uff4dessages": []}', "$", '"messages" and a key'),
        ("escaped full-width letter", '{"messages": [], "\\uff4dessages": []}', "$", '"messages" and a key'),
        ("ligature", '{"file": 1, "\ufb01le": 2}', "$", '"file" and a key'),
        ("composed and decomposed", '{"caf\u00e9": 1, "cafe\u0301": 2}', "$", "a key and a key"),
        ("sharp s", '{"strasse": 1, "stra\u00dfe": 2}', "$", '"strasse" and a key'),
        ("path with a non-field-name key", '{"x-y": {"k": 1, "K": 2}}', "$[?]", '"k" and a key'),
        # keys that may hold prompt data are never named: an address, an IBAN, a name
        ("address as key", '{"jan@voorbeeld.nl": 1, "JAN@voorbeeld.nl": 2}', "$", "a key and a key"),
        ("IBAN as key", '{"meta": {"NL91ABNA0417164300": 1, "nl91abna0417164300": 2}}', "$.meta", "a key and a key"),
        ("name as key", '{"Jan Jansen": 1, "jan jansen": 2}', "$", "a key and a key"),
    ],
)
def test_when_object_has_clashing_keys_then_ambiguous(case: str, text: str, path: str, shown: str) -> None:
    with pytest.raises(BodyError) as info:
        load_json_strict(text.encode())
    assert info.value.reason == "ambiguous_body", case
    assert f"object at {path} has" in str(info.value), case
    assert str(info.value).endswith(shown), case


def test_when_clashing_key_is_long_then_not_shown() -> None:
    key = "k" * 41
    with pytest.raises(BodyError) as info:
        load_json_strict(f'{{"{key}": 1, "{key}": 2}}')
    assert key not in str(info.value)
    assert str(info.value).endswith("a key")


def test_when_first_clash_is_reported_then_in_document_order() -> None:
    with pytest.raises(BodyError) as info:
        load_json_strict('{"a": [{"x": 1, "x": 2}], "b": {"y": 1, "y": 2}}')
    assert "$.a[0]" in str(info.value)


@pytest.mark.parametrize(
    ("case", "text"),
    [
        ("invalid UTF-8", b'{"a": "\xff"}'),
        ("overlong UTF-8", b'{"a": "\xc0\xaf"}'),
        ("UTF-16", '{"a": 1}'.encode("utf-16")),
        ("encoded surrogate", b'{"a": "\xed\xa0\x80"}'),
        ("lone high surrogate escape", b'{"a": "\\ud800"}'),
        ("lone low surrogate escape", b'{"a": "x\\udc00"}'),
        ("reversed surrogate pair", b'{"a": "\\ude00\\ud83d"}'),
        ("lone surrogate in a key", b'{"\\ud800": 1}'),
        ("lone surrogate in an array", b'[["\\uDBFF"]]'),
        ("lone surrogate character in str input", '{"a": "\ud800"}'),
        ("NaN", b'{"a": NaN}'),
        ("Infinity", b"[Infinity]"),
        ("-Infinity", b"[-Infinity]"),
        ("trailing comma", b'{"a": 1,}'),
        ("single quotes", b"{'a': 1}"),
        ("trailing data", b'{"a": 1} {"b": 2}'),
        ("empty", b""),
        ("too deep", b"[" * 100_000 + b"]" * 100_000),
        ("integer past the digit limit", b"1" * 5000),
    ],
)
def test_when_json_is_not_exact_then_unreadable(case: str, text: str | bytes) -> None:
    with pytest.raises(BodyError) as info:
        load_json_strict(text)
    assert info.value.reason == "unreadable_body", case


M = MARKER.encode()


@pytest.mark.parametrize(
    "raw",
    [
        b'{"content": "' + M + b'", "content": "x"}',
        b'{"content": "' + M + b'", "Content": "x"}',
        b'{"content": "' + M + b'\\ud800"}',
        b'{"content": "' + M + b'" "x"}',
        b'{"content": "' + M + b'\xff"}',
        b'{"content": "' + M + b'", "n": NaN}',
        b'{"content": "\\q' + M + b'"}',
        b'{"content": "' + M + b'"} trailing ' + M,
    ],
)
def test_when_json_is_refused_then_message_holds_no_body_text(raw: bytes) -> None:
    with pytest.raises(BodyError) as info:
        load_json_strict(raw)
    assert MARKER not in str(info.value)
    assert "SECRET" not in str(info.value)
