"""Labels and archives through the pipeline: a labelled file is decided by its label like a
finding, named in the record and the notice; a zip is judged by its members."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import jsonschema
import pytest

from dlp_proxy.adapters import RequestView
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.inspection import Verdict, run_sync_scan
from dlp_proxy.policy import Policy, Tool
from dlp_proxy.policy.labels_section import Labels
from tests.unit.judge import judge as run_pipeline
from tests.unit.uploads.builders import make_docx, multipart
from tests.unit.uploads.label_builders import SITE_ID, VERTROUWELIJK_ID, make_zip, with_labels

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "dlp_proxy/audit/schema.json").read_text(encoding="utf-8"))
HARMLESS = "De vergadering begint om tien uur."
EMAIL = "jan.devries@voorbeeld.nl"
SCRIPT = "<script>alert(1)</script>"


def nothing(text: str) -> list[Finding]:
    return []


@pytest.fixture
def labelled(policy: Policy) -> Policy:
    section = Labels(map={"Vertrouwelijk": "client", "Persoonlijk": "personal", "Openbaar": "allow", SCRIPT: "block"})
    return policy.model_copy(update={"labels": section})


def judge(request: RequestView, policy: Policy, tool: Tool, scan: object = None, lang: str = "en") -> Verdict:
    scanner = run_sync_scan(scan or nothing)  # type: ignore[arg-type]
    verdict = asyncio.run(run_pipeline(request, policy=policy, tool=tool, scan=scanner, language=lang, user="erin"))
    jsonschema.validate(
        {**verdict.record, "timestamp": "2026-03-02T09:15:00.000Z", "seq": 1, "prev_hash": "0" * 64, "hash": "0" * 64},
        SCHEMA,
    )
    return verdict


def docx_form(name: str = "") -> RequestView:
    document = make_docx(HARMLESS)
    if name:
        document = with_labels(document, [(VERTROUWELIJK_ID, name, True)])
    body, ctype = multipart([("file", "notulen.docx", DOCX_TYPE, document)])
    return RequestView("POST", "chatgpt.com", "/backend-api/files", {"content-type": ctype}, body)


def test_when_a_confidential_docx_goes_to_a_low_risk_tool_then_it_is_blocked_and_the_label_named(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    verdict = judge(docx_form("Vertrouwelijk"), labelled, tools["chatgpt"])
    assert verdict.action == "block" and verdict.record["rule_id"] == "CLIENT-NOT-APPROVED"
    assert verdict.record["labels"] == ["Vertrouwelijk"] and verdict.record["data_classes"] == {"client": 1}
    assert "The file is labelled Vertrouwelijk." in (verdict.notice or "")
    dutch = judge(docx_form("Vertrouwelijk"), labelled, tools["chatgpt"], lang="nl")
    assert "Het bestand heeft het label Vertrouwelijk." in (dutch.notice or "")


def test_when_the_same_docx_has_no_label_or_a_public_one_then_it_passes(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    plain = judge(docx_form(), labelled, tools["chatgpt"])
    assert plain.action == "allow" and plain.record["labels"] == []
    public = judge(docx_form("Openbaar"), labelled, tools["chatgpt"])
    assert public.action == "allow" and public.record["labels"] == ["Openbaar"]


def test_when_a_label_would_be_masked_then_the_file_is_blocked(labelled: Policy, tools: dict[str, Tool]) -> None:
    verdict = judge(docx_form("Persoonlijk"), labelled, tools["chatgpt"])  # personal on a low-risk tool: redact
    assert verdict.action == "block" and verdict.record["fail_reason"] == "file_not_maskable"
    assert verdict.new_body is None


def test_when_an_unknown_label_is_found_then_only_its_id_is_recorded(labelled: Policy, tools: dict[str, Tool]) -> None:
    verdict = judge(docx_form("Project Jan de Vries"), labelled, tools["chatgpt"])
    assert verdict.action == "allow" and verdict.record["labels"] == [VERTROUWELIJK_ID]
    assert "Jan de Vries" not in json.dumps(verdict.record)


def test_when_the_msip_labels_header_names_a_label_then_any_request_is_decided_by_it(
    labelled: Policy, tools: dict[str, Tool]
) -> None:
    prefix = f"MSIP_Label_{VERTROUWELIJK_ID}_"
    header = f"{prefix}Enabled=true; {prefix}SiteId={SITE_ID}; {prefix}Name=Vertrouwelijk"
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": HARMLESS}]}).encode()
    headers = {"content-type": "application/json", "msip_labels": header}
    verdict = judge(
        RequestView("POST", "api.openai.com", "/v1/chat/completions", headers, body), labelled, tools["openai-api"]
    )
    assert verdict.action == "block" and verdict.record["labels"] == ["Vertrouwelijk"]


def test_when_a_label_name_holds_markup_then_the_page_escapes_it(labelled: Policy, tools: dict[str, Tool]) -> None:
    request = docx_form(SCRIPT)
    request = RequestView(
        request.method, request.host, request.path, {**request.headers, "accept": "text/html"}, request.body
    )
    generic = tools["chatgpt"].model_copy(update={"adapter": "generic"})  # the generic adapter answers with a page
    verdict = judge(request, labelled, generic)
    assert verdict.action == "block" and SCRIPT in (verdict.notice or "")
    assert verdict.response is not None and b"<script>" not in verdict.response.body
    assert b"&lt;script&gt;" in verdict.response.body


def test_when_a_zip_holds_a_csv_with_an_email_address_then_it_is_judged_by_that_csv(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    archive = make_zip([("leesmij.txt", HARMLESS.encode()), ("klanten.csv", f"naam;mail\nJan;{EMAIL}\n".encode())])
    body, ctype = multipart([("file", "stukken.zip", "application/zip", archive)])
    request = RequestView("POST", "chatgpt.com", "/backend-api/files", {"content-type": ctype}, body)
    verdict = judge(request, policy, tools["chatgpt"], detector.scan)
    assert verdict.record["entities"].get("EMAIL_ADDRESS") == 1
    assert verdict.action == "block" and verdict.record["rule_id"] == "PERSONAL-MASK-LOW"
    assert verdict.record["fail_reason"] == "file_not_maskable"  # an archive cannot be masked: redact becomes block
    harmless = make_zip([("leesmij.txt", HARMLESS.encode())])
    body, ctype = multipart([("file", "stukken.zip", "application/zip", harmless)])
    clean = judge(
        RequestView("POST", "chatgpt.com", "/backend-api/files", {"content-type": ctype}, body),
        policy,
        tools["chatgpt"],
        detector.scan,
    )
    assert clean.action == "allow" and clean.new_body is None
