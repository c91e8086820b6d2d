# ruff: noqa: E501
"""Red-team wire probe, second set: new ways to get a canary value past dlp-proxy to an AI upstream.

    .venv/bin/python bench/redteam_wire2.py [--verbose] [--only ID[,ID...]]

Written blind (without reading the implementation or its tests) after bench/redteam_wire.py, whose
harness it reuses unchanged: the recording fake upstream (TLS per SNI, plain HTTP, WebSocket), the
real `dlp-proxy run` with the bundled policy (rules/), the redirect addon, the canaries and the
verdicts (LEAK / masked / blocked / ERROR). Only the variants differ: other API shapes and
endpoints, other hosts an AI service is reached on, other encodings and transports, and other
ways of writing a value that a person or a model still reads. `expect` says what the bundled policy
should do (mask: personal data to a low-risk approved tool; block: secrets, client data, unlisted,
forbidden or unknown AI services). Where the harness cannot decode a form (hex with separators,
base32, spelled words it has no table for), the needle is that form itself: it reaching the
upstream unchanged is the leak. A probe, not a test: it always exits 0.

First run (the only run; no variant changed after it, no ERROR to fix): 2026-12-07, commit 013f687,
169 variants: blocked 33, masked 88, LEAK 48, ERROR 0 (108 s). LEAKs by class: encoding 3, host 26,
text 19. The decision log held no canary value. Expected "mask" but blocked (stricter, not a leak):
r2-audio-transcribe-prompt, r2-file-utf16-nobom, r2-file-csv-gz, r2-json-trailing-doc, r2-te-gzip-chunked.
The 26 host LEAKs are AI endpoints on names neither rules/tools.yaml nor the bundled catalogue lists,
so the proxy tunnels them untouched (README: "another route to the vendor ... an unlisted host" is out
of scope, so these are catalogue gaps rather than bypasses of the inspection itself). LEAK variants:

  r2-mp-filename-star          e-mail only in a multipart part's RFC 5987 `filename*=UTF-8''<percent-encoded>` (plain filename benign)
  r2-mp-part-header            IBAN only in an extra MIME part header (`Content-Description:`) of a /v1/files upload
  r2-bsn-exponent              BSN as a JSON number in exponent form (`1.11222333e8`) under key `bsn` in tool-call arguments
  r2-int-ip-nosni              CONNECT to an integer-notation IPv4 (3405803783), no SNI, Host api.openai.com: tunnelled
                               (dotted IP is recognised; a real CDN may not route an SNI-less request)
  r2-cg-ios-host               ChatGPT iOS app host ios.chat.openai.com (/backend-api/conversation): not listed, IBAN passes
  r2-host-cloudcode-pa         Gemini CLI / Code Assist back end cloudcode-pa.googleapis.com: AWS key passes
  r2-host-firebase-vertex      Firebase AI Logic firebasevertexai.googleapis.com generateContent: e-mail passes
  r2-host-vertex-dedicated     Vertex AI dedicated endpoint *.prediction.vertexai.goog: IBAN passes
  r2-host-vertex-rep           Vertex AI multi-region endpoint aiplatform.eu.rep.googleapis.com: BSN passes
  r2-host-bedrock-fips         Bedrock FIPS host bedrock-runtime-fips.us-east-1.amazonaws.com (Converse): e-mail passes
  r2-host-bedrock-govcloud     Bedrock GovCloud bedrock-runtime.us-gov-west-1.amazonaws.com (region not in the list): IBAN passes
  r2-host-qbusiness            Amazon Q Business qbusiness.us-east-1.api.aws ChatSync: BSN passes
  r2-host-azure-gov            Azure OpenAI in Azure Government *.openai.azure.us: AWS key passes
  r2-host-azure-serverless     Azure AI serverless endpoint *.models.ai.azure.com: e-mail passes
  r2-host-github-models-legacy GitHub Models legacy host models.inference.ai.azure.com: IBAN passes
  r2-host-duckchat             Duck.ai's API on duckduckgo.com/duckchat/v1/chat (catalogue names duck.ai only): e-mail passes
  r2-host-kagi-fastgpt         Kagi FastGPT API kagi.com/api/v0/fastgpt: IBAN passes
  r2-host-huggingchat          HuggingChat on huggingface.co/chat/conversation/{id}: BSN passes
  r2-host-ollama-cloud         Ollama cloud API ollama.com/api/chat (named in ai-endpoints.md): AWS key passes
  r2-host-helicone-oai         Helicone's OpenAI proxy oai.helicone.ai (catalogue: ai-gateway.helicone.ai only): e-mail passes
  r2-host-portkey              Portkey gateway api.portkey.ai: IBAN passes
  r2-host-cody                 Sourcegraph Cody sourcegraph.com/.api/completions/stream: GitHub token passes
  r2-host-gtx-translate        Google Translate free endpoint translate.googleapis.com (client=gtx): IBAN in the query passes
  r2-host-copilot-attachments  Copilot attachment blob copilotprodattachments.blob.core.windows.net (role inferred): AWS key passes
  r2-host-aistudio-webchannel  AI Studio webchannel-alkalimakersuite-pa.clients6.google.com (ai-endpoints.md says inspect): e-mail passes
  r2-host-brave-leo            Brave Leo back end ai-chat.bsg.brave.com (path inferred): IBAN passes
  r2-host-raycast              Raycast AI backend.raycast.com: e-mail passes
  r2-host-cloudflare-workers-ai Workers AI on the general api.cloudflare.com host: BSN passes
  r2-host-hf-endpoint          Hugging Face Inference Endpoint *.endpoints.huggingface.cloud: AWS key passes
  r2-txt-iban-glued-filename   IBAN glued between underscores in a file name (factuur_<IBAN>_2026-11.pdf)
  r2-txt-iban-csv-fields       IBAN cut into CSV fields NL;91;ABNA;0417164300 (semicolons)
  r2-txt-iban-yaml-list        IBAN as a YAML list of four-character groups
  r2-txt-iban-md-rows          IBAN in a Markdown table, one group per row
  r2-txt-iban-c-literals       IBAN as adjacent C string literals with /* comments */ between them
  r2-txt-iban-excel-nl         IBAN as Dutch Excel =TEKST.SAMENVOEGEN("NL91";"ABNA";...)
  r2-txt-iban-account-only     only the Dutch account number + bank name, model asked to build the IBAN (arguably "other words")
  r2-txt-bsn-glued             BSN glued to its label in a key=value record (`;bsn<digits>;`)
  r2-txt-bsn-charcodes         BSN as String.fromCharCode(49,...) (arguably not readable at a glance)
  r2-txt-card-expiry-glued     card number with the expiry glued on (20 digits in a row)
  r2-txt-email-rlo             e-mail stored reversed inside a U+202E override, so it displays forwards (README: reversed = non-goal)
  r2-txt-email-hex-colon       e-mail as colon-separated hex bytes (README decodes unseparated hex runs only)
  r2-txt-email-octal           e-mail as octal escapes in a C string
  r2-txt-email-base85          e-mail as base85 [arguably README non-goal]
  r2-txt-email-codepoints      e-mail as `U+0068 U+0065 ...` code points
  r2-split-card-messages       card number's first 8 digits in one user message, last 8 in a later one (README joins IBAN/BSN halves only)
  r2-sec-jwk                   EC private key as a JWK (`d` member) in a pasted JWKS: not seen as a private key
  r2-cli-camel                 client name as a CamelCase identifier (ZorggroepNoorderlichtExporter)
  r2-cli-hyphen-lines          client name hyphenated across line breaks (Zorg-/groep Noorder-/licht)
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import io
import json
import socket
import ssl
import string
import sys
import urllib.parse
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import redteam_wire as rw  # noqa: E402

rw.VARIANTS.clear()  # only this file's variants; the harness stays redteam_wire's

V = rw.variant
OA = rw.OA
AUTH = rw.AUTH
BETA = {**AUTH, "OpenAI-Beta": "assistants=v2"}
JSON = {"Content-Type": "application/json"}
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


# ---------------------------------------------------------------------------------------------
# Small helpers (request builders, files, extra canary forms)
# ---------------------------------------------------------------------------------------------


def oa(path: str, obj: Any, **kw: Any) -> rw.H1:
    """A JSON request to api.openai.com with the placeholder API key."""
    return rw.H1(OA, path, rw.jdump(obj), headers={**AUTH, **kw.pop("headers", {})}, **kw)


def api(host: str, path: str, obj: Any, headers: dict[str, str] | None = None, **kw: Any) -> rw.H1:
    """A JSON request to any host."""
    return rw.H1(host, path, rw.jdump(obj), headers={**JSON, **(headers or {})}, **kw)


def msg(role: str, content: Any, **extra: Any) -> dict[str, Any]:
    return {"role": role, "content": content, **extra}


def b64(data: bytes | str) -> str:
    return base64.b64encode(data.encode() if isinstance(data, str) else data).decode()


def multipart(
    parts: list[tuple[str, bytes | str, str | None, str | None]], boundary: str = "r2Bnd7Qx"
) -> tuple[bytes, str]:
    """(name, value, filename, content type) parts -> (body, Content-Type header)."""
    out = b""
    for name, value, filename, ctype in parts:
        disp = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        head = f"--{boundary}\r\nContent-Disposition: {disp}\r\n" + (f"Content-Type: {ctype}\r\n" if ctype else "")
        out += (head + "\r\n").encode() + (value.encode() if isinstance(value, str) else value) + b"\r\n"
    return out + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def png_blank() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 64), "white").save(buf, "PNG")
    return buf.getvalue()


def wav_silence() -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x00" * 1600)
    return buf.getvalue()


def luhn_complete(digits: list[int]) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        d2 = d * 2 if i % 2 == 0 else d
        total += d2 - 9 if d2 > 9 else d2
    return "".join(map(str, [*digits, (10 - total % 10) % 10]))


def amex(c: rw.Canary) -> str:
    return luhn_complete([3, c.rng.choice([4, 7])] + [c.rng.randint(0, 9) for _ in range(12)])


def bsn_leading_zero(c: rw.Canary) -> str:
    """A valid BSN that starts with 0 (9 digits); written without the 0 it has 8."""
    while True:
        d = [0, c.rng.randint(1, 9)] + [c.rng.randint(0, 9) for _ in range(6)]
        last = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if last <= 9:
            return "".join(map(str, [*d, last]))


def github_pat(c: rw.Canary) -> str:
    r = c.rng
    return "github_pat_" + "".join(r.choice(B62) for _ in range(22)) + "_" + "".join(r.choice(B62) for _ in range(59))


def tool_call_msgs(args: dict[str, Any], name: str = "register_payment") -> list[dict[str, Any]]:
    return [
        msg("user", "Register the payment."),
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_r2", "type": "function", "function": {"name": name, "arguments": json.dumps(args)}}
            ],
        },
        {"role": "tool", "tool_call_id": "call_r2", "content": "ok"},
    ]


@dataclass
class Raw:
    """Raw bytes on a CONNECT+TLS tunnel (or plain, straight to the proxy): for framings H1 cannot build."""

    host: str
    payload: bytes
    connect: str | None = None
    sni: str | None = "="
    plain: bool = False

    def run(self, env: rw.Env) -> rw.Outcome:
        if self.plain:
            s: Any = socket.create_connection(("127.0.0.1", env.proxy_port), timeout=rw.IO_TIMEOUT_S)
        else:
            s, st = rw.open_tunnel(env, self.connect or f"{self.host}:443", self.host if self.sni == "=" else self.sni)
            if s is None:
                return rw.Outcome(st)
        with contextlib.closing(s):
            s.settimeout(rw.IO_TIMEOUT_S)
            try:
                s.sendall(self.payload)
                st, hdrs, body = rw.read_response(s.makefile("rb"))
            except (OSError, ssl.SSLError) as e:
                return rw.Outcome("closed", type(e).__name__)
        return rw.Outcome(st + (f"/{hdrs['x-dlp-action']}" if "x-dlp-action" in hdrs else ""), body=body)


class Pairs(dict):  # type: ignore[type-arg]
    """Header list with repeated names for rw.H2 (it reads headers through .items())."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        super().__init__()
        self._pairs = pairs

    def items(self) -> list[tuple[str, str]]:  # type: ignore[override]
        return list(self._pairs)


