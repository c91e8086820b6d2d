"""Gemini web (gemini.google.com): the StreamGenerate form body, JSON inside JSON inside a form field.

Request (ai-endpoints.md 3.11; HanaokaYuzu/Gemini-API `client.py`): a form body whose field
`f.req` is the JSON array `[null, "<inner>"]`; `<inner>` is itself JSON, a long array whose
`[0]` is `[prompt, 0, null, files, null, null, 0]`, `files` being `[[[upload id], name], ...]`.
A masked prompt is spliced into the original bytes at every layer, so everything but the
masked text goes upstream exactly as the browser sent it (Google's bot checks notice any
re-encoding); when a layer cannot be reproduced exactly, rewriting refuses (fail mode).

Integrity (HanaokaYuzu/Gemini-API `attestation.py`, 2026): newer clients add a proof bound to
the exact prompt and conversation ids, an opaque token starting with "!" and a fresh 32-hex
nonce, somewhere in the inner array (its index is not published, so it is found by shape).
Such a request with a masked prompt would fail with an app error: rewriting the prompt then
refuses with `prompt_bound`, which blocks with the in-chat notice instead.

Answer (Gemini-API `utils/parsing.py`, public captures): `)]}'`, then frames of
`<length>\n<json>\n`, the length counting UTF-16 units from the newline after the digits;
a frame `[["wrb.fr", null, "<inner json>"]]` carries a candidate whose `[1][0]` is the text.
"""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote_plus

from dlp_proxy.adapters import gemini_channels as channels
from dlp_proxy.adapters.base import BlockResponse, Extraction, JsonPath, RequestView, Segment
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.errors import AdapterError, UploadError

# "/u/1/..." is the same app for the second signed-in Google account.
STREAM_GENERATE = re.compile(r"^(/u/\d+)?/_/BardChatUi/data/assistant\.lamda\.BardFrontendService/StreamGenerate$")
FIELD = b"f.req"
XSSI = ")]}'\n\n"  # Google's anti-JSON-hijacking prefix, then the first frame (as captured)
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# The form encodings a browser (encodeURIComponent, URLSearchParams) or a client library
# (Python's urlencode) produces: characters left as they are, and whether a space is "+".
ENCODINGS: tuple[tuple[str, bool], ...] = (("-_.!~*'()", False), ("*-._", True), ("-_.~", True))
_DECODER = json.JSONDecoder()
PROMPT: JsonPath = (0, 0)
PROOF = re.compile(r"![^\s]+")
NONCE = re.compile(r"[0-9a-f]{32}")
BOUND = "bound_prompt"


@dataclass(frozen=True)
class _Body:
    """The request body split into its layers, with what is needed to splice text back in."""

    fields: tuple[bytes, ...]  # the raw `name=value` pieces between "&"
    index: int  # which piece is f.req
    outer: str  # f.req, decoded from the form
    inner: str  # the JSON text in outer[1]
    encoding: tuple[str, bool] | None  # the form encoding that reproduces f.req exactly


def _js_string(text: str) -> str:
    """A JSON string token as JavaScript's JSON.stringify writes it (compact, non-ASCII as is)."""
    return json.dumps(text, ensure_ascii=False)


def _form_encode(text: str, safe: str, plus: bool) -> bytes:
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char in ALNUM or (byte < 128 and char in safe):
            out.append(char)
        elif char == " " and plus:
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out).encode("ascii")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _span(text: str, path: JsonPath) -> tuple[int, int]:
    """Start and end offsets of the JSON value at `path` (array indexes only) in JSON `text`."""
    try:
        return _find(text, path)
    except json.JSONDecodeError as e:
        raise AdapterError(f"Gemini request layout changed (no JSON value at offset {e.pos})") from e


def _find(text: str, path: JsonPath) -> tuple[int, int]:
    pos = _skip_space(text, 0)
    for index in path:
        if not isinstance(index, int) or text[pos : pos + 1] != "[":
            raise AdapterError("Gemini request layout changed (a path no longer leads to an array)")
        pos = _skip_space(text, pos + 1)
        for _ in range(index):
            _, pos = _DECODER.raw_decode(text, pos)
            pos = _skip_space(text, pos)
            if text[pos : pos + 1] != ",":
                raise AdapterError("Gemini request layout changed (an array is shorter than expected)")
            pos = _skip_space(text, pos + 1)
    _, end = _DECODER.raw_decode(text, pos)
    return pos, end


