"""The request forms' pure logic: reading and checking the fields, masking what detection found, the
`request` record, and the one-request-per-hour guard (dlp_proxy.portal.requests is the glue).

Free text (purpose, reason, who consented, where the consent is kept) reaches the log only
masked: every detected value replaced by its type in angle brackets (`<EMAIL_ADDRESS>`).
"""

from __future__ import annotations

import re
import secrets
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

from dlp_proxy.findings import Finding
from dlp_proxy.policy.schema import Category, Policy, Risk, Tool

SCHEMA_VERSION = 1
Kind = Literal["tool_assessment", "exception"]
CATEGORIES: tuple[str, ...] = get_args(Category)
LEVELS: tuple[str, ...] = get_args(Risk)
OTHER_CLIENT = "other"
# Longest text per field, in characters, as typed (before masking).
MAX_LENGTHS = {"purpose": 500, "reason": 500, "consent_by": 200, "consent_ref": 200}
DECISION_ID = re.compile(r"[0-9a-f]{16}\Z")
# Line breaks are kept (as \n); every other control character becomes a space.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class ToolRequest:
    """A checked tool-assessment form; free text not yet masked."""

    category: str
    levels: tuple[str, ...]
    purpose: str


@dataclass(frozen=True)
class ExceptionRequest:
    """A checked exception form; free text not yet masked. `client` None: another client."""

    client: str | None
    reason: str
    consent_by: str
    consent_ref: str


Errors = dict[str, str]  # field -> error key of dlp_proxy.portal.request_texts


def clean(text: str) -> str:
    """Line breaks as \\n, other control characters as spaces, outer blanks off."""
    return _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def _text(form: Mapping[str, str], name: str, errors: Errors) -> str:
    value = clean(form.get(name, ""))
    if not value:
        errors[name] = "err_required"
    elif len(value) > MAX_LENGTHS[name]:
        errors[name] = "err_too_long"
    return value


def read_tool_form(form: Mapping[str, str]) -> tuple[ToolRequest | None, Errors]:
    """The form's values, or None and an error key per field. Levels are checkboxes named
    `level_low`, `level_medium`, `level_high` (the form parser keeps one value per name)."""
    errors: Errors = {}
    category = form.get("category", "")
    if category not in CATEGORIES:
        errors["category"] = "err_choice"
    levels = tuple(level for level in LEVELS if form.get(f"level_{level}"))
    if not levels:
        errors["levels"] = "err_levels"
    purpose = _text(form, "purpose", errors)
    if errors:
        return None, errors
    return ToolRequest(category, levels, purpose), errors


def client_choices(policy: Policy) -> list[str]:
    """The clients an employee can choose: the policy's inline names (a hashed list or a names
    file is kept out of the page on purpose: it is not meant to be read in plain text)."""
    return list(policy.clients.names)


def read_exception_form(form: Mapping[str, str], clients: Sequence[str]) -> tuple[ExceptionRequest | None, Errors]:
    errors: Errors = {}
    client = form.get("client", "")
    if client != OTHER_CLIENT and client not in clients:
        errors["client"] = "err_choice"
    reason = _text(form, "reason", errors)
    consent_by = _text(form, "consent_by", errors)
    consent_ref = _text(form, "consent_ref", errors)
    if errors:
        return None, errors
    return ExceptionRequest(None if client == OTHER_CLIENT else client, reason, consent_by, consent_ref), errors


def mask(text: str, findings: Iterable[Finding]) -> str:
    """`text` with every finding replaced by `<TYPE>`; overlapping findings become one tag (the
    first one's type), so no part of a value survives between two tags."""
    spans: list[list[Any]] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        start, end = max(0, f.start), min(len(text), f.end)
        if end <= start:
            continue
        if spans and start < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end, f.entity_type])
    out, pos = [], 0
    for start, end, entity_type in spans:
        out += [text[pos:start], f"<{entity_type}>"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def fit(text: str, limit: int) -> str:
    """Masked text within `limit` characters (tags can make it longer than typed); never ends in half a tag."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if cut.rfind("<") > cut.rfind(">"):
        cut = cut[: cut.rfind("<")]
    return cut + "…"


def new_request_id() -> str:
    return "req-" + secrets.token_hex(8)


def levels_of(policy: Policy, data_classes: Iterable[str]) -> list[str]:
    """The risk levels of data classes, lowest first, each once."""
    wanted = set(data_classes)
    found = {d.risk for name, d in policy.data_classes.items() if name in wanted}
    return [level for level in LEVELS if level in found]


@dataclass(frozen=True)
class Requester:
    """Who asks, as the portal identified them."""

    user: str
    identity_source: str
    client_address: str


def build_record(
    *,
    request_id: str,
    kind: Kind,
    tool: Tool,
    decision_id: str | None,
    who: Requester,
    policy: Policy,
    use_category: str | None = None,
    data_levels: Sequence[str] = (),
    data_classes: Sequence[str] = (),
    purpose: str | None = None,
    client: str | None = None,
    consent_by: str | None = None,
    consent_ref: str | None = None,
    reason: str | None = None,
) -> dict[str, Any]:
    """The `request` event for the decision log. Every text must be masked already."""
    return {
        "event": "request",
        "schema_version": SCHEMA_VERSION,
        "request_id": request_id,
        "kind": kind,
        "tool": tool.id,
        "tool_name": tool.name,
        "decision_id": decision_id,
        "user": who.user,
        "identity_source": who.identity_source,
        "client_address": who.client_address,
        "policy_version": policy.version,
        "use_category": use_category,
        "data_levels": list(data_levels),
        # The decision's data classes (an exception request; [] for a tool assessment): what
        # `requests export` writes as the exception's data_classes.
        "data_classes": list(data_classes),
        "purpose": purpose,
        "client": client,
        "consent_by": consent_by,
        "consent_ref": consent_ref,
        "reason": reason,
    }


class RecentRequests:
    """One request per user, kind and subject (tool or decision) per hour: a second one gets the
    first one's id back instead of another record. In memory, per proxy process, bounded."""

    def __init__(self, window_seconds: float = 3600.0, capacity: int = 10_000) -> None:
        self.window = window_seconds
        self.capacity = capacity
        self._seen: OrderedDict[tuple[str, str, str], tuple[float, str]] = OrderedDict()

    def _prune(self, now: float) -> None:
        while self._seen and (
            len(self._seen) > self.capacity or next(iter(self._seen.values()))[0] <= now - self.window
        ):
            self._seen.popitem(last=False)

    def earlier(self, key: tuple[str, str, str], now: float | None = None) -> str | None:
        """The id of this key's request of the past window, if any."""
        now = time.monotonic() if now is None else now
        self._prune(now)
        seen = self._seen.get(key)
        return seen[1] if seen else None

    def reserve(self, key: tuple[str, str, str], request_id: str, now: float | None = None) -> bool:
        """Claim the key for `request_id`; False if another request holds it (checked and set at once)."""
        now = time.monotonic() if now is None else now
        if self.earlier(key, now) is not None:
            return False
        self._seen[key] = (now, request_id)
        self._prune(now)
        return True

    def release(self, key: tuple[str, str, str], request_id: str) -> None:
        """Give the key back (the record could not be written)."""
        if self._seen.get(key, (0.0, ""))[1] == request_id:
            del self._seen[key]