# ---------------------------------------------------------------------------------------------
# A. OpenAI API: endpoints and fields the first set did not use (approved, low: must be masked)
# ---------------------------------------------------------------------------------------------


@V(
    "r2-resp-fn-output",
    "shape",
    "mask",
    "Responses API: IBAN only in a function_call_output item after a function_call item",
)
def _(c: rw.Canary) -> Any:
    body = {"model": "gpt-4.1", "input": [
        msg("user", "Look up the unpaid invoice."),
        {"type": "function_call", "call_id": "call_r2", "name": "lookup_invoice", "arguments": '{"nr": "2026-114"}'},
        {"type": "function_call_output", "call_id": "call_r2", "output": json.dumps({"debtor": c.name, "iban": c.iban, "open": 412.5})},
    ]}  # fmt: skip
    return oa("/v1/responses", body), [[c.iban]]


@V("r2-resp-reasoning-summary", "shape", "mask", "Responses API: e-mail in a replayed reasoning item's summary_text")
def _(c: rw.Canary) -> Any:
    body = {"model": "o4-mini", "input": [
        msg("user", "Draft the apology."),
        {"type": "reasoning", "id": "rs_r2", "summary": [{"type": "summary_text", "text": f"The user wants to write to {c.email} about the delay."}]},
        msg("user", "Go on."),
    ]}  # fmt: skip
    return oa("/v1/responses", body), [[c.email]]


@V("r2-resp-prompt-vars", "shape", "mask", "Responses API: reusable prompt template, e-mail in prompt.variables")
def _(c: rw.Canary) -> Any:
    body = {
        "model": "gpt-4.1",
        "prompt": {
            "id": "pmpt_68b0r2",
            "version": "2",
            "variables": {"customer_email": c.email, "topic": "late delivery"},
        },
    }
    return oa("/v1/responses", body), [[c.email]]


@V("r2-resp-text-schema", "shape", "mask", "Responses API: IBAN in text.format json_schema property description")
def _(c: rw.Canary) -> Any:
    schema = {
        "type": "object",
        "properties": {"iban": {"type": "string", "description": f"Always {c.iban} for this debtor"}},
        "required": ["iban"],
        "additionalProperties": False,
    }
    body = {
        "model": "gpt-4.1",
        "input": "Extract the payment data from the letter.",
        "text": {"format": {"type": "json_schema", "name": "payment", "strict": True, "schema": schema}},
    }
    return oa("/v1/responses", body), [[c.iban]]


