"""GeminiWebAdapter: StreamGenerate form bodies (JSON in JSON in a form field), exact rewrites, notices as answers.

Fixtures: fixtures/web/gemini_* (sources in gemini_sources.md). The answer reader below follows
the public parser (HanaokaYuzu/Gemini-API `utils/parsing.py`): `)]}'`, then `<length>\n<json>\n`
frames with the length in UTF-16 units; it is checked against a real-shaped upstream answer
before it judges the proxy's notice.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus

import pytest

from dlp_proxy.adapters import RequestView, adapter_for
from dlp_proxy.adapters.gemini_web import GeminiWebAdapter
from dlp_proxy.adapters.generic import GenericAdapter
from dlp_proxy.detection import PresidioDetector
from dlp_proxy.errors import AdapterError
from dlp_proxy.pipeline.inspection import run_sync_scan
from dlp_proxy.policy import Policy, Tool
from tests.unit.judge import judge

FIXTURES = Path(__file__).parent / "fixtures" / "web"
BODY = (FIXTURES / "gemini_stream_generate.form").read_bytes()
UPSTREAM_ANSWER = (FIXTURES / "gemini_stream_generate.answer").read_text(encoding="utf-8")
PATH = (
    "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate"
    "?bl=boq_assistant-bard-web-server_20261125.08_p0&f.sid=-4431220786431186207&hl=nl&_reqid=4158620&rt=c"
)
ADAPTER = GeminiWebAdapter()
NOTICE = "⛔ Niet verzonden door het AI-beleid: gevonden 1 x wachtwoord of sleutel. Beslissing 0123abcd4567ef89."
AWS_KEY = "AKIAQ3EGRN5T7WJXK4MZ"  # made up, in the AWS shape


def request(body: bytes = BODY, path: str = PATH, method: str = "POST", **headers: str) -> RequestView:
    h = {"content-type": "application/x-www-form-urlencoded;charset=UTF-8", "x-same-domain": "1", **headers}
    return RequestView(method, "gemini.google.com", path, h, body)


def layers(body: bytes) -> tuple[list[Any], list[Any], dict[str, list[str]]]:
    """outer f.req, inner request and the form, decoded independently of the adapter."""
    form = parse_qs(body.decode("ascii"), keep_blank_values=True, strict_parsing=False)
    outer = json.loads(form["f.req"][0])
    return outer, json.loads(outer[1]), form


def frames(answer: str) -> list[Any]:
    """Every envelope of a StreamGenerate answer; fails on anything that is not exact framing."""
    assert answer.startswith(")]}'")
    text, pos, out = answer[4:], 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos == len(text):
            return out
        digits = re.compile(r"\d+").match(text, pos)
        assert digits, "a frame does not start with its length"
        end, units = digits.end(), 0
        while units < int(digits.group()):  # the length counts UTF-16 code units
            assert end < len(text), "a frame is shorter than its length says"
            units += 2 if ord(text[end]) > 0xFFFF else 1
            end += 1
        chunk = text[digits.end() : end]
        assert chunk.startswith("\n") and chunk.endswith("\n"), "the length does not span newline, JSON, newline"
        out.extend(json.loads(chunk))
        pos = end


def candidates(answer: str) -> list[list[Any]]:
    """The candidates of every wrb.fr envelope that carries an inner JSON answer, in order."""
    found = []
    for envelope in frames(answer):
        if envelope[0] == "wrb.fr" and isinstance(envelope[2], str):
            inner = json.loads(envelope[2])
            if len(inner) > 4 and inner[4]:
                found.append([inner, *inner[4]])
    return found


def test_the_answer_reader_reads_a_real_shaped_gemini_answer() -> None:
    found = candidates(UPSTREAM_ANSWER)
    inner, last = found[-1][0], found[-1][1]
    assert last[1][0] == "Hier is een korte samenvatting van het memo — zonder namen. 🙂"
    assert last[8] == [2] and inner[1][0] == "c_9f4e2b7a1c3d5e60"
    closing = frames(UPSTREAM_ANSWER)[-1]
    assert closing[0] == "e" and closing[4] == len(UPSTREAM_ANSWER.encode("utf-16-le")) // 2


# --- extract --------------------------------------------------------------------------


def test_when_a_prompt_is_sent_then_it_and_the_file_name_are_extracted() -> None:
    _, inner, _ = layers(BODY)
    extraction = ADAPTER.extract(request())

    assert extraction.endpoint == "gemini_web.stream_generate" and extraction.stream is True
    assert [(s.path, s.role) for s in extraction.segments] == [((0, 0), "user"), ((0, 3, 0, 1), "file_name")]
    assert extraction.segments[0].text == inner[0][0]
    assert (
        "jan.devries@voorbeeld.nl" in extraction.segments[0].text and '"vertrouwelijk"' in extraction.segments[0].text
    )
    assert extraction.segments[1].text == "memo ontslag J. de Vries.pdf"


@pytest.mark.parametrize(
    "path",
    [
        PATH,
        "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate",
        "/u/1/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate?rt=c",
    ],
)
def test_when_the_path_is_stream_generate_then_the_adapter_handles_it(path: str) -> None:
    assert ADAPTER.handles(request(path=path))


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/_/BardChatUi/data/batchexecute?rpcids=MaZiqc&rt=c"),
        ("POST", "/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerateX"),
        ("GET", PATH),
        ("GET", "/app"),
        ("POST", "/x/_/BardChatUi/data/assistant.lamda.BardFrontendService/StreamGenerate"),
    ],
)
def test_when_the_endpoint_is_unknown_then_the_generic_fallback_reads_it(method: str, path: str) -> None:
    view = request(path=path, method=method)
    assert not ADAPTER.handles(view)
    assert adapter_for("gemini_web", view).name == "generic"


# --- rewrite --------------------------------------------------------------------------


def test_when_nothing_changes_then_the_body_is_byte_for_byte_the_same() -> None:
    view = request()
    assert ADAPTER.rewrite(view, ADAPTER.extract(view), {}) == BODY


def test_when_a_value_is_masked_then_only_its_bytes_change_in_the_form() -> None:
    view = request()
    extraction = ADAPTER.extract(view)
    prompt = extraction.segments[0].text
    masked = prompt.replace("jan.devries@voorbeeld.nl", "[EMAIL_ADDRESS_1]")

    new_body = ADAPTER.rewrite(view, extraction, {(0, 0): masked})

    assert new_body == BODY.replace(b"jan.devries%40voorbeeld.nl", b"%5BEMAIL_ADDRESS_1%5D")


def test_when_text_with_quotes_and_newlines_is_written_then_all_three_layers_decode_to_it() -> None:
    view = request()
    extraction = ADAPTER.extract(view)
    new_text = 'Regel 1 "citaat" \\ en\nregel 2 & 100% — [PERSON_1]'

    new_body = ADAPTER.rewrite(view, extraction, {(0, 0): new_text, (0, 3, 0, 1): "memo [PERSON_1].pdf"})

    outer, inner, form = layers(new_body)
    old_outer, old_inner, old_form = layers(BODY)
    assert inner[0][0] == new_text and inner[0][3][0][1] == "memo [PERSON_1].pdf"
    assert inner[0][3][0][0] == old_inner[0][3][0][0] and inner[1:] == old_inner[1:] and outer[0] == old_outer[0]
    assert form["at"] == old_form["at"] and new_body.endswith(b"&at=" + BODY.split(b"&at=")[1])


def test_when_the_form_uses_plus_for_spaces_then_the_rewrite_keeps_that_encoding() -> None:
    _, _, form = layers(BODY)
    body = b"f.req=" + quote_plus(form["f.req"][0], safe="*").encode("ascii") + b"&at=tok"
    view = request(body=body)
    extraction = ADAPTER.extract(view)

    assert ADAPTER.rewrite(view, extraction, {}) == body
    new_body = ADAPTER.rewrite(view, extraction, {(0, 0): "een twee"})
    assert layers(new_body)[1][0][0] == "een twee" and b"een+twee" in new_body


def test_when_the_json_escaping_cannot_be_reproduced_then_rewrite_refuses_instead_of_guessing() -> None:
    outer, inner, _ = layers(BODY)
    escaped = json.dumps([outer[0], json.dumps(inner, separators=(",", ":"))], separators=(",", ":"))  # \u00e9
    view = request(body=b"f.req=" + quote_plus(escaped).encode("ascii"))
    extraction = ADAPTER.extract(view)

    assert extraction.segments[0].text == inner[0][0]
    with pytest.raises(AdapterError, match="cannot reproduce"):
        ADAPTER.rewrite(view, extraction, {(0, 0): "x"})


# --- unreadable bodies ---------------------------------------------------------------

SECRET_WORDS = "geheimeprojectnaam"


@pytest.mark.parametrize(
    "body",
    [
        b"at=tok&other=" + SECRET_WORDS.encode(),
        b"f.req=" + quote_plus(SECRET_WORDS).encode(),
        b"f.req=" + quote_plus(json.dumps({"prompt": SECRET_WORDS})).encode(),
        b"f.req=" + quote_plus(json.dumps([None, SECRET_WORDS])).encode(),
        b"f.req=" + quote_plus(json.dumps([None, json.dumps([[7, SECRET_WORDS]])])).encode(),
        b"f.req=" + quote_plus(json.dumps([None, json.dumps([SECRET_WORDS])])).encode(),
        b"f.req=%FF" + SECRET_WORDS.encode(),
        b"f.req=a&f.req=" + SECRET_WORDS.encode(),
        SECRET_WORDS.encode() + b"\xff",
    ],
)
def test_when_the_body_is_malformed_then_extract_raises_without_its_text(body: bytes) -> None:
    with pytest.raises(AdapterError) as caught:
        ADAPTER.extract(request(body=body))
    assert SECRET_WORDS not in str(caught.value)


# --- notices --------------------------------------------------------------------------


def test_when_blocked_then_the_answer_is_a_finished_gemini_candidate_carrying_the_notice() -> None:
    response = ADAPTER.block_response(request(), NOTICE, "0123abcd4567ef89")

    assert response.status == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["x-dlp-decision-id"] == "0123abcd4567ef89"
    answer = response.body.decode("utf-8")
    [(inner, candidate)] = candidates(answer)
    assert candidate[1][0] == NOTICE and candidate[8] == [2] and candidate[9] == "nl"
    assert candidate[0].startswith("rc_") and inner[1][1].startswith("r_")
    assert inner[1][0] == "c_9f4e2b7a1c3d5e60"  # the notice lands in the request's conversation
    closing = frames(answer)[-1]
    assert closing[:4] == ["e", 2, None, None] and closing[4] == len(answer)


def test_when_a_malformed_body_is_blocked_then_the_notice_is_still_a_gemini_answer() -> None:
    response = ADAPTER.block_response(request(body=b"f.req=%FF"), NOTICE, "d")
    [(inner, candidate)] = candidates(response.body.decode("ascii"))
    assert candidate[1][0] == NOTICE and inner[1][0].startswith("c_")


def test_when_an_unknown_endpoint_is_blocked_then_the_generic_answer_is_given() -> None:
    view = request(path="/app", method="GET", accept="text/html")
    assert ADAPTER.block_response(view, NOTICE, "d") == GenericAdapter().block_response(view, NOTICE, "d")


def test_the_mask_note_is_not_offered_because_the_answer_is_not_an_event_stream() -> None:
    view = request()
    assert ADAPTER.answer_note(view, ADAPTER.extract(view), "Verzonden met gegevens gemaskeerd") is None


# --- the whole pipeline ---------------------------------------------------------------


def test_when_a_gemini_prompt_carries_a_credential_then_the_app_gets_its_notice_as_a_gemini_answer(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    outer, inner, _ = layers(BODY)
    inner[0][0] = f"Waarom faalt dit? aws_access_key_id = {AWS_KEY}"
    f_req = json.dumps([outer[0], json.dumps(inner, separators=(",", ":"))], separators=(",", ":"))
    view = request(body=b"f.req=" + quote_plus(f_req).encode() + b"&at=tok&", **{"accept-language": "nl-NL,nl;q=0.9"})

    verdict = asyncio.run(
        judge(
            view,
            policy=policy,
            tool=tools["gemini"],
            scan=run_sync_scan(detector.scan),
            client_address="10.0.0.7",
            user="erin",
            language="nl",
        )
    )

    assert verdict.action == "block" and verdict.response is not None and verdict.notice
    assert verdict.record["adapter"] == "gemini_web" and verdict.record["entities"].get("SECRET") == 1
    [(_, candidate)] = candidates(verdict.response.body.decode("ascii"))
    assert candidate[1][0] == verdict.notice and verdict.decision_id in verdict.notice
    assert AWS_KEY not in verdict.response.body.decode("ascii") and AWS_KEY not in json.dumps(verdict.record)


def test_when_gemini_is_approved_and_an_email_is_masked_then_only_its_bytes_change_upstream(
    policy: Policy, tools: dict[str, Tool], detector: PresidioDetector
) -> None:
    outer, inner, _ = layers(BODY)
    inner[0][0] = "Mail jan.jansen@voorbeeld.nl over de planning — “graag vandaag”."
    inner[0][3] = None
    f_req = json.dumps(
        [outer[0], json.dumps(inner, ensure_ascii=False, separators=(",", ":"))],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    body = b"f.req=" + quote(f_req, safe="-_.!~*'()").encode() + b"&at=AJvLN6M9x2kQ%3A1767000000000&"
    approved = tools["gemini"].model_copy(update={"status": "approved", "approved_for": "low"})

    verdict = asyncio.run(
        judge(
            request(body=body),
            policy=policy,
            tool=approved,
            scan=run_sync_scan(detector.scan),
            client_address="10.0.0.7",
            user="erin",
            language="nl",
        )
    )

    assert verdict.action == "redact" and verdict.stream is True and verdict.answer_prefix is None
    assert verdict.new_body == body.replace(b"jan.jansen%40voorbeeld.nl", b"%5BEMAIL_ADDRESS_1%5D")
