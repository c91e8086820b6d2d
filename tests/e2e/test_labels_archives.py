"""Sensitivity labels and zip archives through the real proxy process: curl posts the files as
a browser would to ChatGPT's upload endpoint, httpx PUTs them to its blob storage, a fake
upstream over TLS records what arrives. The bundled policy (rules/) maps "Vertrouwelijk" to
client data, which ChatGPT (approved for low risk) may not receive."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import ProxyProcess
from tests.e2e.test_uploads import curl_form, last_record, notice_of, put_file
from tests.unit.uploads.builders import make_docx
from tests.unit.uploads.label_builders import VERTROUWELIJK_ID, make_zip, with_labels

pytestmark = pytest.mark.e2e

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
HARMLESS = "De vergadering begint om tien uur in zaal drie."
EMAIL = "lotte.bakker@voorbeeld.nl"


@pytest.fixture
def upstream(chat_upstream: FakeUpstream) -> FakeUpstream:
    chat_upstream.clear()
    return chat_upstream


def notulen(label: str = "") -> bytes:
    document = make_docx("Notulen", HARMLESS)
    return with_labels(document, [(VERTROUWELIJK_ID, label, True)]) if label else document


def test_when_a_docx_labelled_vertrouwelijk_is_uploaded_to_a_low_risk_tool_then_it_is_blocked(
    upload_proxy: ProxyProcess, upstream: FakeUpstream, tmp_path: Path
) -> None:
    before = len(upload_proxy.records())
    status, body = curl_form(
        upload_proxy, tmp_path, "purpose=assistants", files={"notulen.docx": (notulen("Vertrouwelijk"), DOCX_TYPE)}
    )
    message = notice_of(status, body)
    assert upstream.received == []
    record = last_record(upload_proxy, before)
    assert (record["tool"], record["action"], record["labels"]) == ("chatgpt", "block", ["Vertrouwelijk"])
    assert record["data_classes"] == {"client": 1} and record["entities"] == {}
    assert "The file is labelled Vertrouwelijk." in message and record["decision_id"] in message


def test_when_the_same_docx_has_no_label_then_it_arrives_byte_for_byte(
    upload_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(upload_proxy.records())
    document = notulen()
    r = put_file(upload_proxy, document, DOCX_TYPE)
    assert r.status_code == 200
    [received] = upstream.received
    assert received.body == document
    record = last_record(upload_proxy, before)
    assert (record["action"], record["labels"], record["endpoint"]) == ("allow", [], "generic.upload")


def test_when_a_zip_holds_a_csv_with_an_email_address_then_it_is_judged_by_that_csv(
    upload_proxy: ProxyProcess, upstream: FakeUpstream, tmp_path: Path
) -> None:
    archive = make_zip(
        [("leesmij.txt", HARMLESS.encode()), ("contacten.csv", f"naam;mail\r\nLotte;{EMAIL}\r\n".encode())]
    )
    before = len(upload_proxy.records())
    status, body = curl_form(
        upload_proxy, tmp_path, "purpose=assistants", files={"stukken.zip": (archive, "application/zip")}
    )
    message = notice_of(status, body)
    assert upstream.received == []
    record = last_record(upload_proxy, before)
    # The CSV alone, as a text file, would be pseudonymised (PERSONAL-MASK-LOW); inside an archive
    # nothing can be masked, so the same rule blocks it.
    assert (record["action"], record["rule_id"], record["fail_reason"]) == (
        "block",
        "PERSONAL-MASK-LOW",
        "file_not_maskable",
    )
    assert record["entities"].get("EMAIL_ADDRESS") == 1 and "personal" in record["data_classes"]
    assert "email address" in message
    assert EMAIL not in upload_proxy.log_text() + "".join(upload_proxy.output)


def test_when_a_zip_holds_only_harmless_text_then_it_arrives_byte_for_byte(
    upload_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    archive = make_zip([("leesmij.txt", HARMLESS.encode()), ("notulen.docx", notulen())])
    before = len(upload_proxy.records())
    r = put_file(upload_proxy, archive, "application/zip")
    assert r.status_code == 200
    [received] = upstream.received
    assert received.body == archive
    assert last_record(upload_proxy, before)["action"] == "allow"