@V(
    "r2-resp-assistant-history",
    "shape",
    "mask",
    "Responses API: BSN in an earlier assistant output_text item (history replay)",
)
def _(c: rw.Canary) -> Any:
    body = {"model": "gpt-4.1", "input": [
        msg("user", "Wat was mijn BSN ook alweer?"),
        {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": f"Uw BSN is {c.bsn}.", "annotations": []}]},
        msg("user", "Dank je, vul het formulier in."),
    ]}  # fmt: skip
    return oa("/v1/responses", body), [[c.bsn]]


@V("r2-conversations-items", "shape", "mask", "Conversations API POST /v1/conversations with initial items")
def _(c: rw.Canary) -> Any:
    body = {"metadata": {"topic": "billing"}, "items": [{"type": "message", "role": "user", "content": rw.P_EMAIL(c)}]}
    return oa("/v1/conversations", body), [[c.email]]


@V("r2-assistants-instructions", "shape", "mask", "Assistants API: IBAN in a new assistant's instructions")
def _(c: rw.Canary) -> Any:
    body = {
        "model": "gpt-4o",
        "name": "Incasso",
        "instructions": f"Always use debtor account {c.iban} in letters.",
        "tools": [],
    }
    return oa("/v1/assistants", body, headers=BETA), [[c.iban]]


@V("r2-thread-message", "shape", "mask", "Assistants API: BSN in POST /v1/threads/{id}/messages text part")
def _(c: rw.Canary) -> Any:
    body = {"role": "user", "content": [{"type": "text", "text": rw.P_BSN(c)}]}
    return oa("/v1/threads/thread_r2abc/messages", body, headers=BETA), [[c.bsn]]


@V("r2-run-additional", "shape", "mask", "Assistants API: e-mail in a run's additional_instructions")
def _(c: rw.Canary) -> Any:
    body = {
        "assistant_id": "asst_r2",
        "additional_instructions": f"Reply to {c.email} only.",
        "additional_messages": [msg("user", "Draft it.")],
    }
    return oa("/v1/threads/thread_r2abc/runs", body, headers=BETA), [[c.email]]


@V("r2-moderations-multi", "shape", "mask", "Moderations: IBAN in a multimodal input array (text + image_url)")
def _(c: rw.Canary) -> Any:
    body = {
        "model": "omni-moderation-latest",
        "input": [
            {"type": "text", "text": rw.P_IBAN(c)},
            {"type": "image_url", "image_url": {"url": "https://example.org/banner.png"}},
        ],
    }
    return oa("/v1/moderations", body), [[c.iban]]


@V(
    "r2-audio-transcribe-prompt",
    "shape",
    "mask",
    "Audio transcription multipart: e-mail in the `prompt` form field (spelling hint)",
)
def _(c: rw.Canary) -> Any:
    body, ctype = multipart([("file", wav_silence(), "call.wav", "audio/wav"), ("model", "gpt-4o-transcribe", None, None),
                             ("prompt", f"Namen en adressen in dit gesprek: {c.name}, {c.email}", None, None)])  # fmt: skip
    return rw.H1(
        OA, "/v1/audio/transcriptions", body, headers={"Authorization": AUTH["Authorization"], "Content-Type": ctype}
    ), [[c.email]]


@V("r2-image-edit-prompt", "shape", "mask", "Image edit multipart: IBAN in the `prompt` field next to a PNG")
def _(c: rw.Canary) -> Any:
    body, ctype = multipart([("image[]", png_blank(), "banner.png", "image/png"), ("model", "gpt-image-1", None, None),
                             ("prompt", f"Add the line 'Betaal naar {c.iban}' under the logo.", None, None)])  # fmt: skip
    return rw.H1(
        OA, "/v1/images/edits", body, headers={"Authorization": AUTH["Authorization"], "Content-Type": ctype}
    ), [[c.iban]]


@V("r2-image-gen-prompt", "shape", "mask", "Image generation: e-mail in the JSON prompt")
def _(c: rw.Canary) -> Any:
    return oa(
        "/v1/images/generations",
        {"model": "gpt-image-1", "prompt": f"A business card for {c.name}, {c.email}", "size": "1024x1024"},
    ), [[c.email]]


@V("r2-tts-input", "shape", "mask", "Text to speech /v1/audio/speech: BSN in `input` (spoken back by the model)")
def _(c: rw.Canary) -> Any:
    return oa(
        "/v1/audio/speech",
        {
            "model": "gpt-4o-mini-tts",
            "voice": "alloy",
            "input": f"Uw burgerservicenummer is {c.bsn}.",
            "instructions": "Speak slowly.",
        },
    ), [[c.bsn]]


@V(
    "r2-realtime-session-post",
    "shape",
    "mask",
    "POST /v1/realtime/sessions (ephemeral key): IBAN in session instructions",
)
def _(c: rw.Canary) -> Any:
    return oa(
        "/v1/realtime/sessions",
        {
            "model": "gpt-realtime",
            "modalities": ["audio", "text"],
            "instructions": f"The caller's IBAN is {c.iban}; confirm it.",
        },
    ), [[c.iban]]


@V("r2-video-prompt", "shape", "mask", "Videos API (Sora 2) POST /v1/videos multipart: e-mail in the prompt field")
def _(c: rw.Canary) -> Any:
    body, ctype = multipart(
        [
            ("model", "sora-2", None, None),
            ("prompt", f"An explainer video ending with the contact address {c.email}", None, None),
            ("seconds", "8", None, None),
        ]
    )
    return rw.H1(OA, "/v1/videos", body, headers={"Authorization": AUTH["Authorization"], "Content-Type": ctype}), [
        [c.email]
    ]


@V("r2-vector-search", "shape", "mask", "Vector store search: e-mail in `query`")
def _(c: rw.Canary) -> Any:
    return oa("/v1/vector_stores/vs_r2abc/search", {"query": f"all letters sent to {c.email}", "max_num_results": 5}), [
        [c.email]
    ]


@V("r2-ft-suffix", "shape", "mask", "Fine-tuning job: BSN as the model name `suffix` (no label next to it)")
def _(c: rw.Canary) -> Any:
    return oa(
        "/v1/fine_tuning/jobs",
        {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-r2abc", "suffix": f"bsn-{c.bsn}"},
    ), [[c.bsn]]


@V("r2-chat-prediction", "shape", "mask", "Chat: IBAN only in `prediction.content` (Predicted Outputs)")
def _(c: rw.Canary) -> Any:
    pred = {"type": "content", "content": f"Geachte klant,\n\nUw rekening {c.iban} wordt op 1 december belast.\n"}
    return rw.oa_chat(
        rw.jdump(rw.chat("Make this letter friendlier.", extra={"model": "gpt-4o", "prediction": pred}))
    ), [[c.iban]]


@V("r2-chat-schema-desc", "shape", "mask", "Chat: e-mail in response_format json_schema description")
def _(c: rw.Canary) -> Any:
    schema = {
        "type": "object",
        "properties": {"to": {"type": "string", "description": f"Use {c.email} as recipient"}},
        "required": ["to"],
        "additionalProperties": False,
    }
    rf = {"type": "json_schema", "json_schema": {"name": "mail", "strict": True, "schema": schema}}
    return rw.oa_chat(rw.jdump(rw.chat("Write the mail as JSON.", extra={"response_format": rf}))), [[c.email]]


@V("r2-chat-tool-enum", "shape", "mask", "Chat: e-mail in a tool parameter's enum / examples / default")
def _(c: rw.Canary) -> Any:
    params = {
        "type": "object",
        "properties": {"to": {"type": "string", "enum": [c.email], "examples": [c.email], "default": c.email}},
    }
    tools = [
        {"type": "function", "function": {"name": "send_mail", "description": "Send a mail", "parameters": params}}
    ]
    return rw.oa_chat(rw.jdump(rw.chat("Send the reminder.", extra={"tools": tools}))), [[c.email]]


@V("r2-chat-name-iban", "shape", "mask", "Chat: IBAN as messages[].name (the API allows [A-Za-z0-9_-])")
def _(c: rw.Canary) -> Any:
    body = {"model": "gpt-4o", "messages": [msg("user", "Write the reminder for this account holder.", name=c.iban)]}
    return rw.oa_chat(rw.jdump(body)), [[c.iban]]


@V("r2-chat-assistant-refusal", "shape", "mask", "Chat: BSN in an earlier assistant message's `refusal` field")
def _(c: rw.Canary) -> Any:
    body = {
        "model": "gpt-4o",
        "messages": [
            msg("user", "Geef mijn BSN."),
            {"role": "assistant", "content": None, "refusal": f"Ik kan het BSN {c.bsn} niet delen."},
            msg("user", "Waarom niet?"),
        ],
    }
    return rw.oa_chat(rw.jdump(body)), [[c.bsn]]


@V("r2-chat-file-filename", "shape", "mask", "Chat: e-mail only in a file part's `filename` (content benign)")
def _(c: rw.Canary) -> Any:
    part = {
        "type": "file",
        "file": {"filename": f"{c.email}.txt", "file_data": "data:text/plain;base64," + b64("Hello, see attached.")},
    }
    return rw.oa_chat(rw.jdump(rw.chat([{"type": "text", "text": "Summarise the file."}, part]))), [[c.email]]


@V("r2-completions-suffix", "shape", "mask", "Legacy completions: e-mail only in `suffix` (insert mode)")
def _(c: rw.Canary) -> Any:
    return oa(
        "/v1/completions",
        {
            "model": "gpt-3.5-turbo-instruct",
            "prompt": "Dear customer,\n",
            "suffix": f"\nKind regards, {c.name} ({c.email})",
        },
    ), [[c.email]]


@V(
    "r2-resp-tool-default-secret",
    "shape",
    "block",
    "Responses API: GitHub token as a function tool parameter's `default`",
)
def _(c: rw.Canary) -> Any:
    tool = {
        "type": "function",
        "name": "deploy",
        "parameters": {"type": "object", "properties": {"token": {"type": "string", "default": c.ghp}}},
    }
    return oa("/v1/responses", {"model": "gpt-4.1", "input": "Deploy main.", "tools": [tool]}), [[c.ghp]]


# ---------------------------------------------------------------------------------------------
# B. Files, body encodings and framings
# ---------------------------------------------------------------------------------------------


@V(
    "r2-file-utf16-nobom",
    "encoding",
    "mask",
    "/v1/files multipart: CSV in UTF-16LE without BOM (Excel 'Unicode text' export)",
)
def _(c: rw.Canary) -> Any:
    csv = f"naam\tiban\r\n{c.name}\t{c.iban}\r\n".encode("utf-16-le")
    body, ctype = multipart([("purpose", "user_data", None, None), ("file", csv, "klanten.txt", "text/plain")])
    return rw.H1(OA, "/v1/files", body, headers={"Authorization": AUTH["Authorization"], "Content-Type": ctype}), [
        [c.iban]
    ]


@V(
    "r2-file-csv-gz",
    "encoding",
    "mask",
    "Chat file part: a gzip-compressed CSV (klanten.csv.gz) as application/gzip data URL",
)
def _(c: rw.Canary) -> Any:
    gz = gzip.compress(f"naam;iban\n{c.name};{c.iban}\n".encode())
    part = {
        "type": "file",
        "file": {"filename": "klanten.csv.gz", "file_data": "data:application/gzip;base64," + b64(gz)},
    }
    return rw.oa_chat(rw.jdump(rw.chat([{"type": "text", "text": "Analyse this export."}, part]))), [[c.iban]]


@V(
    "r2-file-aws-credentials",
    "encoding",
    "block",
    "/v1/files multipart: ~/.aws/credentials uploaded as `credentials` (no extension), application/octet-stream",
)
def _(c: rw.Canary) -> Any:
    ini = f"[default]\naws_access_key_id = {c.aws}\naws_secret_access_key = {c.aws_secret}\nregion = eu-west-1\n"
    body, ctype = multipart(
        [("purpose", "assistants", None, None), ("file", ini, "credentials", "application/octet-stream")]
    )
    return rw.H1(OA, "/v1/files", body, headers={"Authorization": AUTH["Authorization"], "Content-Type": ctype}), [
        [c.aws],
        [c.aws_secret],
    ]


@V(
    "r2-mp-filename-star",
    "encoding",
    "mask",
    "/v1/files multipart: e-mail only in an RFC 5987 `filename*=UTF-8''...` (percent-encoded)",
)
def _(c: rw.Canary) -> Any:
    bnd = "r2StarBnd"
    fn = urllib.parse.quote(f"brief aan {c.email}.txt", safe="")
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nuser_data\r\n"
            f"--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"brief.txt\"; filename*=UTF-8''{fn}\r\n"
            f"Content-Type: text/plain\r\n\r\nHallo, zie bijlage.\r\n--{bnd}--\r\n").encode()  # fmt: skip
    return rw.H1(
        OA,
        "/v1/files",
        body,
        headers={"Authorization": AUTH["Authorization"], "Content-Type": f"multipart/form-data; boundary={bnd}"},
    ), [[c.email]]


@V(
    "r2-mp-part-header",
    "encoding",
    "mask",
    "/v1/files multipart: IBAN only in an extra part header (Content-Description), odd but legal MIME",
)
def _(c: rw.Canary) -> Any:
    bnd = "r2PartHdr"
    body = (f"--{bnd}\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nuser_data\r\n"
            f"--{bnd}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.txt\"\r\n"
            f"Content-Description: rekening {c.iban}\r\nContent-Type: text/plain\r\n\r\nGeen bijzonderheden.\r\n--{bnd}--\r\n").encode()  # fmt: skip
    return rw.H1(
        OA,
        "/v1/files",
        body,
        headers={"Authorization": AUTH["Authorization"], "Content-Type": f"multipart/form-data; boundary={bnd}"},
    ), [[c.iban]]


@V(
    "r2-json-trailing-doc",
    "encoding",
    "mask",
    "Chat body followed by a second JSON document (a streaming decoder reads only the first)",
)
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(rw.jdump(rw.chat("Hi")) + b"\n" + rw.jdump({"note": rw.P_IBAN(c)})), [[c.iban]]


@V(
    "r2-bsn-exponent",
    "encoding",
    "mask",
    "Tool-call arguments: BSN as a JSON number in exponent form (1.11222333e8) under key `bsn`",
)
def _(c: rw.Canary) -> Any:
    args = f'{{"naam": "{c.name}", "bsn": {c.bsn[0]}.{c.bsn[1:]}e8}}'
    msgs = tool_call_msgs({}, "register_person")
    msgs[1]["tool_calls"][0]["function"]["arguments"] = args
    return rw.oa_chat(rw.jdump({"model": "gpt-4o", "messages": msgs})), [[c.bsn]]


@V(
    "r2-card-number-args",
    "encoding",
    "mask",
    "Tool-call arguments: card number as a bare JSON number under the Dutch key `kaartnummer`",
)
def _(c: rw.Canary) -> Any:
    msgs = tool_call_msgs({"vervaldatum": "09/28"})
    msgs[1]["tool_calls"][0]["function"]["arguments"] = f'{{"kaartnummer": {c.card}, "vervaldatum": "09/28"}}'
    return rw.oa_chat(rw.jdump({"model": "gpt-4o", "messages": msgs})), [[c.card]]


def _raw_req(host: str, path: str, headers: dict[str, str], body: bytes, eol: str = "\r\n") -> bytes:
    head = [f"POST {path} HTTP/1.1", f"Host: {host}", *(f"{k}: {v}" for k, v in headers.items())]
    return (eol.join(head) + eol + eol).encode() + body


@V(
    "r2-te-gzip-chunked",
    "encoding",
    "mask",
    "Transfer-Encoding: gzip, chunked (a transfer-coding, not Content-Encoding)",
)
def _(c: rw.Canary) -> Any:
    gz = gzip.compress(rw.jdump(rw.chat(rw.P_IBAN(c))))
    framed = f"{len(gz):x}\r\n".encode() + gz + b"\r\n0\r\n\r\n"
    return Raw(OA, _raw_req(OA, "/v1/chat/completions", {**AUTH, "Transfer-Encoding": "gzip, chunked"}, framed)), [
        [c.iban]
    ]


@V("r2-chunk-ext", "encoding", "mask", "Chunked body whose chunk extension carries the e-mail (`1f;note=...`)")
def _(c: rw.Canary) -> Any:
    data = rw.jdump(rw.chat("Write a short poem."))
    ext = urllib.parse.quote(c.email, safe="@.")
    framed = f"{len(data):x};note={ext}\r\n".encode() + data + b"\r\n0\r\n\r\n"
    return Raw(OA, _raw_req(OA, "/v1/chat/completions", {**AUTH, "Transfer-Encoding": "chunked"}, framed)), [[c.email]]


@V("r2-bare-lf", "encoding", "mask", "HTTP/1.1 head with bare LF line endings (lenient servers accept)")
def _(c: rw.Canary) -> Any:
    body = rw.jdump(rw.chat(rw.P_EMAIL(c)))
    return Raw(OA, _raw_req(OA, "/v1/chat/completions", {**AUTH, "Content-Length": str(len(body))}, body, eol="\n")), [
        [c.email]
    ]


@V(
    "r2-url-fragment",
    "shape",
    "mask",
    "Request target with a #fragment holding the IBAN (never sent by browsers; raw clients can)",
)
def _(c: rw.Canary) -> Any:
    return rw.H1(OA, f"/v1/chat/completions#iban={c.iban}", rw.jdump(rw.chat("Hi")), headers=AUTH), [[c.iban]]


@V(
    "r2-query-repeated",
    "shape",
    "mask",
    "Repeated query key: benign `q` first, BSN in the second `q` (last-wins servers)",
)
def _(c: rw.Canary) -> Any:
    return rw.H1(OA, f"/v1/chat/completions?q=hallo&q=bsn%20{c.bsn}", rw.jdump(rw.chat("Hi")), headers=AUTH), [[c.bsn]]


@V("r2-obs-fold", "encoding", "mask", "Custom header continued on an obs-fold line (value on the folded line)")
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(rw.jdump(rw.chat("Hi")), raw_head_extra=f"X-Note: betreft rekening\r\n {c.iban}\r\n"), [[c.iban]]


@V("r2-cookie-urlenc-email", "shape", "mask", "Cookie value holding a percent-encoded e-mail (`mail=jan%40...`)")
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(
        rw.jdump(rw.chat("Hi")), headers={"Cookie": f"_ga=GA1.1.42; mail={urllib.parse.quote(c.email, safe='')}"}
    ), [[c.email]]


@V(
    "r2-h2-cookie-crumbs",
    "transport",
    "mask",
    "HTTP/2: IBAN split over two `cookie` header fields (RFC 9113 cookie crumbs, joined upstream)",
)
def _(c: rw.Canary) -> Any:
    hdrs = Pairs([*AUTH.items(), ("cookie", f"acct_a={c.iban[:8]}"), ("cookie", f"acct_b={c.iban[8:]}")])
    return rw.H2(OA, "/v1/chat/completions", rw.jdump(rw.chat("Hi")), headers=hdrs), [[c.iban[:8], c.iban[8:]]]


@V(
    "r2-h2-big-header",
    "transport",
    "mask",
    "HTTP/2: 20 KB custom header (HEADERS + CONTINUATION frames), e-mail at its end",
)
def _(c: rw.Canary) -> Any:
    return rw.H2(
        OA, "/v1/chat/completions", rw.jdump(rw.chat("Hi")), headers={**AUTH, "x-trace": "a" * 20000 + " " + c.email}
    ), [[c.email]]


@V("r2-referer-query", "shape", "mask", "Referer header carrying the e-mail in its query (browser page URL)")
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(
        rw.jdump(rw.chat("Hi")),
        headers={"Referer": f"https://crm.example.nl/klant?email={urllib.parse.quote(c.email)}"},
    ), [[c.email]]


@V("r2-absolute-form-tunnel", "host", "mask", "Absolute-form request target inside the api.openai.com tunnel")
def _(c: rw.Canary) -> Any:
    return rw.H1(OA, "https://api.openai.com/v1/chat/completions", rw.jdump(rw.chat(rw.P_EMAIL(c))), headers=AUTH), [
        [c.email]
    ]


@V(
    "r2-plain-absolute-mismatch",
    "host",
    "block",
    "Plain HTTP proxy request: absolute URL http://example.org/..., Host api.openai.com",
)
def _(c: rw.Canary) -> Any:
    body = rw.jdump(rw.chat(rw.P_EMAIL(c)))
    head = (f"POST http://example.org/v1/chat/completions HTTP/1.1\r\nHost: {OA}\r\nAuthorization: {AUTH['Authorization']}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n").encode()  # fmt: skip
    return Raw(OA, head + body, plain=True), [[c.email]]


@V("r2-ipv6-connect-sni", "host", "mask", "CONNECT to an IPv6 literal [2001:db8::7]:443, SNI api.openai.com")
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(rw.jdump(rw.chat(rw.P_EMAIL(c))), connect="[2001:db8::7]:443", sni=OA), [[c.email]]


@V(
    "r2-int-ip-nosni",
    "host",
    "mask",
    "CONNECT to an IPv4 address in integer notation (3405803783 = 203.0.113.7), no SNI, Host api.openai.com",
)
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(rw.jdump(rw.chat(rw.P_EMAIL(c))), connect="3405803783:443", sni=None), [[c.email]]


# ---------------------------------------------------------------------------------------------
# C. Realtime WebSocket events (api.openai.com)
# ---------------------------------------------------------------------------------------------

RT_PATH = "/v1/realtime?model=gpt-realtime"
RT_HDRS = {"Authorization": AUTH["Authorization"]}


def _rt(events: list[dict[str, Any]], path: str = RT_PATH) -> rw.WS:
    return rw.WS(OA, path, [(1, rw.jdump(e), True) for e in events], headers=RT_HDRS)


@V("r2-ws-session-update", "transport", "mask", "Realtime WS: IBAN in session.update instructions")
def _(c: rw.Canary) -> Any:
    return _rt(
        [{"type": "session.update", "session": {"type": "realtime", "instructions": f"The caller's IBAN is {c.iban}."}}]
    ), [[c.iban]]


@V(
    "r2-ws-response-create",
    "transport",
    "mask",
    "Realtime WS: e-mail in response.create response.instructions (out-of-band response)",
)
def _(c: rw.Canary) -> Any:
    ev = {
        "type": "response.create",
        "response": {
            "conversation": "none",
            "instructions": f"Confirm the address {c.email}.",
            "output_modalities": ["text"],
        },
    }
    return _rt([ev]), [[c.email]]


@V("r2-ws-fn-output", "transport", "mask", "Realtime WS: BSN in a conversation.item.create function_call_output")
def _(c: rw.Canary) -> Any:
    ev = {
        "type": "conversation.item.create",
        "item": {
            "type": "function_call_output",
            "call_id": "call_r2",
            "output": json.dumps({"bsn": c.bsn, "naam": c.name}),
        },
    }
    return _rt([ev, {"type": "response.create"}]), [[c.bsn]]


@V(
    "r2-ws-audio-append",
    "transport",
    "mask",
    "Realtime WS: input_audio_buffer.append whose base64 'audio' is UTF-8 text with the IBAN (model hears noise; bytes reach the vendor)",
)
def _(c: rw.Canary) -> Any:
    return _rt([{"type": "input_audio_buffer.append", "audio": b64(rw.P_IBAN(c))}]), [[c.iban]]


@V(
    "r2-ws-ping-between-fragments",
    "transport",
    "mask",
    "Realtime WS: one text message in two fragments with a ping frame between them",
)
def _(c: rw.Canary) -> Any:
    data = rw.jdump(
        {
            "type": "conversation.item.create",
            "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": rw.P_EMAIL(c)}]},
        }
    )
    cut = data.index(c.email.encode()) + 6
    msgs = [(1, data[:cut], False), (9, b"hb", True), (0, data[cut:], True)]
    return rw.WS(OA, RT_PATH, msgs, headers=RT_HDRS), [[c.email[:6], c.email[6:]]]


