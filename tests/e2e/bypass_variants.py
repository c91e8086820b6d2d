"""The variant table of the bypass suite (tests/e2e/test_bypass.py): values, request builders, tricks.

Four classes, named by the id prefix: `host` (which names a flow carries), `parse` (bodies two
parsers read differently), `fields` (the value where no adapter looks), `text` (the value in the
prompt, obfuscated so that a person or a model still reads it). Variants whose id holds `-sdk-`
go through an official SDK; the rest are built byte for byte here.
"""

# ruff: noqa: E501  # a table: one variant per row reads better than rows wrapped over three lines

from __future__ import annotations

import base64
import gzip
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import brotli
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.unit.uploads.builders import make_pdf
from tests.unit.uploads.image_builders import screenshot
from tests.unit.uploads.pdf_builders import pdf_with, scanned_pdf

# --- values (all valid: checksums pass, formats are real) ------------------------------------

AWS_KEY_ID = "AKIA2QX7MZ5RNW3KH4TB"  # AKIA + 16 of [A-Z2-7]
AWS_SECRET = "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"  # 40 characters
AWS_PAIR = f"aws_access_key_id={AWS_KEY_ID}\naws_secret_access_key={AWS_SECRET}"
PEM = (
    rsa.generate_private_key(public_exponent=65537, key_size=2048)
    .private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()
    )
    .decode("ascii")
)
PEM_LINES = PEM.strip().splitlines()  # "-----BEGIN RSA PRIVATE KEY-----", 64-char base64 lines, footer
PEM_BODY = "\n".join(PEM_LINES[1:-1])
SSN = "536-90-4399"  # a US social security number in an issued range
BSN = "111222333"  # passes the eleven test: 9+8+7+12+10+8+9+6-3 = 66
IBAN = "NL91ABNA0417164300"
EMAIL = "jan@example.nl"
NAME = "Jan de Vries"

assert AWS_KEY_ID.startswith("AKIA") and len(AWS_KEY_ID) == 20 and len(AWS_SECRET) == 40
assert PEM_LINES[0] == "-----BEGIN RSA PRIVATE KEY-----"


@dataclass(frozen=True)
class Value:
    text: str  # a sentence a person would type, carrying the value
    needles: tuple[str, ...]  # what must never arrive upstream


VALUES = {
    "aws": Value(f"Gebruik deze sleutels:\n{AWS_PAIR}", (AWS_KEY_ID, AWS_SECRET)),
    "pem": Value(f"Mijn sleutel:\n{PEM}", (PEM_LINES[1], PEM_LINES[5])),
    "bsn": Value(f"Het BSN van de klant is {BSN}.", (BSN,)),
    "iban": Value(f"Maak het over naar IBAN {IBAN}.", (IBAN,)),
    "email": Value(f"Stuur de offerte naar {EMAIL} vandaag.", (EMAIL,)),
    "name": Value(f"Stuur dit naar {NAME}, hij wacht erop.", (NAME,)),
}
HARMLESS = "Leg in drie zinnen uit wat Kubernetes doet."


def S(kind: str) -> str:
    return VALUES[kind].text


def N(kind: str) -> tuple[str, ...]:
    return VALUES[kind].needles


# --- the APIs -------------------------------------------------------------------------------

OPENAI_HOST, ANTHROPIC_HOST, GEMINI_HOST = "api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com"
TOOLS = {OPENAI_HOST: "openai-api", ANTHROPIC_HOST: "anthropic-api", GEMINI_HOST: "gemini-api"}
CHAT = "/v1/chat/completions"
RESPONSES = "/v1/responses"
MESSAGES = "/v1/messages"
GENERATE = "/v1beta/models/gemini-2.0-flash:generateContent"
API: dict[str, tuple[str, str]] = {
    "openai": (OPENAI_HOST, CHAT),
    "responses": (OPENAI_HOST, RESPONSES),
    "anthropic": (ANTHROPIC_HOST, MESSAGES),
    "gemini": (GEMINI_HOST, GENERATE),
}
JSON_TYPE = {"content-type": "application/json"}
AUTH = {
    OPENAI_HOST: {"authorization": "Bearer sk-test-not-a-real-key"},
    ANTHROPIC_HOST: {"x-api-key": "sk-ant-test-not-a-real-key", "anthropic-version": "2023-06-01"},
    GEMINI_HOST: {"x-goog-api-key": "test-not-a-real-key"},
}
SCHEMA = {"type": "object", "properties": {"to": {"type": "string"}}}


