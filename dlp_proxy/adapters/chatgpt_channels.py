"""ChatGPT's side channels (issue 21): text typed outside the chat box that leaves all the same.

Endpoints (POST) and the fields named here; every other string of a JSON body is read by the
closed-world pass (dlp_proxy.pipeline.closed_world), so an unknown field is judged too, and a
value found there is masked in place:

- `/backend-api/user_system_messages` (custom instructions): `about_user_message`,
  `about_model_message`, role "system". Masking is fine: the instructions are stored text.
  [public ChatGPT clients and exports that send or read these two fields, 2023-26]
- `/backend-api/gizmos/snorlax/upsert` (a Project: create or edit): `instructions`,
  `display.name`, `display.description`, `display.prompt_starters[*]`.
  [public 2026 ChatGPT project tools posting this body]
- `/backend-api/projects` (the 2026 project creation): `instructions`, `name`.
  [a 2026 note on the ChatGPT front-end bundle: `safePost('/projects', {instructions, name, ...})`]
- `/backend-api/codex/responses` (Codex with a ChatGPT login): a Responses API body,
  `instructions` and `input[*].content`, read as the OpenAI API adapter reads it.
- `/backend-api/wham/tasks` (a Codex cloud task): `input_items[*].content[*].text` of
  `message` items and `output_diff.diff` of `pre_apply_patch` items.
  [codex-rs `cloud-tasks-client/src/http.rs` and 2026 clients posting `/wham/tasks`]
- `/backend-api/transcribe` (dictation): audio, which cannot be read. `settings.audio`
  (per tool too) decides: allow passes it unread, block refuses it (audio_refused). Text
  fields of the multipart form (if any) are read like any form field.

Autocompletion suggestions are not handled: no public source shows their request.
"""

from __future__ import annotations

import re
from typing import Any, Final

from dlp_proxy.adapters.base import AUDIO, Extraction, JsonPath, RequestView, Segment, string_fields
from dlp_proxy.adapters.openai_api import _responses
from dlp_proxy.errors import AdapterError
from dlp_proxy.uploads import DEFAULT_LIMITS, Limits, Multipart, parse_multipart

TRANSCRIBE: Final = "transcribe"
CODEX: Final = "codex.responses"

CHANNELS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^/backend-api/user_system_messages$"), "custom_instructions"),
    (re.compile(r"^/backend-api/gizmos/snorlax/upsert$"), "project.upsert"),
    (re.compile(r"^/backend-api/projects$"), "project.create"),
    (re.compile(r"^/backend-api/codex/responses$"), CODEX),
    (re.compile(r"^/backend-api/wham/tasks$"), "codex.task"),
    (re.compile(r"^/backend-api/transcribe$"), TRANSCRIBE),
]


def channel_of(route: str) -> str | None:
    route = route.rstrip("/")
    for pattern, name in CHANNELS:
        if pattern.match(route):
            return name
    return None


def _project(doc: dict[str, Any]) -> list[Segment]:
    out = string_fields(doc, ("instructions",), "system")
    display = doc.get("display")
    if isinstance(display, dict):
        out += string_fields(display, ("name", "description"), "user", ("display",))
        starters = display.get("prompt_starters")
        for i, starter in enumerate(starters if isinstance(starters, list) else []):
            if isinstance(starter, str):
                out.append(Segment(("display", "prompt_starters", i), starter, "user"))
    return out


def _task(doc: dict[str, Any]) -> list[Segment]:
    items = doc.get("input_items")
    if items is None:
        return []
    if not isinstance(items, list):
        raise AdapterError("'input_items' is not an array")
    out: list[Segment] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise AdapterError(f"input_items[{i}] is not an object")
        content = item.get("content")
        for j, part in enumerate(content if isinstance(content, list) else []):
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                out.append(Segment(("input_items", i, "content", j, "text"), part["text"], "user"))
        diff = item.get("output_diff")
        if isinstance(diff, dict) and isinstance(diff.get("diff"), str):
            out.append(Segment(("input_items", i, "output_diff", "diff"), diff["diff"], "user"))
    return out


def json_segments(endpoint: str, doc: dict[str, Any]) -> list[Segment]:
    """The named text of a side channel's JSON body."""
    if endpoint == "custom_instructions":
        return string_fields(doc, ("about_user_message", "about_model_message"), "system")
    if endpoint == "project.upsert":
        return _project(doc)
    if endpoint == "project.create":
        return string_fields(doc, ("instructions",), "system") + string_fields(doc, ("name",), "user")
    if endpoint == CODEX:
        return _responses(doc)
    if endpoint == "codex.task":
        return _task(doc)
    raise AdapterError(f"no reader for {endpoint}")


def transcribe(request: RequestView, limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """Dictation: the audio is not read (the policy's audio setting decides); text fields of a
    multipart form are segments ("part", i)."""
    extra: dict[str, Any] = {AUDIO: True}
    if request.content_type != "multipart/form-data":
        return Extraction(endpoint=TRANSCRIBE, segments=[], extra=extra)
    form = parse_multipart(request.body, request.headers.get("content-type", ""), limits)
    segments: list[Segment] = []
    for part in form.parts:
        if not part.is_file:
            try:
                text = form.content(part).decode("utf-8")
            except UnicodeDecodeError as e:
                raise AdapterError("a form field of the dictation request is not UTF-8") from e
            segments.append(Segment(("part", part.index), text, "user"))
    return Extraction(endpoint=TRANSCRIBE, segments=segments, document=form, extra=extra)


def rewrite_transcribe(extraction: Extraction, texts: dict[JsonPath, str], body: bytes) -> bytes:
    form = extraction.document
    if not isinstance(form, Multipart):
        return body
    return form.rebuild({int(path[1]): text.encode("utf-8") for path, text in texts.items()})