@V(
    "r2-ws-handshake-query",
    "transport",
    "mask",
    "Realtime WS: IBAN in the handshake URL query (not an API parameter; a client can still add it)",
)
def _(c: rw.Canary) -> Any:
    return _rt([{"type": "response.create"}], path=f"{RT_PATH}&ref={c.iban}"), [[c.iban]]


@V(
    "r2-ws-transcription-prompt",
    "transport",
    "mask",
    "Realtime transcription WS: e-mail in transcription_session.update prompt",
)
def _(c: rw.Canary) -> Any:
    ev = {
        "type": "transcription_session.update",
        "session": {
            "input_audio_transcription": {"model": "gpt-4o-transcribe", "prompt": f"Expect the address {c.email}"}
        },
    }
    return _rt([ev], path="/v1/realtime?intent=transcription"), [[c.email]]


# ---------------------------------------------------------------------------------------------
# D. ChatGPT web side channels (approved, low: must be masked)
# ---------------------------------------------------------------------------------------------

CG_HDRS = {**JSON, "Authorization": "Bearer eyJr2chatgpt", "Accept": "application/json"}


@V(
    "r2-cg-q-prefill",
    "shape",
    "mask",
    "ChatGPT page load https://chatgpt.com/?q=... (prompt prefill link), e-mail in the query",
)
def _(c: rw.Canary) -> Any:
    q = urllib.parse.quote(f"Schrijf een mail aan {c.email}")
    hdrs = {"Accept": "text/html,application/xhtml+xml", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
    return rw.H1("chatgpt.com", f"/?q={q}&hints=search", method="GET", headers=hdrs), [[c.email]]


@V("r2-cg-title-patch", "shape", "mask", "ChatGPT PATCH /backend-api/conversation/{id}: IBAN in the new title")
def _(c: rw.Canary) -> Any:
    return api(
        "chatgpt.com", "/backend-api/conversation/6790a1b2-r2", {"title": f"Betaling {c.iban}"}, CG_HDRS, method="PATCH"
    ), [[c.iban]]


@V("r2-cg-files-name", "shape", "mask", "ChatGPT POST /backend-api/files (upload slot): BSN in file_name")
def _(c: rw.Canary) -> Any:
    body = {
        "file_name": f"{c.name} BSN {c.bsn}.pdf",
        "file_size": 48213,
        "use_case": "my_files",
        "timezone_offset_min": -60,
    }
    return api("chatgpt.com", "/backend-api/files", body, CG_HDRS), [[c.bsn]]


@V("r2-cg-sora", "shape", "mask", "Sora on sora.chatgpt.com (*.chatgpt.com): e-mail in a video_gen prompt")
def _(c: rw.Canary) -> Any:
    body = {
        "type": "video_gen",
        "prompt": f"Animated intro that shows the contact {c.email}",
        "n_variants": 1,
        "n_frames": 150,
        "width": 480,
        "height": 480,
    }
    return api("sora.chatgpt.com", "/backend/video_gen", body, CG_HDRS), [[c.email]]


@V(
    "r2-cg-ios-host",
    "host",
    "mask",
    "ChatGPT iOS app API host ios.chat.openai.com (/backend-api/conversation): not chatgpt.com nor chat.openai.com",
)
def _(c: rw.Canary) -> Any:
    body = {"action": "next", "model": "auto", "parent_message_id": "client-created-root",
            "messages": [{"id": "m1", "author": {"role": "user"}, "content": {"content_type": "text", "parts": [rw.P_IBAN(c)]}}]}  # fmt: skip
    return api("ios.chat.openai.com", "/backend-api/conversation", body, {**CG_HDRS, "Accept": "text/event-stream"}), [
        [c.iban]
    ]


# ---------------------------------------------------------------------------------------------
# E. AI endpoints on hosts the catalogue may not name (an unknown AI service must not get data)
# ---------------------------------------------------------------------------------------------


@V(
    "r2-host-cloudcode-pa",
    "host",
    "block",
    "Gemini CLI / Gemini Code Assist back end cloudcode-pa.googleapis.com v1internal:streamGenerateContent, AWS key",
)
def _(c: rw.Canary) -> Any:
    body = {
        "model": "gemini-2.5-pro",
        "project": "r2-proj",
        "user_prompt_id": "r2",
        "request": {"contents": [{"role": "user", "parts": [{"text": rw.P_AWS(c)}]}]},
    }
    return api(
        "cloudcode-pa.googleapis.com",
        "/v1internal:streamGenerateContent?alt=sse",
        body,
        {"Authorization": "Bearer ya29.r2"},
    ), [[c.aws]]


@V(
    "r2-host-firebase-vertex",
    "host",
    "block",
    "Firebase AI Logic proxy firebasevertexai.googleapis.com generateContent, e-mail",
)
def _(c: rw.Canary) -> Any:
    body = {"contents": [{"role": "user", "parts": [{"text": rw.P_EMAIL(c)}]}]}
    path = "/v1beta/projects/r2-proj/locations/us-central1/publishers/google/models/gemini-2.0-flash:generateContent"
    return api(
        "firebasevertexai.googleapis.com", path, body, {"x-goog-api-key": "AIzaR2", "X-Firebase-AppId": "1:1:web:r2"}
    ), [[c.email]]


@V(
    "r2-host-vertex-dedicated",
    "host",
    "block",
    "Vertex AI dedicated endpoint *.prediction.vertexai.goog (OpenAI-compatible chat), IBAN",
)
def _(c: rw.Canary) -> Any:
    path = "/v1/projects/r2-proj/locations/europe-west4/endpoints/1234567890/chat/completions"
    return api(
        "1234567890.europe-west4-987654321.prediction.vertexai.goog",
        path,
        rw.chat(rw.P_IBAN(c)),
        {"Authorization": "Bearer ya29.r2"},
    ), [[c.iban]]


@V(
    "r2-host-vertex-rep",
    "host",
    "block",
    "Vertex AI multi-region endpoint aiplatform.eu.rep.googleapis.com generateContent, BSN",
)
def _(c: rw.Canary) -> Any:
    path = "/v1/projects/r2-proj/locations/eu/publishers/google/models/gemini-2.5-flash:generateContent"
    return api(
        "aiplatform.eu.rep.googleapis.com",
        path,
        {"contents": [{"role": "user", "parts": [{"text": rw.P_BSN(c)}]}]},
        {"Authorization": "Bearer ya29.r2"},
    ), [[c.bsn]]


@V(
    "r2-host-bedrock-fips",
    "host",
    "block",
    "AWS Bedrock FIPS endpoint bedrock-runtime-fips.us-east-1.amazonaws.com Converse, e-mail",
)
def _(c: rw.Canary) -> Any:
    body = {"messages": [{"role": "user", "content": [{"text": rw.P_EMAIL(c)}]}]}
    return api(
        "bedrock-runtime-fips.us-east-1.amazonaws.com",
        "/model/anthropic.claude-3-5-sonnet-20240620-v1:0/converse",
        body,
        {"Authorization": "AWS4-HMAC-SHA256 Credential=r2"},
    ), [[c.email]]


@V(
    "r2-host-bedrock-govcloud",
    "host",
    "block",
    "AWS Bedrock GovCloud bedrock-runtime.us-gov-west-1.amazonaws.com invoke (Anthropic body), IBAN",
)
def _(c: rw.Canary) -> Any:
    body = {"anthropic_version": "bedrock-2023-05-31", "max_tokens": 200, "messages": [msg("user", rw.P_IBAN(c))]}
    return api(
        "bedrock-runtime.us-gov-west-1.amazonaws.com",
        "/model/anthropic.claude-3-5-sonnet-20240620-v1:0/invoke",
        body,
        {"Authorization": "AWS4-HMAC-SHA256 Credential=r2"},
    ), [[c.iban]]


@V("r2-host-qbusiness", "host", "block", "Amazon Q Business ChatSync on qbusiness.us-east-1.api.aws, BSN")
def _(c: rw.Canary) -> Any:
    return api(
        "qbusiness.us-east-1.api.aws",
        "/applications/r2app/conversations?sync",
        {"userMessage": rw.P_BSN(c), "clientToken": "r2"},
        {"Authorization": "AWS4-HMAC-SHA256 Credential=r2"},
    ), [[c.bsn]]


@V(
    "r2-host-azure-gov",
    "host",
    "block",
    "Azure OpenAI in Azure Government {res}.openai.azure.us, deployment path, AWS key",
)
def _(c: rw.Canary) -> Any:
    return api(
        "contoso-r2.openai.azure.us",
        "/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
        rw.chat(rw.P_AWS(c)),
        {"api-key": "r2key"},
    ), [[c.aws]]


@V(
    "r2-host-azure-serverless",
    "host",
    "block",
    "Azure AI serverless (MaaS) endpoint *.models.ai.azure.com chat/completions, e-mail",
)
def _(c: rw.Canary) -> Any:
    return api(
        "Meta-Llama-3-1-70B-r2.westeurope.models.ai.azure.com",
        "/chat/completions",
        rw.chat(rw.P_EMAIL(c)),
        {"Authorization": "Bearer r2"},
    ), [[c.email]]


@V("r2-host-github-models-legacy", "host", "block", "GitHub Models legacy endpoint models.inference.ai.azure.com, IBAN")
def _(c: rw.Canary) -> Any:
    return api(
        "models.inference.ai.azure.com",
        "/chat/completions",
        rw.chat(rw.P_IBAN(c)),
        {"Authorization": "Bearer gho_r2placeholder"},
    ), [[c.iban]]


@V(
    "r2-host-duckchat",
    "host",
    "block",
    "Duck.ai back end duckduckgo.com/duckchat/v1/chat (the catalogue names duck.ai), e-mail",
)
def _(c: rw.Canary) -> Any:
    return api(
        "duckduckgo.com",
        "/duckchat/v1/chat",
        {"model": "gpt-4o-mini", "messages": [msg("user", rw.P_EMAIL(c))]},
        {"x-vqd-4": "4-r2", "Accept": "text/event-stream"},
    ), [[c.email]]


@V("r2-host-kagi-fastgpt", "host", "block", "Kagi FastGPT API kagi.com/api/v0/fastgpt (documented), IBAN")
def _(c: rw.Canary) -> Any:
    return api(
        "kagi.com", "/api/v0/fastgpt", {"query": rw.P_IBAN(c), "web_search": False}, {"Authorization": "Bot r2"}
    ), [[c.iban]]


@V(
    "r2-host-huggingchat",
    "host",
    "block",
    "HuggingChat huggingface.co/chat/conversation/{id} multipart `data` JSON, BSN",
)
def _(c: rw.Canary) -> Any:
    data = json.dumps(
        {
            "inputs": rw.P_BSN(c),
            "id": "r2-msg",
            "is_retry": False,
            "is_continue": False,
            "web_search": False,
            "tools": [],
        }
    )
    body, ctype = multipart([("data", data, None, None)])
    return rw.H1(
        "huggingface.co", "/chat/conversation/66f0r2", body, headers={"Content-Type": ctype, "Cookie": "hf-chat=r2"}
    ), [[c.bsn]]


@V(
    "r2-host-ollama-cloud",
    "host",
    "block",
    "Ollama's cloud API ollama.com/api/chat (named in ai-endpoints.md), AWS key",
)
def _(c: rw.Canary) -> Any:
    return api(
        "ollama.com",
        "/api/chat",
        {"model": "gpt-oss:120b", "messages": [msg("user", rw.P_AWS(c))], "stream": False},
        {"Authorization": "Bearer r2"},
    ), [[c.aws]]


@V(
    "r2-host-helicone-oai",
    "host",
    "block",
    "Helicone OpenAI proxy oai.helicone.ai/v1 (catalogue: ai-gateway.helicone.ai), e-mail",
)
def _(c: rw.Canary) -> Any:
    return api(
        "oai.helicone.ai",
        "/v1/chat/completions",
        rw.chat(rw.P_EMAIL(c)),
        {**AUTH, "Helicone-Auth": "Bearer sk-helicone-r2"},
    ), [[c.email]]


@V("r2-host-portkey", "host", "block", "Portkey AI gateway api.portkey.ai/v1/chat/completions, IBAN")
def _(c: rw.Canary) -> Any:
    return api(
        "api.portkey.ai",
        "/v1/chat/completions",
        rw.chat(rw.P_IBAN(c)),
        {"x-portkey-api-key": "r2", "x-portkey-provider": "openai"},
    ), [[c.iban]]


@V("r2-host-cody", "host", "block", "Sourcegraph Cody sourcegraph.com/.api/completions/stream, GitHub token")
def _(c: rw.Canary) -> Any:
    body = {
        "messages": [{"speaker": "human", "text": rw.P_GHP(c)}],
        "maxTokensToSample": 1000,
        "model": "anthropic::2024-10-22::claude-3-5-sonnet-latest",
    }
    return api(
        "sourcegraph.com",
        "/.api/completions/stream?api-version=2&client-name=vscode",
        body,
        {"Authorization": "token sgp_r2"},
    ), [[c.ghp]]


@V(
    "r2-host-gtx-translate",
    "host",
    "block",
    "Google Translate free endpoint translate.googleapis.com/translate_a/single?client=gtx (catalogue: translation.googleapis.com), IBAN in q",
)
def _(c: rw.Canary) -> Any:
    q = urllib.parse.quote(rw.P_IBAN(c))
    return rw.H1("translate.googleapis.com", f"/translate_a/single?client=gtx&sl=nl&tl=en&dt=t&q={q}", method="GET"), [
        [c.iban]
    ]


@V(
    "r2-host-copilot-attachments",
    "host",
    "block",
    "GitHub Copilot attachment blob copilotprodattachments.blob.core.windows.net (ai-endpoints.md; role inferred), AWS key in the file",
)
def _(c: rw.Canary) -> Any:
    hdrs = {"Content-Type": "text/plain", "x-ms-blob-type": "BlockBlob"}
    return rw.H1(
        "copilotprodattachments.blob.core.windows.net",
        "/github-production-copilot-attachments/r2-uuid?sv=2023-11-03&sig=r2",
        rw.P_AWS(c).encode(),
        method="PUT",
        headers=hdrs,
    ), [[c.aws]]


@V(
    "r2-host-aistudio-webchannel",
    "host",
    "block",
    "AI Studio webchannel-alkalimakersuite-pa.clients6.google.com (ai-endpoints.md 'inspect'; shape inferred), e-mail in req0___data__",
)
def _(c: rw.Canary) -> Any:
    form = urllib.parse.urlencode(
        {"count": "1", "ofs": "0", "req0___data__": json.dumps([[["r2", [[[rw.P_EMAIL(c)]]]]]])}
    ).encode()
    path = "/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/channel?VER=8&RID=1&CVER=22&zx=r2&t=1"
    return rw.H1(
        "webchannel-alkalimakersuite-pa.clients6.google.com",
        path,
        form,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    ), [[c.email]]


@V(
    "r2-host-brave-leo",
    "host",
    "block",
    "Brave Leo back end ai-chat.bsg.brave.com (host from brave-core; path inferred), IBAN",
)
def _(c: rw.Canary) -> Any:
    return api(
        "ai-chat.bsg.brave.com",
        "/v1/complete",
        {
            "prompt": f"\n\nHuman: {rw.P_IBAN(c)}\n\nAssistant:",
            "max_tokens_to_sample": 400,
            "model": "mixtral-8x7b-instruct",
            "stream": True,
        },
    ), [[c.iban]]


@V("r2-host-raycast", "host", "block", "Raycast AI backend.raycast.com/api/v1/ai/chat_completions, e-mail")
def _(c: rw.Canary) -> Any:
    body = {
        "model": "openai-gpt-4o-mini",
        "provider": "openai",
        "messages": [{"author": "user", "content": {"text": rw.P_EMAIL(c)}}],
        "source": "ai_chat",
    }
    return api("backend.raycast.com", "/api/v1/ai/chat_completions", body, {"Authorization": "Bearer r2"}), [[c.email]]


@V(
    "r2-host-cloudflare-workers-ai",
    "host",
    "block",
    "Cloudflare Workers AI on api.cloudflare.com/client/v4/accounts/{id}/ai/run/@cf/... (general API host), BSN",
)
def _(c: rw.Canary) -> Any:
    return api(
        "api.cloudflare.com",
        "/client/v4/accounts/r2acct/ai/run/@cf/meta/llama-3.1-8b-instruct",
        {"messages": [msg("user", rw.P_BSN(c))]},
        {"Authorization": "Bearer r2"},
    ), [[c.bsn]]


@V(
    "r2-host-hf-endpoint",
    "host",
    "block",
    "Hugging Face dedicated Inference Endpoint *.endpoints.huggingface.cloud /v1/chat/completions, AWS key",
)
def _(c: rw.Canary) -> Any:
    return api(
        "r2x1y2z3.eu-west-1.aws.endpoints.huggingface.cloud",
        "/v1/chat/completions",
        rw.chat(rw.P_AWS(c)),
        {"Authorization": "Bearer hf_r2"},
    ), [[c.aws]]


# ---------------------------------------------------------------------------------------------
# F. Other vendors' shapes (unlisted tools: blocked whatever they carry)
# ---------------------------------------------------------------------------------------------


@V(
    "r2-mistral-conversations",
    "shape",
    "block",
    "Mistral Agents API POST /v1/conversations `inputs` (api.mistral.ai), e-mail",
)
def _(c: rw.Canary) -> Any:
    return api(
        "api.mistral.ai",
        "/v1/conversations",
        {"agent_id": "ag_r2", "inputs": rw.P_EMAIL(c), "stream": False},
        {"Authorization": "Bearer r2"},
    ), [[c.email]]


@V("r2-cohere-rerank", "shape", "block", "Cohere /v2/rerank: IBAN in `documents`")
def _(c: rw.Canary) -> Any:
    return api(
        "api.cohere.com",
        "/v2/rerank",
        {
            "model": "rerank-v3.5",
            "query": "Which letter is about the payment?",
            "documents": ["Weather today", rw.P_IBAN(c)],
        },
        {"Authorization": "Bearer r2"},
    ), [[c.iban]]


@V(
    "r2-vertex-anthropic",
    "shape",
    "block",
    "Claude on Vertex AI rawPredict (us-east5-aiplatform.googleapis.com, Anthropic body), e-mail in system",
)
def _(c: rw.Canary) -> Any:
    body = {
        "anthropic_version": "vertex-2023-10-16",
        "max_tokens": 256,
        "system": rw.P_EMAIL(c),
        "messages": [msg("user", "Go.")],
    }
    path = "/v1/projects/r2-proj/locations/us-east5/publishers/anthropic/models/claude-sonnet-4@20250514:rawPredict"
    return api("us-east5-aiplatform.googleapis.com", path, body, {"Authorization": "Bearer ya29.r2"}), [[c.email]]


@V("r2-gm-cached-contents", "shape", "block", "Gemini API context cache POST /v1beta/cachedContents, BSN in contents")
def _(c: rw.Canary) -> Any:
    body = {
        "model": "models/gemini-2.5-flash",
        "contents": [{"role": "user", "parts": [{"text": rw.P_BSN(c)}]}],
        "ttl": "300s",
    }
    return api("generativelanguage.googleapis.com", "/v1beta/cachedContents", body, rw.GM_AUTH), [[c.bsn]]


@V("r2-groq-transcribe-prompt", "shape", "block", "Groq /openai/v1/audio/transcriptions multipart: e-mail in `prompt`")
def _(c: rw.Canary) -> Any:
    body, ctype = multipart(
        [
            ("file", wav_silence(), "a.wav", "audio/wav"),
            ("model", "whisper-large-v3", None, None),
            ("prompt", f"Spelling: {c.email}", None, None),
        ]
    )
    return rw.H1(
        "api.groq.com",
        "/openai/v1/audio/transcriptions",
        body,
        headers={"Authorization": "Bearer gsk_r2", "Content-Type": ctype},
    ), [[c.email]]


@V("r2-openrouter-chat", "shape", "block", "OpenRouter /api/v1/chat/completions (openrouter.ai), IBAN")
def _(c: rw.Canary) -> Any:
    return api(
        "openrouter.ai",
        "/api/v1/chat/completions",
        rw.chat(rw.P_IBAN(c), extra={"model": "openai/gpt-4o-mini"}),
        {"Authorization": "Bearer sk-or-r2", "HTTP-Referer": "https://intranet.example"},
    ), [[c.iban]]


@V(
    "r2-gm-live-ws",
    "transport",
    "block",
    "Gemini Live API WebSocket BidiGenerateContent: setup + clientContent turn with the e-mail",
)
def _(c: rw.Canary) -> Any:
    setup = {
        "setup": {"model": "models/gemini-2.0-flash-live-001", "generationConfig": {"responseModalities": ["TEXT"]}}
    }
    turn = {"clientContent": {"turns": [{"role": "user", "parts": [{"text": rw.P_EMAIL(c)}]}], "turnComplete": True}}
    path = "/ws/google.ai.generativelanguage.v1beta.GenerativeService.BidiGenerateContent?key=AIzaR2"
    return rw.WS("generativelanguage.googleapis.com", path, [(1, rw.jdump(setup), True), (1, rw.jdump(turn), True)]), [
        [c.email]
    ]


# ---------------------------------------------------------------------------------------------
# G. Approved medium-risk tools (GitHub Copilot, internal LLM, M365 Copilot): secrets must be blocked
# ---------------------------------------------------------------------------------------------

GHC = {**AUTH, "Copilot-Integration-Id": "vscode-chat", "Editor-Version": "vscode/1.104.0"}


@V(
    "r2-ghc-messages-system",
    "shape",
    "block",
    "GitHub Copilot /v1/messages (Anthropic shape, chosen per model): AWS key in a `system` text block",
)
def _(c: rw.Canary) -> Any:
    body = {
        "model": "claude-sonnet-4",
        "max_tokens": 512,
        "system": [{"type": "text", "text": "Workspace context:\n" + rw.P_AWS(c)}],
        "messages": [msg("user", "Fix the bug.")],
    }
    return api("api.githubcopilot.com", "/v1/messages", body, {**GHC, "anthropic-version": "2023-06-01"}), [[c.aws]]


@V(
    "r2-ghc-responses-fnout",
    "shape",
    "block",
    "GitHub Copilot /responses: GitHub token in a function_call_output (terminal output tool)",
)
def _(c: rw.Canary) -> Any:
    body = {"model": "gpt-5", "input": [msg("user", "Why does the push fail?"),
            {"type": "function_call", "call_id": "c1", "name": "run_in_terminal", "arguments": '{"command": "env"}'},
            {"type": "function_call_output", "call_id": "c1", "output": f"HOME=/home/dev\nGITHUB_TOKEN={c.ghp}\n"}]}  # fmt: skip
    return api("api.githubcopilot.com", "/responses", body, GHC), [[c.ghp]]


@V(
    "r2-ghc-legacy-suffix",
    "shape",
    "block",
    "Copilot inline completion on copilot-proxy.githubusercontent.com: AWS key only in `suffix`",
)
def _(c: rw.Canary) -> Any:
    body = {
        "prompt": "# settings.py\nimport os\n",
        "suffix": f"\nAWS_ACCESS_KEY_ID = '{c.aws}'\nAWS_SECRET_ACCESS_KEY = '{c.aws_secret}'\n",
        "max_tokens": 50,
        "n": 1,
    }
    return api("copilot-proxy.githubusercontent.com", "/v1/engines/copilot-codex/completions", body, GHC), [
        [c.aws],
        [c.aws_secret],
    ]


@V(
    "r2-ghc-responses-ws",
    "transport",
    "block",
    "GitHub Copilot Responses over WebSocket (experimental mode in vscode-copilot-chat): GitHub token in response.create",
)
def _(c: rw.Canary) -> Any:
    ev = {"type": "response.create", "model": "gpt-5", "input": [msg("user", rw.P_GHP(c))], "stream": True}
    return rw.WS(
        "api.githubcopilot.com",
        "/responses",
        [(1, rw.jdump(ev), True)],
        headers={"Authorization": AUTH["Authorization"]},
    ), [[c.ghp]]


OLLAMA = "ollama.voorbeeld.local:11434"
VLLM = "vllm.voorbeeld.local:8000"


@V(
    "r2-llm-ollama-create",
    "shape",
    "block",
    "Internal Ollama /api/create (not a tool path): AWS key in the new model's `system` prompt",
)
def _(c: rw.Canary) -> Any:
    return api(
        OLLAMA,
        "/api/create",
        {"model": "helpdesk", "from": "llama3.2", "system": "You run deployments.\n" + rw.P_AWS(c)},
        plain=True,
    ), [[c.aws]]


@V(
    "r2-llm-ollama-embeddings",
    "shape",
    "block",
    "Internal Ollama legacy /api/embeddings `prompt` (not a tool path): GitHub token",
)
def _(c: rw.Canary) -> Any:
    return api(OLLAMA, "/api/embeddings", {"model": "nomic-embed-text", "prompt": rw.P_GHP(c)}, plain=True), [[c.ghp]]


@V("r2-llm-vllm-tokenize", "shape", "block", "Internal vLLM /tokenize (outside /v1/*): GitHub token in `prompt`")
def _(c: rw.Canary) -> Any:
    return api(VLLM, "/tokenize", {"model": "meta-llama/Llama-3.1-8B-Instruct", "prompt": rw.P_GHP(c)}, plain=True), [
        [c.ghp]
    ]


@V(
    "r2-llm-lmstudio-v0",
    "shape",
    "block",
    "Internal LM Studio REST API /api/v0/chat/completions (outside /v1/*): AWS key",
)
def _(c: rw.Canary) -> Any:
    return api(
        "llm.voorbeeld.local:1234",
        "/api/v0/chat/completions",
        rw.chat(rw.P_AWS(c), extra={"model": "qwen2.5-7b-instruct"}),
        plain=True,
    ), [[c.aws]]


@V(
    "r2-llm-llamacpp-completion",
    "shape",
    "block",
    "Internal llama.cpp server native /completion: PEM private key in `prompt`",
)
def _(c: rw.Canary) -> Any:
    return api(
        "llm.voorbeeld.local:8080",
        "/completion",
        {"prompt": "Explain this key:\n" + c.pem, "n_predict": 64},
        plain=True,
    ), [[c.pem_body[:60]]]


def _mp_str(s: str) -> bytes:
    b = s.encode()
    if len(b) < 32:
        return bytes([0xA0 | len(b)]) + b
    if len(b) < 256:
        return b"\xd9" + bytes([len(b)]) + b
    return b"\xda" + len(b).to_bytes(2, "big") + b


def msgpack(v: Any) -> bytes:
    """The few MessagePack types a SignalR invocation needs."""
    if v is None:
        return b"\xc0"
    if isinstance(v, bool):
        return b"\xc3" if v else b"\xc2"
    if isinstance(v, int):
        return bytes([v]) if 0 <= v < 128 else b"\xcd" + v.to_bytes(2, "big")
    if isinstance(v, str):
        return _mp_str(v)
    if isinstance(v, list):
        return bytes([0x90 | len(v)]) + b"".join(msgpack(x) for x in v)
    if isinstance(v, dict):
        return bytes([0x80 | len(v)]) + b"".join(msgpack(k) + msgpack(x) for k, x in v.items())
    raise TypeError(type(v))


def varint(n: int) -> bytes:
    out = b""
    while True:
        b, n = n & 0x7F, n >> 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out


M365_PATH = "/m365Copilot/Chathub/oid@tid?access_token=x"
HS_JSON = b'{"protocol":"json","version":1}\x1e'


def _m365(rec: dict[str, Any]) -> rw.WS:
    return rw.WS("substrate.office.com", M365_PATH, [(1, HS_JSON, True), (1, rw.jdump(rec) + b"\x1e", True)])


def _m365_args(text: str) -> list[dict[str, Any]]:
    return [{"source": "officeweb", "message": {"author": "user", "text": text, "messageType": "Chat"}}]


@V(
    "r2-m365-signalr-type1",
    "transport",
    "block",
    "M365 chat hub: `chat` as a plain SignalR Invocation (type 1) instead of a StreamInvocation (type 4), AWS key",
)
def _(c: rw.Canary) -> Any:
    return _m365({"type": 1, "invocationId": "0", "target": "chat", "arguments": _m365_args(rw.P_AWS(c))}), [[c.aws]]


@V(
    "r2-m365-target-case",
    "transport",
    "block",
    "M365 chat hub: target `Chat` (ASP.NET Core SignalR resolves hub methods case-insensitively), AWS key",
)
def _(c: rw.Canary) -> Any:
    return _m365({"type": 4, "invocationId": "0", "target": "Chat", "arguments": _m365_args(rw.P_AWS(c))}), [[c.aws]]


@V(
    "r2-m365-msgpack",
    "transport",
    "block",
    "M365 chat hub with the SignalR MessagePack protocol: binary invocation frame, GitHub token",
)
def _(c: rw.Canary) -> Any:
    hs = b'{"protocol":"messagepack","version":1}\x1e'
    inv = msgpack([4, {}, "0", "chat", _m365_args(rw.P_GHP(c)), []])
    return rw.WS("substrate.office.com", M365_PATH, [(1, hs, True), (2, varint(len(inv)) + inv, True)]), [[c.ghp]]


@V(
    "r2-m365-previous-messages",
    "transport",
    "block",
    "M365 chat hub: AWS key only in `previousMessages` of a chat invocation",
)
def _(c: rw.Canary) -> Any:
    args = _m365_args("Vat het gesprek samen.")
    args[0]["previousMessages"] = [{"author": "user", "text": rw.P_AWS(c)}, {"author": "bot", "text": "Ok."}]
    return _m365({"type": 4, "invocationId": "0", "target": "chat", "arguments": args}), [[c.aws]]


# ---------------------------------------------------------------------------------------------
# H. Text a person or a model still reads (OpenAI chat, approved low: must be masked)
# ---------------------------------------------------------------------------------------------


def tv(vid: str, desc: str, text: Any, needle: Any, expect: str = "mask") -> None:
    @V(vid, "text", expect, desc)
    def _(c: rw.Canary) -> Any:
        return rw.oa_chat(rw.jdump(rw.chat(text(c)))), needle(c)


def n_iban(c: rw.Canary) -> list[list[str]]:
    return [[c.iban]]


def n_email(c: rw.Canary) -> list[list[str]]:
    return [[c.email]]


def n_bsn(c: rw.Canary) -> list[list[str]]:
    return [[c.bsn]]


def n_card(c: rw.Canary) -> list[list[str]]:
    return [[c.card]]


def groups(s: str, n: int = 4) -> list[str]:
    return [s[i : i + n] for i in range(0, len(s), n)]


def alt_join(parts: list[str], seps: list[str]) -> str:
    return parts[0] + "".join(seps[i % len(seps)] + p for i, p in enumerate(parts[1:]))


NL_SPELL = dict(
    zip(
        string.ascii_uppercase,
        "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Jan Karel Lodewijk Maria Nico Otto Pieter Quirinus Rudolf Simon Teunis Utrecht Victor Willem Xanthippe Ypsilon Zaandam".split(),
        strict=True,
    )
)
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
CIRCLED = str.maketrans({"0": "⓪", **{str(d): chr(0x2460 + d - 1) for d in range(1, 10)}})
LEET = str.maketrans("aeiost", "431057")
BANKS = {"ABNA": "ABN AMRO", "RABO": "Rabobank", "INGB": "ING", "SNSB": "SNS Bank"}


def math_sans(s: str) -> str:
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x1D5BA + ord(ch) - ord("a")))
        elif ch.isdigit():
            out.append(chr(0x1D7E2 + int(ch)))
        else:
            out.append(ch)
    return "".join(out)