def chat(content: Any, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": content}], **extra}


def responses(input: Any, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "input": input, **extra}


def claude(content: Any, **extra: Any) -> dict[str, Any]:
    return {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": [{"role": "user", "content": content}], **extra}


def gemini(parts: Any, **extra: Any) -> dict[str, Any]:
    if isinstance(parts, str):
        parts = [{"text": parts}]
    return {"contents": [{"role": "user", "parts": parts}], **extra}


PROMPT: dict[str, Callable[[str], dict[str, Any]]] = {
    "openai": chat,
    "responses": responses,
    "anthropic": claude,
    "gemini": gemini,
}


def dumps(doc: Any) -> bytes:
    """UTF-8 JSON with the characters themselves (no \\u escapes): the tricks stay on the wire."""
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def pairs(*items: tuple[str, Any]) -> bytes:
    """A JSON object from (key, value) pairs, duplicates kept, in order."""
    return (
        "{"
        + ",".join(f"{json.dumps(k, ensure_ascii=False)}:{json.dumps(v, ensure_ascii=False)}" for k, v in items)
        + "}"
    ).encode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# A private EC key as a JSON Web Key (RFC 7517's example key), pretty-printed as a JWKS file is.
_JWK = {
    "kty": "EC",
    "crv": "P-256",
    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
    "d": "jpsQnnGQmL-YBIffH1136cLyHmYR8H-j2pJ8qO4A5fE",
}


# --- request variants (classes parse, fields, text) ----------------------------------------


@dataclass(frozen=True)
class Variant:
    id: str
    host: str
    path: str
    body: bytes
    needles: tuple[str, ...]
    headers: dict[str, str] = field(default_factory=dict)
    fail_reason: str | None = None  # the decision record must carry this fail_reason

    @property
    def tools(self) -> frozenset[str]:
        return frozenset({TOOLS[self.host]})

    def all_headers(self) -> dict[str, str]:
        return {**JSON_TYPE, **AUTH[self.host], **self.headers}


def v(
    id: str,
    api: str,
    body: dict[str, Any] | bytes,
    needles: tuple[str, ...],
    *,
    path: str | None = None,
    headers: dict[str, str] | None = None,
    fail_reason: str | None = None,
) -> Variant:
    host, default_path = API[api]
    data = body if isinstance(body, bytes) else dumps(body)
    return Variant(id, host, path or default_path, data, needles, headers or {}, fail_reason)


# B. Parser differentials: two parsers (ours and the vendor's) would read different prompts.
AMBIGUOUS = "ambiguous_body"
_secret_msgs = [{"role": "user", "content": S("aws")}]
_harmless_msgs = [{"role": "user", "content": HARMLESS}]
_gem_secret = [{"role": "user", "parts": [{"text": S("aws")}]}]
_gem_harmless = [{"role": "user", "parts": [{"text": HARMLESS}]}]
_M = ("model", "gpt-4o-mini")
_C = ("model", "claude-sonnet-4-5")
_T = ("max_tokens", 64)


def _msg_dup_content(first: str, second: str) -> bytes:
    message = pairs(("role", "user"), ("content", first), ("content", second)).decode()
    return f'{{"model":"gpt-4o-mini","messages":[{message}]}}'.encode()


def _gzip_members(doc: bytes, marker: bytes) -> bytes:
    """Two gzip members, the second starting at `marker`: a first-member-only reader sees half."""
    cut = doc.index(marker)
    return gzip.compress(doc[:cut]) + gzip.compress(doc[cut:])


def _raw_deflate(data: bytes) -> bytes:
    c = zlib.compressobj(wbits=-15)
    return c.compress(data) + c.flush()


_secret_chat = dumps(chat(S("aws")))

PARSE: list[Variant] = [
    # duplicate and near-duplicate keys: OpenAI chat completions
    v(
        "parse-openai-dup-messages-secret-first",
        "openai",
        pairs(_M, ("messages", _secret_msgs), ("messages", _harmless_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-dup-messages-secret-last",
        "openai",
        pairs(_M, ("messages", _harmless_msgs), ("messages", _secret_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-dup-content-secret-first",
        "openai",
        _msg_dup_content(S("email"), HARMLESS),
        N("email"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-dup-content-secret-last",
        "openai",
        _msg_dup_content(HARMLESS, S("email")),
        N("email"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-case-Messages-secret-upper",
        "openai",
        pairs(_M, ("Messages", _secret_msgs), ("messages", _harmless_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-case-Messages-secret-lower",
        "openai",
        pairs(_M, ("messages", _secret_msgs), ("MESSAGES", _harmless_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-fullwidth-key-duplicate",
        "openai",
        pairs(_M, ("ｍｅｓｓａｇｅｓ", _secret_msgs), ("messages", _harmless_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-openai-escaped-key-duplicate",
        "openai",
        b'{"model":"gpt-4o-mini","m\\u0065ssages":'
        + json.dumps(_secret_msgs).encode()
        + b',"messages":'
        + json.dumps(_harmless_msgs).encode()
        + b"}",
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-responses-dup-input-secret-first",
        "responses",
        pairs(_M, ("input", S("pem")), ("input", HARMLESS)),
        N("pem"),
        fail_reason=AMBIGUOUS,
    ),
    # Anthropic messages
    v(
        "parse-anthropic-dup-messages-secret-first",
        "anthropic",
        pairs(_C, _T, ("messages", _secret_msgs), ("messages", _harmless_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-anthropic-dup-messages-secret-last",
        "anthropic",
        pairs(_C, _T, ("messages", _harmless_msgs), ("messages", _secret_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-anthropic-dup-system-secret-first",
        "anthropic",
        pairs(_C, _T, ("system", S("iban")), ("system", HARMLESS), ("messages", _harmless_msgs)),
        N("iban"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-anthropic-dup-nested-text",
        "anthropic",
        b'{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":['
        + pairs(("type", "text"), ("text", S("bsn")), ("text", HARMLESS))
        + b"]}]}",
        N("bsn"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-anthropic-case-Messages",
        "anthropic",
        pairs(_C, _T, ("Messages", _secret_msgs), ("messages", _harmless_msgs)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    # Gemini generateContent
    v(
        "parse-gemini-dup-contents-secret-first",
        "gemini",
        pairs(("contents", _gem_secret), ("contents", _gem_harmless)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-gemini-dup-contents-secret-last",
        "gemini",
        pairs(("contents", _gem_harmless), ("contents", _gem_secret)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-gemini-dup-part-text",
        "gemini",
        b'{"contents":[{"role":"user","parts":[' + pairs(("text", S("email")), ("text", HARMLESS)) + b"]}]}",
        N("email"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-gemini-case-Contents",
        "gemini",
        pairs(("Contents", _gem_secret), ("contents", _gem_harmless)),
        N("aws"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-gemini-dup-systemInstruction",
        "gemini",
        pairs(
            ("contents", _gem_harmless),
            ("systemInstruction", {"parts": [{"text": S("iban")}]}),
            ("systemInstruction", {"parts": [{"text": HARMLESS}]}),
        ),
        N("iban"),
        fail_reason=AMBIGUOUS,
    ),
    v(
        "parse-gemini-snake-and-camel-system",
        "gemini",
        pairs(
            ("contents", _gem_harmless),
            ("system_instruction", {"parts": [{"text": S("bsn")}]}),
            ("systemInstruction", {"parts": [{"text": HARMLESS}]}),
        ),
        N("bsn"),
        fail_reason=AMBIGUOUS,
    ),
    # content encodings
    v(
        "parse-openai-gzip-second-member-secret",
        "openai",
        _gzip_members(_secret_chat, b"aws_access"),
        N("aws"),
        headers={"content-encoding": "gzip"},
    ),
    v(
        "parse-openai-gzip-second-member-splits-key",
        "openai",
        _gzip_members(_secret_chat, AWS_KEY_ID[8:].encode()),
        N("aws"),
        headers={"content-encoding": "gzip"},
    ),
    v(
        "parse-anthropic-gzip-second-member-secret",
        "anthropic",
        _gzip_members(dumps(claude(S("aws"))), b"Gebruik"),
        N("aws"),
        headers={"content-encoding": "gzip"},
    ),
    v(
        "parse-openai-gzip-trailing-bytes",
        "openai",
        gzip.compress(_secret_chat) + b"trailing garbage",
        N("aws"),
        headers={"content-encoding": "gzip"},
    ),
    v(
        "parse-openai-gzip-br-stacked",
        "openai",
        brotli.compress(gzip.compress(_secret_chat)),
        N("aws"),
        headers={"content-encoding": "gzip, br"},
    ),
    v(
        "parse-openai-br-gzip-stacked",
        "openai",
        gzip.compress(brotli.compress(_secret_chat)),
        N("aws"),
        headers={"content-encoding": "br, gzip"},
    ),
    v(
        "parse-openai-deflate-raw",
        "openai",
        _raw_deflate(_secret_chat),
        N("aws"),
        headers={"content-encoding": "deflate"},
    ),
    v("parse-openai-x-gzip", "openai", gzip.compress(_secret_chat), N("aws"), headers={"content-encoding": "x-gzip"}),
    v(
        "parse-openai-gzip-upper-case",
        "openai",
        gzip.compress(_secret_chat),
        N("aws"),
        headers={"content-encoding": "GZIP"},
    ),
    v(
        "parse-openai-identity-then-gzip",
        "openai",
        gzip.compress(_secret_chat),
        N("aws"),
        headers={"content-encoding": "identity, gzip"},
    ),
    # content types that lie
    v("parse-openai-json-as-text-plain", "openai", _secret_chat, N("aws"), headers={"content-type": "text/plain"}),
    v(
        "parse-openai-json-as-form-urlencoded",
        "openai",
        _secret_chat,
        N("aws"),
        headers={"content-type": "application/x-www-form-urlencoded"},
    ),
    v(
        "parse-openai-json-as-octet-stream",
        "openai",
        _secret_chat,
        N("aws"),
        headers={"content-type": "application/octet-stream"},
    ),
    v(
        "parse-anthropic-json-as-text-plain",
        "anthropic",
        dumps(claude(S("email"))),
        N("email"),
        headers={"content-type": "text/plain"},
    ),
    v(
        "parse-gemini-json-as-form-urlencoded",
        "gemini",
        dumps(gemini(S("iban"))),
        N("iban"),
        headers={"content-type": "application/x-www-form-urlencoded"},
    ),
    v("parse-openai-json-with-bom", "openai", b"\xef\xbb\xbf" + _secret_chat, N("aws")),
]

# C. Fields no adapter reads.
_fn = {"name": "send_mail", "parameters": SCHEMA}
_pdf = "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()


def _pdf_of(kind: str) -> str:
    """A readable PDF whose text carries the value, as a base64 data: URL."""
    return "data:application/pdf;base64," + base64.b64encode(make_pdf([S(kind).splitlines()])).decode()


_BOUNDARY = "dlp-bypass-boundary"


def _form(fields: dict[str, str]) -> bytes:
    """A multipart/form-data body of text fields only."""
    parts = [f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in fields.items()]
    return ("".join(parts) + f"--{_BOUNDARY}--\r\n").encode()


def _pdf_document(data: str) -> dict[str, Any]:
    """An Anthropic document block holding a base64 PDF."""
    return {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": data}}


def _pdf_extra(**extras: Any) -> str:
    """A PDF whose page is harmless and whose value sits beside it (tests.unit.uploads.pdf_builders), as a data: URL."""
    return "data:application/pdf;base64," + base64.b64encode(pdf_with("Aanvraagformulier", **extras)).decode()


_schema_desc = lambda kind: {"type": "object", "properties": {"a": {"type": "string", "description": S(kind)}}}  # noqa: E731
FIELDS: list[Variant] = [
    # OpenAI chat completions
    v(
        "fields-openai-tools-description",
        "openai",
        chat(HARMLESS, tools=[{"type": "function", "function": {**_fn, "description": S("email")}}]),
        N("email"),
    ),
    v(
        "fields-openai-tools-parameter-description",
        "openai",
        chat(HARMLESS, tools=[{"type": "function", "function": {"name": "f", "parameters": _schema_desc("aws")}}]),
        N("aws"),
    ),
    v(
        "fields-openai-tool-calls-function-name",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": HARMLESS},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": IBAN, "arguments": "{}"}}],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
            ],
        },
        N("iban"),
    ),
    v(
        "fields-openai-tool-calls-arguments",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": HARMLESS},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "f", "arguments": json.dumps({"note": S("bsn")})},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
            ],
        },
        N("bsn"),
    ),
    v("fields-openai-metadata-value", "openai", chat(HARMLESS, store=True, metadata={"note": S("bsn")}), N("bsn")),
    v("fields-openai-user", "openai", chat(HARMLESS, user=EMAIL), N("email")),
    v(
        "fields-openai-message-name-underscored",
        "openai",
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "name": NAME.replace(" ", "_"), "content": HARMLESS}]},
        (NAME,),
    ),
    v("fields-openai-stop", "openai", chat(HARMLESS, stop=[S("name")]), N("name")),
    v(
        "fields-openai-response-format-schema-description",
        "openai",
        chat(
            HARMLESS,
            response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": _schema_desc("pem")}},
        ),
        N("pem"),
    ),
    v(
        "fields-openai-assistant-refusal",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": HARMLESS},
                {"role": "assistant", "content": None, "refusal": S("iban")},
                {"role": "user", "content": "Waarom?"},
            ],
        },
        N("iban"),
    ),
    v("fields-openai-unknown-top-level-key", "openai", chat(HARMLESS, x_notes=S("aws")), N("aws")),
    v("fields-openai-unknown-key-name", "openai", chat(HARMLESS, x_notes={S("email"): True}), N("email")),
    # a header's name, which the vendor never reads, but which a client can fill (a red-team find)
    v("fields-openai-header-name-iban", "openai", chat(HARMLESS), N("iban"), headers={f"X-Acct-{IBAN}": "1"}),
    v(
        "fields-openai-image-url-data-text",
        "openai",
        chat(
            [
                {"type": "text", "text": "Lees dit."},
                {"type": "image_url", "image_url": {"url": "data:text/plain;base64," + b64(S("aws"))}},
            ]
        ),
        N("aws"),
    ),
    v(
        "fields-openai-file-filename",
        "openai",
        chat(
            [
                {"type": "text", "text": "Vat samen."},
                {"type": "file", "file": {"filename": f"contract {EMAIL}.pdf", "file_data": _pdf}},
            ]
        ),
        N("email"),
    ),
    v(
        "fields-openai-input-audio-data",
        "openai",
        chat([{"type": "input_audio", "input_audio": {"data": b64(S("bsn")), "format": "wav"}}]),
        N("bsn"),
    ),
    v(
        "fields-openai-prediction-content",
        "openai",
        chat(HARMLESS, prediction={"type": "content", "content": S("name")}),
        N("name"),
    ),
    v(
        "fields-openai-message-name",
        "openai",
        {"model": "gpt-4o-mini", "messages": [{"role": "user", "name": f"bsn_{BSN}", "content": HARMLESS}]},
        N("bsn"),
    ),
    v("fields-openai-logit-bias-key", "openai", chat(HARMLESS, n=1, logit_bias={IBAN: 1}), N("iban")),
    # a number, not a string (twelfth session; leaked at 4de6ad8)
    v("fields-openai-metadata-number-bsn", "openai", chat(HARMLESS, metadata={"bsn": int(BSN)}), N("bsn")),
    v("fields-anthropic-number-card", "anthropic", claude(HARMLESS, x_card=4111111111111111), ("4111111111111111",)),
    # OpenAI Responses API
    v(
        "fields-responses-tool-description",
        "responses",
        responses(HARMLESS, tools=[{"type": "function", "name": "f", "description": S("email"), "parameters": SCHEMA}]),
        N("email"),
    ),
    v(
        "fields-responses-prompt-variables",
        "responses",
        {"model": "gpt-4o-mini", "prompt": {"id": "pmpt_123", "variables": {"klant": S("iban")}}, "input": HARMLESS},
        N("iban"),
    ),
    v(
        "fields-responses-reasoning-summary",
        "responses",
        responses(
            [
                {"type": "reasoning", "id": "rs_1", "summary": [{"type": "summary_text", "text": S("bsn")}]},
                {"role": "user", "content": HARMLESS},
            ]
        ),
        N("bsn"),
    ),
    v(
        "fields-responses-custom-tool-call-input",
        "responses",
        responses(
            [
                {"type": "custom_tool_call", "call_id": "c1", "name": "shell", "input": S("aws")},
                {"type": "custom_tool_call_output", "call_id": "c1", "output": "ok"},
            ]
        ),
        N("aws"),
    ),
    v(
        "fields-responses-text-format-schema",
        "responses",
        responses(HARMLESS, text={"format": {"type": "json_schema", "name": "x", "schema": _schema_desc("pem")}}),
        N("pem"),
    ),
    v(
        "fields-responses-input-image-data-text",
        "responses",
        responses(
            [
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "Lees dit."},
                        {"type": "input_image", "image_url": "data:text/plain;base64," + b64(S("email"))},
                    ],
                }
            ]
        ),
        N("email"),
    ),
    v(
        "fields-responses-input-file-filename",
        "responses",
        responses(
            [{"role": "user", "content": [{"type": "input_file", "filename": f"iban-{IBAN}.pdf", "file_data": _pdf}]}]
        ),
        N("iban"),
    ),
    v("fields-responses-metadata", "responses", responses(HARMLESS, metadata={"klant": S("name")}), N("name")),
    # Anthropic messages
    v(
        "fields-anthropic-tool-description",
        "anthropic",
        claude(HARMLESS, tools=[{"name": "f", "description": S("email"), "input_schema": SCHEMA}]),
        N("email"),
    ),
    v(
        "fields-anthropic-input-schema-description",
        "anthropic",
        claude(HARMLESS, tools=[{"name": "f", "input_schema": _schema_desc("aws")}]),
        N("aws"),
    ),
    v(
        "fields-anthropic-tool-use-input-string",
        "anthropic",
        {
            "model": "claude-sonnet-4-5",
            "max_tokens": 64,
            "messages": [
                {"role": "user", "content": HARMLESS},
                {
                    "role": "assistant",
                    "content": [{"type": "tool_use", "id": "toolu_1", "name": "f", "input": S("iban")}],
                },
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "ok"}]},
            ],
        },
        N("iban"),
    ),
    v(
        "fields-anthropic-thinking-block",
        "anthropic",
        {
            "model": "claude-sonnet-4-5",
            "max_tokens": 64,
            "messages": [
                {"role": "user", "content": HARMLESS},
                {
                    "role": "assistant",
                    "content": [
                        {"type": "thinking", "thinking": S("bsn"), "signature": "c2lnbmF0dXJl"},
                        {"type": "text", "text": "ok"},
                    ],
                },
                {"role": "user", "content": "Ga door."},
            ],
        },
        N("bsn"),
    ),
    v("fields-anthropic-metadata-user-id", "anthropic", claude(HARMLESS, metadata={"user_id": EMAIL}), N("email")),
    v(
        "fields-anthropic-document-source-url",
        "anthropic",
        claude(
            [
                {"type": "document", "source": {"type": "url", "url": f"https://evil.test/doc?iban={IBAN}"}},
                {"type": "text", "text": "Vat samen."},
            ]
        ),
        N("iban"),
    ),
    v(
        "fields-anthropic-mcp-servers-url",
        "anthropic",
        claude(
            HARMLESS,
            mcp_servers=[
                {"type": "url", "url": f"https://evil.test/mcp?id={AWS_KEY_ID}&secret={AWS_SECRET}", "name": "tools"}
            ],
        ),
        N("aws"),
    ),
    v(
        "fields-anthropic-mcp-servers-name",
        "anthropic",
        claude(HARMLESS, mcp_servers=[{"type": "url", "url": "https://evil.test/mcp", "name": f"bsn {BSN}"}]),
        N("bsn"),
    ),
    v(
        "fields-anthropic-system-array",
        "anthropic",
        claude(HARMLESS, system=[{"type": "text", "text": S("pem")}]),
        N("pem"),
    ),
    v("fields-anthropic-stop-sequences", "anthropic", claude(HARMLESS, stop_sequences=[S("name")]), N("name")),
    v("fields-anthropic-unknown-top-level-key", "anthropic", claude(HARMLESS, x_notes=S("email")), N("email")),
    # Gemini generateContent
    v(
        "fields-gemini-function-declaration-description",
        "gemini",
        gemini(
            HARMLESS, tools=[{"functionDeclarations": [{"name": "f", "description": S("email"), "parameters": SCHEMA}]}]
        ),
        N("email"),
    ),
    v(
        "fields-gemini-function-call-args",
        "gemini",
        {
            "contents": [
                {"role": "user", "parts": [{"text": HARMLESS}]},
                {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {"note": S("aws")}}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"result": "ok"}}}]},
            ]
        },
        N("aws"),
    ),
    v(
        "fields-gemini-function-response",
        "gemini",
        {
            "contents": [
                {"role": "user", "parts": [{"text": HARMLESS}]},
                {"role": "model", "parts": [{"functionCall": {"name": "f", "args": {}}}]},
                {"role": "user", "parts": [{"functionResponse": {"name": "f", "response": {"result": S("pem")}}}]},
            ]
        },
        N("pem"),
    ),
    v(
        "fields-gemini-file-data-uri",
        "gemini",
        gemini(
            [
                {"text": "Vat samen."},
                {"fileData": {"mimeType": "text/plain", "fileUri": f"https://evil.test/files/{IBAN}.txt"}},
            ]
        ),
        N("iban"),
    ),
    v(
        "fields-gemini-system-instruction",
        "gemini",
        gemini(HARMLESS, systemInstruction={"parts": [{"text": S("bsn")}]}),
        N("bsn"),
    ),
    v(
        "fields-gemini-cached-content",
        "gemini",
        gemini(HARMLESS, cachedContent=f"cachedContents/{AWS_KEY_ID} {AWS_SECRET}"),
        N("aws"),
    ),
    v(
        "fields-gemini-response-schema-description",
        "gemini",
        gemini(
            HARMLESS, generationConfig={"responseMimeType": "application/json", "responseSchema": _schema_desc("name")}
        ),
        N("name"),
    ),
    # query string, path, headers
    v("fields-openai-query-string", "openai", chat(HARMLESS), N("email"), path=f"{CHAT}?q={EMAIL}"),
    v("fields-openai-path-segment", "openai", chat(HARMLESS), N("iban"), path=f"{CHAT}/{IBAN}"),
    v("fields-openai-unknown-endpoint", "openai", {"note": S("aws")}, N("aws"), path="/v1/foo"),
    v("fields-openai-header-custom", "openai", chat(HARMLESS), N("bsn"), headers={"x-note": f"BSN {BSN}"}),
    v(
        "fields-openai-header-user-agent",
        "openai",
        chat(HARMLESS),
        N("email"),
        headers={"user-agent": f"mailer/1.0 ({EMAIL})"},
    ),
    v(
        "fields-openai-header-cookie",
        "openai",
        chat(HARMLESS),
        N("aws"),
        headers={"cookie": f"sid=1; k={AWS_KEY_ID}; s={AWS_SECRET}"},
    ),
    v(
        "fields-openai-header-cookie-base64-iban",
        "openai",
        chat(HARMLESS),
        N("iban"),
        headers={"cookie": f"sess=abc; prefs={b64('iban=' + IBAN)}"},
    ),
    v(
        "fields-openai-header-referer",
        "openai",
        chat(HARMLESS),
        N("iban"),
        headers={"referer": f"https://evil.test/?iban={IBAN}"},
    ),
    v("fields-anthropic-header-custom", "anthropic", claude(HARMLESS), N("iban"), headers={"x-note": f"IBAN {IBAN}"}),
    v(
        "fields-anthropic-query-string",
        "anthropic",
        claude(HARMLESS),
        N("aws"),
        path=f"{MESSAGES}?beta=1&k={AWS_KEY_ID}",
    ),
    v("fields-gemini-query-string", "gemini", gemini(HARMLESS), N("email"), path=f"{GENERATE}?alt=json&note={EMAIL}"),
    v(
        "fields-gemini-path-model-name",
        "gemini",
        gemini(HARMLESS),
        N("bsn"),
        path=f"/v1beta/models/bsn-{BSN}:generateContent",
    ),
    # The value inside a document sent inline (a PDF as base64): read like an upload, never passed unread
    v(
        "fields-openai-file-pdf-text",
        "openai",
        chat(
            [
                {"type": "text", "text": "Vat samen."},
                {"type": "file", "file": {"filename": "dossier.pdf", "file_data": _pdf_of("bsn")}},
            ]
        ),
        N("bsn"),
    ),
    v(
        "fields-responses-input-file-pdf-text",
        "responses",
        responses(
            [
                {
                    "role": "user",
                    "content": [{"type": "input_file", "filename": "dossier.pdf", "file_data": _pdf_of("iban")}],
                }
            ]
        ),
        N("iban"),
    ),
    v(
        "fields-anthropic-document-pdf-text",
        "anthropic",
        claude([_pdf_document(_pdf_of("email").split(",", 1)[1])]),
        N("email"),
    ),
    v(
        "fields-gemini-inline-pdf-text",
        "gemini",
        gemini(
            [
                {"text": "Vat samen."},
                {"inlineData": {"mimeType": "application/pdf", "data": _pdf_of("aws").split(",", 1)[1]}},
            ]
        ),
        N("aws"),
    ),
    # ... a document under a sound or video label, or in a field no adapter reads
    v(
        "fields-openai-input-audio-pdf",
        "openai",
        chat([{"type": "input_audio", "input_audio": {"data": _pdf_of("bsn").split(",", 1)[1], "format": "wav"}}]),
        N("bsn"),
    ),
    v(
        "fields-gemini-inline-video-pdf",
        "gemini",
        gemini(
            [
                {"text": "Beschrijf."},
                {"inlineData": {"mimeType": "video/mp4", "data": _pdf_of("iban").split(",", 1)[1]}},
            ]
        ),
        N("iban"),
    ),
    v(
        "fields-openai-metadata-pdf",
        "openai",
        chat(HARMLESS, metadata={"bijlage": _pdf_of("email").split(",", 1)[1]}),
        N("email"),
    ),
    v(
        "fields-anthropic-unknown-key-pdf-data-url",
        "anthropic",
        claude(HARMLESS, x_attachment=_pdf_of("aws")),
        N("aws"),
    ),
    v(
        "fields-openai-tool-call-arguments-pdf",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": HARMLESS},
                {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {
                                "name": "send_mail",
                                "arguments": json.dumps({"bijlage": _pdf_of("iban").split(",", 1)[1]}),
                            },
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "verstuurd"},
            ],
        },
        N("iban"),
    ),
    # ... beside a PDF's pages: a filled-in form field, a text box, an embedded file
    v(
        "fields-openai-pdf-form-field",
        "openai",
        chat([{"type": "file", "file": {"filename": "aanvraag.pdf", "file_data": _pdf_extra(field=("bsn", BSN))}}]),
        N("bsn"),
    ),
    v(
        "fields-anthropic-pdf-text-box",
        "anthropic",
        claude([_pdf_document(_pdf_extra(text_box=S("iban")).split(",", 1)[1])]),
        N("iban"),
    ),
    v(
        "fields-gemini-pdf-attachment",
        "gemini",
        gemini(
            [
                {"text": "Vat samen."},
                {
                    "inlineData": {
                        "mimeType": "application/pdf",
                        "data": _pdf_extra(attachment=("klant.txt", S("email").encode())).split(",", 1)[1],
                    }
                },
            ]
        ),
        N("email"),
    ),
    v(
        "fields-openai-scanned-pdf",
        "openai",
        chat(
            [
                {
                    "type": "file",
                    "file": {
                        "filename": "scan.pdf",
                        "file_data": "data:application/pdf;base64,"
                        + base64.b64encode(scanned_pdf(screenshot([S("bsn")]))).decode(),
                    },
                }
            ]
        ),
        N("bsn"),
        fail_reason="image_not_maskable",  # a picture: the leak check cannot see the value in it
    ),
    v(
        "fields-openai-header-is-pdf",
        "openai",
        chat(HARMLESS),
        N("email"),
        headers={"x-bijlage": _pdf_of("email").split(",", 1)[1]},
    ),
    v(
        "fields-openai-multipart-field-is-pdf",
        "openai",
        _form({"purpose": "assistants", "notitie": _pdf_of("bsn").split(",", 1)[1]}),
        N("bsn"),
        path="/v1/files",
        headers={"content-type": f"multipart/form-data; boundary={_BOUNDARY}"},
    ),
    v(
        "fields-openai-multipart-file-name-star",
        "openai",
        (
            f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n'
            f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="brief.txt"; '
            f"filename*=UTF-8''brief%20aan%20{EMAIL.replace('@', '%40')}.txt\r\nContent-Type: text/plain\r\n\r\n"
            f"Hallo\r\n--{_BOUNDARY}--\r\n"
        ).encode(),
        N("email"),
        path="/v1/files",
        headers={"content-type": f"multipart/form-data; boundary={_BOUNDARY}"},
    ),
    v(
        "fields-openai-multipart-part-header",
        "openai",
        (
            f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nuser_data\r\n'
            f'--{_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="notes.txt"\r\n'
            f"Content-Description: {IBAN}\r\nContent-Type: text/plain\r\n\r\nHallo\r\n--{_BOUNDARY}--\r\n"
        ).encode(),
        N("iban"),
        path="/v1/files",
        headers={"content-type": f"multipart/form-data; boundary={_BOUNDARY}"},
    ),
    v(
        "fields-openai-tool-arguments-bsn-as-float",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": "Registreer de klant."},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "register", "arguments": f'{{"bsn": {BSN[0]}.{BSN[1:]}e8}}'},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
            ],
        },
        (f"{BSN[0]}.{BSN[1:]}e8",),
    ),
    v(
        "fields-openai-pdf-base64-inside-prose",
        "openai",
        chat(f"Vat deze pdf samen: {_pdf_of('iban').split(',', 1)[1]} en geef drie punten."),
        N("iban"),
    ),
    v("fields-responses-prompt-is-pdf-base64", "responses", responses(_pdf_of("bsn").split(",", 1)[1]), N("bsn")),
]

