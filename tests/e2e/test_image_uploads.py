"""Screenshots uploaded to ChatGPT through the real proxy process: httpx PUTs the image to the
upload host (as the app does to its blob storage), curl posts one in a multipart form, against a
fake upstream over TLS. The image's text is read by Tesseract in the detection workers and judged
like typed text: a BSN blocks it (an image cannot be masked), harmless text and a photo without
text pass byte for byte, and `settings.images: block` refuses every image."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

from tests.e2e.conftest import CHAT_HOSTS
from tests.e2e.fake_upstream import FakeUpstream
from tests.e2e.proxy_process import REPO, ProxyProcess, start_proxy
from tests.e2e.test_uploads import put_file
from tests.e2e.tls_material import Issued
from tests.unit.uploads.image_builders import BSN, EMAIL, HARMLESS_LINES, SCREEN_LINES, photo, screenshot

pytestmark = pytest.mark.e2e

SCHEMA = json.loads((REPO / "dlp_proxy" / "audit" / "schema.json").read_text(encoding="utf-8"))
VALUES = [BSN, EMAIL, "Vries"]
NOT_MASKABLE = "The image contains data that cannot be masked"


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the shipped rules/ that the images-setting test edits (the proxy reloads it)."""
    target = tmp_path_factory.mktemp("image-rules") / "rules"
    shutil.copytree(REPO / "rules", target, ignore=shutil.ignore_patterns("tests"))
    return target


@pytest.fixture(scope="module")
def image_proxy(
    tmp_path_factory: pytest.TempPathFactory,
    upstream_ca: tuple[Issued, object, object],
    chat_upstream: FakeUpstream,
    rules: Path,
) -> Iterator[ProxyProcess]:
    """The shipped policy with its detection workers (OCR runs there), ChatGPT's hosts sent to the fake upstream."""
    workdir = tmp_path_factory.mktemp("image-proxy")
    proc = start_proxy(
        workdir,
        redirects=dict.fromkeys(CHAT_HOSTS, chat_upstream.port),
        upstream_ca=upstream_ca[0].cert_pem,
        policy=rules,
        extra=["--set", "dlp_reload_ms=500"],
    )
    yield proc
    proc.stop()


@pytest.fixture
def upstream(chat_upstream: FakeUpstream) -> FakeUpstream:
    chat_upstream.clear()
    return chat_upstream


def put_image(proxy: ProxyProcess, content: bytes, ctype: str = "image/png") -> httpx.Response:
    """ChatGPT's upload step 2 with an image (OCR may take longer than reading a document)."""
    return put_file(proxy, content, ctype, timeout=120)


def notice_of(response: httpx.Response) -> str:
    assert 400 <= response.status_code < 500, response.status_code
    doc = response.json()
    return str(doc["detail"] if "detail" in doc else doc["error"]["message"])


def last_record(proxy: ProxyProcess, before: int) -> dict[str, Any]:
    records = proxy.records()
    assert len(records) == before + 1, "exactly one decision per upload"
    jsonschema.Draft202012Validator(SCHEMA).validate(records[-1])  # images_read and the reasons are documented
    return records[-1]


def assert_clean(proxy: ProxyProcess) -> None:
    """Neither the decision log nor the proxy's own output holds text read from an image."""
    text = proxy.log_text() + "".join(proxy.output)
    for value in VALUES:
        assert value not in text


def wait_for(predicate: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "the policy edit never took effect"
        time.sleep(0.3)


def test_the_proxy_starts_with_ocr_available(image_proxy: ProxyProcess) -> None:
    assert not any("cannot be read by OCR" in line for line in image_proxy.output)


def test_when_a_screenshot_holding_a_bsn_is_uploaded_then_it_is_blocked_with_the_notice_naming_it(
    image_proxy: ProxyProcess, upstream: FakeUpstream
) -> None:
    before = len(image_proxy.records())
    r = put_image(image_proxy, screenshot(SCREEN_LINES))
    message = notice_of(r)
    assert upstream.received == []
    record = last_record(image_proxy, before)
    assert (record["tool"], record["action"], record["endpoint"]) == ("chatgpt", "block", "generic.upload")
    assert (record["fail_reason"], record["images_read"], record["detection_failed"]) == (
        "image_not_maskable", 1, False
    )  # fmt: skip
    assert record["entities"]["NL_BSN"] == 1 and record["entities"]["EMAIL_ADDRESS"] == 1
    assert "1 x BSN" in message and NOT_MASKABLE in message and record["decision_id"] in message
    assert_clean(image_proxy)


@pytest.mark.parametrize(
    ("content", "ctype"),
    [(screenshot(HARMLESS_LINES), "image/png"), (photo(), "image/jpeg")],
    ids=["harmless-screenshot", "photo-without-text"],
)
def test_when_an_image_without_personal_data_is_uploaded_then_it_arrives_byte_for_byte(
    image_proxy: ProxyProcess, upstream: FakeUpstream, content: bytes, ctype: str
) -> None:
    before = len(image_proxy.records())
    r = put_image(image_proxy, content, ctype)
    assert r.status_code == 200
    [received] = upstream.received
    assert (received.method, received.body) == ("PUT", content)
    record = last_record(image_proxy, before)
    assert (record["action"], record["entities"], record["images_read"]) == ("allow", {}, 1)


def test_when_a_screenshot_with_a_bsn_is_posted_in_a_form_then_it_is_blocked(
    image_proxy: ProxyProcess, upstream: FakeUpstream, tmp_path: Path
) -> None:
    image = tmp_path / "scherm.png"
    image.write_bytes(screenshot(SCREEN_LINES))
    out = subprocess.run(
        ["curl", "-sS", "--proxy", image_proxy.url, "--cacert", str(image_proxy.ca), "-H", "accept-language: en",
         "-F", "purpose=vision", "-F", f"file=@{image};type=image/png", "-w", "\n%{http_code}",
         "https://chatgpt.com/backend-api/files/upload"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    body, status = out.stdout.rsplit("\n", 1)
    assert 400 <= int(status) < 500 and upstream.received == []
    assert "BSN" in body and NOT_MASKABLE in body
    record = image_proxy.records()[-1]
    assert (record["endpoint"], record["fail_reason"], record["images_read"]) == (
        "generic.multipart", "image_not_maskable", 1
    )  # fmt: skip


def test_when_the_policy_blocks_images_then_any_image_is_refused(
    image_proxy: ProxyProcess, upstream: FakeUpstream, rules: Path
) -> None:
    policy = rules / "policy.yaml"
    original = policy.read_text(encoding="utf-8")
    edited = re.sub(r"(?m)^  images: ocr$", "  images: block", original)
    assert edited != original
    reloads = sum("policy reloaded" in line for line in image_proxy.output)
    policy.write_text(edited, encoding="utf-8")
    try:
        wait_for(lambda: sum("policy reloaded" in line for line in image_proxy.output) > reloads)
        before = len(image_proxy.records())
        r = put_image(image_proxy, screenshot(HARMLESS_LINES))
        message = notice_of(r)
        assert upstream.received == []
        record = last_record(image_proxy, before)
        assert (record["action"], record["fail_reason"], record["rule_id"]) == ("block", "image_refused", "FAIL-CLOSED")
        assert "the AI policy accepts no images for this tool" in message
    finally:
        reloads = sum("policy reloaded" in line for line in image_proxy.output)
        policy.write_text(original, encoding="utf-8")
        wait_for(lambda: sum("policy reloaded" in line for line in image_proxy.output) > reloads)
