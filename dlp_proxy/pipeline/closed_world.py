"""The whole request is judged: every string outside the fields the adapter names.

Adapters name the prompt fields they understand, for precise masking and notices in the app's
own shape. Everything else a request carries can carry data too: a tool description, a
metadata value, an unknown key, an object key itself, a form field, the query string, a path
segment, a custom header. This module lists those as extra segments ("residual" segments) so
they are scanned with the prompt, and writes masked values back where that can be done
exactly. Their paths start with a marker naming where they live:

    ("@json", *p)      a string value at JSON path p of the body             maskable
    ("@key", *p)       the object key at the end of JSON path p              not maskable
    ("@nested", ...)   a string inside JSON held in a string, or the text    not maskable
                       of a `data:` URL with a text media type
    ("@record", i)     a record of a body that is several JSON documents     not maskable
    ("@number", *p)    a whole number at JSON path p whose key names an      not maskable
                       identifier ("bsn: 111222333")
    ("@form", i)       the value of form field i                             maskable
    ("@formkey", i)    the name of form field i                              not maskable
    ("@query", i)      the value of query parameter i                        maskable
    ("@querykey", i)   the name of query parameter i                         maskable
    ("@route", i)      step i of the URL path (percent-decoded)              maskable
    ("@header", name)  a request header (see UNSCANNED_HEADERS)              maskable
    ("@headername", i) the name of header i, where it holds a digit or "@"   not maskable
                       or is long ("X-Acct-NL91ABNA0417164300: 1")
    ("@text",)         a body no structure could be read from                not maskable

A finding in a field that is not maskable blocks the request when the policy says redact
(`field_not_maskable`), like a document that cannot be masked. Pure: no mitmproxy types.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, unquote_to_bytes, urlencode

from dlp_proxy.adapters.base import (
    BASE64_MARK,
    TEXT_MEDIA,
    Extraction,
    JsonPath,
    RequestView,
    Segment,
    dump_json,
    set_at,
)
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline.body import BodyError, load_json_strict, looks_like_json

# Headers that are not scanned: protocol framing the proxy and the vendor both parse strictly,
# and the credentials and session cookies a client must send (a bearer token, an API key and a
# session JWT read as secrets, and a JWT's claims name the signed-in user). Everything else,
# custom headers and the User-Agent included, is scanned like the prompt.
UNSCANNED_HEADERS = frozenset(
    {
        # protocol
        "host",
        ":authority",
        "content-length",
        "content-type",
        "content-encoding",
        "transfer-encoding",
        "connection",
        "keep-alive",
        "te",
        "trailer",
        "upgrade",
        "expect",
        "accept",
        "accept-encoding",
        "accept-language",
        "cache-control",
        "pragma",
        "priority",
        "sec-websocket-key",
        "sec-websocket-version",
        "sec-websocket-extensions",
        "sec-websocket-protocol",
        "sec-fetch-dest",
        "sec-fetch-mode",
        "sec-fetch-site",
        "sec-fetch-user",
        "proxy-authorization",  # the proxy's own login; mitmproxy's proxyauth removes it
    }
)
# Headers that carry the vendor's own credentials and session: a bearer key, an API key and a
# session cookie read as secrets, and a session JWT's claims name the signed-in user. They are
# scanned (a value can be smuggled there), but only findings that no vendor credential holds
# count there (credential_finding_counts).
CREDENTIAL_HEADERS = frozenset({"authorization", "cookie", "x-api-key", "api-key", "x-goog-api-key"})
# Query parameters that carry a key the same way (Gemini's `?key=`, signed upload URLs' `sig`).
CREDENTIAL_PARAMETERS = frozenset({"key", "api_key", "apikey", "api-key", "access_token", "token", "sig", "signature"})
# Browser client hints (`sec-ch-ua`, `sec-ch-ua-full-version-list`, ...): fixed grammar, set by the
# browser, full of version numbers that read like IP addresses.
UNSCANNED_HEADER_PREFIXES = ("sec-ch-",)
# What counts inside a credential header: identifiers with a checksum or a strict shape ...
_IDENTIFIERS_IN_CREDENTIALS = frozenset({"EMAIL_ADDRESS", "IBAN_CODE", "NL_BSN", "CREDIT_CARD"})
# ... and secrets no AI vendor issues as its own credential: cloud access keys and private keys.
_FOREIGN_SECRET_PREFIXES = ("AKIA", "ASIA", "-----BEGIN")
# Whole numbers in JSON from this size on are scanned too ("@number") where their key names an
# identifier: a BSN, card or phone number can be sent as a number ({"bsn": 111222333}). Smaller
# ones (token limits, temperatures, indices) hold none.
MIN_SCANNED_NUMBER = 100_000
# Words of a key that say its number is a personal identifier (see _names_an_identifier).
IDENTIFIER_KEY_WORDS = frozenset(
    """bsn burgerservicenummer sofi sofinummer ssn social iban rekening rekeningnummer card cards kaart
    creditcard pan phone phones telefoon telefoonnummer tel mobile mobiel gsm fax nino passport paspoort
    rijbewijs license licence driving rrn rijksregisternummer insz nir steuer steuerid taxid""".split()
)
_KEY_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*")
# The words of the AI APIs' own grammar, as a whole string: JSON keys, roles and types, and steps
# of a path. Such a string is exactly a protocol word, so it holds no value; scanning it cost about
# 40 us a word (a request carries a dozen). Any other string, a key that is a name included, is
# scanned. Exact and case-sensitive: "Jan", "bsn" or "role: 111222333" are not in it.
INERT_STRINGS = frozenset(
    """model messages message role content contents parts part type text user assistant system developer
    tool tools tool_choice tool_calls tool_call_id tool_use tool_result function functions function_call
    arguments parameters properties required name description input inputs output instructions prompt
    stream stream_options include_usage temperature top_p top_k max_tokens max_completion_tokens
    max_output_tokens stop seed n logprobs top_logprobs presence_penalty frequency_penalty
    response_format json_schema json_object schema strict store metadata reasoning effort summary
    image_url url detail input_text output_text input_image input_file file file_id file_data
    filename image source media_type data base64 mime_type mimeType inline_data inlineData
    generationConfig generation_config safetySettings safety_settings system_instruction
    systemInstruction maxOutputTokens topP topK candidateCount responseMimeType thinking
    thinking_config thinkingConfig budget_tokens cache_control ephemeral citations
    anthropic_version id object index auto none any low high medium minimal enabled disabled
    v1 v1beta v1alpha v1beta1 v2 v3 api chat completions responses embeddings models generate
    conversation conversations threads runs""".split()
)
# JSON held inside a string is read this many levels deep (Gemini's web app nests two).
NESTED_DEPTH = 3

_MASKABLE = frozenset({"@json", "@form", "@query", "@querykey", "@route", "@header"})


@dataclass(frozen=True)
class Residual:
    """The residual segments of one request, and what is needed to write masks back."""

    segments: list[Segment]
    json_body: bool  # the body is one JSON document (paths "@json" point into it)
    form: list[tuple[str, str]] | None = None
    query: list[tuple[str, str]] | None = None


def credential_finding_counts(entity_type: str, recognizer: str, value: str) -> bool:
    """Whether a finding inside a credential header counts (see CREDENTIAL_HEADERS).

    Not what an encoded token decodes to (a session JWT's e-mail claim) but an IBAN, not a name (opaque
    tokens hold name-like runs), not the vendor's own key; yes to an address, IBAN, BSN or card
    written there, and to a cloud access key or private key."""
    if "+" in recognizer:  # found in decoded base64/hex or a glued line: a token's inside ...
        # ... except an IBAN: no session token or key holds one, and its checksum and country
        # format do not pass by chance in a token's bytes ("prefs=<base64 of iban=NL91...>")
        return entity_type == "IBAN_CODE"
    if entity_type in _IDENTIFIERS_IN_CREDENTIALS:
        return True
    return entity_type == "SECRET" and value.lstrip().startswith(_FOREIGN_SECRET_PREFIXES)


def maskable(path: JsonPath) -> bool:
    return bool(path) and path[0] in _MASKABLE


def body_document(request: RequestView) -> Any:
    """The body as one strict JSON document, or None when it is not JSON.

    A body that parses as JSON is JSON whatever its content type says. Duplicate keys, or keys
    that differ only in case, anywhere in it: BodyError("ambiguous_body")."""
    if not looks_like_json(request.body):
        return None
    try:
        return load_json_strict(request.body)
    except BodyError as e:
        if e.reason == "ambiguous_body":
            raise
        return None  # shaped like JSON but not JSON: the adapter says what it is


def residual(request: RequestView, doc: Any, extraction: Extraction | None, *, message: bool = False) -> Residual:
    """Every string of the request the adapter's segments do not cover.

    `doc` is body_document(request). With `message` (one WebSocket message) the URL and the
    headers belong to the handshake, which was judged when it was made, and are skipped."""
    covered = _Covered(extraction, doc)
    out: list[Segment] = []
    form = None
    json_body = doc is not None
    if doc is not None:
        _walk(doc, ("@json",), covered, out, depth=0)
    elif request.body:
        form = _body_without_structure(request, extraction, covered, out)
    query = None
    if not message:
        route, _, query_string = request.path.partition("?")
        for i, piece in enumerate(route.split("/")):  # each step of the path, percent-decoded
            if piece:
                out.append(Segment(("@route", i), unquote(piece), "url"))
        if query_string:
            query = parse_qsl(query_string, keep_blank_values=True)
            for i, (k, v) in enumerate(query):
                out.append(Segment(("@querykey", i), k, "url"))
                if v:
                    role = "credential" if k.lower() in CREDENTIAL_PARAMETERS else "url"
                    out.append(Segment(("@query", i), v, role))
        for i, (name, value) in enumerate(request.headers.items()):
            key = name.lower()
            if key not in UNSCANNED_HEADERS and not key.startswith(UNSCANNED_HEADER_PREFIXES) and value:
                role = "credential" if key in CREDENTIAL_HEADERS else "header"
                out.append(Segment(("@header", key), unquote(value) if "%" in value else value, role))
            if _odd_header_name(name):
                out.append(Segment(("@headername", i), unquote(name) if "%" in name else name, "header"))
    return Residual([s for s in out if s.text.strip() and s.text not in INERT_STRINGS], json_body, form, query)


# Header names hold no value, but a client can put one there: a name is scanned when it holds what
# every identifier, address or key needs (a digit, an "@") or is longer than any protocol name.
_LONG_HEADER_NAME = 40


def _odd_header_name(name: str) -> bool:
    return len(name) > _LONG_HEADER_NAME or "@" in name or any(c.isdigit() for c in name)


def apply(
    request: RequestView, found: Residual, body: bytes | None, texts: Mapping[JsonPath, str]
) -> tuple[bytes | None, str | None, dict[str, str]]:
    """Write masked residual texts back: (new body or None, new path or None, changed headers).

    `body` is the body as the adapter left it (None: unchanged). AdapterError when a path
    cannot be written (the caller blocks)."""
    if not texts:
        return body, None, {}
    if any(not maskable(p) for p in texts):
        raise AdapterError("a finding lies in a part of the request that cannot be masked")
    new_body = body
    json_texts = {p[1:]: t for p, t in texts.items() if p[0] == "@json"}
    if json_texts:
        if not found.json_body:
            raise AdapterError("JSON paths in a body that is not JSON")
        doc = json.loads(body if body is not None else request.body)
        for path, text in json_texts.items():
            if path:
                set_at(doc, path, text)
            else:
                doc = text
        new_body = dump_json(doc)
    form_texts = {int(p[1]): t for p, t in texts.items() if p[0] == "@form"}
    if form_texts:
        if found.form is None or body is not None:
            raise AdapterError("form fields changed by the adapter and the closed-world pass")
        fields = [(k, form_texts.get(i, v)) for i, (k, v) in enumerate(found.form)]
        new_body = urlencode(fields).encode("ascii")
    new_path = None
    route, sep, query_string = request.path.partition("?")
    steps = {int(p[1]): t for p, t in texts.items() if p[0] == "@route"}
    if steps:
        pieces = route.split("/")
        route = "/".join(quote(steps[i], safe=":@!$&'()*+,;=-._~") if i in steps else p for i, p in enumerate(pieces))
        new_path = route + sep + query_string
    q_values = {int(p[1]): t for p, t in texts.items() if p[0] == "@query"}
    q_keys = {int(p[1]): t for p, t in texts.items() if p[0] == "@querykey"}
    if (q_values or q_keys) and found.query is not None:
        pairs = [(q_keys.get(i, k), q_values.get(i, v)) for i, (k, v) in enumerate(found.query)]
        new_path = route + "?" + urlencode(pairs)
    headers = {str(p[1]): t for p, t in texts.items() if p[0] == "@header"}
    return new_body, new_path, headers


class _Covered:
    """The strings the adapter's segments already hold, so they are not scanned twice.

    Where the adapter's document is this body's JSON, by path. Elsewhere (a form field holding
    JSON, records of a WebSocket frame) by text: each adapter segment covers one string with
    exactly its text; a second copy of the same text elsewhere is scanned."""

    def __init__(self, extraction: Extraction | None, doc: Any) -> None:
        self.paths: set[JsonPath] = set()
        self.texts: Counter[str] = Counter()
        if extraction is None:
            return
        for path in extraction.extra.get("covers", ()):
            self.paths.add(("@json", *path))
        for seg in extraction.segments:
            path = seg.path[:-1] if seg.path and seg.path[-1] == BASE64_MARK else seg.path
            if doc is not None and isinstance(extraction.document, (dict, list)) and _resolves(doc, path):
                self.paths.add(("@json", *path))
            else:
                self.texts[seg.text] += 1

    def take(self, path: JsonPath, text: str) -> bool:
        if path in self.paths:
            return True
        if self.texts[text] > 0:
            self.texts[text] -= 1
            return True
        return False


def _resolves(doc: Any, path: JsonPath) -> bool:
    target = doc
    for part in path:
        try:
            target = target[part]
        except (KeyError, IndexError, TypeError):
            return False
    return isinstance(target, str)


def _walk(
    node: Any, path: JsonPath, covered: _Covered, out: list[Segment], depth: int, keys: set[str] | None = None
) -> None:
    """Strings and keys of a JSON value; JSON held in strings and text data: URLs are opened.

    Each distinct key is scanned once ("role" and "content" recur in every message): a finding
    in a key blocks the request whichever copy it is in."""
    keys = set() if keys is None else keys
    stack: list[tuple[Any, JsonPath]] = [(node, path)]
    while stack:
        value, at = stack.pop()
        if isinstance(value, str):
            if covered.take(at, value):
                # the adapter's segment holds this string's text, tool-call arguments' JSON
                # included; a number written as a float there ("bsn": 1.11222333e8) is not
                # read as the whole number it is, so those are listed too
                doc = _covered_json(value, depth)
                if doc is not None:
                    _float_numbers(doc, ("@nested", *at[1:], "#json"), out)
                continue
            inner = _open(value, depth)
            if inner is None:
                out.append(Segment(at, value, "field"))
            else:
                kind, content = inner
                if kind == "json":
                    _walk(content, ("@nested", *at[1:], "#json"), covered, out, depth + 1, keys)
                else:  # a data: URL: the URL as it is, and its decoded text
                    out.append(Segment(at, value, "field"))
                    out.append(Segment(("@nested", *at[1:], "#data"), content, "field"))
        elif isinstance(value, dict):
            for k, v in value.items():
                key_path = (*at, k)
                if k and k not in keys:  # keys are never an adapter's segment: always scanned
                    keys.add(k)
                    out.append(Segment(("@key", *key_path[1:]), k, "field"))
                stack.append((v, key_path))
        elif isinstance(value, list):
            stack.extend((v, (*at, i)) for i, v in enumerate(value))
        elif (number := _whole_number(value)) is not None and abs(number) >= MIN_SCANNED_NUMBER:
            label = _label(at)
            if _names_an_identifier(label):
                out.append(Segment(("@number", *at[1:]), f"{label}: {number}", "field"))


def _covered_json(value: str, depth: int) -> Any:
    """The JSON document an adapter's string holds (tool-call arguments), or None. Its text is
    the adapter's to judge: JSON that cannot be read, duplicate keys included, is simply none."""
    if depth >= NESTED_DEPTH or not value.lstrip().startswith(("{", "[")):
        return None
    try:
        return load_json_strict(value)
    except BodyError:
        return None