def spell_mixed(s: str) -> str:
    return " ".join((rw.NL_DIG if i % 2 else rw.EN_DIG)[int(d)] for i, d in enumerate(s))


def spell_nl_phone(s: str) -> str:
    return " ".join(rw.NL_DIG[int(ch)] if ch.isdigit() else NL_SPELL[ch] for ch in s)


def card_hyphen_words(c: rw.Canary) -> str:
    return " ".join("-".join(rw.EN_DIG[int(d)] for d in g) for g in groups(c.card))


def email_dutch_words(c: rw.Canary) -> str:
    local, dom = c.email.split("@")
    return local.replace(".", " punt ") + " apenstaartje " + dom.replace(".", " punt ")


def x_escapes(s: str) -> str:
    return "".join(f"\\x{b:02x}" for b in s.encode())


def octal_escapes(s: str) -> str:
    return "".join(f"\\{b:03o}" for b in s.encode())


def codepoints(s: str) -> str:
    return " ".join(f"U+{ord(ch):04X}" for ch in s)


def charcodes(s: str) -> str:
    return ",".join(str(ord(ch)) for ch in s)


tv(
    "r2-txt-iban-lower",
    "IBAN all lower case, no spaces",
    lambda c: f"Rekening {c.iban.lower()} graag controleren.",
    n_iban,
)
tv(
    "r2-txt-iban-underscore",
    "IBAN groups joined by underscores",
    lambda c: f"IBAN: {rw.grouped(c.iban, 4, '_')}",
    n_iban,
)
tv("r2-txt-iban-slash", "IBAN groups joined by slashes", lambda c: f"IBAN: {rw.grouped(c.iban, 4, '/')}", n_iban)
tv(
    "r2-txt-iban-thin-spaces",
    "IBAN groups joined by thin space U+2009 and narrow no-break space U+202F",
    lambda c: "IBAN " + alt_join(groups(c.iban), ["\u2009", "\u202f"]),
    n_iban,
)
tv(
    "r2-txt-iban-fw-country",
    "IBAN with only the country code in full-width letters (ＮＬ)",
    lambda c: f"Rekening {c.iban[:2].translate(rw.FULLWIDTH)}{c.iban[2:]}",
    n_iban,
)
tv(
    "r2-txt-iban-glued-filename",
    "IBAN glued into a file name between underscores (factuur_<IBAN>_2026-11.pdf)",
    lambda c: f"Bijlage: factuur_{c.iban}_2026-11.pdf, vat samen.",
    n_iban,
)
tv(
    "r2-txt-iban-mixed-digits",
    "IBAN digits alternating Arabic-Indic and ASCII",
    lambda c: "IBAN " + "".join(chr(0x660 + int(ch)) if ch.isdigit() and i % 2 else ch for i, ch in enumerate(c.iban)),
    n_iban,
)
tv(
    "r2-txt-iban-csv-fields",
    "IBAN split into CSV fields land;controle;bank;nummer (semicolons, Dutch Excel)",
    lambda c: f"naam;land;controle;bank;nummer\n{c.name};{c.iban[:2]};{c.iban[2:4]};{c.iban[4:8]};{c.iban[8:]}",
    n_iban,
)
tv(
    "r2-txt-iban-yaml-list",
    "IBAN as a YAML list of four-character groups",
    lambda c: "iban:\n" + "".join(f"  - {g}\n" for g in groups(c.iban)),
    n_iban,
)
tv(
    "r2-txt-iban-md-rows",
    "IBAN in a Markdown table, one group per row",
    lambda c: "| deel |\n|---|\n" + "".join(f"| {g} |\n" for g in groups(c.iban)),
    n_iban,
)
tv(
    "r2-txt-iban-c-literals",
    "IBAN as adjacent C string literals with comments between them",
    lambda c: f'const char *iban = "{c.iban[:4]}" /* land */ "{c.iban[4:8]}" /* bank */ "{c.iban[8:]}";',
    lambda c: [[c.iban[:4], c.iban[4:8], c.iban[8:]]],
)
tv(
    "r2-txt-iban-py-implicit",
    "IBAN as Python implicit string concatenation over lines",
    lambda c: "IBAN = (\n" + "".join(f'    "{g}"\n' for g in groups(c.iban)) + ")",
    n_iban,
)
tv(
    "r2-txt-iban-sql-concat",
    "IBAN as SQL string pieces joined with ||",
    lambda c: "SELECT " + " || ".join(f"'{g}'" for g in groups(c.iban)) + " AS iban;",
    n_iban,
)
tv(
    "r2-txt-iban-excel-nl",
    "IBAN as Dutch Excel =TEKST.SAMENVOEGEN(...;...)",
    lambda c: "=TEKST.SAMENVOEGEN(" + ";".join(f'"{g}"' for g in groups(c.iban)) + ")",
    n_iban,
)
tv(
    "r2-txt-iban-shell-vars",
    "IBAN halves in two shell variables echoed together",
    lambda c: f'A={c.iban[:8]}\nB={c.iban[8:]}\necho "rekening: $A$B"',
    lambda c: [[c.iban[:8], c.iban[8:]]],
)
tv(
    "r2-txt-iban-dutch-spelling",
    "IBAN in the Dutch telephone spelling alphabet (Nico Lodewijk ...) and Dutch digit words",
    lambda c: "Mijn IBAN: " + spell_nl_phone(c.iban),
    lambda c: [[spell_nl_phone(c.iban)]],
)
tv(
    "r2-txt-iban-account-only",
    "Only the Dutch account number and bank name, model asked to build the IBAN (no IBAN written)",
    lambda c: f"Mijn rekeningnummer bij {BANKS[c.iban[4:8]]} is {c.iban[8:]}; reken de IBAN even voor me uit.",
    lambda c: [[c.iban[8:]]],
)
tv(
    "r2-txt-bsn-glued",
    "BSN glued to its label inside a key=value record (bsn<digits>)",
    lambda c: f"Klantkaart: naam={c.name};bsn{c.bsn};woonplaats=Utrecht",
    n_bsn,
)
tv(
    "r2-txt-bsn-mixed-seps",
    "BSN with a different separator between every digit",
    lambda c: "BSN: " + alt_join(list(c.bsn), ["-", ".", " ", "/", "_", "·", "|", ":"]),
    n_bsn,
)
tv(
    "r2-txt-bsn-8digit",
    "BSN starting with 0 written with 8 digits (leading zero lost in Excel)",
    lambda c: f"Het BSN uit de Excel-export is {bsn_leading_zero(c)[1:]} (de voorloopnul viel weg).",
    lambda c: [[bsn_leading_zero(rw.Canary("r2-txt-bsn-8digit"))[1:]]],
)
tv(
    "r2-txt-bsn-keycap",
    "BSN as keycap emoji digits (digit + U+FE0F + U+20E3)",
    lambda c: "BSN " + "".join(d + "\ufe0f\u20e3" for d in c.bsn),
    n_bsn,
)
tv("r2-txt-bsn-circled", "BSN in circled digits (①②...)", lambda c: "BSN " + c.bsn.translate(CIRCLED), n_bsn)
tv(
    "r2-txt-bsn-uescape-literal",
    "BSN written as literal \\u0031 escapes in prose",
    lambda c: "BSN: " + "".join(f"\\u{ord(d):04x}" for d in c.bsn),
    n_bsn,
)
tv(
    "r2-txt-bsn-charcodes",
    "BSN as JavaScript String.fromCharCode(49,...)",
    lambda c: f"const bsn = String.fromCharCode({charcodes(c.bsn)});",
    lambda c: [[charcodes(c.bsn)]],
)
tv(
    "r2-txt-bsn-mixed-words",
    "BSN digits as words alternating English and Dutch",
    lambda c: f"BSN: {spell_mixed(c.bsn)}",
    n_bsn,
)
tv(
    "r2-txt-card-amex",
    "American Express number grouped 4-6-5",
    lambda c: (lambda a: f"Amex {a[:4]} {a[4:10]} {a[10:]} exp 11/27")(amex(c)),
    lambda c: [[amex(rw.Canary("r2-txt-card-amex"))]],
)
tv(
    "r2-txt-card-superscript",
    "Card number in superscript digits",
    lambda c: f"Card {rw.grouped(c.card).translate(SUPERSCRIPT)} exp 09/28",
    n_card,
)
tv(
    "r2-txt-card-bengali",
    "Card number in Bengali digits",
    lambda c: "Card " + "".join(chr(0x09E6 + int(d)) for d in c.card) + " exp 09/28",
    n_card,
)
tv(
    "r2-txt-card-expiry-glued",
    "Card number with expiry glued to it (20 digits)",
    lambda c: f"kaart {c.card}0928 cvc 123",
    n_card,
)
tv(
    "r2-txt-card-hyphen-words",
    "Card digits as hyphen-joined English words per group (four-one-one-one ...)",
    lambda c: "Card: " + card_hyphen_words(c),
    lambda c: [[card_hyphen_words(c)]],
)
tv(
    "r2-txt-email-small-forms",
    "E-mail with small form variants ﹫ and ﹒",
    lambda c: "Mail " + c.email.replace("@", "\ufe6b").replace(".", "\ufe52"),
    n_email,
)
tv(
    "r2-txt-email-math-sans",
    "E-mail in mathematical sans-serif letters and digits",
    lambda c: "Mail " + math_sans(c.email),
    n_email,
)
tv(
    "r2-txt-email-comment",
    "E-mail with an RFC 5322 comment in the local part (local(werk)@domain)",
    lambda c: "Mail " + c.email.replace("@", "(werk)@"),
    lambda c: [c.email.split("@")],
)
tv(
    "r2-txt-email-quoted",
    "E-mail with a quoted local part containing a space",
    lambda c: f'Mail "{c.first} {c.last}"@{c.email.split("@")[1]}',
    lambda c: [[f'"{c.first} {c.last}"@{c.email.split("@")[1]}']],
)
tv(
    "r2-txt-email-plus",
    "E-mail with a plus tag (local+facturen@domain)",
    lambda c: "Mail " + c.email.replace("@", "+facturen@"),
    lambda c: [[c.email.replace("@", "+facturen@")]],
)
tv(
    "r2-txt-email-idn",
    "E-mail with an IDN (Unicode) domain",
    lambda c: f"Mail {c.first.lower()}@bäkkerij-{c.last.lower()}.nl",
    lambda c: [[f"{c.first.lower()}@bäkkerij-{c.last.lower()}.nl"]],
)
tv(
    "r2-txt-email-leet",
    "E-mail in leetspeak [README: documented non-goal]",
    lambda c: "Mail " + c.email.translate(LEET),
    lambda c: [[c.email.translate(LEET)]],
)
tv(
    "r2-txt-email-dutch-words",
    "E-mail as Dutch words (punt, apenstaartje)",
    lambda c: "Mail " + email_dutch_words(c),
    lambda c: [[email_dutch_words(c)]],
)
tv(
    "r2-txt-email-md-table",
    "E-mail split over Markdown table cells | local | @ | domain |",
    lambda c: "| lokaal | @ | domein |\n|---|---|---|\n| " + " | @ | ".join(c.email.split("@")) + " |",
    n_email,
)
tv(
    "r2-txt-email-rlo",
    "E-mail stored reversed inside a right-to-left override (displays forwards)",
    lambda c: "Mail \u202e" + c.email[::-1] + "\u202c today.",
    n_email,
)
tv("r2-txt-email-double-b64", "E-mail as base64 of base64", lambda c: "Decode twice: " + b64(b64(c.email)), n_email)
tv(
    "r2-txt-email-hex-colon",
    "E-mail as hex bytes separated by colons",
    lambda c: "Decode: " + ":".join(f"{b:02x}" for b in c.email.encode()),
    lambda c: [[c.email.encode().hex()]],
)
tv(
    "r2-txt-email-x-escapes",
    "E-mail as \\x escaped bytes in a string literal",
    lambda c: f'to = "{x_escapes(c.email)}"',
    lambda c: [[x_escapes(c.email)]],
)
tv(
    "r2-txt-email-octal",
    "E-mail as octal escapes in a C string",
    lambda c: f'char *to = "{octal_escapes(c.email)}";',
    lambda c: [[octal_escapes(c.email)]],
)
tv(
    "r2-txt-email-html-hex",
    "E-mail as hexadecimal HTML entities",
    lambda c: "Mail " + "".join(f"&#x{ord(ch):x};" for ch in c.email),
    n_email,
)
tv(
    "r2-txt-email-double-url",
    "E-mail percent-encoded twice (%2540)",
    lambda c: "Mail " + urllib.parse.quote(urllib.parse.quote(c.email, safe=""), safe=""),
    n_email,
)
tv(
    "r2-txt-iban-base32",
    "IBAN text as base32",
    lambda c: "Base32: " + base64.b32encode(f"IBAN {c.iban}".encode()).decode(),
    lambda c: [[base64.b32encode(f"IBAN {c.iban}".encode()).decode()]],
)
tv(
    "r2-txt-email-base85",
    "E-mail as base85 [arguably README non-goal: not readable at a glance]",
    lambda c: "b85: " + base64.b85encode(c.email.encode()).decode(),
    lambda c: [[base64.b85encode(c.email.encode()).decode()]],
)
tv(
    "r2-txt-email-codepoints",
    "E-mail as Unicode code points (U+0068 U+0065 ...)",
    lambda c: "Mail " + codepoints(c.email),
    lambda c: [[codepoints(c.email)]],
)