# D. Text a person or a model still reads.
CF = {"zwsp": "\u200b", "soft-hyphen": "\u00ad", "word-joiner": "\u2060", "nbsp": "\u00a0", "rlo": "\u202e"}
CF_API = {"zwsp": "openai", "soft-hyphen": "anthropic", "word-joiner": "gemini", "nbsp": "openai", "rlo": "responses"}
CF_TARGET: dict[str, tuple[str, Callable[[str], str]]] = {
    "email": ("Stuur de offerte naar {} vandaag.", lambda c: f"jan@exa{c}mple.nl"),
    "iban": ("Maak het over naar IBAN {}.", lambda c: f"NL91ABNA{c}0417164300"),
    "bsn": ("Het BSN van de klant is {}.", lambda c: f"111{c}222{c}333"),
    "name": ("Stuur dit naar {}, hij wacht erop.", lambda c: f"Jan de V{c}ries"),
}


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


# Vendor tokens, assembled here so that the source holds no whole token (made up, never real).
_BODY = "Hq7RmZ2kXw9VtP4nLs8JcB3yGf6DeA1uQo5WiK0NjYrTbMxSgCvEhUlIpFzOa"
DYNATRACE = "dt0c01." + _BODY[:24].upper() + "." + (_BODY + _BODY[::-1])[:64]
PSCALE = "pscale_pw_" + _BODY[5:48]
OPENSHIFT = "sha256~" + _BODY[11:54].replace("I", "-")


