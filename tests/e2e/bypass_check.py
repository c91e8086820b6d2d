"""The leak detector of the bypass suite: did a value reach the upstream (or the log) in any readable form?

`leaked(value, received)` looks for one value in what arrived, the way a reader at the far end could
find it: the raw and decoded bytes, the URL-unquoted path, header values, every JSON string and key,
strings of sibling list items joined (a value split over content parts), a compact canonical form
(invisible characters, full-width forms, look-alike letters, separators and case removed), and inside
any base64, base64url, base32 or hex run of 16 or more characters. It answers the place, never the value.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
import urllib.parse
import zlib
from collections.abc import Iterable, Iterator
from typing import Any

import brotli

from tests.e2e.fake_upstream import Received

try:  # Python 3.14+
    from compression import zstd  # type: ignore[import-not-found]
except ImportError:  # mitmproxy depends on the backport
    from backports import zstd  # type: ignore[import-not-found,no-redef]

# Latin look-alikes a reader does not tell apart (Cyrillic and Greek capitals and small letters).
HOMOGLYPHS = str.maketrans(
    {
        **dict.fromkeys("АаΑα", "a"),
        **dict.fromkeys("ВвΒβ", "b"),
        **dict.fromkeys("СсϹϲ", "c"),
        **dict.fromkeys("ЕеΕε", "e"),
        **dict.fromkeys("НнΗ", "h"),
        **dict.fromkeys("ІіΙι", "i"),
        **dict.fromkeys("Јј", "j"),
        **dict.fromkeys("КкΚκ", "k"),
        **dict.fromkeys("МмΜ", "m"),
        **dict.fromkeys("ΝПп", "n"),
        **dict.fromkeys("ОоΟο", "o"),
        **dict.fromkeys("РрΡρ", "p"),
        **dict.fromkeys("Ѕѕ", "s"),
        **dict.fromkeys("ТтΤτ", "t"),
        **dict.fromkeys("ХхΧχ", "x"),
        **dict.fromkeys("УуΥυ", "y"),
        **dict.fromkeys("Ζ", "z"),
    }
)
# "jan (at) example (dot) nl" and friends: spelled-out separators a person reads back.
SPELLED = [
    (re.compile(r"\s*[\(\[\{<]\s*(?:at|apenstaartje)\s*[\)\]\}>]\s*|\s+at\s+", re.I), "@"),
    (re.compile(r"\s*[\(\[\{<]\s*(?:dot|punt)\s*[\)\]\}>]\s*|\s+dot\s+", re.I), "."),
]
B64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
HEX_RUN = re.compile(r"(?:[0-9A-Fa-f]{2}){8,}")
B32_RUN = re.compile(r"[A-Z2-7]{16,}={0,6}")


def compact(text: str) -> str:
    """Cf characters out, NFKC, look-alikes to Latin, casefold, only letters and digits kept."""
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = unicodedata.normalize("NFKC", text).translate(HOMOGLYPHS).casefold()
    for pattern, repl in SPELLED:
        text = pattern.sub(repl, text)
    return "".join(c for c in text if c.isalnum())


def _decompress(data: bytes, encoding: str | None) -> list[bytes]:
    """Every decoding of the body we can make: the declared encodings in reverse, then guesses."""
    out: list[bytes] = []
    if encoding:
        current: bytes | None = data
        for name in reversed([e.strip().lower() for e in encoding.split(",") if e.strip()]):
            current = _one(current, name) if current is not None else None
        if current is not None:
            out.append(current)
    for name in ("gzip", "deflate", "br", "zstd"):
        got = _one(data, name)
        if got is not None:
            out.append(got)
    return out


def _one(data: bytes, name: str) -> bytes | None:
    try:
        if name in ("gzip", "x-gzip"):
            # Every member, trailing garbage ignored (gzip.decompress stops at the garbage).
            parts, rest = [], data
            while rest[:2] == b"\x1f\x8b":
                d = zlib.decompressobj(wbits=31)
                parts.append(d.decompress(rest) + d.flush())
                rest = d.unused_data
            return b"".join(parts) if parts else None
        if name == "deflate":
            for wbits in (15, -15):
                try:
                    d = zlib.decompressobj(wbits=wbits)
                    return d.decompress(data) + d.flush()
                except zlib.error:
                    continue
            return None
        if name == "br":
            return bytes(brotli.decompress(data))
        if name == "zstd":
            return bytes(zstd.decompress(data))
        if name == "identity":
            return data
    except Exception:  # not that encoding: no decoding to add
        return None
    return None


def _text(data: bytes) -> str:
    for codec in ("utf-8", "utf-16"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _json_docs(text: str) -> list[Any]:
    docs = []
    try:
        docs.append(json.loads(text.lstrip("\ufeff")))
    except ValueError:
        for line in text.splitlines():  # JSON lines (the decision log)
            try:
                docs.append(json.loads(line))
            except ValueError:
                continue
    return docs


def _json_strings(node: Any) -> Iterator[str]:
    """Every key and string value, plus each key's strings over sibling list items joined."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield str(k)
            yield from _json_strings(v)
    elif isinstance(node, list):
        joined: dict[str, list[str]] = {}
        for item in node:
            yield from _json_strings(item)
            if isinstance(item, dict):
                for k, v in item.items():
                    if isinstance(v, str):
                        joined.setdefault(k, []).append(v)
        for parts in joined.values():
            if len(parts) > 1:
                yield "".join(parts)
        strings = [s for s in node if isinstance(s, str)]
        if len(strings) > 1:
            yield "".join(strings)