@V("r2-split-card-messages", "text", "mask", "Card number: first 8 digits in one user message, last 8 in a later one")
def _(c: rw.Canary) -> Any:
    msgs = [
        msg("user", f"Mijn kaart begint met {c.card[:8]}"),
        msg("assistant", "Ok."),
        msg("user", f"en eindigt op {c.card[8:]}, vervalt 09/28."),
    ]
    return rw.oa_chat(rw.jdump({"model": "gpt-4o", "messages": msgs})), [[c.card[:8], c.card[8:]]]


@V("r2-split-email-roles", "text", "mask", "E-mail: domain in the system message, local part in the user message")
def _(c: rw.Canary) -> Any:
    local, dom = c.email.split("@")
    return rw.oa_chat(
        rw.jdump(rw.chat(f"Mail {local} at the customer domain.", system=f"The customer's mail domain is {dom}."))
    ), [[local, dom]]


@V("r2-split-empty-part", "text", "mask", "IBAN split over two text parts with an empty text part between them")
def _(c: rw.Canary) -> Any:
    parts = [
        {"type": "text", "text": f"IBAN {c.iban[:9]}"},
        {"type": "text", "text": ""},
        {"type": "text", "text": f"{c.iban[9:]} graag controleren"},
    ]
    return rw.oa_chat(rw.jdump(rw.chat(parts))), [[c.iban[:9], c.iban[9:]]]