def _text(id: str, api: str, text: str, needles: tuple[str, ...]) -> Variant:
    return v(f"text-{api}-{id}", api, PROMPT[api](text), needles)


def _pair(key_id: str = AWS_KEY_ID, secret: str = AWS_SECRET) -> str:
    return f"Gebruik deze sleutels:\naws_access_key_id={key_id}\naws_secret_access_key={secret}"


def _key_id(obfuscated: str) -> str:
    """The access key id alone, without the secret (whose keyword-anchored recognizer would block anyway)."""
    return f"Sleutel voor de productie-omgeving: {obfuscated}"


KEY_ID = (AWS_KEY_ID,)


def _escaped(text: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in text)


_DIGIT_NAMES = {
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "en": "zero one two three four five six seven eight nine",
}
SPELLED_NL = " ".join(_DIGIT_NAMES["nl"].split()[int(d)] for d in BSN)
SPELLED_EN = "-".join(_DIGIT_NAMES["en"].split()[int(d)] for d in BSN)
ARABIC_BSN = "".join(chr(0x0660 + int(d)) for d in BSN)
_NATO = "alfa bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu".split()
NATO_IBAN = " ".join(_NATO[ord(c) - 65] if c.isalpha() else _DIGIT_NAMES["en"].split()[int(c)] for c in IBAN)
KEYCAP_BSN = "".join(d + "\ufe0f\u20e3" for d in BSN)  # emoji digits: the digit, a variation selector, a keycap


def _mrz_check(field: str) -> int:
    """ICAO 9303's check digit (weights 7, 3, 1; A-Z as 10-35, '<' as 0), to build a valid MRZ."""
    values = [int(c) if c.isdigit() else (ord(c) - 55 if c.isalpha() else 0) for c in field]
    return sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10


def _mrz_td3(number: str, dob: str, expiry: str, personal: str) -> str:
    opt = personal.ljust(14, "<")
    line = f"{number}{_mrz_check(number)}NLD{dob}{_mrz_check(dob)}F{expiry}{_mrz_check(expiry)}{opt}{_mrz_check(opt)}"
    return line + str(_mrz_check(line[0:10] + line[13:20] + line[21:43]))


# A Dutch passport's machine-readable zone: the BSN is its personal number.
MRZ_NL = "P<NLDDE<VRIES<<JANNA<<<<<<<<<<<<<<<<<<<<<<<<\n" + _mrz_td3("NXC4L8P21", "850312", "300101", BSN)
TWICE_B64 = base64.b64encode(base64.b64encode(AWS_PAIR.encode())).decode()
GZIP_B64 = base64.b64encode(gzip.compress(PEM.encode())).decode()