def _label(at: JsonPath) -> str:
    """The key a value sits under: the last key of its path that is no marker ("#json")."""
    return next((p for p in reversed(at[1:]) if isinstance(p, str) and not p.startswith("#")), "")


def _float_numbers(node: Any, path: JsonPath, out: list[Segment]) -> None:
    """The "@number" segments of whole numbers written as floats in JSON whose text is scanned
    already (an integer there is read from the text itself, with its key)."""
    stack: list[tuple[Any, JsonPath]] = [(node, path)]
    while stack:
        value, at = stack.pop()
        if isinstance(value, dict):
            stack.extend((v, (*at, k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, (*at, i)) for i, v in enumerate(value))
        elif isinstance(value, float) and (number := _whole_number(value)) is not None:
            label = _label(at)
            if abs(number) >= MIN_SCANNED_NUMBER and _names_an_identifier(label):
                out.append(Segment(("@number", *at[1:]), f"{label}: {number}", "field"))


def _whole_number(value: Any) -> int | None:
    """A JSON number that is whole, also when written with a fraction or an exponent
    (`1.11222333e8`, `111222333.0`: a float to a parser, the same number to a reader)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _names_an_identifier(key: str) -> bool:
    """Whether a key says its number is a personal identifier ("bsn", "customerPhone", "iban_nr").
    Numbers under other keys are ids, timestamps, sizes and seeds: a random 10-digit id reads as a
    US phone number and one in ten of 16 digits passes the card checksum."""
    words = {w.lower() for w in _KEY_WORD.findall(key)}
    return bool(words & IDENTIFIER_KEY_WORDS)


def _open(value: str, depth: int) -> tuple[str, Any] | None:
    """JSON inside a string ('json', document) or the text of a data: URL ('data', text)."""
    if depth < NESTED_DEPTH and len(value) >= 2 and looks_like_json(value.encode("utf-8", "surrogatepass")):
        try:
            return "json", load_json_strict(value)
        except BodyError as e:
            if e.reason == "ambiguous_body":
                raise
            return None
    if value.startswith("data:"):
        text = _data_url_text(value)
        if text is not None:
            return "data", text
    return None


def _data_url_text(url: str) -> str | None:
    """The text of a data: URL with a text media type (base64 or percent-encoded); else None."""
    head, sep, payload = url.partition(",")
    if not sep:
        return None
    media = head[5:].split(";", 1)[0].strip().lower()
    if media and not media.startswith(TEXT_MEDIA):
        return None
    try:
        raw = base64.b64decode(payload, validate=False) if head.endswith(";base64") else unquote_to_bytes(payload)
        return raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def _body_without_structure(
    request: RequestView, extraction: Extraction | None, covered: _Covered, out: list[Segment]
) -> list[tuple[str, str]] | None:
    """A body that is not one JSON document: a form, JSON records, or text."""
    try:
        text = request.body.decode("utf-8")
    except UnicodeDecodeError:
        return None  # binary (a file): the adapter reads it or refuses it
    if request.content_type == "application/x-www-form-urlencoded":
        fields = parse_qsl(text, keep_blank_values=True)
        for i, (k, v) in enumerate(fields):
            if k:
                out.append(Segment(("@formkey", i), k, "field"))
            if covered.take(("@form", i), v):
                continue
            inner = _open(v, 0)
            if inner is not None and inner[0] == "json":
                _walk(inner[1], ("@nested", "form", i, "#json"), covered, out, 1)
            else:
                out.append(Segment(("@form", i), v, "field"))
        return fields
    if request.content_type.startswith("multipart/"):
        return None  # parts are read by the adapter (uploads) or the generic fallback
    records = list(_records(text))
    if records:
        for i, doc in enumerate(records):
            _walk(doc, ("@nested", "record", i), covered, out, 1)
        return None
    if extraction is None or not extraction.segments:
        out.append(Segment(("@text",), text, "field"))
    return None


def _records(text: str) -> Iterator[Any]:
    """JSON records of a SignalR frame (each ends in U+001E) or a Socket.IO packet ('42[...]')."""
    if "\x1e" in text:
        parts = [p for p in text.split("\x1e") if p.strip()]
        docs = []
        for p in parts:
            doc = _try_json(p)
            if doc is None:
                return
            docs.append(doc)
        yield from docs
        return
    head = text.lstrip("0123456789")
    if len(head) < len(text) and head[:1] in ("[", "{"):
        doc = _try_json(head)
        if doc is not None:
            yield doc


def _try_json(text: str) -> Any:
    if not looks_like_json(text.encode("utf-8", "surrogatepass")):
        return None
    try:
        return load_json_strict(text)
    except BodyError as e:
        if e.reason == "ambiguous_body":
            raise
        return None