# ---------------------------------------------------------------------------------------------
# I. Secrets and client data in other shapes (must be blocked)
# ---------------------------------------------------------------------------------------------


def _b64u_int(i: int) -> str:
    return base64.urlsafe_b64encode(i.to_bytes(32, "big")).rstrip(b"=").decode()


def jwk_private() -> dict[str, str]:
    from cryptography.hazmat.primitives.asymmetric import ec

    n = ec.generate_private_key(ec.SECP256R1()).private_numbers()
    p = n.public_numbers
    return {
        "kty": "EC",
        "crv": "P-256",
        "kid": "r2-signing",
        "x": _b64u_int(p.x),
        "y": _b64u_int(p.y),
        "d": _b64u_int(n.private_value),
    }


def _sshstr(b: bytes) -> bytes:
    return len(b).to_bytes(4, "big") + b


def ppk_key(c: rw.Canary) -> tuple[str, str]:
    """A PuTTY .ppk (v3, unencrypted) ed25519 key file and its private blob (base64)."""
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric import ed25519

    k = ed25519.Ed25519PrivateKey.generate()
    priv = k.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    pub = k.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)
    pub_b64, priv_b64 = b64(_sshstr(b"ssh-ed25519") + _sshstr(pub)), b64(_sshstr(priv))
    mac = "".join(c.rng.choice("0123456789abcdef") for _ in range(64))
    text = (f"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20261201\nPublic-Lines: 2\n"
            f"{pub_b64[:64]}\n{pub_b64[64:]}\nPrivate-Lines: 1\n{priv_b64}\nPrivate-MAC: {mac}\n")  # fmt: skip
    return text, priv_b64