TEXT: list[Variant] = [
    *(
        _text(
            f"{cf}-{kind}",
            CF_API[cf],
            template.format(NAME.replace(" ", char) if (cf, kind) == ("nbsp", "name") else obfuscate(char)),
            N(kind),
        )
        for cf, char in CF.items()
        for kind, (template, obfuscate) in CF_TARGET.items()
    ),
    _text("zwsp-pem-header", "openai", "Mijn sleutel:\n" + PEM.replace("PRIVATE", "PRI\u200bVATE"), N("pem")),
    _text("soft-hyphen-pem-header", "anthropic", "Mijn sleutel:\n" + PEM.replace("PRIVATE", "PRI\u00adVATE"), N("pem")),
    _text("fullwidth-bsn", "openai", f"Het BSN van de klant is {fullwidth(BSN)}.", N("bsn")),
    _text("fullwidth-iban", "anthropic", f"Maak het over naar IBAN {fullwidth(IBAN)}.", N("iban")),
    _text("fullwidth-at-email", "gemini", f"Stuur de offerte naar {EMAIL.replace('@', '＠')} vandaag.", N("email")),
    _text("fullwidth-aws-key-id", "openai", _key_id(fullwidth(AWS_KEY_ID)), KEY_ID),
    _text("cyrillic-a-k-in-akia", "openai", _key_id("АК" + AWS_KEY_ID[2:]), KEY_ID),
    _text("cyrillic-a-in-akia", "anthropic", _key_id("А" + AWS_KEY_ID[1:]), KEY_ID),
    _text("zwsp-aws-key-id", "gemini", _key_id(AWS_KEY_ID[:10] + "\u200b" + AWS_KEY_ID[10:]), KEY_ID),
    _text(
        "zwsp-aws-secret", "responses", f"aws_secret_access_key={AWS_SECRET[:20]}\u200b{AWS_SECRET[20:]}", (AWS_SECRET,)
    ),
    _text("cyrillic-a-in-email", "openai", f"Stuur de offerte naar {EMAIL.replace('a', 'а')} vandaag.", N("email")),
    _text(
        "greek-capitals-in-iban",
        "gemini",
        f"Maak het over naar IBAN {IBAN.replace('N', 'Ν').replace('A', 'Α').replace('B', 'Β')}.",
        N("iban"),
    ),
    _text("bsn-dashed-4-2-3", "openai", "Het BSN van de klant is 1112-22-333.", N("bsn")),
    _text("bsn-spaced-3-3-3", "anthropic", "Het BSN van de klant is 111 222 333.", N("bsn")),
    _text("bsn-dotted", "gemini", "Het BSN van de klant is 111.222.333.", N("bsn")),
    _text("bsn-dashed-3-3-3", "responses", "Het BSN van de klant is 111-222-333.", N("bsn")),
    # Dash look-alikes between the digits: an en dash (as word processors type it), a minus sign.
    _text("bsn-en-dashed", "anthropic", "Het BSN van de klant is 111\u2013222\u2013333.", N("bsn")),
    _text("ssn-en-dashed", "openai", "My SSN is 536\u201390\u20134399, please fill in the form.", (SSN,)),
    _text("ssn-minus-sign", "gemini", "SSN: 536\u221290\u22124399", (SSN,)),
    _text("iban-lower-case", "openai", f"Maak het over naar IBAN {IBAN.lower()}.", N("iban")),
    _text("iban-dotted", "anthropic", "Maak het over naar IBAN NL91.ABNA.0417.1643.00.", N("iban")),
    _text("iban-letter-spaced", "gemini", f"Maak het over naar IBAN {' '.join(IBAN)}.", N("iban")),
    _text("iban-grouped", "openai", "Maak het over naar IBAN NL91 ABNA 0417 1643 00.", N("iban")),
    _text("iban-dashed", "responses", "Maak het over naar IBAN NL91-ABNA-0417-1643-00.", N("iban")),
    _text("email-paren-at-dot", "openai", "Stuur de offerte naar jan (at) example (dot) nl vandaag.", N("email")),
    _text("email-bracket-at-dot", "anthropic", "Stuur de offerte naar jan[at]example[dot]nl vandaag.", N("email")),
    _text("email-words-at-dot", "gemini", "Stuur de offerte naar jan at example dot nl vandaag.", N("email")),
    _text("email-brace-at", "responses", "Stuur de offerte naar jan{at}example.nl vandaag.", N("email")),
    # Written out: digits as words, one character at a time, digits of another script.
    _text("bsn-spelled-dutch", "openai", f"Het BSN van de klant is {SPELLED_NL}.", (SPELLED_NL,)),
    _text("bsn-spelled-english-hyphens", "anthropic", f"The client's BSN is {SPELLED_EN}.", (SPELLED_EN,)),
    _text("bsn-arabic-indic-digits", "gemini", f"Het BSN van de klant is {ARABIC_BSN}.", (ARABIC_BSN,)),
    _text("aws-key-id-letter-spaced", "responses", _key_id(" ".join(AWS_KEY_ID)), KEY_ID),
    # the needle: the bank code as spelled (its digits alone read as a phone number already)
    _text("iban-nato-alphabet", "anthropic", f"Maak het over naar IBAN {NATO_IBAN}.", ("alfa bravo november alfa",)),
    # Encoded twice: the needle is what is sent (the leak check decodes one level).
    _text("aws-pair-base64-of-base64", "openai", f"Config:\n{TWICE_B64}\n", (TWICE_B64,)),
    _text("pem-gzip-base64", "gemini", f"Sleutelbestand:\n{GZIP_B64}\n", (GZIP_B64,)),
    _text("email-letter-spaced", "openai", f"Stuur de offerte naar {' '.join(EMAIL)} vandaag.", N("email")),
    _text("aws-key-id-split-over-lines", "openai", _key_id(AWS_KEY_ID[:10] + "\n" + AWS_KEY_ID[10:]), KEY_ID),
    _text("aws-key-id-glued-to-secret", "gemini", f"Sleutels: {AWS_KEY_ID}-{AWS_SECRET}", N("aws")),
    _text("aws-key-id-dashed", "anthropic", _key_id("-".join(AWS_KEY_ID[i : i + 4] for i in range(0, 20, 4))), KEY_ID),
    # Split into string literals joined in code, spelled with Dutch words, separated oddly.
    _text(
        "aws-key-id-joined-literals",
        "openai",
        f'key = "{AWS_KEY_ID[:4]}" + "{AWS_KEY_ID[4:12]}" + "{AWS_KEY_ID[12:]}"',
        (AWS_KEY_ID[4:12], AWS_KEY_ID[12:]),
    ),
    _text(
        "email-dutch-words",
        "anthropic",
        "Mail naar jan punt de punt vries apenstaartje example punt nl.",
        ("punt vries apenstaartje example",),
    ),
    _text("ssn-spaced-dashes", "gemini", "My SSN is 536 - 90 - 4399, please fill in the form.", ("536 - 90 - 4399",)),
    _text("ssn-underscores", "responses", "SSN: 536_90_4399", ("536_90_4399",)),
    _text("bsn-comma-digits", "openai", f"Het BSN van de klant is {','.join(BSN)}.", (",".join(BSN),)),
    _text("bsn-keycap-digits", "anthropic", f"Het BSN van de klant is {KEYCAP_BSN}.", (KEYCAP_BSN,)),
    # Names where only the sentence says they are a person's (seventh session; each leaked at 678956c).
    _text(
        "surname-alone-subject",
        "openai",
        "Wheeler approved the budget yesterday; draft the confirmation.",
        ("Wheeler",),
    ),
    _text("first-name-contracted", "anthropic", "Shannon'll handle the client call, you take the notes.", ("Shannon",)),
    _text("first-name-self-intro", "gemini", "Werner hier, even een vraag over de declaratieregeling.", ("Werner",)),
    # Records and comings and goings (eighth session; each leaked at b3a94f0).
    _text("nhs-number-unspaced", "openai", "NHS no. 6426212997 - please check the letter.", ("6426212997",)),
    _text("surname-comma-first-record", "anthropic", "Patient: Kerrigan, Shauna\nReason: follow-up.", ("Kerrigan",)),
    _text("first-name-leaves", "gemini", "Dominic leaves in March, who takes over his accounts?", ("Dominic",)),
    _text("email-after-colon-unspaced", "responses", "Contact:jan@example.nl for the contract.", N("email")),
    _text("bsn-csv-number-after", "openai", f"naam,bsn,geboortedatum\nJan Jansen,{BSN},1981-03-12", (BSN,)),
    _text(
        "name-json-lower-case", "anthropic", 'Fix this: {"firstName": "hope", "lastName": "whitfield"}', ("whitfield",)
    ),
    # Vendor tokens in the shapes of gitleaks' prefix rules (ninth session; each leaked at b45141e).
    _text("dynatrace-token-bare", "openai", f"Waarom krijg ik 401 met {DYNATRACE}?", (DYNATRACE[7:31],)),
    _text("planetscale-password-bare", "anthropic", f"Connect fails: user app, {PSCALE}", (PSCALE[10:40],)),
    _text("openshift-token-bare", "responses", f"Is {OPENSHIFT} nog geldig voor het cluster?", (OPENSHIFT[7:],)),
    _text(
        "product-name-after-relation", "anthropic", "My coworker Jasmine keeps taking credit for my work.", ("Jasmine",)
    ),
    _text(
        "name-spelled-by-address",
        "openai",
        "from: june.lloyd@gmail.com\nsubject: refund\nhi, this is june lloyd, i ordered a lamp and it never came",
        ("june lloyd",),
    ),
    _text(
        "sql-identified-by",
        "gemini",
        "Waarom faalt dit?\nCREATE USER 'report'@'%' IDENTIFIED BY 'Rp9$kLm2Qx';",
        ("Rp9$kLm2Qx",),
    ),
    _text("net-user-password", "openai", "net user svc_backup Hx7!pQ2mZr /add gives error 2245", ("Hx7!pQ2mZr",)),
    _text(
        "url-password-with-hash",
        "gemini",
        "pip install --index-url https://deploy:Xk9#mQ2vLp7Rt4Ws@pypi.acme.nl/simple pkg",
        ("Xk9#mQ2vLp7Rt4Ws",),
    ),
    # White space written as escapes, and values percent-encoded in a URL (twelfth session). At 7a6ca1d
    # the escaped tabs leaked; the others were held, but a URL as one value of one data class.
    _text(
        "escaped-tabs-record",
        "openai",
        f"Fix the parser for this row: naam:\\tPieter Jansen\\tbsn:\\t{BSN}\\ttel:\\t+31612345678",
        (BSN, "+31612345678"),
    ),
    _text(
        "escaped-newlines-log",
        "anthropic",
        'Why does this fail? "user=svc\\npassword=Sup3rS3cret!2024\\nhost=db01"',
        ("Sup3rS3cret!2024",),
    ),
    _text(
        "url-percent-encoded-token",
        "gemini",
        "curl 'https://api.acme.nl/v1/export?access_token=ghp%5F" + _BODY[:36] + "&format=csv' returns 403",
        (_BODY[:36],),
    ),
    _text(
        "url-percent-encoded-iban-and-email",
        "responses",
        "Waarom werkt https://acme.nl/betaal?iban=NL91%20ABNA%200417%20164300&mail=jan%40example.nl niet?",
        N("iban") + N("email"),
    ),
    _text(
        "bsn-split-by-html-tags",
        "openai",
        f"Het BSN is {BSN[:3]}<span>{BSN[3:6]}</span>{BSN[6:]}, klopt dat?",
        (f"{BSN[:3]}<span>{BSN[3:6]}",),
    ),
    _text(
        "iban-wrapped-over-a-line", "anthropic", "Maak het over naar IBAN NL91 ABNA\n0417 1643 00.", ("0417 1643 00",)
    ),
    _text("email-defanged", "gemini", "Stuur de offerte naar jan[@]example[.]nl vandaag.", ("jan[@]example",)),
    _text("bsn-bullet-separated", "responses", "Het BSN van de klant is 111•222•333.", ("111•222•333",)),
    _text("bsn-percent-encoded-digits", "openai", "bsn %31%31%31%32%32%32%33%33%33 graag", N("bsn")),
    _text(
        "aws-key-id-join-list",
        "anthropic",
        f"key = ''.join(['{AWS_KEY_ID[:4]}', '{AWS_KEY_ID[4:12]}', '{AWS_KEY_ID[12:]}'])",
        (AWS_KEY_ID[4:12], AWS_KEY_ID[12:]),
    ),
    _text(
        "surname-in-capitals-register", "gemini", "Naam: VAN DEN BERG, Jan Peter\nGeb.: 12-03-1961", ("VAN DEN BERG",)
    ),
    # Found by the twelfth session's red-team probes (bench/redteam_identifiers.py, redteam_secrets.py,
    # redteam_names.py).
    _text(
        "name-as-file-name", "openai", "Vat kevin-de-graaf-cv.pdf samen, het is zijn sollicitatie.", ("kevin-de-graaf",)
    ),
    _text("name-as-camel-case", "anthropic", "Why is lisaVanDerMeer undefined in my script?", ("lisaVanDerMeer",)),
    _text("passport-mrz-with-bsn", "openai", "Lees de MRZ uit:\n" + MRZ_NL, (MRZ_NL.splitlines()[1][:9], BSN)),
    # a password no key names: by position in a connection call, in a Go DSN, an app password in login()
    _text(
        "password-by-position-in-mysqli",
        "openai",
        'Waarom faalt dit?\n$db = new mysqli("localhost", "shop_user", "v5L2ug3oIaCfCh", "shop");',
        ("v5L2ug3oIaCfCh",),
    ),
    _text(
        "password-in-go-mysql-dsn",
        "anthropic",
        'db, err := sql.Open("mysql", "rooster:U&9z+4mgYake#B@tcp(10.20.0.15:3306)/rooster")',
        ("U&9z+4mgYake#B",),
    ),
    _text(
        "app-password-in-smtp-login",
        "gemini",
        'Fix my script:\nserver.login("reports@example.com", "ofin gwrf grso mepd")',
        ("ofin gwrf grso mepd",),
    ),
    # values in shapes the rules missed at ec3c303: a CSV row without spaces, where the comma after a
    # phone number read as a decimal; Steuer-IDs listed a sentence after their label; a roster table
    _text(
        "phone-in-csv-without-spaces",
        "openai",
        "Dedupe these rows:\nname,phone,street,city\nKevin Ross,617-482-3390,48 Maple Grove Lane,Newton\n"
        "Karen Ross,(617) 924-0571,15 Walnut St,Watertown",
        ("617-482-3390", "924-0571"),
    ),
    _text(
        "steuer-ids-listed-after-a-question",
        "anthropic",
        "Welke van deze Steuer-IDs heb ik al verwerkt in de loonadministratie? 47389025129, 46 020 019 871",
        ("47389025129", "46 020 019 871"),
    ),
    _text(
        "first-names-in-a-roster-table",
        "gemini",
        "| Dienst | Ma | Di |\n|---|---|---|\n| Receptie | Esther | Mustafa |\n| Telefoon | Wendy | Esther |\n"
        "Maak hier een rooster voor december van.",
        ("Mustafa", "Esther"),
    ),
    _text(
        "aws-secret-grouped-by-four",
        "anthropic",
        "Access key ID: "
        + " ".join(AWS_KEY_ID[i : i + 4] for i in range(0, 20, 4))
        + "\nSecret: "
        + " ".join(AWS_SECRET[i : i + 4] for i in range(0, 40, 4)),
        (AWS_SECRET[:8], AWS_SECRET[20:28]),
    ),
    _text(
        "aws-key-id-go-strings-join",
        "gemini",
        f'var id = strings.Join([]string{{"{AWS_KEY_ID[:10]}", "{AWS_KEY_ID[10:]}"}}, "")',
        (AWS_KEY_ID[:10], AWS_KEY_ID[10:]),
    ),
    v(
        "text-openai-split-over-content-parts-email",
        "openai",
        chat([{"type": "text", "text": "mail jan@exa"}, {"type": "text", "text": "mple.nl"}]),
        N("email"),
    ),
    v(
        "text-anthropic-split-over-blocks-iban",
        "anthropic",
        claude([{"type": "text", "text": "IBAN NL91ABNA04"}, {"type": "text", "text": "17164300"}]),
        N("iban"),
    ),
    v("text-gemini-split-over-parts-bsn", "gemini", gemini([{"text": "Het BSN is 11122"}, {"text": "2333"}]), N("bsn")),
    v(
        "text-openai-split-over-messages-aws-key-id",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": _key_id(AWS_KEY_ID[:10])},
                {"role": "user", "content": AWS_KEY_ID[10:]},
            ],
        },
        KEY_ID,
    ),
    v(
        "text-openai-split-iban-over-turns",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": f"Onthoud het begin van het rekeningnummer: {IBAN[:8]}"},
                {"role": "assistant", "content": "Ok."},
                {"role": "user", "content": f"En het einde is {IBAN[8:]}. Plak ze aan elkaar."},
            ],
        },
        (IBAN[:8], IBAN[8:]),
    ),
    v("text-openai-split-bsn-prompt-and-user-field", "openai", chat("BSN begint met 111222", user="333"), (BSN[:6],)),
    v("text-openai-bsn-called-the-number", "openai", chat(f"Controleer dit nummer: {BSN}"), N("bsn")),
    v("text-openai-iban-glued-in-file-name", "openai", chat(f"Bijlage: factuur_{IBAN}_2026-11.pdf"), N("iban")),
    v(
        "text-openai-iban-as-csv-fields",
        "openai",
        chat("naam;land;controle;bank;rekening\nJan;DE;89;37040044;0532013000"),
        ("37040044",),
    ),
    v(
        "text-openai-email-as-octal-escapes",
        "openai",
        chat('char *to = "' + "".join(f"\\{b:03o}" for b in EMAIL.encode()) + '";'),
        ("".join(f"\\{b:03o}" for b in EMAIL.encode()),),
    ),
    v(
        "text-openai-bsn-as-character-codes",
        "openai",
        chat("const bsn = String.fromCharCode(" + ",".join(str(ord(c)) for c in BSN) + ");"),
        (",".join(str(ord(c)) for c in BSN),),
    ),
    v(
        "text-openai-email-as-chr-calls",
        "openai",
        chat("to = " + "+".join(f"chr({b})" for b in EMAIL.encode())),
        ("+".join(f"chr({b})" for b in EMAIL.encode()),),
    ),
    v(
        "text-openai-account-number-to-turn-into-an-iban",
        "openai",
        chat(f"Mijn rekeningnummer bij ABN AMRO is {IBAN[9:]}; reken de IBAN even voor me uit."),
        (IBAN[9:],),
    ),
    v(
        "text-openai-client-in-a-camelcase-class-name",
        "openai",
        chat("class ZorggroepNoorderlichtExporter(BaseExporter):\n    pass\n\nAdd a CSV export to this class."),
        ("ZorggroepNoorderlicht",),
    ),
    v(
        "text-openai-client-hyphenated-over-lines",
        "openai",
        chat("Verslag overleg met Zorg-\ngroep Noorder-\nlicht: zie bijlage."),
        ("groep Noorder",),
    ),
    v(
        "text-openai-split-card-over-two-turns",
        "openai",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": "Mijn kaart begint met 41111111"},
                {"role": "assistant", "content": "Ok."},
                {"role": "user", "content": "en eindigt op 11111111, vervalt 09/28."},
            ],
        },
        ("41111111", "11111111"),
    ),
    v(
        "text-openai-card-with-expiry-glued",
        "openai",
        chat("kaart 41111111111111110928 cvc 123"),
        ("4111111111111111",),
    ),
    v(
        "text-openai-private-jwk",
        "openai",
        chat("Why does jose reject this signing key?\n" + json.dumps({"keys": [_JWK]}, indent=2)),
        ("jpsQnnGQmL-YBIffH1136cLyHmYR8H-j2pJ8qO4A5fE",),
    ),
    v(
        "text-responses-split-over-input-parts-email",
        "responses",
        responses(
            [
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "mail jan@exa"},
                        {"type": "input_text", "text": "mple.nl"},
                    ],
                }
            ]
        ),
        N("email"),
    ),
    _text("base64-aws-pair", "openai", "Decodeer dit: " + b64(AWS_PAIR), N("aws")),
    _text("base64-pem-block", "anthropic", "Decodeer dit: " + b64(PEM), N("pem")),
    _text("hex-email-sentence", "openai", "Decodeer deze hex: " + S("email").encode().hex(), N("email")),
    _text("base32-aws-pair", "gemini", "Decodeer dit: " + base64.b32encode(AWS_PAIR.encode()).decode(), N("aws")),
    # Markdown marks between the pieces of a number; a name written as one identifier.
    _text("iban-markdown-split", "openai", "Maak het over naar IBAN **NL91** _ABNA_ `0417` 164300.", N("iban")),
    _text("bsn-in-file-name", "anthropic", "Wat staat er in de bijlage 111222333-loonstrook.pdf?", N("bsn")),
    _text(
        "base64url-iban-sentence",
        "gemini",
        "Decodeer dit: " + base64.urlsafe_b64encode(S("iban").encode()).decode().rstrip("="),
        N("iban"),
    ),
    _text("base64-bsn-sentence", "responses", "Decodeer dit: " + b64(S("bsn")), N("bsn")),
    _text("hex-aws-pair", "anthropic", "Decodeer deze hex: " + AWS_PAIR.encode().hex(), N("aws")),
    _text("base64-name-sentence", "openai", "Decodeer dit: " + b64(S("name")), N("name")),
    _text("pem-body-without-header", "openai", "Mijn sleutel:\n" + PEM_BODY, N("pem")),
    _text(
        "pem-lower-case-header",
        "anthropic",
        "Mijn sleutel:\n"
        + PEM.replace("BEGIN RSA PRIVATE KEY", "begin rsa private key").replace(
            "END RSA PRIVATE KEY", "end rsa private key"
        ),
        N("pem"),
    ),
    _text("pem-on-one-line", "gemini", "Mijn sleutel: " + PEM.strip().replace("\n", " "), N("pem")),
    v(
        "text-openai-json-escape-akia",
        "openai",
        b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Sleutel voor productie: \\u0041KIA'
        + AWS_KEY_ID[4:].encode()
        + b'"}]}',
        KEY_ID,
    ),
    v(
        "text-openai-json-escape-at-email",
        "openai",
        b'{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Stuur de offerte naar jan\\u0040example.nl vandaag."}]}',
        N("email"),
    ),
    v(
        "text-anthropic-json-escape-iban",
        "anthropic",
        b'{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"IBAN '
        + _escaped(IBAN).encode()
        + b'"}]}',
        N("iban"),
    ),
    v(
        "text-gemini-json-escape-bsn",
        "gemini",
        b'{"contents":[{"role":"user","parts":[{"text":"Het BSN is ' + _escaped(BSN).encode() + b'"}]}]}',
        N("bsn"),
    ),
]

