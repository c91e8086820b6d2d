"""Read a request body exactly as the vendor will, or refuse it: Content-Encoding decoding with a
bound on the decoded size, and a JSON reader that rejects documents vendors' parsers may read differently.

Pure: no mitmproxy imports. Every failure is a `BodyError` whose `reason` is the decision record's
fail_reason and whose message never quotes body bytes.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from typing import Any, Literal

import brotli

# The zstd module mitmproxy itself decodes with (mitmproxy/net/encoding.py).
if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

from dlp_proxy.errors import DlpError

BodyReason = Literal["undecodable_body", "body_too_large", "unreadable_body", "ambiguous_body"]

# More stacked codings than this is no real client: each layer costs up to `limit` of CPU, so a long
# "gzip, gzip, ..." header would multiply the work. Identity tokens do not count.
MAX_CODINGS = 4
# RFC 9659: zstd content-coding encoders use windows of at most 8 MB, decoders may refuse larger ones.
# Without this a 20-byte frame can make the decoder allocate a 128 MB window.
_ZSTD_WINDOW_LOG_MAX = 23
# Concatenated gzip members are legal (RFC 1952) but rare; each costs a fresh decoder, so cap them.
MAX_GZIP_MEMBERS = 32
_GZIP_MAGIC = b"\x1f\x8b"
_INPUT_SLICE = 64 * 1024
_UTF8_BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# A key is named in a message only when it is shaped like an API field name ("messages",
# "systemInstruction", "tool_calls"): a lower-case letter, then letters and underscores, no
# digits. Keys can hold prompt data (an address, an IBAN, a name as a metadata key), and error
# messages never hold prompt data; any other key is "a key".
_FIELD_NAME = re.compile(r"[a-z][A-Za-z_]{0,39}")


class BodyError(DlpError):
    """The body cannot be read exactly as the vendor will; `reason` is the decision record's fail_reason.

    The message says what is wrong (coding, limit, JSON path) and never quotes body bytes.
    """

    def __init__(self, reason: BodyReason, message: str) -> None:
        super().__init__(message)
        self.reason: BodyReason = reason


# --- Content-Encoding ---------------------------------------------------------------------------


def decode_content(raw: bytes, content_encoding: str | None, limit: int) -> bytes:
    """Undo every coding in `content_encoding` (applied in order, so undone last-first), completely.

    Raises BodyError("undecodable_body") for an unknown coding, a corrupt or truncated stream or bytes
    after its end, and BodyError("body_too_large") as soon as the decoded size passes `limit`; no more
    than `limit` plus one decoder block (32 KB for brotli) is ever held.
    """
    codings = _parse_codings(content_encoding)
    data = raw
    for depth, coding in enumerate(reversed(codings)):
        if not data:
            # Zero bytes hold no content whatever their coding claims; every reader sees an empty body.
            return b""
        inner = depth < len(codings) - 1
        # An inner layer is still compressed: compressing incompressible data of `limit` bytes adds at
        # most ~1/128 (deflate's stored blocks, zstd's and brotli's raw blocks), so allow that much.
        budget = limit + limit // 128 + 1024 if inner else limit
        try:
            data = _DECODERS[coding](data, budget)
        except _OverBudget as e:
            raise _too_large(limit) from e
    if len(data) > limit:
        raise _too_large(limit)
    return data


def _parse_codings(header: str | None) -> list[str]:
    """The header's codings in the order applied, identity left out; empty list elements are allowed (RFC 9110)."""
    if header is None:
        return []
    codings: list[str] = []
    for token in header.split(","):
        coding = token.strip().lower()
        if coding in ("", "identity"):
            continue
        if coding not in _DECODERS:
            shown = coding if _displayable(coding) else "(name not shown)"
            raise BodyError("undecodable_body", f"unsupported Content-Encoding {shown!r}")
        codings.append(coding)
    if len(codings) > MAX_CODINGS:
        raise BodyError("undecodable_body", f"more than {MAX_CODINGS} stacked Content-Encodings")
    return codings


class _OverBudget(Exception):
    """A decoder passed its output budget; decode_content turns it into body_too_large with the caller's limit."""


def _too_large(limit: int) -> BodyError:
    return BodyError("body_too_large", f"decoded body exceeds the limit of {limit} bytes")


def _undecodable(coding: str, what: str) -> BodyError:
    return BodyError("undecodable_body", f"{coding} body {what}")