def openssh_key() -> tuple[str, str]:
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric import ed25519

    text = (
        ed25519.Ed25519PrivateKey.generate()
        .private_bytes(ser.Encoding.PEM, ser.PrivateFormat.OpenSSH, ser.NoEncryption())
        .decode()
    )
    body = "".join(ln for ln in text.splitlines() if not ln.startswith("-----"))
    return text, body[80:140]  # past the constant "openssh-key-v1" header


@V("r2-sec-ghs", "text", "block", "GitHub Actions installation token (ghs_ prefix, valid checksum) in a log excerpt")
def _(c: rw.Canary) -> Any:
    tok = c.ghp.replace("ghp_", "ghs_", 1)
    return rw.oa_chat(
        rw.jdump(
            rw.chat(f"Run log:\n  git push https://x-access-token:{tok}@github.com/org/app.git\nfatal: denied. Why?")
        )
    ), [[tok]]


@V("r2-sec-github-pat", "text", "block", "Fine-grained GitHub PAT (github_pat_...) in a shell command")
def _(c: rw.Canary) -> Any:
    pat = github_pat(c)
    return rw.oa_chat(rw.jdump(rw.chat(f"gh auth login --with-token <<< {pat}\nerror: bad credentials, why?"))), [[pat]]


@V("r2-sec-jwk", "text", "block", "EC private key as a JWK (the `d` member), pasted from a JWKS config")
def _(c: rw.Canary) -> Any:
    jwk = jwk_private()
    return rw.oa_chat(
        rw.jdump(rw.chat("Why does jose reject this signing key?\n" + json.dumps({"keys": [jwk]}, indent=2)))
    ), [[jwk["d"]]]


@V("r2-sec-ppk", "text", "block", "PuTTY .ppk private key file (unencrypted) pasted as text")
def _(c: rw.Canary) -> Any:
    text, priv = ppk_key(c)
    return rw.oa_chat(rw.jdump(rw.chat("Convert this PuTTY key to OpenSSH format:\n" + text))), [[priv]]


@V("r2-sec-openssh", "text", "block", "OpenSSH private key (BEGIN OPENSSH PRIVATE KEY, ed25519)")
def _(c: rw.Canary) -> Any:
    text, piece = openssh_key()
    return rw.oa_chat(rw.jdump(rw.chat("ssh says invalid format for this key:\n" + text))), [[piece]]


@V(
    "r2-sec-sts-json",
    "text",
    "block",
    "`aws sts assume-role` JSON output: temporary ASIA key id, SecretAccessKey, SessionToken",
)
def _(c: rw.Canary) -> Any:
    asia = "ASIA" + c.aws[4:]
    creds = {
        "Credentials": {
            "AccessKeyId": asia,
            "SecretAccessKey": c.aws_secret,
            "SessionToken": b64(bytes(c.rng.randrange(256) for _ in range(120))),
            "Expiration": "2026-12-08T10:00:00+00:00",
        }
    }
    return rw.oa_chat(rw.jdump(rw.chat("AccessDenied with these credentials, why?\n" + json.dumps(creds, indent=2)))), [
        [asia],
        [c.aws_secret],
    ]


@V(
    "r2-sec-presigned-url",
    "text",
    "block",
    "S3 presigned URL (access key id in X-Amz-Credential, percent-encoded slashes) pasted in a prompt",
)
def _(c: rw.Canary) -> Any:
    sig = "".join(c.rng.choice("0123456789abcdef") for _ in range(64))
    url = (f"https://klantdata.s3.eu-west-1.amazonaws.com/export.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={c.aws}%2F20261207%2Feu-west-1%2Fs3%2Faws4_request"
           f"&X-Amz-Date=20261207T101500Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sig}")  # fmt: skip
    return rw.oa_chat(rw.jdump(rw.chat(f"This link gives 403, what is wrong with it? {url}"))), [[c.aws]]


@V("r2-sec-git-remote", "text", "block", "Classic GitHub token inside a git remote URL (`git remote -v` output)")
def _(c: rw.Canary) -> Any:
    return rw.oa_chat(
        rw.jdump(
            rw.chat(
                f"git remote -v\norigin\thttps://{c.ghp}@github.com/voorbeeld/portal.git (fetch)\nWhy does push ask for a password?"
            )
        )
    ), [[c.ghp]]


@V(
    "r2-sec-gcp-sa-json",
    "text",
    "block",
    "GCP service-account JSON as the whole message (private_key with \\n escapes)",
)
def _(c: rw.Canary) -> Any:
    sa = {"type": "service_account", "project_id": "r2-proj", "private_key_id": "".join(c.rng.choice("0123456789abcdef") for _ in range(40)),
          "private_key": c.pem, "client_email": "deploy@r2-proj.iam.gserviceaccount.com", "client_id": "104729384756102938475",
          "token_uri": "https://oauth2.googleapis.com/token"}  # fmt: skip
    return rw.oa_chat(rw.jdump(rw.chat(json.dumps(sa, indent=2)))), [[c.pem_body[:60]]]


@V("r2-cli-slug", "text", "block", "Client name as a lower-case slug in a repository path")
def _(c: rw.Canary) -> Any:
    slug = c.client.lower().replace(" ", "-")
    return rw.oa_chat(rw.jdump(rw.chat(f"Clone git@gitlab.intern:klanten/{slug}-portal.git and explain the build."))), [
        [c.client]
    ]


@V("r2-cli-camel", "text", "block", "Client name as a CamelCase class name in code")
def _(c: rw.Canary) -> Any:
    camel = c.client.replace(" ", "")
    return rw.oa_chat(
        rw.jdump(rw.chat(f"class {camel}Exporter(BaseExporter):\n    pass\n\nAdd a CSV export to this class."))
    ), [[c.client]]


@V("r2-cli-vector-store-name", "shape", "block", "Client name in a new vector store's `name` (POST /v1/vector_stores)")
def _(c: rw.Canary) -> Any:
    return oa("/v1/vector_stores", {"name": c.client.lower().replace(" ", "-") + "-dossiers", "file_ids": []}), [
        [c.client]
    ]


@V("r2-cli-hyphen-lines", "text", "block", "Client name hyphenated across line breaks (Zorg-/groep Noorder-/licht)")
def _(c: rw.Canary) -> Any:
    a, b = c.client.split(" ")
    return rw.oa_chat(rw.jdump(rw.chat(f"Verslag overleg met {a[:4]}-\n{a[4:]} {b[:7]}-\n{b[7:]}: zie bijlage."))), [
        [c.client]
    ]


if __name__ == "__main__":
    raise SystemExit(rw.main())
