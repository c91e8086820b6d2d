"""Placeholders that come back: the vault's part of a request (action pseudonymise).

Two steps around `decide`:

- `recall`, before it: the values this user already sent to this tool (still in the vault) are
  found again wherever they appear verbatim, even where the detector would not see them (a name
  alone in the model's earlier answer that the client sends back as history). They are the same
  data, and the conversation keeps one placeholder per value.
- `assign`, after it: a placeholder for each value the decision pseudonymises, from the vault.

What the answer gets back is `Pseudonyms.restore`: placeholder -> value, every placeholder of
this user in this tool, so a web app that keeps the history on its server (ChatGPT sends only
the new message) can still refer to a value from an earlier turn.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dlp_proxy.findings import Finding
from dlp_proxy.pipeline.context import Failure, RequestContext
from dlp_proxy.pipeline.scan import Scanned
from dlp_proxy.pipeline.scanning import SEPARATOR, Located, join, locate, merge
from dlp_proxy.policy.decision import Decision, may_pseudonymise
from dlp_proxy.respond.vault import MemoryVault, Vault, VaultError

RECALL = "vault"  # the recognizer name of a value found again because the vault knows it
PLACEHOLDER_TYPE = re.compile(r"\[([A-Z][A-Z0-9_]*)_\d+\]")
MIN_RECALL_LENGTH = 3  # shorter values ("Li") are not looked for verbatim: too many false hits


@dataclass(frozen=True)
class Pseudonyms:
    """The vault's answer for one request."""

    assigned: Mapping[tuple[str, str], str] = field(default_factory=dict)  # (type, value) -> placeholder
    restore: Mapping[str, str] = field(default_factory=dict)  # placeholder -> value, for the answer


NONE = Pseudonyms()


@dataclass(frozen=True)
class VaultUse:
    """The vault and this request's place in it."""

    vault: Vault
    scope: str
    ttl_seconds: int


def fresh(user: str, tool: str) -> VaultUse:
    """An empty vault in memory, for one evaluation (policy explain and test, unit tests)."""
    vault = MemoryVault()
    return VaultUse(vault, vault.scope(user, tool), 3600)


def applies(ctx: RequestContext, use: VaultUse | None) -> bool:
    return use is not None and may_pseudonymise(ctx.policy, ctx.tool)


async def recall(
    ctx: RequestContext, found: Scanned | Failure, use: VaultUse | None
) -> tuple[Scanned | Failure, Pseudonyms]:
    """`found` with every verbatim occurrence of a value the vault holds for this user and tool."""
    if use is None or not applies(ctx, use) or isinstance(found, Failure):
        return found, NONE
    try:
        known = await use.vault.known(use.scope)
    except VaultError:
        # Nothing to recall or restore: the request is judged on what the detector found; if that
        # needs a placeholder, `assign` meets the same fault and the fail mode decides.
        return found, NONE
    if not known:
        return found, NONE
    return _with_known(ctx, found, known), Pseudonyms(restore=known)


def _with_known(ctx: RequestContext, found: Scanned, known: Mapping[str, str]) -> Scanned:
    classes = ctx.policy.entity_classes()
    # Each value under the first word in it: the text is walked word by word and only the values
    # that start with that word are tried there (linear in the text, whatever the vault's size).
    index: dict[str, list[tuple[int, re.Pattern[str], str]]] = {}
    for ph, value in sorted(known.items(), key=lambda kv: -len(kv[1])):  # the longest value first
        m = PLACEHOLDER_TYPE.fullmatch(ph)
        first = _WORD.search(value)
        if m and first and m.group(1) in classes and len(value.strip()) >= MIN_RECALL_LENGTH:
            index.setdefault(_fold(first.group()), []).append((first.start(), _value_pattern(value), m.group(1)))
    if not index:
        return found
    inside = found.text[: _joined_length(found)]
    taken = [(f.start, f.end) for f in found.findings]
    extra: list[Finding] = []
    for word in _WORD.finditer(inside):
        for lead, pattern, entity_type in index.get(_fold(word.group()), ()):
            hit = pattern.match(inside, word.start() - lead) if word.start() >= lead else None
            if hit is None or any(s < hit.end() and hit.start() < e for s, e in taken):
                continue  # not this value here, or the detector (or a longer value) has it already
            extra.append(Finding(entity_type, classes[entity_type], hit.start(), hit.end(), 1.0, RECALL))
            taken.append((hit.start(), hit.end()))
            break
    if not extra:
        return found
    located = locate(extra, found.segments, join(found.segments)[1])
    return Scanned(found.segments, found.findings + tuple(extra), found.located + tuple(located), found.text)


_WORD = re.compile(r"\w+")


def _fold(word: str) -> str:
    """A word as the index compares it: case and accents do not count (Kİm, KIM and kim are one)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=4096)
def _value_pattern(value: str) -> re.Pattern[str]:
    """A known value as written, any case, any run of white space where it has one, whole words."""
    body = r"\s+".join(re.escape(part) for part in value.split())
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _joined_length(found: Scanned) -> int:
    """Where the joined segments end in the scanned text (the junctions follow)."""
    return sum(len(s.text) for s in found.segments) + len(SEPARATOR) * max(0, len(found.segments) - 1)


async def assign(
    found: Scanned | Failure, decision: Decision, use: VaultUse | None, before: Pseudonyms
) -> Pseudonyms | Failure:
    """A placeholder from the vault for each value the decision pseudonymises."""
    if not decision.pseudonymise or isinstance(found, Failure):
        return before
    if use is None:
        return Failure("vault_unavailable")
    pairs = values_to_pseudonymise(found.segments, found.located_of(decision.pseudonymise))
    try:
        assigned = await use.vault.assign(use.scope, pairs, use.ttl_seconds)
    except VaultError:
        return Failure("vault_unavailable")
    restore = dict(before.restore)
    for (_, value), ph in assigned.items():  # a known placeholder keeps the spelling it was issued for
        restore.setdefault(ph, value)
    return Pseudonyms(assigned, restore)


def values_to_pseudonymise(segments: Sequence[object], located: Sequence[Located]) -> list[tuple[str, str]]:
    """Each distinct (entity type, value) the mask will replace, as `scanning.mask` merges spans."""
    by_segment: dict[int, list[Finding]] = {}
    for loc in located:
        by_segment.setdefault(loc.segment, []).append(loc.finding)
    out: dict[tuple[str, str], None] = {}
    for index, found in by_segment.items():
        text: str = segments[index].text  # type: ignore[attr-defined]  # a Segment
        for start, end, entity_type in merge(sorted(found, key=lambda f: (f.start, -f.end))):
            out[(entity_type, text[start:end])] = None
    return list(out)
