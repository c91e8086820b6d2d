"""Gemini web's other channels (issue 21): uploads to content-push.googleapis.com, Gems through
batchexecute, and a prompt bound to an integrity proof, which is blocked rather than masked.

Shapes (recorded 2026-12-05): HanaokaYuzu/Gemini-API `src/gemini_webapi/utils/upload_file.py`,
`constants.py` (`UPLOAD = https://content-push.googleapis.com/upload`, `X-Tenant-Id:
bard-storage`, rpcids `oMH3Zd` / `kHv0Vd`), `components/gem_mixin.py` (gem payloads),
`types/grpc.py` (`[rpcid, payload, null, "generic"]`), `attestation.py` (a proof starting with
"!", a 32-hex lowercase nonce); rekcah-pavi/geminikit `geminikit/headers.py` (the resumable
`start` and `upload, finalize` headers). The index of the proof in the inner array is not
published: these tests put it at the end of the inner array, and one array down.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.gemini_web import GeminiWebAdapter
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.errors import UploadError
from dlp_proxy.pipeline.hosts import tool_for_host
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import Policy, Tool
from tests.unit.adapters.test_gemini_web import BODY, candidates, layers
from tests.unit.adapters.test_gemini_web import request as prompt_request
from tests.unit.judge import judge

ADAPTER = GeminiWebAdapter()
BSN_TEXT = "Medewerker Jan de Vries, BSN 111222333, salarisschaal 10."
EMAIL = "jan.jansen@voorbeeld.nl"
PROOF = "!AbCdEf0123456789_-proof-token"  # made up, in the documented shape
NONCE = "0123456789abcdef0123456789abcdef"
HOST = "content-push.googleapis.com"


def upload(body: bytes, content_type: str, path: str = "/upload", **headers: str) -> RequestView:
    h = {"content-type": content_type, "push-id": "feeds/mcudyrk2a4khkz", "x-tenant-id": "bard-storage", **headers}
    return RequestView("POST", HOST, path, h, body)


def multipart(name: str, data: bytes, ctype: str = "text/plain") -> tuple[bytes, str]:
    boundary = "----dlpTestBoundary7MA4YWxkTrZu0gW"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            f"Content-Type: {ctype}\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


# --- uploads ----------------------------------------------------------------------------


def test_a_multipart_upload_to_content_push_is_read_by_the_gemini_adapter() -> None:
    body, ctype = multipart("salaris.txt", BSN_TEXT.encode())
    view = upload(body, ctype)
    assert isinstance(adapter_for("gemini_web", view), GeminiWebAdapter)
    extraction = ADAPTER.extract(view)
    assert extraction.endpoint == "gemini_web.upload"
    assert BSN_TEXT in [s.text for s in extraction.segments] and "salaris.txt" in [s.text for s in extraction.segments]


def test_the_resumable_start_names_the_file_and_the_upload_carries_its_bytes() -> None:
    start = upload(b"File name: CV Jan de Vries.txt", "application/x-www-form-urlencoded;charset=UTF-8",
                   **{"x-goog-upload-command": "start", "x-goog-upload-protocol": "resumable"})  # fmt: skip
    extraction = ADAPTER.extract(start)
    assert [s.text for s in extraction.segments] == ["CV Jan de Vries.txt"]
    assert ADAPTER.rewrite(start, extraction, {("file_name",): "CV [PERSON].txt"}) == b"File name: CV [PERSON].txt"

    # the page may declare any type for the bytes: they are read as the file they are
    bytes_ = upload(BSN_TEXT.encode(), "application/x-www-form-urlencoded;charset=UTF-8",
                    path="/upload/?upload_id=AHxI1nOx_made_up&upload_protocol=resumable",
                    **{"x-goog-upload-command": "upload, finalize", "x-goog-upload-offset": "0"})  # fmt: skip
    read = ADAPTER.extract(bytes_)
    assert [s.text for s in read.segments] == [BSN_TEXT]
    assert ADAPTER.rewrite(bytes_, read, {}) == BSN_TEXT.encode()


@pytest.mark.parametrize("path", ["/", "/v1/other", "/uploadx"])
def test_other_paths_on_content_push_are_not_claimed_as_uploads(path: str) -> None:
    assert not ADAPTER.handles(upload(b"x", "text/plain", path=path))


def test_the_catalogue_puts_content_push_under_gemini(policy: Policy) -> None:
    tool = policy.tool_for(HOST, "/upload")
    assert tool is not None and tool.id == "gemini" and tool.adapter == "gemini_web"
    assert policy.intercepts(HOST) and policy.tool_for("content-push.googleapis.com.evil.example", "/upload") is None


@pytest.mark.parametrize(
    ("path", "gemini"),
    [
        ("/upload", True),
        ("/upload/?upload_id=AbC123&upload_protocol=resumable", True),
        ("//Upload/", True),  # what a lenient server may read as /upload is still Gemini's
        ("/x/..%2fupload", True),
        ("/upload;jsessionid=1", True),
        ("/", False),
        ("/v1/other-product", False),
        ("/uploadx", False),
    ],
)
def test_only_the_upload_paths_of_content_push_are_geminis(policy: Policy, path: str, gemini: bool) -> None:
    tool = tool_for_host(policy, HOST, path)
    assert (tool is not None and tool.id == "gemini") if gemini else tool is None
    assert policy.intercepts(HOST)  # decrypted either way: the path is only seen inside TLS
    assert tool_for_host(policy, "gemini.google.com", "/v1/other-product") is not None  # its own host: all paths


# --- gems -------------------------------------------------------------------------------


def gem_body(rpcid: str, payload: Any) -> bytes:
    f_req = json.dumps([[[rpcid, json.dumps(payload, separators=(",", ":")), None, "generic"]]], separators=(",", ":"))
    return ("f.req=" + quote_plus(f_req) + "&at=AJvLN6M9x2kQ%3A1767000000000&").encode()


def gem_request(body: bytes) -> RequestView:
    path = "/_/BardChatUi/data/batchexecute?rpcids=oMH3Zd&source-path=%2Fgems%2Fcreate&hl=nl&rt=c"
    headers = {"content-type": "application/x-www-form-urlencoded;charset=UTF-8"}
    return RequestView("POST", "gemini.google.com", path, headers, body)


def test_a_gem_s_name_description_and_instructions_are_read_and_masked() -> None:
    rest: list[Any] = [None] * 5 + [0, None, 1, None, None, None, []]
    gem = ["HR-hulp", "Voor personeelszaken", f"Je helpt {EMAIL} met verlof.", *rest]
    view = gem_request(gem_body("oMH3Zd", [gem]))
    assert ADAPTER.handles(view)
    extraction = ADAPTER.extract(view)
    assert [(s.text, s.role) for s in extraction.segments] == [
        ("HR-hulp", "gem_name"), ("Voor personeelszaken", "gem_description"),
        (f"Je helpt {EMAIL} met verlof.", "gem_instructions"),
    ]  # fmt: skip
    path = extraction.segments[2].path
    out = ADAPTER.rewrite(view, extraction, {path: "Je helpt [EMAIL_ADDRESS_1] met verlof."})
    form = parse_qs(out.decode("ascii"))
    call = json.loads(form["f.req"][0])[0][0]
    assert call[0] == "oMH3Zd" and json.loads(call[1])[0][2] == "Je helpt [EMAIL_ADDRESS_1] met verlof."
    assert form["at"] == ["AJvLN6M9x2kQ:1767000000000"] and EMAIL not in out.decode("ascii")


def test_an_updated_gem_is_read_from_its_second_element() -> None:
    view = gem_request(gem_body("kHv0Vd", ["gem_1a2b3c", ["Naam", "", f"Mail {EMAIL}", None]]))
    assert [s.text for s in ADAPTER.extract(view).segments] == ["Naam", "", f"Mail {EMAIL}"]


def test_a_batch_without_a_gem_call_stays_with_the_generic_fallback() -> None:
    view = gem_request(gem_body("MaZiqc", [13, None, [0, None, 1]]))
    assert not ADAPTER.handles(view)


# --- a prompt bound to an integrity proof -----------------------------------------------


def bound_body(prompt: str, nested: bool = False, proof: tuple[str, str] = (PROOF, NONCE)) -> bytes:
    outer, inner, _ = layers(BODY)
    inner[0][0] = prompt
    inner[0][3] = None
    if nested:
        inner.append(list(proof))
    else:
        inner += list(proof)
    f_req = json.dumps([outer[0], json.dumps(inner, ensure_ascii=False, separators=(",", ":"))],
                       ensure_ascii=False, separators=(",", ":"))  # fmt: skip
    return b"f.req=" + quote(f_req, safe="-_.!~*'()").encode() + b"&at=AJvLN6M9x2kQ%3A1767000000000&"


@pytest.mark.parametrize("nested", [False, True])
def test_a_bound_prompt_is_not_rewritten(nested: bool) -> None:
    view = prompt_request(body=bound_body(f"Mail {EMAIL}", nested))
    extraction = ADAPTER.extract(view)
    with pytest.raises(UploadError) as caught:
        ADAPTER.rewrite(view, extraction, {(0, 0): "Mail [EMAIL_ADDRESS_1]"})
    assert caught.value.reason == "prompt_bound" and EMAIL not in str(caught.value)
    assert ADAPTER.rewrite(view, extraction, {(0, 0): f"Mail {EMAIL}"}) == view.body  # unchanged text passes


def test_a_prompt_without_a_proof_is_still_masked_in_place() -> None:
    # neither string is in the documented shape (whitespace in the proof, a short nonce)
    view = prompt_request(body=bound_body(f"Mail {EMAIL}", proof=("!not a proof", "0123abcd")))
    extraction = ADAPTER.extract(view)
    out = ADAPTER.rewrite(view, extraction, {(0, 0): "Mail [EMAIL_ADDRESS_1]"})
    assert out == view.body.replace(quote(EMAIL, safe="").encode(), b"%5BEMAIL_ADDRESS_1%5D")


def test_a_bound_prompt_the_policy_would_mask_is_blocked_with_the_gemini_notice(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    approved = tools["gemini"].model_copy(update={"status": "approved", "approved_for": "low"})
    verdict = asyncio.run(
        judge(prompt_request(body=bound_body(f"Mail {EMAIL} over de planning")), policy=policy, tool=approved,
              scan=run_sync_scan(detector.scan), client_address="10.0.0.7", user="erin", language="nl")
    )  # fmt: skip
    assert verdict.action == "block" and verdict.response is not None and verdict.new_body is None
    assert verdict.record["fail_reason"] == "prompt_bound"
    [(_, candidate)] = candidates(verdict.response.body.decode("ascii"))
    assert candidate[1][0] == verdict.notice and verdict.decision_id in verdict.notice
    assert "Gemini weigert een aangepast bericht" in verdict.notice and "tooldefinitie" not in verdict.notice
    assert EMAIL not in verdict.response.body.decode("ascii") and EMAIL not in json.dumps(verdict.record)