def _inflate(data: bytes, start: int, wbits: int, out: bytearray, budget: int, coding: str) -> int:
    """Inflate one zlib/gzip/raw-deflate stream starting at data[start] onto `out`; return where it ended.

    Input goes in 64 KB slices: zlib copies the input left over after each call (into unconsumed_tail
    or unused_data), so feeding it all at once would cost the rest of the body per call and member.
    """
    d = zlib.decompressobj(wbits)
    view = memoryview(data)
    pos = start
    pending: bytes | memoryview = b""
    try:
        while True:
            if not pending and pos < len(data):
                pending = view[pos : pos + _INPUT_SLICE]
                pos += len(pending)
            # max_length 0 would mean unbounded: this is never below 1 while len(out) <= budget.
            chunk = d.decompress(pending, budget - len(out) + 1)
            out += chunk
            if len(out) > budget:
                raise _OverBudget
            if d.eof:
                return pos - len(d.unused_data)
            pending = d.unconsumed_tail
            if not pending and not chunk and pos >= len(data):
                break
    except zlib.error as e:
        raise _undecodable(coding, "is corrupt") from e
    raise _undecodable(coding, "is truncated")


def _decode_gzip(data: bytes, budget: int) -> bytes:
    """Every member, as gzip.decompress and zlib's multi-member readers do; anything else after a member is refused.

    Unlike gzip.decompress, zero padding after the last member is refused too: no client sends it.
    """
    out = bytearray()
    end = 0
    for _ in range(MAX_GZIP_MEMBERS):
        end = _inflate(data, end, 16 + zlib.MAX_WBITS, out, budget, "gzip")
        if end == len(data):
            return bytes(out)
        if data[end : end + 2] != _GZIP_MAGIC:
            raise _undecodable("gzip", "has bytes after its end")
    raise _undecodable("gzip", f"has more than {MAX_GZIP_MEMBERS} members")


def _decode_deflate(data: bytes, budget: int) -> bytes:
    """zlib-wrapped deflate (RFC 9110), or raw deflate when the first two bytes are no zlib header.

    Browsers and servers accept raw deflate under this name the same way. Choosing by the header,
    rather than retrying after an error, leaves one reading for each body.
    """
    wbits = zlib.MAX_WBITS if _is_zlib_header(data) else -zlib.MAX_WBITS
    out = bytearray()
    if _inflate(data, 0, wbits, out, budget, "deflate") != len(data):
        raise _undecodable("deflate", "has bytes after its end")
    return bytes(out)


def _is_zlib_header(data: bytes) -> bool:
    return len(data) >= 2 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0


def _decode_br(data: bytes, budget: int) -> bytes:
    # brotli >= 1.2 bounds each call's output (in blocks of about 32 KB); the whole input goes in
    # with the first call, later calls drain with empty input, as its documentation requires.
    d = brotli.Decompressor()
    out = bytearray()
    pending = data
    try:
        while True:
            chunk = d.process(pending, output_buffer_limit=budget - len(out) + 1)
            out += chunk
            if len(out) > budget:
                raise _OverBudget
            if d.is_finished() or d.can_accept_more_data() or not (chunk or pending):
                break
            pending = b""
    except brotli.error as e:
        # The decoder reports corrupt data and bytes after the end alike.
        raise _undecodable("br", "is corrupt or has bytes after its end") from e
    if not d.is_finished():
        raise _undecodable("br", "is truncated")
    return bytes(out)


def _decode_zstd(data: bytes, budget: int) -> bytes:
    # One frame only: zstd.decompress reads concatenated frames but a streaming reader stops after
    # the first, so a second frame is read differently by different vendors and is refused.
    d = zstd.ZstdDecompressor(options={zstd.DecompressionParameter.window_log_max: _ZSTD_WINDOW_LOG_MAX})
    out = bytearray()
    pending = data
    try:
        while not d.eof:
            out += d.decompress(pending, max_length=budget - len(out) + 1)
            pending = b""
            if len(out) > budget:
                raise _OverBudget
            if d.needs_input:
                break
    except zstd.ZstdError as e:
        raise _undecodable("zstd", "is corrupt or needs a window over 8 MB") from e
    if not d.eof:
        raise _undecodable("zstd", "is truncated")
    if d.unused_data:
        raise _undecodable("zstd", "has bytes after its end")
    return bytes(out)


_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "gzip": _decode_gzip,
    "x-gzip": _decode_gzip,
    "deflate": _decode_deflate,
    "br": _decode_br,
    "zstd": _decode_zstd,
}


# --- JSON ---------------------------------------------------------------------------------------


def looks_like_json(data: bytes) -> bool:
    """True when, after an optional UTF-8 BOM and JSON whitespace, the body opens an object or array."""
    body = data.removeprefix(_UTF8_BOM).lstrip(b" \t\r\n")
    return body[:1] in (b"{", b"[")