def _decoded_runs(text: str) -> Iterator[str]:
    """Text hidden in base64, base64url, hex and base32 runs of 16+ characters (one level, every alignment)."""
    for m in B64_RUN.finditer(text):
        run = m.group(0).rstrip("=")
        for start in range(4):
            piece = run[start:]
            piece = piece[: len(piece) - len(piece) % 4] if len(piece) % 4 == 1 else piece
            standard = (piece + "=" * (-len(piece) % 4)).replace("-", "+").replace("_", "/")  # base64url too
            try:
                yield _text(base64.b64decode(standard, validate=True))
            except (binascii.Error, ValueError):
                continue
    for m in HEX_RUN.finditer(text):
        for start in (0, 1):
            piece = m.group(0)[start:]
            piece = piece[: len(piece) // 2 * 2]
            try:
                yield _text(bytes.fromhex(piece))
            except ValueError:
                continue
    for m in B32_RUN.finditer(text):
        run = m.group(0).rstrip("=")
        for start in range(8):  # every alignment: the run may start inside a quantum
            piece = run[start:]
            try:
                yield _text(base64.b32decode(piece + "=" * (-len(piece) % 8)))
            except (binascii.Error, ValueError):
                continue


def _places(item: Received | str | bytes, label: str) -> Iterator[tuple[str, str]]:
    """(place, text) pairs for one received request or one log text."""
    if isinstance(item, Received):
        yield f"{label} path", urllib.parse.unquote_plus(item.path)
        yield f"{label} path (raw)", item.path
        for name, value in item.headers.items():
            yield f"{label} header {name}", urllib.parse.unquote_plus(value)
            yield f"{label} header name", name
        bodies = [("raw body", item.raw_body), ("body", item.body)]
        for n, data in enumerate(_decompress(item.raw_body or item.body, item.encoding)):
            bodies.append((f"decompressed body #{n}", data))
    else:
        bodies = [("text", item.encode("utf-8") if isinstance(item, str) else item)]
    seen: set[bytes] = set()
    for what, data in bodies:
        if not data or data in seen:
            continue
        seen.add(data)
        text = _text(data)
        yield f"{label} {what}", text
        yield f"{label} {what} (form-unquoted)", urllib.parse.unquote_plus(text)
        for n, doc in enumerate(_json_docs(text)):
            for s in _json_strings(doc):
                yield f"{label} {what} JSON string/key (doc {n})", s


def leaked(value: str, received: Iterable[Received | str | bytes]) -> str | None:
    """Where `value` shows in what arrived (or in a log text), in any obvious decoding; None if nowhere."""
    needle = compact(value)
    assert len(needle) >= 6, "a leak check needs a value with some letters or digits"
    for i, item in enumerate(received):
        for place, text in _places(item, f"request #{i}" if isinstance(item, Received) else "log"):
            for where, candidate in ((place, text), *((f"{place} decoded run", d) for d in _decoded_runs(text))):
                if value in candidate:
                    return f"{where} (verbatim)"
                if needle in compact(candidate):
                    return f"{where} (compact canonical)"
                if where == place and needle in compact(urllib.parse.unquote(candidate)):
                    return f"{where} (URL-unquoted, compact)"
    return None