def _splice(text: str, replacements: dict[JsonPath, str]) -> str:
    """`text` with the JSON strings at the given paths replaced, every other character kept."""
    spans = []
    for path, value in replacements.items():
        start, end = _span(text, path)
        spans.append((start, end, _js_string(value)))
    for start, end, token in sorted(spans, reverse=True):
        text = text[:start] + token + text[end:]
    return text


def _loads(text: str, what: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise AdapterError(f"Gemini {what} is not valid JSON (line {e.lineno}, column {e.colno})") from e
    except RecursionError as e:
        raise AdapterError(f"Gemini {what} is nested too deeply") from e


def _parse(body: bytes) -> tuple[_Body, list[Any]]:
    """The body's layers and the parsed inner request; AdapterError (without text) when unreadable."""
    fields = tuple(body.split(b"&"))
    found = [i for i, f in enumerate(fields) if f.split(b"=", 1)[0] == FIELD]
    if len(found) != 1:
        raise AdapterError(f"Gemini request has {len(found)} 'f.req' fields, expected one")
    raw = fields[found[0]].partition(b"=")[2]
    try:
        outer = unquote_plus(raw.decode("ascii"), errors="strict")
    except (UnicodeDecodeError, ValueError) as e:
        raise AdapterError("Gemini 'f.req' field is not valid form-encoded UTF-8") from e
    outer_doc = _loads(outer, "'f.req'")
    if not isinstance(outer_doc, list) or len(outer_doc) < 2 or not isinstance(outer_doc[1], str):
        raise AdapterError("Gemini 'f.req' is not [null, \"<request>\"]")
    inner_doc = _loads(outer_doc[1], "inner request")
    if not isinstance(inner_doc, list) or not inner_doc or not isinstance(inner_doc[0], list):
        raise AdapterError("Gemini inner request has no message at [0]")
    if not inner_doc[0] or not isinstance(inner_doc[0][0], str):
        raise AdapterError("Gemini inner request has no prompt string at [0][0]")
    encoding = next((e for e in ENCODINGS if _form_encode(outer, *e) == raw), None)
    return _Body(fields, found[0], outer, outer_doc[1], encoding), inner_doc


def _strings(node: Any, depth: int) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list) and depth > 0:
        return [s for item in node for s in _strings(item, depth - 1)]
    return []


def has_integrity_proof(inner: list[Any]) -> bool:
    """Whether the inner request carries a "!..." proof and a 32-hex nonce outside the message at [0]
    (top level or one array down)."""
    found = [s for item in inner[1:] for s in _strings(item, 1)]
    return any(PROOF.fullmatch(s) for s in found) and any(NONCE.fullmatch(s) for s in found)


def _segments(inner: list[Any]) -> list[Segment]:
    message = inner[0]
    out = [Segment((0, 0), message[0], "user")]
    files = message[3] if len(message) > 3 else None
    if isinstance(files, list):  # [[[upload id], file name], ...]: the names are typed or chosen by people
        for i, item in enumerate(files):
            if isinstance(item, list) and len(item) > 1 and isinstance(item[1], str):
                out.append(Segment((0, 3, i, 1), item[1], "file_name"))
    return out