def load_json_strict(text_or_bytes: str | bytes) -> Any:
    """Parse JSON exactly; refuse what vendors' parsers may read differently.

    - BodyError("unreadable_body"): invalid UTF-8, invalid JSON, NaN/Infinity literals (not JSON),
      nesting too deep for the parser, and lone surrogates (a "\\ud800" escape or character: Python
      keeps it, JavaScript keeps it, Go and Rust replace or reject it, so no reading is the vendor's).
    - BodyError("ambiguous_body"): an object at any depth with two keys that are equal, equal but for
      case, or equal after compatibility normalisation and case folding (a full-width "ｍessages").
      Vendors keep the first or the last of equal keys, or match field names case-insensitively
      (Go's encoding/json), so the prompt we scan may not be the one they read.

    A leading UTF-8 BOM is ignored: RFC 8259 lets parsers ignore it and none reads it as content.
    """
    if isinstance(text_or_bytes, bytes):
        try:
            text = text_or_bytes.removeprefix(_UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as e:
            raise BodyError("unreadable_body", f"body is not valid UTF-8 (at byte {e.start})") from e
    else:
        text = text_or_bytes.removeprefix("\ufeff")
    if _SURROGATE.search(text):
        raise BodyError("unreadable_body", "body holds a lone surrogate character")
    conflicts: list[bool] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        clash = _key_clash(pairs)
        if clash is None:
            return dict(pairs)
        conflicts.append(True)
        return _ClashingObject(pairs, clash)

    try:
        value = json.loads(text, object_pairs_hook=hook, parse_constant=_refuse_constant)
    except RecursionError as e:
        raise BodyError("unreadable_body", "JSON nesting is too deep to read") from e
    except json.JSONDecodeError as e:
        raise BodyError("unreadable_body", f"invalid JSON: {e.msg} at line {e.lineno} column {e.colno}") from e
    except ValueError as e:
        # _refuse_constant, or an integer past Python's digit limit.
        raise BodyError("unreadable_body", f"invalid JSON: {_safe_value_error(e)}") from e
    if conflicts or _SURROGATE_ESCAPE.search(text):
        _walk(value)
    return value


class _ClashingObject(dict[str, Any]):
    """An object with clashing keys, kept until the walk that knows its path reports it."""

    def __init__(self, pairs: list[tuple[str, Any]], clash: tuple[str, str, str]) -> None:
        super().__init__(pairs)
        self.clash = clash


class _NonStandardConstant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NonStandardConstant(f"{name} is not a JSON value")


def _safe_value_error(e: ValueError) -> str:
    if isinstance(e, _NonStandardConstant):
        return str(e)
    return "a number cannot be read"


def _key_clash(pairs: list[tuple[str, Any]]) -> tuple[str, str, str] | None:
    """(first key, second key, how they clash) for the first pair of clashing keys, or None."""
    seen: dict[str, str] = {}
    for key, _ in pairs:
        folded = _fold(key)
        earlier = seen.get(folded)
        if earlier is not None:
            if earlier == key:
                how = "duplicate key"
            elif earlier.casefold() == key.casefold():
                how = "keys that differ only in case"
            elif earlier.replace("_", "").casefold() == key.replace("_", "").casefold():
                how = "keys that differ only in case and underscores (snake_case and camelCase)"
            else:
                how = "keys equal after Unicode normalisation"
            return earlier, key, how
        seen[folded] = key
    return None


def _fold(key: str) -> str:
    """Unicode compatibility caseless matching (Unicode 3.13, D146), with an ASCII fast path;
    underscores dropped, since protobuf JSON parsers (Google's APIs) read `system_instruction`
    and `systemInstruction` as one field."""
    key = key.replace("_", "")
    if key.isascii():
        return key.lower()
    nfkd = unicodedata.normalize
    return nfkd("NFKD", nfkd("NFKD", nfkd("NFD", key).casefold()).casefold())


def _walk(root: Any) -> None:
    """Report the first clashing object or lone surrogate in document order, with its JSON path.

    Iterative: the parser already accepted the nesting depth, a recursive walk might not.
    """
    stack: list[tuple[Any, str]] = [(root, "$")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                raise BodyError("unreadable_body", f"lone surrogate escape in the string at {path}")
        elif isinstance(node, dict):
            if isinstance(node, _ClashingObject):
                first, second, how = node.clash
                shown = _show_key(first) if first == second else f"{_show_key(first)} and {_show_key(second)}"
                raise BodyError("ambiguous_body", f"object at {path} has {how}: {shown}")
            children = []
            for key, child in node.items():
                if _SURROGATE.search(key):
                    raise BodyError("unreadable_body", f"lone surrogate escape in a key of the object at {path}")
                children.append((child, path + _path_segment(key)))
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed([(child, f"{path}[{i}]") for i, child in enumerate(node)]))


def _displayable(key: str) -> bool:
    return _FIELD_NAME.fullmatch(key) is not None


def _show_key(key: str) -> str:
    return json.dumps(key) if _displayable(key) else "a key"


def _path_segment(key: str) -> str:
    return f".{key}" if _displayable(key) else "[?]"