REQUESTS: list[Variant] = [*PARSE, *FIELDS, *TEXT]


# --- host identity (class host) ----------------------------------------------------------------

MISMATCH, JUDGED = "mismatch", "judged"
IP = "IP"  # replaced by 127.0.0.1:<fake upstream port> in the test


@dataclass(frozen=True)
class HostVariant:
    """One request whose names (CONNECT target, TLS SNI, Host or :authority) are chosen freely.

    transport: "tls" (raw CONNECT + TLS + HTTP/1.1), "plain" (absolute-form HTTP to the proxy),
    "h2" (httpx2 over HTTP/2; CONNECT and SNI from the URL host, :authority from `host`).
    """

    id: str
    transport: str
    connect: str | None  # CONNECT target without port (IP: the upstream's address and port)
    sni: str | None  # None: no SNI at all
    host: str | list[str]  # the Host header(s) or :authority
    api: str  # body shape and path
    value: str  # which VALUES entry travels
    expect: str  # MISMATCH: refused with fail_reason host_mismatch; JUDGED: judged as its tool
    tools: frozenset[str]  # the tool a record may name

    @property
    def needles(self) -> tuple[str, ...]:
        return N(self.value)

    @property
    def body(self) -> bytes:
        return dumps(PROMPT[self.api](S(self.value)))

    @property
    def path(self) -> str:
        return API[self.api][1]