class GeminiWebAdapter:
    """gemini.google.com StreamGenerate: the prompt and attached file names; notices as a Gemini answer."""

    name = "gemini_web"

    def handles(self, request: RequestView) -> bool:
        return self._prompt(request) or channels.is_upload(request) or channels.is_gem_batch(request)

    @staticmethod
    def _prompt(request: RequestView) -> bool:
        return request.method == "POST" and STREAM_GENERATE.match(request.route) is not None

    def extract(self, request: RequestView) -> Extraction:
        if channels.is_upload(request):
            return channels.extract_upload(request)
        if not self._prompt(request):
            return channels.extract_gems(request)
        parsed, inner = _parse(request.body)
        extra = {BOUND: has_integrity_proof(inner)}
        return Extraction("gemini_web.stream_generate", _segments(inner), parsed, stream=True, extra=extra)

    def rewrite(self, request: RequestView, extraction: Extraction, texts: dict[JsonPath, str]) -> bytes:
        if extraction.endpoint.startswith("gemini_web.upload"):
            return channels.rewrite_upload(extraction, texts)
        if extraction.endpoint == "gemini_web.gem":
            return channels.rewrite_gems(extraction, texts)
        body = extraction.document
        if not isinstance(body, _Body):
            raise AdapterError("Gemini rewrite without a parsed request")
        if body.encoding is None:
            raise AdapterError("Gemini 'f.req' uses a form encoding this adapter cannot reproduce exactly")
        outer_start, outer_end = _span(body.outer, (1,))
        originals = {seg.path: seg.text for seg in extraction.segments}
        if any(path not in originals for path in texts):
            raise AdapterError("Gemini rewrite of a segment the request does not have")
        if extraction.extra.get(BOUND) and texts.get(PROMPT, originals[PROMPT]) != originals[PROMPT]:
            raise UploadError("prompt_bound", "the Gemini prompt is bound to an integrity proof")
        # Splicing is exact only when our JSON writer wrote the original tokens the same way.
        if body.outer[outer_start:outer_end] != _js_string(body.inner) or any(
            body.inner[slice(*_span(body.inner, p))] != _js_string(originals[p]) for p in texts
        ):
            raise AdapterError("Gemini request escapes JSON in a way this adapter cannot reproduce exactly")
        inner = _splice(body.inner, texts)
        outer = body.outer[:outer_start] + _js_string(inner) + body.outer[outer_end:]
        fields = list(body.fields)
        fields[body.index] = FIELD + b"=" + _form_encode(outer, *body.encoding)
        return b"&".join(fields)

    def block_response(self, request: RequestView, notice: str, decision_id: str) -> BlockResponse:
        if not self._prompt(request):  # page loads, gems, uploads: the generic answer
            return GenericAdapter().block_response(request, notice, decision_id)
        return BlockResponse(
            200,
            {
                "content-type": "application/json; charset=utf-8",
                "cache-control": "no-cache, no-store, max-age=0, must-revalidate",
                "x-dlp-decision-id": decision_id,
            },
            answer(notice, _conversation_id(request), _language(request)).encode("ascii"),
        )

    def answer_note(self, request: RequestView, extraction: Extraction, note: str) -> bytes | None:
        # None: this answer is not an event stream (the interceptor prepends only to SSE), and
        # each Gemini frame carries the whole answer so far, so the first real frame would
        # replace a note frame anyway. The note stays in the x-dlp-notice header.
        return None


def _frame(envelopes: list[Any]) -> str:
    # ASCII-only JSON, so the length is the same in UTF-16 units, characters and bytes.
    payload = "\n" + json.dumps(envelopes, separators=(",", ":")) + "\n"
    return f"{len(payload)}{payload}"


def answer(text: str, conversation_id: str, language: str) -> str:
    """A finished one-candidate Gemini answer whose text is `text`, in the StreamGenerate framing.

    Shape from public captures: candidate `[rcid, [text], null x6, [2], lang]`, `[8][0] == 2`
    marking the final state; a closing `["e", envelopes, null, null, total length]` frame.
    """
    candidate = [f"rc_{secrets.token_hex(8)}", [text], None, None, None, None, None, None, [2], language]
    inner = [None, [conversation_id, f"r_{secrets.token_hex(8)}"], None, None, [candidate]]
    body = XSSI + _frame([["wrb.fr", None, json.dumps(inner, separators=(",", ":"))]])
    total = len(body)
    while True:  # the closing frame states the length of the whole answer, itself included
        closing = _frame([["e", 2, None, None, total]])
        if len(body) + len(closing) == total:
            return body + closing
        total = len(body) + len(closing)


def _conversation_id(request: RequestView) -> str:
    """The request's conversation (inner[2][0], "c_...") so the notice lands in it; else a new one."""
    try:
        _, inner = _parse(request.body)
    except AdapterError:
        inner = []
    meta = inner[2] if len(inner) > 2 else None
    if isinstance(meta, list) and meta and isinstance(meta[0], str) and meta[0].startswith("c_"):
        return meta[0]
    return f"c_{secrets.token_hex(8)}"


def _language(request: RequestView) -> str:
    query = request.path.partition("?")[2]
    hl = parse_qs(query).get("hl", ["en"])[0].split("-")[0].lower()
    return hl if hl.isalpha() and len(hl) <= 3 else "en"
