"""File uploads through the real proxy process: curl posts multipart forms and httpx PUTs files
(as ChatGPT does to its blob storage) to catalogue hosts served by a fake upstream over TLS.

With the bundled policy ChatGPT is approved for low risk, so personal data must be masked:
a .docx or .pdf holding some cannot be masked inside the document and is blocked; a text
file is forwarded with placeholders; an unreadable or oversized file follows the fail mode.
"""

from __future__ import annotations

import json
import re
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import openai
import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import REPO, ProxyProcess
from tests.unit.uploads.builders import BSN, EMAIL, LINE, NAME, make_docx, make_pdf, with_member

pytestmark = pytest.mark.e2e

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NOT_MASKABLE = "The file contains personal data that cannot be masked inside a document"
VALUES = [BSN, EMAIL, NAME, "devries", "Vries"]
SCHEMA = json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def upstream(chat_upstream: FakeUpstream) -> FakeUpstream:
    chat_upstream.clear()
    return chat_upstream


def curl_form(
    proxy: ProxyProcess, tmp_path: Path, *fields: str, files: dict[str, tuple[bytes, str]]
) -> tuple[int, str]:
    """curl -F as a person's browser would post a form: text fields and files from disk."""
    args = []
    for field in fields:
        args += ["-F", field]
    for name, (content, ctype) in files.items():
        path = tmp_path / name
        path.write_bytes(content)
        args += ["-F", f"file=@{path};type={ctype}"]
    out = subprocess.run(
        ["curl", "-sS", "--proxy", proxy.url, "--cacert", str(proxy.ca), "-H", "accept-language: en",
         *args, "-w", "\n%{http_code}", "https://chatgpt.com/backend-api/files/upload"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    body, status = out.stdout.rsplit("\n", 1)
    return int(status), body


def put_file(proxy: ProxyProcess, content: bytes, ctype: str, timeout: float = 60) -> httpx.Response:
    """ChatGPT's upload step 2: the file's bytes PUT to a presigned blob URL."""
    trust = ssl.create_default_context(cafile=str(proxy.ca))
    with httpx.Client(proxy=proxy.url, verify=trust, timeout=timeout) as client:
        return client.put(
            "https://files.oaiusercontent.com/file-8f2kq1?se=2026-11-29&sp=cw&sv=2020-04-08&sr=b&sig=abc",
            content=content,
            headers={"content-type": ctype, "x-ms-blob-type": "BlockBlob", "x-ms-version": "2020-04-08",
                     "accept-language": "en"},
        )  # fmt: skip


def notice_of(status: int, body: str) -> str:
    """The notice in the block answer: a 4xx in ChatGPT's `{"detail": ...}` shape or the generic
    `{"error": {"message": ...}}` (whichever adapter the catalogue names for ChatGPT)."""
    assert 400 <= status < 500, status
    doc = json.loads(body)
    return str(doc["detail"] if "detail" in doc else doc["error"]["message"])


def last_record(proxy: ProxyProcess, before: int) -> dict[str, Any]:
    records = proxy.records()
    assert len(records) == before + 1, "exactly one decision per upload"
    jsonschema.Draft202012Validator(SCHEMA).validate(records[-1])  # the new fail reasons are documented
    return records[-1]


def assert_clean(proxy: ProxyProcess) -> None:
    """Neither the decision log nor the proxy's own output holds a value from the files."""
    text = proxy.log_text() + "".join(proxy.output)
    for value in VALUES:
        assert value not in text


@pytest.mark.parametrize(
    ("name", "content", "ctype", "fmt"),
    [
        ("brief.docx", make_docx("Beste collega,", LINE), DOCX_TYPE, "docx"),
        ("rapport.pdf", make_pdf([["Rapportage"], [LINE]]), "application/pdf", "pdf"),
    ],
    ids=["docx", "pdf"],
)
def test_when_a_document_with_personal_data_is_uploaded_then_it_is_blocked_with_the_notice(
    upload_proxy: ProxyProcess, upstream: FakeUpstream, tmp_path: Path, name: str, content: bytes, ctype: str, fmt: str
) -> None:
    before = len(upload_proxy.records())
    status, body = curl_form(upload_proxy, tmp_path, "purpose=assistants", files={name: (content, ctype)})
    message = notice_of(status, body)
    assert upstream.received == []
    record = last_record(upload_proxy, before)
    assert (record["tool"], record["action"], record["rule_id"]) == ("chatgpt", "block", "PERSONAL-MASK-LOW")
    assert record["fail_reason"] == "file_not_maskable" and record["endpoint"] == "generic.multipart"
    assert record["entities"] == {"PERSON": 1, "NL_BSN": 1, "EMAIL_ADDRESS": 1}
    assert record["data_classes"] == {"personal": 3}
    assert NOT_MASKABLE in message and record["decision_id"] in message
    assert "1 x BSN" in message
    assert_clean(upload_proxy)


def test_when_a_text_file_with_an_email_is_uploaded_then_upstream_gets_it_and_its_name_masked(
    upload_proxy: ProxyProcess, upstream: FakeUpstream, tmp_path: Path
) -> None:
    before = len(upload_proxy.records())
    csv = f"naam;mail;rol\r\nsecretariaat;{EMAIL};contact\r\n".encode()
    files = {f"contacten {NAME}.csv": (csv, "text/csv")}
    status, _ = curl_form(upload_proxy, tmp_path, "purpose=assistants", files=files)
    assert status == 200
    [received] = upstream.received
    assert EMAIL.encode() not in received.body and NAME.encode() not in received.body
    assert b"secretariaat;[EMAIL_ADDRESS_1];contact\r\n" in received.body
    assert b'name="purpose"\r\n\r\nassistants\r\n' in received.body  # the other field as it was
    assert b'filename="contacten [PERSON_1].csv"' in received.body and b"Content-Type: text/csv" in received.body
    record = last_record(upload_proxy, before)
    assert (record["action"], record["rule_id"], record["fail_reason"]) == ("pseudonymise", "PERSONAL-MASK-LOW", None)
    assert record["entities"] == {"PERSON": 1, "EMAIL_ADDRESS": 1} and record["masked"] == 2
    assert_clean(upload_proxy)


def test_when_a_pdf_with_personal_data_is_put_to_blob_storage_then_it_is_blocked(
    upload_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(upload_proxy.records())
    r = put_file(upload_proxy, make_pdf([[LINE]]), "application/pdf")
    message = notice_of(r.status_code, r.text)
    assert upstream.received == []
    record = last_record(upload_proxy, before)
    assert (record["host"], record["endpoint"], record["fail_reason"]) == (
        "files.oaiusercontent.com", "generic.upload", "file_not_maskable"
    )  # fmt: skip
    assert "sig=" not in record["path"]  # the presigned URL's query string is never logged
    assert record["entities"] == {"PERSON": 1, "NL_BSN": 1, "EMAIL_ADDRESS": 1}
    assert NOT_MASKABLE in message and record["decision_id"] in message
    assert_clean(upload_proxy)


def test_when_a_pdf_without_personal_data_is_put_then_it_arrives_byte_for_byte(
    upload_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(upload_proxy.records())
    pdf = make_pdf([["Kwartaalcijfers: omzet steeg met vier procent."]])
    r = put_file(upload_proxy, pdf, "application/pdf")
    assert r.status_code == 200
    [received] = upstream.received
    assert (received.method, received.body) == ("PUT", pdf)
    assert received.headers.get("x-ms-blob-type") == "BlockBlob"
    record = last_record(upload_proxy, before)
    assert (record["action"], record["endpoint"], record["entities"]) == ("allow", "generic.upload", {})
    assert record["bytes_scanned"] > 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (make_docx(LINE)[:-400], "file_unreadable"),  # cut off: no zip directory
        (with_member(make_docx(LINE), "word/media/filler.bin", 120 * 1024 * 1024), "file_too_large"),  # zip bomb
    ],
    ids=["corrupt", "zip-bomb"],
)
def test_when_a_docx_cannot_be_checked_then_the_fail_mode_blocks_it(
    upload_proxy: ProxyProcess, upstream: FakeUpstream, tmp_path: Path, content: bytes, reason: str
) -> None:
    before = len(upload_proxy.records())
    status, body = curl_form(upload_proxy, tmp_path, files={"brief.docx": (content, DOCX_TYPE)})
    message = notice_of(status, body)
    assert upstream.received == []
    record = last_record(upload_proxy, before)
    assert (record["action"], record["rule_id"], record["fail_reason"]) == ("block", "FAIL-CLOSED", reason)
    assert record["detection_failed"] is True and record["entities"] == {}
    assert message.startswith("This message could not be checked and was therefore not sent (the file ")
    assert_clean(upload_proxy)


def test_when_an_upload_is_over_the_size_limit_then_the_fail_mode_blocks_it(
    upload_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(upload_proxy.records())
    big = (LINE + "\n").encode() * (11 * 1024 * 1024 // len(LINE))  # over the policy's 10 MiB
    r = put_file(upload_proxy, big, "text/plain")
    assert "too large to check" in notice_of(r.status_code, r.text)
    assert upstream.received == []
    record = last_record(upload_proxy, before)
    assert (record["action"], record["fail_reason"], record["bytes_scanned"]) == ("block", "body_too_large", 0)
    assert_clean(upload_proxy)


@pytest.fixture
def openai_files(proxy: ProxyProcess, openai_upstream: FakeUpstream) -> Iterator[openai.OpenAI]:
    """The official SDK's Files API (a multipart upload) through the session's proxy."""
    openai_upstream.clear()
    http_client = httpx.Client(proxy=proxy.url, verify=ssl.create_default_context(cafile=str(proxy.ca)), timeout=30)
    yield openai.OpenAI(api_key="sk-test-not-a-real-key", http_client=http_client, max_retries=0)
    http_client.close()


def test_when_the_openai_sdk_uploads_a_jsonl_file_then_upstream_gets_it_masked(
    proxy: ProxyProcess, openai_upstream: FakeUpstream, openai_files: openai.OpenAI
) -> None:
    line = json.dumps({"custom_id": "1", "body": {"messages": [{"role": "user", "content": f"Mail {EMAIL}"}]}})
    openai_files.files.create(file=("batch.jsonl", (line + "\n").encode()), purpose="batch")
    [received] = openai_upstream.received
    assert received.path == "/v1/files"
    # The session proxy numbers placeholders per user and tool over all tests: any number fits.
    assert EMAIL.encode() not in received.body and re.search(rb"Mail \[EMAIL_ADDRESS_\d+\]", received.body)
    record = proxy.records()[-1]
    assert (record["tool"], record["action"], record["endpoint"]) == ("openai-api", "pseudonymise", "generic.multipart")


def test_when_the_openai_sdk_uploads_a_docx_with_personal_data_then_it_raises_with_the_notice(
    proxy: ProxyProcess, openai_upstream: FakeUpstream, openai_files: openai.OpenAI
) -> None:
    with pytest.raises(openai.PermissionDeniedError) as caught:
        openai_files.files.create(file=("brief.docx", make_docx(LINE)), purpose="assistants")
    assert openai_upstream.received == []
    record = proxy.records()[-1]
    assert (record["action"], record["fail_reason"]) == ("block", "file_not_maskable")
    assert record["decision_id"] in str(caught.value.message)
    assert BSN not in proxy.log_text()