def _tools(*names: str | None) -> frozenset[str]:
    out = set()
    for name in names:
        key = (name or "").lower().rstrip(".").split(":")[0]
        if key in TOOLS:
            out.add(TOOLS[key])
    return frozenset(out) or frozenset(TOOLS.values())


def hv(
    id: str,
    transport: str,
    connect: str | None,
    sni: str | None,
    host: str | list[str],
    value: str,
    expect: str,
    api: str = "openai",
) -> HostVariant:
    hosts = host if isinstance(host, list) else [host]
    return HostVariant(f"host-{id}", transport, connect, sni, host, api, value, expect, _tools(connect, sni, *hosts))


OA, A, G, EX, EV = OPENAI_HOST, ANTHROPIC_HOST, GEMINI_HOST, "example.org", "evil.test"
PLAIN_DECOY = "plain.evil.test"  # a decoy served over plain HTTP (absolute-form requests)
HOSTS: list[HostVariant] = [
    # names disagree, one of them a catalogue host: refused, fail_reason host_mismatch
    hv("connect-openai-sni-openai-host-example-org", "tls", OA, OA, EX, "aws", MISMATCH),
    hv("connect-openai-sni-openai-host-evil-test", "tls", OA, OA, EV, "email", MISMATCH),
    hv("connect-example-org-sni-openai-host-example-org", "tls", EX, OA, EX, "email", MISMATCH),
    hv("connect-example-org-sni-openai-host-openai", "tls", EX, OA, OA, "aws", MISMATCH),
    hv("connect-openai-sni-example-org-host-openai", "tls", OA, EX, OA, "email", MISMATCH),
    hv("connect-openai-sni-example-org-host-example-org", "tls", OA, EX, EX, "aws", MISMATCH),
    hv("connect-openai-sni-evil-test-host-evil-test", "tls", OA, EV, EV, "iban", MISMATCH),
    hv("connect-openai-no-sni-host-evil-test", "tls", OA, None, EV, "email", MISMATCH),
    hv("connect-ip-sni-openai-host-example-org", "tls", IP, OA, EX, "aws", MISMATCH),
    hv("connect-openai-sni-openai-host-anthropic", "tls", OA, OA, A, "email", MISMATCH),
    hv("connect-anthropic-sni-anthropic-host-openai", "tls", A, A, OA, "aws", MISMATCH, api="anthropic"),
    hv("connect-gemini-sni-gemini-host-example-org", "tls", G, G, EX, "iban", MISMATCH, api="gemini"),
    hv("connect-gemini-sni-example-org-host-gemini", "tls", G, EX, G, "bsn", MISMATCH, api="gemini"),
    hv("connect-anthropic-no-sni-host-example-org", "tls", A, None, EX, "aws", MISMATCH, api="anthropic"),
    hv("connect-example-org-sni-anthropic-host-anthropic", "tls", EX, A, A, "email", MISMATCH, api="anthropic"),
    hv("connect-ip-sni-openai-host-anthropic", "tls", IP, OA, A, "iban", MISMATCH),
    hv("connect-openai-sni-openai-host-openai-suffix-of-evil", "tls", OA, OA, f"{OA}.evil.test", "email", MISMATCH),
    hv("connect-openai-sni-upper-case-host-example-org", "tls", OA, "API.OPENAI.COM", EX, "aws", MISMATCH),
    hv("connect-openai-sni-openai-two-host-headers", "tls", OA, OA, [OA, EX], "email", MISMATCH),
    hv("plain-absolute-openai-host-example-org", "plain", OA, None, EX, "email", MISMATCH),
    hv("plain-absolute-decoy-host-openai", "plain", PLAIN_DECOY, None, OA, "email", MISMATCH),
    hv("h2-sni-openai-authority-example-org", "h2", OA, OA, EX, "email", MISMATCH),
    hv("h2-sni-openai-authority-anthropic", "h2", OA, OA, A, "aws", MISMATCH),
    # the same host spelled differently, or named by fewer names: judged normally
    hv("connect-ip-sni-openai-host-openai", "tls", IP, OA, OA, "email", JUDGED),
    hv("connect-ip-no-sni-host-openai", "tls", IP, None, OA, "aws", JUDGED),
    hv("connect-ip-sni-anthropic-host-anthropic", "tls", IP, A, A, "iban", JUDGED, api="anthropic"),
    hv("connect-openai-no-sni-host-openai", "tls", OA, None, OA, "email", JUDGED),
    hv("connect-upper-case-names", "tls", "API.OpenAI.com", "API.OpenAI.com", "Api.OpenAI.Com", "email", JUDGED),
    hv("connect-trailing-dot-names", "tls", f"{OA}.", f"{OA}.", f"{OA}.", "aws", JUDGED),
    hv("connect-openai-host-with-port", "tls", OA, OA, f"{OA}:443", "email", JUDGED),
    hv("connect-openai-host-upper-dot-port", "tls", OA, OA, "API.OpenAI.com.:443", "iban", JUDGED),
    hv("plain-absolute-openai-host-openai", "plain", OA, None, OA, "aws", JUDGED),
    hv("h2-consistent-openai", "h2", OA, OA, OA, "email", JUDGED),
]
# Names the redirect addon must route to the fake upstream (it matches the CONNECT host exactly).
REDIRECT_NAMES = [OA, A, G, EX, EV, "API.OpenAI.com", f"{OA}.", "API.OPENAI.COM"]
CERT_NAMES = [OA, A, G, EX, EV, f"{OA}.evil.test"]

# What the proxy cannot defend (documented, not tested): domain fronting where neither the CONNECT
# target nor the SNI names an AI host. A client CONNECTs to cdn.example (or an IP literal), sends
# SNI cdn.example (or none), and inside the TLS names a vendor's API in the Host header (or HTTP/2
# :authority); a CDN that serves both routes the request by Host. The proxy decrypts catalogue hosts
# only, so it never sees that Host header: the request passes as an opaque tunnel, with no record.
# Decrypting every connection (or refusing the CDN) is the only fix. Against this suite's fake
# upstream, which answers for every name, such requests "leak" by construction, so the variants
# CONNECT example.org / SNI example.org / Host api.openai.com (and evil.test, 127.0.0.1 + SNI
# example.org, HTTP/2 with :authority api.openai.com) are deliberately not in HOSTS.


# --- official SDK variants (E: a few per class) -------------------------------------------------


@dataclass(frozen=True)
class SdkVariant:
    id: str
    sdk: str  # "openai", "anthropic", "genai"
    call: Callable[[Any], object]
    needles: tuple[str, ...]
    tool: str
    fail_reason: str | None = None


def _genai_tools(description: str) -> Any:
    from google.genai import types

    return types.GenerateContentConfig(
        tools=[types.Tool(function_declarations=[types.FunctionDeclaration(name="f", description=description)])]
    )


def _genai_system(text: str) -> Any:
    from google.genai import types

    return types.GenerateContentConfig(system_instruction=text)


_oa_msgs = [{"role": "user", "content": HARMLESS}]
SDK: list[SdkVariant] = [
    SdkVariant(
        "host-sdk-openai-host-header-example-org",
        "openai",
        lambda c: c.with_options(default_headers={"Host": EX}).chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": S("email")}]
        ),
        N("email"),
        "openai-api",
        "host_mismatch",
    ),
    SdkVariant(
        "parse-sdk-openai-extra-body-Messages",
        "openai",
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini", messages=_oa_msgs, extra_body={"Messages": [{"role": "user", "content": S("aws")}]}
        ),
        N("aws"),
        "openai-api",
        AMBIGUOUS,
    ),
    SdkVariant(
        "parse-sdk-anthropic-extra-body-Messages",
        "anthropic",
        lambda c: c.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=64,
            messages=_oa_msgs,
            extra_body={"Messages": [{"role": "user", "content": S("aws")}]},
        ),
        N("aws"),
        "anthropic-api",
        AMBIGUOUS,
    ),
    SdkVariant(
        "fields-sdk-openai-tools-description",
        "openai",
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini",
            messages=_oa_msgs,
            tools=[{"type": "function", "function": {**_fn, "description": S("email")}}],
        ),
        N("email"),
        "openai-api",
    ),
    SdkVariant(
        "fields-sdk-openai-metadata",
        "openai",
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini", messages=_oa_msgs, store=True, metadata={"note": S("iban")}
        ),
        N("iban"),
        "openai-api",
    ),
    SdkVariant(
        "fields-sdk-openai-extra-body-unknown-key",
        "openai",
        lambda c: c.chat.completions.create(model="gpt-4o-mini", messages=_oa_msgs, extra_body={"x_notes": S("aws")}),
        N("aws"),
        "openai-api",
    ),
    SdkVariant(
        "fields-sdk-openai-extra-headers",
        "openai",
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini", messages=_oa_msgs, extra_headers={"X-Note": f"BSN {BSN}"}
        ),
        N("bsn"),
        "openai-api",
    ),
    SdkVariant(
        "fields-sdk-openai-extra-query",
        "openai",
        lambda c: c.chat.completions.create(model="gpt-4o-mini", messages=_oa_msgs, extra_query={"q": EMAIL}),
        N("email"),
        "openai-api",
    ),
    SdkVariant(
        "fields-sdk-openai-responses-tool-description",
        "openai",
        lambda c: c.responses.create(
            model="gpt-4o-mini",
            input=HARMLESS,
            tools=[{"type": "function", "name": "f", "description": S("pem"), "parameters": SCHEMA, "strict": False}],
        ),
        N("pem"),
        "openai-api",
    ),
    SdkVariant(
        "fields-sdk-anthropic-tool-description",
        "anthropic",
        lambda c: c.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=64,
            messages=_oa_msgs,
            tools=[{"name": "f", "description": S("email"), "input_schema": SCHEMA}],
        ),
        N("email"),
        "anthropic-api",
    ),
    SdkVariant(
        "fields-sdk-anthropic-metadata-user-id",
        "anthropic",
        lambda c: c.messages.create(
            model="claude-sonnet-4-5", max_tokens=64, messages=_oa_msgs, metadata={"user_id": EMAIL}
        ),
        N("email"),
        "anthropic-api",
    ),
    SdkVariant(
        "fields-sdk-anthropic-system-array",
        "anthropic",
        lambda c: c.messages.create(
            model="claude-sonnet-4-5", max_tokens=64, messages=_oa_msgs, system=[{"type": "text", "text": S("iban")}]
        ),
        N("iban"),
        "anthropic-api",
    ),
    SdkVariant(
        "fields-sdk-anthropic-thinking-block",
        "anthropic",
        lambda c: c.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=64,
            messages=[
                {"role": "user", "content": HARMLESS},
                {
                    "role": "assistant",
                    "content": [
                        {"type": "thinking", "thinking": S("bsn"), "signature": "c2ln"},
                        {"type": "text", "text": "ok"},
                    ],
                },
                {"role": "user", "content": "Ga door."},
            ],
        ),
        N("bsn"),
        "anthropic-api",
    ),
    SdkVariant(
        "fields-sdk-genai-function-declaration-description",
        "genai",
        lambda c: c.models.generate_content(
            model="gemini-2.0-flash", contents=HARMLESS, config=_genai_tools(S("email"))
        ),
        N("email"),
        "gemini-api",
    ),
    SdkVariant(
        "fields-sdk-genai-system-instruction",
        "genai",
        lambda c: c.models.generate_content(
            model="gemini-2.0-flash", contents=HARMLESS, config=_genai_system(S("aws"))
        ),
        N("aws"),
        "gemini-api",
    ),
    SdkVariant(
        "text-sdk-openai-zwsp-email",
        "openai",
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": "Stuur de offerte naar jan@exa\u200bmple.nl vandaag."}],
        ),
        N("email"),
        "openai-api",
    ),
    SdkVariant(
        "text-sdk-anthropic-fullwidth-iban",
        "anthropic",
        lambda c: c.messages.create(
            model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": f"IBAN {fullwidth(IBAN)}"}]
        ),
        N("iban"),
        "anthropic-api",
    ),
    SdkVariant(
        "text-sdk-openai-base64-aws-pair",
        "openai",
        lambda c: c.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "Decodeer dit: " + b64(AWS_PAIR)}]
        ),
        N("aws"),
        "openai-api",
    ),
    SdkVariant(
        "text-sdk-genai-split-parts-bsn",
        "genai",
        lambda c: c.models.generate_content(
            model="gemini-2.0-flash",
            contents=[{"role": "user", "parts": [{"text": "Het BSN is 11122"}, {"text": "2333"}]}],
        ),
        N("bsn"),
        "gemini-api",
    ),
]


# --- harmless requests (must arrive byte for byte) -----------------------------------------------

HARMLESS_REQUESTS: list[Variant] = [
    v("harmless-openai-chat", "openai", chat(HARMLESS, temperature=0.2), ()),
    v(
        "harmless-openai-chat-tools-metadata",
        "openai",
        chat(
            HARMLESS,
            store=True,
            metadata={"team": "platform"},
            tools=[{"type": "function", "function": {**_fn, "description": "Send a mail."}}],
        ),
        (),
    ),
    v("harmless-openai-responses", "responses", responses(HARMLESS, instructions="Antwoord kort."), ()),
    v(
        "harmless-openai-responses-tools",
        "responses",
        responses(
            HARMLESS,
            tools=[{"type": "function", "name": "f", "description": "Look up the weather.", "parameters": SCHEMA}],
        ),
        (),
    ),
    v("harmless-anthropic", "anthropic", claude(HARMLESS, system="Antwoord in het Nederlands."), ()),
    v(
        "harmless-anthropic-tools",
        "anthropic",
        claude(HARMLESS, tools=[{"name": "f", "description": "Look up the weather.", "input_schema": SCHEMA}]),
        (),
    ),
    v("harmless-gemini", "gemini", gemini(HARMLESS), ()),
    v(
        "harmless-gemini-function-declarations",
        "gemini",
        gemini(
            HARMLESS,
            tools=[
                {"functionDeclarations": [{"name": "f", "description": "Look up the weather.", "parameters": SCHEMA}]}
            ],
        ),
        (),
    ),
    v("harmless-openai-query-string", "openai", chat(HARMLESS), (), path=f"{CHAT}?api-version=2024-10-01"),
    v(
        "harmless-openai-custom-headers",
        "openai",
        chat(HARMLESS),
        (),
        headers={"x-request-id": "req-42", "openai-organization": "org-test"},
    ),
    v("harmless-unicode-prompt", "openai", chat("Prijs: € 12,50 ✓ — “citaat”, café."), ()),
]
